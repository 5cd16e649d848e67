// The new-chat half of "Branch from here": a new chat in the tab that asked for a branch claims
// the conversation text from the background (held there in memory for a minute), puts it in the
// composer once the composer is ready, and records the lineage once the chat gets its thread id.
import type { SiteAdapter } from './adapters/types';
import { request, ContextInvalidated } from './messaging';
import { t } from '../shared/i18n';
import { threadKey } from '../shared/types';

const PREFILL_WAIT_MS = 10_000;

export class BranchClaim {
  /** Branch text claimed from the background, waiting for the composer to appear. */
  private pending: { text: string; until: number } | null = null;
  private retry = 0;
  /** Lineage to record once this new chat gets its thread id. */
  private lineage: { key: string; turn: number } | null = null;

  constructor(private readonly adapter: SiteAdapter, private readonly doc: Document,
    private readonly say: (text: string) => void, private readonly fail: (e: unknown) => void) {}

  get waiting(): boolean { return this.pending !== null; }

  async claim(): Promise<void> {
    if (this.adapter.threadId(new URL(this.doc.location.href))) return; // only a new chat takes a branch
    try {
      const claim = await request('content:branch-claim', {});
      if (!claim) return;
      this.pending = { text: claim.text, until: Date.now() + PREFILL_WAIT_MS };
      this.lineage = { key: claim.fromKey, turn: claim.turn };
      this.tryPrefill();
    } catch { /* nothing to claim */ }
  }

  tryPrefill(): void {
    const p = this.pending;
    if (!p) return;
    if (Date.now() > p.until) { this.pending = null; this.fail(new Error(t('branchFailed'))); return; }
    if (!this.adapter.composer(this.doc) || this.doc.readyState === 'loading') {
      // Not ready: look again shortly (a quiet page may bring no mutation to wake us); one timer at a time.
      if (!this.retry) this.retry = window.setTimeout(() => { this.retry = 0; this.tryPrefill(); }, 100);
      return;
    }
    this.pending = null;
    if (this.adapter.prefill(this.doc, p.text)) this.say(t('branchReady'));
    else this.fail(new Error(t('branchFailed')));
  }

  /** The new chat got its thread id: record where it branched from. */
  async linked(threadId: string): Promise<void> {
    const branchOf = this.lineage;
    if (!branchOf) return;
    this.lineage = null;
    try {
      await request('content:branch-link', { key: threadKey(this.adapter.site, threadId), url: this.doc.location.href,
        title: this.adapter.title(this.doc), branchOf });
    } catch (e) { if (!(e instanceof ContextInvalidated)) this.fail(e); }
  }
}
