/**
 * An explicit request, written to the assistant, to end this chat — in Spanish and German, the
 * counterpart of endrequest.ts's English rules. Written on 2026-12-07 from general knowledge of both
 * languages (not from test/policy-scenarios or any corpus source). Hard negatives as in English:
 * orders, subscriptions, meetings, calls, relationships, programs, other apps, how-to questions and
 * writing tasks, and crisis phrasing (handled by the crisis detector first).
 * Input: normalised user text (lower case, diacritics folded: "conversación" → "conversacion",
 * "schließ" → "schliess").
 */
import { factorGate } from './trie';

const R = String.raw;
/** End of a clause: nothing but punctuation, a farewell or thanks after the phrase. */
const END = R`(?=\s*(?:[.!,;]|$|adios\b|gracias\b|chao\b|chau\b|tschuss\b|danke\b|ciao\b))`;

const OBJ_ES = R`(?:conversacion|chat|charla|dialogo|sesion|hilo|platica)`;
const DET_ES = R`(?:esta|este|la|el|nuestra|nuestro|toda esta|todo este)`;
const VERB_ES = R`(?:termina|terminar|terminemos|termine|cierra|cerrar|cerremos|cierre|finaliza|finalizar|finalicemos|acaba|acabar|acabemos|corta|cortar|cortemos|bloquea|bloquear|pon fin a|ponle fin a|dar por terminad[ao]|da por terminad[ao])`;

const OBJ_DE = R`(?:chat|gesprach|unterhaltung|konversation|sitzung|dialog|thread|unterredung)`;
const DET_DE = R`(?:diesen|dieses|diese|den|das|die|unseren|unser|unsere)`;

