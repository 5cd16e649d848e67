// Extension pages → background requests (popup, options). Same protocol, page privilege.
import { browser } from './browser';
import type { RequestBody, RequestType, Reply, ResponseMap, BackgroundPush } from './protocol';

export async function ask<T extends RequestType>(type: T, body: RequestBody<T>): Promise<ResponseMap[T]> {
  const reply = await browser.runtime.sendMessage({ type, body }) as Reply<ResponseMap[T]> | undefined;
  if (!reply) throw new Error('no answer');
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}

export function onThreadChanged(fn: (m: BackgroundPush) => void): () => void {
  const l = (msg: unknown): undefined => {
    const type = msg && typeof msg === 'object' ? (msg as { type?: unknown }).type : null;
    if (type === 'bg:thread-changed' || type === 'bg:refresh') fn(msg as BackgroundPush);
    return undefined;
  };
  browser.runtime.onMessage.addListener(l);
  return () => browser.runtime.onMessage.removeListener(l);
}
