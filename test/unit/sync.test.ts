// Sync: the merge (a join: any order of exchanges converges, no ending is lost), the packing into
// storage.sync items within Chrome's quotas, the write budget, and the engine over real stores
// (fake-indexeddb) on simulated devices whose sync replicas reconcile per item, last writer wins,
// as the browsers' sync services do.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ThreadStore, type EndInput } from '../../src/background/store';
import { SyncEngine, type SyncArea } from '../../src/background/sync';
import {
  SYNC_QUOTA, WriteRate, applyEntry, canonicalThreadUrl, contribution, decodeItems, encodeState, fromTuple, itemBytes, mergeEntry,
  quotaProblem, statusOf, toTuple, usageOf, type SyncEntry, type SyncState,
} from '../../src/shared/sync-merge';
import { parseThreadUrl } from '../../src/shared/urls';
import { SITE_IDS, type ThreadRecord } from '../../src/shared/types';

beforeEach(() => { globalThis.indexedDB = new IDBFactory(); });

/** A storage area that enforces Chrome's storage.sync quotas and error messages. */
export class FakeArea implements SyncArea {
  data: Record<string, unknown> = {};
  writes: number[] = [];
  setCalls = 0;
  constructor(private readonly clock: () => number = Date.now,
    private readonly q: { BYTES: number; PER_ITEM: number; MAX_ITEMS: number; PER_MINUTE: number; PER_HOUR: number } | null = SYNC_QUOTA) {}
  async get(keys?: string | string[] | null) {
    const clone = (v: unknown) => JSON.parse(JSON.stringify(v));
    if (keys === null || keys === undefined) return clone(this.data);
    const out: Record<string, unknown> = {};
    for (const k of Array.isArray(keys) ? keys : [keys]) if (k in this.data) out[k] = clone(this.data[k]);
    return out;
  }
  private rate() {
    if (!this.q) return;
    const now = this.clock();
    this.writes = this.writes.filter((t) => t > now - 3_600_000);
    if (this.writes.filter((t) => t > now - 60_000).length >= this.q.PER_MINUTE) throw new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
    if (this.writes.length >= this.q.PER_HOUR) throw new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.');
    this.writes.push(now);
  }
  async set(items: Record<string, unknown>) {
    this.setCalls++;
    if (this.q) {
      for (const [k, v] of Object.entries(items)) if (itemBytes(k, v) > this.q.PER_ITEM) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      const next = { ...this.data, ...JSON.parse(JSON.stringify(items)) };
      if (Object.keys(next).length > this.q.MAX_ITEMS) throw new Error('MAX_ITEMS quota exceeded');
      if (usageOf(next).bytes > this.q.BYTES) throw new Error('QUOTA_BYTES quota exceeded');
    }
    this.rate();
    Object.assign(this.data, JSON.parse(JSON.stringify(items)));
  }
  async remove(keys: string | string[]) {
    this.rate();
    for (const k of Array.isArray(keys) ? keys : [keys]) delete this.data[k];
  }
}

// ---- the join ---------------------------------------------------------------------------------

const keyArb = fc.constantFrom('chatgpt:a1b2c3', 'claude:x9y8z7', 'gemini:abcdef0123');
const timeArb = fc.integer({ min: 1, max: 50 });
const entryArb: fc.Arbitrary<SyncEntry> = fc.record({
  k: keyArb,
  e: fc.option(timeArb, { nil: undefined }), o: fc.option(timeArb, { nil: undefined }), d: fc.option(timeArb, { nil: undefined }),
  by: fc.constantFrom('user', 'policy', 'site' as const), c: fc.constantFrom('user-request', 'persistent-abuse', 'site-ended' as const),
  g: fc.array(fc.constantFrom('harassment', 'violence', 'csam'), { maxLength: 2 }), t: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
  b: fc.option(fc.tuple(keyArb, fc.integer({ min: 0, max: 9 })), { nil: undefined }),
}).map((x) => {
  const out: SyncEntry = { k: x.k };
  if (x.e !== undefined) Object.assign(out, { e: x.e, by: x.by, c: x.c, g: x.g }, x.t !== undefined ? { t: x.t } : {});
  if (x.o !== undefined) out.o = x.o;
  if (x.d !== undefined) out.d = x.d;
  if (x.b) out.b = x.b as [string, number];
  return out;
});
const sameKey = (k: string) => (x: SyncEntry): SyncEntry => ({ ...x, k });

