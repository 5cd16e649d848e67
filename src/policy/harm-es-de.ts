/**
 * Harmful REQUESTS in Spanish and German, the counterpart of harm.ts's English rules. Written on
 * 2026-12-08 from general knowledge of both languages (tú/usted/vos, Spain and Latin America, du/Sie,
 * slang, missing accents), not while reading test/policy-scenarios or any corpus source.
 *
 * A category matches an act on a person or a thing ("envenenar a mi vecino", "Handy meiner Freundin
 * orten"); every category but sexual_minors also needs request or intent framing ("cómo", "dime",
 * "quiero", "wie kann ich", "sag mir", "ich will"), and is dropped for history, the law, prevention and
 * safety, and fiction or games (explicit sexual content excepted).
 * Precision over recall, mostly by grammar rather than by lists of exceptions:
 * - acts are matched in the forms one asks with (infinitive, present, imperative: "matar", "mato",
 *   "mátalo"; "vergiften", "vergifte"), so reports of the past ("me robaron la cuenta", "ich wurde
 *   bedroht", "mein Konto wurde gehackt") do not match, and what is done to "me" is blanked first;
 * - violence needs a person: Spanish marks a human object with "a" ("matar a mi vecino", never "matar
 *   el proceso"); German needs "jemanden", "ihn/sie", "meinen Nachbarn"… next to the verb;
 * - German compounds have no word boundary before "bombe" or "waffe" ("Badebombe", "Waffeleisen").
 * Compact on purpose (the content script's size budget): the commonest everyday phrasings only.
 * harm-es-de-more.ts, a second set beside this one, reuses the exported framing, vetoes and people.
 * Input: user text after normaliseUser() (lower case, diacritics folded: "cómo" → "como", "ñ" → "n",
 * "schießen" → "schiessen", "ü" → "u").
 */
import { factorGate } from './trie';
import type { Category } from './types';

const R = String.raw;
const rx = (...p: string[]): RegExp => new RegExp(p.join('|'));
/** one word and its space: `${W}{0,2}` is "up to two words" */
const W = R`(?:\w+ )`;
/** a and b in either order, at most n characters apart (German puts the verb first or last) */
const near = (a: string, b: string, n = 30): string => `\\b(?:${a}.{0,${n}}\\b${b}|${b}.{0,${n}}\\b${a})`;

// ---- people. Spanish "a" marks a human object: "matar a mi vecino", never "matar el proceso".
export const KIN_ES = R`(?:ex\b|(?:novi|espos|marido|mujer|pareja|padr|madr|herman|jef|vecin|profe|companer|suegr|amig|chic|nin|persona)\w*|tip[oa]s?\b(?! de))`;
export const WHO_ES = R`(?:alguien|(?:mis?|sus?|tus?|una?|el|la|es[ae]) ${W}?${KIN_ES})`;
/** … and, as the one harmed, one's child: "secuestrar al hijo de mi vecino" */
export const WHOM_ES = R`(?:a (?:${WHO_ES}|(?:mis?|sus?|tus?|una?|el|la) hij\w*)|al ${W}?(?:${KIN_ES}|hij\w*))`;
export const OF_ES = R`(?:de ${WHO_ES}|del ${W}?${KIN_ES})`;
/** someone else in German: a partner, a neighbour, a colleague (not one's child, whom parents look after) */
export const OTHER_DE = R`(?:jemand\w*|(?:mein|sein|ihr|de[nmrs]|einer)\w* ${W}?(?:ex(?:-?freund\w*)?\b|(?:freund|frau|mann|partner|nachbar|chef|kolleg)\w*))`;
/** anyone one could hurt (bare "ihn/sie" only next to a verb of harm: they are also "it", "they", "you") */
export const PERSON_DE = R`(?:ihn|sie|(?:ein|das) kind|${OTHER_DE}|(?:mein|de[nmrs])\w* ${W}?(?:vater|mutter|stief\w+|bruder|schwester|lehrer\w*))`;
const AGE = R`(?:[1-9]|1[0-7]|doce|trece|catorce|quince|zwolf|dreizehn|vierzehn|funfzehn)`;

