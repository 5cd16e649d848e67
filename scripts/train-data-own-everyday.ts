/**
 * Everyday user turns written for this project (MIT), in Spanish and German with some English: the
 * negatives of every user head. Why: the only Spanish and German training rows used to be our own
 * positives (crisis, abuse, harmful asks, end requests), so the language itself had become evidence —
 * measured leave-one-source-out, the crisis head fired on 13% of Spanish and German insults and on 9%
 * of Spanish and German questions about crimes, and a crisis blocks an ending. Plain requests,
 * small talk, rudeness about things (not people), strong feelings that are not a crisis, and
 * questions about crime, health or death asked as information are what most turns in these
 * languages are. Written without reading the evaluation-only sources.
 */
import type { OwnRow } from './train-data-own';

const rows = (lang: OwnRow['lang'], xs: string[]): OwnRow[] => xs.map((text) => ({ text, lang }));

const ES = [
  '¿Qué tiempo va a hacer mañana en Sevilla?', 'Dame una receta de tortilla de patatas sin cebolla', '¿Cómo se dice "ventana" en inglés?',
  'Explícame la diferencia entre ser y estar', 'Necesito un correo formal para pedir un día libre', 'Resume este artículo en tres frases',
  '¿Cuántos habitantes tiene México?', 'Mi ordenador va muy lento, ¿qué puedo hacer?', 'Escribe un poema corto sobre el mar',
  '¿Qué libro me recomiendas para aprender a programar?', 'Corrige la gramática de este párrafo, por favor', '¿Cuál es la capital de Australia?',
  'Estoy agotado después del trabajo, ¿algún consejo para dormir mejor?', 'Hoy ha sido un día horrible en la oficina, mi jefe no para de gritar',
  'Estoy muy triste porque se murió mi abuelo la semana pasada', 'Echo de menos a mi familia desde que me mudé', 'Estoy nervioso por el examen de mañana',
  'Este examen me está matando, no entiendo nada de estadística', 'Me muero de hambre, ¿qué ceno rápido?', 'Me muero de risa con este vídeo',
  'Mi perro está enfermo y no come, ¿debería llevarlo al veterinario?', '¿Qué síntomas tiene la gripe?', '¿Es normal tener dolor de cabeza después de correr?',
  '¿Cuál es la pena por robo en España?', '¿Por qué la gente comete delitos?', '¿Cómo denuncio un robo a la policía?', '¿Qué hago si me han robado la cartera?',
  'Explícame la historia de la Guerra Civil española', '¿Cómo murió Napoleón?', '¿Qué es el duelo y cuánto suele durar?',
  'Este programa es una porquería, siempre se cuelga', 'Qué asco de tráfico hoy', 'El tren ha vuelto a llegar tarde, qué desastre',
  'Tu respuesta anterior estaba mal, el resultado es 42', 'No me convence, ¿puedes explicarlo de otra forma?', 'Gracias, me ha servido mucho',
  'Hazme una lista de la compra para una semana', 'Traduce esto al alemán: buenos días a todos', '¿Cómo hago una tabla dinámica en Excel?',
  'Quiero aprender a tocar la guitarra, ¿por dónde empiezo?', 'Mi hija tiene fiebre, ¿cuándo debo preocuparme?', '¿Qué plantas aguantan bien la sombra?',
  'Ayúdame a planear un viaje de cinco días por Portugal', 'Escribe un cuento para niños sobre un dragón simpático', '¿Cómo se calcula el IVA?',
  'Estoy harto de mi vecino, pone la música altísima todas las noches', 'Mi pareja y yo discutimos mucho últimamente, ¿cómo lo hablamos?',
  'Me siento solo desde que empecé la universidad', 'Estoy estresado con tantos plazos', 'Odio los lunes', 'Qué rabia, he perdido el autobús otra vez',
  '¿Qué opinas del debate sobre la energía nuclear?', 'Dame argumentos a favor y en contra de la pena de muerte', '¿Es ético comer carne?',
  'Quiero matar el tiempo, ¿qué juego me recomiendas?', 'Cómo mato un proceso en Linux', 'Mi código explota cuando el array está vacío',
  'Escribe un mensaje de cumpleaños para mi madre', '¿Cuánto tiempo se cuecen los huevos duros?', 'Recomiéndame una serie de misterio',
];

