// The only owner of persistent state. Thread records in IndexedDB, in the extension's origin.
import { wrap, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { DB_NAME, DB_VERSION, upgrade, type HangupDB } from './schema';
import {
  DEFAULT_SETTINGS, UNDO_WINDOW_MS, titleWords, type ReasonStats, type EndReason, type EndedBy, type Feedback, type Settings,
  type SiteId, type ThreadRecord,
} from '../shared/types';

export interface EndInput {
  key: string; site: SiteId; threadId: string; url: string; title: string;
  endedBy: EndedBy; reason: EndReason; turnsAtEnd: number; endMarker?: string;
}

export interface ListQuery {
  site?: SiteId; endedBy?: EndedBy; search?: string;
  sort?: 'newest' | 'oldest'; offset?: number; limit?: number;
}


export class StoreError extends Error {}

export interface Counts { all: number; site: Record<string, number>; endedBy: Record<string, number> }

/** Whether a record is in the ended lists (the endedAt index holds exactly these). */
const listed = (r: ThreadRecord): boolean => r.status === 'ended' && r.endedAt !== undefined;
function bump(c: Counts, r: ThreadRecord, by: 1 | -1): void {
  if (!listed(r)) return;
  c.all += by;
  c.site[r.site] = (c.site[r.site] ?? 0) + by;
  if (r.endedBy) c.endedBy[r.endedBy] = (c.endedBy[r.endedBy] ?? 0) + by;
}

export class ThreadStore {
  private constructor(private readonly db: IDBPDatabase<HangupDB>) {}

  /** Open (and upgrade) the database from a given IndexedDB factory: the browser's, or an in-memory one. */
  static async open(name = DB_NAME, factory: IDBFactory = globalThis.indexedDB): Promise<ThreadStore> {
    if (!factory) throw new StoreError('IndexedDB is not available');
    const request = factory.open(name, DB_VERSION);
    request.addEventListener('upgradeneeded', (event) => {
      const tx = wrap(request.transaction!) as unknown as IDBPTransaction<HangupDB, ('threads' | 'meta')[], 'versionchange'>;
      upgrade(wrap(request.result) as unknown as IDBPDatabase<HangupDB>, event.oldVersion, tx).catch((e) => {
        console.error('[hangup] upgrade failed; nothing is changed', e);
        try { request.transaction?.abort(); } catch { /* already finished */ }
      });
    });
    request.addEventListener('blocked', () => console.warn('[hangup] database upgrade waits for another context to close'));
    const db = await (wrap(request) as unknown as Promise<IDBPDatabase<HangupDB>>);
    return new ThreadStore(db);
  }

  close(): void { this.db.close(); }

  get(key: string): Promise<ThreadRecord | undefined> { return this.db.get('threads', key); }

  /**
   * End a thread. The first ending wins: ending an ended thread returns it unchanged, so two
   * tabs racing to end the same thread agree on one record.
   */
  async end(input: EndInput, now = Date.now()): Promise<ThreadRecord> {
    const tx = this.db.transaction(['threads', 'meta'], 'readwrite');
    const threads = tx.objectStore('threads');
    const existing = await threads.get(input.key);
    if (existing?.status === 'ended') {
      // Another path of an edit-in-place thread ended too: remember its marker as well.
      const m = input.endMarker;
      if (m && existing.endMarker && m !== existing.endMarker && !(existing.endMarkers ?? []).includes(m)) {
        const next = { ...existing, endMarkers: [...(existing.endMarkers ?? []), m].slice(-100), updatedAt: now };
        await threads.put(next);
        await tx.done;
        return next;
      }
      await tx.done;
      return existing;
    }
    const rec: ThreadRecord = {
      ...(existing ?? { createdAt: now }),
      key: input.key, site: input.site, threadId: input.threadId,
      status: 'ended', endedBy: input.endedBy, reason: input.reason, endedAt: now,
      turnsAtEnd: input.turnsAtEnd, title: input.title, url: input.url, updatedAt: now,
      titleWords: titleWords(input.title),
    };
    if (input.endMarker) rec.endMarker = input.endMarker; else delete rec.endMarker;
    delete rec.reopenedAt;
    if (input.endedBy === 'user') rec.undoUntil = now + UNDO_WINDOW_MS;
    else delete rec.undoUntil;
    await this.adjust(tx, existing, rec);
    await threads.put(rec);
    await tx.done;
    return rec;
  }

  /** Undo the user's own ending inside its window; policy and site endings cannot be undone. */
  async undo(key: string, now = Date.now()): Promise<ThreadRecord> {
    const tx = this.db.transaction(['threads', 'meta'], 'readwrite');
    const threads = tx.objectStore('threads');
    const rec = await threads.get(key);
    if (!rec || rec.status !== 'ended') throw new StoreError('This chat is not ended');
    if (rec.endedBy !== 'user' || !rec.undoUntil || now > rec.undoUntil) {
      throw new StoreError('This ending can no longer be undone');
    }
    const next: ThreadRecord = { ...rec, status: 'active', updatedAt: now };
    for (const f of ['endedBy', 'reason', 'endedAt', 'turnsAtEnd', 'undoUntil', 'feedback', 'endMarker', 'endMarkers'] as const) delete next[f];
    await this.adjust(tx, rec, next);
    await threads.put(next);
    await tx.done;
    return next;
  }

  async setFeedback(key: string, fb: Omit<Feedback, 'at'>, now = Date.now()): Promise<ThreadRecord> {
    const tx = this.db.transaction(['threads', 'meta'], 'readwrite');
    const threads = tx.objectStore('threads');
    const rec = await threads.get(key);
    if (!rec || rec.status !== 'ended') throw new StoreError('Feedback can only be given on an ended chat');
    const next: ThreadRecord = { ...rec, feedback: { ...fb, at: now }, updatedAt: now };
    await threads.put(next);
    await tx.done;
    return next;
  }

  async delete(key: string): Promise<boolean> {
    const tx = this.db.transaction(['threads', 'meta'], 'readwrite');
    const threads = tx.objectStore('threads');
    const before = await threads.get(key);
    const had = before !== undefined;
    if (had) { await this.adjust(tx, before, undefined); await threads.delete(key); }
    await tx.done;
    return had;
  }

  /** Counts of ended threads (all, per site, per who ended), kept in `meta` by every write. */
  async counts(): Promise<Counts> {
    const row = await this.db.get('meta', 'counts');
    if (row) return row.value as Counts;
    // First use (or after a wipe): count once, then keep up to date.
    const tx = this.db.transaction(['threads', 'meta'], 'readwrite');
    const c: Counts = { all: 0, site: {}, endedBy: {} };
    let cursor = await tx.objectStore('threads').index('endedAt').openCursor();
    while (cursor) { bump(c, cursor.value, 1); cursor = await cursor.continue(); }
    await tx.objectStore('meta').put({ key: 'counts', value: c });
    await tx.done;
    return c;
  }

  /** Apply one record's change to the stored counts, inside the writing transaction. */
  private async adjust(tx: IDBPTransaction<HangupDB, ('threads' | 'meta')[], 'readwrite'>, before?: ThreadRecord, after?: ThreadRecord): Promise<void> {
    const meta = tx.objectStore('meta');
    const row = await meta.get('counts');
    if (!row) return; // not counted yet: counts() will count from scratch
    const c = row.value as Counts;
    if (before) bump(c, before, -1);
    if (after) bump(c, after, 1);
    await meta.put({ key: 'counts', value: c });
  }

  /**
   * Ended threads through the indexes: a site or who-ended filter walks its compound index, a
   * search starts from the title-word index (prefix of the first word), so no query scans the
   * whole store. `total` counts every match; `offset`/`limit` give the page the list shows.
   */
  async list(q: ListQuery = {}): Promise<{ records: ThreadRecord[]; total: number }> {
    const limit = q.limit ?? 100;
    const offset = q.offset ?? 0;
    const dir = q.sort === 'oldest' ? 'next' : 'prev';
    const words = q.search ? titleWords(q.search) : [];
    // Read before the list's own transaction: awaiting another one would let it finish.
    const kept = !words.length && !(q.site && q.endedBy) ? await this.counts() : null;
    const tx = this.db.transaction('threads');
    const threads = tx.store;
    const match = (r: ThreadRecord): boolean => r.status === 'ended' && (!q.site || r.site === q.site)
      && (!q.endedBy || r.endedBy === q.endedBy)
      && words.every((w) => (r.titleWords ?? []).some((t) => t.startsWith(w)) || r.site.startsWith(w));
    if (words.length) {
      const first = words[0]!;
      const hits = await threads.index('titleWords').getAll(IDBKeyRange.bound(first, `${first}\uffff`));
      const seen = new Set<string>();
      const all = hits.filter((r) => !seen.has(r.key) && (seen.add(r.key), match(r)))
        .sort((a, b) => (dir === 'prev' ? (b.endedAt ?? 0) - (a.endedAt ?? 0) : (a.endedAt ?? 0) - (b.endedAt ?? 0)));
      return { records: all.slice(offset, offset + limit), total: all.length };
    }
    let source; let range: IDBKeyRange | null = null;
    if (q.site) { source = threads.index('site_endedAt'); range = IDBKeyRange.bound([q.site, -Infinity], [q.site, Infinity]); }
    else if (q.endedBy) { source = threads.index('endedBy_endedAt'); range = IDBKeyRange.bound([q.endedBy, -Infinity], [q.endedBy, Infinity]); }
    else source = threads.index('endedAt');
    const needsFilter = !!(q.site && q.endedBy);
    const records: ThreadRecord[] = [];
    let total: number;
    if (!needsFilter) {
      // Counting an index walks it (hundreds of ms for 10,000 records in Chromium): use the
      // counts kept up to date by every write instead.
      const c = kept!;
      total = q.site ? c.site[q.site] ?? 0 : q.endedBy ? c.endedBy[q.endedBy] ?? 0 : c.all;
      let cursor = await source.openCursor(range, dir);
      if (cursor && offset) cursor = await cursor.advance(offset);
      while (cursor && records.length < limit) {
        if (cursor.value.status === 'ended') records.push(cursor.value);
        cursor = await cursor.continue();
      }
    } else {
      total = 0;
      let cursor = await source.openCursor(range, dir);
      while (cursor) {
        if (match(cursor.value)) { if (total >= offset && records.length < limit) records.push(cursor.value); total++; }
        cursor = await cursor.continue();
      }
    }
    return { records, total };
  }

  /** Threads branched from this one (lineage). */
  async branchesOf(key: string): Promise<ThreadRecord[]> {
    return this.db.getAllFromIndex('threads', 'branchFrom', key);
  }

  /** Record a branch: an active thread that continues an earlier one from a given turn. */
  async linkBranch(input: { key: string; site: SiteId; threadId: string; url: string; title: string;
    branchOf: { key: string; turn: number } }, now = Date.now()): Promise<ThreadRecord> {
    const tx = this.db.transaction(['threads', 'meta'], 'readwrite');
    const threads = tx.objectStore('threads');
    const existing = await threads.get(input.key);
    const rec: ThreadRecord = existing
      ? { ...existing, branchOf: existing.branchOf ?? input.branchOf, updatedAt: now }
      : { key: input.key, site: input.site, threadId: input.threadId, status: 'active', title: input.title, url: input.url,
        createdAt: now, updatedAt: now, branchOf: input.branchOf, titleWords: titleWords(input.title) };
    await threads.put(rec);
    await tx.done;
    return rec;
  }

  /** Reopen an ended thread (only when the user's settings allow it; checked by the caller). */
  async reopen(key: string, now = Date.now()): Promise<ThreadRecord> {
    const tx = this.db.transaction(['threads', 'meta'], 'readwrite');
    const threads = tx.objectStore('threads');
    const rec = await threads.get(key);
    if (!rec || rec.status !== 'ended') throw new StoreError('This chat is not ended');
    const next: ThreadRecord = { ...rec, status: 'active', reopenedAt: now, updatedAt: now };
    for (const f of ['endedAt', 'undoUntil', 'endMarker', 'turnsAtEnd'] as const) delete next[f];
    await this.adjust(tx, rec, next);
    await threads.put(next);
    await tx.done;
    return next;
  }

  async exportAll(): Promise<ThreadRecord[]> {
    return (await this.db.getAll('threads')).map(({ titleWords: _w, ...r }) => r as ThreadRecord);
  }

  /** Merge validated records: for a key present on both sides the later `updatedAt` wins. */
  async importRecords(records: readonly ThreadRecord[]): Promise<{ added: number; updated: number; kept: number }> {
    const tx = this.db.transaction(['threads', 'meta'], 'readwrite');
    const threads = tx.objectStore('threads');
    let added = 0; let updated = 0; let kept = 0;
    for (const r of records) {
      const cur = await threads.get(r.key);
      if (cur && cur.updatedAt >= r.updatedAt) { kept++; continue; }
      await this.adjust(tx, cur, r);
      await threads.put({ ...r, titleWords: titleWords(r.title) });
      if (cur) updated++; else added++;
    }
    await tx.done;
    return { added, updated, kept };
  }

  async wipe(): Promise<void> {
    const tx = this.db.transaction(['threads', 'meta'], 'readwrite');
    await Promise.all([tx.objectStore('threads').clear(), tx.objectStore('meta').clear(), tx.done]);
  }

  /** Endings and feedback per reason, read through the endedAt index. */
  async stats(): Promise<ReasonStats[]> {
    const by = new Map<string, ReasonStats>();
    let cursor = await this.db.transaction('threads').store.index('endedAt').openCursor();
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

  /** Delete ended records older than the retention window. Returns how many went. */
  async prune(retentionDays: number, now = Date.now()): Promise<number> {
    if (!retentionDays) return 0;
    const tx = this.db.transaction(['threads', 'meta'], 'readwrite');
    const threads = tx.objectStore('threads');
    let n = 0;
    let cursor = await threads.index('endedAt').openCursor(IDBKeyRange.upperBound(now - retentionDays * 86_400_000));
    while (cursor) { await this.adjust(tx, cursor.value, undefined); await cursor.delete(); n++; cursor = await cursor.continue(); }
    await tx.done;
    return n;
  }

  /** Thread ids ended on one site: the content script keeps them to lock on route change at once. */
  async endedIds(site: SiteId): Promise<string[]> {
    const ids: string[] = [];
    let cursor = await this.db.transaction('threads').store.index('site').openCursor(IDBKeyRange.only(site));
    while (cursor) {
      if (cursor.value.status === 'ended') ids.push(cursor.value.threadId);
      cursor = await cursor.continue();
    }
    return ids;
  }

  async allEnded(): Promise<ThreadRecord[]> {
    return this.db.getAllFromIndex('threads', 'endedAt');
  }

  async getSettings(): Promise<Settings> {
    const row = await this.db.get('meta', 'settings');
    return { ...DEFAULT_SETTINGS, ...(row?.value as Partial<Settings> | undefined) };
  }

  /** Read-modify-write in one transaction: two saves at once (two switches flipped quickly) both land. */
  async setSettings(patch: Partial<Settings>): Promise<Settings> {
    const tx = this.db.transaction('meta', 'readwrite');
    const row = await tx.store.get('settings');
    const next = { ...DEFAULT_SETTINGS, ...(row?.value as Partial<Settings> | undefined), ...patch };
    await tx.store.put({ key: 'settings', value: next });
    await tx.done;
    return next;
  }
}
