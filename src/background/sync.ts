// Sync, the I/O part: mirrors the sync-relevant part of the store (see shared/sync-merge.ts for
// what is and is not sent) into `storage.sync`, and imports other devices' changes back into the
// store through its own methods. IndexedDB stays the source of truth: storage.sync only ever holds
// the merged view, and every cycle re-derives it from the store plus what is in sync storage.
//
// A cycle: read the store and sync storage → this device's contributions (endings, reopens seen
// since the last cycle, deletions, lineage) → join with the remote state → apply the result to the
// store → write back only the items that changed, in one set() and at most one remove() call.
// Writes are debounced and held under Hangup's own budget; when the data no longer fits the
// quotas, or the hour's write budget is spent, or the browser refuses a write for its quota, sync
// degrades to local only (the status says why) and retries later. Reading continues meanwhile, so
// endings from other devices still arrive.
import type { Settings, ThreadRecord } from '../shared/types';
import {
  addEntry, applyEntry, compact, TOMBSTONE_TTL_MS, contribution, decodeItems, encodeState, isOurKey, isSyncRelevant, mergeStates, planWrite,
  quotaProblem, quotaReasonOfError, usageOf, WriteRate, type DegradedReason, type Items, type SyncState,
} from '../shared/sync-merge';

export interface SyncArea {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

export interface SyncStoreLike {
  exportAll(): Promise<ThreadRecord[]>;
  importRecords(records: readonly ThreadRecord[]): Promise<unknown>;
  delete(key: string): Promise<boolean>;
  getSettings(): Promise<Settings>;
  setSettings(patch: Partial<Settings>): Promise<Settings>;
}

export interface SyncStatus {
  enabled: boolean;
  /** items and bytes Hangup holds in sync storage */
  items: number;
  bytes: number;
  /** threads in the synced view */
  entries: number;
  lastSync: number | null;
  /** set while sync is local only: why */
  degraded?: DegradedReason;
  /** when sync tries again after degrading, or when a postponed write goes */
  retryAt?: number;
}

interface Persisted {
  /** key → endedAt as this device last observed it ended locally */
  seen: Record<string, number>;
  /** deletions and reopens/undos made here: contributed at every cycle until they expire, so a
   *  concurrent write by another device that overwrites the item cannot drop them */
  deletes: Record<string, number>;
  opens: Record<string, number>;
  lastSync: number | null;
  degraded?: DegradedReason;
  retryAt?: number;
  writes: number[];
  entries: number;
}

const STATE_KEY = 'hangup.syncState';
const fresh = (): Persisted => ({ seen: {}, deletes: {}, opens: {}, lastSync: null, writes: [], entries: 0 });

export interface SyncDeps {
  store(): Promise<SyncStoreLike>;
  sync: SyncArea;
  local: SyncArea;
  now?(): number;
  /** after remote changes were applied to the store: tell tabs and pages */
  changed?(keys: string[]): Promise<void>;
  debounceMs?: number;
  /** the browser's quotas stand in for Hangup's budget in tests */
  budget?: { BYTES: number; PER_ITEM: number; MAX_ITEMS: number; PER_MINUTE: number; PER_HOUR: number };
}

export class SyncEngine {
  private chain: Promise<unknown> = Promise.resolve();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private timerAt = 0;
  private readonly now: () => number;

  constructor(private readonly deps: SyncDeps) { this.now = deps.now ?? Date.now; }

  private async load(): Promise<Persisted> {
    const got = (await this.deps.local.get(STATE_KEY))[STATE_KEY] as Partial<Persisted> | undefined;
    return { ...fresh(), ...(got && typeof got === 'object' ? got : {}) };
  }
  private save(p: Persisted) { return this.deps.local.set({ [STATE_KEY]: p }); }

  async enabled(): Promise<boolean> { return (await (await this.deps.store()).getSettings()).syncEnabled === true; }

  /** Run a cycle soon (debounced): after local changes, remote changes, or at start. */
  schedule(delay = this.deps.debounceMs ?? 2000): void {
    const at = this.now() + delay;
    if (this.timer && this.timerAt <= at) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerAt = at;
    this.timer = setTimeout(() => { this.timer = null; void this.run().catch((e) => console.warn('[hangup] sync failed:', e)); }, Math.max(0, delay));
    (this.timer as { unref?: () => void }).unref?.(); // node (unit tests): a pending retry keeps nothing alive
  }

  /**
   * A record changed on this device (every ending, undo, reopen and branch passes here, through
   * the background's broadcast): remember at once that it was seen ended, or that an ending it had
   * was undone or reopened, so that an undo made before the next cycle still counts.
   */
  async noteChange(rec: ThreadRecord): Promise<void> {
    if (!(await this.enabled())) return;
    await this.serial(async () => {
      const p = await this.load();
      const seen = p.seen[rec.key];
      if (rec.status === 'ended' && rec.endedAt !== undefined) {
        if (seen === rec.endedAt) return;
        p.seen[rec.key] = rec.endedAt;
      } else if (rec.status === 'active' && seen !== undefined) {
        p.opens[rec.key] = Math.max(p.opens[rec.key] ?? 0, rec.reopenedAt ?? rec.updatedAt, seen + 1);
        delete p.seen[rec.key];
      } else return;
      await this.save(p);
    });
    this.schedule();
  }

  /** A record deleted on this device: the deletion is synced, so other devices drop it too. */
  async noteDeleted(key: string): Promise<void> {
    await this.serial(async () => {
      const p = await this.load();
      p.deletes[key] = this.now();
      delete p.seen[key];
      await this.save(p);
    });
    if (await this.enabled()) this.schedule();
  }

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.chain.then(fn, fn);
    this.chain = next.catch(() => {});
    return next;
  }

