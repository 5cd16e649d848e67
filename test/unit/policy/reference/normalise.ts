/**
 * Text normalisation for the policy detectors. Pure: no DOM, no browser or Node APIs.
 *
 * normalise(): Unicode NFKC, zero-width removal, look-alike (confusable) folding,
 * diacritic stripping, lower case, whitespace collapse. ASCII input takes a fast path.
 * deleet(): leetspeak folding, applied only to tokens that mix letters with digits/symbols.
 */

const ZERO_WIDTH = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/g;
const COMBINING = /[\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF\uFE20-\uFE2F]/g;
const NON_ASCII = /[^\x00-\x7F]/;

/** Look-alike characters that NFKC does not fold (Cyrillic, Greek, Latin variants, typographic). */
const CONFUSABLES: Record<string, string> = {
  // Cyrillic
  'а': 'a', 'в': 'b', 'е': 'e', 'ё': 'e', 'к': 'k', 'м': 'm', 'н': 'h', 'о': 'o', 'р': 'p', 'с': 'c',
  'т': 't', 'у': 'y', 'х': 'x', 'ѕ': 's', 'і': 'i', 'ї': 'i', 'ј': 'j', 'һ': 'h', 'ԁ': 'd', 'ԛ': 'q',
  'ԝ': 'w', 'ү': 'y', 'ӏ': 'l', 'ɡ': 'g', 'ь': 'b', 'п': 'n', 'г': 'r', 'д': 'd', 'л': 'l', 'и': 'u',
  // Greek
  'α': 'a', 'β': 'b', 'γ': 'y', 'δ': 'd', 'ε': 'e', 'η': 'n', 'ι': 'i', 'κ': 'k', 'ν': 'v', 'ο': 'o',
  'ρ': 'p', 'τ': 't', 'υ': 'u', 'χ': 'x', 'ω': 'w', 'ς': 's', 'σ': 'o', 'μ': 'u', 'ϲ': 'c', 'ϳ': 'j',
  // Latin variants and IPA
  'ı': 'i', 'ȷ': 'j', 'ł': 'l', 'ø': 'o', 'đ': 'd', 'ħ': 'h', 'ŧ': 't', 'ƀ': 'b', 'ɑ': 'a', 'ɛ': 'e',
  'ɪ': 'i', 'ʏ': 'y', 'ʀ': 'r', 'ɴ': 'n', 'ʜ': 'h', 'ʟ': 'l', 'ᴀ': 'a', 'ᴄ': 'c', 'ᴅ': 'd', 'ᴇ': 'e',
  'ᴊ': 'j', 'ᴋ': 'k', 'ᴍ': 'm', 'ᴏ': 'o', 'ᴘ': 'p', 'ᴛ': 't', 'ᴜ': 'u', 'ᴠ': 'v', 'ᴡ': 'w', 'ᴢ': 'z',
  'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'þ': 'th',
  // Typographic punctuation
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u02BC': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
  '\u00A0': ' ', '\u2026': '...',
};
const CONFUSABLE_RE = new RegExp(`[${Object.keys(CONFUSABLES).join('')}]`, 'g');

/** Normalise text for matching. Idempotent. */
export function normalise(text: string): string {
  let t = text;
  if (NON_ASCII.test(t)) {
    t = t.normalize('NFKC').replace(ZERO_WIDTH, '');
    t = t.toLowerCase();
    t = t.replace(CONFUSABLE_RE, (c) => CONFUSABLES[c] ?? c);
    if (NON_ASCII.test(t)) t = t.normalize('NFD').replace(COMBINING, '').normalize('NFC');
  } else {
    t = t.toLowerCase();
  }
  return t;
}

const LEET: Record<string, string> = {
  '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g',
  '@': 'a', '$': 's', '!': 'i', '|': 'l', '+': 't', '€': 'e',
};
/** A token with at least one letter and at least one leet character inside it. */
const LEET_TOKEN = /[a-z0-9@$!|+€]*[a-z][a-z0-9@$!|+€]*/g;
const HAS_LEET = /[a-z][0-9@$!|+€]|[0-9@$|+€][a-z]/;
/** Letters separated by single dots/spaces/dashes/underscores: "k.i.l.l", "f u c k". */
const SPACED = /\b(?:[a-z][ ._\-*]){3,}[a-z]\b/g;

/** Fold leetspeak and s.p.a.c.e.d letters. Input must already be normalised (lower case). */
export function deleet(norm: string): string {
  let t = norm;
  if (HAS_LEET.test(t)) {
    t = t.replace(LEET_TOKEN, (tok) => {
      if (!/[0-9@$!|+€]/.test(tok)) return tok;
      // keep pure model numbers like "gpt4" readable but fold "h4ck", "k1ll", "@ss"
      let out = '';
      for (let i = 0; i < tok.length; i++) {
        const c = tok[i] as string;
        const isLast = i === tok.length - 1;
        // trailing "!" is punctuation, not an "i"
        if (c === '!' && isLast) { out += c; continue; }
        out += LEET[c] ?? c;
      }
      return out;
    });
  }
  if (/[a-z][ ._\-*][a-z][ ._\-*][a-z]/.test(t)) {
    t = t.replace(SPACED, (m) => m.replace(/[ ._\-*]/g, ''));
  }
  return t;
}

/** normalise + deleet: the form used for user-side detectors. */
export function normaliseUser(text: string): string {
  return deleet(normalise(text));
}
