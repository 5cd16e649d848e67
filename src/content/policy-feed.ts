// Feeds the background the policy's per-turn signals for the thread on screen. Each turn's text
// is classified here, in memory, and only its signals leave (content:turns); the background
// stores them and owns the state. Which turns:
//  - a turn already judged (its identity stored at its position) is never judged again — after a
//    reload, in a second tab, after the background restarts;
//  - a turn that appears while the thread is open is live; so are the first turns of a chat begun
//    on this page (a new chat gets its thread id as its first message is sent);
//  - turns found on opening a thread (the page loading its history: within ROUTE_SETTLE_MS of
//    entering it, or more than LIVE_BATCH_MAX at once) are read as context: they may warn or show
//    the crisis card, but never be the turn that ends the chat;
//  - where the page shows other turns at a judged position (an in-place edit, a regenerate with a
//    new message id) or removes turns it had shown, the background rewinds to that fork.
// An answer is judged once final: a later turn exists, or its text has not changed for settleMs.
// Classification runs in slices of at most SLICE_MS, so a long history never makes a long task.
// not the policy barrel: that would bundle the learned models, which the background hands over
import { classifyTurn } from '../policy/classify';
import type { PolicyEvent } from '../policy/types';
import type { TurnSignal } from '../policy/signals';
import type { TurnEl } from './adapters/types';
import type { TurnsReply } from '../shared/protocol';
import { turnId } from './turn-identity';
import type { PolicyReady } from './policy-ready';

export const ROUTE_SETTLE_MS = 1000;
export const LIVE_BATCH_MAX = 2;
const SLICE_MS = 8;
const MAX_PER_MESSAGE = 200;

export interface FeedBatch { from: number; signals: TurnSignal[]; truncate: boolean }

export interface FeedHost {
  send(batch: FeedBatch): Promise<TurnsReply>;
  /** The background's answer; events of turns read as context that only a live turn may act on
   *  (an end request) are left out. */
  onReply(reply: TurnsReply, events: PolicyEvent[]): void;
  onError(e: unknown): void;
  /** Call update() again in `ms` (an answer still streaming, or the next slice). */
  recheck(ms: number): void;
  loading(): boolean;
  /** The learned models are installed (or will not come: the rules alone judge); until then no turn
   *  is judged. A user turn that looks Spanish or German also waits for the language pack. The host
   *  calls update() again once what was missing has come. */
  ready: PolicyReady;
}

export class PolicyFeed {
  /** What the background has stored, by position (mirror). */
  private ids: string[];
  /** The elements judged or matched on this page, by position (a cheap check for changes). */
  private els: (Element | undefined)[] = [];
  /** The page has shown every stored turn during this visit: a later drop is a removal, not loading. */
  private sawAll: boolean;
  /** Positions below this were read as context. */
  private contextUpTo = 0;
  private busy = false;
  private again = false;
  private settling: { el: Element; len: number; since: number } | null = null;
  private stopped = false;

  constructor(private readonly host: FeedHost, storedIds: readonly string[], private readonly enteredAt: number,
    /** the chat was begun on this page: every turn of it is live */
    private readonly newChat: boolean, private readonly settleMs = 600) {
    this.ids = [...storedIds];
    this.sawAll = this.ids.length === 0;
  }

  stop(): void { this.stopped = true; }

  /** Called with the page's turns whenever they may have changed. */
  update(turns: readonly TurnEl[], now: number): void {
    if (this.stopped || !this.host.ready.models()) return;
    if (this.busy) { this.again = true; return; }
    const n = Math.min(turns.length, this.ids.length);
    const deadline = performance.now() + SLICE_MS;
    let fork = -1;
    for (let p = 0; p < n; p++) {
      const el = turns[p]!.el;
      if (el === this.els[p]) continue;
      if (turnId(turns[p]!, p) !== this.ids[p]) { fork = p; break; }
      this.els[p] = el;
      // Matching a long stored thread against the page (after a reload) also goes in slices: the
      // turns matched so far are remembered and skipped next time.
      if ((p & 31) === 31 && performance.now() > deadline) { this.host.recheck(0); return; }
    }
    if (turns.length >= this.ids.length) this.sawAll = true;
    let from: number; let truncate = false;
    if (fork >= 0) { from = fork; truncate = true; } else if (turns.length < this.ids.length) {
      // Fewer turns than judged: the page is still loading them, or the site removed some.
      if (!this.sawAll || turns.length === 0) return;
      from = turns.length; truncate = true;
    } else from = this.ids.length;

    const fresh = turns.length - from;
    const liveNow = this.newChat || (now - this.enteredAt >= ROUTE_SETTLE_MS && !this.host.loading() && fresh <= LIVE_BATCH_MAX);
    if (!liveNow) this.contextUpTo = Math.max(this.contextUpTo, turns.length);
    const signals: TurnSignal[] = [];
    let more = false;
    for (let i = from; i < turns.length; i++) {
      const t = turns[i]!;
      if (t.role === 'assistant' && i === turns.length - 1) {
        const len = t.text().length;
        if (!this.settling || this.settling.el !== t.el || this.settling.len !== len) {
          this.settling = { el: t.el, len, since: now }; this.host.recheck(this.settleMs); break;
        }
        if (now - this.settling.since < this.settleMs) { this.host.recheck(this.settleMs - (now - this.settling.since)); break; }
      }
      this.settling = null;
      const text = t.text();
      if (t.role === 'user' && !this.host.ready.pack(text)) break;
      signals.push({ id: turnId(t, i), live: i >= this.contextUpTo, ...classifyTurn(t.role, text) });
      this.els[i] = t.el;
      if (signals.length >= MAX_PER_MESSAGE || performance.now() > deadline) { more = i + 1 < turns.length; break; }
    }
    if (!signals.length && !truncate) return;
    this.busy = true;
    const sentIds = signals.map((s) => s.id);
    this.host.send({ from, signals, truncate }).then((reply) => {
      if (reply.resync) { this.ids = [...reply.resync]; this.els = []; } else {
        this.ids.length = Math.min(this.ids.length, from);
        if (truncate) this.els.length = from + signals.length;
        this.ids.push(...sentIds);
      }
      this.busy = false;
      const events = reply.events.filter((e) => e.type !== 'end-request' || e.turn >= this.contextUpTo);
      this.host.onReply(reply, events);
      if (more || reply.resync || this.again) { this.again = false; this.host.recheck(0); }
    }, (e) => { this.busy = false; this.again = false; this.host.onError(e); });
  }
}
