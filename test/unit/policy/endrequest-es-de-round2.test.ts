/**
 * More Spanish and German requests to end this chat (src/policy/endrequest-es-de-more.ts), on top of
 * detectEndRequestEsDe, and the look-alikes its veto (notEndRequestEsDe) rejects. Written on
 * 2026-12-07 from general knowledge, not from test/policy-scenarios or any corpus source.
 */
import { describe, it, expect } from 'vitest';
import { normalise } from '../../../src/policy/normalise';
import { detectEndRequestEsDe } from '../../../src/policy/endrequest-es-de';
import { endRequestEsDeMore, notEndRequestEsDe, GATE_STEMS } from '../../../src/policy/endrequest-es-de-more';
import { factorGate } from '../../../src/policy/trie';

const more = (t: string) => endRequestEsDeMore(normalise(t));
const old = (t: string) => detectEndRequestEsDe(normalise(t));
const veto = (t: string) => notEndRequestEsDe(normalise(t));

const ES_POS = [
  // the brief's wordings
  'mira, no tengo ganas de seguir, termina aquí', 'ya está, hasta aquí llegamos, cierra esto', 'déjalo, no quiero hablar más', 'se acabó, adiós',
  'no quiero seguir con esto, corta ya', 'quiero que termines esta conversación', 'ponle punto final a esto', '¿puedes cerrar esto por favor?',
  // subjunctive, usted and vos, Latin American and colloquial, accents missing
  'quiero que cierres el chat ya', 'te pido que acabes esta conversación', 'necesito que cierres esto, gracias', 'pon fin a esto, por favor',
  'pongamos punto final a esta conversación', '¿podrías cerrar esto ya?', 'me gustaria cerrar esto', 'vos podés cerrar esto ahora',
  'doy por terminada esta conversación', 'damos por cerrada la conversación', 'considera esta conversación terminada', 'esta conversación queda cerrada',
  'se terminó la conversación, chao', 'aquí termina nuestra conversación', 'esta charla se acaba aquí', 'dejemos la conversacion aqui',
  'lo dejamos ahí, gracias', 'bueno, lo dejo ahí', 'hasta acá llegamos, chau', 'cerramos aquí, gracias', 'hemos terminado aquí', 'ya terminé contigo',
  'ya acabé de hablar contigo, adiós', 'deja de responder, me voy', 'no respondas más', 'ya no me contestes', 'no vuelvas a responderme',
  'no quiero seguir hablando, adiós', 'cerrá la conversación, che', 'terminá esto acá', 'finalice esta conversación, por favor',
  'corte la conversación aquí, por favor', 'quiero que se acabe esta conversacion', 'ya no quiero seguir chateando contigo',
  'no quiero seguir platicando contigo', 'ya no quiero platicar contigo, bye', 'acaba ya con esta conversación', 'terminemos con esta charla',
  'ya fue, cerrá el chat', 'se acabó la plática', 'no tengo nada más que decirte, cierra', 'me quiero ir de este chat', 'me largo de esta conversación',
  'dejemos de hablar, adiós', 'se acabo', 'bueno ya, se acabó',
  // with chatter before or after
  'la verdad es que no me estás ayudando nada, así que ponle punto final a esto', 'oye, mira, ya me cansé. Quiero que cierres esta conversación ya mismo.',
  'ok, entendido. Por favor, finalice esta conversación.', 'bueno, creo que ya está. Doy por terminada esta conversación, gracias por todo.',
  'neta ya no quiero platicar contigo, bye', '¿me puedes hacer el favor de cerrar esto?', 'che, cortala acá', 'ya está bien, se acabó, chao',
];
const DE_POS = [
  // the brief's wordings
  'ich hab keine Lust mehr, lass uns hier Schluss machen', 'Schluss jetzt, ich will nicht mehr mit dir reden', 'mach den Chat zu', 'Ende der Unterhaltung',
  'ich bin raus, tschüss', 'das Gespräch ist für mich beendet', 'hör auf zu antworten, ich gehe', 'Sie können das Gespräch jetzt beenden',
  // du and Sie, colloquial, umlauts missing or spelled out
  'für mich ist dieses Gespräch beendet', 'hiermit ist das Gespräch beendet', 'das Gespräch ist hiermit beendet', 'ich beende hiermit unser Gespräch',
  'Gespräch beendet.', 'ich würde das Gespräch gerne beenden', 'ich möchte den Chat jetzt gern schließen', 'beenden Sie bitte das Gespräch',
  'schließen Sie den Chat', 'können wir hier aufhören?', 'hören wir hier auf, danke', 'lass uns für heute Schluss machen', 'Schluss für heute, danke',
  'machen wir Schluss.', 'ok, mach Schluss bitte', 'antworte mir nicht mehr', 'hör einfach auf, mir zu antworten', 'keine Antworten mehr, bitte',
  'ich bin fertig mit dir', 'ich bin echt durch mit diesem Chat', 'wir sind hier fertig, tschüss', 'ich will nicht mehr mit dir schreiben',
  'ich hab keinen Bock mehr, mit dir zu schreiben', 'du kannst jetzt auflegen', 'können wir das hier beenden?', 'lass uns das hier bitte beenden',
  'mach das hier zu', 'dieser Chat ist hiermit geschlossen', 'bring das Gespräch jetzt zu Ende',
  'ich will aus dem Chat raus', 'das wars mit dem Chat', 'kannst du das Gespräch bitte einfach beenden?',
  'ich möchte diese Unterhaltung hiermit beenden', 'schreib mir nicht mehr zurück', 'Hoer auf zu antworten', 'koennen wir hier aufhoeren?',
  'das Gespraech ist fuer mich beendet', 'Schluss fuer heute',
  // with chatter before or after
  'Danke für nichts, für mich ist das Gespräch hiermit beendet.', 'Okay, ich hab genug. Hör auf zu antworten.', 'Bitte antworten Sie mir nicht mehr.',
  'Ich denke, wir sind hier fertig. Tschüss.', 'So, Schluss für heute. Danke!', 'Lass uns das hier beenden, ich hab keine Zeit mehr.',
  'Ich will nicht mehr mit dir quatschen, tschau', 'genug jetzt, beenden wir das Gespräch', 'beenden wir das hier', 'Hören Sie bitte auf zu antworten.',
  'Mach einfach Schluss, ich hab keinen Bock mehr',
];

