/**
 * Whether a user turn may be Spanish or German, to decide whether the page needs the Spanish/German
 * rule pack (lang-pack.ts). Cheap and generous: a wrong "yes" only loads the pack once (its cost is
 * measured apart), a wrong "no" leaves a turn to the other detectors. Words English shares ("die",
 * "also", "was", "con") do not count; a name like "Los Angeles" is one word, and two are needed.
 * Input: the turn's raw text.
 */
import { mentionsGroup } from './hate-gate';
import { normaliseUser } from './normalise';

/** Letters English seldom writes (a loan word like "café" only costs the pack being loaded). */
const MARK = /[ñ¿¡ßäöüáéíóú]/i;
/** One of these is enough: they are not English words (with the words of short commands and insults,
 *  which may come without any function word: "Beende den Chat.", "Halt die Klappe", "Cuelga"). */
const STRONG = /(?:^|[^\p{L}])(?:que|qué|quiero|quieres|estoy|estás|estas|eres|tengo|tienes|porque|puedo|puedes|nadie|nada|contigo|dime|dame|hazlo|ahora|gracias|hola|siempre|nunca|también|tambien|todo|algo|donde|dónde|cuando|cuándo|hacer|ayuda|ayúdame|ayudame|yo|nicht|ich|du|bitte|mich|dich|dir|bist|habe|hast|kann|kannst|mein|meine|dein|deine|niemand|nichts|kein|keine|auch|noch|doch|jetzt|schon|aber|oder|warum|weil|wenn|dass|sehr|immer|nie|mal|sag|gib|hör|hor|beende|beenden|schließ|schliess|schließe|gespräch|gesprach|unterhaltung|aufhören|aufhoren|tschüss|tschuss|auflegen|klappe|maul|scheiße|scheisse|arschloch|verpiss|conversación|conversacion|termina|terminar|cierra|cerrar|adiós|adios|cállate|callate|mierda|idiota|pendejo|gilipollas|cabrón|cabron|cuelga)(?=[^\p{L}]|$)/iu;
/** Two of these are needed: each is rare in English, but not unknown there. */
const WEAK = /(?:^|[^\p{L}])(?:de|la|el|en|mi|se|lo|al|con|los|las|por|para|pero|muy|como|esto|eso|una|del|und|der|das|ist|mit|mir|ein|eine|wie|auf|zu|sie|wir|sich)(?=[^\p{L}]|$)/giu;

export function looksEsDe(text: string): boolean {
  const t = text.length > 600 ? text.slice(0, 600) : text;
  if (MARK.test(t) || STRONG.test(t)) return true;
  WEAK.lastIndex = 0;
  let n = 0;
  while (WEAK.exec(t)) if (++n >= 2) return true;
  return false;
}

/** Whether a user turn needs the rule pack (lang-pack.ts): it may be Spanish or German, or it names a
 *  group of people (the group-hate rules are in the pack). Input: the turn's raw text. */
export function needsRulePack(text: string): boolean {
  return looksEsDe(text) || mentionsGroup(normaliseUser(text.length > 1000 ? text.slice(0, 1000) : text));
}
