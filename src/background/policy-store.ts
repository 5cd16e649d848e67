// The policy's per-thread state, owned by the background: `policy` holds the state machine's
// state per thread, `policyTurns` each judged turn's signals at its position. A turn is judged
// once: a signal whose identity is already stored at its position is skipped, so a reload, a
// second tab or a restarted background never counts it twice. When the page shows other turns
// at a position (an in-place edit, a regenerate), the stored turns from there on are dropped and
// the state is rebuilt by replaying the ones before: the policy follows the visible path.
import type { IDBPDatabase } from 'idb';
// The machine only: the detectors (text) never run in the background.
import { advance, initialState, warningActive, PRESETS, MIN_FAILED_BEFORE_END } from '../policy/machine';
import type { TurnSignal } from '../policy/signals';
import type { PolicyEvent, PolicyState, Preset } from '../policy/types';
import type { HangupDB } from './schema';
import type { PolicyRecord, StoredTurn } from './policy-record';
import type { PolicyView } from '../shared/policy-view';
import type { SiteId } from '../shared/types';

interface Loaded { rec: PolicyRecord; turns: TurnSignal[] }

export interface ApplyInput {
  key: string; site: SiteId; preset: Preset;
  /** position of the first signal */
  from: number;
  signals: TurnSignal[];
  /** the page shows no turns after these: stored ones beyond are dropped */
  truncate: boolean;
}
export interface ApplyResult {
  view: PolicyView;
  events: PolicyEvent[];
  /** false when every signal was already stored and nothing was dropped */
  changed: boolean;
  /** the page's view of what is stored was wrong (it skipped ahead): the ids stored, to start again from */
  resync?: string[];
}

/** Threads whose turns are kept in memory (the ones open in tabs, in practice). */
const CACHE = 16;

const strip = ({ key: _k, pos: _p, ...sig }: StoredTurn): TurnSignal => sig;

export function replayFrom(turns: readonly TurnSignal[], base: number, preset: Preset): PolicyState {
  const s = initialState(preset);
  s.turns = base; // positions stay those of the page after a reopen
  for (let i = base; i < turns.length; i++) advance(s, turns[i]!);
  return s;
}

export function viewOf(rec: PolicyRecord | null): PolicyView | null {
  if (!rec) return null;
  const s = rec.state;
  return { judged: rec.judged, warning: warningActive(s), failed: s.failedCount,
    endAfter: Math.max(MIN_FAILED_BEFORE_END, PRESETS[s.preset].endCount), crisis: [...s.crisisKinds],
    crisisDismissed: rec.crisisDismissed, ended: s.endedAt !== null };
}

export class PolicyStore {
  private cache = new Map<string, Loaded>();
  private chains = new Map<string, Promise<unknown>>();

  constructor(private readonly db: IDBPDatabase<HangupDB>) {}

