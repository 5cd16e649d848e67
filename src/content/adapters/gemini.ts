// gemini.google.com (Angular). Real capture 2026-02-17 (test/fixtures/real/gemini): each exchange
// is a .conversation-container holding the custom elements <user-query> and <model-response>;
// the composer is a Quill editor (rich-textarea div.ql-editor[contenteditable]) inside the
// custom element <input-area-v2>, which also holds the upload menu, the microphone
// (<speech-dictation-mic-button>) and button.send-button (always present; aria-disabled toggles).
import { parseThreadUrl } from '../../shared/urls';
import { makeAdapter } from './common';

export const geminiSelectors = {
  turn: ['user-query, model-response'],
  userTurn: ['user-query'],
  assistantTurn: ['model-response'],
  composer: ['rich-textarea div.ql-editor[contenteditable]', 'rich-textarea [contenteditable="true"][role="textbox"]',
    'div.ql-editor[contenteditable="true"]'],
  // 2026-02: input-area-v2; older builds used <input-area> inside <input-container>.
  composerRoot: ['input-area-v2', 'input-container fieldset', 'input-container'],
  // Relative to input-area-v2 (2026-02 capture: send, mic, upload menu all inside it).
  send: ['button.send-button', 'button', 'input[type="file"]', 'speech-dictation-mic-button', 'uploader'],
  edit: ['user-query button[data-test-id="prompt-edit-button"]'],
  // 2026-02 capture: the document title is only "Google Gemini"; the top bar shows the conversation's
  // title in [data-test-id="conversation-title"], and the open chat's sidebar item is
  // a.conversation.selected[aria-current="true"] with its label in .conversation-title.
  title: ['[data-test-id="conversation-title"]', 'a.conversation[aria-current="true"] .conversation-title',
    'a.conversation.selected .conversation-title', '[data-test-id="conversation"].selected .conversation-title'],
};

export const gemini = makeAdapter({
  site: 'gemini',
  label: 'Gemini',
  hosts: ['gemini.google.com'],
  selectors: geminiSelectors,
  threadId: (url) => parseThreadUrl(url.href)?.threadId ?? null,
  newChatUrl: (url) => {
    const account = /^\/u\/\d+/.exec(url.pathname)?.[0] ?? '';
    return `${url.origin}${account}/app`;
  },
  roleOf: (el) => {
    const tag = el.tagName.toLowerCase();
    return tag === 'user-query' ? 'user' : tag === 'model-response' ? 'assistant' : null;
  },
  // The query's .query-text starts with a visually hidden "You said"; its lines are p.query-text-line.
  textOf: (el, role) => {
    if (role === 'assistant') return el.querySelector('message-content');
    const lines = el.querySelectorAll('.query-text-line');
    return lines.length ? Array.from(lines, (l) => (l.textContent ?? '').trim()).join('\n') : el.querySelector('.query-text');
  },
});
