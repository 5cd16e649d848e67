// Open WebUI (open-webui/open-webui, SvelteKit), self-hosted at any origin the user grants.
// Markup from the open-source components (MessageInput.svelte, UserMessage.svelte,
// ResponseMessage.svelte, 2025-26): messages in #messages-container, each turn id="message-<id>",
// user turns .user-message, assistant content .chat-assistant; the composer #chat-input is a
// TipTap editor (a plain textarea#chat-input when rich text is off) in the chat <form> with
// #message-input-container, the "More" (+) menu, #voice-input-button, the call button and
// #send-message-button (type=submit). The chat URL /c/<id> is set with history.replaceState.
import { parseThreadUrl } from '../../shared/urls';
import { makeAdapter } from './common';

export const openwebuiSelectors = {
  turn: ['#messages-container [id^="message-"]'],
  userTurn: ['.user-message'],
  assistantTurn: ['.chat-assistant'],
  composer: ['#chat-input[contenteditable]', 'textarea#chat-input', '#chat-input-container div.ProseMirror[contenteditable]'],
  composerRoot: ['#message-input-container', 'form:has(#chat-input)'],
  // Relative to #message-input-container / the chat form.
  send: ['#send-message-button', '#voice-input-button', 'button', 'input[type="file"]'],
  // Sidebar ChatItem links to /c/<id> (found by path); the document title is the chat title.
  title: [],
  edit: ['.edit-user-message-button'],
};

export const openwebui = makeAdapter({
  site: 'openwebui',
  label: 'Open WebUI',
  hosts: [], // self-hosted: registered per origin at run time
  selectors: openwebuiSelectors,
  threadId: (url) => parseThreadUrl(url.href, { site: 'openwebui' })?.threadId ?? null,
  unavailableReason: (url) => (url.searchParams.get('temporary-chat') === 'true'
    ? 'Temporary chats are not saved by Open WebUI, so Hangup cannot end them.' : null),
  newChatUrl: (url) => `${url.origin}/`,
  roleOf: (el) => (el.classList.contains('user-message') || el.querySelector(':scope > .user-message') ? 'user'
    : el.querySelector('.chat-assistant') ? 'assistant' : null),
  textOf: (el, role) => el.querySelector(role === 'user' ? '.user-message-content, .rounded-3xl' : '.chat-assistant'),
});
