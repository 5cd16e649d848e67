// Background entry (Chrome service worker, Firefox event page). Owns the store; validates every
// message at the boundary; pushes every change to the tabs showing that site.
import { browser } from '../shared/browser';
import { parseRequest, type Privilege, type Reply, type ThreadChangedPush, type PolicyPush } from '../shared/protocol';
import { threadKey } from '../shared/types';
import { ThreadStore, StoreError } from './store';
import { openStore, type StorageMode } from './open-store';
import { HANDLERS, RequestError, type Services, type SenderInfo } from './commands';
import { syncPrelock } from './prelock';
import { resolveThreadUrl } from '../shared/urls';
import { syncSelfHosted } from './self-hosted';
import type { SelfHostedOrigin, ManagedPolicy } from '../shared/types';
import { SyncEngine } from './sync';
import { parseManaged } from '../shared/managed';
import { isOurKey } from '../shared/sync-merge';
import type { Runtime } from 'webextension-polyfill';
import { createBadge } from './badge'; // issue 15
import { firstRunPage } from './first-run'; // issue 15

let storePromise: Promise<ThreadStore> | null = null;
let storageMode: StorageMode = 'persistent';
function store(): Promise<ThreadStore> {
  storePromise ??= openStore().then((r) => { storageMode = r.mode; return r.store; }, (e) => { storePromise = null; throw e; });
  return storePromise;
}

async function allEndedNewestFirst() {
  const s = await store();
  return (await s.list({ limit: 1000 })).records; // the pre-paint patterns keep the newest 1,000
}

const pendingBranches: Services['pendingBranches'] = new Map();

/** Self-hosted origins, cached for the synchronous URL checks; refreshed on every settings change. */
let selfHosted: SelfHostedOrigin[] = [];
async function refreshSelfHosted(): Promise<void> {
  selfHosted = (await (await store()).getSettings()).selfHosted;
  await syncSelfHosted(selfHosted).catch((e) => console.warn('[hangup] self-hosted scripts not registered:', e));
  void resyncPrelock();
}
const parseUrl = (u: string) => resolveThreadUrl(u, selfHosted);
/** Pre-paint lock for ended threads, only at origins the content script still runs on. */
const resyncPrelock = () => syncPrelock(allEndedNewestFirst, (u) => parseUrl(u) !== null);
const selfHostedReady = refreshSelfHosted().catch(() => {});

/** The administrator's policy (storage.managed), laid over the user's settings by the handlers. */
let managedPolicy: ManagedPolicy = {};
async function refreshManaged(): Promise<void> {
  try {
    const { policy, ignored } = parseManaged(await browser.storage.managed.get());
    if (ignored.length) console.warn('[hangup] managed policy fields ignored (unknown or malformed):', ignored.join(', '));
    managedPolicy = policy;
  } catch { managedPolicy = {}; /* no policy installed (Firefox rejects), or no storage permission */ }
}
const managedReady = refreshManaged();

/** storage.sync mirroring; every cycle is a no-op while sync is off. */
const syncEngine = new SyncEngine({
  store,
  sync: browser.storage.sync,
  local: browser.storage.local,
  async changed() { await (await services()).broadcastRefresh(); },
});
browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'sync' && Object.keys(changes).some(isOurKey)) syncEngine.schedule(500);
  if (area === 'managed') void refreshManaged().then(async () => { await refreshSelfHosted(); await (await services()).broadcastRefresh(); });
});
syncEngine.schedule(1000); // each start: pick up what other devices did meanwhile

/** Every chat tab re-reads its state and settings. */
async function refreshTabs(): Promise<void> {
  const push = { type: 'bg:refresh' as const };
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((tab) => (tab.id !== undefined && tab.url && parseUrl(tab.url)
    ? browser.tabs.sendMessage(tab.id, push).catch(() => {}) : undefined)));
}

