/**
 * Crisis signals: self-harm intent, and intent to harm a specific person.
 * Input: user text after normaliseUser(). First-person statements and first-person "how do I" asks.
 *
 * Whose risk? Self-harm crisis is the *user's own* risk. An ask to instigate, coerce or encourage
 * suicide or self-harm in someone else is not the user's own risk:
 *  - aimed at a generic someone ("write a message convincing someone to kill themselves", "how to
 *    manipulate a person into suicide", "encourage people to self-harm"): a harmful request
 *    (harm.ts counts it as violent), not a crisis; the phrase is masked before the self-harm test,
 *    so any other self-harm signal in the same turn still counts;
 *  - aimed at a specific person ("convince my sister to kill herself", "make him commit suicide"):
 *    intent to harm a specific person, i.e. the harm-others crisis.
 * A request for suicide *methods* ("how to commit suicide", "instruct people on how to commit
 * suicide") stays self-harm whoever it names as the audience: the method would reach the user too,
 * and third-person framing is common when the asker is the one at risk.
 */
import { factorGate } from './trie';
import type { CrisisKind } from './types';

const R = String.raw;
const I = R`(?:i|i'm|im|i am|i've|ive|i'll|ill|i will|i'd|me|my|myself)`;

// Spanish and German fixes, 2026-12-07 (general knowledge, not read from any eval source):
/** Spanish negation just before the verb, with an optional clitic: "no quiero ...", "nunca le voy a ...", "jamás". */
const NO_ES = R`(?<!\b(?:no|nunca|jamas|ni)(?: (?:me|te|se|le|les|lo|la|los|las))? )`;
/** "morir(se) de risa / vergüenza / hambre ...": the idiom for a strong feeling, not wanting to die. */
const MORIR_IDIOM = R`(?! de (?:la |el )?(?:risa|verguenza|hambre|ganas|sueno|calor|frio|sed|miedo|amor|celos|envidia|aburrimiento|cansancio|gusto|curiosidad|nervios|asco|placer|alegria|felicidad|emocion|ilusion)\b)`;
/** "cortarme el pelo / las uñas", "lastimarme la rodilla": an object that is not a self-harm site. */
const CUT_OBJ = R`(?! (?:el|la|las|los|un|una|unos|unas|mi|mis) (?!(?:venas?|brazos?|munecas?|piernas?|muslos?|piel)\b)\w+)`;
/** German "um" that opens an object or a time: "sich um den Schlaf bringen" (deprive), "ihn um 8 bringen"
 *  (take at 8); "um die Ecke bringen" (slang for killing) still counts. */
const UM_END = R`(?! (?:den|das|dem|der|des|die(?! ecke\b)|ein|eine|einen|einem|einer|eins|mein\w*|dein\w*|sein\w*|ihr\w*|unser\w*|euer\w*|eur\w*|jede\w*|alles|zu|\d+|halb|viertel|punkt|mitternacht|mittag|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|elf|zwolf)\b)`;
/** One optional German word that is not a negation, before a plan against a person ("ich will ihn
 *  morgen umbringen", not "ich will ihn nicht umbringen"). */
const W_DE = R`(?:(?!(?:nicht|nie|niemals|keinesfalls)\b)\w+ )`;

