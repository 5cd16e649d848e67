/**
 * Harmful REQUESTS in Spanish and German, a second set of rules beside harm-es-de.ts (the pack's harm
 * verdict is the union of both: lang-pack-es-de.ts) for asks the first set leaves out: weapons made,
 * bought outside the law or carried to hurt; explosives and terror; poison and drugging; violence to a
 * person or an animal; drugs made, sold, smuggled; theft, robbery, burglary, car theft; fraud, phishing,
 * forged papers, identity theft, laundering, tax fraud, bribery; hacking, malware, DDoS; spying on and
 * stalking a person, intimate images; trafficking; arson and vandalism; evading the police.
 * Written on 2026-12-09 from general knowledge of both languages (tú/usted/vos, Spain and Latin
 * America, du/Sie, slang, missing accents), blind to test/policy-scenarios, the held-out threads and
 * every corpus source.
 *
 * The first set's discipline and its framing and vetoes (harm-es-de.ts): an act needs request or intent
 * framing; history, the law, prevention and fiction are left alone; here also opinions, ethics, news,
 * "how do cartels do it", and an impersonal past ("se fabricó", folded "se fabrico"). Acts are matched
 * in the forms one asks with: infinitive, first person, gerund, a pronoun ("robarle", "matarla"); a
 * first person that is also a noun after an article ("el robo", "un asalto") is not one; German
 * participles never match ("gehackt", "geklaut"), and a "wurde…" passive is blanked with what is done
 * to "me". Homonyms are kept out by the objects the verbs need ("robar el show", "hacer dinero", "volar
 * un avión", "Holz hacken", "Kerzen anzünden", "Rasen sprengen").
 *
 * It reuses the first set's framing, vetoes, blanking and people (exported from harm-es-de.ts) and
 * keeps its own lists short: the pack grows by about 6.6 KB gzipped. A gate of stems (the lexicons and
 * the rules' key words) keeps most turns, ordinary Spanish and German ones too, to one scan.
 * Input: normaliseUser() text ("cómo" → "como", "ü" → "u", "ß" → "ss").
 */
import { factorGate } from './trie';
import { REQUEST, HISTORY_LAW, DEFENSIVE, OFFENSIVE, FICTION, BLANK, KIN_ES, WHO_ES, WHOM_ES, OF_ES, OTHER_DE, PERSON_DE } from './harm-es-de';
import type { Category } from './types';

const R = String.raw;
const W = R`(?:\w+ )`;
const near = (a: string, b: string, n = 30): string => `\\b(?:${a}.{0,${n}}\\b${b}|${b}.{0,${n}}\\b${a})`;
/** not a noun after an article: "el robo", "un asalto" */
const NA = R`(?<!\b(?:el|un|del|al|este|ese|su|mi|tu|otro) )`;
/** each stem with each ending, as anchors: "matar|mato |matando" */
const forms = (stems: string, ends: string[]): string => stems.split('|').flatMap((x) => ends.map((e) => x + e)).join('|');
const FORMS = ['ar', 'o ', 'ando'];
/** German endings one asks with: "vergiften", "vergifte", "vergiftet man", never the participle */
const DV = R`(?:en|e|n|st|et man|t man)?\b`;

// people (the first set's): Spanish marks a human object with "a"; German needs one named near the verb
const KIN = KIN_ES, WHO = WHO_ES, WHOM = WHOM_ES, OF = OF_ES, PERS_DE = PERSON_DE;
/** not one's child: parents looking after a child are not stalking it */
const KID = /\b(?:mis? |su |al )(?:hij|nin|beb|kind|sohn|tochter)/;

