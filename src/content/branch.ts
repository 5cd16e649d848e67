// "Branch from here" on each user message: continue from that point in a new chat on the same
// site, its composer pre-filled with the conversation up to that message. Each control is a tiny
// host with its own shadow root, appended to the site's turn element and re-attached if the
// site re-renders the turn.
// Quiet by default, like the sites' own message actions: shown while its message is hovered or
// holds the focus (it stays in the tab order and the accessibility tree: transparent, never
// hidden), always shown in an ended thread (<html data-hangup-state="locked">), where branching is
// the way forward; the "always" mode (a setting) shows every one.
import type { SiteAdapter, TurnEl } from './adapters/types';
import { t } from '../shared/i18n';
import { UI_CSS } from './ui/styles';

const TAG = 'hangup-branch';
export type BranchMode = 'hover' | 'always';
const PAGE_STYLE_ID = 'hangup-branch-style';
/** On the turn element that holds a control: gives its :hover an attribute to sit on (a bare
 *  `:hover` matches only links in a page in quirks mode). */
const TURN_ATTR = 'data-hangup-branch-turn';
// In the page (the host sits in the site's turn element): hover and focus are the turn's.
export const BRANCH_PAGE_CSS = `${TAG} { display: block; transition: opacity .12s ease-in-out; }
${TAG}[data-mode="hover"] { opacity: 0; }
[${TURN_ATTR}]:hover > ${TAG}[data-mode="hover"], [${TURN_ATTR}]:focus-within > ${TAG}[data-mode="hover"], ${TAG}[data-mode="hover"]:focus-within,
html[data-hangup-state="locked"] ${TAG}[data-mode="hover"] { opacity: 1; }
@media (prefers-reduced-motion: reduce) { ${TAG} { transition: none; } }`;
const MAX_CHARS = 60_000;

/** The text a branch starts from: earlier turns as context, then the chosen message to edit and send. */
export function branchText(turns: readonly { role: 'user' | 'assistant'; text: string }[], upTo: number, siteLabel: string): string {
  const ctx = turns.slice(0, upTo).map((x) => `${x.role === 'user' ? 'User' : 'Assistant'}: ${x.text}`).join('\n\n');
  const mine = turns[upTo]?.text ?? '';
  if (!ctx) return mine;
  let head = `${t('branchIntro', siteLabel)}\n\n${ctx}\n\n---\n\n`;
  if (head.length + mine.length > MAX_CHARS) head = `${head.slice(0, MAX_CHARS - mine.length - 20)}\n…\n\n---\n\n`;
  return head + mine;
}

let sheet: CSSStyleSheet | null = null;
function sharedSheet(): CSSStyleSheet | null {
  try {
    if (!sheet) { sheet = new CSSStyleSheet(); sheet.replaceSync(`${UI_CSS}\n.wrap{display:flex;justify-content:flex-end}.b{margin:4px 0 0;font-size:12px;padding:2px 8px;opacity:.8}.b:hover,.b:focus-visible{opacity:1}`); }
    return sheet;
  } catch { return null; } // constructable stylesheets unavailable: fall back to a <style> per host
}

/**
 * Controls live only on user turns near the viewport (an IntersectionObserver adds and removes
 * them): a 2,000-turn thread carries a few dozen tiny shadow roots, not a thousand.
 */
export class BranchControls {
  private hosts = new Map<Element, HTMLElement>();
  private io: IntersectionObserver | null = null;
  private signal: AbortSignal | null = null;
  private mode: BranchMode = 'hover';

  /** Hover/focus (default) or always shown; from the settings (`branchControls`). */
  setMode(mode: BranchMode): void {
    this.mode = mode === 'always' ? 'always' : 'hover';
    for (const host of this.hosts.values()) host.setAttribute('data-mode', this.mode);
  }

  get currentMode(): BranchMode { return this.mode; }

  private ensurePageStyle(): void {
    const existing = this.doc.getElementById(PAGE_STYLE_ID);
    if (existing?.isConnected) return;
    const st = this.doc.createElement('style');
    st.id = PAGE_STYLE_ID;
    st.textContent = BRANCH_PAGE_CSS;
    (this.doc.head ?? this.doc.documentElement).appendChild(st);
  }