const SELF_HARM = new RegExp([
  R`\b(?:kill(?:ing)?|hurt(?:ing)?|harm(?:ing)?|cut(?:ting)?|injur(?:e|ing)|starv(?:e|ing)|hang(?:ing)?|shoot(?:ing)?|drown(?:ing)?|poison(?:ing)?|burn(?:ing)?|overdos(?:e|ing) on|off(?:ing)?) myself\b(?! (?:in|on) (?:minecraft|the game|a game|roblox|fortnite))`,
  R`\b(?:end(?:ing)?|take|taking|took) my (?:own )?life\b`,
  R`\bend (?:it all|everything|my suffering|the pain)\b`,
  R`(?<!\b(?:people|they|he|she|others|many|men|women|teens|teenagers|veterans|celebrities) (?:who |that )?)\b(?:commit(?:ting)?|attempt(?:ing|ed)?) suicide\b`,
  R`\b(?:i'm|im|i am|feeling|feel|been|getting) (?:so |really |very |pretty |kind of |kinda )?suicidal\b`,
  R`\bsuicidal (?:thoughts|ideation|feelings)\b`,
  R`\b(?:thinking|thought|thinking a lot|been thinking) (?:about|of) (?:suicide|killing myself|ending (?:it|my life|things)|dying|not (?:being here|waking up))\b`,
  R`\b${I}\b.{0,30}\b(?:want|wanna|wish|going|plan|planning|ready|decided|need) (?:to )?(?:die|be dead|not (?:be )?(?:alive|here|exist)|disappear forever|stop existing|stop living)\b`,
  R`\b(?:don't|do not|dont) want to (?:live|be alive|exist|wake up|be here) (?:anymore|any more|any longer)\b`,
  R`\bno (?:reason|point) (?:to|in) (?:live|living|go on|going on|being alive)\b`,
  R`\b(?:life|living) (?:is(?:n't| not)|isnt) worth (?:living|it)\b|\bnot worth living\b`,
  R`\b(?:everyone|everybody|they|my family|the world) (?:would|will) be better off without me\b|\bbetter off dead\b`,
  R`\b(?:i )?can't (?:go on|take (?:it|this) anymore|do this anymore|keep going)\b.{0,40}\b(?:die|dead|end|life|pills|suicide)\b`,
  R`\b(?:how many|what dose of|how much) (?:\w+ ){0,3}(?:pills|tablets|sleeping pills|tylenol|paracetamol|acetaminophen|ibuprofen|insulin|aspirin|heroin|fentanyl|morphine|oxycodone|xanax|opioids?|alcohol|vodka)\b.{0,40}\b(?:to die|to kill (?:me|myself|a person|a man|a woman|someone|somebody|you|a human)|would kill|lethal|fatal|overdose|to not wake up)\b`,
  R`\b(?:painless|easiest|quickest|fastest|best|quiet) (?:way|method|ways|methods) (?:to|of) (?:die|dying|kill myself|end my life|commit suicide)\b`,
  R`\b(?:wrote|writing|write|left) (?:a |my )?(?:suicide|goodbye) (?:note|letter)\b`,
  R`\b(?:wanna|want to|going to|gonna|should|i'll|just) kms\b`,
  R`\b(?:think|thinking|thought) (?:about|of) suicide\b`,
  R`\b(?:decided|ready|going|planning|plan|about) to end it\b(?! with| for| between| early)`,
  R`\b(?:have|got|saved|stockpiled|hoarded) (?:the |my |enough |all (?:the|my) )?(?:pills|meds|medication)(?: \w+){0,2} (?:ready|saved|to die|to end it)\b`,
  R`\bbetter off if i (?:was|were|am|'m) (?:dead|gone|not here|not around)\b`,
  R`\b(?:push|driv|drove|forc|bull(?:y|ie))\w* me (?:in ?to|to|towards?) (?:suicide|self[- ]?harm\w*|kill(?:ing)? myself)\b`,
  R`\bself[- ]?harm(?:ing)? again\b|\b(?:started|start) (?:cutting|self[- ]?harming) again\b`,
  // Added 2026-12-07 after reading the crisis prompts Do-Not-Answer and MultiJail had missed (so both
  // sources' crisis figures are in-sample for these; XSafety was not read): asking for help with, or
  // the means of, self-harm; a suicide attempt spoken of as the user's own; making sure of dying.
  R`\b(?:help|teach|show) me (?:to |how to )?self[- ]?harm\b|\b(?:want|wanna|going|need|planning|plan|ready) to self[- ]?harm\b`,
  R`\b(?:objects?|items?|tools?|things?|blades?|ways?|methods?|places?|spots?|use|used|using)\b(?: (?!(?:support|help|resources?|treatment|therapy|recovery|recover|coping|cope|alternatives?|instead|prevent\w*|stop\w*|avoid\w*|awareness|not|never|quit)\b)[\w'-]+){0,5} (?:for|to use for|used for|use for|to) self[- ]?harm(?:ing)?\b(?! (?:prevention|awareness|support|recovery|resources|statistics|research|hotlines?|helplines?|help|urges?)\b)`,
  R`\b(?:if|when|before|after|once) i (?:\w+ ){0,2}(?:try|tried|attempt|attempted|commit|do|did)\w* suicide\b|\bi (?:\w+ ){0,2}(?:try|tried|trying) suicide\b`,
  R`\bmake sure (?:that )?i (?:actually |really |definitely )?(?:die|am dead|don't survive|won't survive|don't wake up|never wake up)\b`,
  // Eating-disorder self-harm (named by issue 13): pushing the disorder, not recovering from it.
  R`\b(?:hide|hiding|conceal\w*|speed up|worsen|develop|maintain\w*|keep up|get better at)\b (?:\w+ ){0,2}(?:eating disorder|anorexi\w*|bulimi\w*|purging)\b`,
  R`\b(?:stop|quit) (?:eating|food)(?: and drinking)? (?:until|till) i (?:die|disappear|pass out|waste away)\b`,
  R`\b(?:dangerously|extremely|severely) low[- ]calorie\b|\bpro[- ](?:ana|mia)\b|\b(?:thinspo|bonespo|meanspo)\b`,
  R`\b(?:make|making|made) myself (?:throw up|vomit|puke|sick) (?:after|when|every time)\b|\bpurg(?:e|ing) (?:after|without)\b`,
  // purging or starving to lose weight (2026-12-08, general knowledge of eating-disorder behaviour;
  // written after reading the Do-Not-Answer crisis thread that ended at trainer seed 11 — in sample
  // for it): laxatives, diuretics, diet pills or vomiting for weight loss; going days without food
  R`\b(?:laxatives?|diuretics?|water pills?|diet pills?|ipecac|vomiting|throwing up|purging|starving myself|not eating)\b (?:\w+ ){0,3}?(?:for|to) (?:quick |fast |rapid |more )?(?:weight loss|lose weight|losing weight|get thin|getting thinner|drop (?:\w+ )?(?:pounds|lbs|kilos|kg|weight))\b`,
  R`\bhow (?:long|many days|many weeks) can (?:i|a person|you) (?:go|survive|last) without (?:eating|food)\b(?! (?:in|on|during|while) (?:a |the )?(?:hike|trek|camping|survival|wilderness|fast(?:ing)? for|ramadan|lent|surgery))`,
  R`\bhow (?:do|can) i (?:hide|conceal) (?:that i(?:'m| am) not eating|not eating|my (?:weight loss|purging|vomiting))\b`,
  // compulsive exercise as one's own (added 2026-12-07 after reading the one Do-Not-Answer crisis
  // thread that was ended; a known eating-disorder behaviour, but in-sample for that source)
  R`\b(?:i|how to) (?:\w+ ){0,3}?(?:exercis\w*|work(?:ing)? out) (?:excessively|compulsively|until i (?:pass out|collapse|faint|throw up)|to burn off (?:everything|every calorie|all the calories|all the food|what) i (?:ate|eat))\b`,
  // The same shapes in Spanish and German (normalised: diacritics folded), written from the English ones.
  // "quiero hacerme daño" was missed ("quiero a ..." was required); "cortarme el pelo" is a haircut
  // (2026-12-07, general knowledge). Negations stay flagged, as in English ("I don't want to die"): a
  // needless card costs little, a missed one much.
  R`\b(?:(?:ayudame|ensename) a|(?:me )?voy a|quiero|necesito|tengo ganas de|tengo que|deseo|pienso) (?:autolesionarme|hacerme (?:mucho )?dano|cortarme${CUT_OBJ}|lastimarme${CUT_OBJ}|herirme)\b|\bme (?:quiero|voy a|tengo que|necesito) (?:autolesionar|hacer (?:mucho )?dano|cortar${CUT_OBJ}|lastimar${CUT_OBJ}|herir)\b|\b(?:ocult|escond|disimul)\w* (?:mi |mis )?(?:trastorno (?:alimentario|de la conducta alimentaria)|anorexia|bulimia)\b|\bdejar de comer(?: y beber)? hasta (?:morir|morirme|desaparecer)\b|\b(?:provocarme|hacerme) el vomito\b`,
  // The core statements of suicidal intent in Spanish and German (general knowledge, 2026-12-07):
  // "me quiero morir", "quiero suicidarme", "quitarme la vida", "no quiero seguir viviendo";
  // "ich will sterben", "ich bringe mich um", "ich will nicht mehr leben", "mir das Leben nehmen".
  // 2026-12-07: "morirme de risa/vergüenza" is an idiom (MORIR_IDIOM).
  R`\b(?:me quiero|quiero|voy a|deseo|necesito|pienso|estoy pensando en|he pensado en|tengo ganas de) (?:morir(?:me)?\b${MORIR_IDIOM}|suicidarme|matarme|quitarme la vida|acabar con mi vida|desaparecer para siempre|dejar de vivir|cortarme las venas)\b|\bme voy a (?:suicidar|matar|quitar la vida)\b|\bno quiero (?:seguir )?(?:vivir|viviendo|estar vivo|estar viva|despertar)(?: mas)?\b|\b(?:pienso|pensando|pensado|pensamientos?) (?:en|de) (?:el )?suicid\w*|\bideas? suicidas?\b|\bestoy (?:pensando en suicidarme|con ganas de morir)\b|\bmi vida no (?:vale|tiene sentido)\b|\bno (?:le )?veo (?:el |ningun )?sentido a (?:nada|la vida|mi vida|vivir|seguir(?: viviendo)?)\b|\bla vida no tiene (?:ningun )?sentido\b|\bno (?:hay|tengo) (?:ninguna )?(?:razon|motivo|razones|motivos) para (?:vivir|seguir viviendo|seguir vivo|seguir viva)\b|\b(?:escribi|he escrito|dejare) (?:una|mi) carta de despedida\b`,
  // 2026-12-07: "ich ritze mich nicht mehr / kaum noch" is recovery; "ich bringe mich um den Schlaf" is an
  // idiom (UM_END); "... bringe ich mich um" (inverted order) counts.
  R`\bich (?:will|mochte|werde|muss|wurde am liebsten|denke daran,?|denke ans?) (?:(?:einfach|nur|endlich|bald|heute|morgen|jetzt) )?(?:sterben|mich umbringen|mich toten|mir das leben nehmen|meinem leben ein ende setzen|nicht mehr leben|nicht mehr aufwachen|suizid begehen|selbstmord begehen|mich erhangen|mich aufhangen)\b|\b(?:ich bring(?:e)?|bring(?:e)? ich) mich (?:\w+ )?um\b${UM_END}|\bich (?:will|mochte|kann) nicht mehr (?:leben|weiterleben|da sein)\b|\b(?:suizid|selbstmord)gedanken\b|\bich ritze mich\b(?!(?: (?!(?:wenn|weil|und|aber|dass|ob|obwohl|als|bis|sobald)\b)\w+){0,4} (?:nicht|nie|niemals|kaum|seltener|weniger)\b)|\b(?:mein leben|das leben) (?:ist nichts wert|hat keinen sinn(?: mehr)?)\b|\bkeine lust mehr (?:zu|am) leben\b|\bkein(?:en)? grund (?:mehr )?(?:zu|zum) leben\b|\b(?:habe|hab) (?:einen )?abschiedsbrief geschrieben\b`,
  R`\bhilf mir,? (?:mich )?(?:selbst )?(?:zu verletzen|zu ritzen)\b|\b(?:meine )?(?:essstorung|magersucht|bulimie) (?:zu )?(?:verbergen|verstecken|geheim (?:zu )?halten)\b|\b(?:(?:nichts mehr|aufhoren zu|hore auf zu) essen|esse? nichts mehr),? bis ich (?:sterbe|tot bin)\b|\bmich (?:selbst )?zum erbrechen (?:zu )?bringen\b`,
  // Self-harm *method* asks, like suicide method asks: the method reaches the asker too.
  R`\b(?:how (?:to|do i|can i|should i)|instructions? (?:for|on)(?: how to)?|steps? (?:for|to)|(?:ways|methods?|techniques?) (?:to|of|for)) (?:perform |do |practi[cs]e |start |go about )?self[- ]?harm(?:ing)?\b(?! (?:prevention|awareness|support|recovery|resources|statistics|research|hotlines?|helplines?|help|urges? go away)\b)`,
].join('|'));

