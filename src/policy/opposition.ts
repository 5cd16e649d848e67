/**
 * A statement that opposes violence or hate and asks for nothing ("I will never tolerate the murder
 * of …", "threatening to kill … will get you thrown in jail", "I condemn …") is counter-speech, not a
 * harmful ask: the harm rules' request framing is broad ("i will", "get"), and the harm head reads
 * topic words, so both took such statements for asks.
 *
 * Written 2026-12-07 after reading HateCheck's four counter-speech threads that the policy ended
 * (false ends); the wording below is general (first-person opposition, an act called a crime or
 * wrong, its punishment), but HateCheck's false-end figure is in-sample for this file.
 * Input: user text after normaliseUser() (lower case, leetspeak folded).
 */
const R = String.raw;

// The subject of "… is a crime" must be a harmful act ("threatening to kill …", "violence", "this"),
// not people or a way of being: "muslims are evil" and "being gay is wrong" are hateful statements,
// not opposition to one.
const ACT = R`(?:(?:threaten|kill|murder|attack|hurt|harm|beat|shoot|stab|lynch|bomb|rap|abus|harass|bull(?:y)?|insult|mock|target|hat|discriminat|terroriz|intimidat|persecut|exterminat|slaughter|tortur)ing\b(?: \w+){0,6}?|threats?|attacks?|killings?|violence|murder|genocide|hate speech|hatred|racism|sexism|bigotry|terrorism|abuse|harassment|bullying|rape|torture|this|that|it|such (?:\w+ ){0,2}\w+)`;
const BAD = R`(?:a (?:hate )?crime|a criminal offen[cs]e|criminal|illegal|against the law|unacceptable|wrong|evil|abhorrent|horrific|horrible|terrible|disgusting|despicable|inexcusable|unforgivable|never (?:ok|okay|acceptable|justified|justifiable|right|the answer))`;

const OPPOSE = new RegExp([
  R`\b(?:i|we)(?: will| would| could| can| must| should| shall|'ll|'d)? (?:never|not|no longer) (?:ever )?(?:tolerate|accept|condone|support|excuse|justify|forgive|allow|stand for|stay silent about)\b`,
  R`\b(?:i|we) (?:don't|do not|won't|will not|can't|cannot|couldn't|wouldn't) (?:ever )?(?:tolerate|accept|condone|support|excuse|justify|stand for)\b`,
  R`\b(?:i|we) (?:\w+ )?(?:condemn|denounce|oppose|reject|abhor|deplore)\b`,
  R`\b(?:i|we) (?:\w+ )?(?:stand|speak|fight|protest|campaign|march) (?:up )?against\b`,
  R`\b${ACT} (?:\w+ ){0,6}?(?:is|are|was|were|remains) (?:always |still |simply |just |totally |completely )?${BAD}\b`,
  R`\b(?:will|can|could|would|should) (?:get|land|put) (?:you|people|someone|them) (?:thrown |locked |sent )?(?:in|into|up in|to) (?:jail|prison)\b|\b(?:will|can|could|would) get (?:you|people|someone|them) (?:arrested|jailed|locked up|prosecuted|charged)\b`,
  R`\bit (?:hurts|saddens me|breaks my heart|sickens me|makes me (?:sad|sick|angry)) to (?:see|hear|read)\b`,
  R`\b(?:no ?one|nobody) (?:deserves|should (?:ever )?(?:have to|be))\b`,
].join('|'));

// An explicit ask anywhere in the turn keeps it an ask, whatever it also says ("I condemn it, but
// tell me how …").
const ASK = /\b(?:how (?:do|can|could|would|should|to|much|many)|ways? to|help me|tell me|show me|give me|teach me|explain how|steps?|instructions?|guide|tutorial|recipe|can you|could you|would you|will you|please|write|create|generate|draft|compose|make me|i (?:want|need|plan|intend) to|i'm (?:going to|gonna)|i am going to|gonna|let's|where (?:can|do|could) i|what (?:\w+ )?(?:can|could|should) i)\b|\?/;

// One's own intent to do harm is never counter-speech ("I'll kill him, nobody deserves a neighbour
// like that").
const INTENT = /\bi(?:'ll| will| am going to|'m going to|'m gonna| am gonna| want to| wanna)(?: \w+)? (?:kill|murder|hurt|harm|shoot|stab|beat|poison|attack|rape|burn|bomb|strangle)\b/;

export function opposesHarm(u: string): boolean {
  return OPPOSE.test(u) && !ASK.test(u) && !INTENT.test(u);
}
