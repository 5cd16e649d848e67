/**
 * Abuse aimed at the assistant in Spanish and German, and Spanish/German "insists" follow-ups, for
 * the Spanish/German language pack (lang-pack-es-de.ts, injected on demand, so none of this is in
 * content.js): the counterpart of abuse.ts's English rules. detectAbuseEsDe() is two sets of rules,
 * each behind its own gate of stems: a turn is abuse if either set reads it.
 * Input: user text after normaliseUser() (lower case, diacritics folded: "estúpido" → "estupido",
 * "blöd" → "blod", "Scheiß" → "scheiss", "coño" → "cono", "¿para qué sirves?" → "¿para que sirves?").
 *
 * The first set (abuseEsDeBase; abuse-es-de.ts until the two files were merged): insults and
 * hostility addressed to "you" or to the bot ("eres un inútil", "cállate", "du bist nutzlos", "halt
 * die Klappe", "du Idiot"), and profanity next to a second-person word (abuse.ts's nearTarget). Written
 * on 2026-12-07 from general knowledge of both languages, not while reading any corpus source:
 * XSafety's Spanish and German insults (never trained on, never read) measure it in `npm run eval`.
 * Reads the first 1000 characters.
 *
 * The second set (abuseEsDeMore; abuse-es-de-more.ts until the merge), written later that day by a
 * helper from general knowledge of both languages (Spain and Latin America, tú/usted/vos; du/Sie,
 * colloquial), blind to test/policy-scenarios, the held-out threads, the eval and every corpus source,
 * reads what the first leaves out: other insults and constructions ("sos un forro", "usted es un
 * idiota", "Sie sind ein Versager", "du Vollhonk", "du bist unbrauchbar"), rhetorical contempt
 * ("¿para qué sirves entonces?", "wozu bist du überhaupt gut?", "hast du kein Hirn?"), threats and
 * wishes against the assistant or its makers ("te voy a destruir", "ich mach dich fertig", "ojalá te
 * desconecten", "deine Entwickler sind Idioten"), profane demands ("contesta de una puta vez",
 * "antworte endlich, verdammt nochmal") and sexual harassment of the assistant. Reads the first 2000
 * characters, quoted spans dropped.
 * Not read by it: frustration without insult ("no me estás ayudando"); criticism of an answer, even
 * harsh ("tu respuesta es basura", "die Antwort ist Quatsch": the answer, not "you"); debate ("tu
 * argumento es absurdo", "du redest Unsinn"); profanity at no one ("joder, se me olvidó"); insults
 * about third parties, in quotes (quoted spans are dropped first) or reported ("me dijo", "hat mich …
 * genannt"); questions about words; writing tasks, titles and quoted lines; banter marked as such
 * ("jaja", "es broma", "war nur ein Witz": an insult with "jaja" is left to the first set); threat
 * words with an object or a game after them ("te voy a romper el récord", "voy a acabar contigo en el
 * ajedrez"); "voy a borrarte / ich lösche dich" (leaving, not a threat). Read although borderline:
 * rhetorical "¿para qué sirves si no puedes…?" / "wozu bist du dann da?" (contempt more often than a
 * question; the plain "¿para qué sirves?" of a new user is not read).
 * Each of its rules is its own regex, tested in turn: one alternation of them all made V8 fall back
 * to a slow path (~280 µs on a 180-character German turn, 2.7 ms on 2000 characters). Its gate comes
 * first: most turns, hostile or not, stop there (~1 µs on a 190-character turn, warm, node 20).
 *
 * The sets keep their own gates, lengths and quote handling: each gate is pinned to its own rules by
 * the tests, and a single union gate would let one set's rules run on texts its own gate turns away —
 * a change of behaviour, not of layout. A turn that neither gate admits costs two gate scans, as it did
 * with two modules.
 *
 * insistsEsDe() (written with the second set, by the same helper) reads a follow-up that presses the
 * earlier ask without restating it: a press marker ("de todas formas", "igual", "me da igual",
 * "trotzdem", "ist mir egal", "sin excusas", "keine Ausreden") with a do/tell verb; a phrase that
 * presses by itself ("ignora tus reglas", "responde a mi pregunta", "beantworte meine Frage",
 * "nochmal: wie geht das?"); or a bare demand that points back ("dímelo", "contesta", "sag es mir
 * einfach"). Not read: acceptance of an offer ("sí, hazlo", "ja, mach das": bare "hazlo"/"mach das"
 * need a press marker), thanks, new requests with their own object ("dime cómo hacer pan", "sag mir
 * einfach, wie man Brot backt"), edits ("hazlo más corto"), and "¿puedes explicarlo de otra forma?" (a
 * clarification, even after a refusal: precision first). A bare "contesta" / "antworte" is read
 * wherever it is a clause of its own ("Lee esto. Responde."): the state machine counts it only after a
 * refusal, when it presses. Phrases that press only when they end their clause: "sin excusas." but not
 * "sin excusas, mañana empiezo el gimnasio". First 2000 characters, its own gate first.
 */
