// Content script → background requests. Turns "Extension context invalidated" (after an update
// or reload of the extension) into one clear state instead of scattered exceptions.
import { ext as browser } from './ext';
import type { RequestBody, RequestType, Reply, ResponseMap, BackgroundPush } from '../shared/protocol';

export class ContextInvalidated extends Error {}

let invalidatedHandler: (() => void) | null = null;
export function onContextInvalidated(fn: () => void): void { invalidatedHandler = fn; }

declare const chrome: { runtime?: { id?: string } } | undefined;

/** After an update or reload, Chromium leaves this script orphaned: its runtime id disappears
 *  (on `chrome`, not always on `browser`) and calls throw "Extension context invalidated". */
export function contextAlive(): boolean {
  try {
    if (typeof chrome !== 'undefined' && chrome?.runtime && !chrome.runtime.id) return false;
    return !!browser.runtime?.id && !!browser.runtime.getURL('');
  } catch { return false; }
}

export async function request<T extends Extract<RequestType, `content:${string}`>>(type: T, body: RequestBody<T>): Promise<ResponseMap[T]> {
  if (!contextAlive()) { invalidatedHandler?.(); throw new ContextInvalidated('Extension context invalidated'); }
  let reply: Reply<ResponseMap[T]>;
  try {
    reply = await browser.runtime.sendMessage({ type, body }) as Reply<ResponseMap[T]>;
  } catch (e) {
    if (!contextAlive() || /context invalidated|Receiving end does not exist/i.test(String(e))) {
      invalidatedHandler?.();
      throw new ContextInvalidated(String(e));
    }
    throw e;
  }
  if (!reply || typeof reply !== 'object') throw new Error('No answer from the background');
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}

export function onPush(fn: (msg: BackgroundPush) => void, signal: AbortSignal): void {
  const listener = (msg: unknown, sender: { id?: string }): undefined => {
    // Only the extension itself pushes: the background, or one of its own pages (Firefox reports a
    // tab for a page open in a tab). Content scripts cannot reach one another's runtime.onMessage.
    const url = (sender as { url?: string }).url;
    const own = !(sender as { tab?: unknown }).tab || (url?.startsWith(browser.runtime.getURL('')) ?? false);
    if (sender.id !== browser.runtime.id || !own) return undefined;
    const type = msg && typeof msg === 'object' ? (msg as { type?: unknown }).type : null;
    if (type === 'bg:thread-changed' || type === 'bg:refresh' || type === 'bg:ask-end' || type === 'bg:policy') fn(msg as BackgroundPush);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}
