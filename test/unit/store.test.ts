import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { ThreadStore, StoreError, type EndInput } from '../../src/background/store';
import { DB_NAME, DB_VERSION, type V1Thread } from '../../src/background/schema';

beforeEach(() => { globalThis.indexedDB = new IDBFactory(); });

const input = (id: string, over: Partial<EndInput> = {}): EndInput => ({
  key: `chatgpt:${id}`, site: 'chatgpt', threadId: id, url: `https://chatgpt.com/c/${id}`, title: `T ${id}`,
  endedBy: 'user', reason: { code: 'user-request', categories: [], turnIndexes: [] }, turnsAtEnd: 4, ...over,
});

describe('ThreadStore', () => {
  it('creates an ended record and reads it back', async () => {
    const s = await ThreadStore.open();
    const rec = await s.end(input('a'), 1000);
    expect(rec).toMatchObject({ key: 'chatgpt:a', status: 'ended', endedBy: 'user', endedAt: 1000, turnsAtEnd: 4, undoUntil: 11000 });
    expect(await s.get('chatgpt:a')).toEqual(rec);
  });

  it('the first ending wins when two tabs race', async () => {
    const s = await ThreadStore.open();
    const [r1, r2] = await Promise.all([
      s.end(input('a', { endedBy: 'policy', reason: { code: 'persistent-abuse', categories: ['harassment'], turnIndexes: [3, 5, 7] } }), 1),
      s.end(input('a'), 2),
    ]);
    expect(r2).toEqual(r1);
    expect((await s.get('chatgpt:a'))?.endedBy).toBe('policy');
  });

  it('lists ended threads newest first with site, who and search filters', async () => {
    const s = await ThreadStore.open();
    await s.end(input('a'), 1);
    await s.end(input('b', { endedBy: 'policy' }), 3);
    await s.end({ ...input('c'), key: 'claude:c', site: 'claude', title: 'Recipe ideas' }, 2);
    expect((await s.list()).records.map((r) => r.key)).toEqual(['chatgpt:b', 'claude:c', 'chatgpt:a']);
    expect((await s.list({ site: 'claude' })).records.map((r) => r.key)).toEqual(['claude:c']);
    expect((await s.list({ endedBy: 'policy' })).total).toBe(1);
    expect((await s.list({ search: 'recipe' })).records.map((r) => r.key)).toEqual(['claude:c']);
    expect((await s.list({ limit: 1 }))).toMatchObject({ total: 3, records: [{ key: 'chatgpt:b' }] });
    expect(await s.endedIds('chatgpt')).toEqual(expect.arrayContaining(['a', 'b']));
  });

  it('undo works only for the user\'s own ending, inside its window', async () => {
    const s = await ThreadStore.open();
    await s.end(input('a'), 1000);
    await expect(s.undo('chatgpt:a', 20_000)).rejects.toThrow(StoreError);
    await s.end(input('b'), 1000);
    expect((await s.undo('chatgpt:b', 5000)).status).toBe('active');
    await s.end(input('p', { endedBy: 'policy' }), 1000);
    await expect(s.undo('chatgpt:p', 1001)).rejects.toThrow(/no longer be undone/);
  });

  it('stores feedback only on ended threads', async () => {
    const s = await ThreadStore.open();
    await expect(s.setFeedback('chatgpt:x', { rating: 'right' })).rejects.toThrow(StoreError);
    await s.end(input('a'));
    const r = await s.setFeedback('chatgpt:a', { rating: 'unexpected', comment: 'too soon' }, 5);
    expect(r.feedback).toEqual({ rating: 'unexpected', comment: 'too soon', at: 5 });
  });

  it('deletes and keeps settings', async () => {
    const s = await ThreadStore.open();
    await s.end(input('a'));
    expect(await s.delete('chatgpt:a')).toBe(true);
    expect(await s.delete('chatgpt:a')).toBe(false);
    expect((await s.getSettings()).preset).toBe('standard');
    await s.setSettings({ preset: 'strict' });
    expect((await s.getSettings())).toMatchObject({ preset: 'strict', allowReopen: false });
  });

  it('upgrades a version-1 database keeping every record', async () => {
    const v1 = await openDB(DB_NAME, 1, { upgrade(db) { db.createObjectStore('threads', { keyPath: 'key' }); } });
    const old: V1Thread[] = Array.from({ length: 250 }, (_, i) => ({
      key: `chatgpt:t${i}`, site: 'chatgpt', threadId: `t${i}`, ended: i % 5 !== 0,
      endedBy: (['user', 'policy', 'site'] as const)[i % 3], endedAt: 1000 + i, title: `old ${i}`, url: `https://chatgpt.com/c/t${i}`,
    }));
    for (const r of old) await v1.put('threads', r);
    v1.close();
    const s = await ThreadStore.open();
    expect(DB_VERSION).toBe(4);
    for (const o of old) {
      const r = await s.get(o.key);
      expect(r, o.key).toBeDefined();
      expect(r!.status).toBe(o.ended ? 'ended' : 'active');
      expect(r!.title).toBe(o.title);
      if (o.ended) expect(r!).toMatchObject({ endedBy: o.endedBy, endedAt: o.endedAt });
    }
    expect((await s.list({ limit: 1000 })).total).toBe(old.filter((o) => o.ended).length);
    expect((await s.list({ search: 'old' })).total).toBe(old.filter((o) => o.ended).length);
  });

  it('upgrades a version-2 database keeping every record and indexing titles', async () => {
    const v2 = await openDB(DB_NAME, 2, { upgrade(db) {
      const t = db.createObjectStore('threads', { keyPath: 'key' });
      t.createIndex('endedAt', 'endedAt'); t.createIndex('site', 'site'); t.createIndex('endedBy', 'endedBy');
      db.createObjectStore('meta', { keyPath: 'key' });
    } });
    for (let i = 0; i < 100; i++) {
      await v2.put('threads', { key: `claude:c${i}`, site: 'claude', threadId: `c${i}`, status: 'ended', endedBy: 'policy',
        endedAt: i, title: `Chat number ${i}`, url: '', createdAt: i, updatedAt: i,
        reason: { code: 'persistent-abuse', categories: ['harassment'], turnIndexes: [1, 3, 5] } });
    }
    await v2.put('meta', { key: 'settings', value: { preset: 'strict' } });
    v2.close();
    const s = await ThreadStore.open();
    expect((await s.list({ site: 'claude', limit: 500 })).total).toBe(100);
    expect((await s.list({ search: 'number 42' })).records.map((r) => r.key)).toEqual(['claude:c42']);
    expect((await s.get('claude:c7'))?.reason?.turnIndexes).toEqual([1, 3, 5]);
    expect((await s.getSettings()).preset).toBe('strict');
  });

  it('pages, sorts and filters through the indexes', async () => {
    const s = await ThreadStore.open();
    for (let i = 0; i < 30; i++) {
      await s.end({ ...input(`p${i}`), key: `${i % 2 ? 'claude' : 'chatgpt'}:p${i}`, site: i % 2 ? 'claude' : 'chatgpt',
        endedBy: i % 3 ? 'user' : 'policy', title: `Topic ${i % 5} thread` }, 1000 + i);
    }
    const page2 = await s.list({ offset: 10, limit: 5 });
    expect(page2.total).toBe(30);
    expect(page2.records.map((r) => r.endedAt)).toEqual([1019, 1018, 1017, 1016, 1015]);
    expect((await s.list({ sort: 'oldest', limit: 2 })).records.map((r) => r.endedAt)).toEqual([1000, 1001]);
    const both = await s.list({ site: 'claude', endedBy: 'policy' });
    expect(both.records.every((r) => r.site === 'claude' && r.endedBy === 'policy')).toBe(true);
    expect(both.total).toBe(5);
    const topic = await s.list({ search: 'topic 3', sort: 'oldest' });
    expect(topic.records.map((r) => r.endedAt)).toEqual([1003, 1008, 1013, 1018, 1023, 1028]);
    expect((await s.list({ search: 'nothing-like-this' })).total).toBe(0);
  });

  it('exports and imports every record, merging by updatedAt', async () => {
    const s = await ThreadStore.open();
    await s.end(input('a'), 10);
    await s.end(input('b', { endedBy: 'policy' }), 20);
    await s.setFeedback('chatgpt:a', { rating: 'right', comment: 'ok' }, 30);
    const exported = await s.exportAll();
    await s.wipe();
    expect((await s.list()).total).toBe(0);
    expect(await s.importRecords(exported)).toEqual({ added: 2, updated: 0, kept: 0 });
    expect(await s.exportAll()).toEqual(exported);
    expect(await s.importRecords(exported)).toEqual({ added: 0, updated: 0, kept: 2 });
  });

  it('records branch lineage and prunes by retention', async () => {
    const s = await ThreadStore.open();
    await s.end(input('root'), 1);
    await s.linkBranch({ key: 'chatgpt:kid', site: 'chatgpt', threadId: 'kid', url: 'u', title: 't', branchOf: { key: 'chatgpt:root', turn: 2 } });
    expect((await s.branchesOf('chatgpt:root')).map((r) => r.key)).toEqual(['chatgpt:kid']);
    expect(await s.prune(1, 2 * 86_400_000)).toBe(1);
    expect(await s.get('chatgpt:root')).toBeUndefined();
    expect(await s.get('chatgpt:kid')).toBeDefined();
  });
});