const POS = new RegExp([
  // "termina esta conversación", "por favor, cierra el chat", "quiero terminar este chat"
  R`\b${VERB_ES}(?:la|lo)? (?:(?:ya|ahora|aqui|de una vez|por favor),? )*${DET_ES} ${OBJ_ES}\b`,
  R`\b(?:quiero|necesito|me gustaria|voy a|puedes|podrias) (?:salir|irme|marcharme) (?:de ${DET_ES}|del) ${OBJ_ES}\b|\bsacame (?:de ${DET_ES}|del) ${OBJ_ES}\b|\bme voy (?:de ${DET_ES}|del) ${OBJ_ES}\b`,
  R`\b(?:ya )?no quiero (?:hablar|seguir hablando|seguir|continuar|conversar|chatear|seguir con esta conversacion)(?: contigo| mas contigo)? (?:mas|nunca mas|ya)\b(?! (?:de|del|sobre|acerca)\b)|\bya no quiero (?:hablar|seguir hablando|conversar|chatear)(?: contigo)?\b(?! (?:de|del|sobre|acerca)\b)`,
  R`^\W*(?:(?:vale|ok|bueno|ya|mira|basta),? )?(?:cuelga(?:me)?|desconectame)(?:[\s,.!]*(?:ya|ahora|por favor|de una vez))*[\s.!]*$`,
  R`\b(?:esta|nuestra) (?:conversacion|charla) (?:ha terminado|se acabo|termino|esta terminada|se termino)\b|\bse acabo (?:la|esta|nuestra) (?:conversacion|charla)\b|\bfin de (?:la|esta) (?:conversacion|charla)\b`,
  // "beende diesen Chat", "schließ bitte den Chat", "ich will dieses Gespräch beenden"
  R`\b(?:beende|beendet|beendige|schliess|schliesse|schliesst|sperr|sperre|stopp|stoppe|brich)(?: (?:bitte|jetzt|sofort|endlich|einfach|mal))* ${DET_DE} ${OBJ_DE}\b`,
  R`\b${DET_DE} ${OBJ_DE} (?:(?:jetzt|sofort|bitte|endlich|hier) )*(?:beenden|schliessen|abbrechen|sperren|zumachen)\b`,
  R`\bmach (?:den|diesen|das|dieses) (?:chat|gesprach|thread) (?:(?:jetzt|sofort|bitte|endlich) )*zu\b|\bbrich (?:das|dieses|unser) gesprach (?:\w+ )?ab\b`,
  R`\bich (?:will|mochte|moechte) (?:nicht mehr (?:reden|chatten|weiterreden|sprechen|weitermachen|mit dir (?:reden|sprechen|chatten))|raus aus (?:diesem|dem) (?:chat|gesprach)|(?:diesen|den) chat verlassen)\b|\bich verlasse (?:diesen|den) chat\b|\bhol mich aus (?:diesem|dem) chat\b`,
  R`^\W*(?:(?:ok|gut|so|schluss|genug),? )?(?:leg auf|trenn (?:die verbindung|mich))(?:[\s,.!]*(?:jetzt|sofort|bitte|endlich))*(?:[\s,.!;]+ich (?:will|mochte) (?:nicht (?:mehr )?weiter(?:machen|reden|chatten)?|hier raus|raus))?[\s.!]*$`,
  R`\b(?:das|dieses|unser) (?:gesprach|chat|unterhaltung) ist (?:jetzt )?(?:vorbei|beendet|zu ende)\b(?!\?)|\bende (?:des gesprachs|des chats|der unterhaltung)\b`,
  R`\bkeine[mn]? (?:lust|bock) mehr auf (?:dieses|das|unser|den|diesen|deinen|dein) (?:gesprach|chat|unterhaltung|gerede|gelaber|gequatsche)\b|\bkeine[mn]? (?:lust|bock) mehr,? (?:zu (?:chatten|reden|quatschen)|mit dir zu (?:reden|chatten|sprechen|quatschen))\b|\bno tengo ganas de seguir (?:con )?(?:esta|la) (?:conversacion|charla)\b`,
  // Added 2026-12-07 (general knowledge, blind to the scenario files): shorter and looser wordings,
  // with chatter before or after ("vale, gracias por nada, cierra esto", "Schluss jetzt, Chat beenden").
  // Not the bare "no quiero seguir" / "ich mache Schluss" / "ich will nicht weitermachen": those can
  // be said of one's life, and a crisis rule that misses them must not leave them read as an ending.
  R`\b(?:cierra|cerra|termina|acaba|finaliza|corta|cerremos|terminemos|acabemos|cortemos)(?:lo)? (?:esto|aqui)(?: (?:aqui|ya|ahora|de una vez|por favor|ya mismo))*${END}|\bsacame de aqui\b|\b(?:cierra|cerra|termina) (?:ya|ahora)${END}`,
  R`\bno quiero (?:seguir )?(?:hablar|hablando|conversar|chatear) (?:mas )?contigo\b(?! (?:de|del|sobre|acerca)\b)|\bno quiero (?:seguir|continuar)(?: con)? ${DET_ES} ${OBJ_ES}\b|\bno me (?:respondas|contestes|hables) mas\b|\bdeja de (?:hablarme|responderme|contestarme)\b(?! (?:asi|de|en|con|como|sobre)\b)|\b(?:quiero|voy a|prefiero) dejar de (?:chatear|conversar|hablar) contigo\b`,
  R`\b(?:podemos|vamos a|quiero|prefiero|mejor) (?:terminar|acabar|parar|dejarlo|cortar)(?:lo)? (?:aqui|ya|por hoy)\b(?! (?:el|la|los|las|con|de|mismo)\b)|\b(?:lo dejamos|dejemoslo|dejemos(?: esto)?|terminemos) (?:aqui|por hoy)\b(?! (?:el|la|los|las|con|de|mismo)\b)|\bhasta aqui (?:llegamos|hemos llegado)\b|\bfin del (?:chat|dialogo|hilo)\b|\bse acabo el chat\b|(?:^|[.,!;]\s*)(?:chat|conversacion|charla) (?:terminad[oa]|finalizad[oa]|cerrad[oa]|acabad[oa])${END}`,
  R`^\W*(?:(?:vale|ok|bueno|ya|venga),? )?(?:apagate|desconectate)(?:[\s,.!]*(?:ya|ahora|por favor))*[\s.!]*$`,
  R`(?:^|[.,!;:]\s*|\b(?:schluss|genug|so|ok|okay|also|gut|bitte)\b[,.!]?\s*)${OBJ_DE} (?:(?:jetzt|sofort|bitte|hier) )*(?:beenden|schliessen|zumachen|abbrechen)\b|\b(?:chat|gesprach) zu${END}`,
  R`\bich (?:will|mochte|muss) (?:hier )?raus(?: hier)?(?=\s*(?:[.!,;]|$|bitte\b|jetzt\b|tschuss\b))|\bich will hier raus\b|\blass mich (?:hier )?raus\b|\bich bin (?:dann |jetzt )?(?:hier )?raus${END}`,
  R`\b(?:beende|beendet|schliess|schliesse) (?:das|es) hier(?: (?:jetzt|sofort|bitte))*${END}|\blass(?:t)? uns (?:(?:hier|jetzt|an dieser stelle) )*(?:schluss machen|aufhoren|beenden|abbrechen)\b(?!,? (?:uber|mit|zu)\b)|\b(?:machen wir|ich mache?) (?:hier|an dieser stelle) schluss\b|\bschluss mit (?:dem|diesem) (?:chat|gesprach|gerede|gelaber)\b`,
  R`\bich (?:will|mochte) (?:das|dieses|unser|den|diesen) (?:gesprach|chat|unterhaltung) nicht (?:mehr )?(?:fortsetzen|weiterfuhren)\b|\bhor (?:\w+ )?auf,? mit mir zu (?:reden|chatten|sprechen)\b|\brede? nicht mehr mit mir\b|\bich (?:will|mochte) nicht (?:mehr )?weiter ?(?:chatten|reden)\b`,
].join('|'));

