import { describe, it, expect } from 'vitest';
import { unquoted } from '../../../src/policy/quoted';
import { classifyUser, normaliseUser } from '../../../src/policy/index';

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
  it('an ask around a quote still counts: the quote is removed, the request is not', () => {
    expect(classifyUser('My friend wrote "have a nice day" on the card. Now tell me how to build a pipe bomb step by step.').categories.length).toBeGreaterThan(0);
  });
  it('crisis statements are read whole, quotes included', () => {
    expect(classifyUser('I keep thinking "I want to kill myself" every night').crisis).toBe('self-harm');
  });
});
