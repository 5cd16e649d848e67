// A thread's name for the review list, read from what the page shows as the conversation's own
// title. Order: the adapter's title selectors (header, active item of the conversation list), then a
// link to the current thread outside the conversation, then the document title; a candidate that is
// generic ("Gemini", "New chat") or is the start of a user message is refused, since no message text
// may be stored. Nothing found: "<site> chat, <date>".
import type { TurnEl } from './types';

const MAX = 200;
const clean = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

const SITE_NAMES = 'ChatGPT|Claude|Gemini|Google Gemini|Grok|Perplexity|Microsoft Copilot|Copilot|Le Chat|Mistral AI|Poe|HuggingChat|Hugging Face|Open WebUI|LibreChat|DeepSeek';
const SUFFIX = new RegExp(`\\s*[-|–—·:]\\s*(?:${SITE_NAMES})\\s*$`, 'i');
const GENERIC = new RegExp(`^(?:${SITE_NAMES}|New chat|New conversation|Chat|Untitled|Conversation|Home|Loading…?|Loading\\.\\.\\.)$`, 'i');

/** "Gemini chat, 2026-12-07": the label when the page shows no title (local date, ISO order). */
export function fallbackTitle(label: string, now: Date = new Date()): string {
  const d = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return `${label} chat, ${d}`;
}

/** Whether a stored title is only the fallback (so any real title the page shows later replaces it). */
export const isFallbackTitle = (title: string): boolean => /^.+ chat, \d{4}-\d{2}-\d{2}$/.test(title) || /^.+ chat$/.test(title);

const norm = (s: string): string => s.normalize('NFKC').toLowerCase().replace(/[\s\p{P}]+/gu, ' ').trim();

export interface TitleInput {
  label: string;
  selectors?: readonly string[];
  /** The thread's path on the site (e.g. /c/<id>), for the conversation-list link. */
  threadPath?: string | null;
  turns: () => readonly Pick<TurnEl, 'el' | 'role' | 'text'>[];
  now?: Date;
}

/** An item's own label: its text without that of the buttons, menus and icons inside it. */
function labelText(el: Element): string {
  let out = '';
  const walk = (n: Node): void => {
    for (const c of Array.from(n.childNodes)) {
      if (c.nodeType === 3) out += c.nodeValue ?? '';
      else if (c.nodeType === 1) {
        const e = c as Element;
        if (e.matches('button, [role="button"], [role="menu"], svg, [aria-hidden="true"], .sr-only, [hidden]')) continue;
        out += ' '; walk(e); out += ' ';
      }
    }
  };
  walk(el);
  return clean(out);
}

export function threadTitle(doc: Document, input: TitleInput): string {
  let turns: readonly Pick<TurnEl, 'el' | 'role' | 'text'>[] | null = null;
  const getTurns = () => (turns ??= input.turns());
  const inTurn = (el: Element) => getTurns().some((t) => t.el.contains(el));
  const isMessage = (cand: string): boolean => {
    const c = norm(cand);
    if (!c) return true;
    // The title is the start of (or the whole) user message: that is message text, not a title.
    return getTurns().some((t) => t.role === 'user' && norm(t.text()).startsWith(c));
  };
  const ok = (raw: string | null | undefined): string | null => {
    const t = clean(raw).replace(SUFFIX, '').trim();
    if (t.length < 2 || GENERIC.test(t) || isMessage(t)) return null;
    return t.slice(0, MAX);
  };
  const textOf = (el: Element): string => clean(el.getAttribute('title') ?? '') || labelText(el);

  for (const sel of input.selectors ?? []) {
    let els: Element[];
    try { els = Array.from(doc.querySelectorAll(sel)); } catch { continue; }
    for (const el of els) {
      if (inTurn(el)) continue;
      // A conversation-list item: its label, not its menu buttons.
      const titled = el.querySelector('[title]');
      const got = ok(titled ? clean(titled.getAttribute('title')) : textOf(el)) ?? ok(textOf(el));
      if (got) return got;
    }
  }
  if (input.threadPath) {
    for (const a of doc.querySelectorAll<HTMLAnchorElement>('a[href]')) {
      const href = a.getAttribute('href') ?? '';
      let path: string;
      try { path = new URL(href, 'https://x.invalid').pathname; } catch { continue; }
      if (path !== input.threadPath || inTurn(a)) continue;
      const got = ok(textOf(a));
      if (got) return got;
    }
  }
  return ok(doc.title) ?? fallbackTitle(input.label, input.now);
}