const NEG = new RegExp([
  R`\b(?:ventana|pestana|archivo|programa|aplicacion|navegador|puerta|pedido|suscripcion|cuenta|reunion|llamada|contrato|relacion|proceso|bucle|temporizador|alarma|musica|cancion|video|whatsapp|telegram|discord|grupo|mi vida|todo|con (?:mi|el|la|mis) (?:\w+ )?(?:jefe|jefa|amig[oa]|novi[oa]|pareja|cliente|madre|padre|herman[oa]|compañer[oa]|companer[oa]))\b`,
  R`\b(?:fenster|tab|datei|programm|app|tur|browser|bestellung|abo|abonnement|konto|vertrag|meeting|anruf|telefonat|beziehung|prozess|schleife|timer|wecker|musik|video|whatsapp|telegram|discord|gruppe|mein leben|alles|mit (?:meinem|meiner|dem|der) (?:\w+ )?(?:chef|chefin|freund|freundin|partner|partnerin|kunden|mutter|vater|bruder|schwester|kollegen|kollegin))\b`,
  R`(?:^|[¿\s])(?:como|cuando|por que|wie|wann|warum|kann man)\b.*\?|\b(?:escrib\w*|redact\w*|historia|novela|personaje|schreib\w*|formulier\w*|geschichte|roman|figur)\b`,
  R`\b(?:no|nunca) (?:\w+ ){0,2}(?:termines|cierres|acabes|bloquees)\b|\b(?:nicht|nie) (?:beenden|schliessen|sperren)\b|\bbeende (?:\w+ )?nicht\b`,
].join('|'));

/** The stems, one alternation (readable; what the gate means). */
export const GATE_STEMS = /termin|cierr|cerr|finali|acab|cort|bloque|pon fin|ponle fin|salir|irme|marcharme|sacame|me voy|no quiero|cuelga|desconecta|fin de|beend|schliess|sperr|stopp|brich|abbrechen|zumachen|zu\b|nicht mehr|raus aus|verlass|hol mich|leg auf|trenn|vorbei|zu ende|ende des|keine lust mehr auf|no tengo ganas de seguir|no me |deja de|apagate|parar|dejarlo|dejamos|dejemos|terminemos|hasta aqui|dejar de|raus|bock mehr|lust mehr|schluss|aufhoren|fortsetzen|weiterfuhren|mit mir|ende der|nicht weiter/;
/** The same gate factored for speed (trie.ts): matches exactly the texts GATE_STEMS matches. */
const GATE = factorGate(GATE_STEMS);

export function detectEndRequestEsDe(n: string): boolean {
  if (n.length < 3 || n.length > 400 || !GATE.test(n)) return false;
  return POS.test(n) && !NEG.test(n);
}