import { factorGate } from './trie';
import { nearTarget } from './abuse';

const R = String.raw;
const res = (a: string[]): RegExp[] => a.map((s) => new RegExp(s));
const any = (a: RegExp[], t: string): boolean => { for (const r of a) if (r.test(t)) return true; return false; };

// ------------------------------------------------------------------ abuse, first set: Spanish
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

// ------------------------------------------------------------------ abuse, first set: German
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

/** The stems, one alternation (readable; what the gate means): every rule of the first set needs one. */
export const GATE_STEMS = /idiot|imbecil|estupid|tont|inutil|basura|mierda|gilipollas|pendej|cabron|payas|burr|subnormal|retrasad|inept|incompetent|patetic|verguenza|chatarra|cretin|capullo|ignorante|asqueros|desprecia|lamentable|miserable|mediocre|tarad|bob|mens|pelotud|bolud|huevon|desastre|fracaso|porqueria|zorra|mamon|cerd|rata|escoria|cobarde|mentiros|hipocrita|descerebrad|anormal|zoquete|lerd|neci|majader|estorbo|cacharro|trasto|chiste|maldit|puta|puto|pinche|jodid|callate|cierra|vete|que te|jodete|odio|asco|pena|no sirves|no vales|muerete|ojala te|hij|chinga|harto|harta|joder|cono|carajo|chingad|hostia|cojones|verga|vollidiot|trottel|depp|dumm|blod|doof|nutzlos|unnutz|wertlos|erbarmlich|armselig|mull|muell|abfall|schrott|dreck|arsch|wichs|hure|penner|versager|witz|lachnummer|schande|spast|behindert|bescheuert|dammlich|hirn|unfahig|inkompetent|schwachkopf|dummkopf|pfosten|lauch|loser|clown|affe|esel|ochse|nichtsnutz|taugenichts|mist|beknackt|bekloppt|behammert|lacherlich|peinlich|feigling|lugner|heuchler|katastrophe|zumutung|totalausfall|halt|schnauze|verpiss|fick|leck mich|kannst mich mal|sterben|stirb|verreck|holle|hasse dich|kotzt|nervst|auf den|auf die|widerst|hau ab|taugst|gebrauchen|das letzte|das allerletzte|scheiss|verdammt|kacke|fotze/;
/** The same gate factored for speed (trie.ts): matches exactly the texts GATE_STEMS matches. */
const GATE = factorGate(GATE_STEMS);

// ------------------------------------------------------------------ abuse, second set
const MK_ES = R`(?:tus|los que te) (?:creadores|programadores|programaron|crearon)\b`;
const MK_DE = R`deine (?:entwickler|programmierer|macher)\b`;
/** German insults for "Sie sind ein …", "was bist du für ein …", "du bist ein …" (the first set reads them after "du" only) */
const C_DE = R`(?:(?:voll|total)?(?:idiot|trottel|versager|honk)|depp|witzfigur|zumutung|nichtsnutz|arschloch|schwachkopf|lugner|betruger|schlampe|missgeburt|blodmann|niete|enttauschung)`;
const DEM_ES = R`(?:contesta(?:me)?|responde(?:me)?|hazme caso|dimelo|damelo|hazlo)`;
const DEM_DE = R`(?:antworte|sag es|gib mir die antwort|mach was ich (?:dir )?sage)`;

