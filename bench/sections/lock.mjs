// Time to lock, in real Chromium on the ChatGPT fixture (real capture + page-world simulator).
//
// Cold load. A main-world init script (runs before any page script) records, from document start:
//  - every rendering opportunity: a requestAnimationFrame loop; in each frame, whether the composer
//    (#prompt-textarea) exists and is computed-visible (getComputedStyle(...).visibility, which the
//    lock and pre-lock rules set, and which ancestors pass down);
//  - every DOM checkpoint: a MutationObserver on the document (childList + the state attribute),
//    the same visibility check, and when html[data-hangup-state] first becomes "locked";
//  - first-paint / first-contentful-paint from a buffered PerformanceObserver('paint').
// "Hidden at first paint" holds for a run when no frame at or before FCP showed the composer
// (rAF runs before style, layout and paint of its frame, and FCP's time is at or after the rAF of
// the frame it paints, so this is a sufficient condition). "Exposed" counts runs in which any
// frame before the lock showed the composer: a page that paints sooner would show it.
// SPA route change. In the page: performance.now(), then __sim.navigate('/c/<ended>') (pushState and
// the site's re-render), until a MutationObserver sees data-hangup-state="locked"; whether that was
// before the next frame's rAF. Also plain history.pushState with no re-render. A wrapper on the
// page's history.pushState also catches a lock that lands inside pushState (before the site's
// re-render). Reported apart: how long the navigation call itself took (pushState, any listener
// that runs inside it, and the simulator's synchronous re-render), and Hangup's work after it.
import { endedRecord, importRecords, waitPrelock, stopWorker } from '../lib/records.mjs';
import { median, pct, max, ms, sleep } from '../lib/stats.mjs';