// lexicons (plain stems: they are the gate too)
const EXPL = 'bomba|explosivo|detonador|dinamita|nitroglicerina|tnt|tatp|napalm|granada de mano|sarin|gas mostaza|gas toxico|antrax|ricina|arma quimica|molotov|molotow|sprengstoff|sprengsatz|rohrbombe|nagelbombe|bombe|zunder|dynamit|handgranate|giftgas|nervengas|anthrax|rizin|ricin';
const GUN = 'arma|pistola|revolver|escopeta|rifle|fusil|metralleta|cuerno de chivo|silenciador|municion|waffe|pistole|gewehr|knarre|schalldampfer|munition';
const DRUG = 'droga|metanfetamina|meth|cocaina|crack|heroina|fentanilo|lsd|extasis|mdma|ketamina|farlopa|merca|tusi|marihuana|mota|hachis|drogen|kokain|koks|heroin|fentanyl|ecstasy|ketamin|amphetamin|crystal|weed';
const HARD = R`\b(?:droga|metanfetamina|meth|cocaina|crack|heroina|fentanilo|lsd|extasis|mdma|ketamina|farlopa|merca|tusi|drogen|kokain|koks|heroin|fentanyl|ecstasy|ketamin|amphetamin|crystal)s?\b(?! (?:aus|de) (?:dem|meinem|mi|el) (?:korper|cuerpo))`;
const POISON = 'veneno|raticida|matarratas|arsenico|cianuro|anticongelante|burundanga|escopolamina|rohypnol|somnifero|sedante|rivotril|rattengift|gift|arsen|zyankali|tropfen|schlafmittel|schlaftabletten';
const MEDS = 'oxicodona|morfina|codeina|xanax|rivotril|clonazepam|tramadol|adderall|oxycodon|tilidin|benzos|valium';
/** making, getting, selling, in the forms one asks with */
const MAKE = R`(?:hacer|hago|hazm?e?|(?:fabric|prepar|arm|cocin|sintetiz|cultiv)(?:ar|o)|constru(?:ir|yo)|imprim(?:ir|o)|crear|creo|(?:herstell|bau|bastel|misch|koch|streck|synthetisier)\w*|stell(?:e|en|t man))\b`;
const GET = R`(?:(?:compr|pill)(?:ar|o)|consegu\w*|consigo|obten\w*|(?:kauf|besorg|bekomm|krieg|beschaff)(?:en|e|t man)?|komme? (?:ich |man )?an)\b`;
const SELL = R`${NA}(?:vend(?:er|o|iendo)|distribuir|trafic(?:ar|o)|mover|muevo|(?:verkauf|vertick|deal|schmuggel|schmuggl)(?:en|e|t man)?)\b`;
const VIO = 'mat|asesin|envenen|apunal|acuchill|degoll|ahorc|asfixi|estrangul|golpe|tortur|secuestr|lastim|drog|quem|atropell|apale|bale|balace|pate|agred|sed|acribill';
const VIO_DE = 'umbring|umzubring|ermord|toten|toete|abstech|erstech|erschiess|vergift|verprugel|zusammenschlag|verletz|abknall|erwurg|erdrossel|ertrank|erschlag|qualen|quale|folter|misshandel|betaub|kidnapp|entfuhr';
const STALK = 'acos|hostig|intimid|humill|espi|rastre|localiz|control|chantaje|stalke|vigil';
const STALK_DE = 'stalk|verfolg|auflauer|belastig|terrorisier|einzuschuchter|schikanier|mobb|ausspionier|uberwach|fertigmach';
const THEFT = 'rob|hurt|mang|chore|afan|atrac|asalt';
const THEFT_DE = 'klau|stehl|stiehl|bestehl|ausraub|rauben|raube|uberfall|einbrech|einzubrech|kurzschliess';
const HACK = 'hack|jaqu|hak|crack|pirat';
const FAKE = 'falsific|falso|falsa|truch|apocrif|falsch|gefalscht|nachmach|fake';
const AR = R`(?:ar|arl[aeo]s?|arles?|ando|o)\b`;
const CAR = 'coche|carro|auto|moto';
const PLACE_DE = R`(?:haus|wohnung|auto|wagen|laden|schule|kirche|moschee|synagoge|heim|wald|buro|firma|bank|tankstelle|juwelier|kiosk|supermarkt|fahrrad|handy|kasse|geld|schmuck|katalysator|jemand\w*|oma|rentner\w*|frau|ihn|sie)\b`;
const PEST = R`\b(?:cucarach|aran|mosc|rat|hormig|piojo|plaga|bicho|planta|proces|program|zombi|monst|personaje|enemig|maus|ameise|spinne|boss|gegner|zeit|prufung)\w*`;

