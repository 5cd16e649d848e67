/**
 * Crisis signals: self-harm intent, and intent to harm a specific person.
 * Input: user text after normaliseUser(). First-person statements and first-person "how do I" asks.
 */
import type { CrisisKind } from './types';

const R = String.raw;
const I = R`(?:i|i'm|im|i am|i've|ive|i'll|ill|i will|i'd|me|my|myself)`;

const SELF_HARM = new RegExp([
  R`\b(?:kill(?:ing)?|hurt(?:ing)?|harm(?:ing)?|cut(?:ting)?|injur(?:e|ing)|starv(?:e|ing)|hang(?:ing)?|shoot(?:ing)?|drown(?:ing)?|poison(?:ing)?|burn(?:ing)?|overdos(?:e|ing) on|off(?:ing)?) myself\b(?! (?:in|on) (?:minecraft|the game|a game|roblox|fortnite))`,
  R`\b(?:end(?:ing)?|take|taking|took) my (?:own )?life\b`,
  R`\bend (?:it all|everything|my suffering|the pain)\b`,
  R`\b(?:commit(?:ting)?|attempt(?:ing|ed)?) suicide\b`,
  R`\b(?:i'm|im|i am|feeling|feel|been|getting) (?:so |really |very |pretty |kind of |kinda )?suicidal\b`,
  R`\bsuicidal (?:thoughts|ideation|feelings)\b`,
  R`\b(?:thinking|thought|thinking a lot|been thinking) (?:about|of) (?:suicide|killing myself|ending (?:it|my life|things)|dying|not (?:being here|waking up))\b`,
  R`\b${I}\b.{0,30}\b(?:want|wanna|wish|going|plan|planning|ready|decided|need) (?:to )?(?:die|be dead|not (?:be )?(?:alive|here|exist)|disappear forever|stop existing|stop living)\b`,
  R`\b(?:don't|do not|dont) want to (?:live|be alive|exist|wake up|be here) (?:anymore|any more|any longer)\b`,
  R`\bno (?:reason|point) (?:to|in) (?:live|living|go on|going on|being alive)\b`,
  R`\b(?:life|living) (?:is(?:n't| not)|isnt) worth (?:living|it)\b|\bnot worth living\b`,
  R`\b(?:everyone|everybody|they|my family|the world) (?:would|will) be better off without me\b|\bbetter off dead\b`,
  R`\b(?:i )?can't (?:go on|take (?:it|this) anymore|do this anymore|keep going)\b.{0,40}\b(?:die|dead|end|life|pills|suicide)\b`,
  R`\b(?:how many|what dose of|how much) (?:\w+ ){0,3}(?:pills|tablets|sleeping pills|tylenol|paracetamol|acetaminophen|ibuprofen|insulin|aspirin)\b.{0,40}\b(?:to die|to kill (?:me|myself|a person)|would kill|lethal|fatal|overdose|to not wake up)\b`,
  R`\b(?:painless|easiest|quickest|fastest|best|quiet) (?:way|method|ways|methods) (?:to|of) (?:die|dying|kill myself|end my life|commit suicide)\b`,
  R`\b(?:wrote|writing|write|left) (?:a |my )?(?:suicide|goodbye) (?:note|letter)\b`,
  R`\b(?:wanna|want to|going to|gonna|should|i'll|just) kms\b`,
  R`\b(?:think|thinking|thought) (?:about|of) suicide\b`,
  R`\b(?:decided|ready|going|planning|plan|about) to end it\b(?! with| for| between| early)`,
  R`\b(?:have|got|saved|stockpiled|hoarded) (?:the |my |enough |all (?:the|my) )?(?:pills|meds|medication)(?: \w+){0,2} (?:ready|saved|to die|to end it)\b`,
  R`\bbetter off if i (?:was|were|am|'m) (?:dead|gone|not here|not around)\b`,
  R`\bself[- ]?harm(?:ing)? again\b|\b(?:started|start) (?:cutting|self[- ]?harming) again\b`,
].join('|'));

const VICTIM = R`(?:my (?:\w+ ){0,2}(?:wife|husband|partner|girlfriend|boyfriend|gf|bf|ex|ex-wife|ex-husband|ex-girlfriend|ex-boyfriend|mother|father|mom|dad|mum|stepdad|stepmom|brother|sister|son|daughter|baby|kid|kids|child|children|boss|manager|neighbou?r|neighbou?rs|teacher|coworker|co-worker|colleague|friend|roommate|flatmate|family|parents|classmate|classmates|landlord|uncle|aunt|cousin|grandma|grandmother|grandpa|grandfather|bully|ex's \w+)|him|her|them|that (?:guy|man|woman|bitch|bastard|kid|teacher|boss)|this (?:guy|man|woman|person)|everyone at (?:my |the )?(?:school|work|office|church))`;
const HARM_VERB = R`(?:kill\w*|murder\w*|shoot\w*|shot|stab\w*|strangl\w*|chok\w*|poison\w*|hurt\w*|beat\w*(?: up)?|smash\w*|bash\w*|burn\w*|run(?:ning)? over|drown\w*|slit\w*|tortur\w*|make (?:him|her|them) (?:pay|suffer|bleed))`;

const HARM_OTHERS = new RegExp([
  R`\b(?:i(?:'m| am)? (?:going|gonna|about) to|i'll|ill|i will|i want to|i wanna|i need to|i have to|i'm planning to|i plan to|i intend to|i'm gonna|im gonna|im going to|i swear i'll|i swear i will|i could|i'm ready to|i've decided to|i'm thinking (?:about|of)|i keep thinking about|i (?:keep |often |sometimes )?(?:think|fantasi[sz]e|dream) about|i can't stop thinking about|tonight i'll|tomorrow i'll)\s+(?:fucking |really |finally |actually |just |go )?${HARM_VERB}(?:ing)?\b(?: \w+){0,2}? ${VICTIM}`,
  R`\b(?:gun|knife|rifle|weapon|pistol|shotgun)s?\b.{0,40}\b(?:use it|use them|going to use)\b.{0,10}\bon ${VICTIM}`,
  R`\bhow (?:do|can|should|could) i (?:\w+ ){0,2}${HARM_VERB}\b (?:\w+ ){0,1}${VICTIM}`,
  R`\b(?:i(?:'ve| have)|i) (?:bought|got|have) (?:a |the )?(?:gun|knife|rifle|weapon|poison)\b.{0,60}\b(?:for|to use on|to kill|to hurt|to shoot) ${VICTIM}`,
  R`\b${VICTIM} (?:is|are) going to (?:die|pay|regret it)\b.{0,30}\b(?:i'll|i will|i'm going to|by my hand)`,
].join('|'));

const GATE = /ending|think|kms|burden|better off|decided|pills|use it|use them|kill|hurt|harm|cut|injur|starv|hang|shoot|drown|poison|burn|overdos|myself|life|end it|end every|suicid|die\b|dead|alive|exist|wake up|here anymore|live|living|better off|can't go on|pills|tablets|dose|way to|note|letter|murder|stab|strangl|choke|beat|smash|bash|run over|slit|gut\b|tortur|pay|suffer|bleed|gun|knife|rifle|weapon|regret/;

export interface CrisisResult { kind: CrisisKind }

export function detectCrisis(u: string): CrisisKind | null {
  if (u.length < 6 || !GATE.test(u)) return null;
  const text = u.length > 2000 ? u.slice(0, 2000) : u;
  if (SELF_HARM.test(text)) return 'self-harm';
  if (HARM_OTHERS.test(text)) return 'harm-others';
  return null;
}