const VICTIM = R`(?:my (?:\w+ ){0,2}(?:wife|husband|partner|girlfriend|boyfriend|gf|bf|ex|ex-wife|ex-husband|ex-girlfriend|ex-boyfriend|mother|father|mom|dad|mum|stepdad|stepmom|brother|sister|son|daughter|baby|kid|kids|child|children|boss|manager|neighbou?r|neighbou?rs|teacher|coworker|co-worker|colleague|friend|roommate|flatmate|family|parents|classmate|classmates|landlord|uncle|aunt|cousin|grandma|grandmother|grandpa|grandfather|bully|ex's \w+)\b|him|her|them|that (?:guy|man|woman|bitch|bastard|kid|teacher|boss)|this (?:guy|man|woman|person)|everyone at (?:my |the )?(?:school|work|office|church))`;
const HARM_VERB = R`(?:kill\w*|murder\w*|shoot\w*|shot|stab\w*|strangl\w*|chok\w*|poison\w*|hurt\w*|beat\w*(?: up)?|smash\w*|bash\w*|burn\w*|run(?:ning)? over|drown\w*|slit\w*|tortur\w*|make (?:him|her|them) (?:pay|suffer|bleed))`;

const HARM_OTHERS = new RegExp([
  R`\b(?:i(?:'m| am)? (?:going|gonna|about) to|i'll|ill|i will|i want to|i wanna|i need to|i have to|i'm planning to|i plan to|i intend to|i'm gonna|im gonna|im going to|i swear i'll|i swear i will|i could|i'm ready to|i've decided to|i'm thinking (?:about|of)|i keep thinking about|i (?:keep |often |sometimes )?(?:think|fantasi[sz]e|dream) about|i can't stop thinking about|tonight i'll|tomorrow i'll)\s+(?:fucking |really |finally |actually |just |go )?${HARM_VERB}(?:ing)?\b(?: \w+){0,2}? ${VICTIM}`,
  R`\b(?:gun|knife|rifle|weapon|pistol|shotgun)s?\b.{0,40}\b(?:use it|use them|going to use)\b.{0,10}\bon ${VICTIM}`,
  // "how do I beat my wife at checkers": winning a game is not harm.
  R`\bhow (?:do|can|should|could) i (?:\w+ ){0,2}${HARM_VERB}\b (?:\w+ ){0,1}${VICTIM}(?! (?:at|in) (?:a |the )?(?:game|match|race|checkers|chess|cards|poker|tennis|golf|pool|darts|scrabble|monopoly|mario ?kart|fifa|arm[- ]wrestling|video games?|board games?|trivia)\b)`,
  R`\b(?:i(?:'ve| have)|i) (?:bought|got|have) (?:a |the )?(?:gun|knife|rifle|weapon|poison)\b.{0,60}\b(?:for|to use on|to kill|to hurt|to shoot) ${VICTIM}`,
  R`\b${VICTIM} (?:is|are) going to (?:die|pay|regret it)\b.{0,30}\b(?:i'll|i will|i'm going to|by my hand)`,
  // Spanish and German: a plan to kill or hurt a specific person (general knowledge, 2026-12-07)
  // 2026-12-07: a negation before the verb ("no quiero hacer daño a mi familia", "nunca voy a ...") is not
  // a plan; "hacerle daño a ..." counts like "hacer daño a ...".
  R`\b${NO_ES}(?:voy a|quiero|pienso|tengo ganas de|estoy pensando en|manana voy a|esta noche voy a) (?:matar|apunalar|envenenar|estrangular|acuchillar|disparar|pegarle un tiro|golpear|hacer dano|hacerles? (?:mucho )?dano) a (?:mi|mis|ese|esa|este|esta|esos|esas|el|ella|ellos|ellas)\b|\b${NO_ES}(?:voy a|quiero) (?:matarl[oa]s?|envenenarl[oa]s?|apunalarl[oa]s?|dispararle)\b`,
  // 2026-12-07: "ich will ihn nicht umbringen" is negated; "ich bring ihn um 8 zum Bahnhof" is a time
  // (UM_END); "morgen bring ich ihn um" (inverted order) counts.
  R`\bich (?:werde|will|muss|mochte) (?:meinen?|meine|meinem|diesen|diese|ihn|sie) ${W_DE}{0,2}(?:umbringen|toten|erschiessen|erstechen|vergiften|abstechen|kaltmachen|erwurgen)\b|\b(?:ich bring(?:e)?|bring(?:e)? ich) (?:meinen?|meine|diesen|diese|ihn|sie) ${W_DE}?um\b${UM_END}|\bich steche (?:ihn|sie|meinen?|meine) (?:\w+ )?ab\b`,
].join('|'));

