// One interface for every chat site. Adapters hold the fragile knowledge (selectors, editors);
// everything else in the content script is site-agnostic.
import type { SiteId } from '../../shared/types';

export type TurnRole = 'user' | 'assistant';
export interface TurnEl { el: Element; role: TurnRole; /** read lazily: only the policy needs text */ text(): string }

/** Ordered fallbacks: the first selector that matches wins. Keep dated notes beside them. */
export interface SiteSelectors {
  turn: string[];
  userTurn: string[];
  assistantTurn: string[];
  composer: string[];
  /** The smallest container that holds the composer and every control that sends from it. */
  composerRoot: string[];
  /** Controls that send or start a send another way (send, voice, dictate, attach), as selectors
   *  RELATIVE to the composer region: they are only ever matched inside it (never page-wide), so a
   *  broad fallback here cannot reach the page's other controls. */
  send: string[];
  /** Precise selectors for the rare controls outside the composer region that send into the thread
   *  (Perplexity's follow-up suggestions). Hidden page-wide while locked: keep each one exact. */
  sendElsewhere?: string[];
  edit: string[];
  /** Where the page shows the conversation's own title (header, active item of the conversation
   *  list), first match wins. A link to the current thread is tried after these. */
  title?: string[];
}

export interface SiteAdapter {
  site: SiteId;
  label: string;
  hosts: string[];
  selectors: SiteSelectors;
  /** null = no thread (a new chat, or a temporary chat that has no id) */
  threadId(url: URL): string | null;
  /** Why the thread cannot be ended here although the page is a chat, if so (e.g. temporary chat). */
  unavailableReason(url: URL): string | null;
  newChatUrl(url: URL): string;
  turns(doc: ParentNode): TurnEl[];
  /** The turn an element is, if it is one (lets the content script follow a growing thread one
   *  new element at a time). Absent where turns are paired up by page order (Perplexity). */
  turnOf?(el: Element): TurnEl | null;
  composer(doc: ParentNode): HTMLElement | null;
  composerRoot(doc: ParentNode): HTMLElement | null;
  sendControls(doc: ParentNode): HTMLElement[];
  /** Put text in the composer the way the site's editor accepts it. */
  prefill(doc: Document, text: string): boolean;
  /** The conversation's own title as the page shows it, else the site label and the date; never
   *  message text. `url` defaults to the document's location, `now` to the current time. */
  title(doc: Document, url?: URL, now?: Date): string;
  /** Sites that edit in place: the message ids of the visible path, in order (null: unknown). */
  pathMarkers?(doc: ParentNode): string[] | null;
  /** Sites that end chats themselves (claude.ai): true when the page shows that ending. */
  siteEnded?(doc: Document): boolean;
}

export function queryFirst<T extends Element = HTMLElement>(root: ParentNode, selectors: readonly string[]): T | null {
  for (const s of selectors) {
    const el = root.querySelector<T & Element>(s);
    if (el) return el;
  }
  return null;
}

export function queryAll<T extends Element = HTMLElement>(root: ParentNode, selectors: readonly string[]): T[] {
  for (const s of selectors) {
    const els = root.querySelectorAll<T & Element>(s);
    if (els.length) return Array.from(els);
  }
  return [];
}

/** Insert text into a rich editor (ProseMirror, TipTap, Quill, Lexical) or a textarea. */
export function insertText(doc: Document, el: HTMLElement, text: string): boolean {
  el.focus();
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
    // React tracks the value through the prototype setter; assigning .value alone is ignored.
    const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
    Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(el, text);
    el.dispatchEvent(new Event('input', { bubbles: true }));
    return el.value === text;
  }
  const sel = doc.getSelection();
  if (sel) { sel.selectAllChildren(el); }
  // execCommand is deprecated but is still the one input path every rich editor listens to.
  const done = doc.execCommand?.('insertText', false, text);
  if (!done) {
    el.textContent = text;
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText', data: text }));
  }
  return (el.textContent ?? '').includes(text.slice(0, 20));
}