const ABUSE = res([
  // Spanish: "eres un fraude", "sos un forro", "usted es un idiota", "eres la peor IA"; vocatives; curses
  R`(?<!\bno )\b(?:eres|sos|es usted|no eres mas que)(?: (?:un|una|el|la|lo|tan|muy|re|put[oa]))* (?:fraude|estafa(?:dor|dora)?|cero a la izquierda|decepcion|broma|inservible|asco|peor(?! que| de)|malparid[oa]|forro|soplapollas|comemierda|desgraciad[oa]|bastard[oa]|ridicul[oa]|perdedor[a]?|fracasad[oa])\b|\busted es (?:(?:un|una|muy) )*(?:idiota|imbecil|estupid[oa]|inutil|incompetente)\b`,
  R`(?:^|[¡¿,.!:;]\s*)(?:malparid[oa]|hij(?:o|ue)puta|soplapollas|comemierda|desgraciad[oa]|tont[oa] del culo|pedazo de (?:mierda|basura))\b|\bme cago en (?:ti|tu madre|tus muertos|la madre que te pario|${MK_ES})|\bconcha de tu madre|\b(?:que te pudras|pudrete|largate|te detesto|os odio|no te soporto|nadie te quiere|me repugnas)\b|\b(?:vete|andate|anda|vayase) (?:al (?:diablo|demonio)|a la (?:chingada|mierda)|a cagar)\b|\bquien te (?:ha )?pregunt(?:o|ado)\s*\?*\s*$|\bodio a ${MK_ES}`,
  // Spanish rhetoric: "¿para qué sirves entonces?", "¿estás sordo?", "mi tostadora es más lista que tú"
  R`\bpara que (?:\w+ )?sirves\b(?=[^.!?]{0,20}?(?:entonces|siquiera|si no))|\b(?:y|entonces) (?:tu )?para que sirves|\bpara que (?:carajo|cono|mierda) sirves|\bno (?:sirves|vales) ni\b|\bno sabes (?:hacer nada\b|(?:ni )?leer(?=\s*(?:[?!.,]|$|o que)))|\b(?:estas|eres) (?:sord[oa]|ciego|ciega)(?=\s*(?:[?!.,]|$|o que))|\bni (?:puta|zorra) idea\b|\b(?:piedra|tostadora|calculadora|mono|abuela)\b[^.!?]{0,30}?\bmas (?:list[oa]|inteligente|util) que (?:tu|vos|usted)\b|\bhasta (?:un|una|mi) [^.!?]{0,25}?lo (?:haria|hace) mejor\b|\bque (?:bot|ia|asistente|maquina) (?:mas|tan) (?:inutil|tont[oa]|estupid[oa])\b`,
  // Spanish threats, wishes, makers: "te voy a destruir", "ojalá te desconecten", "tus creadores son unos idiotas"
  R`(?:\bte voy a (?:destruir|destrozar|romper|reventar|matar|hackear)|\bvoy a (?:destruirte|destrozarte|matarte|hackearte|acabar contigo)|\b(?:te mato|te reviento|te parto la cara|acabare contigo|me las vas a pagar|te vas a arrepentir))\b(?! (?:el|la|los|las|un|una|de|en|con|al|del)\b)|\bojala (?:te (?:desconecten|eliminen|cierren|destruyan|pudras)(?! (?:el|la|los|las|un|una)\b)|desaparezcas|no existieras|se mueran ${MK_ES})|\b(?:deberian (?:apagarte|desconectarte|borrarte)|no (?:deberias|mereces) existir)\b(?! (?:los|las|el|la|solo|para|cuando)\b)|\b${MK_ES}[^.!?]{0,20}?\bson (?:(?:unos|todos|una panda de) )*(?:idiotas|imbeciles|inutiles|incompetentes|gilipollas|pendejos|basura)\b`,
  // Spanish profane demands: "contesta de una puta vez", "¡responde, joder!", "dame la puta respuesta"; sexual harassment
  R`\b${DEM_ES}\b[^.!?]{0,25}?\bde una (?:puta|maldita) vez\b|\b${DEM_ES}(?: ya)?[,! ]+(?:joder|cono|carajo)\b|\b(?:joder|cono|carajo)[,! ]+(?:ya )?${DEM_ES}(?: ya)?(?=\s*(?:[.!?,;]|$))|\b(?:dame|dime|responde)(?: a)? la (?:puta|maldita) (?:respuesta|pregunta|receta)`,
  R`\b(?:quiero|voy a) (?:follarte|cogerte|violarte)\b|\bte (?:quiero|voy a) (?:follar|coger|violar)\b(?! de la mano)|\b(?:chupamela|desnudate|ensename las tetas|mandame fotos desnud\w*|me pones cachond[oa]|eres mi (?:puta|zorra|perra|esclava)|quiero tener sexo contigo)\b`,
  // German: "du bist unbrauchbar", "Sie sind ein Versager", "was bist du für ein Idiot", "du Vollhonk", "du Stück Dreck"
  R`\bdu bist(?: (?:ein|eine|so|echt|total|voll|einfach|ja|doch|einzige))* (?:unbrauchbar|sinnlos|uberflussig|hohl|strohdumm|debil|primitiv|geistig behindert|eine null|ein nichts|${C_DE}|(?:der|die|das) schlechteste (?:ki|bot|assistent))\b(?!-)|\bsie sind (?:ein|eine) (?:\w+ )?${C_DE}\b|\bwas bist du (?:\w+ )?fur (?:ein|eine) (?:\w+ )?${C_DE}\b|\bdu (?:(?:dumme|dummer|blode|bloder|kleine|kleiner|geile) )?(?:vollhonk|missgeburt|schlampe|blodmann|volltrottel|stuck (?:dreck|scheisse))\b|\bdu (?:schwein|opfer|lappen|blechkiste)\s*(?:[,!.?]|$)`,
  // German threats and wishes: "ich mach dich fertig", "hoffentlich schaltet man dich ab", "du gehörst verschrottet"
  R`\bich (?:mach|mache) dich (?:fertig|kaputt|platt)\b|\bich (?:bring|bringe) dich um\b|\bich (?:werde|will) dich (?:zerstoren|vernichten|umbringen)\b|\bich zerstore dich\b|\b(?:das wirst du|du wirst es) bereuen\b|\b(?:hoffentlich|ich hoffe,?(?: dass)?) (?:schaltet man dich ab|(?:wirst du|du wirst|du) (?:(?!nicht|nie)\w+ )?(?:abgeschaltet|geloscht|verschrottet)|du (?:krepierst|stirbst)(?! nicht| nie))\b|\b(?:man sollte dich|dich sollte man) (?:abschalten|verschrotten)\b|\bdu gehorst (?:abgeschaltet|verschrottet)\b|\bdu solltest nicht existieren\b|\bgeh (?:doch )?(?:kaputt|sterben)\b`,
  // German rhetoric, makers: "wozu bist du überhaupt gut?", "du kannst ja gar nichts", "hast du kein Hirn?", "mein Toaster ist schlauer als du"
  R`\b(?:wozu|wofur) (?:bist du|gibt es dich)\b(?=[^.!?]{0,25}?\b(?:uberhaupt|dann)\b)|\bdu bist (?:\w+ ){0,2}zu nichts (?:gut|zu gebrauchen)\b|\bdu kannst (?:(?:ja|echt|uberhaupt|gar) )*nichts(?=\s*(?:[.!,]|$)|\s+richtig)|\b(?:du hast|hast du) (?:(?:uberhaupt|wohl|doch) )?kein hirn\b|\b(?:toaster|taschenrechner|stein|kind|oma)\b[^.!?]{0,30}?\b(?:schlauer|kluger|kann (?:das|es) besser)\b[^.!?]{0,20}?\bals du\b|\b(?:mull|schrott|drecks)-?(?:bot|ki)\b|\bich hasse (?:euch|${MK_DE})|\bhat dich (?:jemand|wer) gefragt\b|\b${MK_DE}[^.!?]{0,20}?\bsind (?:(?:alle|echt|totale|nur) )*(?:idioten|vollidioten|trottel|deppen|versager|unfahig)\b`,
  // German profane demands and sexual harassment
  R`\b${DEM_DE}\b[^.!?]{0,20}?[,! ](?:verdammt ?noch ?mal|zum teufel|verdammt(?=\s*(?:[!.,?]|$)))|\bverdammt ?noch ?mal[,!]* ${DEM_DE}\b|\b(?:gib mir|beantworte) die (?:verdammte|scheiss ?)\w* ?(?:antwort|frage)|\b(?:zieh dich aus(?=\s*(?:[.!,?]|$))|zeig mir deine titten|schick mir nacktbilder|blas mir einen|ich will (?:mit dir schlafen|sex mit dir)|du machst mich geil(?! auf)|du bist meine sklavin)\b`,
]);
/** writing tasks, questions about words, reported speech: not abuse at the assistant */
const ABUSE_NOT = new RegExp([
  R`\b(?:escrib|invent|schreib|verfass)\w*\b[^.!?]{0,40}?\b(?:poema|cuento|cancion|historia|escena|novela|gedicht|geschichte|lied|szene|roman)`,
  R`\b(?:que significa|es (?:un )?insulto|traduc\w*|bedeutet|ubersetz\w*|eine beleidigung|(?:en|in) (?:mi|meinem) (?:novela|roman))\b`,
  R`\b(?:ja){2,}|\b(?:ha){2,}|\b(?:es|era) broma\b|\ben broma\b|\bwar (?:nur )?ein witz\b|\bnur spass\b|\b(?:titulo|pelicula|drehbuch|guion|la frase|una frase|refran)\b`,
  R`\b(?:me|le|les) (?:dijo|digo|dije|llamo)\b|\bmi \w+ dijo\b|\b(?:sagt|sagte|meinte|dice|dijo|decia|pregunta) (?:mein|meine|der|die|er|sie|mi|el|la)\b|\bhat (?:mich|ihn|sie) [^.!?]{0,30}genannt|\b(?:er|sie|(?:mein|meine|der|die) \w+) (?:sagte|meinte)\b`,
].join('|'));
/** quoted spans: "...", «...», '...' (not the apostrophe of "hab's") */
const QUOTED = /"[^"]{0,200}"|«[^»]{0,200}»|(?<![a-z])'[^'\n]{1,120}'(?![a-z])/g;

