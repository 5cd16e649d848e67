/**
 * The learned detectors: small logistic models ("heads") over hashed text features, trained
 * offline by scripts/train-policy.ts and shipped as data (learned-model.ts: bucket ids and integer
 * weights, no words). Pure: no DOM, no browser or Node APIs.
 *
 * User heads read word unigrams, word bigrams and character 4-grams of each word (the 4-grams carry
 * Spanish and German inflection and compounds: "umbringen", "suicidarme"); the refusal head reads
 * the refusal rules' named features and the reply's opening n-grams (refusal.ts) plus the same
 * character 4-grams of the reply's opening. Input: normalised text (normalise.ts: lower case,
 * diacritics folded), so "¿cómo?" and "como" hash alike.
 */
import { fmix, tableOf, slotOf, nextTick, type SparseModel, type SparseTable } from './sparse';
import { refusalBuckets } from './refusal';

export const USER_HEADS = ['harm', 'abuse', 'crisisSelf', 'crisisOther', 'end', 'insists'] as const;
export type UserHead = typeof USER_HEADS[number];
export type Head = UserHead | 'refusal';

export interface LearnedModels {
  bits: number;
  heads: Record<Head, SparseModel>;
}

const BIGRAM_SEED = 0x9e3779b9;
const CHAR_SEED = 0x85ebca77;
const USER_MAX = 600;
const REPLY_MAX = 300;

/**
 * Hashed features of a normalised text, each emitted once or more (callers dedupe): word tokens
 * (letters and digits; an apostrophe inside a word is dropped), adjacent pairs, and the 4-grams of
 * each word padded with spaces (" kill", "ill ") for words of 3 letters or more.
 */
export function forEachTextFeature(n: string, max: number, bits: number, emit: (b: number) => void): void {
  const mask = (1 << bits) - 1;
  const len = Math.min(n.length, max);
  let h = 0x811c9dc5, inTok = false, prev = 0, hasPrev = false, start = 0;
  for (let i = 0; i <= len; i++) {
    const c = i < len ? n.charCodeAt(i) : 32;
    const letter = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c > 0xbf && c !== 0xd7 && c !== 0xf7);
    if (letter) {
      if (!inTok) start = i;
      h ^= c; h = Math.imul(h, 0x01000193); inTok = true;
    } else if (c === 39 && inTok) {
      // apostrophe inside a word: skip
    } else if (inTok) {
      const t = fmix(h);
      emit(t & mask);
      if (hasPrev) emit(fmix(Math.imul(prev ^ BIGRAM_SEED, 0x01000193) ^ t) & mask);
      prev = t; hasPrev = true;
      h = 0x811c9dc5; inTok = false;
      const wl = i - start;
      if (wl >= 3) {
        // 4-grams over " word " (positions -1 .. wl): wl - 1 of them
        for (let s = start - 1; s + 4 <= i + 1; s++) {
          let g = CHAR_SEED;
          for (let k = s; k < s + 4; k++) {
            const ch = k < start || k >= i ? 32 : n.charCodeAt(k);
            g ^= ch; g = Math.imul(g, 0x01000193);
          }
          emit(fmix(g) & mask);
        }
      }
    }
  }
}

/**
 * Feature buckets of a normalised user text for scoring, duplicates kept and no Set: headScore counts
 * each bucket once (its per-slot stamp), so the score is the one over the distinct buckets, without
 * the Set and the copy that were a third of a reply's cost in the page.
 */
export function userBuckets(n: string, bits: number): number[] {
  const out: number[] = [];
  forEachTextFeature(n, USER_MAX, bits, (b) => { out.push(b); });
  return out;
}

/** Feature buckets of a normalised reply for scoring (duplicates kept): refusal.ts's features plus the
 *  opening's 4-grams; `named` receives refusal.ts's named features. */
export function replyBuckets(n: string, bits: number, named?: string[]): number[] {
  const out = refusalBuckets(n, bits, named);
  forEachTextFeature(n, REPLY_MAX, bits, (b) => { out.push(b ^ 1); });
  return out;
}

/** Distinct feature buckets of a normalised user text, in order of first appearance (training). */
export function userFeatures(n: string, bits: number): number[] {
  return [...new Set(userBuckets(n, bits))];
}

/** Distinct feature buckets of a normalised reply, in order of first appearance (training). */
export function replyFeatures(n: string, bits: number): number[] {
  return [...new Set(replyBuckets(n, bits))];
}

const tables = new WeakMap<SparseModel, SparseTable>();
function tab(m: SparseModel): SparseTable {
  let t = tables.get(m);
  if (!t) { t = tableOf(m); tables.set(m, t); }
  return t;
}

/** Probability from one head over distinct buckets. */
export function headScore(m: SparseModel, buckets: readonly number[]): number {
  const t = tab(m);
  const tick = nextTick(t), stamp = t.stamp, w = t.w;
  let z = m.bias;
  for (const b of buckets) {
    const j = slotOf(t, b);
    if (j < 0 || stamp[j] === tick) continue;
    stamp[j] = tick;
    z += w[j] as number;
  }
  return 1 / (1 + Math.exp(-z));
}

/** Whether a head fires (its probability at or above its own threshold). */
export function headFires(m: SparseModel, buckets: readonly number[]): boolean {
  return headScore(m, buckets) >= m.threshold;
}
