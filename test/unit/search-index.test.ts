// The popup's title search: the in-memory SearchIndex against a brute-force filter, the store's
// search against the IndexedDB title-word search it replaced, and every write path keeping the
// index in step with the store. Also the chunked import.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { openDB, type IDBPDatabase } from 'idb';
import { SearchIndex, type SearchQuery } from '../../src/background/search-index';
import { ThreadStore, ImportError, IMPORT_CHUNK, INDEX_SLICE, type EndInput, type ListQuery } from '../../src/background/store';
import { openStore } from '../../src/background/open-store';
import { DB_NAME, type HangupDB } from '../../src/background/schema';
import { titleWords, type EndedBy, type SiteId, type ThreadRecord } from '../../src/shared/types';

// The store rebuilds an index it finds out of step (and warns): that must never be needed here.
let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => { globalThis.indexedDB = new IDBFactory(); warn = vi.spyOn(console, 'warn'); });
afterEach(() => { expect(warn).not.toHaveBeenCalledWith(expect.stringMatching(/search index/)); warn.mockRestore(); });

// Words with shared prefixes, and site ids a later query word may match instead of a title word.
const VOCAB = ['python', 'pyramid', 'pasta', 'paris', 'p', 'chat', 'chatgpt', 'claude', 'clay', 'garden', 'gemini', 'Über', 'über', 'ÜBERALL', '2024', 'x'];
const SITES: SiteId[] = ['chatgpt', 'claude', 'gemini'];
const BY: EndedBy[] = ['user', 'policy', 'site'];

const arbRecord = (i: number) => fc.record({
  words: fc.array(fc.constantFrom(...VOCAB), { maxLength: 5 }),
  site: fc.constantFrom(...SITES),
  by: fc.constantFrom(...BY),
  ended: fc.boolean(),
  endedAtWhileActive: fc.boolean(), // an imported active record may carry an endedAt: stats count it, lists do not
  endedAt: fc.integer({ min: 1, max: 8 }), // few values: many ties
  updatedAt: fc.integer({ min: 1, max: 1000 }),
  code: fc.constantFrom('user-request' as const, 'persistent-abuse' as const, 'site-ended' as const),
  rating: fc.constantFrom(undefined, 'right' as const, 'unexpected' as const),
}).map(({ words, site, by, ended, endedAtWhileActive, endedAt, updatedAt, code, rating }): ThreadRecord => {
  const threadId = `t${i}`;
  const title = words.join(' ');
  return {
    key: `${site}:${threadId}`, site, threadId, status: ended ? 'ended' : 'active', title, url: `https://x.test/${threadId}`,
    createdAt: 1, updatedAt, titleWords: titleWords(title),
    ...(ended ? { endedBy: by, endedAt, reason: { code, categories: [], turnIndexes: [] }, ...(rating ? { feedback: { rating, at: 1 } } : {}) }
      : endedAtWhileActive ? { endedAt } : {}),
  } as ThreadRecord;
});
const arbRecords = fc.integer({ min: 0, max: 40 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbRecord(i))));

