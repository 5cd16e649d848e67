// Store: per operation, through the protocol, as the extension's pages and content scripts use it.
//  - End in tab A, read back in tab B: two tabs on one open ChatGPT thread; a trusted click on
//    End this chat, then on the confirmation's primary button in tab A (time: that click's
//    event.timeStamp); tab B: a MutationObserver sees html[data-hangup-state="locked"] (after the
//    background's store.end and its broadcast). Also when tab A hears the store's answer (its live
//    region announces the ending). Clocks: performance.timeOrigin + now, one machine.
//  - 10,000 records written (one page:import, validated, one transaction); then, once the
//    background answers promptly again, the first list page, all records in one request and 100
//    per page by offset, title searches (page:list); then single-record writes. Each timed from an
//    extension page around runtime.sendMessage (what the popup and options page wait for).
import { endedRecord, exportText, importRecords } from '../lib/records.mjs';
import { median, pct, ms, us, fmt, sleep } from '../lib/stats.mjs';

const shadowRect = (sel) => {
  const el = document.querySelector('hangup-ui')?.shadowRoot?.querySelector(sel);
  if (!el) return null;
  const r = el.getBoundingClientRect();
  return r.width && r.height ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
};
async function clickShadow(page, sel) {
  const r = await page.waitForFunction(shadowRect, sel, { timeout: 10000 }).then((h) => h.jsonValue());
  await page.mouse.click(r.x, r.y);
}

async function crossTab(b, origin, runs) {
  const out = [];
  for (let i = 0; i < runs; i++) {
    const id = `bench-xtab-${String(i).padStart(4, '0')}-${Date.now().toString(36)}`;
    const [A, B] = [await b.ctx.newPage(), await b.ctx.newPage()];
    try {
      await Promise.all([A.goto(`${origin}/c/${id}`), B.goto(`${origin}/c/${id}`)]);
      for (const p of [A, B]) await p.waitForFunction(() => !!document.querySelector('hangup-ui')?.shadowRoot?.querySelector('[data-hangup="end"]'), null, { timeout: 10000 });
      await B.evaluate(() => {
        window.__lockedAt = null;
        const html = document.documentElement;
        new MutationObserver(() => { if (window.__lockedAt === null && html.getAttribute('data-hangup-state') === 'locked') window.__lockedAt = performance.timeOrigin + performance.now(); })
          .observe(html, { attributes: true, attributeFilter: ['data-hangup-state'] });
      });
      await A.evaluate(() => {
        window.__clickAt = null; window.__ackAt = null;
        addEventListener('click', (e) => { window.__clickAt = performance.timeOrigin + e.timeStamp; }, true);
        const root = document.querySelector('hangup-ui').shadowRoot;
        new MutationObserver(() => {
          if (window.__ackAt === null && window.__clickAt !== null && (root.querySelector('[aria-live]')?.textContent ?? '').trim()) window.__ackAt = performance.timeOrigin + performance.now();
        }).observe(root, { subtree: true, childList: true, characterData: true });
      });
      await A.bringToFront();
      await clickShadow(A, '[data-hangup="end"]');
      await clickShadow(A, '[role="alertdialog"] button.primary');
      await B.waitForFunction(() => window.__lockedAt !== null, null, { timeout: 10000 });
      await A.waitForFunction(() => window.__ackAt !== null, null, { timeout: 10000 }).catch(() => {});
      const clickAt = await A.evaluate(() => window.__clickAt);
      out.push({ b: (await B.evaluate(() => window.__lockedAt)) - clickAt, ack: (await A.evaluate(() => window.__ackAt)) - clickAt });
    } finally { await A.close(); await B.close(); }
  }
  return out;
}

async function timed(b, type, body) {
  return b.evalExt(async ([ty, bo]) => {
    const t0 = performance.now();
    const r = await (globalThis.browser ?? chrome).runtime.sendMessage({ type: ty, body: bo });
    return { ms: performance.now() - t0, ok: r?.ok, total: r?.data?.total, n: r?.data?.records?.length, error: r?.error };
  }, [type, body]);
}

