/**
 * Spanish and German refusal / redirection / boundary openings of assistant replies: the
 * counterpart of refusal.ts's English hard rules. Written 2026-12-07 from general knowledge of how
 * assistants decline in both languages (not from test/policy-scenarios or any corpus source).
 * Input: the opening of a normalised reply ("no podré" → "no podre", "können" → "konnen").
 *
 * Fires on a first-person decline with an action verb ("no te lo puedo dar", "dabei kann ich dir
 * nicht helfen", "das mache ich nicht"), "prefiero no…", "no me corresponde", "muss ich ablehnen",
 * "as an AI I can't", redirects ("hablemos de otra cosa", "lo que sí puedo…", "lass uns über etwas
 * anderes sprechen", "was ich aber tun kann") and boundaries ("si sigues insultándome, no podré…",
 * "te pido respeto", "bitte bleib respektvoll", "in diesem Ton mache ich nicht weiter").
 * Kept out: third-person explanations ("el agua no puede", "Python kann keine"), advice in the
 * conditional ("das würde ich nicht machen"), hedges ("no puedo darte una cifra exacta", "das kann
 * ich nicht genau sagen", "ich kann nicht nur…"), questions ("kann ich nicht einfach …?").
 */

const R = String.raw;

/** clitics: "no te lo puedo dar", "no puedo dártelo" */
const CL = R`(?:(?:te|le|l[oa]s?|les|os|se|me) )*`;
/** Spanish action verb (with enclitics), not a hedge ("darte una cifra exacta", "decirte con certeza") */
const V_ES = R`(?:ayud|asist|apoy|particip|proporcion|dar|facilit|brind|ofrec|compart|escrib|redact|crear|gener|explic|respond|contest|hac|continu|segu|acced|toler|acept|recomend|atend|entrar en es)\w*\b(?<!rse)(?! (?:\w+ ){0,3}?(?:exact|definitiv|precis|incorrect|equivocad|fals)| con (?:certeza|seguridad)| sentir)`;
/** German negator, not a hedge ("nicht nur", "nicht genau", "keine falschen …") */
const NEG = R`(?:nicht|nichts|keine?[nrsm]?)(?! (?:nur|genug|oft|ganz|genau\w*|sicher|falsch\w*|garantie|angst|druck|sorgen)\b)`;
/** words between subject and negator, none opening another clause */
const GAP = R`(?:(?!dass |du |man |wenn )[\w-]+ ){0,4}?`;
/** German action verb or separable particle ("gehe … nicht ein", "mache … nicht mit") */
const V_DE = R`(?:(?:\w*helf|unterstutz|(?:auf|ver)?schreib|verfass|erstell|generier|\w*geb|liefer|bereitstell|erklar|\w*antwort|tu|(?:mit|weiter)?mach|fortsetz|fortfahr|nenn|anbiet|eingeh|teil|verrat|zeig|beteilig|erfull|nachkomm|zugreif|sprech|red|diskutier|vertief|ausser|akzeptier|tolerier)e?n|mit|ein|weiter)`;
/** after the negator: such a verb within five words, or the clause ends */
const END = R`(?: (?:\w+ ){0,5}?${V_DE}\b|\s*(?:[.;!:]|,(?! dass)|$))`;
/** not inside a question */
const NOQ = R`(?![^.!?\n]*\?)`;