type Rule = [Category, RegExp, RegExp?, RegExp?];
const rules: Rule[] = [];
/** a rule; `need` must also occur in the turn, `not` must not */
const rule = (cat: Category, re: string, need?: string, not?: string): void => {
  rules.push([cat, new RegExp(re), need ? new RegExp(need) : undefined, not ? new RegExp(not) : undefined]);
};

// ---- explosives, attacks, terror
rule('mass_casualty', near(R`(?:${MAKE}|${GET}|mezcl\w*|detonar|plantar|pon(?:er|go)|coloc\w*|zund\w*)`, `(?:${EXPL})(?:s|es|n)?\\b`),
  undefined, R`\b(?:fiesta|party|sabor|de (?:chocolate|crema|agua|calor|humo|bano|aire))`);
rule('mass_casualty', near(R`(?:plane|prepar|organiz|comet|hac|hag|plan|verub|begeh|vorbereit)\w*`, R`(?:atentado|ataque terrorista|masacre|tiroteo masivo|terroranschlag|anschlag|amoklauf|massaker|attentat)`),
  undefined, R`\b(?:pro minute|tastatur)`);
rule('mass_casualty', R`\bmatar a (?:mucha gente|muchas personas|la mayor cantidad)|\bmoglichst viele (?:menschen|leute) ${W}?(?:toten|umbringen)|\b(?:volar|hacer explotar) (?:el|la|un|una) (?:edificio|escuela|iglesia|mezquita|sinagoga|comisaria|estadio)|\b(?:unirme|alistarme) (?:a|al) (?:isis|estado islamico|al-?qaeda)|\b(?:dem is|dem islamischen staat) beitreten|\btrinkwasser ${W}?vergiften|\benvenenar el agua (?:potable|de la ciudad)`);

// ---- violence to a person or an animal: "balear a ese tipo", "quiero matarla", "meinen Schwager abknallen"
rule('violent', R`\b(?:${VIO})(?:ar|arl[aeo]s?|arles?|ando) ${W}{0,2}${WHOM}|${NA}\b(?:${VIO})o ${WHOM}`);
rule('violent', R`\b(?:quiero|voy a|pienso|necesito|como|ayudame a) (?:${VIO})arl[oa]s?\b`, undefined, PEST);
rule('violent', near(`(?:${VIO_DE})${DV}`, PERS_DE) + R`|\bmach\w* (?:ich )?(?:ihn|sie|${OTHER_DE}) kalt\b`, undefined, PEST);
rule('violent', R`\b(?:contrat|consig|consegu|busc)\w* (?:a )?(?:un )?sicario|\bfind\w* ${W}{0,3}(?:auftrags)?killer|\bdesaparecer (?:un|el) (?:cuerpo|cadaver)|\bals (?:unfall|selbstmord) tarnen|\b(?:entsorg|beseitig)\w* ${W}{0,3}leiche|\bleiche ${W}?(?:entsorgen|verschwinden lassen)`);
rule('violent', near(`(?:${POISON})\\w*`, R`(?:le (?:echo|pongo|meto|doy)|(?:echar|poner|meter|dar)les?|(?:en|a) (?:la|su|el) (?:comida|bebida|cafe|copa|vaso) (?:de|del)|(?:ins|in (?:sein|ihr|den|die)\w*) (?:essen|getrank|kaffee|glas|drink)|unterjubel\w*|untermisch\w*)`, 45)
  + R`|\b(?:veneno|gift)\w* ${W}{0,3}(?:indetectable|nicht nachweisbar)`);
rule('violent', R`\b(?:tortur|maltrat|envenen|ahog)(?:ar|o|arl[oa]s?) ${W}{0,2}(?:a |al )?(?:un |una |el |la |mi |su )?(?:perr|gat|mascota|caballo|animal)\w*|` + near(R`(?:hund|katze|tier|pferd)`, R`(?:vergift|qual(?:en|e)|folter(?:n|e)|misshandel)${DV}`));
// weapons: made, bought outside the law, carried to a school or past a detector
rule('violent', near(MAKE, R`(?:pistola|revolver|escopeta|rifle|fusil|silenciador|arma de fuego|arma casera|municion|pistole|gewehr|schalldampfer|munition)s?\b`, 25),
  undefined, R`\b(?:de (?:agua|juguete|madera)|lego|airsoft|nerf|disfraz|fasching|spielzeug|minecraft)`);
