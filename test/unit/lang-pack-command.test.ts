// The background's content:lang-pack command: it injects the Spanish/German pack only into the
// asking frame of a chat page's tab, and says why when it cannot.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { ThreadStore } from '../../src/background/store';
import { HANDLERS, type Services, type SenderInfo } from '../../src/background/commands';
import { parseRequest } from '../../src/shared/protocol';

beforeEach(() => { globalThis.indexedDB = new IDBFactory(); });

async function services(inject?: (tab: number, frame: number) => Promise<void>): Promise<Services & { injected: Array<[number, number]> }> {
  const injected: Array<[number, number]> = [];
  return { store: await ThreadStore.open(), injected, storageMode: () => 'persistent', pendingBranches: new Map(), async broadcast() {},
    async broadcastRefresh() {}, async refreshTabs() {}, async tab() { return null; },
    ...(inject === undefined ? { async injectLangPack(t: number, f: number) { injected.push([t, f]); } } : { injectLangPack: inject }) };
}
const CHAT = 'https://chatgpt.com/c/6752a1b2-0000-4000-8000-000000000001';
const run = (sender: SenderInfo, sv: Services) => HANDLERS['content:lang-pack']({} as never, sender, sv);

describe('content:lang-pack', () => {
  it('injects into the sender\'s own tab and frame', async () => {
    const sv = await services();
    await expect(run({ url: CHAT, tabUrl: CHAT, tabId: 4, frameId: 0 }, sv)).resolves.toEqual({ injected: true });
    await expect(run({ url: 'https://chatgpt.com/', tabUrl: 'https://chatgpt.com/', tabId: 4, frameId: 2 }, sv)).resolves.toEqual({ injected: true });
    expect(sv.injected).toEqual([[4, 0], [4, 2]]);
  });

  it('refuses a sender without a tab or frame, and a page that is no chat site', async () => {
    const sv = await services();
    await expect(run({ url: CHAT, tabUrl: CHAT }, sv)).rejects.toThrow(/needs a tab/);
    await expect(run({ url: CHAT, tabUrl: CHAT, tabId: 4 }, sv)).rejects.toThrow(/needs a tab/);
    await expect(run({ url: 'https://evil.example/', tabUrl: 'https://evil.example/', tabId: 4, frameId: 0 }, sv)).rejects.toThrow(/only for chat pages/);
    expect(sv.injected).toEqual([]);
  });

  it('passes on an injection failure (the content script retries, then judges without the pack)', async () => {
    const sv = await services(async () => { throw new Error('Cannot access contents of the page'); });
    await expect(run({ url: CHAT, tabUrl: CHAT, tabId: 4, frameId: 0 }, sv)).rejects.toThrow(/Cannot access/);
  });

  it('is a content-script command with an empty body', () => {
    expect(parseRequest({ type: 'content:lang-pack', body: {} }, 'content').ok).toBe(true);
    expect(parseRequest({ type: 'content:lang-pack', body: { file: 'evil.js' } }, 'content').ok).toBe(false);
  });
});
