// "Branch from here" on each user message: continue from that point in a new chat on the same
// site, its composer pre-filled with the conversation up to that message. Each control is a tiny
// host with its own shadow root, appended to the site's turn element and re-attached if the
// site re-renders the turn.
import type { SiteAdapter, TurnEl } from './adapters/types';
import { t } from '../shared/i18n';
import { UI_CSS } from './ui/styles';

const TAG = 'hangup-branch';
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
    if (!sheet) { sheet = new CSSStyleSheet(); sheet.replaceSync(`${UI_CSS}\n.b{margin:4px 0 0;font-size:12px;padding:2px 8px;opacity:.8}.b:hover,.b:focus-visible{opacity:1}`); }
    return sheet;
  } catch { return null; } // constructable stylesheets unavailable: fall back to a <style> per host
}

export class BranchControls {
  private readonly hosts = new WeakMap<Element, HTMLElement>();

  constructor(private readonly adapter: SiteAdapter, private readonly doc: Document,
    private readonly onBranch: (turnIndex: number, turns: TurnEl[]) => void) {}

  /** Ensure each user turn has its control. Cheap when nothing changed (a WeakMap lookup per turn). */
  sync(turns: readonly TurnEl[], signal: AbortSignal): void {
    turns.forEach((turn, i) => {
      if (turn.role !== 'user') return;
      let host = this.hosts.get(turn.el);
      if (host?.isConnected && host.parentElement === turn.el) return;
      host ??= this.make(turn.el, signal);
      // A site that clones turn nodes also clones our host, without its shadow root: drop such copies.
      for (const stray of turn.el.querySelectorAll(TAG)) if (stray !== host) stray.remove();
      turn.el.appendChild(host);
      host.dataset.index = String(i);
    });
  }

  removeAll(): void {
    for (const el of this.doc.querySelectorAll(TAG)) el.remove();
  }

  private make(turnEl: Element, signal: AbortSignal): HTMLElement {
    const host = this.doc.createElement(TAG);
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
    this.hosts.set(turnEl, host);
    return host;
  }
}
