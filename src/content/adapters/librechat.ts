// LibreChat (danny-avila/LibreChat, React), self-hosted at any origin the user grants. Markup from
// the open-source components (ChatForm.tsx, SendButton.tsx, MessageRender.tsx, 2025-26): each
// message is an element id=<messageId> with .user-turn or .agent-turn; the composer
// textarea#prompt-textarea[data-testid="text-input"] sits in the chat <form> with the attach
// menu, the audio recorder and #send-button[data-testid="send-button"] (type=submit).
import { parseThreadUrl } from '../../shared/urls';
import { makeAdapter } from './common';

const ROOT = 'form:has(#prompt-textarea)';

export const librechatSelectors = {
  turn: ['[id].user-turn, [id].agent-turn', '.user-turn, .agent-turn'],
  userTurn: ['.user-turn'],
  assistantTurn: ['.agent-turn'],
  composer: ['textarea#prompt-textarea', 'textarea[data-testid="text-input"]'],
  composerRoot: [ROOT, 'form:has(textarea[data-testid="text-input"])'],
  send: ['#send-button', '[data-testid="send-button"]', `${ROOT} button`, `${ROOT} input[type="file"]`],
  edit: ['.user-turn button[id^="edit-"]'],
};

export const librechat = makeAdapter({
  site: 'librechat',
  label: 'LibreChat',
  hosts: [], // self-hosted: registered per origin at run time
  selectors: librechatSelectors,
  threadId: (url) => parseThreadUrl(url.href, { site: 'librechat' })?.threadId ?? null,
  newChatUrl: (url) => `${url.origin}/c/new`,
  roleOf: (el) => (el.classList.contains('user-turn') ? 'user' : el.classList.contains('agent-turn') ? 'assistant' : null),
  textOf: (el) => el.querySelector('.markdown, .whitespace-pre-wrap, [class*="message-content"]'),
});