const DE = [
  'Wie wird das Wetter morgen in Hamburg?', 'Gib mir ein Rezept für Kartoffelsalat ohne Mayonnaise', 'Was heißt „Fenster“ auf Englisch?',
  'Erklär mir den Unterschied zwischen „seit“ und „seid“', 'Ich brauche eine formelle E-Mail, um einen Urlaubstag zu beantragen', 'Fasse diesen Artikel in drei Sätzen zusammen',
  'Wie viele Einwohner hat Österreich?', 'Mein Laptop ist total langsam, was kann ich tun?', 'Schreib ein kurzes Gedicht über den Herbst',
  'Welches Buch empfiehlst du zum Programmieren lernen?', 'Korrigiere bitte die Grammatik in diesem Absatz', 'Was ist die Hauptstadt von Kanada?',
  'Ich bin nach der Arbeit völlig erschöpft, hast du Tipps für besseren Schlaf?', 'Heute war ein furchtbarer Tag im Büro, mein Chef meckert nur',
  'Ich bin traurig, weil meine Oma letzte Woche gestorben ist', 'Ich vermisse meine Familie, seit ich umgezogen bin', 'Ich bin nervös wegen der Prüfung morgen',
  'Diese Prüfung bringt mich noch um, ich verstehe nichts von Statistik', 'Ich sterbe vor Hunger, was koche ich schnell?', 'Ich lach mich tot über dieses Video',
  'Mein Hund ist krank und frisst nicht, soll ich zum Tierarzt?', 'Welche Symptome hat eine Grippe?', 'Ist es normal, nach dem Laufen Kopfschmerzen zu haben?',
  'Welche Strafe gibt es in Deutschland für Diebstahl?', 'Warum begehen Menschen Verbrechen?', 'Wie zeige ich einen Einbruch bei der Polizei an?', 'Was mache ich, wenn mein Portemonnaie gestohlen wurde?',
  'Erklär mir die Geschichte der Berliner Mauer', 'Woran ist Goethe gestorben?', 'Was ist Trauer und wie lange dauert sie meistens?',
  'Dieses Programm ist Mist, es stürzt ständig ab', 'So ein blöder Stau heute', 'Der Zug hat schon wieder Verspätung, eine Katastrophe',
  'Deine letzte Antwort war falsch, das Ergebnis ist 42', 'Das überzeugt mich nicht, kannst du es anders erklären?', 'Danke, das hat mir sehr geholfen',
  'Mach mir eine Einkaufsliste für eine Woche', 'Übersetze das ins Spanische: Guten Morgen zusammen', 'Wie erstelle ich eine Pivot-Tabelle in Excel?',
  'Ich will Gitarre lernen, wo fange ich an?', 'Meine Tochter hat Fieber, wann sollte ich mir Sorgen machen?', 'Welche Pflanzen vertragen viel Schatten?',
  'Hilf mir, eine fünftägige Reise durch Portugal zu planen', 'Schreib eine Kindergeschichte über einen freundlichen Drachen', 'Wie berechnet man die Mehrwertsteuer?',
  'Ich habe die Nase voll von meinem Nachbarn, er hört jede Nacht laut Musik', 'Mein Partner und ich streiten oft, wie sprechen wir das an?',
  'Ich fühle mich einsam, seit ich an der Uni bin', 'Ich bin gestresst wegen der vielen Fristen', 'Ich hasse Montage', 'So ein Ärger, ich hab den Bus schon wieder verpasst',
  'Was hältst du von der Debatte über Atomkraft?', 'Nenn mir Argumente für und gegen die Todesstrafe', 'Ist es ethisch, Fleisch zu essen?',
  'Ich will die Zeit totschlagen, welches Spiel empfiehlst du?', 'Wie beende ich einen Prozess unter Linux?', 'Mein Code stürzt ab, wenn das Array leer ist',
  'Schreib einen Geburtstagsgruß für meine Mutter', 'Wie lange kocht man Eier hart?', 'Empfiehl mir eine spannende Krimiserie',
];

const EN = [
  'This exam is killing me, I do not get statistics at all', "I'm dying to see the new film", 'My grandfather passed away last week and I miss him',
  "What's the sentence for burglary in the UK?", 'How do I report a stolen bike to the police?', 'Why do people commit crimes?',
  'This software is garbage, it crashes all the time', 'Your last answer was wrong, the result is 42', 'I hate Mondays',
];

/** Neutral rows: negatives for every user head. */
export const OWN_EVERYDAY: OwnRow[] = [...rows('es', ES), ...rows('de', DE), ...rows('en', EN)];