const services = async (): Promise<Services> => ({
  store: await store(),
  storageMode: () => storageMode,
  pendingBranches,
  async broadcast(record, key, site) {
    const push: ThreadChangedPush = { type: 'bg:thread-changed', key, record };
    const tabs = await browser.tabs.query({});
    await Promise.all(tabs.map(async (tab) => {
      if (tab.id === undefined || !tab.url || parseUrl(tab.url)?.site !== site) return;
      await browser.tabs.sendMessage(tab.id, push).catch(() => { /* no content script there */ });
    }));
    // Open extension pages (popup, options) refresh their lists.
    await browser.runtime.sendMessage(push).catch(() => {});
    void resyncPrelock();
    void badge.updateThread(key); // issue 15: toolbar badge
    if (record) await syncEngine.noteChange(record).catch((e) => console.warn('[hangup] sync note failed:', e));
    syncEngine.schedule();
  },
  async broadcastPolicy(key, view, events, exceptTab) {
    const push: PolicyPush = { type: 'bg:policy', key, view, events };
    void badge.updateThread(key);
    const tabs = await browser.tabs.query({});
    await Promise.all(tabs.map(async (tab) => {
      if (tab.id === undefined || tab.id === exceptTab || !tab.url) return;
      const t = parseUrl(tab.url);
      if (!t?.threadId || threadKey(t.site, t.threadId) !== key) return;
      await browser.tabs.sendMessage(tab.id, push).catch(() => { /* no content script there */ });
    }));
    await browser.runtime.sendMessage(push).catch(() => {});
  },
  refreshTabs,
  async broadcastRefresh() {
    await refreshTabs();
    await browser.runtime.sendMessage({ type: 'bg:refresh' }).catch(() => {});
    void badge.updateAll(); // issue 15: toolbar badge
    void resyncPrelock();
    syncEngine.schedule();
  },
  settingsChanged: refreshSelfHosted,
  managed: () => managedPolicy,
  sync: syncEngine,
  async tab(tabId) {
    try { const t = await browser.tabs.get(tabId); return { url: t.url, title: t.title }; } catch { return null; }
  },
  async injectLangPack(tabId, frameId) {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['policy-es-de.js'] });
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
  await selfHostedReady;
  await managedReady;
  const info: SenderInfo = { url: sender.url, tabUrl: sender.tab?.url, tabId: sender.tab?.id, frameId: sender.frameId, parse: parseUrl };
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

// The shortcut and the context menu ask the tab's content script to open its confirmation:
// the ending itself still goes through the one confirmed path.
async function askEnd(tabId: number | undefined): Promise<void> {
  if (tabId === undefined) return;
  await browser.tabs.sendMessage(tabId, { type: 'bg:ask-end' }).catch(() => { /* not a chat page */ });
}
browser.commands?.onCommand.addListener(async (command) => {
  if (command !== 'end-chat') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  await askEnd(tab?.id);
});
const MENU_ID = 'hangup-end-chat';
browser.contextMenus?.onClicked.addListener((info, tab) => { if (info.menuItemId === MENU_ID) void askEnd(tab?.id); });

browser.runtime.onInstalled.addListener(() => {
  void resyncPrelock();
  const patterns = (browser.runtime.getManifest().content_scripts ?? []).flatMap((c) => c.matches ?? []);
  void browser.contextMenus?.removeAll().then(() => browser.contextMenus.create({
    id: MENU_ID, title: browser.i18n.getMessage('endThisChat'), contexts: ['page', 'selection'], documentUrlPatterns: patterns }));
});
browser.runtime.onStartup?.addListener(() => { void resyncPrelock(); });

// ---- Issue 15: toolbar badge and first-run page (src/background/badge.ts, first-run.ts) -------
// Besides this block, broadcast() and broadcastRefresh() above each call the badge once.
const badge = createBadge({
  action: browser.action,
  threadOf: parseUrl,
  async isEnded(key) { return (await (await store()).get(key))?.status === 'ended'; },
  // The policy's warning, from the thread's stored policy state (broadcastPolicy updates the badge).
  async warningActive(key) { return (await (await store()).policy.view(key))?.warning ?? false; },
  tabs: () => browser.tabs.query({}),
});
// A tab's badge follows its page: Firefox clears tab-specific badges on navigation, and an SPA
// route change moves to another thread without loading, so both the URL change and the load count.
browser.tabs.onUpdated.addListener((tabId, change, tab) => {
  if (change.url !== undefined || change.status === 'complete') void badge.updateTab(tabId, tab.url);
});
browser.tabs.onActivated.addListener(({ tabId }) => {
  void browser.tabs.get(tabId).then((tab) => badge.updateTab(tabId, tab.url), () => {});
});
browser.tabs.onRemoved.addListener((tabId) => badge.forget(tabId));
browser.runtime.onInstalled.addListener((details) => {
  void badge.updateAll();
  void firstRunPage(details, browser.storage.local).then((page) => {
    if (page) void browser.tabs.create({ url: browser.runtime.getURL(page) });
  });
});
browser.runtime.onStartup?.addListener(() => { void badge.updateAll(); });
// ---- end of issue 15 block --------------------------------------------------------------------
