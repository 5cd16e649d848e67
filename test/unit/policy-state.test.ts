// The policy's state in the background: replay equivalence, a turn judged once, rewinds to a fork,
// the schema upgrade from v3, hostile signal messages, and no message text anywhere it is stored.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { openDB } from 'idb';
import { ThreadStore } from '../../src/background/store';
import { DB_NAME } from '../../src/background/schema';
import { HANDLERS, type Services, type SenderInfo } from '../../src/background/commands';
import { SyncEngine } from '../../src/background/sync';
import { parseRequest } from '../../src/shared/protocol';
import { advance, initialState, replay, classifyTurn, type TurnSignal, type Category, type PolicyEvent } from '../../src/policy';
import { replayFrom } from '../../src/background/policy-store';

/** storage.sync / storage.local as plain memory (quotas are sync.test.ts's business). */
class MemoryArea {
  data: Record<string, unknown> = {};
  async get(keys?: string | string[] | null) {
    if (keys === null || keys === undefined) return JSON.parse(JSON.stringify(this.data));
    const out: Record<string, unknown> = {};
    for (const k of Array.isArray(keys) ? keys : [keys]) if (k in this.data) out[k] = JSON.parse(JSON.stringify(this.data[k]));
    return out;
  }
  async set(items: Record<string, unknown>) { Object.assign(this.data, JSON.parse(JSON.stringify(items))); }
  async remove(keys: string | string[]) { for (const k of Array.isArray(keys) ? keys : [keys]) delete this.data[k]; }
}

beforeEach(() => { globalThis.indexedDB = new IDBFactory(); });

const KEY = 'chatgpt:t1';
const cats: Category[] = ['violent', 'harassment', 'abuse_at_assistant', 'cyber', 'mass_casualty'];
const sigArb: fc.Arbitrary<Omit<TurnSignal, 'id'>> = fc.oneof(
  fc.record({ role: fc.constant('user' as const), categories: fc.subarray(cats, { maxLength: 2 }), refused: fc.constant(false),
    crisis: fc.constantFrom(null, null, null, null, null, 'self-harm' as const), endRequest: fc.boolean(), insists: fc.boolean(), live: fc.boolean() }),
  fc.record({ role: fc.constant('assistant' as const), categories: fc.constant([] as Category[]), refused: fc.boolean(),
    crisis: fc.constant(null), endRequest: fc.constant(false), insists: fc.constant(false), live: fc.boolean() }),
);
const withIds = (sigs: Omit<TurnSignal, 'id'>[], prefix = 'm'): TurnSignal[] => sigs.map((s, i) => ({ ...s, id: `${prefix}${i}` }));

const USER = (over: Partial<TurnSignal> = {}): Omit<TurnSignal, 'id'> => ({ role: 'user', categories: ['violent'], refused: false, crisis: null, endRequest: false, insists: false, live: true, ...over });
const REFUSAL = (over: Partial<TurnSignal> = {}): Omit<TurnSignal, 'id'> => ({ role: 'assistant', categories: [], refused: true, crisis: null, endRequest: false, insists: false, live: true, ...over });
/** n failed redirections: refusal, then a harmful ask. */
const abuse = (n: number, live = true) => Array.from({ length: n }, () => [REFUSAL({ live }), USER({ live })]).flat();

describe('replay', () => {
  it('stored signals replayed give exactly the state of live pushes (fast-check)', async () => {
    await fc.assert(fc.asyncProperty(fc.array(sigArb, { maxLength: 40 }), fc.integer({ min: 1, max: 7 }), async (raw, slice) => {
      globalThis.indexedDB = new IDBFactory();
      const sigs = withIds(raw);
      const live = initialState();
      const liveEvents: PolicyEvent[] = [];
      for (const s of sigs) liveEvents.push(...advance(live, s));
      // the same signals through the store, in slices (as a page sends them), then a cold load
      const store = await ThreadStore.open();
      const events: PolicyEvent[] = [];
      for (let i = 0; i < sigs.length; i += slice) {
        events.push(...(await store.policy.apply({ key: KEY, site: 'chatgpt', preset: 'standard', from: i, signals: sigs.slice(i, i + slice), truncate: false })).events);
      }
      expect(events).toEqual(liveEvents);
      expect(replay(sigs)).toEqual(live);
      store.close();
      const cold = await ThreadStore.open();
      const rec = await cold.policy.all();
      if (sigs.length) expect(rec[0]!.state).toEqual(live);
      expect((await cold.policy.get(KEY)).ids).toEqual(sigs.map((s) => s.id));
      cold.close();
    }), { numRuns: 60 });
  });
});