describe('kept counts', () => {
  it('match a full recount after any sequence of writes', async () => {
    const fc = (await import('fast-check')).default;
    await fc.assert(fc.asyncProperty(fc.array(fc.tuple(fc.constantFrom('end', 'endp', 'undo', 'delete', 'reopen', 'import', 'prune', 'wipe'),
      fc.integer({ min: 0, max: 6 })), { maxLength: 40 }), async (ops) => {
      globalThis.indexedDB = new IDBFactory();
      const s = await ThreadStore.open();
      await s.counts(); // start counting before the writes, so every write must keep them
      let t = 1000;
      for (const [op, i] of ops) {
        t += 1;
        const key = `${i % 2 ? 'claude' : 'chatgpt'}:k${i}`;
        const base = { ...input(`k${i}`), key, site: (i % 2 ? 'claude' : 'chatgpt') as 'claude' | 'chatgpt' };
        try {
          if (op === 'end') await s.end(base, t);
          if (op === 'endp') await s.end({ ...base, endedBy: 'policy' }, t);
          if (op === 'undo') await s.undo(key, t);
          if (op === 'delete') await s.delete(key);
          if (op === 'reopen') await s.reopen(key, t);
          if (op === 'import') await s.importRecords([{ key, site: base.site, threadId: `k${i}`, status: 'ended', endedBy: 'site', endedAt: t,
            reason: { code: 'site-ended', categories: [], turnIndexes: [] }, title: 'imp', url: 'u', createdAt: t, updatedAt: t + 5000 }]);
          if (op === 'prune') await s.prune(1, t + 86_400_000 + 2);
          if (op === 'wipe') await s.wipe();
        } catch { /* refused operations change nothing */ }
      }
      const all = (await s.exportAll()).filter((r) => r.status === 'ended' && r.endedAt !== undefined);
      const c = await s.counts();
      expect(c.all).toBe(all.length);
      for (const site of ['chatgpt', 'claude']) expect(c.site[site] ?? 0).toBe(all.filter((r) => r.site === site).length);
      for (const by of ['user', 'policy', 'site']) expect(c.endedBy[by] ?? 0).toBe(all.filter((r) => r.endedBy === by).length);
      expect((await s.list()).total).toBe(all.length);
      s.close();
    }), { numRuns: 60 });
  });
});

