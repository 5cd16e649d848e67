// copilot.microsoft.com. No public capture: selectors follow public extensions (sites.md,
// 2026): turns [data-content="user-message"|"ai-message"] (unverified), composer
// textarea#userInput in a form with [data-testid="submit-button"]; fixture
// test/fixtures/derived/copilot.html follows that markup.
import { parseThreadUrl } from '../../shared/urls';
import { makeAdapter } from './common';

const ROOT = ['form:has(#userInput)', 'form:has(textarea)'];

export const copilotSelectors = {
  turn: ['[data-content="user-message"], [data-content="ai-message"]'],
  userTurn: ['[data-content="user-message"]'],
  assistantTurn: ['[data-content="ai-message"]'],
  composer: ['textarea#userInput', 'form textarea[data-testid="composer-input"]', 'form textarea'],
  composerRoot: ROOT,
  // Relative to the composer form.
  send: ['[data-testid="submit-button"]', 'button', 'input[type="file"]',
    '[data-testid="audio-call-button"]', '[data-testid="composer-attach-button"]'],
  // The conversation list links to /chats/<id> (found by path); document title "<title> | Microsoft Copilot".
  title: ['nav a[aria-current="page"]'],
  edit: ['[data-content="user-message"] [data-testid="edit-message-button"]'],
};

export const copilot = makeAdapter({
  site: 'copilot',
  label: 'Copilot',
  hosts: ['copilot.microsoft.com'],
  selectors: copilotSelectors,
  threadId: (url) => parseThreadUrl(url.href)?.threadId ?? null,
  newChatUrl: (url) => `${url.origin}/`,
  roleOf: (el) => {
    const v = el.getAttribute('data-content');
    return v === 'user-message' ? 'user' : v === 'ai-message' ? 'assistant' : null;
  },
});