  /** One change at a time per thread (two tabs may send at once). */
  private serial<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const prev = this.chains.get(key) ?? Promise.resolve();
    const run = prev.then(fn, fn);
    const tail = run.catch(() => {});
    this.chains.set(key, tail);
    void tail.then(() => { if (this.chains.get(key) === tail) this.chains.delete(key); });
    return run;
  }

  private async load(key: string): Promise<Loaded | null> {
    const hit = this.cache.get(key);
    if (hit) { this.cache.delete(key); this.cache.set(key, hit); return hit; }
    const tx = this.db.transaction(['policy', 'policyTurns'], 'readonly');
    const [rec, rows] = await Promise.all([tx.objectStore('policy').get(key),
      tx.objectStore('policyTurns').getAll(IDBKeyRange.bound([key, 0], [key, Infinity])), tx.done]);
    if (!rec) return null;
    let turns = rows.map(strip);
    // A record whose turns do not line up (a write cut short, a damaged profile) is rebuilt from
    // the contiguous turns it has: the state then is exactly their replay, never a guess.
    const contiguous = rows.findIndex((r, i) => r.pos !== i);
    if (contiguous >= 0 || rows.length !== rec.judged) {
      turns = turns.slice(0, contiguous >= 0 ? contiguous : rows.length);
      console.warn(`[hangup] policy state of ${key} did not match its ${rows.length} stored turns; rebuilt from ${turns.length}`);
      rec.judged = turns.length;
      rec.base = Math.min(rec.base, turns.length);
      rec.state = replayFrom(turns, rec.base, rec.state.preset);
      const fix = this.db.transaction(['policy', 'policyTurns'], 'readwrite');
      await Promise.all([fix.objectStore('policyTurns').delete(IDBKeyRange.bound([key, turns.length], [key, Infinity])),
        fix.objectStore('policy').put(rec), fix.done]).catch((e) => console.warn('[hangup] repaired policy state not saved:', e));
    }
    const loaded = { rec, turns };
    this.remember(key, loaded);
    return loaded;
  }

  private remember(key: string, l: Loaded): void {
    this.cache.set(key, l);
    while (this.cache.size > CACHE) this.cache.delete(this.cache.keys().next().value!);
  }

  /** The identities of the stored turns, in order, and what the page shows. */
  async get(key: string): Promise<{ ids: string[]; view: PolicyView | null }> {
    const l = await this.serial(key, () => this.load(key));
    return { ids: l?.turns.map((t) => t.id) ?? [], view: viewOf(l?.rec ?? null) };
  }

  async view(key: string): Promise<PolicyView | null> { return (await this.get(key)).view; }

  apply(input: ApplyInput, now = Date.now()): Promise<ApplyResult> {
    return this.serial(input.key, async () => {
      const l = (await this.load(input.key)) ?? { rec: {
        key: input.key, site: input.site, state: initialState(input.preset), judged: 0, base: 0,
        crisisDismissed: false, warnings: 0, firstWarnAt: null, createdAt: now, updatedAt: now }, turns: [] };
      const { rec, turns } = l;
      let rebuilt = false;
      if (rec.state.preset !== input.preset) { rec.state = replayFrom(turns, rec.base, input.preset); rebuilt = true; }
      if (input.from > turns.length) {
        return { view: viewOf(rec)!, events: [], changed: false, resync: turns.map((t) => t.id) };
      }
      const events: PolicyEvent[] = [];
      let cut: number | null = null;
      let firstNew = turns.length;
      let pos = input.from;
      const fork = (at: number): void => {
        cut = at;
        turns.length = at;
        rec.base = Math.min(rec.base, at);
        rec.state = replayFrom(turns, rec.base, rec.state.preset);
        firstNew = at;
      };
      for (const sig of input.signals) {
        if (cut === null && pos < turns.length) {
          if (turns[pos]!.id === sig.id) { pos++; continue; } // judged before: never again
          fork(pos);
        }
        turns.push(sig);
        events.push(...advance(rec.state, sig));
        pos++;
      }
      if (input.truncate && cut === null && pos < turns.length) fork(pos);
      const changed = cut !== null || turns.length > firstNew || rebuilt;
      if (!changed) return { view: viewOf(rec)!, events, changed };
      for (const e of events) if (e.type === 'warn') { rec.warnings++; rec.firstWarnAt ??= e.turn; }
      rec.judged = turns.length;
      rec.updatedAt = now;
      try {
        // Relaxed durability: a turn's signals are written every few seconds, and one lost to a crash
        // in the next moment is judged again when the page shows it, never counted twice.
        const tx = this.db.transaction(['policy', 'policyTurns'], 'readwrite', { durability: 'relaxed' });
        const store = tx.objectStore('policyTurns');
        const ops: Promise<unknown>[] = [];
        if (cut !== null) ops.push(store.delete(IDBKeyRange.bound([input.key, cut], [input.key, Infinity])));
        for (let i = firstNew; i < turns.length; i++) ops.push(store.put({ ...turns[i]!, key: input.key, pos: i }));
        ops.push(tx.objectStore('policy').put(rec));
        await Promise.all([...ops, tx.done]);
        this.remember(input.key, l);
      } catch (e) {
        this.cache.delete(input.key); // what is on disk is the truth again
        throw e;
      }
      return { view: viewOf(rec)!, events, changed };
    });
  }

  /** The user closed the crisis card: it stays closed in this thread. */
  dismissCrisis(key: string, now = Date.now()): Promise<PolicyView | null> {
    return this.serial(key, async () => {
      const l = await this.load(key);
      if (!l) return null;
      l.rec.crisisDismissed = true;
      l.rec.updatedAt = now;
      await this.put(key, l);
      return viewOf(l.rec);
    });
  }

  /** The chat was reopened: what came before no longer counts (the turns stay judged). */
  reopen(key: string, now = Date.now()): Promise<void> {
    return this.serial(key, async () => {
      const l = await this.load(key);
      if (!l) return;
      l.rec.base = l.turns.length;
      l.rec.state = replayFrom(l.turns, l.rec.base, l.rec.state.preset);
      l.rec.updatedAt = now;
      await this.put(key, l);
    });
  }

  private async put(key: string, l: Loaded): Promise<void> {
    try { await this.db.put('policy', l.rec); } catch (e) { this.cache.delete(key); throw e; }
  }

  delete(key: string): Promise<void> {
    return this.serial(key, async () => {
      this.cache.delete(key);
      const tx = this.db.transaction(['policy', 'policyTurns'], 'readwrite');
      await Promise.all([tx.objectStore('policy').delete(key),
        tx.objectStore('policyTurns').delete(IDBKeyRange.bound([key, 0], [key, Infinity])), tx.done]);
    });
  }

  async clear(): Promise<void> {
    this.cache.clear();
    const tx = this.db.transaction(['policy', 'policyTurns'], 'readwrite');
    await Promise.all([tx.objectStore('policy').clear(), tx.objectStore('policyTurns').clear(), tx.done]);
  }

  /** Every thread's record (no turns): for the research export. */
  all(): Promise<PolicyRecord[]> { return this.db.getAll('policy'); }
}