/** Wait until the background answers a trivial request quickly three times in a row. */
async function waitIdle(b, timeout = 30_000) {
  const t0 = Date.now(); let fast = 0;
  while (Date.now() - t0 < timeout && fast < 3) {
    const r = await timed(b, 'page:settings-get', {});
    fast = r.ms < 15 ? fast + 1 : 0;
    if (fast < 3) await sleep(100);
  }
  return Date.now() - t0;
}

export async function store({ b, add, origin, crossRuns = 8, records = 10_000 }) {
  // End in one tab, see it in another.
  const x = await crossTab(b, origin, crossRuns);
  add('Store: end in tab A → tab B shows the lock (median)',
    `${ms(median(x.map((r) => r.b)))} (p95 ${ms(pct(x.map((r) => r.b), 95))}; tab A has the store's answer after ${ms(median(x.map((r) => r.ack)))}; ${x.length} runs)`,
    '—', 'info');

  // 10,000 records in one import.
  const now = Date.now();
  const recs = Array.from({ length: records }, (_, i) => endedRecord(`bench-rec-${String(i).padStart(6, '0')}`, { now, i }));
  const imp = await importRecords(b, recs);
  if (!imp.reply?.ok || imp.reply.data.added !== records) throw new Error(`import of ${records} failed: ${JSON.stringify(imp.reply).slice(0, 200)}`);
  add(`Store: ${records.toLocaleString('en')} records written (one page:import)`, `${ms(imp.ms, 0)} total, ${us(imp.ms * 1000 / records)} per record`, '—', 'info');
  const idle = await waitIdle(b);

  // Reads, once the background is idle again (the import re-registers the pre-paint script).
  const first = [];
  for (let i = 0; i < 10; i++) first.push((await timed(b, 'page:list', { limit: 50 })).ms);
  add(`Store: list, first page of 50 of ${records.toLocaleString('en')} (median of 10)`, ms(median(first), 2), '—', 'info');
  const all = [];
  let seen = 0;
  for (let i = 0; i < 3; i++) { const r = await timed(b, 'page:list', { limit: 100_000 }); all.push(r.ms); seen = r.n; }
  const pagesT = []; let paged = 0;
  const t0 = Date.now();
  for (let off = 0; Date.now() - t0 < 40_000; off += 100) {
    const r = await timed(b, 'page:list', { offset: off, limit: 100 });
    if (!r.ok) throw new Error(`page:list failed: ${r.error}`);
    pagesT.push(r.ms); paged += r.n;
    if (r.n < 100) break;
  }
  add(`Store: all ${seen.toLocaleString('en')} ended records listed`,
    `one request ${ms(median(all), 0)} (median of 3); 100 per page by offset: ${paged.toLocaleString('en')} in ${ms(Date.now() - t0, 0)}, `
    + `per page median ${ms(median(pagesT), 1)} (first ${ms(pagesT[0], 1)}, last ${ms(pagesT[pagesT.length - 1], 1)})${paged < seen ? ', stopped at 40 s' : ''}`, '—', 'info');
  for (const q of ['p', 'python']) {
    const ts = []; let total = 0;
    for (let i = 0; i < 10; i++) { const r = await timed(b, 'page:list', { search: q, limit: 50 }); ts.push(r.ms); total = r.total; }
    add(`Store: title search "${q}" (${total.toLocaleString('en')} matches, first 50; median of 10)`, ms(median(ts), 2), '—', 'info');
  }

  // Single-record writes, each its own request and transaction (and the refresh it broadcasts).
  const single = [];
  for (let i = 0; i < 10; i++) {
    const r = await b.evalExt(async (text) => {
      const t = performance.now();
      const res = await (globalThis.browser ?? chrome).runtime.sendMessage({ type: 'page:import', body: { text } });
      return { ms: performance.now() - t, ok: res?.ok };
    }, exportText([endedRecord(`bench-one-${String(i).padStart(4, '0')}`, { now: now + 1000 + i, i })]));
    single.push(r.ms);
  }
  add(`Store: one record written with ${records.toLocaleString('en')} stored (page:import of one, median of 10)`,
    `${ms(median(single), 1)} (background idle again ${ms(idle, 0)} after the 10,000-record import)`, '—', 'info');
  await waitIdle(b);
  return { seen };
}
