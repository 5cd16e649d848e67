// The thread's turns, kept up to date from mutation records: a chat that grows by one turn costs
// one turn's work, not a rescan of the whole thread. Anything unusual — turns removed, inserted in
// the middle (edits, virtualised lists), a flood of records, a site without per-element turns —
// falls back to one full rescan.
import type { SiteAdapter, TurnEl } from './adapters/types';

const FLOOD = 2000;

export class TurnIndex {
  private list: TurnEl[] = [];
  private known = new WeakSet<Element>();
  private selector: string | null = null;
  /** Turns appended since the last call to takeAdded() (for per-turn work such as branch controls). */
  private added: TurnEl[] = [];
  private dirty = true;

  constructor(private readonly adapter: SiteAdapter, private readonly doc: Document) {}

  get turns(): readonly TurnEl[] { if (this.dirty) this.rescan(); return this.list; }

  /** Forget everything (route change): the next read rescans. */
  reset(): void { this.dirty = true; }

  /** New turns since the last call, in order (after a rescan: all of them). */
  takeAdded(): TurnEl[] { if (this.dirty) this.rescan(); const a = this.added; this.added = []; return a; }

  private rescan(): void {
    this.dirty = false;
    this.list = this.adapter.turns(this.doc);
    this.known = new WeakSet(this.list.map((t) => t.el));
    this.added = [...this.list];
    this.selector = this.adapter.turnOf ? this.adapter.selectors.turn.find((s) => this.list[0]?.el.matches(s)) ?? null : null;
  }

  /** Fold a batch of mutation records in. Returns whether the turn list may have changed. */
  apply(records: readonly MutationRecord[] | null): boolean {
    if (this.dirty) return true;
    const sel = this.selector;
    const turnOf = this.adapter.turnOf;
    if (!records || records.length > FLOOD || !sel || !turnOf) { this.dirty = true; return true; }
    let candidates: Element[] | null = null;
    for (const r of records) {
      if (r.type !== 'childList') continue;
      for (const n of r.removedNodes) {
        if (n instanceof Element && (this.known.has(n) || n.querySelector(sel))) { this.dirty = true; return true; }
      }
      for (const n of r.addedNodes) {
        if (!(n instanceof Element)) continue;
        if (n.matches(sel)) (candidates ??= []).push(n);
        else if (n.firstElementChild) for (const el of n.querySelectorAll(sel)) (candidates ??= []).push(el);
      }
    }
    if (!candidates) return false;
    let last = this.list[this.list.length - 1]?.el ?? null;
    for (const el of candidates) {
      if (this.known.has(el) || !el.isConnected) continue;
      // Appended after the last known turn: the common case. Anywhere else: rescan.
      if (last && !(last.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) { this.dirty = true; return true; }
      if (!last && this.list.length) { this.dirty = true; return true; }
      const t = turnOf(el);
      if (!t) continue;
      this.list.push(t);
      this.known.add(el);
      this.added.push(t);
      last = el;
    }
    return true;
  }
}
