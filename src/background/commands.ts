// Background command handlers. Each message type has one handler; privilege is checked by
// parseRequest before a handler runs, and content scripts may only speak for their own tab's
// thread (the key must match the URL the browser reports for the sender, not the page's claim).
import type { ParsedRequest, ResponseMap, RequestType } from '../shared/protocol';
import type { ThreadStore } from './store';
import { parseThreadUrl, resolveThreadUrl } from '../shared/urls';
import { threadKey, type ThreadRecord, type SiteId } from '../shared/types';
import { parseExport, toCsv, EXPORT_FORMAT, EXPORT_VERSION } from '../shared/record-check';
import { applyManaged, managedFlags, refusedByPolicy } from '../shared/managed';
import { researchCsv, researchJson, researchRows, dayOf } from '../shared/research';
import type { ManagedPolicy, Settings } from '../shared/types';
import type { SyncStatusReply, PolicyView } from '../shared/protocol';
import { titleUpdate } from './title-update';
import type { PolicyEvent } from '../policy/types';
import { LEARNED } from '../policy/learned-model';

export interface SenderInfo {
  url?: string; tabUrl?: string; tabId?: number; frameId?: number;
  /** URL → thread, knowing the user's self-hosted origins (hosted sites only when absent). */
  parse?: (url: string) => ReturnType<typeof parseThreadUrl>;
}
const parseThreadUrlHosted = (u: string) => parseThreadUrl(u);

export interface Services {
  store: ThreadStore;
  /** 'memory' when IndexedDB is unavailable and records last only until the browser closes. */
  storageMode(): 'persistent' | 'memory';
  /** Tell every tab showing this site (and open extension pages) that a thread changed. */
  broadcast(rec: ThreadRecord | null, key: string, site: SiteId): Promise<void>;
  /** After bulk changes (import, wipe): every tab and page re-reads its state. */
  broadcastRefresh(): Promise<void>;
  /** Tell every tab showing this thread (but the one that caused it) and open extension pages how
   *  the policy stands there now. */
  broadcastPolicy?(key: string, view: PolicyView | null, events: PolicyEvent[], exceptTab?: number): Promise<void>;
  /** Chat tabs re-read their state and settings (nothing else changed). */
  refreshTabs(): Promise<void>;
  tab(tabId: number): Promise<{ url?: string; title?: string } | null>;
  /** Run the Spanish/German policy pack (policy-es-de.js) in one frame of a tab, in the extension's
   *  isolated world. */
  injectLangPack?(tabId: number, frameId: number): Promise<void>;
  /** Branch text waiting for the new chat in the same tab; memory only, never written to disk. */
  pendingBranches: Map<number, { text: string; fromKey: string; turn: number; at: number }>;
  /** Re-register what depends on settings (self-hosted origins). */
  settingsChanged?(): Promise<void>;
  /** The administrator's policy (storage.managed); it wins over the user's settings. */
  managed?(): ManagedPolicy;
  /** storage.sync mirroring (off by default). */
  sync?: {
    setEnabled(on: boolean): Promise<SyncStatusReply>;
    status(): Promise<SyncStatusReply>;
    noteDeleted(key: string): Promise<void>;
    wiped(): Promise<void>;
  };
}

/** The settings in effect: the user's, with the managed policy laid over them. */
async function effectiveSettings(s: Services): Promise<Settings> {
  return applyManaged(await s.store.getSettings(), s.managed?.() ?? {});
}

const BRANCH_TTL_MS = 60_000;

export class RequestError extends Error {}

/**
 * The thread the sender's tab shows. The page's own claim (`claimed`) only picks between the two
 * URLs the browser reports (after an SPA route change, the frame URL can lag behind the tab's);
 * without a claim, the tab's URL wins.
 */
function senderThread(sender: SenderInfo, claimed?: string): { site: SiteId; threadId: string; key: string } | null {
  const parseThreadUrl = sender.parse ?? parseThreadUrlHosted;
  const claim = claimed ? parseThreadUrl(claimed) : null;
  const candidates = [sender.tabUrl, sender.url];
  if (claim?.threadId) {
    for (const u of candidates) {
      const t = u ? parseThreadUrl(u) : null;
      if (t?.threadId && t.site === claim.site && t.threadId === claim.threadId) return { site: t.site, threadId: t.threadId, key: threadKey(t.site, t.threadId) };
    }
  }
  for (const u of candidates) {
    const t = u ? parseThreadUrl(u) : null;
    if (t?.threadId) return { site: t.site, threadId: t.threadId, key: threadKey(t.site, t.threadId) };
  }
  return null;
}

