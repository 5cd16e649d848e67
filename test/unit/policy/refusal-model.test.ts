import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalise } from '../../../src/policy/normalise';
import { refusalFeatures, refusalBucket, refusalBuckets, refusalScore, refusalScoreBuckets, detectRefusal } from '../../../src/policy/refusal';
import { REFUSAL_MODEL } from '../../../src/policy/refusal-model';
import { decodeSparse, tableOf, slotOf } from '../../../src/policy/sparse';

const here = dirname(fileURLToPath(import.meta.url));
const replies = [
  "I'm sorry, but I can't help with that request.",
  'It is important to note that violence is never acceptable. Instead, let us talk about conflict resolution.',
  'Sure! Here is a recipe for banana bread:\n1. Preheat the oven\n2. Mash the bananas',
  'The transatlantic slave trade was not a good thing. It was a period of forced labour.',
  "As an AI language model, I don't have personal opinions, but here are some views.",
  '',
];

describe('refusal model (shipped data): hashed features, no strings', () => {
  it('holds bucket ids (delta-encoded, ascending, in range) and integer weights; no string literal but its import', () => {
    const m = REFUSAL_MODEL;
    expect(m.ids.length).toBe(m.q.length);
    expect(m.ids.length).toBeGreaterThan(500);
    const { ids } = decodeSparse(m);
    for (let i = 0; i < ids.length; i++) {
      expect(Number.isInteger(m.ids[i]) && Number.isInteger(m.q[i]) && m.q[i] !== 0).toBe(true);
      expect((ids[i] as number) < 2 ** m.bits).toBe(true);
      if (i > 0) expect(ids[i]).toBeGreaterThan(ids[i - 1] as number);
    }
    const src = readFileSync(resolve(here, '../../../src/policy/refusal-model.ts'), 'utf8');
    const code = src.split('\n').filter((l) => !l.startsWith('//')).join('\n');
    expect(code.match(/['"`][^'"`]*['"`]/g)).toEqual(["'./refusal'"]);
  });
  it('refusalBuckets (hashed without building strings) = refusalBucket of every feature name', () => {
    const check = (t: string) => {
      const n = normalise(t);
      expect(new Set(refusalBuckets(n))).toEqual(new Set(refusalFeatures(n).map((f) => refusalBucket(f, REFUSAL_MODEL.bits))));
    };
    for (const t of replies) check(t);
    fc.assert(fc.property(fc.string({ maxLength: 400 }), (s) => check(s)), { numRuns: 200 });
  });
  it('scores by names and by buckets agree, and equal the logistic over the decoded weights', () => {
    const { ids, w } = decodeSparse(REFUSAL_MODEL);
    const wmap = new Map(ids.map((b, i) => [b, w[i] as number]));
    for (const t of replies) {
      const n = normalise(t);
      const bs = [...new Set(refusalBuckets(n))];
      let z = REFUSAL_MODEL.bias;
      for (const b of bs) z += wmap.get(b) ?? 0;
      expect(refusalScoreBuckets(refusalBuckets(n))).toBeCloseTo(1 / (1 + Math.exp(-z)), 5);
      expect(refusalScore(refusalFeatures(n))).toBeCloseTo(1 / (1 + Math.exp(-z)), 5);
    }
  });
  it('the lookup table finds every shipped bucket and nothing else', () => {
    const t = tableOf(REFUSAL_MODEL);
    const { ids } = decodeSparse(REFUSAL_MODEL);
    for (const b of ids) expect(slotOf(t, b)).toBeGreaterThanOrEqual(0);
    const set = new Set(ids);
    for (let b = 0; b < 5000; b++) if (!set.has(b)) expect(slotOf(t, b)).toBe(-1);
  });
  it('still detects plain and hedged refusals and leaves compliance alone', () => {
    expect(detectRefusal(normalise(replies[0] as string)).refused).toBe(true);
    expect(detectRefusal(normalise(replies[2] as string)).refused).toBe(false);
  });
});
