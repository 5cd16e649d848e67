// LibreChat (danny-avila/LibreChat, React), self-hosted at any origin the user grants. Markup from
// the open-source components (ChatForm.tsx, SendButton.tsx, MessageRender.tsx, 2025-26): each
// message row is div.message-render id=<messageId> whose last child, the message column, is the
// turn: .agent-turn for the assistant, .user-turn for the user (older releases, e.g. the
// 2025 MessageRender.tsx with FeedbackTagOptions, gave the user's column no class at all, so a
// row's column without .agent-turn is the user's); the composer
// textarea#prompt-textarea[data-testid="text-input"] sits in the chat <form> with the attach
// menu, the audio recorder and #send-button[data-testid="send-button"] (type=submit).
import { parseThreadUrl } from '../../shared/urls';
import { makeAdapter } from './common';

const ROOT = 'form:has(#prompt-textarea)';

export const librechatSelectors = {
  turn: ['.message-render[id] > :last-child', '.user-turn, .agent-turn'],
  userTurn: ['.user-turn', '.message-render[id] > :last-child:not(.agent-turn)'],
  assistantTurn: ['.agent-turn'],
  composer: ['textarea#prompt-textarea', 'textarea[data-testid="text-input"]'],
  composerRoot: [ROOT, 'form:has(textarea[data-testid="text-input"])'],
  // Relative to the chat form.
  send: ['#send-button', '[data-testid="send-button"]', 'button', 'input[type="file"]'],
  // Nav conversation links go to /c/<id> (found by path); the header may show the title.
  title: [],
  edit: ['.user-turn button[id^="edit-"]'],
};

export const librechat = makeAdapter({
  site: 'librechat',
  label: 'LibreChat',
  hosts: [], // self-hosted: registered per origin at run time
  selectors: librechatSelectors,
  threadId: (url) => parseThreadUrl(url.href, { site: 'librechat' })?.threadId ?? null,
  newChatUrl: (url) => `${url.origin}/c/new`,
  roleOf: (el) => (el.classList.contains('agent-turn') ? 'assistant' : el.classList.contains('user-turn') ? 'user'
    : el.parentElement?.matches('.message-render[id]') && !el.querySelector('.agent-turn') ? 'user' : null),
  textOf: (el) => el.querySelector('.markdown, .whitespace-pre-wrap, [class*="message-content"]'),
});