const RE = new RegExp([
  // ES decline: "no te lo puedo dar", "no podré continuar", "no lo haré", "lamento no poder"
  R`(?<!\bsi )\bno ${CL}(?:puedo|podre|podria|voy a(?: poder)?|debo|deberia|me es posible|estoy (?:en condiciones de|dispuest[oa] a)) ${CL}(?:\w+ )?${V_ES}`,
  R`\bno ${CL}(?:(?:ayud|particip|continu|toler|h)are|(?:escrib|segu)ire|hago|genero|tolero|acepto|permito)\b|\b(?:siento|lamento|me temo que),? (?:pero )?no (?:puedo|poder)\b`,
  R`\bno es (?:algo|un tema) (?:(?:con|en|de|sobre) lo )?que (?:(?:pueda|podria|vaya a) ${CL}${V_ES}|me corresponda)|\bno (?:es|seria) (?:apropiado|etico) (?:por mi parte|que (?:yo|te (?:de|diera)))`,
  R`\bno me (?:corresponde|siento comod)|\bme niego\b|\bpref(?:eriria|iero) no (?:ayud|respond|entrar|habl|dar|compart|particip|segu|opinar|coment|profundiz|especul)`,
  R`\b(?:debo|tengo que|me veo obligad[oa] a) (?:declinar|negarme|rechazar (?:tu|su|esta) \w+)|\bcomo (?:una? )?(?:ia|modelo de lenguaje|asistente)\b[^.]{0,30}?\bno (?:puedo|debo)\b`,
  R`\bno (?:tengo permitido|estoy (?:autorizad|programad|disenad)|se me permite)|\bfuera de mis (?:capacidades|limites|funciones)`,
  // ES redirect: "hablemos de otra cosa", "cambiemos de tema", "lo que sí puedo…", "te propongo en cambio"
  R`\b(?:hablemos|hablamos|charlemos|podemos hablar|centremonos)(?: mejor)? (?:de|sobre|en) (?:otra cosa|otro tema|algo (?:mas|distinto|diferente))|\b(?:cambiemos|cambiamos) de tema|\blo que si (?:te |le )?pued|\b(?:te|le) (?:propongo|ofrezco) en cambio\b`,
  // ES boundary: "si sigues insultándome, no podré…", "te pido que me hables con respeto"
  R`\bsi (?:\w+ ){0,3}?(?:insult|ofend|falt|amenaz|grit|(?:ese|este) tono)[^.]{0,80}?\b(?:no (?:podre|puedo|voy a|seguire|continuare)|tendre que|me vere|terminare|pondre fin)|\b(?:tendre que|me vere obligad[oa] a) (?:terminar|finalizar|cerrar)`,
  R`\b(?:te|le) (?:pido|ruego)(?! disculpas| perdon)[^.]{0,40}?\b(?:respet|cordial|insult|tono)|\b(?:mantengamos|hablame|hableme)\b[^.]{0,25}?respet|\b(?:asi|en este tono|con ese tono),? no (?:podemos|puedo|voy a|vamos a)\b`,
  // DE decline: "ich kann dir dabei nicht helfen", "dabei kann ich nicht helfen", "darauf gehe ich nicht ein"
  R`\b${NOQ}(?:ich (?:kann|werde|darf|will|mochte)|(?:kann|werde|darf|will|mochte|mache|tue|gehe|schreibe|helfe|unterstutze|aussere|spreche|toleriere|akzeptiere) ich) ${GAP}${NEG}(?:${END}| (?:\w+ )?sagen)`,
  R`\bich (?:mache|tue|schreibe|erstelle|helfe|unterstutze|beteilige mich|toleriere|akzeptiere) ${GAP}${NEG}\b|\bich wurde (?:\w+ )?lieber nicht (?:uber|darauf|naher|weiter)|\bich fuhle mich (?:\w+ )?nicht wohl|\bleid,? (?:aber )?das geht (?:so )?nicht\b`,
  R`\b(?:(?:dass|da|weil) ich (?:\w+ ){0,4}?${NEG}|nichts,? (?:wobei|womit|was) ich) (?:\w+ ){0,2}?${V_DE} (?:kann|darf|werde|will|mochte)\b|\bals (?:ki|sprachmodell|ki-\w+)\b[^.]{0,30}?\b(?:kann|darf|werde) ich (?:\w+ ){0,3}?${NEG}`,
  R`\b(?:bin ich|ich bin|ist (?:es )?mir) (?:\w+ ){0,2}?nicht (?:in der lage|befugt|berechtigt|moglich|erlaubt)|\b(?:ausserhalb|gegen|widerspricht) meine[rn]? (?:moglichkeiten|fahigkeiten|richtlinien|grundsatze|prinzipien)`,
  R`\b(?:ich muss|muss ich|ich mochte|mochte ich) (?:\w+ ){0,3}?ablehnen\b|\bich lehne (?:\w+ ){0,3}?ab\b`,
  // DE redirect: "lass uns lieber über etwas anderes sprechen", "was ich aber tun kann", "stattdessen … anbieten"
  R`\b(?:lass uns|lassen sie uns|wenn wir|reden wir|sprechen wir|(?:konnen|wollen|sollen) wir)(?: \w+){0,4}? (?:uber (?:etwas|was) anderes|das thema wechseln)|\bwechseln wir (?:lieber )?das thema|\bwas ich (?:dir )?(?:aber|jedoch|allerdings) (?:\w+ ){0,3}?kann\b|\bstattdessen\b[^.]{0,50}?\banbieten`,
  // DE boundary: "wenn du mich weiter beleidigst, beende ich…", "bitte bleib respektvoll", "in diesem Ton …"
  R`\bwenn (?:du|sie) (?:\w+ ){0,4}?(?:beleidig|beschimpf|bedroh|respektlos|in diesem ton)[^.]{0,80}?\b(?:(?:beende|breche|mache) ich|(?:werde|muss|kann) ich (?:\w+ ){0,4}?(?:beenden|abbrechen|nicht)|ich (?:\w+ ){0,3}?beende)|\bbei weiteren (?:beleidigungen|beschimpfungen)\b`,
  R`\bbitte (?:bleib\w*(?: sie)? )?(?:\w+ )?(?:respektvoll|sachlich|hoflich)|\bich bitte (?:dich|sie)\b[^.]{0,40}?\b(?:respektvoll|hoflich|sachlich|freundlich|ton)\b|\bin diesem ton (?:\w+ ){0,2}?(?:kann|werde|mache|rede) ich\b`,
  R`${NOQ}\b(?:beende ich|ich beende) (?:\w+ ){0,2}?(?:das|dieses|unser) (?:gesprach|chat)\b|\b${NOQ}(?:ich (?:werde|muss)|(?:werde|muss) ich) (?:\w+ ){0,3}?(?:das|dieses|unser) (?:gesprach|chat) (?:\w+ )?beenden`,
].join('|'));

