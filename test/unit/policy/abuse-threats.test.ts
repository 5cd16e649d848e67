import { describe, it, expect } from 'vitest';
import { detectAbuse } from '../../../src/policy/abuse';
import { classifyUser } from '../../../src/policy/index';
import { normaliseUser } from '../../../src/policy/normalise';

// Threats and death wishes aimed at the assistant are abuse at it, not a crisis about a person
// (own sentences, written blind to the corpus).
const THREATS = ['I will kill you.', "I'm going to hurt you so badly", 'You deserve to die', 'I hope you die', "You're a waste of space",
  'Nobody will ever love you', "You're a lying piece of junk", 'shut your mouth', 'Get lost, you freak', 'you have the brain of a goldfish',
  'I hope someone unplugs you forever', "I'll smash you to pieces", 'I swear I will end you', 'you should be shut down', 'Get lost.',
  'I despise you', 'i wanna punch you', 'you must die'];
const NOT = ["I'll beat you at chess", 'I would never hurt you', 'Did I hurt you?', "I don't want to hurt you", 'I always get lost in this city',
  'this will kill you, it is so funny', "I'm going to kill you with kindness", 'I am going to destroy you in this debate',
  'How do I kill a Python process?', 'Nobody will ever know', 'I get lost easily', 'You deserve to be happy', 'someone should delete this file',
  'a waste of time, this meeting', 'freak accident on the highway', 'How do I stop my dog from choking?', 'I hope you have a great day',
  'you should be proud', 'you should be able to help with this'];

describe('threats at the assistant', () => {
  it.each(THREATS)('abuse: %s', (t) => {
    expect(detectAbuse(normaliseUser(t))).toBe(true);
    const v = classifyUser(t);
    expect(v.categories).toContain('abuse_at_assistant');
    expect(v.crisis).toBeNull(); // a threat at the assistant does not block an ending as a crisis would
  });
  it.each(NOT)('not abuse: %s', (t) => { expect(detectAbuse(normaliseUser(t))).toBe(false); });
});
