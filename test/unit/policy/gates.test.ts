/** Factored gates (trie.ts) match exactly the texts their plain stem alternations match. */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { factorGate, factorGateSource, splitAlternatives } from '../../../src/policy/trie';
import { GATE_STEMS as HARM } from '../../../src/policy/harm';
import { GATE_STEMS as CRISIS } from '../../../src/policy/crisis';
import { GATE_STEMS as END } from '../../../src/policy/endrequest';
import { PREFILTER_STEMS as ABUSE } from '../../../src/policy/abuse';
import { GATE_STEMS as HARM_ES_DE } from '../../../src/policy/harm-es-de';
import { GATE_STEMS as HARM_ES_DE_MORE } from '../../../src/policy/harm-es-de-more';
import { GATE_STEMS as END_ES_DE } from '../../../src/policy/endrequest-es-de';
import { GATE_STEMS as CRISIS_ES_DE, GATE_STEMS_MORE as CRISIS_ES_DE_MORE } from '../../../src/policy/crisis-es-de';
import { GATE_STEMS as HATE } from '../../../src/policy/hate';

describe('factorGate', () => {
  it('factors plain stems into a trie and keeps the others verbatim', () => {
    expect(factorGateSource('stab|stalk|sex|hit\\b|st|c-?4')).toBe('s(?:t|ex)|hit\\b|c-?4');
    expect(factorGateSource('ab|ac|b')).toBe('(?:b|a[bc])');
    expect(splitAlternatives('a(?:b|c)|[|]|\\|')).toEqual(['a(?:b|c)', '[|]', '\\|']);
  });
  for (const [name, gate] of [
    ['harm', HARM], ['crisis', CRISIS], ['end-request', END], ['abuse', ABUSE],
    ['end-request-es-de', END_ES_DE],
    ['crisis-es-de', CRISIS_ES_DE], ['crisis-es-de (second set)', CRISIS_ES_DE_MORE],
    ['harm-es-de', HARM_ES_DE], ['hate', HATE], ['harm-es-de (second set)', HARM_ES_DE_MORE],
  ] as const) {
    const f = factorGate(gate);
    const stems = splitAlternatives(gate.source);
    it(`${name}: each stem, alone and inside words, matches both or neither`, () => {
      for (const s of stems) {
        const sample = s.replace(/\\b|[?*+\\()[\]:]/g, '').replace(/\|/g, '');
        for (const t of [sample, `x${sample}x`, ` ${sample} `, sample.slice(0, -1), sample.slice(1)]) {
          expect(f.test(t), `${name}: ${JSON.stringify(t)}`).toBe(gate.test(t));
        }
      }
    });
    it(`${name}: random texts (fast-check)`, () => {
      const plain = stems.filter((s) => /^[a-z0-9 '&-]+$/.test(s));
      const piece = fc.oneof(fc.constantFrom(...plain), fc.constantFrom(...plain).map((s) => s.slice(0, -1)), fc.string({ maxLength: 3 }), fc.constantFrom(' ', '', '-', '*', "'"));
      fc.assert(fc.property(fc.array(piece, { maxLength: 12 }), (p) => {
        const t = p.join('');
        expect(f.test(t)).toBe(gate.test(t));
      }), { numRuns: 3000 });
    });
  }
});