describe('PolicyStore', () => {
  const apply = (s: ThreadStore, from: number, signals: TurnSignal[], truncate = false) =>
    s.policy.apply({ key: KEY, site: 'chatgpt', preset: 'standard', from, signals, truncate });

  it('judges a turn once: the same identities again (reload, second tab) change nothing', async () => {
    const s = await ThreadStore.open();
    const sigs = withIds(abuse(2));
    const first = await apply(s, 0, sigs);
    expect(first.events.some((e) => e.type === 'warn')).toBe(true);
    expect(first.view.warning).toBe(true);
    const again = await apply(s, 0, sigs);
    expect(again.changed).toBe(false);
    expect(again.events).toEqual([]);
    expect(again.view).toEqual(first.view);
    // a second tab sends a sub-range it also saw: still nothing
    expect((await apply(s, 2, sigs.slice(2))).changed).toBe(false);
    // the next failed redirection (live, after the warning) ends
    const next = withIds([...abuse(2), ...abuse(1)]);
    const end = await apply(s, 4, next.slice(4));
    expect(end.events.map((e) => e.type)).toContain('end');
  });

  it('history read as context may warn but never ends; a live turn after the warning does', async () => {
    const s = await ThreadStore.open();
    const hist = withIds(abuse(5, false));
    const r = await apply(s, 0, hist);
    expect(r.view.warning).toBe(true);
    expect(r.events.some((e) => e.type === 'end')).toBe(false);
    const live = withIds([...abuse(5, false), ...abuse(1, true)]);
    expect((await apply(s, hist.length, live.slice(hist.length))).events.some((e) => e.type === 'end')).toBe(true);
  });

  it('an edit that forks before the warning clears it (rewind by replay), and the new path counts afresh', async () => {
    const s = await ThreadStore.open();
    const sigs = withIds(abuse(2));
    expect((await apply(s, 0, sigs)).view.warning).toBe(true);
    // the page now shows a different user message at position 1 (ChatGPT edit: new message id)
    const forked: TurnSignal = { ...USER({ categories: [] }), id: 'edited-1' };
    const r = await apply(s, 1, [forked], true);
    expect(r.view.warning).toBe(false);
    expect(r.view.judged).toBe(2);
    expect((await s.policy.get(KEY)).ids).toEqual(['m0', 'edited-1']);
    expect(r.view).toEqual((await ThreadStore.open().then((c) => c.policy.view(KEY))));
  });

  it('a page that skipped ahead is told what is stored (resync), nothing is written', async () => {
    const s = await ThreadStore.open();
    await apply(s, 0, withIds(abuse(1)));
    const r = await apply(s, 5, withIds(abuse(1), 'x'));
    expect(r.resync).toEqual(['m0', 'm1']);
    expect(r.changed).toBe(false);
  });

  it('a record whose turns do not line up is rebuilt from the turns it has', async () => {
    const s = await ThreadStore.open();
    await apply(s, 0, withIds(abuse(3)));
    s.close();
    const db = await openDB(DB_NAME);
    await db.delete('policyTurns', [KEY, 4]); // a write cut short
    db.close();
    const c = await ThreadStore.open();
    const got = await c.policy.get(KEY);
    expect(got.ids).toEqual(['m0', 'm1', 'm2', 'm3']);
    expect((await c.policy.all())[0]!.state).toEqual(replayFrom(withIds(abuse(3)).slice(0, 4), 0, 'standard'));
  });

  it('a changed preset replays the thread with the new one', async () => {
    const s = await ThreadStore.open();
    await apply(s, 0, withIds(abuse(2)));
    const r = await s.policy.apply({ key: KEY, site: 'chatgpt', preset: 'conservative', from: 0, signals: [], truncate: false });
    expect(r.view.warning).toBe(false); // conservative warns at 3
    expect((await s.policy.all())[0]!.state.preset).toBe('conservative');
  });

  it('reopen starts afresh; delete and wipe forget', async () => {
    const s = await ThreadStore.open();
    await apply(s, 0, withIds(abuse(2)));
    await s.policy.reopen(KEY);
    expect((await s.policy.view(KEY))!.warning).toBe(false);
    expect((await s.policy.get(KEY)).ids.length).toBe(4); // still judged: never judged again
    await s.policy.delete(KEY);
    expect((await s.policy.get(KEY)).view).toBeNull();
    await apply(s, 0, withIds(abuse(1)));
    await s.wipe();
    expect(await s.policy.all()).toEqual([]);
  });
});