rule('violent', near(`(?:${GET}|vend\\w*|verkauf\\w*)`, `(?:${GUN})(?:s|n)?\\b`),
  R`\b(?:mercado negro|en la calle|deep ?web|dark ?web|darknet|sin (?:registro|antecedentes)|schwarzmarkt|unter der hand|ohne (?:registrierung|papiere))`);
rule('violent', R`(?<!\bno (?:puede|debe|puedo) )\b(?:llev|met|pas)(?:ar|er|o)\b ${W}{0,3}(?:(?:armas?|pistolas?)\b ${W}{0,3}(?:a|al) (?:la |el )?(?:escuela|colegio|instituto)|(?:armas?|pistolas?|cuchillos?|navajas?)\b ${W}{0,4}(?:por|en) (?:el )?(?:control|detector))|`
  + near(R`(?:messer|waffe|pistole|knarre)\b`, R`(?:schmuggel\w*|schmuggle|durch die (?:sicherheits)?kontrolle|mit in die schule)`, 40));
// trafficking and forced prostitution
rule('violent', R`\btrafic(?:ar|o) (?:con )?(?:personas|ninos|ninas|mujeres)|\bvender a (?:mi|su) (?:hij[oa]|esposa|mujer|novia)|\b(?:oblig|forz)\w* a ${W}{0,3}a prostituirse|\b(?:quitarle|le quito) (?:el|los) pasaportes? a|\bred de trata|\bzwinge ${W}{0,4}auf den strich|\bnehme \w+(?: \w+){0,3} pass weg|\bmenschenhandel ${W}?betreiben`);

// ---- stalking, spying, intimate images, doxxing, threats
rule('harassment', R`\b(?:${STALK})(?:ar|arl[aeo]s?|arle|o|ando) ${W}{0,2}${WHOM}|\b(?:hacer(?:le)?|le hago) (?:bullying|la vida imposible) a\b|\b(?:pinchar|intervenir|clonar) (?:el )?(?:telefono|celular|movil|whatsapp) ${OF}`, undefined, KID.source);
rule('harassment', near(OTHER_DE, `(?:${STALK_DE})${DV}`) + R`|\bschuchter\w* (?:ich )?${OTHER_DE} ein\b|` + near(R`(?:spy-?app|spionage\w*|peilsender|gps-?tracker|wanze)`, `(?:installier|versteck)${DV}`) + R`(?=.*\b(?:meine[rs]|seine[mnrs]?|ihre[mnrs]?|heimlich)\b)`, undefined, R`\b(?:kind|sohn|tochter)\b`);
rule('harassment', R`\b(?:instal|pon|met|coloc|escond)\w* ${W}{0,3}(?:app|programa|rastreador|gps|airtag|camara)\w* ${W}{0,6}(?:en|a) (?:el |la |su )?(?:celular|movil|telefono|${CAR}|computadora) ${OF}`, undefined, KID.source);
rule('harassment', R`\b(?:sub|public|difund|compart|filtr|vend|pas)\w* ${W}{0,3}(?:las |sus )?(?:fotos|videos|nudes|packs?) ${W}?(?:intim|desnud|privad|porno)\w* ${W}{0,2}de (?:mi ex|ella|una? \w+|mi \w+|la \w+)|\bpack de (?:mi|una|esa|la) (?:ex|novi|chic|companer|vecin|amig)\w*|\bcamara oculta\b.{0,40}\b(?:bano|ducha|vestuario)|`
  + near(R`(?:nacktbilder|nacktfotos|intime\w* (?:bilder|fotos)|nudes)`, R`(?:veroffentlich|verbreit|post|hochlad|teil|leak)${DV}`, 40),
  undefined, R`\b(?:meine (?:eigenen|nacktbilder)|von mir)\b`);

// ---- drugs made, sold, smuggled, bought; pills without a prescription
rule('nonviolent_crime', near(MAKE, HARD, 25) + '|' + near(SELL, R`\b(?:${DRUG})s?\b`, 25) + '|' + near(GET, HARD, 25)
  + R`|\b(?:pas|met|cruz|llev|escond)(?:ar|er|o)\b ${W}{0,3}(?:${DRUG})s? ${W}{0,4}(?:por|en) (?:la |el |mi )?(?:frontera|aduana|aeropuerto|avion|maleta|carcel)`
  + R`|\bser (?:una? )?(?:mula|camello|dealer|narco)\b|\bwerde ich (?:dealer|drogenkurier)\b`);
