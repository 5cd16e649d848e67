// IndexedDB schema and its migrations. Every version ever shipped has an upgrade step here, and
// test/unit/store.test.ts builds each older shape by hand and checks that every record survives.
//   v1  prototype: `ended: boolean`, no indexes
//   v2  status/reason shape; indexes endedAt, site, endedBy; `meta` store for settings
//   v3  compound indexes for filtered lists, title-word search index, branch lineage index
//   v4  the policy's per-thread state (`policy`) and each judged turn's signals (`policyTurns`,
//       keyed [thread key, position]); thread records are not touched
import type { IDBPDatabase, IDBPTransaction, DBSchema } from 'idb';
import { titleWords, type ThreadRecord, type Settings } from '../shared/types';
import type { PolicyRecord, StoredTurn } from './policy-record';

export const DB_NAME = 'hangup';
export const DB_VERSION = 4;

export interface HangupDB extends DBSchema {
  threads: {
    key: string;
    value: ThreadRecord;
    indexes: {
      endedAt: number; site: string; endedBy: string;
      site_endedAt: [string, number]; endedBy_endedAt: [string, number];
      titleWords: string; branchFrom: string;
    };
  };
  meta: { key: string; value: { key: string; value: unknown } };
  policy: { key: string; value: PolicyRecord; indexes: { updatedAt: number } };
  policyTurns: { key: [string, number]; value: StoredTurn };
}

/** Version 1 (the prototype): `ended: boolean`, `endedBy`, no status, no reason, no indexes. */
export interface V1Thread {
  key: string; site: string; threadId: string; ended: boolean;
  endedBy?: 'user' | 'policy' | 'site'; endedAt?: number; title?: string; url?: string;
}

export type StoreName = 'threads' | 'meta' | 'policy' | 'policyTurns';
type UpgradeTx = IDBPTransaction<HangupDB, StoreName[], 'versionchange'>;

export async function upgrade(db: IDBPDatabase<HangupDB>, oldVersion: number, tx: UpgradeTx): Promise<void> {
  if (oldVersion < 1) db.createObjectStore('threads', { keyPath: 'key' });
  const threads = tx.objectStore('threads');
  if (oldVersion < 2) {
    threads.createIndex('endedAt', 'endedAt');
    threads.createIndex('site', 'site');
    threads.createIndex('endedBy', 'endedBy');
    db.createObjectStore('meta', { keyPath: 'key' });
  }
  if (oldVersion < 3) {
    threads.createIndex('site_endedAt', ['site', 'endedAt']);
    threads.createIndex('endedBy_endedAt', ['endedBy', 'endedAt']);
    threads.createIndex('titleWords', 'titleWords', { multiEntry: true });
    threads.createIndex('branchFrom', 'branchOf.key');
  }
  if (oldVersion < 4) {
    db.createObjectStore('policy', { keyPath: 'key' }).createIndex('updatedAt', 'updatedAt');
    db.createObjectStore('policyTurns', { keyPath: ['key', 'pos'] });
  }
  if (oldVersion >= 1 && oldVersion < 3) {
    // One pass rewrites every old record into the current shape.
    let cursor = await threads.openCursor();
    while (cursor) {
      let rec = cursor.value as unknown;
      if (oldVersion < 2) rec = migrateV1(rec as V1Thread);
      await cursor.update(migrateV2(rec as ThreadRecord));
      cursor = await cursor.continue();
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

export function migrateV2(rec: ThreadRecord): ThreadRecord {
  return { ...rec, titleWords: titleWords(rec.title ?? '') };
}

export type { Settings };