const prefixes = [...new Set(VOCAB.flatMap((w) => titleWords(w)).flatMap((w) => [w, w.slice(0, 1), w.slice(0, 2)]))];
const arbQuery = fc.record({
  search: fc.array(fc.constantFrom(...prefixes, 'cha', 'gem', 'zzz', '!!'), { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')),
  site: fc.option(fc.constantFrom(...SITES), { nil: undefined }),
  endedBy: fc.option(fc.constantFrom(...BY), { nil: undefined }),
  sort: fc.option(fc.constantFrom('newest' as const, 'oldest' as const), { nil: undefined }),
  offset: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
  limit: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
});

/** The documented order: endedAt in the sort's direction, equal times by key in the same direction. */
const listOrder = (sort?: 'newest' | 'oldest') => (a: ThreadRecord, b: ThreadRecord) => {
  const d = (a.endedAt ?? 0) - (b.endedAt ?? 0) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  return sort === 'oldest' ? d : -d;
};

/** Brute force, straight from the rule: every record checked, every word against every title word. */
function bruteForce(records: readonly ThreadRecord[], q: Omit<SearchQuery, 'words'> & { words: readonly string[] }): string[] {
  const [first, ...rest] = q.words;
  return records.filter((r) => r.status === 'ended' && (!q.site || r.site === q.site) && (!q.endedBy || r.endedBy === q.endedBy)
    && (r.titleWords ?? []).some((t) => t.startsWith(first!))
    && rest.every((w) => (r.titleWords ?? []).some((t) => t.startsWith(w)) || r.site.startsWith(w)))
    .sort(listOrder(q.sort)).map((r) => r.key);
}

/** The search this replaced, verbatim: the IndexedDB title-word index from the first word, filter, stable sort. */
async function indexedDbSearch(db: IDBPDatabase<HangupDB>, q: ListQuery) {
  const limit = q.limit ?? 100; const offset = q.offset ?? 0; const dir = q.sort === 'oldest' ? 'next' : 'prev';
  const words = titleWords(q.search ?? '');
  const match = (r: ThreadRecord): boolean => r.status === 'ended' && (!q.site || r.site === q.site)
    && (!q.endedBy || r.endedBy === q.endedBy)
    && words.every((w) => (r.titleWords ?? []).some((t) => t.startsWith(w)) || r.site.startsWith(w));
  const first = words[0]!;
  const hits = await db.getAllFromIndex('threads', 'titleWords', IDBKeyRange.bound(first, `${first}\uffff`));
  const seen = new Set<string>();
  const all = hits.filter((r) => !seen.has(r.key) && (seen.add(r.key), match(r)))
    .sort((a, b) => (dir === 'prev' ? (b.endedAt ?? 0) - (a.endedAt ?? 0) : (a.endedAt ?? 0) - (b.endedAt ?? 0)));
  return { all, records: all.slice(offset, offset + limit), total: all.length };
}

/** The stats this replaced, verbatim: a walk of the endedAt index. */
async function cursorStats(db: IDBPDatabase<HangupDB>) {
  const by = new Map<string, { code: string; endings: number; right: number; unexpected: number }>();
  let cursor = await db.transaction('threads').store.index('endedAt').openCursor();
  while (cursor) {
    const r = cursor.value;
    const code = r.reason?.code ?? 'user-request';
    const s = by.get(code) ?? { code, endings: 0, right: 0, unexpected: 0 };
    s.endings++;
    if (r.feedback?.rating === 'right') s.right++;
    if (r.feedback?.rating === 'unexpected') s.unexpected++;
    by.set(code, s);
    cursor = await cursor.continue();
  }
  return [...by.values()];
}

describe('SearchIndex', () => {
  it('finds exactly what a brute-force filter finds, in list order', () => {
    fc.assert(fc.property(arbRecords, fc.array(arbQuery, { minLength: 1, maxLength: 5 }), (records, queries) => {
      const ix = SearchIndex.from(records);
      for (const q of queries) {
        const words = titleWords(q.search);
        if (!words.length) continue;
        const query = { words, site: q.site, endedBy: q.endedBy, sort: q.sort };
        expect(ix.search(query)).toEqual(bruteForce(records, query));
      }
    }), { numRuns: 300 });
  });

  it('follows puts, deletes and clears', () => {
    fc.assert(fc.property(arbRecords, arbRecords, fc.array(fc.nat(), { maxLength: 20 }), (a, b, dels) => {
      const ix = SearchIndex.from(a);
      const now = new Map(a.map((r) => [r.key, r]));
      for (const r of b) { ix.set(r.key, r); now.set(r.key, r); }
      for (const d of dels) { const key = [...now.keys()][d % Math.max(1, now.size)]; if (key) { ix.set(key, undefined); now.delete(key); } }
      for (const w of ['p', 'chat', 'cl', 'über', '2024']) expect(ix.search({ words: [w] })).toEqual(bruteForce([...now.values()], { words: [w] }));
      ix.clear();
      expect(ix.size).toBe(0);
    }), { numRuns: 200 });
  });

  it('orders equal times by key, descending for newest and ascending for oldest', () => {
    const r = (key: string, endedAt: number) => ({ key, site: 'chatgpt', threadId: key, status: 'ended', endedBy: 'user', endedAt,
      title: 'python', url: '', createdAt: 1, updatedAt: 1, titleWords: ['python'] }) as ThreadRecord;
    const ix = SearchIndex.from([r('chatgpt:b', 5), r('chatgpt:a', 5), r('chatgpt:c', 9), r('chatgpt:d', 1)]);
    expect(ix.search({ words: ['py'] })).toEqual(['chatgpt:c', 'chatgpt:b', 'chatgpt:a', 'chatgpt:d']);
    expect(ix.search({ words: ['py'], sort: 'oldest' })).toEqual(['chatgpt:d', 'chatgpt:a', 'chatgpt:b', 'chatgpt:c']);
  });
});

const raw = async () => {
  const db = await openDB<HangupDB>(DB_NAME);
  try { return await db.getAll('threads'); } finally { db.close(); }
};

describe('ThreadStore search', () => {
  it('returns what the IndexedDB title-word search returned: same total, records and order (equal times by key)', async () => {
    await fc.assert(fc.asyncProperty(arbRecords, fc.array(arbQuery, { minLength: 1, maxLength: 6 }), async (records, queries) => {
      globalThis.indexedDB = new IDBFactory();
      const s = await ThreadStore.open();
      await s.importRecords(records);
      const db = await openDB<HangupDB>(DB_NAME);
      for (const q of queries) {
        if (!titleWords(q.search).length) continue;
        const before = await indexedDbSearch(db, q);
        const now = await s.list(q);
        expect(now.total).toBe(before.total);
        // Same order wherever endedAt differs; the old stable sort left equal times in title-word
        // index order, the new one orders them by key like the unfiltered list.
        const expected = [...before.all].sort(listOrder(q.sort)).slice(q.offset ?? 0, (q.offset ?? 0) + (q.limit ?? 100));
        expect(now.records).toEqual(expected);
        expect(now.records.map((r) => r.endedAt)).toEqual(before.records.map((r) => r.endedAt));
      }
      expect(await s.stats()).toEqual(await cursorStats(db));
      db.close(); s.close();
    }), { numRuns: 60 });
  });

  it('agrees with the unfiltered list: search results come in the order the list shows them', async () => {
    const s = await ThreadStore.open();
    await s.importRecords(Array.from({ length: 30 }, (_, i) => ({ key: `chatgpt:t${i}`, site: 'chatgpt', threadId: `t${i}`, status: 'ended',
      endedBy: 'user', endedAt: 100 + (i % 4), title: i % 2 ? 'python notes' : 'pasta', url: '', createdAt: 1, updatedAt: 1 }) as ThreadRecord));
    for (const sort of ['newest', 'oldest'] as const) {
      const all = (await s.list({ sort })).records.map((r) => r.key);
      const found = (await s.list({ search: 'python', sort })).records.map((r) => r.key);
      expect(found).toEqual(all.filter((k) => found.includes(k)));
    }
  });

  const input = (id: string, over: Partial<EndInput> = {}): EndInput => ({
    key: `chatgpt:${id}`, site: 'chatgpt', threadId: id, url: `https://chatgpt.com/c/${id}`, title: `Python ${id}`,
    endedBy: 'user', reason: { code: 'user-request', categories: [], turnIndexes: [] }, turnsAtEnd: 4, ...over,
  });
  const OPS = ['end', 'endp', 'marker', 'undo', 'feedback', 'delete', 'reopen', 'link', 'import', 'prune', 'wipe', 'search'] as const;
  const TITLES = ['python tips', 'pasta night', 'claude chat', 'paris trip', 'garden'];

  it('every write path keeps the index in step with the store', async () => {
    await fc.assert(fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom(...OPS), fc.integer({ min: 0, max: 5 }), fc.constantFrom(...TITLES)),
      { maxLength: 30 }), fc.boolean(), fc.nat(30), async (ops, concurrent, buildAt) => {
      globalThis.indexedDB = new IDBFactory();
      const s = await ThreadStore.open();
      // The index is built before, between or (concurrent) during the writes.
      ops.splice(Math.min(buildAt, ops.length), 0, ['search', 0, 'python tips']);
      let t = 1000;
      const run = async ([op, i, title]: (typeof ops)[number]) => {
        t += 1;
        const site: SiteId = i % 2 ? 'claude' : 'chatgpt';
        const key = `${site}:k${i}`;
        const base = { ...input(`k${i}`), key, site, title };
        try {
          if (op === 'end') await s.end(base, t);
          if (op === 'endp') await s.end({ ...base, endedBy: 'policy', endMarker: 'm1' }, t);
          if (op === 'marker') await s.end({ ...base, endMarker: `m${t}` }, t);
          if (op === 'undo') await s.undo(key, t);
          if (op === 'feedback') await s.setFeedback(key, { rating: 'right' }, t);
          if (op === 'delete') await s.delete(key);
          if (op === 'reopen') await s.reopen(key, t);
          if (op === 'link') await s.linkBranch({ key, site, threadId: `k${i}`, url: 'u', title, branchOf: { key: 'chatgpt:k0', turn: 1 } }, t);
          if (op === 'import') await s.importRecords([{ key, site, threadId: `k${i}`, status: 'ended', endedBy: 'site', endedAt: t - (i % 3),
            reason: { code: 'site-ended', categories: [], turnIndexes: [] }, title, url: 'u', createdAt: t, updatedAt: t + 5000 }]);
          if (op === 'prune') await s.prune(1, t + 86_400_000 - 3);
          if (op === 'wipe') await s.wipe();
          if (op === 'search') await s.list({ search: title.split(' ')[0]!.slice(0, 2) });
        } catch { /* refused operations change nothing */ }
      };
      if (concurrent) await Promise.all(ops.map(run)); else for (const o of ops) await run(o);
      const stored = await raw();
      for (const q of ['p', 'py', 'pa', 'c', 'claude', 'chat cl', 'garden', 'trip p'] as const) {
        for (const sort of ['newest', 'oldest'] as const) {
          const got = await s.list({ search: q, sort, limit: 1000 });
          const want = bruteForce(stored, { words: titleWords(q), sort });
          expect(got.records.map((r) => r.key)).toEqual(want);
          expect(got.total).toBe(want.length);
          expect(got.records).toEqual(want.map((k) => stored.find((r) => r.key === k)));
        }
      }
      const db = await openDB<HangupDB>(DB_NAME);
      expect(await s.stats()).toEqual(await cursorStats(db));
      db.close(); s.close();
    }), { numRuns: 80 });
  });

  it('a search sees every write asked for before it; with none under way, none asked for after it', async () => {
    const s = await ThreadStore.open();
    for (let i = 0; i < 5; i++) await s.end(input(`a${i}`), 100 + i);
    await s.list({ search: 'python' });
    const ended = s.end(input('new'), 200);
    const afterEnd = s.list({ search: 'python' });
    await ended;
    expect((await afterEnd).records.map((r) => r.key)).toEqual(['chatgpt:new', 'chatgpt:a4', 'chatgpt:a3', 'chatgpt:a2', 'chatgpt:a1', 'chatgpt:a0']);
    const reopened = s.reopen('chatgpt:a1', 300);
    const afterReopen = s.list({ search: 'python' });
    await reopened;
    expect((await afterReopen).total).toBe(5);
    // No write under way: the search reads at once, as the title-word index was read.
    const beforeDelete = s.list({ search: 'python' });
    const deleted = s.delete('chatgpt:a0');
    expect((await beforeDelete).total).toBe(5);
    await deleted;
    expect((await s.list({ search: 'python' })).total).toBe(4);
  });

  it('a search while writes are under way sees the store before or after each write, never between', async () => {
    const s = await ThreadStore.open();
    for (let i = 0; i < 20; i++) await s.end(input(`a${i}`), 100 + i);
    await s.list({ search: 'python' });
    const seen: number[] = [];
    await Promise.all(Array.from({ length: 20 }, async (_, i) => {
      const [, r] = await Promise.all([i % 2 ? s.delete(`chatgpt:a${i}`) : s.end(input(`b${i}`), 200 + i), s.list({ search: 'python', limit: 1000 })]);
      // total and records always agree with each other and with the records read
      expect(r.records.length).toBe(r.total);
      expect(r.records.every((x) => x.status === 'ended' && x.title.startsWith('Python'))).toBe(true);
      seen.push(r.total);
    }));
    expect((await s.list({ search: 'python' })).total).toBe(20 - 10 + 10);
    expect(seen.length).toBe(20);
  });

  it('stats follow feedback, undo and reopen', async () => {
    const s = await ThreadStore.open();
    await s.end(input('a'), 100);
    await s.end(input('b', { endedBy: 'policy', reason: { code: 'persistent-abuse', categories: [], turnIndexes: [] } }), 50);
    expect(await s.stats()).toEqual([{ code: 'persistent-abuse', endings: 1, right: 0, unexpected: 0 },
      { code: 'user-request', endings: 1, right: 0, unexpected: 0 }]);
    await s.setFeedback('chatgpt:a', { rating: 'right' }, 101);
    await s.setFeedback('chatgpt:b', { rating: 'unexpected' }, 102);
    expect(await s.stats()).toEqual([{ code: 'persistent-abuse', endings: 1, right: 0, unexpected: 1 },
      { code: 'user-request', endings: 1, right: 1, unexpected: 0 }]);
    await s.undo('chatgpt:a', 105);
    await s.reopen('chatgpt:b', 106);
    expect(await s.stats()).toEqual([]);
  });

  it('writes that commit while the index is read, slice by slice, end up in it', async () => {
    const s = await ThreadStore.open();
    const n = INDEX_SLICE * 2 + 10;
    await s.importRecords(Array.from({ length: n }, (_, i) => ({ key: `chatgpt:k${String(i).padStart(5, '0')}`, site: 'chatgpt',
      threadId: `k${String(i).padStart(5, '0')}`, status: 'ended', endedBy: 'user', reason: { code: 'user-request', categories: [], turnIndexes: [] },
      endedAt: 1000 + i, title: 'python', url: 'u', createdAt: 1, updatedAt: 1 }) as ThreadRecord));
    const first = s.list({ search: 'python', limit: 5 }); // builds the index: the first slice is read first
    // These run after the first slice's read and before the next: keys in the slice already read.
    const writes = Promise.all([s.delete('chatgpt:k00000'), s.reopen('chatgpt:k00001', 5000), s.end(input('a-new'), 9000),
      s.delete(`chatgpt:k${String(n - 1).padStart(5, '0')}`)]);
    await writes;
    const r = await first;
    expect(r.total).toBe(n - 3 + 1);
    expect(r.records.map((x) => x.key)).toEqual(['chatgpt:a-new', ...[2, 3, 4, 5].map((i) => `chatgpt:k${String(n - i).padStart(5, '0')}`)]);
    const all = (await s.list({ search: 'python', limit: 100_000, sort: 'oldest' })).records.map((x) => x.key);
    expect(all.slice(0, 2)).toEqual(['chatgpt:k00002', 'chatgpt:k00003']);
  });

  it('a fresh store (a restarted service worker) builds the same index from the store', async () => {
    const s = await ThreadStore.open();
    for (let i = 0; i < 10; i++) await s.end(input(`a${i}`, { title: i % 2 ? 'python' : 'pasta' }), 100 + i);
    await s.list({ search: 'p' });
    await s.reopen('chatgpt:a1', 500);
    const before = await s.list({ search: 'p' });
    s.close();
    const again = await ThreadStore.open();
    expect(await again.list({ search: 'p' })).toEqual(before);
    expect(before.total).toBe(9);
  });

  it('works over the in-memory fallback store', async () => {
    const broken = { open: () => { throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError'); } };
    const { store, mode } = await openStore(broken as unknown as IDBFactory);
    expect(mode).toBe('memory');
    await store.end(input('m1', { title: 'Python in memory' }), 10);
    await store.end(input('m2', { title: 'Pasta' }), 11);
    expect((await store.list({ search: 'py' })).records.map((r) => r.key)).toEqual(['chatgpt:m1']);
    await store.delete('chatgpt:m1');
    expect((await store.list({ search: 'py' })).total).toBe(0);
  });
});

describe('chunked import', () => {
  const rec = (i: number, over: Partial<ThreadRecord> = {}): ThreadRecord => ({ key: `chatgpt:i${i}`, site: 'chatgpt', threadId: `i${i}`,
    status: 'ended', endedBy: i % 3 ? 'user' : 'policy', reason: { code: 'user-request', categories: [], turnIndexes: [] }, endedAt: 1000 + i,
    title: `Import ${i} python`, url: 'u', createdAt: 1, updatedAt: 10, ...over });

  it('merges more than one chunk with the same results, counts and search as one record at a time', async () => {
    const n = IMPORT_CHUNK * 2 + 7;
    const s = await ThreadStore.open();
    await s.counts();
    await s.end({ key: 'chatgpt:i3', site: 'chatgpt', threadId: 'i3', url: 'u', title: 'Kept newer', endedBy: 'user',
      reason: { code: 'user-request', categories: [], turnIndexes: [] }, turnsAtEnd: 1 }, 50); // updatedAt 50 > 10: kept
    await s.importRecords([rec(4, { updatedAt: 5, title: 'older' })]); // updatedAt 5 < 10: updated
    await s.list({ search: 'import' });
    const r = await s.importRecords(Array.from({ length: n }, (_, i) => rec(i)));
    expect(r).toEqual({ added: n - 2, updated: 1, kept: 1 });
    const c = await s.counts();
    expect(c.all).toBe(n);
    expect(c.endedBy.policy).toBe(Array.from({ length: n }, (_, i) => i).filter((i) => i % 3 === 0 && i !== 3).length);
    expect((await s.list({ search: 'import' })).total).toBe(n - 1);
    expect((await s.get('chatgpt:i3'))?.title).toBe('Kept newer');
    expect((await s.get('chatgpt:i4'))?.title).toBe('Import 4 python');
    // the same import again keeps everything
    expect(await s.importRecords(Array.from({ length: n }, (_, i) => rec(i)))).toEqual({ added: 0, updated: 0, kept: n });
  });

  it('a key twice in one import: the later one sees the first, as before', async () => {
    const s = await ThreadStore.open();
    await s.counts();
    expect(await s.importRecords([rec(1, { updatedAt: 5 }), rec(1, { updatedAt: 9, title: 'second' }), rec(1, { updatedAt: 7 })]))
      .toEqual({ added: 1, updated: 1, kept: 1 });
    expect((await s.get('chatgpt:i1'))?.title).toBe('second');
    expect((await s.counts()).all).toBe(1);
  });

  it('a chunk that fails is not written at all; earlier chunks stay; the error names what was not imported', async () => {
    const s = await ThreadStore.open();
    await s.counts();
    await s.list({ search: 'import' });
    const records = Array.from({ length: IMPORT_CHUNK + 20 }, (_, i) => rec(i));
    // A value IndexedDB cannot store, half-way through the second chunk (after some of its puts).
    (records[IMPORT_CHUNK + 10] as unknown as { fn: () => void }).fn = () => {};
    const err = await s.importRecords(records).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImportError);
    expect((err as ImportError).done).toEqual({ added: IMPORT_CHUNK, updated: 0, kept: 0 });
    expect((err as ImportError).notImported).toEqual(records.slice(IMPORT_CHUNK).map((r) => r.key));
    expect((err as Error).message).toMatch(new RegExp(`^${IMPORT_CHUNK} records were imported; the other 20, from chatgpt:i${IMPORT_CHUNK} on, were not`));
    expect((await raw()).length).toBe(IMPORT_CHUNK);
    expect((await s.counts()).all).toBe(IMPORT_CHUNK);
    expect((await s.list({ search: 'import', limit: 1000 })).total).toBe(IMPORT_CHUNK);
  });
});
