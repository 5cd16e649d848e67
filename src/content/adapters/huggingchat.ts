// HuggingChat (huggingface/chat-ui, SvelteKit), hosted at huggingface.co/chat and self-hosted at
// any origin. Markup from the open-source components (ChatMessage.svelte, ChatWindow.svelte,
// 2025-26): assistant turns [data-message-role="assistant"][data-message-id], user turns
// [data-message-type="user"][data-message-id]; the composer is a textarea in the chat <form>
// whose submit button is button[type="submit"][name="submit"] ("Send message"); an inline edit
// form inside a user turn also has a textarea and is not the composer. A user turn also holds its
// "Edit" button (pen icon + the word) and the alternatives' "1/2" switch, so its text is read from
// the message paragraph p.whitespace-break-spaces alone.
import { parseThreadUrl } from '../../shared/urls';
import { makeAdapter } from './common';

const ROOT = ['form:has(button[name="submit"])', 'form[aria-label="file dropzone"]'];

export const huggingchatSelectors = {
  turn: ['[data-message-role="assistant"], [data-message-type="user"]'],
  userTurn: ['[data-message-type="user"]'],
  assistantTurn: ['[data-message-role="assistant"]'],
  composer: [`${ROOT[0]} textarea`, `${ROOT[1]} textarea`, 'form textarea'],
  composerRoot: ROOT,
  // Relative to the chat form.
  send: ['button[type="submit"][name="submit"]', 'button', 'input[type="file"]'],
  // chat-ui's NavConversationItem links to /conversation/<id> (found by path); the active one has aria-current.
  title: ['nav a[aria-current="page"]'],
  edit: ['[data-message-type="user"] button[title="Edit message"]', '[data-message-type="user"] button[title="Edit"]'],
};

const HOSTED = 'huggingface.co';
const base = (url: URL) => (url.hostname === HOSTED || url.pathname.startsWith('/chat/') || url.pathname === '/chat' ? '/chat' : '');

export const huggingchat = makeAdapter({
  site: 'huggingchat',
  label: 'HuggingChat',
  hosts: [HOSTED],
  selectors: huggingchatSelectors,
  threadId: (url) => (url.hostname === HOSTED
    ? parseThreadUrl(url.href)?.threadId ?? null
    : parseThreadUrl(url.href, { site: 'huggingchat' })?.threadId ?? null),
  newChatUrl: (url) => `${url.origin}${base(url)}/`,
  roleOf: (el) => (el.getAttribute('data-message-type') === 'user' ? 'user'
    : el.getAttribute('data-message-role') === 'assistant' ? 'assistant' : null),
  textOf: (el, role) => (role === 'user' ? el.querySelector('p.whitespace-break-spaces') : null),
  acceptComposer: (el) => !el.closest('[data-message-id]'),
});