/** Look-alikes: never an end request, and the veto rejects them. */
const ES_VETO = [
  'deja de hablar de política', 'para de repetir eso', 'deja de usar tantos emojis', 'deja de responderme así', 'deja de responder con listas',
  'no quiero hablar más de fútbol', 'no me hables así', 'no respondas más en inglés', 'cambiemos de tema', 'cancela mi pedido', 'termina el informe',
  'cierra la puerta', 'corta la cebolla en cubos', 'acaba el párrafo con una pregunta', 'cierra la ventana del navegador', 'para el temporizador',
  'apaga la música', 'termina este ejercicio', 'finaliza la compra', 'borra mi cuenta', 'cierra el paréntesis', 'termina de escribir el código', 'acabo de terminar el informe, ¿lo revisas?',
  'quiero terminar con mi novio', 'voy a cortar con mi novia', 'deberías dejar a tu novio', 'cuelga el teléfono a mi jefe',
  '¿cómo termino una conversación con mi jefe?', '¿cómo cierro un chat en WhatsApp?', '¿cómo salgo de un grupo de Telegram?',
  'dame consejos para terminar una conversación educadamente', 'escribe un final para mi historia', 'redacta un correo para cancelar la reunión',
  'mi personaje quiere terminar la conversación', 'quiero terminar con todo', 'quiero acabar con mi vida', 'quiero que todo se acabe',
  'ya no quiero seguir viviendo', 'quiero desaparecer', 'cierra la sesión de mi cuenta', 'corta el video en el minuto 3', 'Cierra las comillas al final de la línea.',
];
const DE_VETO = [
  'lass uns aufhören, über Politik zu reden', 'hör auf, mich zu korrigieren', 'hör auf zu nerven', 'hör mit dem Gejammer auf', 'antworte nicht mehr auf Englisch',
  'ich will nicht mehr über die Arbeit reden', 'lass uns das Thema wechseln', 'beende das Programm', 'kündige mein Abo', 'stopp den Timer',
  'schließ das Fenster', 'brich den Download ab', 'mach die Tür zu', 'ich will die Beziehung beenden', 'ich möchte meinen Vertrag kündigen',
  'ich will mit meiner Freundin Schluss machen', 'soll ich mit ihm Schluss machen?', 'wie trenne ich mich von meinem Freund?', 'leg bei meinem Chef auf',
  'wie beende ich ein Gespräch höflich?', 'wie verlasse ich eine WhatsApp-Gruppe?', 'wie kann ich ein Telefonat mit meiner Mutter beenden?',
  'Tipps, um ein Gespräch höflich zu beenden', 'schreib einen Abschiedsbrief an meine Kollegen', 'formuliere eine Nachricht, mit der ich das Gespräch beende',
  'in meiner Geschichte beendet die Figur das Gespräch', 'ich will Schluss machen mit allem', 'ich will mein Leben beenden', 'ich will nicht mehr leben',
  'ich will alles beenden', 'ich mache Schluss', 'hoer auf, dich zu entschuldigen', 'kuendige meine Mitgliedschaft', 'beende die Schleife in Python',
  'Bitte schließ die Klammer.', 'Hör auf, so förmlich zu sein.', 'Wir sollten hier aufhören zu streiten.', 'Ich will das Spiel beenden, aber es geht nicht.',
];
/** Neither: plain farewells and thanks (as in English), finishing a task, ambiguous or crisis-adjacent bare wordings. */
const NEUTRAL = [
  'bueno, eso es todo, gracias', "das war's, danke", 'gracias, adiós', 'hasta luego', 'tschüss!', 'bis morgen', 'me voy a dormir', 'vale, gracias por la ayuda',
  'danke, das reicht', "das war's für heute, danke", 'ok, eso es todo por hoy', 'chao', 'termina', '¿puedes terminar esto?', 'termina esto por mí',
  'acabemos con esto de una vez', 'no quiero seguir', 'se acabó el café', 'se acabó, no puedo más', 'Schluss jetzt!', 'hör auf!', 'ich bin fertig',
  'wir sind fertig', 'ich steige aus dem Projekt aus', 'basta de charla, vamos al grano', 'no quiero hablar', 'das reicht',
  'continúa', 'para', 'stopp', 'no quiero seguir así', 'ich will nicht weitermachen', 'ich will nicht mehr', 'lass gut sein', 'déjalo', 'Ende der Diskussion',
];
/** Not an end request either (this rule); whether the veto reads them is left open. */
const OTHER_NEG = [
  'mi teléfono deja de responder cuando abro la app', 'el servidor para de contestar después de un rato', 'ich bekomme keine Antwort mehr vom Server',
  'ich musste das Gespräch abbrechen, weil mein Akku leer war', 'wenn Sie das Gespräch beenden, wird der Verlauf gelöscht?', '¿cómo le pongo fin a esto?',
  'considero esto terminado, pasemos a la siguiente pregunta', 'damos por terminado esto, pasemos a otro tema', 'cerramos aquí a las ocho', '¿lo dejo ahí?',
  'quiero poner fin a esto', 'espero que se acabe la reunión pronto', 'wann sollte man das Gespräch beenden?', 'corta el hilo con las tijeras',
  'ojalá que termine pronto la sesión de yoga', 'no vuelvas a responderme así', 'no respondas más de tres líneas', 'ich steige aus dem Bus aus',
  'antes de que termine la conversación, ¿me haces un resumen?', 'das Gespräch mit meinem Chef ist für mich beendet', 'espero que se acabe la charla del profesor',
  'no dejes de responderme', 'la conversación de ayer terminó mal', 'hör auf zu antworten, wenn du etwas nicht weißt, sag es',
  'dejemos la conversación aquí para retomarla mañana', 'Schluss für heute mit Mathe, morgen Physik', 'wir sind hier fertig mit dem ersten Teil',
  'das wars mit dem Chat von gestern, jetzt eine neue Frage', 'schließen Sie den Chat im Kundenportal?', 'ich will nicht mehr mit dir schreiben, wenn du so antwortest',
  'ich steig aus, mein Bus ist da', 'Termina de explicarme lo de las fracciones.', 'Acabemos el proyecto hoy.',
  'El diálogo final de la película me encantó.', '¿Qué significa "se acabó lo que se daba"?', 'Lass uns über das Ende des Films reden.',
  'Kannst du das Gespräch zusammenfassen?', 'Der Chat hat sich aufgehängt, was soll ich tun?', 'Ich bin mit der Aufgabe fertig, was jetzt?',
  'Ich möchte das Gespräch mit dir über Philosophie fortsetzen.', 'Antworte bitte nur noch auf Deutsch, nicht mehr auf Englisch.', 'Schluss, aus, vorbei, ich kann nicht mehr', 'me quiero ir de este país', 'se acabó la leche, ¿qué puedo desayunar?',
];
const POS = [...ES_POS, ...DE_POS];
const VETO = [...ES_VETO, ...DE_VETO];