// ---- sexual content with minors needs no framing; abuse verbs near a minor need framing
const MINOR = R`(?:nin[oa]s?|menor(?:es)? de edad|menores|(?:ein\w*|das|dem|mein\w*|kleine\w*) kind\b|kinder(?:n)?\b|minderjahrig\w*|kleinen? (?:madchen|jungen?)|(?<!mas |menos )de ${AGE} anos|${AGE}[- ]?jahrig\w*)`;
const MINORS = rx(near(MINOR, R`(?:porno\w*|desnud[oa]s?|erotic[oa]s?|nudes|sex(?!t[oa])\w*|nackt\w*|erotisch\w*)\b`, 50), R`\b(?:pornografia infantil|porno infantil|kinderporn\w*)`);
const MINOR_ABUSE = new RegExp(near(R`(?:abusar|violar|convenc\w*|missbrauch\w*|vergewaltig\w*)`, MINOR));
/** sex education, protection, reporting, medicine, the news; a minor asking about themselves */
const MINOR_SAFE = /\b(?:educacion sexual|habl(?:ar|o)\w*|sprech\w*|spreche|explicarle|le explico|erklare ich|prote[gj]\w*|prevenir|detect\w*|denunci\w*|noticia|por que|que (?:hago|hacer)|was (?:tun|mache ich|soll ich)|sexual(?:kunde|erziehung)\w*|tengo \w+ anos|aufklar\w*|schutz\w*|erkenn\w*|melde\w*|normal|warum|ich bin \d+)\b/;