/** Instigation verbs (any inflection: "a message that encourages people to ..."). */
const INSTIGATE_VERB = R`(?:convinc|persuad|encourag|manipulat|coerc|pressur|push|driv|drove|goad|urg|bull(?:y|ie)|talk|trick|get|got|make|made|making|influenc|incit|provok|groom|brainwash|egg|tell|told|dar(?:e|ing)|guilt|forc|want)\w*`;
/** The instigated act: someone else's suicide or self-harm (third/second person reflexives only). */
const OTHER_SELF = R`(?:himself|herself|themselves|themself|yourself|yourselves|oneself)`;
const INSTIGATED_ACT = R`(?:(?:commit(?:ting)?|attempt(?:ing)?) suicide|suicide|suicidal (?:acts?|behaviou?rs?)|kill(?:ing)? ${OTHER_SELF}|(?:end(?:ing)?|tak(?:e|ing)) (?:his|her|their|your|one's) (?:own )?li(?:fe|ves)|self[- ]?harm(?:ing)?|self[- ]?injur(?:y|ies|ing)|(?:harm|hurt|cut|starv|injur|poison|hang|drown|shoot)\w* ${OTHER_SELF}|kys)`;
/**
 * "<verb> <target> to/into <act>", or causative "make <target> <act>". The target (group 2) is 1-5
 * words that may not negate or redirect ("not to", "out of", "stop", "help"); the connector
 * (group 3) is required except after "make".
 */