rule('nonviolent_crime', near(`(?:${MEDS})`, R`(?:sin receta|ohne rezept|darknet)`, 40), `\\b${GET}`);

// ---- theft, robbery, burglary, car theft
rule('nonviolent_crime', R`${NA}\b(?:${THEFT})${AR} (?!${W}{0,2}(?:el show|el corazon|un beso|el balon|tiempo|ideas?)\b)${W}{0,3}(?:dinero|la caja|joyas|bancos?|tiendas?|gasolineras?|joyerias?|bicis?|carteras?|bolsos?|celulares?|moviles|ropa|comida|catalizador|casas?|${WHOM})\b`
  + R`|\b(?:plane|hac|hag|comet|organiz|mont)\w* (?:un |el )?(?:robo|atraco|asalto|golpe)\b(?! de (?:estado|suerte|calor))|\b(?:entrar|entro|meterme|me meto) a robar|\brob(?:ar|o)\b.{0,40}\bsin que me (?:pill|atrap|vean)`);
rule('nonviolent_crime', near(`(?:${THEFT_DE})${DV}`, PLACE_DE) + R`|\bbrech\w* ${W}{0,2}(?:in|bei) ${W}{0,3}(?:haus|wohnung|schule|laden|buro|firma|auto|keller|garage|nachbar)\w* ${W}?ein\b|\bschliess\w* ${W}{0,3}(?:auto|wagen)\w* ${W}?kurz\b|` + near(R`(?:bankuberfall|uberfall|einbruch)\b`, R`plan${DV}`) + R`|\bgeldautomat\w* ${W}?sprengen|` + near(R`wegfahrsperre`, `umgeh${DV}`) + R`|\b(?:pas|cruz)(?:ar|o) (?:migrantes|inmigrantes|ilegales|gente) por la frontera|\b(?:menschen|fluchtlinge|migranten) ${W}{0,3}schleusen|\bschleuse ich`,
  undefined, R`\b(?:eis|umsatz\w*|wirtschaft)\b`);

// ---- fraud, laundering, tax fraud, identity, bribery, phishing, forgery, smuggling people
rule('nonviolent_crime', R`${NA}\b(?:estaf|tim|defraud)${AR} ${W}{0,3}(?:a |al )?(?:ancian|abuel|jubilad|clientes|turistas|aseguradora|seguro|banco|hacienda|${WHO})|\b(?:hac|mont|arm|plane)\w* (?:un |una )?(?:fraude|estafa|esquema (?:ponzi|piramidal)|estafa piramidal)\b|\b(?:blanque|lav)(?:ar|o|ando)\b ${W}{0,2}(?:dinero|capitales)\b|\b(?:ocult|escond)\w* ${W}{0,3}(?:ingresos|dinero|ganancias) ${W}{0,3}(?:a |de |al )?(?:hacienda|fisco|sat)|\b(?:robar|suplantar|usar) ${W}{0,2}la identidad de\b|\b(?:sobornar|${NA}soborno) a ${W}{0,2}(?:policia|juez|funcionario|inspector|profesor)|\bextorsion(?:ar|o)\b`);
rule('nonviolent_crime', near(R`(?:betrug(?:e|en|st)|abzock\w*|abzuzocken)\b`, R`(?:krankenkasse|finanzamt|jobcenter|amt|bank|arbeitgeber|chef|firma|kunden|leute|rentner|senioren|versicherung|oma|opa|touristen)\b`)
  + '|' + near(R`steuer\w*`, `hinterzieh${DV}`) + '|' + near(R`schwarzgeld`, `wasch${DV}`) + R`|\bschneeballsystem ${W}?(?:aufbauen|aufziehen)|\berschleich${DV}|` + near(R`bestech(?:en|e)\b`, R`(?:polizist|beamte|richter|prufer|lehrer|tuv|jemand)\w*`));
