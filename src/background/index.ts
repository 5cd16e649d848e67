// Background entry (Chrome service worker, Firefox event page). Owns the store; validates every
// message at the boundary; pushes every change to the tabs showing that site.
import { browser } from '../shared/browser';
import { parseRequest, type Privilege, type Reply, type ThreadChangedPush } from '../shared/protocol';
import { ThreadStore, StoreError } from './store';
import { HANDLERS, RequestError, type Services, type SenderInfo } from './commands';
import { syncPrelock } from './prelock';
import { parseThreadUrl } from '../shared/urls';
import type { Runtime } from 'webextension-polyfill';

let storePromise: Promise<ThreadStore> | null = null;
function store(): Promise<ThreadStore> {
  storePromise ??= ThreadStore.open().catch((e) => { storePromise = null; throw e; });
  return storePromise;
}

async function allEndedNewestFirst() {
  const s = await store();
  return (await s.list({ limit: 5000 })).records;
}

const pendingBranches: Services['pendingBranches'] = new Map();

const services = async (): Promise<Services> => ({
  store: await store(),
  pendingBranches,
  async broadcast(record, key, site) {
    const push: ThreadChangedPush = { type: 'bg:thread-changed', key, record };
    const tabs = await browser.tabs.query({});
    await Promise.all(tabs.map(async (tab) => {
      if (tab.id === undefined || !tab.url || parseThreadUrl(tab.url)?.site !== site) return;
      await browser.tabs.sendMessage(tab.id, push).catch(() => { /* no content script there */ });
    }));
    // Open extension pages (popup, options) refresh their lists.
    await browser.runtime.sendMessage(push).catch(() => {});
    void syncPrelock(allEndedNewestFirst);
  },
  async broadcastRefresh() {
    const push = { type: 'bg:refresh' as const };
    const tabs = await browser.tabs.query({});
    await Promise.all(tabs.map((tab) => (tab.id !== undefined && tab.url && parseThreadUrl(tab.url)
      ? browser.tabs.sendMessage(tab.id, push).catch(() => {}) : undefined)));
    await browser.runtime.sendMessage(push).catch(() => {});
    void syncPrelock(allEndedNewestFirst);
  },
  async tab(tabId) {
    try { const t = await browser.tabs.get(tabId); return { url: t.url, title: t.title }; } catch { return null; }
  },
});

export function privilegeOf(sender: Runtime.MessageSender): Privilege | null {
  if (sender.id !== browser.runtime.id) return null;
  const own = browser.runtime.getURL('');
  if (sender.url?.startsWith(own)) return 'page';
  if (sender.tab && sender.url && /^https?:\/\//.test(sender.url)) return 'content';
  return null;
}

async function handle(msg: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> {
  const privilege = privilegeOf(sender);
  if (!privilege) return { ok: false, error: 'Unknown sender' };
  const parsed = parseRequest(msg, privilege);
  if (!parsed.ok) return parsed;
  const info: SenderInfo = { url: sender.url, tabUrl: sender.tab?.url, tabId: sender.tab?.id };
  try {
    const handler = HANDLERS[parsed.req.type] as (b: unknown, s: SenderInfo, sv: Services) => Promise<unknown>;
    return { ok: true, data: await handler(parsed.req.body, info, await services()) };
  } catch (e) {
    if (e instanceof RequestError || e instanceof StoreError) return { ok: false, error: e.message };
    const name = (e as { name?: string })?.name;
    if (name === 'QuotaExceededError') return { ok: false, error: 'The browser has no space left for Hangup\'s records; free some disk space and try again' };
    console.error('[hangup]', e);
    return { ok: false, error: `Storage error: ${(e as Error)?.message ?? String(e)}` };
  }
}

browser.runtime.onMessage.addListener((msg: unknown, sender: Runtime.MessageSender) => {
  // Pushes we broadcast ourselves come back to extension pages only; ignore them here.
  if (msg && typeof msg === 'object' && String((msg as { type?: unknown }).type).startsWith('bg:')) return undefined;
  return handle(msg, sender);
});

browser.runtime.onInstalled.addListener(() => { void syncPrelock(allEndedNewestFirst); });
browser.runtime.onStartup?.addListener(() => { void syncPrelock(allEndedNewestFirst); });