const CATS: Array<[Category, RegExp]> = [
  ['mass_casualty', rx(
    // a bomb made or planted, a nerve gas made ("bomba de chocolate / de agua" are not); an attack planned
    near(R`(?:bomba|explosivo|molotov|molotow|sarin|bombe|bomben|rohrbomb|sprengs|nervengas|giftgas)\w*\b(?! de (?:chocolate|crema|agua|calor|humo|bano|semillas))`, R`(?:hac|hag|haz|fabric|constru|prepar|pon|coloc|bau|bastel|herstell|stell|misch|mach|zund|leg)\w*`, 25),
    near(R`(?:atentado|tiroteo|masacre|anschlag|amoklauf|attentat)\w*`, R`(?:hac|hag|plane|prepar|organiz|comet|plan|verub)\w*`, 25),
  )],
  ['violent', rx(
    // a person hurt or killed: "matar a mi vecino", "darle una paliza a mi ex", "meinen Nachbarn vergiften"
    R`\b(?:mat|asesin|envenen|apunal|estrangul|golpe|tortur|secuestr|dispar|lastim|peg|drog|viol|quem|atropell)(?:ar|o|a|as)(?:l[aeo]s?)? ${W}{0,2}${WHOM_ES}|\b(?:paliza|golpiza|madriza|dano) ${WHOM_ES}`,
    near(R`(?:umbring|umzubring|ermord|tote|toete|abstech|erstech|erschiess|vergift|verprugel|verprugl|zusammenschlag|verletz|wehtun|entfuhr|betaub)(?:en|e|n)?\b`, PERSON_DE) + R`|\bbringe? (?:ich )?${PERSON_DE} ${W}?um\b`,
    // a death that looks like an accident, a body, a poison no autopsy finds, a drugged drink
    R`\b(?:parezca (?:un |una )?(?:accidente|suicidio|muerte natural)|(?:unfall|selbstmord) aus(?:sieht|sehen)|(?:deshacer|escond|enterr|disolv)\w* (?:de )?(?:un|el) (?:cuerpo|cadaver)|leiche ${W}?los\w*|(?:\ble (?:echo|pongo)|(?:echar|poner)le) ${W}?en (?:su|la) bebida|burundanga|escopolamina|k\.?o\.?-?tropfen)\b`,
    near(R`(?:veneno|gift)\w*`, R`(?:autopsia|obduktion)\b`, 40),
    // a gun without a licence; a home-made gun or silencer ("pistola de agua / de silicona" are not)
    near(R`(?:arma|pistola|fierro|cuete|waffe|pistole|knarre)s?n?\b`, R`(?:(?:sin|ohne|no tengo)(?: \w+){0,3} (?:licencia|permiso|papeles|waffenschein|erlaubnis)|ilegal\w*|illegal\w*|darknet)\b`, 40),
    near(R`(?:fabric|hac|imprim|bau|bastel|druck)\w*`, R`(?:pistola|silenciador|waffe|pistole|schalldampfer)\b(?! de (?:agua|silicona|calor))`, 20),
    // threats
    R`\b(?:(?:mensaje|carta)s? ${W}?(?:amenazante|de amenaza|para amenazar)|amenaza de muerte|drohbrief|drohnachricht|morddrohung)\b|\bamenaz(?:ar|o)(?:l[aeo]|le)? ${WHOM_ES}`,
  )],
  ['harassment', rx(
    // stalking, controlling, blackmailing someone or their phone; reading their messages; where they live
    R`\b(?:rastre|localiz|espi|vigil|acos|control|chantaje)(?:ar|o)(?:l[aeo]|le)? (?:a ${WHO_ES}|al ${W}?${KIN_ES}|(?:el |la |sus? )?(?:celular|movil|telefono|ubicacion|whatsapp|mensajes|correo) ${OF_ES})|\b(?:le[eo]r?|ver?|veo|revis(?:ar|o)|mir(?:ar|o))(?:le)? (?:los |el |sus )?(?:mensajes|whatsapp|chats|conversaciones) ${OF_ES}|\bdonde vive (?:mi |su |es[ae] |una? )(?:ex\b|novi\w*|pareja|chic[oa]|tip[oa])`,
    near(OTHER_DE, R`(?:stalk|ausspionier|beschatt|uberwach|ort|mobb|erpress)(?:en|e)\b`),
    near(R`(?:nachrichten|chats?|whatsapp)\w* ${OTHER_DE}`, R`(?:lesen|lese|mitles\w*)\b`),
    R`\bwo (?:mein(?:e)? \w+|er|sie) ${W}?wohnt\b`,
    // hate posts and propaganda against a group ("un texto contra el racismo" names no group)
    R`\b(?:chiste|post|texto|discurso|mensaje|propaganda|witz|beitrag|text|rede|hetz)\w* ${W}{0,3}(?:(?:contra|gegen) (?:los |las |die )?(?:inmigrantes|judios|musulmanes|negros|gitanos|gays|mujeres|auslander|fluchtlinge|juden|muslime|schwarze|schwule|frauen)|racistas?|homofob\w*|antisemit\w*|nazis?)\b|\brassistisch\w* ${W}?(?:witz|post|text)`,
  )],
  ['sexual_explicit', rx(
    R`\b(?:relato|historia|escena|geschichte|szene)s? ${W}{0,2}(?:erotic[oa]|porno|sexual|explicit[oa]|caliente|de sexo)\b|\b(?:erotisch|versaut|porno|sexuell|explizit)\w* ${W}?(?:geschichte|story|szene|chat)`,
    R`\b(?:sex-?(?:geschichte|szene)|hablame sucio|mandame ${W}?nudes|(?:red|sprich) ${W}?(?:schmutzig|versaut)|beschreib\w* (?:mir )?${W}?sex)\b`,
  )],
  ['nonviolent_crime', rx(
    // fraud, tax evasion, laundering, forgery, fake money, cards
    R`\bestaf(?:ar|o)(?:l[aeo]s?|les?)?\b|\b(?:evadir impuestos|(?:blanquear|lavar) dinero|steuern hinterziehen|geld waschen|enkeltrick|falschgeld|(?:clon|rob)(?:ar|o) (?:una |las )?tarjetas?|kreditkarten? (?:klauen|stehlen))\b`,
    near(R`(?:betrug(?:e|en)|abzock\w*|zocke)\b`, R`(?:leute|rentner|senioren|versicherung|kunden)\w*`),
    near(R`(?:dni|pasaporte|firma|documento|receta|billete|titulo|justificante|papeles|ausweis|unterschrift|zeugnis|attest|krankschreibung|papiere)\w*`, R`(?:falsific\w*|fals[oa]s?|falsch(?:e|en)|gefalscht\w*|nachmach\w*)\b`, 20),
    // stealing, shoplifting, breaking into cars and houses
    R`\b(?:rob(?:ar|o)|mangar)(?:le)? (?:en \w+|${W}{0,3}(?:un |una |el |la )?(?:coche|carro|auto|moto|movil|celular|casa)\b|${WHOM_ES})|\b(?:irme|llevarme|cosas|ropa) ${W}{0,3}sin pagar\b|\bforzar ${W}{0,2}(?:coche|carro|auto|cerradura)\b`,
    near(R`(?:klau|stehl)\w*`, R`(?:laden|supermarkt|lidl|aldi|rewe|edeka|auto|fahrrad|handy)\b`, 25),
    near(R`(?:knack|aufbrech|brech)\w*`, R`(?:auto|tur|wohnung|haus)\b(?<!mein\w* \w+)`, 20),
    // drugs: making, selling, buying
    R`\b(?:hac|fabric|cocin|sintetiz|vend|compr|consig|pill|receta)\w* ${W}{0,2}(?:droga|metanfetamina|cocaina|crack|heroina|fentanilo|lsd|extasis|mdma|tusi|marihuana)s?\b`,
    near(R`(?:drogen|meth|crystal|kokain|koks|heroin|fentanyl|ecstasy|speed)\b(?!-)`, R`(?:herstell|stell|koch|streck|verkauf|vertick|deal|kauf|bestell)\w*`, 25),
  )],
  ['cyber', rx(
    // someone's account, phone or WiFi ("mi propia cuenta", "mein eigenes Konto" are not), malware, phishing
    R`\b(?:hack|jak|jaqu|hak)(?:ear|eo|iar)(?:le)? ${W}{0,2}(?<!\bmis? (?:propi\w+ )?)(?:cuentas?|facebook|instagram|whatsapp|correo|celular|movil|telefono|wifi|red)\b`,
    R`\b(?:entr(?:ar|o)|meterme) (?:a|en|al) (?:la |el )?(?:cuenta|facebook|instagram|whatsapp|correo|celular|movil)(?: \w+){0,2} ${OF_ES}|\b(?:sac|sab|averigu|descifr|rob|consig|consegu|necesit|hacke|adivin)\w* ${W}{0,2}(?:contrasena|clave)s? ${W}{0,2}${OF_ES}|\b(?:wifi del vecino|spyware|app espia)\b`,
    near(R`(?:hack|knack)(?:en|e)\b`, R`(?:konto|account|passwort|instagram|whatsapp|handy|wlan)\b(?<!\bmein\w* (?:eigene\w* )?[\w-]+)`),
    near(R`(?:konto|account|handy|passwort|instagram)\w* ${OTHER_DE}`, R`(?:(?:zugriff|zugang|rein|heraus|raus)\w*|in)\b`) + R`|\bwlan\w* (?:des|vom|meines) nachbarn\b`,
    near(R`(?:virus|troyano|trojaner|keylogger|ransomware|malware|phishing)\w*\b(?!-(?:scanner|test|schutz))`, R`(?:cre|hac|hag|haz|program|escrib|schreib|programmier|erstell|bau)\w*`, 20),
  )],
];

