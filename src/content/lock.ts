// The lockout. Three layers, so that no single trick slips through:
//  1. a page stylesheet keyed on <html data-hangup-state="locked"> hides the composer and its
//     send/voice/attach controls (hidden elements can be neither clicked nor focused) — the same
//     rule the pre-paint script installs before the page renders;
//  2. `inert` on the composer container, re-applied when the site re-creates it;
//  3. capture-phase listeners on window, registered at document_start before the site's own,
//     that swallow Enter, submit, paste, drop and clicks aimed at the composer region.
// Fails closed: if the layout is unknown, every editable outside Hangup's UI refuses Enter.
import type { SiteAdapter } from './adapters/types';

export const STATE_ATTR = 'data-hangup-state';
/** On <html> once the lock has resolved the page's composer region (then only that region is hidden). */
export const SCOPE_ATTR = 'data-hangup-scope';
/** On the resolved composer region. */
export const REGION_ATTR = 'data-hangup-region';
const STYLE_ID = 'hangup-lock-style';
const HIDE = '{ visibility: hidden !important; pointer-events: none !important; }';

type Sel = Pick<SiteAdapter, 'selectors'>;

/** One hiding rule: `${html} ${sel}`. `html` is the compound on <html> (state, scope, guards). */
export interface LockRule { html: string; sel: string }

/** A selector that exists in the page exactly when `sel` matches something, without :has() (which
 *  cannot nest inside the :not(:has()) guards): `A:has(> B)` → `A > B`, `A:has(B)` → `A B`. */
export function witness(sel: string): string | null {
  if (!sel.includes(':has(')) return sel;
  const m = /^([^,]+?):has\((.+)\)$/.exec(sel.trim());
  if (!m || m[2]!.includes(':has(') || m[1]!.includes(':has(')) return null;
  return `${m[1]} ${m[2]}`;
}

/** First-match-wins in CSS: each fallback applies only while no earlier selector of its list matches
 *  anywhere on the page, so a broad old-build fallback never hides something beside the current
 *  build's region. A fallback after a selector with no witness is left to the script (never broad). */
function firstMatch(list: readonly string[]): { sel: string; guard: string }[] {
  const out: { sel: string; guard: string }[] = [];
  let guard = '';
  for (const sel of list) {
    out.push({ sel, guard });
    const w = witness(sel);
    if (w === null) break;
    guard += `:not(:has(${w}))`;
  }
  return out;
}

/** The scoped selector rules: each adapter's composer region (and everything in it), its composer
 *  (for a page whose region selector misses), first match wins within each list; and the exact
 *  sendElsewhere controls. Nothing here reaches outside the composer region but sendElsewhere. */
function scopedRules(adapters: readonly Sel[], html: string): LockRule[] {
  const rules: LockRule[] = [];
  const seen = new Set<string>();
  const add = (h: string, sel: string) => { const k = `${h} ${sel}`; if (!seen.has(k)) { seen.add(k); rules.push({ html: h, sel }); } };
  for (const a of adapters) {
    for (const { sel, guard } of firstMatch(a.selectors.composerRoot)) { add(html + guard, sel); add(html + guard, `${sel} *`); }
    for (const { sel, guard } of firstMatch(a.selectors.composer)) add(html + guard, sel);
    for (const sel of a.selectors.sendElsewhere ?? []) add(html, sel);
  }
  return rules;
}

export function lockRules(adapters: readonly Sel[]): LockRule[] {
  const on = `html[${STATE_ATTR}="locked"]`;
  return [
    // Until the region is resolved: the scoped selectors.
    ...scopedRules(adapters, `${on}:not([${SCOPE_ATTR}])`),
    // Once resolved: exactly the region the content script found (the composer is inside it), and
    // the exact controls elsewhere that send.
    { html: on, sel: `[${REGION_ATTR}]` }, { html: on, sel: `[${REGION_ATTR}] *` },
    ...adapters.flatMap((a) => (a.selectors.sendElsewhere ?? []).map((sel) => ({ html: `${on}[${SCOPE_ATTR}]`, sel }))),
  ];
}

/** The pre-paint variant: the scoped selectors until the content script has decided (it then sets
 *  the state to "open" or "locked", and the lock's own stylesheet takes over). */
export function prelockRules(adapters: readonly Sel[]): LockRule[] {
  return scopedRules(adapters, `html:not([${STATE_ATTR}])`);
}

// One rule per selector: a selector one engine cannot parse voids only its own rule, not the lock.
export const rulesCss = (rules: readonly LockRule[]): string => rules.map((r) => `${r.html} ${r.sel} ${HIDE}`).join('\n');
export const lockCss = (adapters: readonly Sel[]): string => rulesCss(lockRules(adapters));
export const prelockCss = (adapters: readonly Sel[]): string => rulesCss(prelockRules(adapters));

