// Feeds the policy each turn once, in order, as it appears: the cost per new turn does not grow
// with the thread. Turns already on the page when Hangup starts watching a thread are context
// only (skipped): the policy judges what happens while its warning can be seen.
// An assistant turn is judged once it is final: a later turn exists, or its text has not changed
// for `settleMs` (answers stream in).
import { createThreadPolicy, type PolicyEvent, type Preset, type ThreadPolicy } from '../policy';
import type { TurnEl } from './adapters/types';

export class TurnTracker {
  private policy: ThreadPolicy;
  private next = 0;
  private readonly offset: number;
  private settling: { el: Element; len: number; since: number } | null = null;

  constructor(preset: Preset, existingTurns: number, private readonly settleMs = 600) {
    this.policy = createThreadPolicy(preset);
    this.next = existingTurns;
    this.offset = existingTurns;
  }

  /** Absolute page turn index of a policy turn index. */
  pageIndex(policyTurn: number): number { return policyTurn + this.offset; }

  /**
   * Process newly final turns; returns their events, with page turn indexes. `recheckIn` says
   * when to call again if an answer is still settling.
   */
  update(turns: readonly TurnEl[], now: number, liveBatchMax = Infinity): { events: PolicyEvent[]; recheckIn: number | null } {
    const events: PolicyEvent[] = [];
    if (turns.length < this.next) this.next = turns.length; // the site removed turns (edit, regenerate)
    // A bulk of turns at once is the site loading history (virtualised lists, lazy loads), not a live exchange.
    if (turns.length - this.next > liveBatchMax) { this.next = turns.length; this.settling = null; return { events, recheckIn: null }; }
    while (this.next < turns.length) {
      const t = turns[this.next]!;
      if (t.role === 'assistant' && this.next === turns.length - 1) {
        const len = t.text().length;
        if (!this.settling || this.settling.el !== t.el || this.settling.len !== len) {
          this.settling = { el: t.el, len, since: now };
          return { events, recheckIn: this.settleMs };
        }
        if (now - this.settling.since < this.settleMs) return { events, recheckIn: this.settleMs - (now - this.settling.since) };
      }
      this.settling = null;
      for (const e of this.policy.push({ role: t.role, text: t.text() })) events.push(this.toPage(e));
      this.next++;
    }
    return { events, recheckIn: null };
  }

  private toPage(e: PolicyEvent): PolicyEvent {
    const turn = this.pageIndex(e.turn);
    return e.type === 'end' ? { ...e, turn, turnIndexes: e.turnIndexes.map((i) => this.pageIndex(i)) } : { ...e, turn };
  }
}