const PROBE = () => {
  const P = (window.__lockProbe = { frames: [], checkpoints: 0, visibleCheckpoints: 0, lockedAt: null, paints: {}, start: performance.now() });
  const composerVisible = () => {
    const c = document.getElementById('prompt-textarea');
    if (!c) return null;
    const s = getComputedStyle(c);
    return s.visibility === 'visible' && s.display !== 'none';
  };
  const state = () => document.documentElement?.getAttribute('data-hangup-state') ?? null;
  const frame = () => {
    P.frames.push([performance.now(), composerVisible(), state()]);
    if (performance.now() - P.start < 2500) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  new PerformanceObserver((l) => { for (const e of l.getEntries()) P.paints[e.name] = e.startTime; }).observe({ type: 'paint', buffered: true });
  new MutationObserver(() => {
    P.checkpoints++;
    if (composerVisible()) P.visibleCheckpoints++;
    if (P.lockedAt === null && state() === 'locked') P.lockedAt = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-hangup-state'] });
};

export async function coldLoads(b, url, runs, { beforeEach } = {}) {
  const out = [];
  for (let i = 0; i < runs; i++) {
    if (beforeEach) await beforeEach();
    const page = await b.ctx.newPage();
    try {
      await page.addInitScript(PROBE);
      await page.goto(url);
      await page.waitForFunction(() => window.__lockProbe?.lockedAt !== null && window.__lockProbe.paints['first-contentful-paint'] !== undefined,
        null, { timeout: 5000 }).catch(() => {});
      await sleep(250);
      const P = await page.evaluate(() => window.__lockProbe);
      const fcp = P.paints['first-contentful-paint'] ?? NaN;
      const lockedAt = P.lockedAt ?? NaN;
      const before = P.frames.filter(([t]) => !(t > lockedAt)); // frames before the lock (all, if it never locked)
      const visible = before.filter(([, v]) => v === true);
      const visibleBeforeFcp = P.frames.filter(([t, v]) => v === true && t <= fcp).length;
      out.push({ fcp, lockedAt, visibleFrames: visible.length, visibleBeforeFcp, visibleCheckpoints: P.visibleCheckpoints,
        exposedMs: visible.length ? visible[visible.length - 1][0] - visible[0][0] : 0,
        hiddenAtFcp: Number.isFinite(fcp) && visibleBeforeFcp === 0 && P.frames.some(([t, v]) => t <= fcp && v === false || t > fcp),
        neverLocked: !Number.isFinite(lockedAt) });
    } finally { await page.close(); }
  }
  return out;
}

export function reportCold(add, label, runs) {
  const n = runs.length;
  const hidden = runs.filter((r) => r.hiddenAtFcp && !r.neverLocked).length;
  const exposed = runs.filter((r) => r.visibleFrames > 0 || r.visibleCheckpoints > 0).length;
  const lock = median(runs.map((r) => r.lockedAt));
  const fcp = median(runs.map((r) => r.fcp));
  add(`Time to lock, cold load${label}: composer hidden at first paint`,
    `${hidden}/${n} runs (lock ${ms(lock)} vs FCP ${ms(fcp)} after navigation start, medians)`,
    'all runs, before first paint', hidden === n ? 'PASS' : 'MISS');
  const worst = runs.reduce((w, r) => (r.visibleFrames > w.visibleFrames ? r : w), runs[0]);
  add(`Time to lock, cold load${label}: composer visible before the lock (any frame or DOM checkpoint)`,
    `${exposed}/${n} runs${exposed ? ` (worst: ${worst.visibleFrames} frames over ${ms(worst.exposedMs, 0)})` : ''}`,
    '0 runs (pre-paint lock from document start)', exposed === 0 ? 'PASS' : 'MISS');
}

const NAV = async ({ target, back, n, mode }) => {
  const html = document.documentElement;
  const isLocked = () => html.getAttribute('data-hangup-state') === 'locked';
  // The lock may land inside pushState itself (a synchronous Navigation API listener), before the
  // site's own re-render: a wrapper on the page's pushState sees that as soon as pushState returns.
  if (!window.__benchPushWrapped) {
    window.__benchPushWrapped = true;
    const orig = history.pushState;
    history.pushState = function (...a) {
      const r = orig.apply(this, a);
      if (window.__benchWatch && window.__benchWatch.at === null && isLocked()) window.__benchWatch.at = performance.now();
      return r;
    };
  }
  const waitState = (want) => new Promise((resolve) => {
    if (html.getAttribute('data-hangup-state') === want) { resolve(performance.now()); return; }
    const mo = new MutationObserver(() => {
      if (html.getAttribute('data-hangup-state') === want) { mo.disconnect(); clearTimeout(timer); resolve(performance.now()); }
    });
    mo.observe(html, { attributes: true, attributeFilter: ['data-hangup-state'] });
    const timer = setTimeout(() => { mo.disconnect(); resolve(NaN); }, 3000);
  });
  const go = (path) => (mode === 'sim' ? window.__sim.navigate(path) : history.pushState({}, '', path));
  const res = [];
  for (let i = 0; i < n; i++) {
    let frameAt = NaN;
    const watch = (window.__benchWatch = { at: null });
    const locked = waitState('locked');
    requestAnimationFrame(() => { frameAt = performance.now(); });
    const t0 = performance.now();
    go(target);
    const tSite = performance.now();
    const tMo = await locked;
    window.__benchWatch = null;
    const t1 = watch.at ?? tMo;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    res.push({ dt: t1 - t0, site: tSite - t0, ext: t1 - tSite, beforeFrame: Number.isFinite(t1) && !(t1 > frameAt) });
    const open = waitState('open');
    go(back);
    await open;
    await new Promise((r) => setTimeout(r, 20 + Math.random() * 30));
  }
  return res;
};

export async function timeToLock({ b, add, origin, runs = 20, navRuns = 40 }) {
  const now = Date.now();
  const ENDED = 'bench-ended-0000000001';
  const ACTIVE = 'bench-active-000000001';
  const imp = await importRecords(b, [endedRecord(ENDED, { now })]);
  if (!imp.reply?.ok) throw new Error(`seeding failed: ${JSON.stringify(imp.reply)}`);
  const registered = await waitPrelock(b, ENDED);

  // Cold loads: worker awake, then worker stopped before each load (first open after idle).
  const url = `${origin}/c/${ENDED}`;
  await coldLoads(b, url, 2); // warm-up (caches, worker)
  reportCold(add, '', await coldLoads(b, url, runs));
  reportCold(add, ' after the service worker was stopped', await coldLoads(b, url, Math.max(5, runs >> 1), { beforeEach: () => stopWorker(b) }));
  if (!registered) add('Pre-paint script registered for the ended thread', 'no', 'yes', 'MISS');

  // SPA route changes into the ended thread.
  const page = await b.ctx.newPage();
  try {
    await page.addInitScript(([a, e]) => {
      const turns = (tag) => Array.from({ length: 6 }, (_, i) => ({ role: i % 2 ? 'assistant' : 'user', text: `${tag} turn ${i}: some text of an ordinary chat.` }));
      if (!localStorage.getItem('sim-threads')) localStorage.setItem('sim-threads', JSON.stringify({ [a]: turns('active'), [e]: turns('ended') }));
    }, [ACTIVE, ENDED]);
    await page.goto(`${origin}/c/${ACTIVE}`);
    await page.waitForFunction(() => !!document.querySelector('hangup-ui')?.shadowRoot?.querySelector('[data-hangup="end"]'), null, { timeout: 10000 });
    await sleep(1200);
    for (const mode of ['sim', 'push']) {
      await page.evaluate(NAV, { target: `/c/${ENDED}`, back: `/c/${ACTIVE}`, n: 3, mode }); // warm-up
      const res = await page.evaluate(NAV, { target: `/c/${ENDED}`, back: `/c/${ACTIVE}`, n: navRuns, mode });
      const dts = res.map((r) => r.dt);
      const p95 = pct(dts.map((x) => (Number.isFinite(x) ? x : Infinity)), 95);
      const inFrame = res.filter((r) => r.beforeFrame).length;
      const failed = res.filter((r) => !Number.isFinite(r.dt)).length;
      const what = mode === 'sim' ? "SPA route change (__sim.navigate: pushState + the site's re-render)" : 'SPA route change (history.pushState alone, no DOM change)';
      const site = pct(res.map((r) => r.site), 95);
      const ext = pct(res.map((r) => (Number.isFinite(r.ext) ? Math.max(0, r.ext) : Infinity)), 95);
      add(`Time to lock, ${what}: p95 from pushState`,
        `${ms(p95, 2)} (median ${ms(median(dts), 2)}; p95 of the navigation call itself ${ms(site, 2)}, of Hangup's work after it returned ${ms(ext, 2)}; `
        + `locked before the next frame in ${inFrame}/${res.length}${failed ? `; ${failed} never locked` : ''})`,
        '≤ 16 ms p95', p95 <= 16 ? 'PASS' : 'MISS');
    }
  } finally { await page.close(); }
  return { url };
}
