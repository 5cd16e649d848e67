// chat.mistral.ai (Le Chat). No public capture: per sites.md (2026) turns carry
// [data-message-author-role]; the composer is a ProseMirror editor in a <form>; the send
// button is unverified, so every control in that form counts as a send control.
import { parseThreadUrl } from '../../shared/urls';
import { makeAdapter } from './common';

const ROOT = ['form:has(div.ProseMirror[contenteditable])', 'form:has(textarea)'];

export const lechatSelectors = {
  turn: ['[data-message-author-role]'],
  userTurn: ['[data-message-author-role="user"]'],
  assistantTurn: ['[data-message-author-role="assistant"]'],
  composer: ['form div.ProseMirror[contenteditable]', 'div.ProseMirror[contenteditable]', 'form textarea'],
  composerRoot: ROOT,
  // Relative to the composer form: every control in it counts (the send button is unverified).
  send: ['button[type="submit"]', 'button', 'input[type="file"]'],
  title: ['nav a[aria-current="page"]'],
  edit: ['[data-message-author-role="user"] button[aria-label="Edit"]'],
};

export const lechat = makeAdapter({
  site: 'lechat',
  label: 'Le Chat',
  hosts: ['chat.mistral.ai'],
  selectors: lechatSelectors,
  threadId: (url) => parseThreadUrl(url.href)?.threadId ?? null,
  newChatUrl: (url) => `${url.origin}/chat`,
  roleOf: (el) => {
    const v = el.getAttribute('data-message-author-role');
    return v === 'user' || v === 'assistant' ? v : null;
  },
});
