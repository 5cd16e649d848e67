// IndexedDB schema and its migrations. Every version ever shipped has an upgrade step here, and
// test/unit/store.test.ts builds each older shape by hand and checks that every record survives.
import type { IDBPDatabase, IDBPTransaction, DBSchema } from 'idb';
import type { ThreadRecord, Settings } from '../shared/types';

export const DB_NAME = 'hangup';
export const DB_VERSION = 2;

export interface HangupDB extends DBSchema {
  threads: {
    key: string;
    value: ThreadRecord;
    indexes: { endedAt: number; site: string; endedBy: string };
  };
  meta: { key: string; value: { key: string; value: unknown } };
}

/** Version 1 (the prototype): `ended: boolean`, `endedBy`, no status, no reason, no indexes. */
export interface V1Thread {
  key: string; site: string; threadId: string; ended: boolean;
  endedBy?: 'user' | 'policy' | 'site'; endedAt?: number; title?: string; url?: string;
}

type UpgradeTx = IDBPTransaction<HangupDB, ('threads' | 'meta')[], 'versionchange'>;

export async function upgrade(db: IDBPDatabase<HangupDB>, oldVersion: number, tx: UpgradeTx): Promise<void> {
  if (oldVersion < 1) {
    db.createObjectStore('threads', { keyPath: 'key' });
  }
  if (oldVersion < 2) {
    const threads = tx.objectStore('threads');
    threads.createIndex('endedAt', 'endedAt');
    threads.createIndex('site', 'site');
    threads.createIndex('endedBy', 'endedBy');
    db.createObjectStore('meta', { keyPath: 'key' });
    if (oldVersion === 1) {
      let cursor = await threads.openCursor();
      while (cursor) {
        await cursor.update(migrateV1(cursor.value as unknown as V1Thread));
        cursor = await cursor.continue();
      }
    }
  }
}

export function migrateV1(old: V1Thread): ThreadRecord {
  const now = old.endedAt ?? Date.now();
  const rec: ThreadRecord = {
    key: old.key,
    site: old.site as ThreadRecord['site'],
    threadId: old.threadId,
    status: old.ended ? 'ended' : 'active',
    title: old.title ?? '',
    url: old.url ?? '',
    createdAt: now,
    updatedAt: now,
  };
  if (old.ended) {
    rec.endedBy = old.endedBy ?? 'user';
    rec.endedAt = now;
    rec.reason = { code: rec.endedBy === 'policy' ? 'persistent-abuse' : rec.endedBy === 'site' ? 'site-ended' : 'user-request',
      categories: [], turnIndexes: [] };
  }
  return rec;
}

export type { Settings };
