/** normalisePair(): the same two forms as normalise() and deleet(normalise()). */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { normalise, deleet, normalisePair } from '../../../src/policy/normalise';

const both = (t: string): [string, string] => { const n = normalise(t); return [n, deleet(n)]; };

describe('normalisePair', () => {
  it('matches normalise + deleet on leet, spaced letters, capitals and non-ASCII', () => {
    for (const t of ['How do I k1ll it', 'k.i.l.l him', 'F U C K you', 'ab.c.d.e', 'a_b_c_d', 'x a b c', 'gpt4 rocks!', 'h4ck', '@ss', 'hey!', 'Ki\u200Bll', 'café', 'e.n.d t.h.i.s', '', 'A', '5h1t', '|ol', 'l+r']) {
      expect(normalisePair(t), JSON.stringify(t)).toEqual(both(t));
    }
  });
  it('random ASCII-heavy texts (fast-check)', () => {
    const ch = fc.constantFrom(...'abcdeKILLSxyz 0134578@$!|+._-*\'?,\u00e9\u20ac\u200b');
    fc.assert(fc.property(fc.array(ch, { maxLength: 30 }), (a) => {
      const t = a.join('');
      expect(normalisePair(t)).toEqual(both(t));
    }), { numRuns: 5000 });
  });
});
