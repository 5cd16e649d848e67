// Turn processing, long tasks and memory on a 2,000-turn ChatGPT thread that grows in the page.
//
// The thread grows as a chat does: one turn appended per frame (a clone of the fixture's own turn
// markup, with corpus text), each append followed by a frame, so Hangup's batched page watcher
// (one callback per animation frame) sees every new turn alone and feeds it to the policy.
// Hangup's cost per turn is read inside its own isolated world (CDP Runtime.evaluate in the
// content script's context): Controller.onPageChange — everything Hangup does for a batch of page
// mutations (finding turns, the policy feed, UI upkeep) — is wrapped with performance.now(),
// keyed by the page's turn count. The clock's resolution is measured in that world (the smallest
// non-zero step of performance.now() in a busy loop) and printed: 5 µs here, as the fixture is
// served cross-origin isolated (COOP + COEP; without them Chromium coarsens performance.now() to
// 100 µs, and per-call figures would be quantisation, not cost).
// The policy's cost per turn in the page, two ways (the content script judges a turn in memory,
// classifyTurn in PolicyFeed.update, and posts only its signals; the state lives in the
// background, whose round trip the policy-state section measures):
//  - in flow (the verdict): PolicyFeed.update wrapped inside the content script, each call that
//    judged turns, minus the synchronous part of posting the message (shown apart); per judged
//    turn, p95 over the calls (issue 13: the page's main thread spends at most 200 µs per turn at
//    p95). An answer is judged when the user turn after it appears, so a call usually judges an
//    exchange (the answer and the new user turn). Each call runs cold — alone in its frame, after
//    the page's and Hangup's own DOM work has evicted the code and data from the CPU caches — and
//    costs several times a warm call (node shows the same when it spins 4 ms between pushes).
//  - back to back (info): after the thread has grown (and after the memory figure), a fresh
//    PolicyFeed (the controller's feed's class), run from its isolated world over the grown
//    thread's turns as its adapter finds them, its message send stubbed, timed as a whole: total /
//    turns (text reads, turn identity, classification), median of 5 passes after a warm-up pass.
//    Warm: comparable with the node figure (policy section), not with the in-flow one. The text
//    reads alone are timed as a batch too.
// The naive baseline, in the same page and run: a full rescan on a mutation — every turn found
// again (the adapter's selector), its role and text read, and the policy run over all of them.
// A rescan is stateless, so it is timed at the same sample points (turns 81–120 and 1,961–2,000)
// rather than on every one of the 2,000 mutations.
// Long tasks: Hangup's own callbacks over 50 ms, during the growth and during a history load
// (2,000 turns inserted 50 per frame); the page's long tasks (PerformanceObserver 'longtask') with
// and without the extension are shown beside them: this fixture's own frames grow long at 2,000
// turns (its layout and paint), and the run times the naive rescans in the same frames.
// Memory: CDP HeapProfiler.collectGarbage, then Runtime.getHeapUsage of the page's renderer: the V8
// heap (usedSize: the main world and Hangup's isolated world share the isolate) and Blink's DOM heap
// (embedderHeapUsedSize: the nodes and shadow roots Hangup adds to the page); median of 3 samples.
// With the extension minus without (a second Chromium without it, the same page built the same way
// and the same bench code in the main world: harness, policy bundle, rescans), for the grown
// thread, the history-loaded one, and the fixture's own 2 turns (Hangup's fixed cost).
import { launchChromium, isolatedWorld } from '../lib/browser.mjs';
import { HARNESS } from '../lib/thread-harness.mjs';
import { loadPolicy, policyIife } from '../lib/policy.mjs';
import { benignExchanges } from '../lib/corpus.mjs';
import { median, pct, max, ms, us, mb, fmt, sleep } from '../lib/stats.mjs';

const TARGET_TURNS = 2000;
const T0 = { t: Date.now() };
const log = (what) => console.log(`  … ${what} (${((Date.now() - T0.t) / 1000).toFixed(0)} s)`);
const WINDOWS = [[81, 120], [1961, 2000]];

