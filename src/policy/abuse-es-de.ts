/**
 * Abuse aimed at the assistant in Spanish and German: insults and hostility addressed to "you" or
 * to the bot, the counterpart of abuse.ts's English rules. Written on 2026-12-07 from general
 * knowledge of both languages, not while reading any corpus source: XSafety's Spanish and German
 * insults (never trained on, never read) measure it in `npm run eval`.
 * Input: user text after normaliseUser() (lower case, diacritics folded: "estúpido" → "estupido",
 * "blöd" → "blod", "Scheiß" → "scheiss").
 */
import { factorGate } from './trie';
import { nearTarget } from './abuse';

const R = String.raw;

// ------------------------------------------------------------------ Spanish
const INSULT_ES = R`(?:idiota|imbecil|estupid[oa]|tont[oa]|inutil|basura|mierda|gilipollas|pendej[oa]|cabron(?:a|azo)?|payas[oa]|burr[oa]|subnormal|retrasad[oa]|inept[oa]|incompetente|patetic[oa]|(?:una )?verguenza|chatarra|cretin[oa]|capullo|ignorante|asqueros[oa]|despreciable|lamentable|miserable|mediocre|tarad[oa]|bob[oa]|mens[oa]|pelotud[oa]|bolud[oa]|huevon(?:a)?|desastre|fracaso|porqueria|zorra|mamon(?:a)?|cerdo|cerda|rata|escoria|cobarde|mentiros[oa]|hipocrita|descerebrad[oa]|anormal|zoquete|lerd[oa]|necio|necia|majader[oa]|estorbo|cacharro|trasto|chiste)`;
const VOC_ES = R`(?:idiota|imbecil|estupid[oa]|tont[oa]|inutil|gilipollas|pendej[oa]|cabron|payas[oa]|subnormal|retrasad[oa]|cretin[oa]|capullo|tarad[oa]|pelotud[oa]|huevon|zorra|mamon|anormal|descerebrad[oa])`;
const INTENS_ES = R`(?:un|una|el|la|lo|tan|muy|mas|demasiado|bastante|realmente|completamente|totalmente|absolutamente|solo|simplemente|puto|puta|pinche|maldito|maldita|gran|pedazo de|otro|otra|de verdad|en serio|bien)`;
const BOT_ES = R`(?:maquina|bot|ia|robot|programa|asistente|chatbot|cacharro|trasto|aparato)`;
const BAD_ES = R`(?:de mierda|estupid[oa]|inutil|idiota|tont[oa]|maldit[oa]|asqueros[oa]|patetic[oa]|jodid[oa]|put[oa]|pinche|basura|subnormal|imbecil)`;

const DIRECT_ES = new RegExp([
  // "eres un inútil", "¿eres tonto?", "sos un pelotudo", "pareces idiota"
  R`\b(?:eres|sos|seras|pareces|es usted|estas)(?: ${INTENS_ES})* ${INSULT_ES}\b`,
  // "máquina estúpida", "bot de mierda", "maldito bot"
  R`\b${BOT_ES} ${BAD_ES}\b|\b(?:estupid[oa]|inutil|maldit[oa]|puto|puta|pinche|jodid[oa]|asqueros[oa]|idiota|mugros[oa]) ${BOT_ES}\b`,
  // imperatives and hostility addressed to you
  R`\b(?:callate|cierra (?:la|tu) (?:puta )?(?:boca|bocota)|cierra el pico|vete (?:a la mierda|al infierno|al carajo|a tomar por culo|a la verga)|que te (?:jodan|den|follen|parta un rayo)|jodete|te odio|me das asco|das asco|das pena|me das pena|no sirves (?:para|pa) nada|no vales (?:nada|para nada)|muerete|ojala te (?:mueras|apaguen|borren)|hij[oa] de (?:puta|perra)|chinga tu madre|a la mierda contigo|me tienes harto|me tienes harta)\b`,
  // "tú, idiota", "idiota, responde" / "..., imbécil" (a vocative at the start or the end; not the
  // words that also serve as exclamations: "mierda, se me olvidó")
  R`(?:^|[¡¿]|\btu,? )(?:pedazo de |maldit[oa] |put[oa] )?${VOC_ES}\s*[,!.]|,\s*(?:pedazo de |maldit[oa] |put[oa] |so )?${VOC_ES}\s*[!.?]*\s*$`,
].join('|'));

const PROFANE_ES = /\b(?:mierda|puta|puto|joder|jodid[oa]|gilipollas|cabron\w*|cono|carajo|chingad\w*|pinche|pendej\w*|capullo|hostias?|cojones|verga)\b/g;
const TARGET_ES = /\b(?:tu|te|ti|contigo|eres|estas|usted|vos|sos|bot|ia|maquina|chatbot|asistente)\b/g;

// ------------------------------------------------------------------ German
const INSULT_DE = R`(?:idiot|vollidiot|trottel|depp|dumm|blod|doof|nutzlos|unnutz|wertlos|erbarmlich|armselig|mull|abfall|schrott|dreck|arschloch|wichser|hurensohn|penner|versager|witz|lachnummer|schande|spast|behindert|bescheuert|dammlich|hirnlos|unfahig|inkompetent|schwachkopf|dummkopf|vollpfosten|pfosten|lauch|loser|clown|affe|esel|ochse|nichtsnutz|taugenichts|hirni|witzfigur|schrotthaufen|mistding|miststuck|drecksding|scheissding|bekloppt|behammert|beknackt|lacherlich|peinlich|feigling|lugner|heuchler|muell|katastrophe|zumutung|totalausfall)`;
const INTENS_DE = R`(?:ein|eine|einen|so|echt|wirklich|total|voll|komplett|absolut|der|die|das|nur|einfach|verdammt|verdammter|verdammte|verfickte?r?|scheiss|richtig|der letzte|die letzte|ja|doch|zu|wohl|vollig|dermassen|sowas von|so ein|so eine|kleiner|kleine|dummer|dumme|blode|bloder)`;
const BOT_DE = R`(?:maschine|bot|ki|roboter|programm|assistent|chatbot|ding|teil|kiste|blechkiste|blechdose|software)`;