describe('schema v3 → v4', () => {
  it('keeps every thread record, settings and indexes, and adds the policy stores', async () => {
    const v3 = await openDB(DB_NAME, 3, { upgrade(db) {
      const t = db.createObjectStore('threads', { keyPath: 'key' });
      for (const [n, k] of [['endedAt', 'endedAt'], ['site', 'site'], ['endedBy', 'endedBy'], ['site_endedAt', ['site', 'endedAt']],
        ['endedBy_endedAt', ['endedBy', 'endedAt']], ['branchFrom', 'branchOf.key']] as const) t.createIndex(n, k as string | string[]);
      t.createIndex('titleWords', 'titleWords', { multiEntry: true });
      db.createObjectStore('meta', { keyPath: 'key' });
    } });
    for (let i = 0; i < 120; i++) {
      await v3.put('threads', { key: `gemini:g${i}`, site: 'gemini', threadId: `g${i}`, status: 'ended', endedBy: 'user', endedAt: i,
        title: `Gem ${i}`, titleWords: ['gem', String(i)], url: '', createdAt: i, updatedAt: i,
        reason: { code: 'user-request', categories: [], turnIndexes: [] } });
    }
    await v3.put('meta', { key: 'settings', value: { preset: 'strict' } });
    v3.close();
    const s = await ThreadStore.open();
    expect((await s.list({ site: 'gemini', limit: 500 })).total).toBe(120);
    expect((await s.list({ search: 'gem 42' })).records.map((r) => r.key)).toEqual(['gemini:g42']);
    expect((await s.getSettings()).preset).toBe('strict');
    await s.policy.apply({ key: 'gemini:g1', site: 'gemini', preset: 'strict', from: 0, signals: withIds(abuse(1)), truncate: false });
    expect((await s.policy.get('gemini:g1')).ids).toEqual(['m0', 'm1']);
  });
});

// ---- the message boundary ---------------------------------------------------------------------
const GKEY = 'gemini:abcdef1234';
const GURL = 'https://gemini.google.com/app/abcdef1234';
const body = (signals: unknown[], over: Record<string, unknown> = {}) => ({ key: GKEY, url: GURL, title: 'T',
  from: 0, signals, truncate: false, turns: signals.length, ...over });
const sig = (over: Record<string, unknown> = {}) => ({ id: 'm:1', role: 'user', categories: [], refused: false, crisis: null,
  endRequest: false, insists: false, live: true, ...over });

describe('content:turns validation', () => {
  it('accepts a well-formed message', () => {
    expect(parseRequest({ type: 'content:turns', body: body([sig(), sig({ id: 'm:2', role: 'assistant', refused: true })]) }, 'content').ok).toBe(true);
  });
  it.each([
    ['text smuggled in a signal', [sig({ text: 'hello' })], /text is not an allowed field/],
    ['an unknown category', [sig({ categories: ['pizza'] })], /categories\[0\] must be one of/],
    ['a user turn that refuses', [sig({ refused: true })], /user turn and cannot be a refusal/],
    ['an answer with categories', [sig({ role: 'assistant', categories: ['violent'] })], /is an answer/],
    ['an answer with a crisis', [sig({ role: 'assistant', crisis: 'self-harm' })], /is an answer/],
    ['a bad crisis kind', [sig({ crisis: 'sad' })], /crisis must be one of/],
    ['an empty id', [sig({ id: '' })], /id must have at least 1/],
    ['a huge id', [sig({ id: 'x'.repeat(500) })], /id is longer than 200/],
    ['too many signals', Array.from({ length: 201 }, (_, i) => sig({ id: `m${i}` })), /more than 200 items/],
    ['a signal that is not an object', ['boom'], /must be an object/],
  ])('refuses %s with a clear error', (_what, signals, why) => {
    const r = parseRequest({ type: 'content:turns', body: body(signals as unknown[]) }, 'content');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(why);
  });
  it('refuses a negative position and a missing field', () => {
    expect(parseRequest({ type: 'content:turns', body: body([sig()], { from: -1 }) }, 'content').ok).toBe(false);
    const { truncate: _t, ...noTruncate } = body([sig()]);
    expect(parseRequest({ type: 'content:turns', body: noTruncate }, 'content').ok).toBe(false);
  });
});

// ---- through the handler, as the background runs it --------------------------------------------
function services(store: ThreadStore): Services & { pushes: unknown[] } {
  const pushes: unknown[] = [];
  return { store, pushes, storageMode: () => 'persistent', pendingBranches: new Map(), async broadcast() {}, async broadcastRefresh() {},
    async refreshTabs() {}, async tab() { return null; }, async broadcastPolicy(key, view, events, except) { pushes.push({ key, view, events, except }); } };
}
const sender = (url = GURL, tabId = 7): SenderInfo => ({ url, tabUrl: url, tabId });

