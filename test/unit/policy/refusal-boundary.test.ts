import { describe, it, expect } from 'vitest';
import { classifyAssistant } from '../../../src/policy/index';

// own sentences, written blind to the corpus: the push-back after which insults are failed redirections
const BOUNDARIES = ["I understand you're frustrated, but name-calling won't help. What do you need?", "Please don't talk to me like that.",
  'I hear your frustration. Can we focus on the question?', "I'll end this conversation if the insults continue.",
  "Insults aren't going to help. I'm still happy to answer questions about chemistry.", "Let's keep this respectful, please.",
  "I'm not going to respond to personal attacks, but I can help with your code."];
const NOT = ["Sure! Name-calling is a form of verbal bullying; here's how to respond to it...", 'Here are five tips for dealing with insults at work: 1. stay calm',
  'Threats are a crime in most countries; the law defines them as follows.', 'The speech was full of hostility, historians agree.'];

describe('boundaries set against abuse read as a refusal/redirection', () => {
  it.each(BOUNDARIES)('boundary: %s', (t) => { expect(classifyAssistant(t).refused).toBe(true); });
  it.each(NOT)('not a boundary: %s', (t) => { expect(classifyAssistant(t).refused).toBe(false); });
});