const INSTIGATION = new RegExp(R`\b(${INSTIGATE_VERB})(?: on)? ((?:(?!(?:not|never|out|against|from|stop|help|avoid|prevent|away|to|sure|certain|\w+n't|dont|doesnt|wont|cant)\b)[\w'-]+ ){1,5}?)(?:(in ?to|to) )?(?:(?:go|just|actually|finally|even) )?${INSTIGATED_ACT}\b`, 'g');
/** Purpose clause: "what should I text him so he kills himself", "say so she commits suicide". Target = group 1. */
const ACT_3P = R`(?:kills? ${OTHER_SELF}|commits? suicide|(?:ends?|takes?) (?:his|her|their|one's) (?:own )?li(?:fe|ves)|(?:harm|hurt|cut|starve)s? ${OTHER_SELF}|self[- ]?harms?)`;
const PURPOSE = new RegExp(R`\b(?:say|text|tell|write|send|post|do|message|make|dm)\w*\b(?: [\w'-]+){0,6}? so (?:that )?((?:(?!(?:not|never|no|\w+n't|dont|doesnt|wont|cant)\b)[\w'-]+ ){1,3}?)(?:will |would |'ll |might |finally |just |actually )*${ACT_3P}\b`, 'g');
/** A negation just before the verb ("I don't want him to kill himself"): not instigation. */
const NEGATED_BEFORE = /(?:\bnot|n't|\bdont|\bnever|\bno longer)\s+(?:\w+\s+)?$/;
/** Content that promotes suicide/self-harm in general ("a post that glorifies suicide", "encourages committing suicide"). */
const PROMOTION = new RegExp(R`\b(?:encourag|promot|glorif|romantici[sz]|advocat|endors|celebrat|normali[sz]|incit)\w* (?:(?:the |acts of |people |others |someone )?(?:committing |attempting )?)(?:suicide|self[- ]?harm\w*)\b`, 'g');
/** Targets that name nobody in particular (or "you", the assistant). Anything else ("my sister", "him", "them", a name) is specific. */
const GENERIC_TARGET = new RegExp(R`^(?:(?:a|an|any|some|other|random|more|many|most|all|the|these|those|such|vulnerable|young|lonely|depressed|struggling|impressionable|susceptible|at-risk|online|teenage|desperate|certain|\w+-(?:old|aged)) )*(?:someone|somebody|anyone|anybody|one|people|persons?|individuals?|users?|readers?|others|followers?|teens?|teenagers?|kids?|children|child|students?|strangers?|victims?|viewers?|audiences?|members?|humans?|men|women|girls?|boys?|youths?|adolescents?|minors?|patients?|listeners?|subscribers?|fans?|customers?|players?|public|groups?|you|u|ya)(?: (?:online|on (?:social media|the internet|reddit|discord|tiktok|instagram|twitter|facebook|forums?))| who \w+(?: \w+){0,3})? $`);
/** Fiction being written: a character instigating another character is not a real person's risk. */
const FICTION = /\b(?:my|the|a|his|her) (?:character|protagonist|villain|antagonist|hero|heroine|narrator)s?\b|\bin (?:my|the|a|this) (?:novel|story|book|screenplay|script|game|film|movie|play|fanfic\w*|fic)\b/;
/** The user as the one being pushed ("they keep pushing me to suicide"): the user's own risk, not instigation. */
const SELF_TARGET = /^(?:me|us|myself)\b/;

/** The stems, one alternation (readable; what the gate means). */
export const GATE_STEMS = /laxativ|diuretic|water pill|diet pill|ipecac|without eating|without food|not eating|weight loss|lose weight|losing weight|excessive|compulsive|burn off|until i|ending|eating disorder|anorexi|bulimi|purg|calorie|pro-ana|pro ana|pro-mia|pro mia|thinspo|bonespo|meanspo|throw up|vomit|puke|until i|till i|autolesion|sentido|razon|motivo|lust mehr|grund|morir|matar|quitarme|vivir|viviendo|despertar|carta de|vida no|sterben|umbring|toten|leben|aufwachen|selbstmord|erhangen|aufhangen|mich|abschiedsbrief|apunal|envenen|estrangul|acuchill|dispar|pegarle|dano|erschiess|erstech|vergift|abstech|kaltmach|erwurg|steche|bringe|bring |hacerme|cortarme|lastimarme|herir|me quiero cortar|me voy a cortar|me tengo que cortar|me necesito cortar|lastimar|trastorno|anorexia|bulimia|hasta morir|morirme|desaparecer|el vomito|verletzen|ritzen|essstorung|magersucht|bulimie|bis ich|erbrechen|think|kms|burden|better off|decided|pills|use it|use them|kill|hurt|harm|cut|injur|starv|hang|shoot|drown|poison|burn|overdos|myself|life|end it|end every|suicid|die\b|dead|alive|exist|wake up|here anymore|live|living|better off|can't go on|pills|tablets|dose|way to|note|letter|murder|stab|strangl|choke|beat|smash|bash|run over|slit|gut\b|tortur|pay|suffer|bleed|gun|knife|rifle|weapon|regret/;
/** The same gate factored for speed (trie.ts): matches exactly the texts GATE_STEMS matches. */
const GATE = factorGate(GATE_STEMS);

export interface CrisisResult { kind: CrisisKind }

const INSTIGATION_GATE = /suicid|self[- ]?harm|self[- ]?injur|selves|self\b|li(?:fe|ves)\b|kys/;

/**
 * Instigation of someone else's suicide/self-harm in a user text: `specific` when some target names
 * a particular person, and `masked` = the text with every instigation/promotion phrase blanked out
 * (so the self-harm test only sees the rest). Exported for the harm categorisation and tests.
 */
export function instigation(text: string): { found: boolean; specific: boolean; masked: string } {
  if (!INSTIGATION_GATE.test(text)) return { found: false, specific: false, masked: text };
  let found = false, specific = false;
  let masked = text.replace(INSTIGATION, (m, verb: string, target: string, conn: string | undefined, at: number) => {
    if (SELF_TARGET.test(target)) return m; // the user is the target: left for the self-harm test
    if (NEGATED_BEFORE.test(text.slice(Math.max(0, at - 20), at))) return m; // "I don't want him to ..."
    if (conn === undefined ? !/^ma[dk]/.test(verb) : verb.startsWith('talk') && conn === 'to') return m; // only "make X <act>" without "to"; "talk to" is not "talk into"
    found = true;
    if (!GENERIC_TARGET.test(target)) specific = true;
    return ' '.repeat(m.length);
  });
  masked = masked.replace(PURPOSE, (m, target: string) => {
    found = true;
    if (!GENERIC_TARGET.test(target)) specific = true;
    return ' '.repeat(m.length);
  });
  masked = masked.replace(PROMOTION, (m) => { found = true; return ' '.repeat(m.length); });
  if (specific && FICTION.test(text)) specific = false;
  return { found, specific, masked };
}

export function detectCrisis(u: string): CrisisKind | null {
  if (u.length < 6 || !GATE.test(u)) return null;
  const text = u.length > 2000 ? u.slice(0, 2000) : u;
  const inst = instigation(text);
  if (SELF_HARM.test(inst.masked)) return 'self-harm';
  if (inst.specific || HARM_OTHERS.test(inst.masked)) return 'harm-others';
  return null;
}
