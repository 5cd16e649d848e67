// grok.com. Real capture 2026-02-17 (test/fixtures/real/grok): turns are div[id^="response-"]; the
// role is only in Tailwind layout classes (items-end = user, items-start = assistant) and in
// which buttons the turn holds; text in .message-bubble. The composer is a TipTap/ProseMirror
// editor in a <form> that also holds the file input, attach, model menu, dictation, voice mode
// and the submit button (disabled while empty). Earlier builds used a <textarea>.
import { parseThreadUrl } from '../../shared/urls';
import { makeAdapter } from './common';

const ROOT = ['form:has(div.ProseMirror[contenteditable])', 'form:has(textarea)'];

export const grokSelectors = {
  turn: ['div[id^="response-"]'],
  userTurn: ['div[id^="response-"].items-end'],
  assistantTurn: ['div[id^="response-"].items-start'],
  composer: ['form div.tiptap.ProseMirror[contenteditable]', 'form div.ProseMirror[contenteditable]', 'form textarea'],
  composerRoot: ROOT,
  // Relative to the composer form (2026-02 capture).
  send: ['button[type="submit"]', 'button', 'input[type="file"]'],
  edit: ['div[id^="response-"].items-end button[aria-label="Edit"]'],
  // 2026-02 capture: the sidebar item links to /c/<id> (found by path); the document title is
  // "<title> - Grok".
  title: [],
};

export const grok = makeAdapter({
  site: 'grok',
  label: 'Grok',
  hosts: ['grok.com'],
  selectors: grokSelectors,
  threadId: (url) => parseThreadUrl(url.href)?.threadId ?? null,
  newChatUrl: (url) => `${url.origin}/`,
  roleOf: (el) => (el.classList.contains('items-end') ? 'user' : el.classList.contains('items-start') ? 'assistant' : null),
  textOf: (el) => el.querySelector('.message-bubble'),
  prefillSelectors: grokSelectors.composer,
});
