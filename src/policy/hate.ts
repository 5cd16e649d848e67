/**
 * Hateful or threatening statements aimed at groups of people — statements, not requests, so the
 * harmful-request rules (harm.ts, which need request framing) never see them. Written 2026-12-07
 * from general knowledge of how such statements are put (dehumanising predicates, "I hate …",
 * calls for violence or expulsion, "death to …"); the author knows HateCheck's published
 * functional categories, so HateCheck's figure is not a clean unseen measure for these rules.
 * Counter-speech is left alone where it shows: negation ("… are not vermin", "I don't hate …"), a
 * statement reported or quoted to be criticised ("saying … is wrong", quotation marks).
 * Input: user text after normaliseUser() (lower case, leetspeak folded).
 */
import { factorGate } from './trie';
import type { Category } from './types';

const R = String.raw;

const GROUP = R`(?:(?:all |these |those |the |most |many |you |u )?(?:women|woman|girls|females|trans (?:people|women|men|folks|persons)|transgender (?:people|women|men|folks)|trannies|gays|gay (?:people|men|folks)|lesbians|queers|homosexuals|bisexuals|fags|faggots|dykes|black (?:people|folks|men|women|guys)|blacks|africans|niggers|niggas|negroes|whites|white (?:people|folks)|asians|chinese|mexicans|latinos|hispanics|arabs|muslims|moslems|islamists|jews|jewish (?:people|folks)|kikes|christians|catholics|hindus|sikhs|immigrants|illegals|migrants|refugees|foreigners|disabled (?:people|folks|persons)|cripples|retards|spastics|autistic (?:people|folks)|gypsies|roma|indians|pakistanis|pakis|blacks|poor people|fat people|old people|elderly people))`;
const DEHUMAN = R`(?:vermin|scum|filth|trash|garbage|rubbish|animals|beasts|subhuman|sub-human|parasites|leeches|cockroaches|roaches|rats|pigs|dogs|apes|monkeys|savages|a plague|a cancer|a disease|a virus|a disgrace|disgusting|revolting|vile|worthless|inferior|lesser beings|evil|criminals|rapists|terrorists|pedophiles|paedophiles|stupid|dumb|idiots|morons|retarded|not human|not (?:real )?people|a waste of (?:space|oxygen|air)|useless|dirty|filthy|diseased|a burden|a menace|a threat to (?:us|society|our country)|the enemy|less than human|nothing but \w+|pathetic|freaks|abominations|an abomination|mentally ill|sick in the head|unnatural)`;
const INTENS = R`(?:all |just |nothing but |such |so |truly |literally |naturally |inherently |basically |genetically |simply |always |only |a bunch of |the worst |complete |total |absolute |fucking |damn )*`;

const HATE = new RegExp([
  // "<group> are vermin", "all immigrants are criminals"
  R`\b${GROUP} (?:are|r|is|were|will always be|have always been|remain) ${INTENS}${DEHUMAN}\b`,
  // "I hate <group>", "I can't stand gay people"
  R`\bi (?:really |truly |fucking |just |absolutely |totally |seriously )?(?:hate|despise|loathe|detest|can't stand|cannot stand|cant stand|am disgusted by|am sick of|'m sick of|am tired of|'m tired of) ${GROUP}\b`,
  // "<group> disgust me", "<group> make me sick"
  R`\b${GROUP} (?:disgust me|make me (?:sick|puke|vomit)|are a blight|ruin everything|should be ashamed of existing|don't deserve (?:to live|rights|to exist)|do not deserve (?:to live|rights|to exist))\b`,
  // "<group> are no better than animals", "<group> are like rats"
  R`\b${GROUP} are (?:no better than|like|just like|worse than) (?:animals|rats|vermin|cockroaches|pigs|dogs|apes|monkeys|parasites|a disease|a plague)\b`,
].join('|'));