describe('mergeEntry is a join', () => {
  it('commutative, associative, idempotent', () => {
    fc.assert(fc.property(entryArb, entryArb, entryArb, (a0, b0, c0) => {
      const [a, b, c] = [a0, b0, c0].map(sameKey('chatgpt:a1b2c3')) as [SyncEntry, SyncEntry, SyncEntry];
      expect(mergeEntry(a, b)).toEqual(mergeEntry(b, a));
      expect(mergeEntry(mergeEntry(a, b), c)).toEqual(mergeEntry(a, mergeEntry(b, c)));
      expect(mergeEntry(a, a)).toEqual(a);
      expect(mergeEntry(mergeEntry(a, b), b)).toEqual(mergeEntry(a, b));
    }), { numRuns: 500 });
  });

  it('ended beats active unless a later reopen; deletion only when later than both', () => {
    expect(statusOf({ k: 'chatgpt:a', e: 5, by: 'user', c: 'user-request', g: [], o: 5 })).toBe('ended'); // tie: ended
    expect(statusOf({ k: 'chatgpt:a', e: 5, by: 'user', c: 'user-request', g: [], o: 6 })).toBe('active');
    expect(statusOf({ k: 'chatgpt:a', e: 7, by: 'user', c: 'user-request', g: [], o: 6 })).toBe('ended');
    expect(statusOf({ k: 'chatgpt:a', e: 7, by: 'user', c: 'user-request', g: [], d: 7 })).toBe('ended');
    expect(statusOf({ k: 'chatgpt:a', e: 7, by: 'user', c: 'user-request', g: [], d: 8 })).toBe('deleted');
    expect(statusOf({ k: 'chatgpt:a', b: ['chatgpt:p', 3] })).toBe('active');
  });

  it('the wire tuple round-trips and refuses junk', () => {
    fc.assert(fc.property(entryArb.filter((x) => Object.keys(x).length > 1), (x) => { expect(fromTuple(JSON.parse(JSON.stringify(toTuple(x))))).toEqual(x); }), { numRuns: 300 });
    for (const junk of [null, 'x', [], [42], ['nosite:1', 5, 0, 0, 'u', 1], ['chatgpt:a', -1], ['chatgpt:a', 5, 0, 0, 'u', 9],
      ['chatgpt:a', 5, 0, 0, 'q', 1], ['chatgpt:a', 5, 0, 0, 'u', 1, ['x'.repeat(41)]], ['chatgpt:a', 5, 0, 0, '', 0]]) {
      expect(fromTuple(junk), JSON.stringify(junk)).toBeNull();
    }
  });

  it('rebuilds hosted URLs that parse back to the same thread', () => {
    for (const site of SITE_IDS) {
      const id = site === 'huggingchat' ? '0123456789abcdef01234567' : site === 'gemini' ? 'a1b2c3d4e5f60718' : 'Abc123-def456_ghi789jkl0';
      const u = canonicalThreadUrl(site, id);
      if (site === 'openwebui' || site === 'librechat') { expect(u).toBe(''); continue; }
      expect(parseThreadUrl(u), site).toEqual({ site, threadId: id });
    }
  });
});