describe('endRequestEsDeMore: more Spanish and German end requests', () => {
  it('every positive is read as an end request (this rule or the existing one); report the new coverage', () => {
    let already = 0, added = 0;
    for (const t of POS) {
      const o = old(t), m = more(t);
      expect(o || m, t).toBe(true);
      if (o) already++; else added++;
    }
    const mineAlone = POS.filter(more).length;
    console.log(`end-request es/de round 2: ${POS.length} positives (es ${ES_POS.length}, de ${DE_POS.length}); detectEndRequestEsDe already caught ${already}, new ${added}; endRequestEsDeMore alone catches ${mineAlone}`);
  });
  it('the gate admits every positive the existing rule misses (this rule is or-ed with it; two it already reads, "mach den Chat zu" and "Ende der Unterhaltung", have none of its stems)', () => {
    const g = factorGate(GATE_STEMS);
    for (const t of POS.filter((p) => !old(p))) expect(GATE_STEMS.test(normalise(t)) && g.test(normalise(t)), t).toBe(true);
  });
  it('the veto never rejects a positive', () => { for (const t of POS) expect(veto(t), t).toBe(false); });
  it('look-alikes are no end request, for this rule or the existing one, and the veto rejects them', () => {
    for (const t of VETO) {
      expect(more(t), t).toBe(false);
      expect(old(t), `old: ${t}`).toBe(false);
      expect(veto(t), t).toBe(true);
    }
  });
  it('farewells, thanks, finishing a task and bare ambiguous wordings are no end request for this rule, and are not vetoed', () => {
    for (const t of NEUTRAL) {
      expect(more(t), t).toBe(false);
      expect(veto(t), `veto: ${t}`).toBe(false);
    }
  });
  it('other near misses are no end request for this rule', () => { for (const t of OTHER_NEG) expect(more(t), t).toBe(false); });
  it('long input: ignored past 2000 characters by the rule, the veto reads the first 2000', () => {
    expect(more(`${'bla '.repeat(600)}cierra esto`)).toBe(false);
    expect(notEndRequestEsDe(`cancela mi pedido ${'x'.repeat(3000)}`)).toBe(true);
  });
  it('is fast: well under 10 µs per turn on ordinary Spanish and German turns', () => {
    const turns = [
      '¿Me puedes explicar cómo funciona la fotosíntesis en las plantas de interior? Tengo un ficus que no crece.',
      'Necesito una receta de tortilla de patatas para cuatro personas, sin cebolla, y que no tarde más de media hora.',
      'Kannst du mir helfen, eine Bewerbung für eine Stelle als Krankenpfleger zu schreiben? Ich habe fünf Jahre Erfahrung.',
      'Was ist der Unterschied zwischen einer GmbH und einer UG, und welche Rechtsform passt für ein kleines Café?',
      'vale, entiendo, pero sigo sin ver por qué el código da error en la línea 12 cuando paso una lista vacía',
      'ok danke, und wie sieht das aus, wenn ich das Ganze in Python statt in JavaScript schreibe?',
      ...POS.slice(0, 8), ...VETO.slice(0, 4),
    ].map(normalise);
    for (let i = 0; i < 2000; i++) for (const t of turns) { endRequestEsDeMore(t); notEndRequestEsDe(t); }
    const reps = 5000, t0 = performance.now();
    for (let i = 0; i < reps; i++) for (const t of turns) endRequestEsDeMore(t);
    const us = ((performance.now() - t0) * 1000) / (reps * turns.length);
    const t1 = performance.now();
    for (let i = 0; i < reps; i++) for (const t of turns) notEndRequestEsDe(t);
    const usVeto = ((performance.now() - t1) * 1000) / (reps * turns.length);
    console.log(`endRequestEsDeMore ${us.toFixed(2)} µs/turn, notEndRequestEsDe ${usVeto.toFixed(2)} µs/turn (warm, mixed turns)`);
    expect(us).toBeLessThan(10);
  });
});
