// www.perplexity.ai. Real capture 2026-02-17 (test/fixtures/real/perplexity): there is no per-turn
// container with a stable attribute; each query is an h1 with the Tailwind group class
// "group/query" and each answer a div#markdown-content-<n>; they are paired by order. The
// composer is a Lexical editor div#ask-input[data-lexical-editor]; its box (no id, no test id)
// also holds the file input, "Add files or tools", model, dictation and Submit buttons.
// "Follow-ups" under an answer are buttons that send a new query into the same thread.
import { parseThreadUrl } from '../../shared/urls';
import type { TurnEl } from './types';
import { makeAdapter } from './common';

// 2026-02: the editor sits three levels below the composer box.
const ROOT = 'div:has(> div > div > #ask-input)';
const QUERY = ['[class*="group/query"]', 'h1'];
const ANSWER = ['div[id^="markdown-content-"]'];

export const perplexitySelectors = {
  turn: [...QUERY.map((q) => `${q}, ${ANSWER[0]}`)],
  userTurn: QUERY,
  assistantTurn: ANSWER,
  composer: ['#ask-input[contenteditable]', 'div[data-lexical-editor="true"][contenteditable]', 'textarea#ask-input'],
  composerRoot: [ROOT],
  // Relative to the composer box (2026-02 capture).
  send: ['button[aria-label="Submit"]', 'button', 'input[type="file"]'],
  // Follow-up suggestions under an answer send a query into the thread: the one send path outside
  // the composer box, hidden while locked (icon id from the 2026-02 capture; nothing else uses it).
  sendElsewhere: ['button:has(use[*|href="#pplx-icon-corner-down-right"])'],
  edit: ['button[aria-label="Edit Query"]'],
  // 2026-02 capture: the page shows no title of its own ("P" while loading; otherwise the first
  // query, which is message text and refused): the fallback label and date.
  title: [],
};

function pickAll(doc: ParentNode, sels: string[]): Element[] {
  for (const s of sels) { const els = doc.querySelectorAll(s); if (els.length) return Array.from(els); }
  return [];
}

function turns(doc: ParentNode): TurnEl[] {
  const queries = pickAll(doc, QUERY);
  const answers = pickAll(doc, ANSWER);
  const out: TurnEl[] = [];
  const n = Math.max(queries.length, answers.length);
  const text = (el: Element) => () => (el.textContent ?? '').trim();
  for (let i = 0; i < n; i++) {
    const q = queries[i]; const a = answers[i];
    if (q) out.push({ el: q, role: 'user', text: text(q) });
    if (a) out.push({ el: a, role: 'assistant', text: text(a) });
  }
  return out;
}

export const perplexity = makeAdapter({
  site: 'perplexity',
  label: 'Perplexity',
  hosts: ['www.perplexity.ai', 'perplexity.ai'],
  selectors: perplexitySelectors,
  threadId: (url) => parseThreadUrl(url.href)?.threadId ?? null,
  newChatUrl: (url) => `${url.origin}/`,
  roleOf: () => null,
  turns,
});