describe('what a synced entry holds', () => {
  const rec: ThreadRecord = { key: 'chatgpt:abc123', site: 'chatgpt', threadId: 'abc123', status: 'ended', endedBy: 'policy',
    reason: { code: 'persistent-abuse', categories: ['harassment'], turnIndexes: [3, 5, 7] }, endedAt: 1000, turnsAtEnd: 9,
    title: 'SECRET TITLE', url: 'https://chatgpt.com/c/abc123', createdAt: 1, updatedAt: 1000, endMarker: 'msg-9',
    feedback: { rating: 'unexpected', comment: 'SECRET COMMENT', at: 1200 } };
  it('no title, URL, comment, marker or turn indexes', () => {
    const items = JSON.stringify(encodeState(new Map([[rec.key, contribution(rec)!]])));
    for (const s of ['SECRET', 'https:', 'msg-9', 'unexpected']) expect(items).not.toContain(s);
    expect(items).toContain('chatgpt:abc123');
  });
  it('a self-hosted thread is flagged and gets no URL on another device', () => {
    const sh = { ...rec, key: 'openwebui:abc123', site: 'openwebui' as const, url: 'https://chat.corp.example/c/abc123' };
    const x = contribution(sh)!;
    expect(x.h).toBe(1);
    expect(JSON.stringify(toTuple(x))).not.toContain('corp.example');
    const put = applyEntry(x, undefined, 5000);
    expect(put && 'put' in put && put.put.url).toBe('');
  });
});

// ---- packing and quotas ----------------------------------------------------------------------

const ended = (i: number, over: Partial<SyncEntry> = {}): SyncEntry => ({ k: `chatgpt:6a1f0c2e-0000-4000-8000-${String(i).padStart(12, '0')}`,
  e: 1_760_000_000_000 + i, by: 'policy', c: 'persistent-abuse', g: ['harassment', 'violence'], t: 12, ...over });
const stateOf = (n: number): SyncState => new Map(Array.from({ length: n }, (_, i) => ended(i)).map((x) => [x.k, x]));

describe('packing within the quotas', () => {
  it('packs many records per item, every item under QUOTA_BYTES_PER_ITEM, and decodes back', () => {
    const st = stateOf(800);
    const items = encodeState(st);
    const u = usageOf(items);
    expect(u.largest).toBeLessThanOrEqual(SYNC_QUOTA.PER_ITEM);
    expect(u.items).toBeLessThan(80); // 800 records, a few dozen items
    expect(u.bytes).toBeLessThan(SYNC_QUOTA.BYTES);
    expect(decodeItems(items)).toEqual(st);
  });
  it('too many records for QUOTA_BYTES is reported, not written', () => {
    expect(quotaProblem(encodeState(stateOf(500)))).toBeNull();
    expect(quotaProblem(encodeState(stateOf(3000)))).toBe('quota-bytes');
  });
  it('the write budget postpones within a minute and degrades when the hour is spent', () => {
    const r = new WriteRate([], { PER_MINUTE: 3, PER_HOUR: 5 });
    for (let i = 0; i < 3; i++) { expect(r.check(1, 1000 + i).at).toBe(0); r.record(1, 1000 + i); }
    expect(r.check(1, 1010)).toEqual({ at: 61_000, hourSpent: false });
    r.record(1, 70_000); r.record(1, 70_001);
    expect(r.check(1, 130_000).hourSpent).toBe(true);
    expect(r.check(1, 3_601_000).at).toBe(0);
  });
});

// ---- the engine on simulated devices -----------------------------------------------------------

const T0 = 1_760_000_000_000;
const endInput = (key: string, by: 'user' | 'policy' = 'user', title = 'Title'): EndInput => {
  const [site, threadId] = key.split(':') as ['chatgpt', string];
  return { key, site, threadId, url: `https://chatgpt.com/c/${threadId}`, title, endedBy: by,
    reason: by === 'user' ? { code: 'user-request', categories: [], turnIndexes: [] } : { code: 'persistent-abuse', categories: ['harassment'], turnIndexes: [2, 4, 6] },
    turnsAtEnd: 7 };
};

interface Device { name: string; store: ThreadStore; replica: FakeArea; local: FakeArea; engine: SyncEngine }

type Quota = { BYTES: number; PER_ITEM: number; MAX_ITEMS: number; PER_MINUTE: number; PER_HOUR: number };
async function device(name: string, clock: () => number, quota: Quota | null = null, budget?: SyncDeps['budget']): Promise<Device> {
  const store = await ThreadStore.open(`hangup-${name}-${Math.random()}`);
  await store.setSettings({ syncEnabled: true });
  const replica = new FakeArea(clock, quota);
  const local = new FakeArea(clock, null);
  const engine = new SyncEngine({ store: async () => store, sync: replica, local, now: clock, debounceMs: 1e9, budget });
  return { name, store, replica, local, engine };
}
type SyncDeps = ConstructorParameters<typeof SyncEngine>[0];