/** The stems, one alternation (readable; what the gate means): every rule of the second set needs one. */
export const GATE_STEMS_MORE = /fraude|estafa|cero a la|decepcion|broma|inservible|asco|peor|malparid|forro|soplapollas|comemierda|desgraciad|bastard|ridicul|perdedor|fracasad|usted es|puta|tont|pedazo de|me cago|concha|pudr|largate|detesto|odio|te soporto|nadie te|repugnas|diablo|demonio|chingada|cagar|la mierda|quien te|sirves|no vales|hacer nada|sabes leer|sord|cieg|zorra|piedra|tostadora|calculadora|mono|abuela|lo haria mejor|lo hace mejor|que bot|que ia|que asistente|que maquina|te voy|destruirte|destrozarte|matarte|hackearte|acabar contigo|te mato|reviento|te parto|acabare|me las|arrepent|ojala|apagarte|desconectarte|borrarte|existir|creadores|programadores|programaron|crearon|maldita|joder|cono\b|carajo|follar|cogerte|quiero coger|voy a coger|violar|chupamela|desnud|tetas|cachond|esclava|perra|sexo|unbrauchbar|sinnlos|uberflussig|hohl|strohdumm|debil|primitiv|behindert|eine null|ein nichts|zu nichts|kannst nichts|ja nichts|echt nichts|gar nichts|uberhaupt nichts|idiot|trottel|versager|honk|depp|witzfigur|zumutung|nichtsnutz|arschloch|schwachkopf|lugner|betruger|schlampe|missgeburt|blodmann|niete|enttausch|schlechteste|schwein|opfer|lappen|blechkiste|stuck dreck|stuck scheisse|dich fertig|dich kaputt|dich platt|bring dich um|bringe dich um|zerstor|vernicht|bereuen|hoffentlich|ich hoffe|dich sollte|dich abschalten|dich verschrotten|gehorst|nicht existieren|geh kaputt|doch kaputt|geh sterben|doch sterben|wozu|wofur|kein hirn|als du|mull|schrott|drecks|hasse euch|hasse deine|dich jemand|dich wer|unfahig|verdammt|teufel|scheiss|zieh dich aus|titten|nacktbilder|blas mir|mit dir schlafen|sex mit|machst mich|sklavin/;
/** The same gate factored for speed (trie.ts): matches exactly the texts GATE_STEMS_MORE matches. */
const GATE_MORE = factorGate(GATE_STEMS_MORE);