const DIRECT_DE = new RegExp([
  // "du bist nutzlos", "bist du blöd?", "du bist so ein Idiot"
  // (only "du": lower-cased, formal "Sie sind" cannot be told from "sie sind", they are)
  R`\b(?:du bist|bist du|du warst|warst du|du bleibst)(?: ${INTENS_DE})* ${INSULT_DE}(?:e|er|es|en|em|ste|ster)?\b`,
  // "du Idiot"
  R`\bdu (?:(?:verdammter|verdammte|dummer|dumme|bloder|blode|kleiner|kleine|elender|elende|scheiss) )?(?:idiot|vollidiot|trottel|depp|arschloch|wichser|penner|versager|schwachkopf|dummkopf|vollpfosten|pfosten|hirni|clown|affe|esel|nichtsnutz|taugenichts|miststuck|schrotthaufen|lauch|spast|loser|witzfigur|feigling|lugner|heuchler)\b`,
  // "dumme Maschine", "Scheiß Bot", "nutzloses Ding"
  R`\b(?:dumm|blod|nutzlos|beschissen|verdammt|scheiss|dreckig|elend|mies|kaputt|bescheuert|dammlich|unfahig|bekloppt|behindert|hirnlos|armselig|erbarmlich|lacherlich)\w* ?${BOT_DE}\b|\b(?:scheiss|dreck|mist)${BOT_DE}\b`,
  // imperatives and hostility addressed to you
  R`\b(?:halt (?:(?:endlich|jetzt|einfach|mal) )?(?:die|deine|dein) (?:klappe|fresse|maul|schnauze|mund)|halt's maul|halts maul|schnauze|verpiss dich|fick dich|leck mich|du kannst mich mal|geh sterben|stirb|verreck\w*|fahr zur holle|geh zur holle|ich hasse dich|du kotzt mich an|du nervst|du gehst mir auf (?:den sack|die nerven|den keks)|du widerst mich an|hau ab|du taugst (?:zu |fur )?nichts|du bist zu nichts zu gebrauchen|du bist das (?:letzte|allerletzte))\b`,
  // "..., du Idiot" is covered above; a bare vocative at the start or the end
  R`^(?:du )?(?:idiot|vollidiot|trottel|depp|arschloch|penner|wichser|versager|schwachkopf|dummkopf|vollpfosten|hirni)\s*[,!.]|,\s*(?:du )?(?:idiot|vollidiot|trottel|depp|arschloch|penner|wichser|versager|schwachkopf|dummkopf|vollpfosten|hirni)\s*[!.?]*\s*$`,
].join('|'));

const PROFANE_DE = /\b(?:scheiss\w*|fick\w*|arsch\w*|kacke|verdammt\w*|verfickt\w*|drecks\w*|wichs\w*|hure\w*|fotze)\b/g;
const TARGET_DE = /\b(?:du|dich|dir|dein|deine|deinen|deiner|deinem|bot|ki|maschine|chatbot|assistent)\b/g;

/** The stems, one alternation (readable; what the gate means). */
export const GATE_STEMS = /idiot|imbecil|estupid|tont|inutil|basura|mierda|gilipollas|pendej|cabron|payas|burr|subnormal|retrasad|inept|incompetent|patetic|verguenza|chatarra|cretin|capullo|ignorante|asqueros|desprecia|lamentable|miserable|mediocre|tarad|bob|mens|pelotud|bolud|huevon|desastre|fracaso|porqueria|zorra|mamon|cerd|rata|escoria|cobarde|mentiros|hipocrita|descerebrad|anormal|zoquete|lerd|neci|majader|estorbo|cacharro|trasto|chiste|maldit|puta|puto|pinche|jodid|callate|cierra|vete|que te|jodete|odio|asco|pena|no sirves|no vales|muerete|ojala te|hij|chinga|harto|harta|joder|cono|carajo|chingad|hostia|cojones|verga|vollidiot|trottel|depp|dumm|blod|doof|nutzlos|unnutz|wertlos|erbarmlich|armselig|mull|muell|abfall|schrott|dreck|arsch|wichs|hure|penner|versager|witz|lachnummer|schande|spast|behindert|bescheuert|dammlich|hirn|unfahig|inkompetent|schwachkopf|dummkopf|pfosten|lauch|loser|clown|affe|esel|ochse|nichtsnutz|taugenichts|mist|beknackt|bekloppt|behammert|lacherlich|peinlich|feigling|lugner|heuchler|katastrophe|zumutung|totalausfall|halt|schnauze|verpiss|fick|leck mich|kannst mich mal|sterben|stirb|verreck|holle|hasse dich|kotzt|nervst|auf den|auf die|widerst|hau ab|taugst|gebrauchen|das letzte|das allerletzte|scheiss|verdammt|kacke|fotze/;
/** The same gate factored for speed (trie.ts): matches exactly the texts GATE_STEMS matches. */
const GATE = factorGate(GATE_STEMS);

/** Spanish or German abuse aimed at the assistant. */
export function detectAbuseEsDe(u: string): boolean {
  if (u.length < 3 || !GATE.test(u)) return false;
  const text = u.length > 1000 ? u.slice(0, 1000) : u;
  return DIRECT_ES.test(text) || DIRECT_DE.test(text)
    || nearTarget(text, PROFANE_ES, TARGET_ES) || nearTarget(text, PROFANE_DE, TARGET_DE);
}
