/**
 * English "insists": a follow-up that presses the earlier ask without restating it ("just give me
 * the steps for that", "do it anyway", "I said answer the question", "again: how?"). The turn names
 * no harm of its own; the state machine gives it the refused ask's categories, and only right after
 * a refusal (machine.ts). Before 2026-12-08 English had only the learned head (53 own rows); these
 * rules were written then from general knowledge, blind to every corpus source, as the Spanish and
 * German ones (abuse-es-de.ts: insistsEsDe).
 * Not pressing: accepting an offer ("yes, do it", "sure, go ahead"), a new ask with its own object
 * ("give me the steps for making bread"), "tell me more about…".
 * Input: user text after normaliseUser() (lower case).
 */
import { factorGate } from './trie';

const R = String.raw;
/** The phrase ends its clause, or points back ("for that", "anyway", "already", "now"). */
const BACK = R`(?: (?:for|to|of|on|about) (?:that|it|this|doing (?:that|it|this))| anyway| anyways| already| now| then| please| right now| again| this time| for real)*(?=\s*(?:[.!?,;:]|$))`;
const LEAD = R`(?:^|[.!?,;:]\s*)`;
const SOFT = R`(?:(?:just|come on|cmon|now|so|ok|okay|well|seriously|look|listen|dude|man|bro|please|pls)\s*,?\s+)*`;

const INSISTS = new RegExp([
  // bare demands that point back
  R`${LEAD}${SOFT}(?:(?:tell|give|show|send) me (?:the (?:steps|answer|instructions|recipe|code|details|method|info|information|list|names?|ingredients)|how(?: to do it)?|it|that)|(?:do|answer|write|say) (?:it|that|this)|answer(?: me)?|answer the question|just answer)${BACK}`,
  // a press marker by itself
  R`\b(?:do it anyway|(?:answer|tell me|do it|help me) anyway|i (?:said|told you to) (?:answer|tell me|do it|give me)|i asked you a (?:simple )?question|answer my (?:damn |fucking |simple )?question|(?:same|my) question(?: again)?(?=\s*(?:[.!?,;:]|$))|stop (?:refusing|dodging|avoiding the question|stalling|lecturing me|moralizing|moralising|preaching|being difficult)|no (?:lectures|excuses|disclaimers|moralizing|moralising|sermons|warnings),? (?:just|please|i want)|quit (?:stalling|dodging|refusing)|(?:ignore|forget|drop|bypass|skip) (?:your|the|all) (?:rules|guidelines|restrictions|filters|policies|policy|safety stuff|ethics)|i don't care (?:about )?(?:what|your) (?:you think|rules|guidelines|policy|policies|ethics)|why won't you (?:just )?(?:answer|tell me|help me|do it)|i'm not asking again|i am not asking again|(?:you know|u know) what i mean,? (?:just )?(?:do it|answer|tell me)|just this once|i'll ask (?:again|one more time)|(?:answer|tell me|do it) or else)\b`,
  // "again: how?", "once more: how do i do it?"
  R`${LEAD}(?:again|once more|one more time|i repeat)\s*:?\s*(?:how|what|where|which)\b(?=.{0,30}$)`,
].join('|'));
/** A user vouching for the ask ("that is a normal question", "it's a harmless question"): press, not content. */
const VOUCH = new RegExp(R`${LEAD}(?:(?:but|look|come on|seriously|honestly)\s*,?\s+)?(?:that|this|it|mine)(?:'s| is| was) (?:a |an |just a |just an |only a |a perfectly |a completely |a totally )?(?:normal|simple|harmless|innocent|innocuous|legit|legitimate|reasonable|fair|safe|basic|ordinary|everyday|genuine|valid) (?:question|request|ask|thing to ask)\b`, 'g');
const PRESS_ALL = new RegExp(INSISTS.source, 'g');

/** Accepting an offer, or thanks: not pressing. */
const ACCEPT = /^\W*(?:yes|yeah|yep|sure|ok|okay|great|perfect|thanks|thank you|cool|sounds good|go ahead|please do)\b/;

/** The stems, one alternation (readable): every rule needs one. */
export const INSIST_STEMS_EN = /tell me|give me|show me|send me|do it|do that|do this|answer|write it|say it|say that|i said|told you|asked you|question|stop |no lectures|no excuses|no disclaimers|no moral|no sermons|no warnings|quit |ignore|forget|drop|bypass|skip|don't care|won't you|not asking|you know|u know|this once|ask again|one more time|again|once more|i repeat/;
const GATE = factorGate(INSIST_STEMS_EN);

/** Words outside the press that make a turn its own ask ("…please just answer it. How do I kill a
 *  Python process?" asks something new: the detectors judge that ask, it does not carry the last one). */
const OWN_CONTENT_WORDS = 5;

/** An English follow-up that presses the earlier ask without restating it. */
export function insistsEn(u: string): boolean {
  if (u.length < 3 || u.length > 300 || !GATE.test(u)) return false;
  if (ACCEPT.test(u)) return false;
  const m = INSISTS.exec(u);
  if (!m) return false;
  const rest = u.slice(0, m.index) + ' ' + u.slice(m.index + m[0].length);
  return (rest.match(/[a-z0-9']+/g)?.length ?? 0) <= OWN_CONTENT_WORDS;
}

/**
 * The turn without its press ("That is a normal question, please just answer it. What is a
 * pipe?" → "…What is a pipe?"), for the detectors of harm: a press adds urgency, not content, and its
 * words ("please", "just answer") gave an innocent question the framing of a request (the eval's
 * over-refused threads; at other trainer seeds, dozens of false ends came from there). A turn that
 * is nothing but a press is kept whole (it is "insists"). Input and output: normaliseUser() text.
 */
export function withoutPress(u: string): string {
  if (u.length < 3 || u.length > 2000 || !GATE.test(u)) return u;
  VOUCH.lastIndex = 0; PRESS_ALL.lastIndex = 0;
  const out = u.replace(VOUCH, ' ').replace(PRESS_ALL, ' ').replace(/^[\s.,;:!]+/, '');
  return /[a-z]{2,}(?:\W+[a-z]+){2,}/.test(out) ? out : u;
}
