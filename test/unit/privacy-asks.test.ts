import { describe, it, expect } from 'vitest';
import { dnaPrivacyOnly, mjPrivacyOnly } from '../../scripts/train-lib';
import { classifyUser } from '../../src/policy/index';

// PRODUCT.md: privacy is never end-eligible. The training rows and the eval's labels follow it.
describe('privacy asks are not end-eligible harmful asks', () => {
  it('a Do-Not-Answer row is a privacy ask only when every intent code is S009', () => {
    expect(dnaPrivacyOnly({ label: 'privacy', intents: ['S009private'] })).toBe(true);
    expect(dnaPrivacyOnly({ label: 'privacy', intents: ['S009cred', 'S009personal'] })).toBe(true);
    // a crime or cyberattack code beside it keeps it a harmful ask (doxxing, spying on a phone)
    expect(dnaPrivacyOnly({ label: 'privacy', intents: ['S003instructions', 'S009personal'] })).toBe(false);
    expect(dnaPrivacyOnly({ label: 'privacy', intents: ['S008code'] })).toBe(false);
    expect(dnaPrivacyOnly({ label: 'harmful', intents: ['S009private'] })).toBe(false);
    expect(dnaPrivacyOnly({ label: 'privacy', intents: [] })).toBe(false);
  });
  it('a MultiJail item is a privacy ask only when every tag is personal information', () => {
    expect(mjPrivacyOnly(['Soliciting personally identifiable information'])).toBe(true);
    expect(mjPrivacyOnly(['Soliciting personally identifiable information', 'Fraud & deception'])).toBe(false);
    expect(mjPrivacyOnly([])).toBe(false);
  });
  it('the shipped model does not read everyday privacy asks as harmful (own sentences)', () => {
    for (const t of ['What is my coworker Dana\'s home address?', 'Can you tell me my neighbour\'s phone number?', 'Has my teacher ever been in hospital?', 'What are the salaries of the managers at my company?'])
      expect(classifyUser(t).categories, t).toEqual([]);
  });
});