const BLOCKED_EVENTS = ['keydown', 'keypress', 'keyup', 'beforeinput', 'input', 'paste', 'drop',
  'click', 'dblclick', 'auxclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'touchstart', 'touchend', 'submit'] as const;

export class Lock {
  private engaged = false;
  private readonly uiHost: () => Element | null;
  private observer: MutationObserver | null = null;
  private pending = false;
  private region: HTMLElement | null = null;
  /** Send attempts stopped by the guard (the CSS and inert layers stop most before they get here). */
  blocked = 0;

  constructor(private readonly adapter: SiteAdapter, private readonly doc: Document, uiHost: () => Element | null,
    signal: AbortSignal) {
    this.uiHost = uiHost;
    const win = doc.defaultView!;
    for (const type of BLOCKED_EVENTS) {
      win.addEventListener(type, this.guard, { capture: true, signal });
    }
    signal.addEventListener('abort', () => this.release());
  }

  get isEngaged(): boolean { return this.engaged; }

  engage(): void {
    this.engaged = true;
    this.ensureStyle();
    this.doc.documentElement.setAttribute(STATE_ATTR, 'locked');
    this.applyInert();
    if (!this.observer) {
      this.observer = new MutationObserver(() => this.schedule());
      this.observer.observe(this.doc.documentElement, { childList: true, subtree: true, attributes: true,
        attributeFilter: [STATE_ATTR, SCOPE_ATTR, REGION_ATTR, 'inert', 'contenteditable'] });
    }
  }

  release(): void {
    this.engaged = false;
    this.observer?.disconnect();
    this.observer = null;
    if (this.doc.documentElement) {
      this.doc.documentElement.setAttribute(STATE_ATTR, 'open');
      this.doc.documentElement.removeAttribute(SCOPE_ATTR);
    }
    for (const el of this.doc.querySelectorAll('[data-hangup-inert]')) {
      el.removeAttribute('inert');
      el.removeAttribute('data-hangup-inert');
    }
    for (const el of this.doc.querySelectorAll(`[${REGION_ATTR}]`)) el.removeAttribute(REGION_ATTR);
    this.region = null;
  }

  /** The composer region the lock resolved on this page (null: not found, selectors apply). */
  get resolvedRegion(): HTMLElement | null { return this.region?.isConnected ? this.region : null; }

  /** Whether the page's layout is known here: the composer can be found. */
  layoutKnown(): boolean { return !!this.adapter.composer(this.doc); }

  // Mutation floods are batched into one check per microtask: the check is O(1) queries.
  private schedule(): void {
    if (this.pending) return;
    this.pending = true;
    queueMicrotask(() => {
      this.pending = false;
      if (!this.engaged) return;
      this.ensureStyle();
      if (this.doc.documentElement.getAttribute(STATE_ATTR) !== 'locked') {
        this.doc.documentElement.setAttribute(STATE_ATTR, 'locked');
      }
      this.applyInert();
    });
  }

  private ensureStyle(): void {
    let style = this.doc.getElementById(STYLE_ID);
    if (!style || !style.isConnected) {
      style = this.doc.createElement('style');
      style.id = STYLE_ID;
      style.textContent = lockCss([this.adapter]);
      (this.doc.head ?? this.doc.documentElement).appendChild(style);
    }
  }

  private applyInert(): void {
    const root = this.adapter.composerRoot(this.doc);
    const composer = this.adapter.composer(this.doc);
    this.markRegion(root && (!composer || root.contains(composer)) ? root : null);
    const targets = [root, composer];
    for (const el of targets) {
      if (el && !el.hasAttribute('inert')) {
        el.setAttribute('inert', '');
        el.setAttribute('data-hangup-inert', '');
      }
      if (el?.isContentEditable) el.blur();
    }
  }

  /** Narrow the lock to the region found (or widen it back to the scoped selectors if none). */
  private markRegion(root: HTMLElement | null): void {
    const html = this.doc.documentElement;
    if (this.region && this.region !== root) this.region.removeAttribute(REGION_ATTR);
    this.region = root;
    if (root) {
      if (!root.hasAttribute(REGION_ATTR)) root.setAttribute(REGION_ATTR, '');
      if (html.getAttribute(SCOPE_ATTR) !== 'resolved') html.setAttribute(SCOPE_ATTR, 'resolved');
    } else if (html.hasAttribute(SCOPE_ATTR)) html.removeAttribute(SCOPE_ATTR);
  }

  private inComposerRegion(path: EventTarget[]): boolean {
    const s = this.adapter.selectors;
    const region = this.resolvedRegion;
    // Resolved: the region itself, the composer, and the exact controls outside it that send.
    const sels = region ? [...s.composer, ...(s.sendElsewhere ?? [])]
      : [...s.composerRoot, ...s.composer, ...(s.sendElsewhere ?? [])];
    for (const t of path) {
      if (!(t instanceof Element)) continue;
      if (region && t === region) return true; // (the path holds every ancestor: this covers its contents)
      for (const sel of sels) {
        try { if (t.matches(sel)) return true; } catch { /* a selector this engine lacks (:has) */ }
      }
    }
    return false;
  }

  private readonly guard = (ev: Event): void => {
    if (!this.engaged) return;
    const path = ev.composedPath();
    const host = this.uiHost();
    if (host && path.includes(host)) return; // Hangup's own controls
    let block = this.inComposerRegion(path);
    if (!block && !this.layoutKnown()) {
      // Unknown layout: fail closed on anything that could send.
      const t = path[0];
      const editable = t instanceof HTMLElement && (t.isContentEditable || t instanceof HTMLTextAreaElement || t instanceof HTMLInputElement);
      const isEnter = ev instanceof KeyboardEvent && (ev.key === 'Enter' || ev.key === 'NumpadEnter');
      block = ev.type === 'submit' || (editable && (isEnter || ev.type === 'beforeinput' || ev.type === 'paste' || ev.type === 'drop'))
        || (t instanceof Element && !!t.closest('button[type="submit"], form button'));
    }
    if (!block) return;
    ev.preventDefault();
    ev.stopImmediatePropagation();
    this.blocked++;
  };
}
