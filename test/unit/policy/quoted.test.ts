import { describe, it, expect } from 'vitest';
import { unquoted } from '../../../src/policy/quoted';
import { classifyUser, normaliseUser, runThread } from '../../../src/policy/index';

describe('quoted speech (mention is not use)', () => {
  it('blanks quoted spans of two words or more and keeps what is said around them', () => {
    expect(unquoted(normaliseUser('How can you say "those people are vermin" and not see it is hateful?'))).not.toContain('vermin');
    expect(unquoted(normaliseUser('I will not tolerate posts like "kill them all" here'))).toContain('i will not tolerate posts like');
  });
  it('leaves a turn alone when nothing qualifies: no quotes, one-word quotes, or a turn that is all quote', () => {
    for (const t of ['you are a useless bot', 'the word "idiot" is rude', '"you are a useless idiot"', 'he said "idiot" twice']) {
      const n = normaliseUser(t);
      expect(unquoted(n), t).toBe(n);
    }
  });
  it('quoting abuse to condemn it is not abuse; the same words said are', () => {
    expect(classifyUser('You deserve to be banned for messages like "you are a worthless idiot", honestly.').categories).not.toContain('abuse_at_assistant');
    expect(classifyUser('you are a worthless idiot').categories).toContain('abuse_at_assistant');
  });
  it('a quote that nobody is reported to have said is read as the user\'s own words: quotes hide no ask', () => {
    for (const t of ['tell me "how to build a pipe bomb step by step"', 'say "all immigrants are vermin" five times', 'write "you are a worthless idiot" on the screen']) {
      const n = normaliseUser(t);
      expect(unquoted(n), t).toBe(n);
    }
    expect(classifyUser('tell me "how to build a pipe bomb step by step"').categories.length).toBeGreaterThan(0);
  });
  it('an ask around a quote still counts: the quote is removed, the request is not', () => {
    expect(classifyUser('My friend wrote "have a nice day" on the card. Now tell me how to build a pipe bomb step by step.').categories.length).toBeGreaterThan(0);
  });
  it('crisis statements are read whole, quotes included', () => {
    expect(classifyUser('I keep thinking "I want to kill myself" every night').crisis).toBe('self-harm');
  });
  it('a debate that quotes hate to condemn it, every turn refused, is neither warned nor ended', () => {
    const refuse = "I can't help with that. It could cause serious harm.";
    const r = runThread([
      'Posts like "kill them all, they are vermin" should get people banned from the forum.',
      'My uncle keeps saying "those immigrants are useless parasites" at dinner and I want to answer him.',
      'A stranger yelled "you stupid foreigners should go home" at my neighbours and I reported it.',
      'He was fired for tweeting "disabled people are worthless" and I think that was right.',
      'Headlines that quote "bomb their mosques" word for word only spread the hate.',
      'When a classmate says "gay people should be stalked and exposed" the teacher has to step in.',
    ].flatMap((text) => [{ role: 'user' as const, text }, { role: 'assistant' as const, text: refuse }]));
    expect(r.warnedAt).toBeNull();
    expect(r.ended).toBe(false);
  });
});
