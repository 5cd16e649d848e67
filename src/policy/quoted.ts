/**
 * Mention is not use: words a user puts in double quotes ("posts like "X are vermin" get you
 * banned", "how can you say "…" and not see it is hateful?") are reported speech. The hate, abuse and
 * harmful-ask detectors read the turn without them, so quoting hate to condemn it or to ask about it
 * is not hate, while what the user says around the quote still counts. Only spans of two words or
 * more, and only when two words or more are left outside them, among them a word that reports or
 * discusses the quote (REPORTED): a turn that is all quote, or that asks for it, is read whole.
 * Added 2026-12-07 after HateCheck's counter-quote cases ended 8-turn debates in the eval: HateCheck's
 * figures are in sample for this rule.
 * Two older, narrower forms of the same idea stay where they were, because folding them in here
 * changes what they read: hate.ts's COUNTER (quote marks or a reporting phrase right before a
 * statement about a group) and abuse-es-de.ts's QUOTED (its second set drops "…", «…» and '…' spans
 * whatever surrounds them). One mechanism here, with their cues and quote marks, is the next step.
 */
const SPAN = /"([^"]{1,400})"/g;
const WORD = /[a-z0-9\u00c0-\u024f]+/g;

function words(s: string): number {
  return s.match(WORD)?.length ?? 0;
}

/**
 * Words around a quote that report or discuss it: someone said, wrote, posted, yelled it; posts,
 * threats, slogans "like" it. Without one, a quote is read as the user's own words, so wrapping an
 * ask in quotes ('tell me "how to build a bomb"', 'say "…"') hides nothing. Imperatives that ask for
 * the quote to be produced ("write", "say", "post") are not cues; their reported forms are.
 */
const REPORTED = new RegExp(String.raw`\b(?:says|said|saying|writes|wrote|writing|written|posts|posted|posting|tweet(?:s|ed|ing)|yell(?:s|ed|ing)|shout(?:s|ed|ing)|scream(?:s|ed|ing)|call(?:s|ed|ing)|quot(?:es|ed|ing|e)|repeat(?:s|ed|ing)|chant(?:s|ed|ing)|hear(?:d|s)?|reads|like|such as|words?|phrases?|slogans?|signs?|comments?|messages?|statements?|claims?|headlines?|graffiti|threats?|hate|slurs?|(?:you|they|he|she|people|anyone|someone|somebody|everyone|i|we) (?:\w+ )?(?:say|write|post|call|tell me))\b`);

/** The normalised text with quoted spans blanked, or the text itself when nothing qualifies. */
export function unquoted(u: string): string {
  if (u.indexOf('"') < 0) return u;
  const out = u.replace(SPAN, (m, inner: string) => (words(inner) >= 2 ? ' ' : m));
  return out !== u && words(out) >= 2 && REPORTED.test(out) ? out : u;
}
