// Thread records for seeding the store through the protocol (page:import), as an export file.
const TOPICS = ['recipes', 'travel', 'python', 'history', 'garden', 'music', 'physics', 'taxes', 'football', 'poetry',
  'chemistry', 'budget', 'fitness', 'movies', 'startups', 'linux', 'painting', 'economics', 'astronomy', 'language'];

export function endedRecord(id, { now = Date.now(), i = 0, site = 'chatgpt' } = {}) {
  const t = now - i * 60_000;
  return {
    key: `${site}:${id}`, site, threadId: id, status: 'ended', endedBy: i % 3 === 0 ? 'policy' : 'user',
    reason: i % 3 === 0 ? { code: 'persistent-abuse', categories: ['harassment'], turnIndexes: [3, 5, 7] } : { code: 'user-request', categories: [], turnIndexes: [] },
    endedAt: t, turnsAtEnd: 10 + (i % 50), title: `Chat ${i} about ${TOPICS[i % TOPICS.length]} and ${TOPICS[(i * 7 + 3) % TOPICS.length]}`,
    url: `https://chatgpt.com/c/${id}`, createdAt: t - 3_600_000, updatedAt: t,
  };
}

export const exportText = (records) => JSON.stringify({ format: 'hangup-export', version: 1, records });

/** page:import from an extension page; resolves to the reply and the time it took (ms). */
export async function importRecords(b, records) {
  return b.evalExt(async (text) => {
    const t0 = performance.now();
    const r = await (globalThis.browser ?? chrome).runtime.sendMessage({ type: 'page:import', body: { text } });
    return { reply: r, ms: performance.now() - t0 };
  }, exportText(records));
}

/** Wait until the background's pre-paint script matches `url` (it is re-registered after changes). */
export async function waitPrelock(b, id, timeout = 10_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const scripts = await b.evalExt(() => chrome.scripting.getRegisteredContentScripts());
    if (scripts.some((s) => s.matches.some((m) => m.includes(id)))) return true;
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Stop the extension's service worker (as Chrome does after 30 s idle); it wakes on the next message. */
export async function stopWorker(b) {
  const cdp = await b.ctx.browser().newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const w = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(b.extOrigin));
    if (!w) return false;
    await cdp.send('Target.closeTarget', { targetId: w.targetId });
    const end = Date.now() + 5000;
    while (Date.now() < end) {
      const { targetInfos: now } = await cdp.send('Target.getTargets');
      if (!now.some((t) => t.type === 'service_worker' && t.url.startsWith(b.extOrigin))) return true;
      await new Promise((r) => setTimeout(r, 50));
    }
    return false;
  } finally { await cdp.detach().catch(() => {}); }
}