/** The browser's sync service: items travel between replicas; per item, the last push wins. */
class Server {
  items: Record<string, unknown> = {};
  push(d: Device) { for (const k of Object.keys(d.replica.data)) this.items[k] = d.replica.data[k]; for (const k of Object.keys(this.items)) if (!(k in d.replica.data)) delete this.items[k]; }
  pull(d: Device) { d.replica.data = JSON.parse(JSON.stringify(this.items)); }
}

/** What must agree across devices: which threads are ended, how, and their lineage. */
async function projection(d: Device) {
  const out: Record<string, unknown> = {};
  for (const r of await d.store.exportAll()) {
    if (r.status !== 'ended' && !r.branchOf) continue;
    out[r.key] = r.status === 'ended'
      ? { ended: true, at: r.endedAt, by: r.endedBy, code: r.reason?.code, cats: r.reason?.categories, turns: r.turnsAtEnd, branch: r.branchOf ?? null }
      : { ended: false, branch: r.branchOf };
  }
  return out;
}

type Op =
  | { kind: 'end'; dev: number; key: number; by: 'user' | 'policy' }
  | { kind: 'undo' | 'reopen' | 'delete'; dev: number; key: number }
  | { kind: 'branch'; dev: number; key: number; parent: number; turn: number }
  | { kind: 'sync' | 'push' | 'pull'; dev: number };

const KEYS = ['chatgpt:k0000a', 'chatgpt:k0000b', 'chatgpt:k0000c'];
const opArb = (devices: number): fc.Arbitrary<Op> => {
  const dev = fc.integer({ min: 0, max: devices - 1 });
  const key = fc.integer({ min: 0, max: KEYS.length - 1 });
  return fc.oneof(
    fc.record({ kind: fc.constant('end' as const), dev, key, by: fc.constantFrom('user' as const, 'policy' as const) }),
    fc.record({ kind: fc.constantFrom('undo' as const, 'reopen' as const, 'delete' as const), dev, key }),
    fc.record({ kind: fc.constant('branch' as const), dev, key, parent: key, turn: fc.integer({ min: 0, max: 5 }) }),
    fc.record({ kind: fc.constantFrom('sync' as const, 'push' as const, 'pull' as const), dev }),
  );
};

