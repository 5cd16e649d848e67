// Shared building blocks for the site adapters: most sites differ only in their selectors, how a
// turn's role is read, and the new-chat URL. Each site keeps its own file with its selectors and
// dated notes; this file holds no site knowledge.
import type { SiteId } from '../../shared/types';
import { insertText, queryAll, queryFirst, type SiteAdapter, type SiteSelectors, type TurnEl, type TurnRole } from './types';
import { threadTitle } from './title';

export interface AdapterSpec {
  site: SiteId;
  label: string;
  hosts: string[];
  selectors: SiteSelectors;
  threadId(url: URL): string | null;
  newChatUrl(url: URL): string;
  /** The role of one element matched by selectors.turn; null skips it. */
  roleOf(el: Element): TurnRole | null;
  /** The element holding a turn's text (defaults to the turn). */
  textOf?(el: Element, role: TurnRole): Element | string | null;
  unavailableReason?(url: URL): string | null;
  /** Replaces the selector-based turn walk (Perplexity pairs queries and answers by order). */
  turns?(doc: ParentNode): TurnEl[];
  /** Composer candidates that may receive text (defaults to selectors.composer). */
  prefillSelectors?: string[];
  /** Keep only composers outside the conversation (e.g. not an inline edit box). */
  acceptComposer?(el: HTMLElement): boolean;
  siteEnded?(doc: Document): boolean;
}

const MAX_CLIMB = 10;
/** Without a composerRoot selector hit, the region is found by climbing this many levels at most. */
const ROOT_CLIMB = 4;

/** The smallest ancestor of `from` (itself excluded) that also holds one of `selectors`. */
export function smallestAncestorWith(from: Element, selectors: readonly string[], maxUp = MAX_CLIMB): HTMLElement | null {
  let el = from.parentElement;
  for (let i = 0; el && i < maxUp; i++, el = el.parentElement) {
    for (const s of selectors) {
      try {
        const hit = el.querySelector(s);
        if (hit && hit !== from && !from.contains(hit)) return el as HTMLElement;
      } catch { /* a selector this engine lacks */ }
    }
  }
  return null;
}

function safeQueryAll(root: ParentNode, sel: string): HTMLElement[] {
  try { return Array.from(root.querySelectorAll<HTMLElement>(sel)); } catch { return []; }
}

function safeFirst(root: ParentNode, sels: readonly string[], accept?: (el: HTMLElement) => boolean): HTMLElement | null {
  for (const s of sels) {
    for (const el of safeQueryAll(root, s)) if (!accept || accept(el)) return el;
  }
  return null;
}

export function makeAdapter(spec: AdapterSpec): SiteAdapter {
  const { selectors } = spec;
  const composer = (doc: ParentNode): HTMLElement | null => safeFirst(doc, selectors.composer, spec.acceptComposer);
  const turnOf = (el: Element): TurnEl | null => {
    const role = spec.roleOf(el);
    if (!role) return null;
    return { el, role, text: () => {
      const t = spec.textOf?.(el, role) ?? el;
      return (typeof t === 'string' ? t : t.textContent ?? '').trim();
    } };
  };
  const adapter: SiteAdapter = {
    site: spec.site,
    label: spec.label,
    hosts: spec.hosts,
    selectors,
    threadId: spec.threadId,
    unavailableReason: spec.unavailableReason ?? (() => null),
    newChatUrl: spec.newChatUrl,
    turns(doc) {
      if (spec.turns) return spec.turns(doc);
      const out: TurnEl[] = [];
      for (const el of queryAll(doc, selectors.turn)) {
        const t = turnOf(el);
        if (t) out.push(t);
      }
      return out;
    },
    ...(spec.turns ? {} : { turnOf }),
    composer,
    composerRoot: (doc) => resolveComposerRoot(doc, selectors, composer(doc)),
    sendControls: (doc) => sendControlsIn(doc, selectors, resolveComposerRoot(doc, selectors, composer(doc))),
    prefill(doc, text) {
      const el = spec.prefillSelectors ? safeFirst(doc, spec.prefillSelectors, spec.acceptComposer) : composer(doc);
      return el ? insertText(doc, el, text) : false;
    },
    title(doc, url, now) {
      return adapterTitle(adapter, doc, url, now);
    },
  };
  if (spec.siteEnded) adapter.siteEnded = spec.siteEnded;
  return adapter;
}

/** The composer's region: the innermost composerRoot hit that holds the composer (preferring one
 *  with a send control in it), else a short climb from the composer to a box with a send control. */
export function resolveComposerRoot(doc: ParentNode, selectors: SiteSelectors, c: HTMLElement | null): HTMLElement | null {
  if (!c) return safeFirst(doc, selectors.composerRoot);
  const hits: HTMLElement[] = [];
  for (const s of selectors.composerRoot) for (const el of safeQueryAll(doc, s)) if (el.contains(c)) hits.push(el);
  const depth = (el: Element) => { let d = 0; for (let p = el.parentElement; p; p = p.parentElement) d++; return d; };
  hits.sort((a, b) => depth(b) - depth(a));
  const hasSend = (el: HTMLElement) => selectors.send.some((s) => safeQueryAll(el, s).some((b) => b !== c && !c.contains(b)));
  const best = hits.find(hasSend) ?? hits[0];
  if (best) return best;
  return smallestAncestorWith(c, selectors.send, ROOT_CLIMB);
}

/** The send controls: the relative `send` selectors inside the region, plus the exact `sendElsewhere` ones. */
export function sendControlsIn(doc: ParentNode, selectors: SiteSelectors, root: HTMLElement | null): HTMLElement[] {
  const seen = new Set<HTMLElement>();
  if (root) for (const s of selectors.send) for (const el of safeQueryAll(root, s)) seen.add(el);
  for (const s of selectors.sendElsewhere ?? []) for (const el of safeQueryAll(doc, s)) seen.add(el);
  return [...seen];
}

/** The adapter's title for the page (see title.ts). */
export function adapterTitle(a: SiteAdapter, doc: Document, url?: URL, now?: Date): string {
  let u = url;
  if (!u) { try { u = new URL(doc.location?.href ?? ''); } catch { u = undefined; } }
  const threadPath = u && a.threadId(u) ? u.pathname : null;
  return threadTitle(doc, { label: a.label, selectors: a.selectors.title ?? [], threadPath, turns: () => a.turns(doc), ...(now ? { now } : {}) });
}

/** Role from a descendant: the first of `user` / `assistant` selectors found inside the turn. */
export function roleByChild(el: Element, user: readonly string[], assistant: readonly string[]): TurnRole | null {
  if (queryFirst(el, user) || user.some((s) => matchesSafe(el, s))) return 'user';
  if (queryFirst(el, assistant) || assistant.some((s) => matchesSafe(el, s))) return 'assistant';
  return null;
}

export function matchesSafe(el: Element, sel: string): boolean {
  try { return el.matches(sel); } catch { return false; }
}

export const originOf = (url: URL): string => url.origin;