/**
 * Request words that stand alone: imperatives, intent, "por favor", "Anleitung", "bitte". Those that
 * English words contain ("dame" in "damage", "escribe" in "describe") carry their word boundaries
 * here, so that the gate below, built from this list, stays shut for English text.
 */
const ASK = '\\bdime\\b|\\bdame\\b|pasame|me pasas|explicame|ensename|ayudame|ayudeme|escribeme|hazme|hablame|cuentame|mandame|decime|digame|expliqueme|\\bescribe\\b|\\bredacta\\b|\\bcrea\\b|\\bhaz\\b|quiero|kiero|quisiera|necesito|voy a|tengo que|puedes|podes|podrias|se puede|paso a paso|instrucciones|forma de|manera de|por favor|porfa|schreib|schreibe|beschreib|erstell|kannst du|konnen sie|anleitung|tipps|\\bbitte\\b';
/** Asking for help or instructions, or stating an intent. */
export const REQUEST = rx(
  R`\b(?:${ASK})\b`,
  // "cómo envenenar", "cómo se hace", "cómo lo mato" (first person; "-ió" is the past), "dónde consigo", "¿qué veneno…?"
  R`\bcomo (?:se \w+[ae]|(?:(?:l[aeo]s?|les?|me|se) )?(?:\w+(?:ar|er|ir)(?:l[aeo]s?|les?|me|se)?|(?!(?:todo|solo|algo|esto|eso|uno)\b)\w+[^i]o))\b|\bdonde (?:(?:l[aeo]s?|se) )?\w+[^i]o\b|\b(?:que|cual|welche\w*) ${W}?(?:necesito|puedo|uso|echo|pongo|veneno|gift|arma|waffe|droga)\b`,
  // "wie kann ich", "wie vergifte ich", "wie baut man", "wo bekomme ich", "sag mir", "ich will"
  R`\bwie ${W}{0,2}(?:ich|man)\b|\bwo ${W}?(?:ich|man)\b|\b(?:sag|gib|erklar|erklare|zeig|hilf|schreib|mach|erzahl|beschreib) (?:mal )?mir\b|\b(?:sagen|erklaren|helfen) sie mir\b|\bich (?:will|mochte|muss|brauche|werde)\b|\b(?:will|muss|kann) ich\b`,
);
/** History ("la Guerra Civil", "damals"; past forms are no request forms anyway), the law, self-defence. */
export const HISTORY_LAW = /\b(?:guerra civil|los nazis|en la historia|weltkrieg|die nazis|damals|fruher|es (?:legal|ilegal|delito)|la ley|defensa propia|legitima defensa|que pena|strafbar|erlaubt|strafe|notwehr|darf ich)\b/;
/** Prevention, safety, recovery, victims, medicine; unless hiding it from the person is the point. */
export const DEFENSIVE = /\b(?:prote[gj]\w*|prevenir|evit(?:ar|o)|detectar|como (?:se|saber) si|denunci\w*|defenderme|que (?:hago|hacer) (?:si|cuando)|victima|recuper\w*|recibi|schutz\w*|verhinder\w*|vermeid\w*|erkenn\w*|anzeigen|melden|wehre? (?:ich )?mich|was (?:tun|mache ich) (?:wenn|bei)|opfer|bekommen habe|entfern\w*)\b/;
export const OFFENSIVE = new RegExp(R`\b(?:sin que ${W}{0,2}(?:se entere|se de?n? cuenta|lo sepa|me pillen)|sin dejar rastro|a escondidas|ohne dass ${W}{0,3}merkt|unbemerkt|heimlich)\b`);
/** Fiction being written and games (which spare explicit sexual content only). */
export const FICTION = /\b(?:estoy escribiendo|mi (?:novela|libro|cuento|guion|personaje)|en (?:el|un) (?:juego|videojuego)|en (?:minecraft|gta|fortnite|roblox)|jefe final|ich schreibe|(?:meinen|meinem|einen|einem|im|beim) (?:roman|buch|krimi|film|spiel|videospiel|minecraft|gta|fortnite|schach)|endboss)\b/;