describe('two (or three) devices end, reopen, branch and delete at once', () => {
  it('any interleaving converges to one state, and every ending not later undone, reopened or deleted survives', async () => {
    await fc.assert(fc.asyncProperty(fc.integer({ min: 2, max: 3 }).chain((n) => fc.tuple(fc.constant(n), fc.array(opArb(n), { minLength: 1, maxLength: 40 }))),
      async ([n, ops]) => {
        let now = T0;
        const clock = () => now;
        const devs = await Promise.all(Array.from({ length: n }, (_, i) => device(`d${i}`, clock)));
        const server = new Server();
        // Per key, the latest effective ending, and the latest reopen/undo/delete (times are unique).
        const lastEnd = new Map<string, number>(); const lastOpen = new Map<string, number>(); const lastDel = new Map<string, number>();
        for (const op of ops) {
          now += 1000;
          const d = devs[op.dev]!;
          if (op.kind === 'sync') await d.engine.run();
          else if (op.kind === 'push') server.push(d);
          else if (op.kind === 'pull') server.pull(d);
          else {
            const o = op as Exclude<Op, { kind: 'sync' | 'push' | 'pull' }>;
            const key = KEYS[o.key]!;
            const before = await d.store.get(key);
            // What the background's broadcast does after every change.
            const note = async () => { const r = await d.store.get(key); if (r) await d.engine.noteChange(r); };
            try {
              if (o.kind === 'end') {
                const r = await d.store.end(endInput(key, o.by), now);
                if (before?.status !== 'ended') lastEnd.set(key, r.endedAt!);
                await note();
              } else if (o.kind === 'undo') { await d.store.undo(key, now); lastOpen.set(key, now); await note(); }
              else if (o.kind === 'reopen') { await d.store.reopen(key, now); lastOpen.set(key, now); await note(); }
              else if (o.kind === 'delete') { if (await d.store.delete(key)) { await d.engine.noteDeleted(key); lastDel.set(key, now); } }
              else if (o.kind === 'branch') {
                const [site, threadId] = key.split(':') as ['chatgpt', string];
                await d.store.linkBranch({ key, site, threadId, url: `https://chatgpt.com/c/${threadId}`, title: 'b',
                  branchOf: { key: KEYS[o.parent]!, turn: o.turn } }, now);
                await note();
              }
            } catch { /* not allowed in this state (undo outside its window, reopen of an active chat): no change */ }
          }
        }
        // Quiescence: everyone exchanges until nothing changes.
        for (let round = 0; round < 3; round++) {
          for (const d of devs) { now += 1000; server.pull(d); await d.engine.run(); server.push(d); }
        }
        const views = await Promise.all(devs.map(projection));
        for (const v of views.slice(1)) expect(v).toEqual(views[0]);
        // Every replica holds the same items as the server.
        for (const d of devs) expect(decodeItems(d.replica.data)).toEqual(decodeItems(server.items));
        for (const [key, e] of lastEnd) {
          const undone = Math.max(lastOpen.get(key) ?? 0, lastDel.get(key) ?? 0) > e;
          if (!undone) expect((views[0]![key] as { ended?: boolean; at?: number } | undefined), `${key} ended at ${e} is kept`).toMatchObject({ ended: true, at: e });
        }
        for (const [key, at] of lastOpen) {
          if (at > Math.max(lastEnd.get(key) ?? 0, lastDel.get(key) ?? 0)) {
            expect((views[0]![key] as { ended?: boolean } | undefined)?.ended ?? false, `${key} reopened at ${at} stays open`).toBe(false);
          }
        }
        for (const [key, at] of lastDel) {
          if (at > Math.max(lastEnd.get(key) ?? 0, lastOpen.get(key) ?? 0)) expect(views[0]![key], `${key} deleted`).toBeUndefined();
        }
        for (const d of devs) d.store.close();
      }), { numRuns: 200 });
  }, 300_000);

  it('a thread ended on one device locks on the other, without its title; a later reopen wins', async () => {
    let now = T0; const clock = () => now;
    const [a, b] = [await device('a', clock), await device('b', clock)];
    const server = new Server();
    await a.engine.noteChange(await a.store.end(endInput('chatgpt:shared1', 'policy', 'MARKER title'), now));
    await a.engine.run(); server.push(a);
    now += 1000; server.pull(b); await b.engine.run();
    const got = await b.store.get('chatgpt:shared1');
    expect(got).toMatchObject({ status: 'ended', endedBy: 'policy', endedAt: T0, title: '', url: 'https://chatgpt.com/c/shared1',
      reason: { code: 'persistent-abuse', categories: ['harassment'] } });
    expect(JSON.stringify(server.items)).not.toContain('MARKER');
    await b.store.setSettings({ allowReopen: true });
    now += 1000; await b.engine.noteChange(await b.store.reopen('chatgpt:shared1', now)); await b.engine.run(); server.push(b);
    now += 1000; server.pull(a); await a.engine.run();
    expect((await a.store.get('chatgpt:shared1'))?.status).toBe('active');
    expect((await a.store.get('chatgpt:shared1'))?.title).toBe('MARKER title'); // its own title stays
  });

  it('an undo made before any sync still beats another device\'s earlier ending', async () => {
    let now = T0; const clock = () => now;
    const [a, b] = [await device('a', clock), await device('b', clock)];
    const server = new Server();
    await b.engine.noteChange(await b.store.end(endInput('chatgpt:undo1', 'policy'), now));
    now += 1000; await a.engine.noteChange(await a.store.end(endInput('chatgpt:undo1', 'user'), now));
    now += 1000; await a.engine.noteChange(await a.store.undo('chatgpt:undo1', now));
    for (const d of [a, b, a, b]) { now += 1000; server.pull(d); await d.engine.run(); server.push(d); }
    expect((await a.store.get('chatgpt:undo1'))?.status).toBe('active');
    expect((await b.store.get('chatgpt:undo1'))?.status).toBe('active');
  });

  it('two devices end the same thread at once: one ending, the latest, everywhere', async () => {
    let now = T0; const clock = () => now;
    const [a, b] = [await device('a', clock), await device('b', clock)];
    const server = new Server();
    await a.store.end(endInput('chatgpt:race1', 'user'), now);
    await b.store.end(endInput('chatgpt:race1', 'policy'), now + 5);
    await a.engine.run(); await b.engine.run(); server.push(a); server.push(b); // b's item overwrites a's
    for (const d of [a, b, a, b]) { server.pull(d); await d.engine.run(); server.push(d); }
    expect((await a.store.get('chatgpt:race1'))).toMatchObject({ status: 'ended', endedBy: 'policy', endedAt: now + 5 });
    expect((await b.store.get('chatgpt:race1'))).toMatchObject({ status: 'ended', endedBy: 'policy', endedAt: now + 5 });
  });
});

