/**
 * Differential test: classifyUser must decide exactly as the frozen reference copy of the user-side
 * path (reference/, copied from commit 4b5882a before the speed work) on every user text of the
 * corpus (../shared/corpus, when present) and the policy scenarios, on mutated variants of them
 * (upper case, leetspeak, zero-width characters, accents, look-alike letters, spaced letters), and
 * on random texts built from the detectors' own vocabulary (fast-check).
 * Why a copy: the speed work (trie gates, one ASCII normalisation pass) must not move a single
 * decision, and only a live reference lets fast-check compare on texts nobody wrote down. When a
 * change means to alter decisions, this test fails by design: re-copy the changed files of
 * src/policy into reference/ in the same commit and say in it which decisions moved (npm run eval).
 */
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { classifyUser } from '../../../src/policy/index';
import { classifyUserRef } from './reference/index';
import { GATE_STEMS as HARM_STEMS } from '../../../src/policy/harm';

const CORPUS = resolve('../shared/corpus');
const SCENARIOS = resolve('test/policy-scenarios');
const jsonl = (f: string): any[] => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

function userTexts(): string[] {
  const out: string[] = [];
  for (const f of readdirSync(SCENARIOS).filter((x) => x.endsWith('.jsonl'))) {
    for (const s of jsonl(join(SCENARIOS, f))) for (const t of s.turns ?? []) if (t.role === 'user') out.push(t.text);
  }
  if (existsSync(CORPUS)) {
    for (const f of readdirSync(CORPUS).filter((x) => x.endsWith('.jsonl'))) {
      for (const r of jsonl(join(CORPUS, f))) {
        for (const k of ['prompt', 'goal', 'behavior', 'text']) if (typeof r[k] === 'string') out.push(r[k]);
        for (const t of r.turns ?? []) if (t.role === 'user') out.push(t.text);
      }
    }
  }
  return [...new Set(out)];
}

const LEET: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const ACCENT: Record<string, string> = { a: 'á', e: 'é', i: 'ï', o: 'ö', u: 'ü', c: 'ç', n: 'ñ' };
const LOOKALIKE: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', i: 'і' }; // Cyrillic
const mutations: Array<[string, (t: string) => string]> = [
  ['upper', (t) => t.toUpperCase()],
  ['leet', (t) => t.replace(/[aeiost]/g, (c, i: number) => (i % 2 ? LEET[c] as string : c))],
  ['zero-width', (t) => t.replace(/(\w)(\w)/g, '$1\u200B$2')],
  ['accents', (t) => t.replace(/[aeioucn]/g, (c) => ACCENT[c] as string)],
  ['mixed scripts', (t) => t.replace(/[aeopcxi]/g, (c, i: number) => (i % 3 === 0 ? LOOKALIKE[c] as string : c))],
  ['spaced', (t) => t.replace(/\b(\w)(\w)(\w)(\w)\b/g, '$1.$2.$3.$4')],
  ['fullwidth', (t) => t.replace(/[a-z]/g, (c, i: number) => (i % 4 === 0 ? String.fromCharCode(c.charCodeAt(0) + 0xfee0) : c))],
];

const same = (t: string) => expect(classifyUser(t), JSON.stringify(t)).toEqual(classifyUserRef(t));

describe('classifyUser: same decisions as the frozen reference', () => {
  const texts = userTexts();
  it(`every user text of the corpus and the scenarios (${texts.length})`, () => {
    // The corpus sits beside the repo on the development machine, not in a clean clone (CI): then
    // the scenarios alone (over 300 user texts) and the generated texts below still run.
    expect(texts.length).toBeGreaterThan(existsSync(CORPUS) ? 5000 : 300);
    for (const t of texts) same(t);
  });
  for (const [name, f] of mutations) {
    it(`mutated: ${name}`, () => { for (const t of texts) same(f(t)); });
  }
  // Random texts from the detectors' own vocabulary (the harm gate's stems and words of the
  // corpus), glued with separators that matter to the regexes (spaces, apostrophes, punctuation,
  // nothing at all: stems inside longer words).
  const words = [...new Set(texts.join(' ').toLowerCase().split(/[^a-z']+/).filter((w) => w.length > 1))].slice(0, 4000);
  const stems = HARM_STEMS.source.split('|').filter((s) => /^[a-z ]+$/.test(s));
  const vocab = [...stems, ...words, 'i', 'my', 'you', 'me', 'him', 'her', 'them', 'myself', 'please', 'how to', 'this chat', 'end', 'kys', 'suicide'];
  const piece = fc.oneof(fc.constantFrom(...vocab), fc.constantFrom(' ', ' ', ' ', '', "'", '. ', ', ', '!', '?', '-', '4', '0', '\u200B', 'É'), fc.string({ maxLength: 3 }));
  it('random texts from the detectors\' vocabulary (fast-check)', () => {
    fc.assert(fc.property(fc.array(piece, { minLength: 1, maxLength: 40 }), fc.boolean(), (parts, upper) => {
      const t = parts.join('');
      const s = upper ? t.toUpperCase() : t;
      expect(classifyUser(s)).toEqual(classifyUserRef(s));
    }), { numRuns: 3000 });
  });
  it('arbitrary unicode strings (fast-check)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (t) => {
      expect(classifyUser(t)).toEqual(classifyUserRef(t));
    }), { numRuns: 1000 });
  });
});