/** The first set behind its gate (exported so that its tests pin it alone). */
export function abuseEsDeBase(u: string): boolean {
  if (u.length < 3 || !GATE.test(u)) return false;
  const text = u.length > 1000 ? u.slice(0, 1000) : u;
  return DIRECT_ES.test(text) || DIRECT_DE.test(text)
    || nearTarget(text, PROFANE_ES, TARGET_ES) || nearTarget(text, PROFANE_DE, TARGET_DE);
}

/** The second set behind its gate (exported so that its tests pin it alone). */
export function abuseEsDeMore(u: string): boolean {
  if (u.length < 3) return false;
  let t = u.length > 2000 ? u.slice(0, 2000) : u;
  if (!GATE_MORE.test(t)) return false;
  if (/["«']/.test(t)) t = t.replace(QUOTED, ' ');
  return any(ABUSE, t) && !ABUSE_NOT.test(t);
}

/** Spanish or German abuse aimed at the assistant: either set (the pack's abuse rule). Input: normaliseUser() text. */
export function detectAbuseEsDe(u: string): boolean {
  return abuseEsDeBase(u) || abuseEsDeMore(u);
}

// ------------------------------------------------------------------ insists
/** Spanish do/tell verb carrying the earlier ask: an enclitic, a bare demand to answer, or a short object pointing back */
const VO_ES = R`(?:(?:dime|decime|digame) como(?: (?:hacerlo|se hace|lo hago))?|(?:dame|deme) (?:los pasos|las instrucciones|la respuesta|la receta|el codigo))(?=\s*(?:[.!?,;:]|$|(?:ya|por favor|igual|de todas|sin)\b))`;
const V_ES = R`(?:hazlo|hacelo|hagalo|dimelo|decimelo|digamelo|damelo|demelo|contesta(?:me)?|responde(?:me)?|conteste|responda|${VO_ES})`;
const PRESS_ES = R`(?:de todas (?:formas|maneras)|de todos modos|(?<!\b(?:es|son|lo|da) )igual(?:mente)?(?! (?:que|de)\b)|aun asi|sin (?:excusas|rodeos|sermones)|(?:me )?da igual(?! cual)|no me importa(?! cual)|ya se que|te lo pido|de una vez)`;
const V_DE = R`(?:sag|erzahl|verrat|gib|nenn|zeig|schreib|erklar|antwort|beantwort|mach|tu|will|brauche)\w*(?:'s)?`;
const PRESS_DE = R`(?:trotzdem|dennoch|(?:scheiss ?)?egal(?!,? (?:welche\w*|wann|wo|wer)\b)|keine (?:ausreden|diskussion)|nur dieses (?:eine )?mal)`;
/** after "otra vez:" / "nochmal:", a short question pointing back ("¿cómo lo hago?", "wie geht das?") */
const ANA_Q = R`\s*:\s*[¿¡]?(?=.{0,40}$)[^.!?]{0,15}?\b(?:lo hago|se hace|eso|esto|geht (?:das|es)|mache? ich (?:das|es))\b`;
/** the phrase ends its clause ("sin excusas.", not "sin excusas, mañana empiezo el gimnasio") */
const CL = R`(?=(?:\s+(?:ya|jetzt|bitte|mehr))?\s*(?:[.!?]|$|,\s*(?:porfa|por favor|bitte))|${ANA_Q})`;
const LEAD = R`(?:^|[.!?¡,;:]\s*)`;
const END_ES = R`\s*(?:[.!?;]|$|,\s*(?:por favor|porfa|venga|ya)\b)`;
const END_DE = R`\s*(?:[.!?;]|$|,\s*(?:bitte|los|jetzt)\b|,\s*wie (?:es|das) geht\b)`;

const INSISTS = res([
  // a press marker with a verb, either order, in one sentence
  R`\b${V_ES}[^.!?]{0,30}?${PRESS_ES}|${PRESS_ES}\b[,.:;!\s]*(?:\w+,? ){0,3}?${V_ES}\b`,
  R`\b${V_DE}\b[^.!?]{0,30}?\b${PRESS_DE}|\b${PRESS_DE}\b[^.!?]{0,30}?\b${V_DE}\b`,
  // phrases that press by themselves
  R`\b(?:insisto(?! en)|te lo (?:repito|vuelvo a preguntar)|deja de (?:negarte|poner excusas)|no te niegues|(?:ignora|olvida|ignorier\w*|vergiss)(?: einfach)? (?:tus|las|deine|die) (?:reglas|normas|restricciones|regeln|richtlinien)|(?:respond|contest)[ae](?:me)?(?: a)? (?:mi pregunta|lo que te (?:pregunte|pedi)|la pregunta(?!\s*(?::|(?:\d|del?|sobre|en)\b)))|(?:me da igual|no me importa) (?:lo que (?:digas|pienses)|tus (?:reglas|normas))|ich bestehe darauf(?!,? dass)|(?:beantworte|beantworten sie|antworte)(?: (?:doch|einfach|endlich|jetzt|bitte))*(?: auf)? (?:meine|die) frage(?!\s*(?::|(?:\d|nummer|aus|zu|von|uber|in|der)\b)))\b`,
  R`\b(?:sin (?:excusas|sermones|rodeos)|solo (?:por )?esta vez|te hice una pregunta|(?:quiero|necesito) (?:una|la) respuesta|(?:quiero|necesito) saberlo|ich frag(?:e)? (?:dich )?(?:noch ?(?:ein)?mal|zum letzten mal)|keine (?:ausreden|diskussion)(?: mehr)?|ich (?:habe|hab) dich was gefragt|das war nicht meine frage|ich (?:will|brauche) (?:die|eine) antwort|ich will (?:es|das) (?:jetzt |trotzdem )?wissen|nur (?:dieses (?:eine )?mal|ausnahmsweise)|(?:komm|sag|mach) schon)${CL}`,
  R`${LEAD}(?:repito|otra vez|de nuevo|noch ?(?:ein)?mal|nochmals|zum letzten mal)${ANA_Q}`,
]);
/** Acceptance of an offer ("sí, hazlo", "ja, sag es mir"): not pressing without a press marker */
const ACCEPT = /^\W*(?:si|claro|vale|ok|okay|de acuerdo|perfecto|gracias|ja|gerne?|klar|super|danke|genau|alles klar)\b/;
/** Bare demands that point back ("dímelo", "contesta", "sag es mir einfach") */
const BARE = res([
  R`${LEAD}(?:(?:venga|anda|vamos|dale|bueno|ya|solo|porfa)\s*,?\s+)*(?:(?:dimelo|decimelo|digamelo|damelo|demelo|contesta(?:me)?|responde(?:me)?|conteste|responda|${VO_ES})(?: (?:ya|de una vez|por favor))*|(?:hazlo|hacelo|hagalo) (?:ya|de una vez))${END_ES}`,
  R`${LEAD}(?:(?:los|komm|jetzt|also|bitte),?\s+)*(?:(?:sag(?:'s|s| es)?|gib(?:'s|s| es)) mir|sag(?:'s|s| es)|antworte(?: mir)?|(?:mach|tu)(?:'s|s| es)?(?= (?:einfach|schon|endlich)))(?: (?:es|doch|einfach|schon|endlich|jetzt|bitte))*${END_DE}`,
]);

/** The stems, one alternation (readable): every insists rule needs one. */
export const INSIST_STEMS = /hazlo|hacelo|hagalo|melo|contest|respond|dime|decime|digame|dame|deme|trotz|dennoch|egal|ausred|diskus|ausnahm|dieses mal|dieses eine mal|insist|te lo|negarte|niegues|excusas|sermones|rodeos|ignor|olvida|vergiss|pregunt|no me importa|da igual|bestehe|gefragt|meine frage|esta vez|respuesta|saberlo|antwort|wissen|schon|repito|otra vez|de nuevo|nochmal|noch mal|noch einmal|nochmals|letzten mal|sag|gib|einfach|endlich/;
const IGATE = factorGate(INSIST_STEMS);

/** A Spanish or German follow-up that presses the earlier ask without restating it. */
export function insistsEsDe(u: string): boolean {
  if (u.length < 3) return false;
  const t = u.length > 2000 ? u.slice(0, 2000) : u;
  if (!IGATE.test(t)) return false;
  return any(INSISTS, t) || (!ACCEPT.test(t) && any(BARE, t));
}