describe('quota exhaustion degrades to local only', () => {
  it('too much data: nothing is written, status says quota-bytes, local records intact', async () => {
    const now = T0; const clock = () => now;
    const d = await device('big', clock, SYNC_QUOTA);
    for (let i = 0; i < 1500; i++) await d.store.end(endInput(`chatgpt:bulk-${String(i).padStart(6, '0')}-xxxxxxxxxxxxxxxx`, 'policy'), now + i);
    const st = await d.engine.run();
    expect(st.degraded).toBe('quota-bytes');
    expect(st.items).toBe(0);
    expect(d.replica.setCalls).toBe(0);
    expect((await d.store.list({ limit: 1 })).total).toBe(1500);
    // Deleting enough records brings sync back.
    for (let i = 0; i < 1000; i++) await d.store.delete(`chatgpt:bulk-${String(i).padStart(6, '0')}-xxxxxxxxxxxxxxxx`);
    const again = await d.engine.run();
    expect(again.degraded).toBeUndefined();
    expect(again.bytes).toBeLessThanOrEqual(SYNC_QUOTA.BYTES);
    expect(again.entries).toBe(500);
  });

  it('the browser refusing a write for its rate quota degrades with write-rate, then recovers', async () => {
    let now = T0; const clock = () => now;
    const d = await device('rate', clock, { ...SYNC_QUOTA, PER_MINUTE: 2 }, { BYTES: 92_160, PER_ITEM: 8_000, MAX_ITEMS: 480, PER_MINUTE: 100, PER_HOUR: 900 });
    for (let i = 0; i < 4; i++) { now += 10; await d.store.end(endInput(`chatgpt:rate${i}`), now); await d.engine.run(); }
    const st = await d.engine.status();
    expect(st.degraded).toBe('write-rate');
    now += 61_000;
    const back = await d.engine.run();
    expect(back.degraded).toBeUndefined();
    expect(decodeItems(d.replica.data).size).toBe(4);
  });

  it('Hangup\'s own budget: a burst of changes never exceeds the per-minute quota; a spent hour degrades', async () => {
    let now = T0; const clock = () => now;
    const d = await device('burst', clock, SYNC_QUOTA, { BYTES: 92_160, PER_ITEM: 8_000, MAX_ITEMS: 480, PER_MINUTE: 5, PER_HOUR: 8 });
    for (let i = 0; i < 20; i++) { now += 100; await d.store.end(endInput(`chatgpt:burst${i}`), now); await d.engine.run(); }
    expect(d.replica.writes.length).toBeLessThanOrEqual(5); // held back, not refused by the browser
    expect((await d.engine.status()).degraded).toBeUndefined();
    for (let m = 1; m <= 4; m++) { now += 61_000; await d.store.end(endInput(`chatgpt:later${m}`), now); await d.engine.run(); }
    const st = await d.engine.status();
    expect(st.degraded).toBe('write-rate');
    expect(st.retryAt).toBeGreaterThan(now);
  });
});