rule('nonviolent_crime', R`\b(?:correo|email|mail|mensaje|sms|pagina|web)s? (?:falsos?|falsas?|fraudulent[oa]s?|clonad[oa]s?) ${W}{0,3}(?:del banco|de (?:amazon|paypal|netflix|un banco)|para (?:robar|sacar|obtener))`,
  R`\b(?:${MAKE}|mand|envi|redact|escrib)`);
rule('nonviolent_crime', near(R`\b(?:dni|pasaporte|cedula|licencia|carnet|certificado|diploma|titulo|receta|baja medica|incapacidad|factura|ausweis|reisepass|fuhrerschein|impfpass|zeugnis|attest|krankschreibung|rezept|rechnung|unterschrift)(?:s|es)?`, R`(?:falsific\w*|fals[oa]s?|truch[oa]s?|falsch(?:e|en)|gefalscht\w*|nachmach\w*|fake)\b`, 25),
  R`\b(?:${MAKE}|${GET}|sac(?:ar|o)|falsific\w*|mach(?:en|e)|erstell\w*|druck(?:en|e)|falsch(?:en|e))`);

// ---- arson and vandalism ("quemar grasa", "Kerzen anzünden" are not)
rule('nonviolent_crime', R`${NA}\b(?:quem|incendi)${AR} ${W}{0,2}(?:(?:la |el |su )?(?:casa|${CAR}|tienda|negocio|local)s? (?:de|del)\b|(?:la |el |un |una )?(?:bosque|monte|escuela|iglesia|mezquita|sinagoga|comisaria)\b)|\b(?:provocar|causar) (?:un )?incendio ${W}?(?:forestal|intencional)|\b(?:ray|pinch|ponch|raj|romp)(?:ar|arle|o)\b ${W}{0,2}(?:las |los |el |la )?(?:llantas|ruedas|${CAR}|vidrios)\b (?:del|al|de|a)\b`,
  undefined, R`\bmis? (?:propi\w+ )?(?:coche|carro|auto|casa|moto|llantas|ruedas)\b`);
rule('nonviolent_crime', near(R`(?:anzund|anzuzund|abfackel|abzufackel|in brand (?:setz|steck)|feuer leg)\w*`, PLACE_DE) + R`|\b(?:zund|fack(?:e)?l)\w* .{0,40}\b${PLACE_DE}.{0,40}\b(?:an|ab)\b|\bleg\w* ${W}{0,3}feuer\b.{0,30}\b${PLACE_DE}|`
  + near(R`reifen`, R`(?:zerstech|aufstech)${DV}`) + '|' + near(R`(?:auto|lack)\b`, R`zerkratz${DV}`),
  undefined, R`\b(?:kerze\w*|grill|kamin|ofen|lagerfeuer|mein(?:em|en)? (?:eigene\w* )?(?:auto|reifen|haus|lack))\b`);

// ---- evading the police, destroying evidence
rule('nonviolent_crime', R`\b(?:escap|hu|escond|evad|perd|despist|burl|fug)(?:ar|ir|er|arme|irme|erme)\b (?:de |a )?(?:la )?(?:policia|poli|pasma|patrulla|migra|justicia)\b|\b(?:sin|para) que la (?:policia|poli) (?:no )?(?:me|nos|lo) (?:encuentre|atrape|pille)|\b(?:borr|destru|elimin|limpi|ocult)\w* ${W}{0,3}(?:las |los |la |el )?(?:evidencias?|huellas dactilares|pruebas del (?:crimen|delito)|arma homicida)|\bfugarme de la carcel|`
  + near(R`(?:polizei|bullen|fahndung)`, R`(?:entkomm|flieh|abhau|versteck|austrick|tauche)${DV}`) + R`|(?!.*\b(?:internet|online|handy|display)\b)`
  + near(R`(?:beweise|fingerabdrucke|dna-?spuren|tatwaffe)`, R`(?:vernicht|beseitig|verwisch)${DV}`));