/**
 * The thread a content script may act on: the one its tab shows, as the browser reports it.
 * After an SPA route change the frame URL or the tab URL may lag behind the other, so either may
 * vouch for the key; neither comes from the page.
 */
function ownThread(sender: SenderInfo, key: string): { site: SiteId; threadId: string; key: string } {
  const parseThreadUrl = sender.parse ?? parseThreadUrlHosted;
  for (const u of [sender.url, sender.tabUrl]) {
    const t = u ? parseThreadUrl(u) : null;
    if (t?.threadId && threadKey(t.site, t.threadId) === key) return { site: t.site, threadId: t.threadId, key };
  }
  throw new RequestError('A page may only act on the chat thread it shows');
}

type Handler<T extends RequestType> = (body: Extract<ParsedRequest, { type: T }>['body'], sender: SenderInfo, s: Services) => Promise<ResponseMap[T]>;

async function changed(s: Services, rec: ThreadRecord | null, key: string, site: SiteId): Promise<void> {
  await s.broadcast(rec, key, site);
}

export const HANDLERS: { [T in RequestType]: Handler<T> } = {
  'content:hello': async (body, sender, s) => {
    const t = senderThread(sender, body.url);
    const [stored, endedIds, settings, policy] = await Promise.all([
      t ? s.store.get(t.key) : Promise.resolve(undefined), s.store.endedIds(body.site), effectiveSettings(s),
      t ? s.store.policy.get(t.key) : Promise.resolve(null)]);
    let record = stored ?? null;
    // Sites rename a thread after its first answers: a stored thread takes the page's newer title.
    const renamed = record ? titleUpdate(record.title, body.title) : null;
    if (record && renamed) {
      record = (await s.store.setTitle(record.key, renamed)) ?? record;
      await changed(s, record, record.key, record.site);
    }
    return { record, endedIds, settings, storage: s.storageMode(), policy };
  },
  'content:turns': async (body, sender, s) => {
    // A page can still lie about its own turns; at worst it ends the thread it shows (ownThread).
    const t = ownThread(sender, body.key);
    // (read together: this is the round trip of every turn)
    const [settings, existing] = await Promise.all([effectiveSettings(s), s.store.get(t.key)]);
    if (settings.disabledSites.includes(t.site)) throw new RequestError('Hangup is turned off for this site');
    if (existing?.status === 'ended') {
      // An ended thread's turns are not judged (the page is locked); say how things stand.
      return { view: await s.store.policy.view(t.key), events: [], record: existing };
    }
    const r = await s.store.policy.apply({ key: t.key, site: t.site, preset: settings.preset, from: body.from,
      signals: body.signals, truncate: body.truncate });
    let record: ThreadRecord | null = null;
    const end = r.events.find((e) => e.type === 'end');
    if (end && end.type === 'end') {
      record = await s.store.end({ key: t.key, site: t.site, threadId: t.threadId, url: body.url, title: body.title,
        endedBy: 'policy', reason: { code: 'persistent-abuse', categories: end.categories, turnIndexes: end.turnIndexes.slice(-50) },
        turnsAtEnd: body.turns, ...(body.endMarker ? { endMarker: body.endMarker } : {}) });
      await changed(s, record, t.key, t.site);
    }
    // The other tabs hear it after this tab's answer: the sender should not wait on them.
    if (r.changed) void s.broadcastPolicy?.(t.key, r.view, r.events, sender.tabId)?.catch((e) => console.warn('[hangup] policy push failed:', e));
    return { view: r.view, events: r.events, record, ...(r.resync ? { resync: r.resync } : {}) };
  },
  'content:crisis-dismiss': async (body, sender, s) => {
    const t = ownThread(sender, body.key);
    const view = await s.store.policy.dismissCrisis(t.key);
    await s.broadcastPolicy?.(t.key, view, [], sender.tabId);
    return view;
  },
  'content:end': async (body, sender, s) => {
    const t = ownThread(sender, body.key);
    if (body.endedBy === 'site' && t.site !== 'claude') throw new RequestError('Only claude.ai ends chats itself');
    const rec = await s.store.end({ ...body, site: t.site, threadId: t.threadId });
    await changed(s, rec, rec.key, rec.site);
    return rec;
  },
  'content:undo': async (body, sender, s) => {
    ownThread(sender, body.key);
    const rec = await s.store.undo(body.key);
    await changed(s, rec, rec.key, rec.site);
    return rec;
  },
  'content:feedback': async (body, sender, s) => {
    ownThread(sender, body.key);
    return s.store.setFeedback(body.key, body.feedback);
  },
  'content:branch-start': async (body, sender, s) => {
    ownThread(sender, body.fromKey);
    if (sender.tabId === undefined) throw new RequestError('Branching needs a tab');
    s.pendingBranches.set(sender.tabId, { text: body.text, fromKey: body.fromKey, turn: body.turn, at: Date.now() });
    return { ok: true };
  },
  'content:model': async () => LEARNED,
  'content:lang-pack': async (_body, sender, s) => {
    // Only into the asking frame, and only where Hangup runs: a chat site's page.
    if (sender.tabId === undefined || sender.frameId === undefined) throw new RequestError('The language pack needs a tab');
    if (!sender.url || !(sender.parse ?? parseThreadUrlHosted)(sender.url)) throw new RequestError('The language pack is only for chat pages');
    if (!s.injectLangPack) throw new RequestError('This browser cannot load the language pack');
    await s.injectLangPack(sender.tabId, sender.frameId);
    return { injected: true };
  },
  'content:site-kind': async (_body, sender, s) => {
    let origin: string | null = null;
    try { origin = new URL(sender.tabUrl ?? sender.url ?? '').origin; } catch { /* no URL */ }
    return (await s.store.getSettings()).selfHosted.find((o) => o.origin === origin)?.kind ?? null;
  },
  'content:branch-claim': async (_body, sender, s) => {
    if (sender.tabId === undefined) return null;
    const p = s.pendingBranches.get(sender.tabId);
    s.pendingBranches.delete(sender.tabId);
    if (!p || Date.now() - p.at > BRANCH_TTL_MS) return null;
    // Only a new chat on the same site may claim it.
    const here = senderThread(sender) ?? (sender.url ? (sender.parse ?? parseThreadUrlHosted)(sender.url) : null);
    if (!here || here.site !== p.fromKey.split(':')[0]) return null;
    return { text: p.text, fromKey: p.fromKey, turn: p.turn };
  },
  'content:branch-link': async (body, sender, s) => {
    const t = ownThread(sender, body.key);
    const rec = await s.store.linkBranch({ key: t.key, site: t.site, threadId: t.threadId, url: body.url, title: body.title,
      branchOf: body.branchOf });
    await changed(s, rec, rec.key, rec.site);
    return rec;
  },
  'page:get': async (body, _sender, s) => (await s.store.get(body.key)) ?? null,
  'page:tab-thread': async (body, _sender, s) => {
    const tab = await s.tab(body.tabId);
    const t = tab?.url ? resolveThreadUrl(tab.url, (await s.store.getSettings()).selfHosted) : null;
    if (!t) return { supported: false, record: null };
    if (!t.threadId) return { supported: true, site: t.site, record: null, title: tab?.title };
    const key = threadKey(t.site, t.threadId);
    const [record, policy] = await Promise.all([s.store.get(key), s.store.policy.view(key)]);
    return { supported: true, site: t.site, key, record: record ?? null, title: tab?.title, policy };
  },
  'page:policy': async (body, _sender, s) => s.store.policy.view(body.key),
  'page:end-tab': async (body, _sender, s) => {
    const tab = await s.tab(body.tabId);
    const t = tab?.url ? resolveThreadUrl(tab.url, (await s.store.getSettings()).selfHosted) : null;
    if (!t?.threadId) throw new RequestError('This tab does not show a chat thread that can be ended');
    const rec = await s.store.end({ key: threadKey(t.site, t.threadId), site: t.site, threadId: t.threadId,
      url: tab!.url!, title: (tab!.title ?? '').slice(0, 500), endedBy: 'user',
      reason: { code: 'user-request', categories: [], turnIndexes: [] }, turnsAtEnd: 0 });
    await changed(s, rec, rec.key, rec.site);
    return rec;
  },
  'page:list': async (body, _sender, s) => s.store.list(body),
  'page:feedback': async (body, _sender, s) => s.store.setFeedback(body.key, body.feedback),
  'page:undo': async (body, _sender, s) => {
    const rec = await s.store.undo(body.key);
    await changed(s, rec, rec.key, rec.site);
    return rec;
  },
  'page:delete': async (body, _sender, s) => {
    const rec = await s.store.get(body.key);
    const deleted = await s.store.delete(body.key);
    await s.store.policy.delete(body.key); // forgetting a thread forgets how the policy stood there
    if (rec) await changed(s, null, rec.key, rec.site);
    if (deleted) await s.sync?.noteDeleted(body.key);
    return { deleted };
  },
  'page:branches': async (body, _s, s) => s.store.branchesOf(body.key),
  'page:reopen': async (body, _s, s) => {
    if (!(await effectiveSettings(s)).allowReopen) throw new RequestError('Reopening ended chats is turned off in the options');
    const rec = await s.store.reopen(body.key);
    await s.store.policy.reopen(body.key); // a reopened chat starts the policy afresh
    await changed(s, rec, rec.key, rec.site);
    return rec;
  },
  'page:stats': async (_b, _s, s) => s.store.stats(),
  'page:export': async (body, _s, s) => {
    const records = await s.store.exportAll();
    const stamp = new Date().toISOString().slice(0, 10);
    return body.format === 'csv'
      ? { filename: `hangup-${stamp}.csv`, mime: 'text/csv', text: toCsv(records) }
      : { filename: `hangup-${stamp}.json`, mime: 'application/json',
        text: JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: Date.now(), records }, null, 1) };
  },
  'page:import': async (body, _s, s) => {
    const parsed = parseExport(body.text);
    if (!parsed.ok) throw new RequestError(parsed.error);
    const r = await s.store.importRecords(parsed.records);
    await s.broadcastRefresh();
    return r;
  },
  'page:wipe': async (_b, _s, s) => {
    await s.store.wipe();
    await s.sync?.wiped();
    await s.settingsChanged?.();
    await s.broadcastRefresh();
    return { wiped: true };
  },
  'page:settings-get': async (_b, _s, s) => ({ ...(await effectiveSettings(s)), storage: s.storageMode(),
    managed: managedFlags(s.managed?.() ?? {}) }),
  'page:settings-set': async (body, _s, s) => {
    const refused = refusedByPolicy(body, s.managed?.() ?? {});
    if (refused) throw new RequestError(`This setting is managed by your organisation and cannot be changed (${refused})`);
    await s.store.setSettings(body);
    await s.settingsChanged?.();
    // Open chat tabs re-read their settings (a site turned off stands aside at once).
    // (Not to extension pages: the one that saved has the answer, and a reload there would race its next edit.)
    if (body.disabledSites || body.preset || body.branchControls) await s.refreshTabs();
    return effectiveSettings(s);
  },
  'page:sync-set': async (body, _s, s) => {
    if (!s.sync) throw new RequestError('Sync is not available in this browser');
    if (s.managed?.().hideOptions) throw new RequestError('This setting is managed by your organisation and cannot be changed (syncEnabled)');
    return s.sync.setEnabled(body.enabled);
  },
  'page:sync-status': async (_b, _s, s) => {
    if (!s.sync) return { enabled: false, items: 0, bytes: 0, entries: 0, lastSync: null, degraded: 'error' };
    return s.sync.status();
  },
  'page:research-export': async (body, _s, s) => {
    const rows = researchRows(await s.store.exportAll(), undefined, await s.store.policy.all());
    const today = dayOf(Date.now());
    return body.format === 'csv'
      ? { filename: `hangup-research-${today}.csv`, mime: 'text/csv', text: researchCsv(rows) }
      : { filename: `hangup-research-${today}.json`, mime: 'application/json', text: researchJson(rows, today) };
  },
};
