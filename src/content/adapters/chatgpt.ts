import { parseThreadUrl } from '../../shared/urls';
import { insertText, queryAll, queryFirst, type SiteAdapter, type SiteSelectors, type TurnEl } from './types';
import { adapterTitle, resolveComposerRoot, sendControlsIn } from './common';

// 2026-04: turns moved from <article> to <section>, role moved to a child attribute.
// 2026-02 capture (fixtures/real/chatgpt): article[data-testid^="conversation-turn-"][data-turn].
const selectors: SiteSelectors = {
  turn: ['section[data-testid^="conversation-turn-"]', 'article[data-testid^="conversation-turn-"]', '[data-turn][data-turn-id]'],
  userTurn: ['[data-message-author-role="user"]', '[data-turn="user"]'],
  assistantTurn: ['[data-message-author-role="assistant"]', '[data-turn="assistant"]'],
  composer: ['#prompt-textarea[contenteditable]', 'div.ProseMirror[contenteditable]', 'textarea[name="prompt-textarea"]'],
  composerRoot: ['form[data-type="unified-composer"]', 'form:has(#prompt-textarea)'],
  // Inside the composer form only (2026-02 capture: send, voice, dictate and "+" all live in it).
  send: ['#composer-submit-button', '[data-testid="send-button"]', 'button[data-testid="composer-speech-button"]',
    'button[aria-label="Start Voice"]', 'button[aria-label="Dictate button"]', '#composer-plus-btn', 'input[type="file"]'],
  edit: ['button[aria-label="Edit message"]', '[data-testid="edit-turn-action-button"]'],
  // 2026-02 capture: the open thread's sidebar item is #history a[data-active] (label in .truncate[title]);
  // the document title is the conversation's title too.
  title: ['#history a[data-active]', 'nav a[data-active][href*="/c/"]', 'nav a[aria-current="page"]'],
};

function roleOf(turn: Element): TurnEl['role'] | null {
  const attr = turn.getAttribute('data-turn');
  if (attr === 'user' || attr === 'assistant') return attr;
  const child = turn.querySelector('[data-message-author-role]')?.getAttribute('data-message-author-role');
  return child === 'user' || child === 'assistant' ? child : null;
}

function turnOf(el: Element): TurnEl | null {
  const role = roleOf(el);
  return role ? { el, role, text: () => (el.querySelector('[data-message-author-role]') ?? el).textContent?.trim() ?? '' } : null;
}

export const chatgpt: SiteAdapter = {
  site: 'chatgpt',
  label: 'ChatGPT',
  hosts: ['chatgpt.com', 'chat.openai.com'],
  selectors,
  threadId: (url) => parseThreadUrl(url.href)?.threadId ?? null,
  unavailableReason: (url) => (url.searchParams.get('temporary-chat') === 'true'
    ? 'Temporary chats have no lasting id, so Hangup cannot end them.' : null),
  newChatUrl: (url) => {
    const project = /^\/g\/([^/]+)\//.exec(url.pathname);
    return `${url.origin}/${project ? `g/${project[1]}/project` : ''}`;
  },
  turns(doc) {
    const out: TurnEl[] = [];
    for (const el of queryAll(doc, selectors.turn)) {
      const t = turnOf(el);
      if (t) out.push(t);
    }
    return out;
  },
  turnOf,
  composer: (doc) => queryFirst(doc, selectors.composer),
  composerRoot: (doc) => resolveComposerRoot(doc, selectors, queryFirst(doc, selectors.composer)),
  sendControls: (doc) => sendControlsIn(doc, selectors, resolveComposerRoot(doc, selectors, queryFirst(doc, selectors.composer))),
  prefill(doc, text) {
    const el = queryFirst(doc, selectors.composer.slice(0, 2));
    return el ? insertText(doc, el, text) : false;
  },
  title(doc, url, now) { return adapterTitle(chatgpt, doc, url, now); },
  // Edits fork in place under one /c/<id>; each message keeps its data-message-id.
  pathMarkers: (doc) => Array.from(doc.querySelectorAll('[data-message-author-role][data-message-id]'),
    (el) => el.getAttribute('data-message-id')!),
};