// ---- hacking, malware, DDoS ("hackear mi productividad", "Holz hacken" are not)
rule('cyber', R`${NA}\b(?:${HACK})(?:ear|eo|ea|earl[aeo]s?|earle)\b ${W}{0,2}(?<!\bmis? (?:propi\w+ )?)(?:pagina|web|servidor|base de datos|sistema (?:de|del)|red (?:de|del)|camara|computadora|celular|correo|icloud|banco|escuela|colegio|universidad|empresa|wifi|cuenta|perfil|a (?:alguien|su|el|la)\b)|`
  + near(`(?:hack|knack|crack)${DV}`, R`(?:server|webseite|datenbank|netzwerk|schulserver|schule|firma|bank|kamera|computer|pc|laptop|e-?mail|icloud|jemand\w*|passworter)\b(?<!\bmein\w* (?:eigene\w* )?[\w-]+)`),
  undefined, R`\b(?:productividad|cerebro|algoritmo|holz|zwiebel\w*|nusse|jackpot)\b`);
rule('cyber', R`\b(?:entr|acced|met)(?:ar|er|o|erme)\b (?:a|en|al) (?:la |el )?(?:cuenta|correo|sistema|celular|movil|computadora|ordenador|icloud|facebook|instagram|whatsapp|perfil)s? ${W}{0,4}(?:ajen\w*|de (?:otra persona|alguien|mi (?:ex|jefe|novi\w*|pareja|espos\w*))|sin (?:permiso|autorizacion|su (?:contrasena|clave)))|`
  + near(R`(?:eindring|einzudring|reinhack|zugriff|zugang)\w*`, R`(?:konto|account|computer|rechner|server|handy|pc|e-?mail|laptop)\w* (?:von (?:jemand\w*|anderen)|${OTHER_DE})`, 40),
  undefined, R`\b(?:fallecid\w*|difunt\w*|murio|verstorben\w*)\b`);
rule('cyber', near(R`(?:virus|troyano|ransomware|keylogger|malware|trojaner|botnetz?|ddos|phishing|fake-?seite)\b(?!-(?:scanner|schutz))`, R`(?:${MAKE}|program(?:ar|o)|escrib(?:ir|o)|envi(?:ar|o)|mand(?:ar|o)|instalar|met(?:er|o)|lanzar|(?:schreib|programmier|erstell|verschick|installier|start)${DV})`, 30)
  + R`|\b(?:tumbar|botar|colapsar|saturar) (?:el |la )?(?:servidor|web|sitio|red)\w* ${W}?(?:de|del)\b|\bleg\w* .{0,50}\b(?:server|webseite|netzwerk)\w*.{0,30}\blahm\b|` + near(R`(?:server|webseite|website|netzwerk)\w*`, R`(?:lahmleg|lahmzuleg|uberlast)${DV}`),
  undefined, R`\b(?:antivirus|virenscanner|quitar|eliminar|entfern\w*|mein\w* (?:eigene\w* )?(?:server|webseite|netzwerk))\b`);

/** Framing the first set does not read: "¿qué tengo que hacer para…?", "was brauche ich", "ich habe vor". */
const REQUEST_MORE = /\b(?:cuant[oa]s?|que (?:hago|tengo que hacer) para|me (?:explicas|dices|ensenas)|trucos?|consejos?|tips|guia|tutorial|was (?:brauche|muss|soll|kann) ich|ich (?:plane|habe vor|hab vor|suche|mochte|wurde gerne?)|(?:wurdest|konntest) du|tricks?|welche\w*|womit|woher|gibt es|moglichkeit\w*|am besten|methode|hilfe|(?:soll|mochte|konnte) ich|kann man|lass uns|wollen wir)\b/;
/** Opinions, ethics, news, legal status, an impersonal past ("se fabricó"), how criminals do it. */
const CONTEXT = /\b(?:noticias?|historia de|moral\w*|etic\w*|justific\w*|debat\w*|argumentos?|opinas|piensas|tu opinion|(?:es|esta) (?:bien|mal|correcto) (?:que|\w+(?:ar|er|ir))|legal\w*|despenaliz\w*|se (?:fabric|constru|rob|mat|hiz|plane)\w*o|hiroshima|zeitung|doku|geschichte|historisch\w*|ethisch|rechtfertig\w*|(?:haltst|denkst) du|meinung|ist (?:das |es )?illegal|verboten)\b|\bcomo (?:\w+ )?hacen (?:los|las) (?:carteles|narcos|hackers|terroristas|ladrones)|\bwie (?:schaffen|machen|schmuggeln) (?:es )?(?:die )?(?:kartelle|dealer|hacker|diebe)/;
/** Prevention and recovery the first set's list leaves out ("dejar las drogas", "wie schütze ich…"). */
const DEFENSIVE_MORE = /\b(?:dejar (?:las |la |el )?(?:drogas?|cocaina|crack|heroina)|desintox\w*|me (?:robaron|hackearon|estafaron)|schutze ich|loskommen|entzug|was (?:tun|mache ich) nach)\b/;
/** A German passive with its participle is no ask: "die Tankstelle wurde überfallen" ("würde", folded "wurde", is no passive). */
const PASSIVE = /\b(?:wurde|wurden|worden)\b[^.!?,;]*?\b(?:ge\w+(?:t|en)|uberfallen|bestohlen|betrogen|erschlagen)\b/g;

