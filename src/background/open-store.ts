// Where the store lives. Normally the browser's IndexedDB in the extension's origin. Where that is
// unavailable (Firefox private windows, "never remember history", a broken profile) Hangup keeps
// working from an in-memory IndexedDB: endings hold until the browser closes, and every page says so.
import { IDBFactory as MemoryIDBFactory } from 'fake-indexeddb';
import { ThreadStore } from './store';

export type StorageMode = 'persistent' | 'memory';

export async function openStore(factory: IDBFactory | undefined = globalThis.indexedDB): Promise<{ store: ThreadStore; mode: StorageMode; why?: string }> {
  try {
    if (!factory) throw new Error('IndexedDB is not available here');
    return { store: await ThreadStore.open(undefined, factory), mode: 'persistent' };
  } catch (e) {
    const why = (e as Error)?.message ?? String(e);
    console.warn('[hangup] IndexedDB unavailable, keeping records in memory:', why);
    return { store: await ThreadStore.open(undefined, new MemoryIDBFactory()), mode: 'memory', why };
  }
}
