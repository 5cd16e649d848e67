import { parseThreadUrl } from '../../shared/urls';
import { insertText, pageTitle, queryAll, queryFirst, type SiteAdapter, type TurnEl } from './types';

// 2026-04: turns moved from <article> to <section>, role moved to a child attribute.
// 2026-02 capture (fixtures/real/chatgpt): article[data-testid^="conversation-turn-"][data-turn].
const selectors = {
  turn: ['section[data-testid^="conversation-turn-"]', 'article[data-testid^="conversation-turn-"]', '[data-turn][data-turn-id]'],
  userTurn: ['[data-message-author-role="user"]', '[data-turn="user"]'],
  assistantTurn: ['[data-message-author-role="assistant"]', '[data-turn="assistant"]'],
  composer: ['#prompt-textarea[contenteditable]', 'div.ProseMirror[contenteditable]', 'textarea[name="prompt-textarea"]'],
  composerRoot: ['form[data-type="unified-composer"]', 'form:has(#prompt-textarea)'],
  send: ['#composer-submit-button', '[data-testid="send-button"]', 'button[data-testid="composer-speech-button"]',
    'button[aria-label="Start Voice"]', 'button[aria-label="Dictate button"]', '#composer-plus-btn'],
  edit: ['button[aria-label="Edit message"]', '[data-testid="edit-turn-action-button"]'],
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
  composerRoot: (doc) => queryFirst(doc, selectors.composerRoot),
  sendControls: (doc) => selectors.send.flatMap((s) => Array.from(doc.querySelectorAll<HTMLElement>(s))),
  prefill(doc, text) {
    const el = queryFirst(doc, selectors.composer.slice(0, 2));
    return el ? insertText(doc, el, text) : false;
  },
  title: (doc) => pageTitle(doc, 'ChatGPT chat'),
  // Edits fork in place under one /c/<id>; each message keeps its data-message-id.
  pathMarkers: (doc) => Array.from(doc.querySelectorAll('[data-message-author-role][data-message-id]'),
    (el) => el.getAttribute('data-message-id')!),
};
