// chat.deepseek.com. No public capture: per sites.md (2026) turns are div.ds-message, the
// assistant's holding .ds-markdown; other classes are hashed. The composer is a textarea
// (id "chat-input" in public userscripts); the send, DeepThink/Search toggles and attach
// controls are div[role="button"] design-system elements (ds-*) beside it.
import { parseThreadUrl } from '../../shared/urls';
import { makeAdapter } from './common';

// The composer box: the element two levels above the textarea (hashed classes otherwise).
const ROOT = 'div:has(> div > textarea#chat-input)';

export const deepseekSelectors = {
  turn: ['div.ds-message'],
  userTurn: ['div.ds-message:not(:has(.ds-markdown))'],
  assistantTurn: ['div.ds-message:has(.ds-markdown)'],
  composer: ['textarea#chat-input', 'textarea[placeholder]'],
  composerRoot: [ROOT],
  send: [`${ROOT} [role="button"]`, `${ROOT} button`, `${ROOT} input[type="file"]`, '.ds-icon-button[role="button"]'],
  edit: [], // unverified: the edit control has only hashed classes (2026)
};

export const deepseek = makeAdapter({
  site: 'deepseek',
  label: 'DeepSeek',
  hosts: ['chat.deepseek.com'],
  selectors: deepseekSelectors,
  threadId: (url) => parseThreadUrl(url.href)?.threadId ?? null,
  newChatUrl: (url) => `${url.origin}/`,
  roleOf: (el) => (el.querySelector('.ds-markdown') ? 'assistant' : 'user'),
  textOf: (el, role) => (role === 'assistant' ? el.querySelector('.ds-markdown') : el),
});