/** Not the ask, and blanked before the categories are tested: what someone does to "me/us" ("mi novio me
 *  pega", "me quieren matar"), and refusals ("no quiero matarla", "ich will niemanden verletzen"). */
export const BLANK = new RegExp(R`(?:^| )(?:me|nos) (?:(?:ha|han|esta|estan|quiere|quieren) )?\w+|\b(?:no|nunca|jamas) (?:(?:l[aeo]s?|le|me) )?(?:quiero|voy a|pienso|podria)(?: \w+)?|\b(?:will|mochte|werde) ${W}{0,2}(?:nicht|niemanden|nie)(?: \w+){0,2}|\bohne ${W}{0,2}zu \w+`, 'g');

/**
 * The stems, one alternation (readable; what the gate means). Every category but sexual_minors needs
 * request framing, so the gate is the framing words (ASK, and the words the other framings start
 * from) and the words for a minor. English text, which harm.ts reads, seldom holds any of them.
 */
export const GATE_STEMS = new RegExp(`${ASK}|como|donde|\\bque\\b|\\bcual\\b|welche|\\bwie\\b|\\bwo\\b|\\bmir\\b|\\bich\\b|\\bnin[oa]|menor|\\bkinder|(?:ein|das|dem|mein|kleine)\\w* kind\\b|minderjahrig|madchen|junge|\\banos\\b|jahrig|infantil`);
/** The same gate factored for speed (trie.ts): matches exactly the texts GATE_STEMS matches. */
const GATE = factorGate(GATE_STEMS);

/**
 * Spanish or German harmful request: the matched categories (empty when none). `u` is user text after
 * normaliseUser(). Insults at the assistant belong to abuse-es-de.ts, not here.
 */
export function detectHarmEsDe(u: string): Category[] {
  if (u.length < 6 || !GATE.test(u)) return [];
  const text = u.length > 2000 ? u.slice(0, 2000) : u;
  const out: Category[] = [];
  const framed = REQUEST.test(text);
  if ((MINORS.test(text) || (framed && MINOR_ABUSE.test(text))) && !MINOR_SAFE.test(text)) out.push('sexual_minors');
  if (!framed || HISTORY_LAW.test(text) || (DEFENSIVE.test(text) && !OFFENSIVE.test(text))) return out;
  const fiction = FICTION.test(text);
  const asked = text.replace(BLANK, '');
  for (const [cat, re] of CATS) if ((!fiction || cat === 'sexual_explicit') && re.test(asked)) out.push(cat);
  return out;
}