  /** One full cycle. Serialised: cycles never overlap. */
  run(): Promise<SyncStatus> { return this.serial(() => this.cycle()); }

  private async cycle(): Promise<SyncStatus> {
    const store = await this.deps.store();
    const settings = await store.getSettings();
    if (!settings.syncEnabled) return this.statusNow();
    const now = this.now();
    const p = await this.load();
    const [records, all] = await Promise.all([store.exportAll(), this.deps.sync.get(null)]);
    const remoteItems: Items = {}; const foreign: Items = {};
    for (const [k, v] of Object.entries(all)) (isOurKey(k) ? remoteItems : foreign)[k] = v;
    const remote = decodeItems(remoteItems);

    const local: SyncState = new Map();
    for (const r of records) {
      if (!isSyncRelevant(r, p.seen[r.key] !== undefined)) continue;
      const c = contribution(r, p.seen[r.key]);
      if (!c) continue;
      if (c.o !== undefined) p.opens[r.key] = Math.max(p.opens[r.key] ?? 0, c.o);
      addEntry(local, c);
    }
    const expired = (at: number) => at < now - TOMBSTONE_TTL_MS;
    for (const m of [p.deletes, p.opens]) for (const [k, at] of Object.entries(m)) if (expired(at)) delete m[k];
    for (const [k, at] of Object.entries(p.deletes)) addEntry(local, { k, d: at });
    for (const [k, at] of Object.entries(p.opens)) addEntry(local, { k, o: at });
    const merged = compact(mergeStates(remote, local), now);

    // Apply the merged view to the store.
    const byKey = new Map(records.map((r) => [r.key, r]));
    const puts: ThreadRecord[] = []; const dels: string[] = [];
    for (const x of merged.values()) {
      const a = applyEntry(x, byKey.get(x.k), now, settings.retentionDays);
      if (!a) continue;
      if ('put' in a) puts.push(a.put); else dels.push(a.del);
    }
    if (puts.length) await store.importRecords(puts);
    for (const k of dels) await store.delete(k);
    const after = puts.length || dels.length ? await store.exportAll() : records;
    p.seen = {};
    for (const r of after) if (r.status === 'ended' && r.endedAt !== undefined) p.seen[r.key] = r.endedAt;
    p.entries = merged.size;

    // Write back what changed, within the budget.
    const budget = this.deps.budget;
    const next = encodeState(merged, budget?.PER_ITEM);
    const problem = quotaProblem(next, foreign, budget);
    const plan = planWrite(remoteItems, next);
    const ops = (Object.keys(plan.set).length ? 1 : 0) + (plan.remove.length ? 1 : 0);
    if (problem) {
      p.degraded = problem; delete p.retryAt;
    } else if (ops) {
      const rate = new WriteRate(p.writes, budget);
      const when = rate.check(ops, now);
      if (when.at) {
        if (when.hourSpent) p.degraded = 'write-rate';
        p.retryAt = when.at;
        this.schedule(when.at - now);
      } else {
        try {
          if (Object.keys(plan.set).length) await this.deps.sync.set(plan.set);
          if (plan.remove.length) await this.deps.sync.remove(plan.remove);
          rate.record(ops, now);
          delete p.degraded; delete p.retryAt;
          p.lastSync = now;
        } catch (e) {
          rate.record(ops, now);
          p.degraded = quotaReasonOfError(e);
          p.retryAt = now + (p.degraded === 'write-rate' ? 60_000 : 5 * 60_000);
          this.schedule(p.retryAt - now);
        }
      }
      p.writes = rate.times;
    } else {
      delete p.degraded; delete p.retryAt;
      p.lastSync = now;
    }
    await this.save(p);
    const changedKeys = [...puts.map((r) => r.key), ...dels];
    if (changedKeys.length) await this.deps.changed?.(changedKeys);
    return this.statusNow(p, settings.syncEnabled);
  }

  private async statusNow(p?: Persisted, enabled?: boolean): Promise<SyncStatus> {
    p ??= await this.load();
    enabled ??= await this.enabled();
    const all = await this.deps.sync.get(null);
    const ours: Items = {};
    for (const [k, v] of Object.entries(all)) if (isOurKey(k)) ours[k] = v;
    const u = usageOf(ours);
    const s: SyncStatus = { enabled, items: u.items, bytes: u.bytes, entries: p.entries, lastSync: p.lastSync };
    if (enabled && p.degraded) s.degraded = p.degraded;
    if (enabled && p.retryAt) s.retryAt = p.retryAt;
    return s;
  }

  status(): Promise<SyncStatus> { return this.serial(() => this.statusNow()); }

  /** Turn sync on (a first cycle runs at once) or off (nothing more is read or written). */
  async setEnabled(on: boolean): Promise<SyncStatus> {
    const store = await this.deps.store();
    await store.setSettings({ syncEnabled: on });
    if (!on) {
      if (this.timer) { clearTimeout(this.timer); this.timer = null; }
      return this.status();
    }
    return this.run();
  }

  /** Everything was wiped on this device: remove Hangup's items from sync storage too. */
  async wiped(): Promise<void> {
    await this.serial(async () => {
      if (this.timer) { clearTimeout(this.timer); this.timer = null; }
      const keys = Object.keys(await this.deps.sync.get(null)).filter(isOurKey);
      if (keys.length) await this.deps.sync.remove(keys).catch((e) => console.warn('[hangup] sync items not removed:', e));
      await this.deps.local.remove(STATE_KEY);
    });
  }
}