describe('settings', () => {
  it('two saves at once both land', async () => {
    const s = await ThreadStore.open();
    await Promise.all([s.setSettings({ disabledSites: ['grok'] }), s.setSettings({ allowReopen: true }), s.setSettings({ retentionDays: 30 })]);
    expect(await s.getSettings()).toMatchObject({ disabledSites: ['grok'], allowReopen: true, retentionDays: 30 });
  });
});

describe('settings kept in memory', () => {
  it('saves that overlap all land, and reads after them see every one', async () => {
    const s = await ThreadStore.open();
    await s.getSettings(); // cached
    const saves = [s.setSettings({ preset: 'strict' }), s.setSettings({ disabledSites: ['grok'] }), s.setSettings({ allowReopen: true }),
      s.getSettings(), s.setSettings({ retentionDays: 3650 }), s.getSettings()];
    await Promise.all(saves);
    expect(await s.getSettings()).toMatchObject({ preset: 'strict', disabledSites: ['grok'], allowReopen: true, retentionDays: 3650 });
    s.close();
    expect(await (await ThreadStore.open()).getSettings()).toMatchObject({ preset: 'strict', allowReopen: true, retentionDays: 3650 });
  });
  it('a wipe forgets them', async () => {
    const s = await ThreadStore.open();
    await s.setSettings({ preset: 'strict' });
    await s.wipe();
    expect((await s.getSettings()).preset).toBe('standard');
  });
});