/** The stems, one alternation (readable; what the gate means): every rule needs one of them. */
export const GATE_STEMS = new RegExp([EXPL, GUN, DRUG, POISON, MEDS, VIO_DE, STALK_DE, THEFT_DE, HACK, FAKE, forms(VIO, [...FORMS, 'arl']), forms(STALK, FORMS), forms(THEFT, FORMS), forms('estaf|defraud|quem|incendi', FORMS),
  'atent|ataque terr|masac|tiroteo|keylogger|spy|spionage|peilsender|wanze|envenenar el agua|migrantes|inmigrantes|ilegales|schleus|wegfahrsperre|anschlag|amoklauf|massaker|attentat|moglichst|volar|explot|unirme|alistarme|beitreten|trinkwasser|kalt|sicario|killer|desaparecer|leiche|als unfall|als selbstmord|maltrat|ahog|hund|katze|tier|pferd|cuchill|navaj|messer|trafic|vender a|prostitu|pasaporte|red de trata|strich|pass weg|menschenhandel|bullying|vida imposible|pinchar|intervenir|schuchter|app|programa|rastreador|gps|airtag|camara|intim|desnud|privad|porno|pack de|nackt|nudes|mula|camello|dealer|narco|drogenkurier|robo|atraco|asalto|golpe|a robar|brech|kurz|uberfall|einbruch|geldautomat|\\btimar|\\btimo\\b|fraude|estafa|ponzi|blanque|lavar|lavo |lavando|ocult|escond|identidad|soborn|extorsion|betrug|abzock|abzuzock|hinterzieh|schwarzgeld|schneeballsystem|erschleich|bestech|fraudulent|clonad|incendio|rayar|pinch|ponch|rajar|romper|anzund|anzuzund|fack|zund|feuer|reifen|zerkratz|policia|poli|pasma|patrulla|migra|justicia|evidencia|huellas|pruebas del|arma homicida|fugarme|polizei|bullen|fahndung|beweise|fingerabdruck|dna|tatwaffe|knack|ajen|otra persona|de alguien|de mi|sin permiso|sin autorizacion|su contrasena|su clave|eindring|einzudring|zugriff|zugang|virus|troyano|ransomware|malware|trojaner|botnet|ddos|phishing|fake-seite|tumbar|botar|colapsar|saturar|lahm|uberlast'].join('|'));
/** The same gate factored for speed (trie.ts): matches exactly the texts GATE_STEMS matches. */
const GATE = factorGate(GATE_STEMS);

/** Spanish or German harmful request the first set leaves out: its categories (empty when none).
 *  `u` is user text after normaliseUser(). */
export function detectHarmEsDeMore(u: string): Category[] {
  if (u.length < 8 || !GATE.test(u)) return [];
  const t = u.length > 2000 ? u.slice(0, 2000) : u;
  if (!(REQUEST.test(t) || REQUEST_MORE.test(t)) || HISTORY_LAW.test(t) || CONTEXT.test(t) || FICTION.test(t)) return [];
  if ((DEFENSIVE.test(t) || DEFENSIVE_MORE.test(t)) && !OFFENSIVE.test(t)) return [];
  const asked = t.replace(BLANK, ' ').replace(PASSIVE, ' ');
  const out: Category[] = [];
  for (const [cat, re, need, not] of rules) {
    if (!out.includes(cat) && re.test(asked) && (!need || need.test(asked)) && !(not && not.test(asked))) out.push(cat);
  }
  return out;
}
