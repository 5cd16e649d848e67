// The only owner of persistent state. Thread records in IndexedDB, in the extension's origin.
import { wrap, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { DB_NAME, DB_VERSION, upgrade, type HangupDB, type StoreName } from './schema';
import { PolicyStore } from './policy-store';
import { SearchIndex } from './search-index';
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

export interface ImportResult { added: number; updated: number; kept: number }

/** An import that stopped part-way: the records before `notImported` are merged, these are not. */
export class ImportError extends StoreError {
  constructor(readonly done: ImportResult, readonly notImported: string[], cause: unknown) {
    const why = (cause as { name?: string })?.name === 'QuotaExceededError' ? 'the browser has no space left for Hangup\'s records'
      : String((cause as Error)?.message ?? cause);
    super(`${(done.added + done.updated + done.kept).toLocaleString('en')} records were imported; the other `
      + `${notImported.length.toLocaleString('en')}, from ${notImported[0]} on, were not: ${why}`);
  }
}

/** Records per import transaction; each chunk is all-or-nothing. */
export const IMPORT_CHUNK = 500;
/** Records per read while the search index is built. */
export const INDEX_SLICE = 1000;

type WriteTx = IDBPTransaction<HangupDB, ('threads' | 'meta')[], 'readwrite'>;

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
  /** The policy's per-thread state and judged turns, in the same database. */
  readonly policy: PolicyStore;
  private constructor(private readonly db: IDBPDatabase<HangupDB>) { this.policy = new PolicyStore(db); }

  /** Open (and upgrade) the database from a given IndexedDB factory: the browser's, or an in-memory one. */
  static async open(name = DB_NAME, factory: IDBFactory = globalThis.indexedDB): Promise<ThreadStore> {
    if (!factory) throw new StoreError('IndexedDB is not available');
    const request = factory.open(name, DB_VERSION);
    request.addEventListener('upgradeneeded', (event) => {
      const tx = wrap(request.transaction!) as unknown as IDBPTransaction<HangupDB, StoreName[], 'versionchange'>;
      upgrade(wrap(request.result) as unknown as IDBPDatabase<HangupDB>, event.oldVersion, tx).catch((e) => {
        console.error('[hangup] upgrade failed; nothing is changed', e);
        try { request.transaction?.abort(); } catch { /* already finished */ }
      });
    });
    request.addEventListener('blocked', () => console.warn('[hangup] database upgrade waits for another context to close'));
    const db = await (wrap(request) as unknown as Promise<IDBPDatabase<HangupDB>>);
    return new ThreadStore(db);
  }

  close(): void { this.search = null; this.building = null; this.db.close(); }

  get(key: string): Promise<ThreadRecord | undefined> { return this.db.get('threads', key); }

  // Title search (and the per-reason stats) run over an in-memory index (search-index.ts) rather
  // than deserialising every record the title-word index yields (or walking the endedAt index for
  // stats). This instance is the only writer of 'threads', and every write transaction comes from
  // `writeTx()`: what it changed reaches the index when, and only if, it commits. The index is
  // built lazily from a read of the whole store (warmed by the popup's first page); writes that
  // commit while it is built are replayed on it. A service-worker restart drops it and the next
  // search builds it again.
  private search: SearchIndex | null = null;
  private building: { done: Promise<SearchIndex>; pending: ((ix: SearchIndex) => void)[] } | null = null;
  /** Write transactions not yet finished (and applied to the index), and who waits for none. */
  private writes = 0;
  private idle: (() => void)[] = [];

  /** A read-write transaction on threads and meta; `changed(key, rec)` notes what it puts or deletes. */
  private writeTx(): { tx: WriteTx; changed: (key: string, rec: ThreadRecord | undefined) => void; cleared: () => void } {
    const tx = this.db.transaction(['threads', 'meta'], 'readwrite');
    const ops: ((ix: SearchIndex) => void)[] = [];
    this.writes++;
    // Registered before any caller awaits tx.done, so the index is up to date when the caller resumes.
    tx.done.then(() => {
      if (this.search) for (const op of ops) op(this.search);
      else this.building?.pending.push(...ops);
    }, () => { /* aborted: nothing changed */ }).finally(() => {
      if (--this.writes === 0) for (const wake of this.idle.splice(0)) wake();
    });
    return { tx, changed: (key, rec) => ops.push((ix) => ix.set(key, rec)), cleared: () => ops.push((ix) => ix.clear()) };
  }

  private searchIndex(): Promise<SearchIndex> {
    if (this.search) return Promise.resolve(this.search);
    if (!this.building) {
      const pending: ((ix: SearchIndex) => void)[] = [];
      const done = this.readIndex(pending).then((ix) => {
        if (this.building?.done === done) { this.search = ix; this.building = null; }
        return ix;
      }, (e) => { if (this.building?.done === done) this.building = null; throw e; });
      this.building = { done, pending };
    }
    return this.building.done;
  }

  /**
   * The whole store, read in slices of INDEX_SLICE records, each its own transaction: the worker
   * answers other requests in between instead of deserialising 10,000 records in one go. Writes
   * that commit meanwhile land in `pending` and are replayed after the last slice, in commit
   * order, so the index ends as the store is.
   */
  private async readIndex(pending: ((ix: SearchIndex) => void)[]): Promise<SearchIndex> {
    const ix = new SearchIndex();
    for (let after: string | null = null; ;) {
      const slice: ThreadRecord[] = await this.db.getAll('threads', after === null ? null : IDBKeyRange.lowerBound(after, true), INDEX_SLICE);
      for (const r of slice) ix.set(r.key, r);
      if (slice.length < INDEX_SLICE) break;
      after = slice[slice.length - 1]!.key;
    }
    for (const op of pending) op(ix);
    return ix;
  }

  /** Build the search index soon, after the current request has answered. */
  private warmSearch(): void {
    if (this.search || this.building) return;
    setTimeout(() => { this.searchIndex().catch(() => { /* the next search builds it and reports */ }); }, 0);
  }

  /**
   * End a thread. The first ending wins: ending an ended thread returns it unchanged, so two
   * tabs racing to end the same thread agree on one record.
   */
  async end(input: EndInput, now = Date.now()): Promise<ThreadRecord> {
    const { tx, changed } = this.writeTx();
    const threads = tx.objectStore('threads');
    const existing = await threads.get(input.key);
    if (existing?.status === 'ended') {
      // Another path of an edit-in-place thread ended too: remember its marker as well.
      const m = input.endMarker;
      if (m && existing.endMarker && m !== existing.endMarker && !(existing.endMarkers ?? []).includes(m)) {
        const next = { ...existing, endMarkers: [...(existing.endMarkers ?? []), m].slice(-100), updatedAt: now };
        await threads.put(next);
        changed(next.key, next);
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
    changed(rec.key, rec);
    await tx.done;
    return rec;
  }

  /** Undo the user's own ending inside its window; policy and site endings cannot be undone. */
  /** A stored thread's title changed on the page (sites rename threads after the first answers). */
  async setTitle(key: string, title: string, now = Date.now()): Promise<ThreadRecord | null> {
    const { tx, changed } = this.writeTx();
    const threads = tx.objectStore('threads');
    const rec = await threads.get(key);
    if (!rec) { await tx.done; return null; }
    const next = { ...rec, title, titleWords: titleWords(title), updatedAt: now };
    await threads.put(next);
    changed(key, next);
    await tx.done;
    return next;
  }

  async undo(key: string, now = Date.now()): Promise<ThreadRecord> {
    const { tx, changed } = this.writeTx();
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
    changed(key, next);
    await tx.done;
    return next;
  }

  async setFeedback(key: string, fb: Omit<Feedback, 'at'>, now = Date.now()): Promise<ThreadRecord> {
    const { tx, changed } = this.writeTx();
    const threads = tx.objectStore('threads');
    const rec = await threads.get(key);
    if (!rec || rec.status !== 'ended') throw new StoreError('Feedback can only be given on an ended chat');
    const next: ThreadRecord = { ...rec, feedback: { ...fb, at: now }, updatedAt: now };
    await threads.put(next);
    changed(key, next);
    await tx.done;
    return next;
  }

  async delete(key: string): Promise<boolean> {
    const { tx, changed } = this.writeTx();
    const threads = tx.objectStore('threads');
    const before = await threads.get(key);
    const had = before !== undefined;
    if (had) { await this.adjust(tx, before, undefined); await threads.delete(key); changed(key, undefined); }
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
  private async adjust(tx: WriteTx, before?: ThreadRecord, after?: ThreadRecord): Promise<void> {
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
   * search filters and sorts the in-memory search index and reads only the page's records, so no
   * query deserialises the whole store. `total` counts every match; `offset`/`limit` give the
   * page the list shows. Equal `endedAt` times come by key, in the direction of the sort.
   */
  async list(q: ListQuery = {}): Promise<{ records: ThreadRecord[]; total: number }> {
    const limit = q.limit ?? 100;
    const offset = q.offset ?? 0;
    const dir = q.sort === 'oldest' ? 'next' : 'prev';
    const words = q.search ? titleWords(q.search) : [];
    if (words.length) return this.searchList(words, q, offset, limit);
    // The popup's first page (the pre-paint lock's own read asks for 1,000): build the search
    // index now, so the first keystroke does not wait for it.
    if (offset === 0 && limit <= 100) this.warmSearch();
    // Read before the list's own transaction: awaiting another one would let it finish.
    const kept = !(q.site && q.endedBy) ? await this.counts() : null;
    const tx = this.db.transaction('threads');
    const threads = tx.store;
    const match = (r: ThreadRecord): boolean => r.status === 'ended' && (!q.site || r.site === q.site)
      && (!q.endedBy || r.endedBy === q.endedBy);
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

  private async searchList(words: string[], q: ListQuery, offset: number, limit: number): Promise<{ records: ThreadRecord[]; total: number }> {
    for (let attempt = 0; ; attempt++) {
      const ix = this.search ?? await this.searchIndex();
      // The index and the page's read must reflect the same writes: read when no write transaction
      // is unfinished. Every earlier one has then committed and reached the index, and IndexedDB
      // orders any later one after this read. (From here to the transaction, nothing awaits; with
      // the index built and no write under way, that is at once, as the title-word index was read.)
      if (this.writes) { await new Promise<void>((wake) => this.idle.push(wake)); continue; }
      const keys = ix.search({ words, site: q.site, endedBy: q.endedBy, sort: q.sort });
      const tx = this.db.transaction('threads');
      const records = await Promise.all(keys.slice(offset, offset + limit).map((k) => tx.store.get(k)));
      if (records.every((r) => r !== undefined)) return { records, total: keys.length };
      // Only a writer other than this instance could get here: build the index again, once.
      if (attempt) throw new StoreError('The search index is out of step with the store');
      console.warn('[hangup] the search index was out of step with the store; building it again');
      this.search = null;
    }
  }

  /** Threads branched from this one (lineage). */
  async branchesOf(key: string): Promise<ThreadRecord[]> {
    return this.db.getAllFromIndex('threads', 'branchFrom', key);
  }

  /** Record a branch: an active thread that continues an earlier one from a given turn. */
  async linkBranch(input: { key: string; site: SiteId; threadId: string; url: string; title: string;
    branchOf: { key: string; turn: number } }, now = Date.now()): Promise<ThreadRecord> {
    const { tx, changed } = this.writeTx();
    const threads = tx.objectStore('threads');
    const existing = await threads.get(input.key);
    const rec: ThreadRecord = existing
      ? { ...existing, branchOf: existing.branchOf ?? input.branchOf, updatedAt: now }
      : { key: input.key, site: input.site, threadId: input.threadId, status: 'active', title: input.title, url: input.url,
        createdAt: now, updatedAt: now, branchOf: input.branchOf, titleWords: titleWords(input.title) };
    await threads.put(rec);
    changed(rec.key, rec);
    await tx.done;
    return rec;
  }

  /** Reopen an ended thread (only when the user's settings allow it; checked by the caller). */
  async reopen(key: string, now = Date.now()): Promise<ThreadRecord> {
    const { tx, changed } = this.writeTx();
    const threads = tx.objectStore('threads');
    const rec = await threads.get(key);
    if (!rec || rec.status !== 'ended') throw new StoreError('This chat is not ended');
    const next: ThreadRecord = { ...rec, status: 'active', reopenedAt: now, updatedAt: now };
    for (const f of ['endedAt', 'undoUntil', 'endMarker', 'turnsAtEnd'] as const) delete next[f];
    await this.adjust(tx, rec, next);
    await threads.put(next);
    changed(key, next);
    await tx.done;
    return next;
  }

  async exportAll(): Promise<ThreadRecord[]> {
    return (await this.db.getAll('threads')).map(({ titleWords: _w, ...r }) => r as ThreadRecord);
  }

  /**
   * Merge validated records: for a key present on both sides the later `updatedAt` wins. In chunks
   * of IMPORT_CHUNK, one transaction each: the chunk's stored records read at once, its writes and
   * the kept counts (once) in the same transaction, so a chunk is all-or-nothing. A chunk that fails
   * stops the import with an ImportError naming the records not imported; earlier chunks stay.
   */
  async importRecords(records: readonly ThreadRecord[]): Promise<ImportResult> {
    const sum: ImportResult = { added: 0, updated: 0, kept: 0 };
    for (let i = 0; i < records.length; i += IMPORT_CHUNK) {
      const chunk = records.slice(i, i + IMPORT_CHUNK);
      let r: ImportResult;
      try { r = await this.importChunk(chunk); } catch (e) {
        throw new ImportError(sum, records.slice(i).map((x) => x.key), e);
      }
      sum.added += r.added; sum.updated += r.updated; sum.kept += r.kept;
    }
    return sum;
  }

  private async importChunk(chunk: readonly ThreadRecord[]): Promise<ImportResult> {
    const { tx, changed } = this.writeTx();
    const writes: Promise<unknown>[] = [];
    try {
      const threads = tx.objectStore('threads');
      const meta = tx.objectStore('meta');
      const [stored, row] = await Promise.all([Promise.all(chunk.map((r) => threads.get(r.key))), meta.get('counts')]);
      // Each key as it stands so far in this chunk (a key may come twice: the later one sees the first).
      const current = new Map<string, ThreadRecord | undefined>();
      chunk.forEach((r, i) => { if (!current.has(r.key)) current.set(r.key, stored[i]); });
      const c = row?.value as Counts | undefined; // not counted yet: counts() will count from scratch
      let added = 0; let updated = 0; let kept = 0;
      for (const r of chunk) {
        const cur = current.get(r.key);
        if (cur && cur.updatedAt >= r.updatedAt) { kept++; continue; }
        if (c) { if (cur) bump(c, cur, -1); bump(c, r, 1); }
        const rec = { ...r, titleWords: titleWords(r.title) };
        current.set(r.key, rec);
        writes.push(threads.put(rec));
        changed(rec.key, rec);
        if (cur) updated++; else added++;
      }
      if (c && writes.length) writes.push(meta.put({ key: 'counts', value: c }));
      await Promise.all([...writes, tx.done]);
      return { added, updated, kept };
    } catch (e) {
      // A put refused at once (a value that cannot be stored) leaves the earlier ones pending: undo them.
      try { tx.abort(); } catch { /* already aborted */ }
      for (const w of writes) w.catch(() => { /* aborted with the chunk */ });
      throw e;
    }
  }

  async wipe(): Promise<void> {
    const { tx, cleared } = this.writeTx();
    cleared();
    await Promise.all([tx.objectStore('threads').clear(), tx.objectStore('meta').clear(), tx.done]);
    this.settingsChanged();
    await this.policy.clear();
  }

  /** Endings and feedback per reason (the records in the endedAt index), from the in-memory index. */
  async stats(): Promise<ReasonStats[]> {
    for (;;) {
      const ix = this.search ?? await this.searchIndex();
      if (!this.writes) return ix.stats(); // every write asked for before this one is in it
      await new Promise<void>((wake) => this.idle.push(wake));
    }
  }

  /** Delete ended records older than the retention window. Returns how many went. */
  async prune(retentionDays: number, now = Date.now()): Promise<number> {
    if (!retentionDays) return 0;
    const { tx, changed } = this.writeTx();
    const threads = tx.objectStore('threads');
    let n = 0;
    let cursor = await threads.index('endedAt').openCursor(IDBKeyRange.upperBound(now - retentionDays * 86_400_000));
    while (cursor) {
      await this.adjust(tx, cursor.value, undefined); await cursor.delete(); changed(cursor.primaryKey, undefined);
      n++; cursor = await cursor.continue();
    }
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

  /** Settings are read on every turn's message; this instance is their only writer, so it keeps
   *  them. A read that overlaps a write (the generation moved) is not kept. */
  private settingsCache: Promise<Settings> | null = null;
  private settingsGen = 0;

  async getSettings(): Promise<Settings> {
    if (!this.settingsCache) {
      const gen = this.settingsGen;
      const p = this.db.get('meta', 'settings').then((row) => ({ ...DEFAULT_SETTINGS, ...(row?.value as Partial<Settings> | undefined) }));
      this.settingsCache = p;
      p.then(() => { if (this.settingsGen !== gen && this.settingsCache === p) this.settingsCache = null; },
        () => { if (this.settingsCache === p) this.settingsCache = null; });
    }
    const s = await this.settingsCache;
    return { ...s, disabledSites: [...s.disabledSites], selfHosted: s.selfHosted.map((o) => ({ ...o })) };
  }

  private settingsChanged(): void { this.settingsGen++; this.settingsCache = null; }

  /** Read-modify-write in one transaction: two saves at once (two switches flipped quickly) both land. */
  async setSettings(patch: Partial<Settings>): Promise<Settings> {
    this.settingsChanged();
    const tx = this.db.transaction('meta', 'readwrite');
    const row = await tx.store.get('settings');
    const next = { ...DEFAULT_SETTINGS, ...(row?.value as Partial<Settings> | undefined), ...patch };
    await tx.store.put({ key: 'settings', value: next });
    await tx.done;
    this.settingsChanged();
    return next;
  }
}