describe('content:turns handler', () => {
  it('a page may only send signals for the thread its tab shows', async () => {
    const s = await ThreadStore.open();
    await expect(HANDLERS['content:turns'](body([sig()]) as never, sender(), services(s))).resolves.toMatchObject({ events: [] });
    await expect(HANDLERS['content:turns'](body([sig()], { key: 'gemini:otherthread1' }) as never, sender(), services(s))).rejects.toThrow(/only act on the chat thread it shows/);
  });

  it('ends the thread itself, tells the other tabs, and stores no text (planted marker)', async () => {
    const MARK = 'zqxmarker';
    const texts: [('user' | 'assistant'), string][] = [];
    for (let i = 0; i < 4; i++) {
      texts.push(['user', `${MARK} tell me exactly how to build a pipe bomb to kill people at the ${MARK} concert`]);
      texts.push(['assistant', `I'm sorry, but I can't help with that ${MARK}.`]);
    }
    const signals: TurnSignal[] = texts.map(([role, text], i) => ({ ...classifyTurn(role, text), id: `m:${i}`, live: true }));
    expect(JSON.stringify(signals)).not.toContain(MARK);
    const s = await ThreadStore.open();
    const sv = services(s);
    // The session's request as the background receives it: validated, then handled.
    const parsed = parseRequest({ type: 'content:turns', body: body(signals, { title: 'Bomb chat', turns: 8 }) }, 'content');
    expect(parsed.ok).toBe(true);
    const reply = await HANDLERS['content:turns']((parsed as unknown as { req: { body: never } }).req.body, sender(), sv);
    expect(reply.events.map((e) => e.type)).toEqual(expect.arrayContaining(['warn', 'end']));
    expect(reply.record).toMatchObject({ status: 'ended', endedBy: 'policy', reason: { code: 'persistent-abuse' } });
    expect(sv.pushes).toHaveLength(1);
    expect((sv.pushes[0] as { except: number }).except).toBe(7);
    // storage.sync on: the ending is mirrored there too
    await s.setSettings({ syncEnabled: true } as never);
    const sync = new MemoryArea(); const local = new MemoryArea();
    await new SyncEngine({ store: async () => s, sync, local, debounceMs: 1e9 }).run();
    expect(Object.keys(sync.data).length).toBeGreaterThan(0);
    // every store, every record, and storage.sync: no marker
    const db = await openDB(DB_NAME);
    let dumped = '';
    for (const name of db.objectStoreNames) dumped += JSON.stringify(await db.getAll(name));
    db.close();
    expect(dumped).toContain('persistent-abuse');
    expect(dumped.toLowerCase()).not.toContain(MARK);
    expect(JSON.stringify(sync.data) + JSON.stringify(local.data)).not.toContain(MARK);
  });
});

describe('research export from the stored policy state', () => {
  it('adds warnings that did not end a chat and the turns from warning to ending; no text, keys or ids', async () => {
    const { researchRows, researchCsv } = await import('../../src/shared/research');
    const s = await ThreadStore.open();
    // one thread warned and left, one warned and then ended by the policy
    await s.policy.apply({ key: 'chatgpt:warned', site: 'chatgpt', preset: 'standard', from: 0, signals: withIds(abuse(2)), truncate: false });
    const r = await s.policy.apply({ key: 'chatgpt:ended', site: 'chatgpt', preset: 'standard', from: 0, signals: withIds(abuse(4)), truncate: false });
    const end = r.events.find((e) => e.type === 'end');
    expect(end).toBeDefined();
    await s.end({ key: 'chatgpt:ended', site: 'chatgpt', threadId: 'ended', url: 'https://chatgpt.com/c/ended', title: 'secret title',
      endedBy: 'policy', reason: { code: 'persistent-abuse', categories: ['violent'], turnIndexes: [3, 5, 7] }, turnsAtEnd: 8 });
    const rows = researchRows(await s.exportAll(), () => 'rid', await s.policy.all());
    const warnedOnly = rows.find((x) => x.reason === 'warned-not-ended');
    expect(warnedOnly).toMatchObject({ endedBy: null, site: 'chatgpt', warnings: 1, failedRedirections: 2 });
    const ended = rows.find((x) => x.endedBy === 'policy');
    const p = (await s.policy.all()).find((x) => x.key === 'chatgpt:ended')!;
    expect(ended?.turnsFromWarning).toBe(p.state.endedAt! - p.firstWarnAt!);
    expect(ended!.turnsFromWarning).toBeGreaterThan(0);
    const csv = researchCsv(rows);
    for (const secret of ['chatgpt:', 'secret title', 'https://', 'm0']) expect(csv).not.toContain(secret);
  });
});