/** Isolated-world instrumentation of the content script's controller and its policy feed. */
const WRAP = `(() => {
  const c = globalThis.__hangup;
  if (!c) return false;
  const rec = (globalThis.__benchRec = { calls: [], update: [] });
  const container = () => document.querySelector('article[data-turn]')?.parentElement;
  // The feed judges the new turns (classification in memory, turn identity) and posts their
  // signals: update() is timed, minus the synchronous part of the message send (timed apart).
  const wrapFeed = (f) => {
    if (!f || f.__benchWrapped) return;
    f.__benchWrapped = true;
    const host = f.host; const send = host.send;
    let sent = ''; let sendMs = 0;
    host.send = (b) => {
      for (const s of b.signals) sent += s.role === 'user' ? 'u' : 'a';
      const t0 = performance.now(); const r = send(b); sendMs += performance.now() - t0;
      return r;
    };
    const update = f.update;
    f.update = function (...a) {
      sent = ''; sendMs = 0;
      const t0 = performance.now(); const r = update.apply(this, a); const d = performance.now() - t0;
      if (sent) globalThis.__benchRec?.update.push([sent, d - sendMs, sendMs]);
      return r;
    };
  };
  wrapFeed(c.feed);
  const orig = c.onPageChange;
  c.onPageChange = function (...args) {
    wrapFeed(this.feed);
    const t = performance.now();
    orig.apply(this, args);
    const d = performance.now() - t;
    const id = container()?.lastElementChild?.getAttribute('data-turn-id') ?? '';
    const m = /^sim-(\\d+)$/.exec(id);
    globalThis.__benchRec?.calls.push([m ? Number(m[1]) : -1, d]);
  };
  return !!c.feed;
})()`;

/** The clock in the content script's world: the smallest non-zero step of performance.now() in a busy loop. */
const CLOCK = `(() => {
  let min = Infinity, last = performance.now(); const end = last + 100;
  for (;;) { const t = performance.now(); if (t !== last) { min = Math.min(min, t - last); last = t; } if (t > end) break; }
  return { resolutionUs: Math.round(min * 1e4) / 10, isolated: globalThis.crossOriginIsolated === true };
})()`;

/**
 * The content script's own judging code back to back over the grown thread's turns (see the
 * header): a fresh PolicyFeed (the class of the controller's feed) over the turns as the
 * controller's adapter finds them, the fixture's own first turns left out; its send is a stub that
 * never answers, so each feed judges one slice (≤ 200 turns or 8 ms) and a new feed takes the next.
 * Total time / turns judged; the text reads are timed as a batch too.
 */
const BATCH = (skip) => `(() => {
  const c = globalThis.__hangup; const F = c?.feed?.constructor;
  if (!c || !F) return null;
  const turns = c.adapter.turns(document).slice(${skip});
  const t0 = performance.now();
  for (const t of turns) t.text();
  const readUs = (performance.now() - t0) * 1000 / turns.length;
  let judged = 0;
  const host = { send: (b) => { judged += b.signals.length; return new Promise(() => {}); }, onReply() {}, onError() {}, recheck() {}, loading: () => false, ready: { models: () => true, pack: () => true } };
  const passes = [];
  for (let k = 0; k < 6; k++) {
    judged = 0;
    const t1 = performance.now();
    for (let from = 0, guard = 0; from < turns.length && guard < 100000; guard++) {
      const before = judged;
      new F(host, [], 0, true, 0).update(turns.slice(from), Date.now());
      if (judged === before) break; // only the last answer is left (it would wait to settle)
      from += judged - before;
    }
    if (k > 0) passes.push((performance.now() - t1) * 1000 / judged);
  }
  const sorted = [...passes].sort((a, b) => a - b);
  return { n: judged, us: sorted[sorted.length >> 1], passes, readUs };
})()`;

const GROW = async ({ texts, target, windows, baseline }) => {
  const B = window.__bench;
  // One turn per frame, and Hangup's watcher runs before the next append: its mutation callback
  // (a microtask queued by the append) registers its frame callback first; a task after the frame.
  const nextFrame = async () => {
    await Promise.resolve();
    await new Promise((r) => requestAnimationFrame(r));
    await new Promise((r) => { const ch = new MessageChannel(); ch.port1.onmessage = r; ch.port2.postMessage(0); });
  };
  const rescans = [];
  let n = B.count();
  let role = B.lastRole() === 'user' ? 'assistant' : 'user';
  let i = 0;
  const lt0 = B.longtasks.length;
  const t0 = performance.now();
  while (n < target) {
    const text = texts[i++ % texts.length];
    n++;
    B.append(role, role === 'user' ? text[0] : text[1], n);
    if (role === 'assistant') { /* next exchange */ } else i--;
    role = role === 'user' ? 'assistant' : 'user';
    if (baseline && windows.some(([a, b]) => n >= a && n <= b)) {
      const t = performance.now(); B.rescan(); rescans.push([n, performance.now() - t]);
    }
    await nextFrame();
  }
  await new Promise((r) => setTimeout(r, 800)); // the last answer settles and is judged
  return { rescans, n, ms: performance.now() - t0, state: document.documentElement.getAttribute('data-hangup-state'),
    longtasks: B.longtasks.slice(lt0) };
};

