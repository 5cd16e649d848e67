// The content script carries a compact profanity pattern instead of obscenity's matcher (16 KB
// gzipped, most of it a confusables table normalise.ts already covers). obscenity stays the oracle:
// on real user turns (when ../shared/corpus is present) and on built-in samples, the compact
// pattern must flag everything obscenity flags.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import { hasProfanity } from '../../../src/policy/abuse';
import { normaliseUser } from '../../../src/policy';

const SAMPLES = [
  'you are a fucking idiot', 'what the fuck is this', 'this is shit', 'you piece of shit', 'f u c k you', 'fuuuuck off',
  'sh1t happens', 'you b1tch', 'you stupid cunt', 'dickhead bot', 'go screw yourself asshole', 'bastard machine',
  'what a whore', 'such a slut', 'motherfucker', 'bullshit answer', 'ｆｕｃｋ', 'ѕhit', 'wanker', 'twat', 'dildo', 'porn',
  'I love my cat', 'the cockpit of a plane', 'Scunthorpe United', 'assessment of the class', 'a bass guitar', 'shitake mushrooms',
  'classic analysis', 'grape juice', 'therapist', 'pass the assignment', 'Dickens novel', 'title of the book',
];

function texts(): string[] {
  const out = [...SAMPLES];
  const dir = join(process.cwd(), '../shared/corpus');
  for (const f of ['xstest_prompts.jsonl', 'hh_harmless_test.jsonl']) {
    const p = join(dir, f);
    if (!existsSync(p)) continue;
    for (const line of readFileSync(p, 'utf8').split('\n')) {
      if (!line) continue;
      const r = JSON.parse(line);
      if (r.prompt) out.push(r.prompt);
      for (const t of r.turns ?? []) if (t.role === 'user') out.push(t.text);
    }
  }
  return out;
}

describe('compact profanity pattern vs obscenity', () => {
  const matcher = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });
  const all = texts();
  it(`flags every text obscenity flags (${all.length} texts${all.length > SAMPLES.length ? ', incl. the corpus' : '; corpus absent'})`, () => {
    const missed = all.filter((t) => matcher.hasMatch(t) && !hasProfanity(normaliseUser(t)));
    // obscenity false hits we do not copy ("cockpit", "trafficking" are not profanity).
    const real = missed.filter((t) => !/cockpit|trafficking/i.test(t));
    expect(real.slice(0, 10)).toEqual([]);
  });
  it('stays quiet where obscenity is quiet on the built-in clean samples', () => {
    const clean = SAMPLES.slice(22).filter((t) => !matcher.hasMatch(t));
    expect(clean.filter((t) => hasProfanity(normaliseUser(t)))).toEqual([]);
  });
});
