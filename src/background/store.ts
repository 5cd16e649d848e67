// The only owner of persistent state. Thread records in IndexedDB, in the extension's origin.
import { openDB, type IDBPDatabase } from 'idb';
import { DB_NAME, DB_VERSION, upgrade, type HangupDB } from './schema';
import {
  DEFAULT_SETTINGS, UNDO_WINDOW_MS, type EndReason, type EndedBy, type Feedback, type Settings,
  type SiteId, type ThreadRecord,
} from '../shared/types';

export interface EndInput {
  key: string; site: SiteId; threadId: string; url: string; title: string;
  endedBy: EndedBy; reason: EndReason; turnsAtEnd: number;
}

export interface ListQuery { site?: SiteId; endedBy?: EndedBy; search?: string; limit?: number }

export class StoreError extends Error {}

export class ThreadStore {
  private constructor(private readonly db: IDBPDatabase<HangupDB>) {}

  static async open(name = DB_NAME): Promise<ThreadStore> {
    const db = await openDB<HangupDB>(name, DB_VERSION, {
      upgrade: (d, oldVersion, _newVersion, tx) => { void upgrade(d, oldVersion, tx); },
      blocked: () => console.warn('[hangup] database upgrade waits for another context to close'),
    });
    return new ThreadStore(db);
  }

  close(): void { this.db.close(); }

  get(key: string): Promise<ThreadRecord | undefined> { return this.db.get('threads', key); }

  /**
   * End a thread. The first ending wins: ending an ended thread returns it unchanged, so two
   * tabs racing to end the same thread agree on one record.
   */
  async end(input: EndInput, now = Date.now()): Promise<ThreadRecord> {
    const tx = this.db.transaction('threads', 'readwrite');
    const existing = await tx.store.get(input.key);
    if (existing?.status === 'ended') { await tx.done; return existing; }
    const rec: ThreadRecord = {
      ...(existing ?? { createdAt: now }),
      key: input.key, site: input.site, threadId: input.threadId,
      status: 'ended', endedBy: input.endedBy, reason: input.reason, endedAt: now,
      turnsAtEnd: input.turnsAtEnd, title: input.title, url: input.url, updatedAt: now,
    };
    if (input.endedBy === 'user') rec.undoUntil = now + UNDO_WINDOW_MS;
    else delete rec.undoUntil;
    await tx.store.put(rec);
    await tx.done;
    return rec;
  }

  /** Undo the user's own ending inside its window; policy and site endings cannot be undone. */
  async undo(key: string, now = Date.now()): Promise<ThreadRecord> {
    const tx = this.db.transaction('threads', 'readwrite');
    const rec = await tx.store.get(key);
    if (!rec || rec.status !== 'ended') throw new StoreError('This chat is not ended');
    if (rec.endedBy !== 'user' || !rec.undoUntil || now > rec.undoUntil) {
      throw new StoreError('This ending can no longer be undone');
    }
    const next: ThreadRecord = { ...rec, status: 'active', updatedAt: now };
    for (const f of ['endedBy', 'reason', 'endedAt', 'turnsAtEnd', 'undoUntil', 'feedback'] as const) delete next[f];
    await tx.store.put(next);
    await tx.done;
    return next;
  }

  async setFeedback(key: string, fb: Omit<Feedback, 'at'>, now = Date.now()): Promise<ThreadRecord> {
    const tx = this.db.transaction('threads', 'readwrite');
    const rec = await tx.store.get(key);
    if (!rec || rec.status !== 'ended') throw new StoreError('Feedback can only be given on an ended chat');
    const next: ThreadRecord = { ...rec, feedback: { ...fb, at: now }, updatedAt: now };
    await tx.store.put(next);
    await tx.done;
    return next;
  }

  async delete(key: string): Promise<boolean> {
    const tx = this.db.transaction('threads', 'readwrite');
    const had = (await tx.store.getKey(key)) !== undefined;
    if (had) await tx.store.delete(key);
    await tx.done;
    return had;
  }

  /** Ended threads, newest first, walked through the endedAt index (active records have none). */
  async list(q: ListQuery = {}): Promise<{ records: ThreadRecord[]; total: number }> {
    const limit = q.limit ?? 500;
    const needle = q.search?.trim().toLowerCase();
    const records: ThreadRecord[] = [];
    let total = 0;
    let cursor = await this.db.transaction('threads').store.index('endedAt').openCursor(null, 'prev');
    while (cursor) {
      const r = cursor.value;
      if ((!q.site || r.site === q.site) && (!q.endedBy || r.endedBy === q.endedBy)
        && (!needle || r.title.toLowerCase().includes(needle) || r.site.includes(needle))) {
        total++;
        if (records.length < limit) records.push(r);
      }
      cursor = await cursor.continue();
    }
    return { records, total };
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

  async setSettings(patch: Partial<Settings>): Promise<Settings> {
    const next = { ...(await this.getSettings()), ...patch };
    await this.db.put('meta', { key: 'settings', value: next });
    return next;
  }
}