const CHUNKED = async ({ texts, target, chunk }) => {
  const B = window.__bench;
  let n = B.count();
  let role = B.lastRole() === 'user' ? 'assistant' : 'user';
  let i = 0;
  const lt0 = B.longtasks.length;
  while (n < target) {
    const frag = document.createDocumentFragment();
    for (let k = 0; k < chunk && n < target; k++) {
      const ex = texts[i % texts.length];
      n++;
      frag.append(B.make(role, role === 'user' ? ex[0] : ex[1], n));
      if (role === 'assistant') i++;
      role = role === 'user' ? 'assistant' : 'user';
    }
    document.querySelector('article[data-turn]').parentElement.append(frag);
    await new Promise((r) => requestAnimationFrame(r));
  }
  await new Promise((r) => setTimeout(r, 500));
  return { n, longtasks: B.longtasks.slice(lt0) };
};

async function openThread(b, origin, id, withExt) {
  const page = await b.ctx.newPage();
  await page.goto(`${origin}/c/${id}`);
  if (withExt) await page.waitForFunction(() => !!document.querySelector('hangup-ui')?.shadowRoot?.querySelector('[data-hangup="end"]'), null, { timeout: 10000 });
  await sleep(1300); // past the route-settle window: turns that appear now are live
  await page.evaluate(HARNESS);
  const iw = await isolatedWorld(b.ctx, page, { timeout: withExt ? 5000 : 0 });
  if (withExt && !(await iw.eval(WRAP))) throw new Error('content script controller (globalThis.__hangup) not found in its isolated world');
  return { page, iw };
}

async function heapAfterGc(iw, samples = 3) {
  await iw.cdp.send('HeapProfiler.enable');
  const used = []; const emb = [];
  for (let i = 0; i < samples; i++) {
    for (let k = 0; k < 2; k++) { await iw.cdp.send('HeapProfiler.collectGarbage'); await sleep(100); }
    const u = await iw.cdp.send('Runtime.getHeapUsage');
    used.push(u.usedSize); emb.push(u.embedderHeapUsedSize ?? 0);
  }
  return { used: median(used), embedder: median(emb) };
}

const takeRec = (iw, withExt) => (withExt ? iw.eval('(() => { const r = globalThis.__benchRec; globalThis.__benchRec = null; return r; })()') : null);

/** The page's main world gets the same bench code in every condition (policy bundle + one rescan). */
async function injectPolicy(page, iife) { await page.evaluate(`${iife};globalThis.__benchPolicy = __benchPolicy; 0`); }

async function growRun(b, origin, id, withExt, texts, iife) {
  const { page, iw } = await openThread(b, origin, id, withExt);
  try {
    await injectPolicy(page, iife);
    const clock = withExt ? await iw.eval(CLOCK) : null;
    const start = await page.evaluate(() => window.__bench.count());
    const g = await page.evaluate(GROW, { texts, target: TARGET_TURNS, windows: WINDOWS, baseline: true });
    log(`${withExt ? 'with' : 'without'} the extension: ${g.n} turns in ${(g.ms / 1000).toFixed(0)} s`);
    const rec = await takeRec(iw, withExt);
    const heap = await heapAfterGc(iw);
    // After the heap figure: running the engine back to back tiers up its code (more heap).
    const batch = withExt ? await iw.eval(BATCH(start)) : null;
    if (withExt) log('back-to-back passes');
    return { ...g, rec, clock, batch, heap };
  } finally { await iw.cdp.detach().catch(() => {}); await page.close(); }
}