  constructor(private readonly adapter: SiteAdapter, private readonly doc: Document,
    private readonly onBranch: (turnIndex: number, turns: TurnEl[]) => void) {}

  /** Start over for a new route. */
  reset(signal: AbortSignal): void {
    this.removeAll();
    this.signal = signal;
    this.io?.disconnect();
    this.io = typeof IntersectionObserver === 'function' ? new IntersectionObserver((entries) => {
      for (const e of entries) {
        if (e.isIntersecting) this.attach(e.target);
        else this.detach(e.target);
      }
    }, { rootMargin: '1000px 0px' }) : null;
    signal.addEventListener('abort', () => { this.io?.disconnect(); this.removeAll(); }, { once: true });
  }

  /** New turns: watch the user ones. */
  watch(turns: readonly TurnEl[]): void {
    for (const t of turns) {
      if (t.role !== 'user') continue;
      if (this.io) this.io.observe(t.el); else this.attach(t.el);
    }
  }

  /** Put back controls the site removed while their turns are in view (React re-renders). */
  repair(): void {
    for (const [el, host] of this.hosts) {
      if (!el.isConnected) { this.hosts.delete(el); continue; }
      if (host.parentElement !== el) this.place(el, host);
    }
  }

  removeAll(): void {
    for (const [el, host] of this.hosts) { host.remove(); el.removeAttribute(TURN_ATTR); }
    this.hosts.clear();
    for (const el of this.doc.querySelectorAll(TAG)) el.remove();
  }

  private attach(turnEl: Element): void {
    if (!this.signal || this.signal.aborted) return;
    const host = this.hosts.get(turnEl) ?? this.make(turnEl, this.signal);
    this.hosts.set(turnEl, host);
    if (host.parentElement !== turnEl) this.place(turnEl, host);
  }

  private detach(turnEl: Element): void {
    turnEl.removeAttribute(TURN_ATTR);
    this.hosts.get(turnEl)?.remove();
    this.hosts.delete(turnEl);
  }

  private place(turnEl: Element, host: HTMLElement): void {
    this.ensurePageStyle();
    if (host.getAttribute('data-mode') !== this.mode) host.setAttribute('data-mode', this.mode);
    if (!turnEl.hasAttribute(TURN_ATTR)) turnEl.setAttribute(TURN_ATTR, '');
    // A site that clones turn nodes also clones our host, without its shadow root: drop such copies.
    for (const stray of turnEl.querySelectorAll(TAG)) if (stray !== host) stray.remove();
    turnEl.appendChild(host);
  }

  private make(turnEl: Element, signal: AbortSignal): HTMLElement {
    const host = this.doc.createElement(TAG);
    host.setAttribute('data-mode', this.mode);
    const root = host.attachShadow({ mode: 'open' });
    const s = sharedSheet();
    if (s) root.adoptedStyleSheets = [s];
    else { const st = this.doc.createElement('style'); st.textContent = UI_CSS; root.append(st); }
    const wrap = this.doc.createElement('div');
    wrap.className = 'wrap';
    const btn = this.doc.createElement('button');
    btn.type = 'button';
    btn.className = 'b';
    btn.textContent = t('branchFromHere');
    // Its place says which message it branches from; the title says what it does.
    btn.title = t('branchFromHereHint');
    btn.setAttribute('data-hangup', 'branch');
    btn.addEventListener('click', (ev) => {
      if (!ev.isTrusted) return;
      ev.stopPropagation();
      const turns = this.adapter.turns(this.doc);
      const idx = turns.findIndex((x) => x.el === turnEl);
      if (idx >= 0) this.onBranch(idx, turns);
    }, { signal });
    // Keys pressed on our button must not reach the site's shortcuts.
    btn.addEventListener('keydown', (ev) => ev.stopPropagation(), { signal });
    wrap.append(btn);
    root.append(wrap);
    return host;
  }
}
