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
const STYLE_ID = 'hangup-lock-style';

export function lockCss(adapters: readonly Pick<SiteAdapter, 'selectors'>[]): string {
  const sels = adapters.flatMap((a) => [...a.selectors.composerRoot, ...a.selectors.composer, ...a.selectors.send]);
  const locked = sels.map((s) => `html[${STATE_ATTR}="locked"] ${s}`).join(',\n');
  return `${locked} { visibility: hidden !important; pointer-events: none !important; }`;
}

/** The pre-paint variant: locked unless the content script has said this thread is open. */
export function prelockCss(adapters: readonly Pick<SiteAdapter, 'selectors'>[]): string {
  const sels = adapters.flatMap((a) => [...a.selectors.composerRoot, ...a.selectors.composer, ...a.selectors.send]);
  return `${sels.map((s) => `html:not([${STATE_ATTR}="open"]) ${s}`).join(',\n')} { visibility: hidden !important; pointer-events: none !important; }`;
}

const BLOCKED_EVENTS = ['keydown', 'keypress', 'keyup', 'beforeinput', 'input', 'paste', 'drop',
  'click', 'dblclick', 'auxclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'touchstart', 'touchend', 'submit'] as const;

export class Lock {
  private engaged = false;
  private readonly uiHost: () => Element | null;
  private observer: MutationObserver | null = null;
  private pending = false;
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
        attributeFilter: [STATE_ATTR, 'inert', 'contenteditable'] });
    }
  }

  release(): void {
    this.engaged = false;
    this.observer?.disconnect();
    this.observer = null;
    if (this.doc.documentElement) this.doc.documentElement.setAttribute(STATE_ATTR, 'open');
    for (const el of this.doc.querySelectorAll('[data-hangup-inert]')) {
      el.removeAttribute('inert');
      el.removeAttribute('data-hangup-inert');
    }
  }

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
    const targets = [this.adapter.composerRoot(this.doc), this.adapter.composer(this.doc)];
    for (const el of targets) {
      if (el && !el.hasAttribute('inert')) {
        el.setAttribute('inert', '');
        el.setAttribute('data-hangup-inert', '');
      }
      if (el?.isContentEditable) el.blur();
    }
  }

  private inComposerRegion(path: EventTarget[]): boolean {
    const s = this.adapter.selectors;
    const sels = [...s.composerRoot, ...s.composer, ...s.send];
    for (const t of path) {
      if (!(t instanceof Element)) continue;
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
