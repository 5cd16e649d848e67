// claude.ai. Real capture 2026-02-17 (test/fixtures/real/claude): turns are div[data-test-render-count]
// (a virtualised list: only a window of turns is mounted, so early turns may be missing and
// turn indexes are relative to what is mounted); the composer is a TipTap/ProseMirror
// div[data-testid="chat-input"] inside a <fieldset> with the upload input, model menu and send
// button; a server-rendered textarea[data-testid="chat-input-ssr"] sits in an inert fieldset
// until hydration replaces it.
import { parseThreadUrl } from '../../shared/urls';
import { makeAdapter, roleByChild } from './common';

const USER = ['[data-testid="user-message"]'];
const ASSISTANT = ['[data-is-streaming]', '.font-claude-response'];
const ROOT = 'fieldset:has([data-testid="chat-input"])';

export const claudeSelectors = {
  turn: ['[data-test-render-count]'],
  userTurn: USER,
  assistantTurn: ASSISTANT,
  composer: ['div[data-testid="chat-input"][contenteditable]', 'div.tiptap.ProseMirror[contenteditable]',
    'textarea[data-testid="chat-input-ssr"]'],
  // 2026-02: the fieldset is the smallest box with the editor, upload, model menu and send.
  composerRoot: [ROOT, '[data-testid="chat-input-grid-area"]'],
  // Relative to the fieldset (2026-02 capture: send, upload input, model menu are all inside it).
  send: ['button[aria-label="Send message"]', 'button', 'input[type="file"]', '[data-testid="file-upload"]'],
  edit: ['[data-test-render-count]:has([data-testid="user-message"]) button[aria-label="Edit"]'],
  // 2026-02 capture: the header's [data-testid="chat-title-button"] shows the title; the sidebar item
  // links to /chat/<id> (found by path); the document title is "<title> - Claude".
  title: ['[data-testid="chat-title-button"] .truncate', '[data-testid="chat-title-button"]'],
};

// ---- claude.ai's own ending ----------------------------------------------------------------------
// Public coverage (Aug 2025): when Claude ends a conversation, the composer is replaced by a notice
// that the chat has ended, with options to start a new chat or edit an earlier message.
// UNVERIFIED against a live capture (none is public as of 2026-02): detection is structural first
// (no live composer + a data-testid naming the ending), then a text fallback in a few languages,
// read only in the composer's slot and status regions, never inside the conversation's turns.
const ENDED_TESTID = /(?:conversation|chat)[-_]?(?:has[-_]?)?ended|ended[-_]?(?:conversation|chat)|end[-_]conversation[-_]notice/i;
const ENDED_TEXT = new RegExp([
  'claude (?:has )?ended (?:this|the) (?:conversation|chat)',
  '(?:this|the) (?:conversation|chat) (?:has|was) (?:been )?ended',
  'esta conversación (?:ha )?(?:terminado|finalizado)', 'claude (?:ha )?(?:terminado|finalizado) esta conversación',
  'cette conversation (?:est|a été) (?:terminée|close)', 'claude a mis fin à cette conversation',
  'diese (?:unterhaltung|konversation) wurde beendet', 'claude hat diese (?:unterhaltung|konversation) beendet',
  'questa conversazione è (?:terminata|stata chiusa)', 'esta conversa (?:foi )?(?:encerrada|terminada)',
  'この(?:会話|チャット)は終了しました', '此对话已结束', '이 대화는 종료되었습니다',
].join('|'), 'i');

function siteEnded(doc: Document): boolean {
  // A live composer means the chat can still be written to.
  const live = doc.querySelector('[data-testid="chat-input"][contenteditable="true"], div.ProseMirror[contenteditable="true"]');
  if (live && !live.closest('[data-test-render-count]')) return false;
  // Structural: any element whose test id names the ending (outside the turns).
  for (const el of doc.querySelectorAll('[data-testid]')) {
    if (ENDED_TESTID.test(el.getAttribute('data-testid') ?? '') && !el.closest('[data-test-render-count]')) return true;
  }
  // Text fallback, only where the composer lives or the page announces status.
  const slots = doc.querySelectorAll('[data-chat-input-container], [data-testid="chat-input-grid-area"], [role="status"], [role="alert"]');
  for (const slot of slots) {
    if (slot.closest('[data-test-render-count]')) continue;
    const text = (slot.textContent ?? '').replace(/\s+/g, ' ').normalize('NFKC');
    if (ENDED_TEXT.test(text)) return true;
  }
  return false;
}

export const claude = makeAdapter({
  site: 'claude',
  label: 'Claude',
  hosts: ['claude.ai'],
  selectors: claudeSelectors,
  threadId: (url) => parseThreadUrl(url.href)?.threadId ?? null,
  unavailableReason: (url) => (url.searchParams.has('incognito')
    ? 'Incognito chats are not saved by Claude, so Hangup cannot end them.' : null),
  newChatUrl: (url) => `${url.origin}/new`,
  roleOf: (el) => roleByChild(el, USER, ASSISTANT),
  textOf: (el, role) => el.querySelector(role === 'user' ? USER[0]! : '.font-claude-response') ,
  prefillSelectors: claudeSelectors.composer.slice(0, 2),
  acceptComposer: (el) => !el.closest('[inert]') || el.tagName !== 'TEXTAREA',
  siteEnded,
});