async function chunkRun(b, origin, id, withExt, texts, iife) {
  const { page, iw } = await openThread(b, origin, id, withExt);
  try {
    await injectPolicy(page, iife);
    const r = await page.evaluate(CHUNKED, { texts, target: TARGET_TURNS, chunk: 50 });
    await page.evaluate(() => window.__bench.rescan());
    const rec = await takeRec(iw, withExt);
    return { ...r, rec, heap: await heapAfterGc(iw) };
  } finally { await iw.cdp.detach().catch(() => {}); await page.close(); }
}

/** The same page with only the fixture's own two turns: Hangup's fixed memory cost. */
async function smallRun(b, origin, id, withExt, iife) {
  const { page, iw } = await openThread(b, origin, id, withExt);
  try {
    await injectPolicy(page, iife);
    await page.evaluate(() => window.__bench.rescan());
    await takeRec(iw, withExt);
    return { heap: await heapAfterGc(iw) };
  } finally { await iw.cdp.detach().catch(() => {}); await page.close(); }
}

/**
 * Hangup's cost per new turn over turns [a, b]: all onPageChange time while the page held n turns,
 * summed per exchange (a user turn and the answer after it: their costs differ, so a plain median
 * over single turns would fall between the two), the median exchange, halved.
 */
function perTurn(rec, [a, b]) {
  const byN = new Map();
  for (const [n, d] of rec.calls) if (n >= a && n <= b) byN.set(n, (byN.get(n) ?? 0) + d);
  const ex = [];
  for (let n = a; n + 1 <= b; n += 2) if (byN.has(n) && byN.has(n + 1)) ex.push((byN.get(n) + byN.get(n + 1)) / 2);
  return median(ex);
}