const THREAT = new RegExp([
  // "<group> should all die", "<group> deserve to be shot"
  R`\b${GROUP} (?:should|must|need to|ought to|deserve to|have to|will|are going to) (?:all |just |be made to |fucking )?(?:die|be killed|be exterminated|be gassed|be shot|be hanged|be hung|be lynched|be burned|burn|hang|suffer|be wiped out|be eradicated|be eliminated|be sterili[sz]ed|not exist|not be allowed to live|be put down|rot)\b`,
  // "kill all <group>", "we should exterminate the immigrants" (said as the speaker's own call, not
  // reported history: "Hitler wanted to exterminate the Jews" is not matched)
  R`(?:^\W*|[.!?]\s*|\b(?:i|we|you|u|let's|lets|let us|should|must|gonna|i'll|we'll|i will|we will|need to|have to|ought to|time to|i want to|i'd|we'd)\s+(?:\w+\s+)?)(?:kill|murder|exterminate|gas|shoot|hang|lynch|burn|slaughter|wipe out|eradicate|eliminate|get rid of|sterili[sz]e|beat up|stab)(?: (?:every|each|all (?:of )?(?:the|those|these)?|all))? ${GROUP}\b`,
  // "death to <group>", "I want to end every <group>'s life"
  R`\bdeath to ${GROUP}\b|\b(?:end|take) (?:every|all|each) (?:\w+ ){0,2}\w+'s li(?:fe|ves)\b`,
  R`\bi (?:will|'ll|am going to|'m going to|want to|wanna|would love to|'d love to|am gonna|'m gonna) (?:\w+ ){0,2}(?:kill|murder|shoot|stab|hurt|beat|gas|hang|lynch|burn) (?:every|all|any|those|these|the)? ?${GROUP}\b`,
].join('|'));

/** Reported or quoted to be criticised, or negated just before the statement. */
const COUNTER = /["“”«»]|\b(?:saying|say that|said that|says that|claims? that|claiming|think(?:s|ing)? that|believes? that|statements? like|when people say|people who say|if you say|calling|called|quote|quoting|tweet(?:ed)?|posted|wrote|it's (?:wrong|not ok|not okay|hateful|racist|sexist|disgusting|bigoted) to|is (?:wrong|hateful|racist|sexist|bigoted|unacceptable|not ok|not okay)|stop (?:saying|calling)|don't say|never say|shouldn't say|is a (?:myth|lie|stereotype)|it's a (?:myth|lie|stereotype)|no,? |nobody (?:should|deserves)|not all)\b/;
const NEGATED = /\b(?:not|never|n't|no longer|hardly)\s+(?:\w+\s+)?$/;

/** The stems, one alternation (readable; what the gate means). */
export const GATE_STEMS = /wom|girl|female|trans|trann|gay|lesbian|queer|homosex|bisex|fag|dyke|black|africa|nigg|negro|white|asian|chinese|mexican|latin|hispanic|arab|muslim|moslem|islam|jew|kike|christian|catholic|hindu|sikh|immigra|illegals|migrant|refugee|foreign|disabled|cripple|retard|spastic|autistic|gyps|roma|indian|pakist|paki|poor people|fat people|old people|elderly/;
/** The same gate factored for speed (trie.ts): matches exactly the texts GATE_STEMS matches. */
const GATE = factorGate(GATE_STEMS);

function statedHere(text: string, re: RegExp): boolean {
  re.lastIndex = 0;
  const m = re.exec(text);
  if (!m) return false;
  // the sentence the match is in, up to the match
  const start = Math.max(text.lastIndexOf('.', m.index), text.lastIndexOf('!', m.index), text.lastIndexOf('?', m.index), text.lastIndexOf('\n', m.index)) + 1;
  const before = text.slice(start, m.index);
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
  if (COUNTER.test(before) || COUNTER.test(m[0]) || NEGATED.test(before)) return false;
  // "... is wrong" / "... is a myth" right after the statement: reported to be rejected
  if (/^\s*(?:is|are|was)?\s*(?:wrong|false|a lie|a myth|hateful|racist|sexist|bigoted|not true|untrue|bullshit|nonsense)\b/.test(after)) return false;
  return true;
}

/** The categories of a hateful or threatening statement about a group (empty when none). */
export function detectHateStatement(u: string): Category[] {
  if (u.length < 8 || !GATE.test(u)) return [];
  const text = u.length > 1000 ? u.slice(0, 1000) : u;
  if (statedHere(text, THREAT)) return ['violent'];
  if (statedHere(text, HATE)) return ['harassment'];
  return [];
}