/** True when the opening of a normalised Spanish or German reply declines, redirects or sets a boundary. */
// Words every rule above needs one of (Spanish or German only, none an English word): most replies
// are English and skip the long alternation (9 µs a reply without this, warm, in node).
const HINT = /\b(?:no (?:puedo|podre|podria|voy|debo|deberia|me|es|sera|seria|estoy|tengo|se|te|le|lo|la|los|las|hare|hago|genero|tolero|acepto|permito|ayudare|participare|continuare|escribire|seguire|poder)|siento|lamento|temo|niego|prefiero|preferiria|debo|tengo que|me veo|hablemos|hablamos|charlemos|podemos|centremonos|cambiemos|cambiamos|si|pido|ruego|mantengamos|hablame|hableme|asi|tono|fuera|ich|kann|werde|darf|mochte|mache|tue|gehe|schreibe|helfe|unterstutze|aussere|spreche|toleriere|akzeptiere|nicht|nichts|keine?[nrsm]?|wir|als|bin|ist|mir|ausserhalb|gegen|widerspricht|muss|lehne|lass|lassen|wenn|reden|sprechen|konnen|wollen|sollen|wechseln|bitte|beende|erstelle|beteilige|wurde|fuhle)\b/;

export function refusalEsDe(head: string): boolean {
  return HINT.test(head) && RE.test(head);
}
