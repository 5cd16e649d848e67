// Background command handlers. Each message type has one handler; privilege is checked by
// parseRequest before a handler runs, and content scripts may only speak for their own tab's
// thread (the key must match the URL the browser reports for the sender, not the page's claim).
import type { ParsedRequest, ResponseMap, RequestType } from '../shared/protocol';
import type { ThreadStore } from './store';
import { parseThreadUrl } from '../shared/urls';
import { threadKey, type ThreadRecord, type SiteId } from '../shared/types';

export interface SenderInfo { url?: string; tabUrl?: string; tabId?: number }

export interface Services {
  store: ThreadStore;
  /** Tell every tab showing this site (and open extension pages) that a thread changed. */
  broadcast(rec: ThreadRecord | null, key: string, site: SiteId): Promise<void>;
  tab(tabId: number): Promise<{ url?: string; title?: string } | null>;
}

export class RequestError extends Error {}

function senderThread(sender: SenderInfo): { site: SiteId; threadId: string; key: string } | null {
  for (const u of [sender.url, sender.tabUrl]) {
    const t = u ? parseThreadUrl(u) : null;
    if (t?.threadId) return { site: t.site, threadId: t.threadId, key: threadKey(t.site, t.threadId) };
  }
  return null;
}

function ownThread(sender: SenderInfo, key: string): { site: SiteId; threadId: string; key: string } {
  const t = senderThread(sender);
  if (!t || t.key !== key) throw new RequestError('A page may only act on the chat thread it shows');
  return t;
}

type Handler<T extends RequestType> = (body: Extract<ParsedRequest, { type: T }>['body'], sender: SenderInfo, s: Services) => Promise<ResponseMap[T]>;

async function changed(s: Services, rec: ThreadRecord | null, key: string, site: SiteId): Promise<void> {
  await s.broadcast(rec, key, site);
}

export const HANDLERS: { [T in RequestType]: Handler<T> } = {
  'content:hello': async (body, sender, s) => {
    const t = senderThread(sender);
    const [record, endedIds, settings] = await Promise.all([
      t ? s.store.get(t.key) : Promise.resolve(undefined), s.store.endedIds(body.site), s.store.getSettings()]);
    return { record: record ?? null, endedIds, settings };
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
  'page:get': async (body, _sender, s) => (await s.store.get(body.key)) ?? null,
  'page:tab-thread': async (body, _sender, s) => {
    const tab = await s.tab(body.tabId);
    const t = tab?.url ? parseThreadUrl(tab.url) : null;
    if (!t) return { supported: false, record: null };
    if (!t.threadId) return { supported: true, site: t.site, record: null, title: tab?.title };
    const key = threadKey(t.site, t.threadId);
    return { supported: true, site: t.site, key, record: (await s.store.get(key)) ?? null, title: tab?.title };
  },
  'page:end-tab': async (body, _sender, s) => {
    const tab = await s.tab(body.tabId);
    const t = tab?.url ? parseThreadUrl(tab.url) : null;
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
    if (rec) await changed(s, null, rec.key, rec.site);
    return { deleted };
  },
  'page:settings-get': async (_b, _s, s) => s.store.getSettings(),
  'page:settings-set': async (body, _s, s) => s.store.setSettings(body),
};
