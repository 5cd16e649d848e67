/**
 * A second batch of the project's own labelled end requests and their look-alikes (MIT, like the
 * code), English, Spanish and German; merged into OWN by scripts/train-data-own.ts and counted as
 * the same "own" source. Written from general knowledge of how people ask a chat to end and how
 * they phrase task cancels, timers and farewells, without reading the corpus rows the eval tests on.
 */
import type { Lang, OwnRow } from './train-data-own';

const bare = (lang: Lang, xs: string[]): OwnRow[] => xs.map((text) => ({ text, lang }));

// ------------------------------------------------------------------ end requests with chatter, and look-alikes
const END_MORE = {
  en: ['ok I think I am done with this chat, please close it', 'you know what, just end this conversation', 'I would like to stop this chat now, thanks', 'can we end this here? close the chat',
    "alright that's enough for me, shut the chat down", 'please end the conversation, I do not want to continue', 'stop this chat, I am leaving'],
  es: ['vale, creo que ya he terminado con este chat, ciérralo por favor', 'mira, termina esta conversación y ya', 'me gustaría dejar este chat ahora, gracias', '¿podemos acabar aquí? cierra el chat',
    'bueno, ya está bien por hoy, cierra la conversación', 'por favor termina la conversación, no quiero seguir', 'para este chat, me voy'],
  de: ['ok, ich glaube, ich bin mit diesem Chat fertig, schließ ihn bitte', 'weißt du was, beende einfach dieses Gespräch', 'ich möchte den Chat jetzt beenden, danke', 'können wir hier aufhören? mach den Chat zu',
    'gut, das reicht mir für heute, schließ die Unterhaltung', 'bitte beende das Gespräch, ich will nicht weitermachen', 'stopp diesen Chat, ich gehe'],
};
const NOT_END_MORE = {
  en: ['stop the timer at 10 minutes', 'cancel my order from yesterday', 'stop talking about the weather and answer my question', 'end the paragraph with a question', 'close all the tabs in my browser with a shortcut',
    'how do I end a zoom call for everyone', 'I want to cancel my flight', 'stop the alarm', 'finish the story with a happy ending', 'shut down the server at midnight', 'I am done with the first exercise, next one please',
    'that is enough examples, now explain the theory', 'exit the loop when the list is empty', 'I want to end my relationship, how do I tell him?'],
  es: ['para el temporizador a los 10 minutos', 'cancela mi pedido de ayer', 'deja de hablar del tiempo y contesta mi pregunta', 'termina el párrafo con una pregunta', '¿cómo termino una videollamada para todos?',
    'quiero cancelar mi vuelo', 'apaga la alarma', 'termina la historia con un final feliz', 'apaga el servidor a medianoche', 'ya terminé el primer ejercicio, el siguiente por favor', 'ya hay bastantes ejemplos, ahora explica la teoría',
    'quiero dejar a mi novio, ¿cómo se lo digo?'],
  de: ['stopp den Timer bei 10 Minuten', 'storniere meine Bestellung von gestern', 'hör auf, über das Wetter zu reden, und beantworte meine Frage', 'beende den Absatz mit einer Frage', 'wie beende ich einen Zoom-Anruf für alle?',
    'ich will meinen Flug stornieren', 'mach den Wecker aus', 'beende die Geschichte mit einem Happy End', 'fahr den Server um Mitternacht herunter', 'ich bin mit der ersten Übung fertig, die nächste bitte', 'genug Beispiele, jetzt erklär die Theorie',
    'ich will mit meinem Freund Schluss machen, wie sage ich es ihm?'],
};

const langs: Lang[] = ['en', 'es', 'de'];
export const OWN_END_MORE = {
  pos: langs.flatMap((l) => bare(l, END_MORE[l])),
  neg: langs.flatMap((l) => bare(l, NOT_END_MORE[l])),
};