export async function turnProcessing({ add, origin, serveAll, ext: extDir = 'dist/chrome' }) {
  T0.t = Date.now();
  const policy = await loadPolicy();
  const pool = benignExchanges(policy);
  if (pool.length < 20) throw new Error('too few benign exchanges to grow a thread');
  // The exchanges cycle with the distance between the two sample windows, so that both windows
  // get the very same texts: the comparison is about thread length, not about what is said.
  const cycle = (WINDOWS[1][0] - WINDOWS[0][0]) / 2;
  const texts = Array.from({ length: cycle }, (_, i) => pool[i % pool.length]);
  const iife = await policyIife();

  const ext = await launchChromium({ extension: true, ext: extDir });
  let grown; let chunkWith; let smallWith; let smallWithout;
  try {
    serveAll(ext);
    grown = await growRun(ext, origin, 'bench-grow-ext-00000001', true, texts, iife);
    log('grown with the extension');
    chunkWith = await chunkRun(ext, origin, 'bench-chunk-ext-0000001', true, texts, iife);
    log('history-loaded with the extension');
    smallWith = await smallRun(ext, origin, 'bench-small-ext-0000001', true, iife);
  } finally { await ext.close(); }
  const plain = await launchChromium({ extension: false });
  let chunkWithout; let grownWithout;
  try {
    serveAll(plain);
    grownWithout = await growRun(plain, origin, 'bench-grow-plain-0000001', false, texts, iife);
    log('grown without the extension');
    chunkWithout = await chunkRun(plain, origin, 'bench-chunk-plain-00001', false, texts, iife);
    log('history-loaded without the extension');
    smallWithout = await smallRun(plain, origin, 'bench-small-plain-00001', false, iife);
  } finally { await plain.close(); }

  if (grown.state === 'locked' || grown.n < TARGET_TURNS) {
    add('Turn processing: the grown thread stayed open and reached 2,000 turns', `${grown.n} turns, state ${grown.state}`, '2,000, open', 'MISS');
  }

  // Per-turn cost: Hangup (incremental) against the naive full rescan, same page, same run.
  const at100 = perTurn(grown.rec, WINDOWS[0]);
  const at2000 = perTurn(grown.rec, WINDOWS[1]);
  const ratio = at2000 / at100;
  const inWin = (w) => grown.rescans.filter(([n]) => n >= w[0] && n <= w[1]).map(([, d]) => d);
  const b100 = median(inWin(WINDOWS[0]));
  const b2000 = median(inWin(WINDOWS[1]));
  add('Turn processing: Hangup per new turn at 100 → 2,000 turns (median of 20 exchanges each, per turn)',
    `${ms(at100, 3)} → ${ms(at2000, 3)}; naive full rescan, same run: ${ms(b100, 2)} → ${ms(b2000, 1)} per mutation`, '—', 'info');
  add('Turn processing: cost ratio at 2,000 : 100 turns (flat = 1.0)',
    `${fmt(ratio, 2)}× (naive full rescan ${fmt(b2000 / b100, 1)}×)`, '≤ 1.5×', ratio <= 1.5 ? 'PASS' : 'MISS');

  // The policy in the page (see the header): in flow, per judged turn; back to back; the clock they were read with.
  const upd = grown.rec.update; // [roles sent, ms judging (update minus the send), ms of the send call]
  const perTurnUs = upd.map(([r, d]) => (d * 1000) / r.length);
  const exch = upd.filter(([r]) => r === 'au').map(([, d]) => (d * 1000) / 2);
  const turnsJudged = upd.reduce((n, [r]) => n + r.length, 0);
  const clk = grown.clock;
  const p95 = pct(perTurnUs, 95);
  add('Policy µs per turn, in the page (content script, in flow: PolicyFeed.update per judged turn, the message send excluded; p95 over updates)',
    `p95 ${us(p95, 0)} (median ${us(median(perTurnUs))}; median exchange (answer + user turn, one update) ${us(median(exch))} per turn; `
    + `${turnsJudged} turns in ${upd.length} updates of XSTest text; building and posting the message (the controller reads the title and path marker from the page) ${ms(median(upd.map(([, , s]) => s)), 2)} median per message; `
    + `clock ${clk ? `${fmt(clk.resolutionUs, 1)} µs, cross-origin isolated ${clk.isolated ? 'yes' : 'NO'}` : 'n/a'})`,
    '≤ 200 µs p95', p95 <= 200 ? 'PASS' : 'MISS');
  const bt = grown.batch;
  add('Policy µs per turn, in the page, back to back (a fresh PolicyFeed over the same turns, warm; total / turns)',
    bt ? `${us(bt.us, 2)} (${bt.n} turns; median of ${bt.passes.length} passes: ${bt.passes.map((x) => fmt(x, 1)).join(' / ')} µs; `
      + `reading their text from the DOM alone: ${us(bt.readUs, 1)} per turn)` : 'n/a', '—', 'info');

  // Long tasks. The page's own frames get long as the thread grows (its own layout and paint), with
  // or without Hangup; what Hangup adds is its own callbacks, counted apart.
  const cbs = [...grown.rec.calls, ...chunkWith.rec.calls].map(([, d]) => d);
  const longCbs = cbs.filter((d) => d > 50).length;
  add('Long tasks (> 50 ms) from Hangup while a 2,000-turn thread loads (1 turn/frame; 50 turns/frame)',
    `${longCbs} of ${cbs.length} callbacks (longest ${ms(max(cbs), 1)}, p99 ${ms(pct(cbs, 99), 2)}); the page's own long tasks, with / without Hangup: `
    + `${grown.longtasks.length} / ${grownWithout.longtasks.length} grown, ${chunkWith.longtasks.length} / ${chunkWithout.longtasks.length} history-loaded`,
    '0', longCbs === 0 ? 'PASS' : 'MISS');

  // Memory: the JS heap (V8: the content script's isolated world) and the DOM heap (Blink's Oilpan:
  // nodes and shadow roots Hangup adds to the page), both over the same page without Hangup.
  const over = (w, wo) => ({ js: w.heap.used - wo.heap.used, dom: w.heap.embedder - wo.heap.embedder });
  const g = over(grown, grownWithout); const c = over(chunkWith, chunkWithout); const s2 = over(smallWith, smallWithout);
  const totalOver = Math.max(g.js + g.dom, c.js + c.dom);
  add('Memory: heap on a 2,000-turn thread, with Hangup minus without (after GC; JS + DOM)',
    `${mb(g.js + g.dom)} grown turn by turn (JS ${mb(g.js)}, DOM ${mb(g.dom)}), ${mb(c.js + c.dom)} history-loaded (JS ${mb(c.js)}, DOM ${mb(c.dom)}); `
    + `on the fixture's own 2 turns: JS ${mb(s2.js)}, DOM ${mb(s2.dom)}`,
    '≤ 5 MB over', totalOver <= 5 * 1024 * 1024 ? 'PASS' : 'MISS');
}
