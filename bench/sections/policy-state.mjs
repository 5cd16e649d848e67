// The policy's state in the background (issue 12), in real Chromium with the built extension, on
// the ChatGPT fixture served at https://chatgpt.com (cross-origin isolated: 5 µs timers).
//
// Signal round trip content → background → events, two ways; each against the 16 ms p95 target:
//  - direct (idle pages): the pages of two threads that do not change, each in a window of its
//    own (both visible), and from the content script's isolated world (CDP Runtime.evaluate)
//    content:turns sent with chrome.runtime.sendMessage exactly as the content script sends it
//    (same world, same extension id, the tab's own thread); one signal per message, timed to its
//    reply: the background validates it, advances the machine, writes the turn and the state to
//    IndexedDB (PolicyStore.apply) and replies with the events. One thread has 100 turns judged,
//    the other 2,000 (built up in messages of 200 signals); 100 round trips each, alternating
//    between the two (the shared machine's load drifts; alternation keeps the drift out of the
//    comparison). Beside it, messaging alone: a content:turns the background refuses at validation.
//  - in flow: a thread grows in the page one turn at a time (the shared harness: a clone of the
//    fixture's own turn markup, corpus text, its own message id), and the content script does what
//    it does for any new turn: its page watcher sees it, PolicyFeed.update judges it in memory
//    (classifyTurn) and posts its signals. Inside the isolated world the feed's host is wrapped:
//    send (performance.now() as the message is built and posted) and onReply (as the reply is
//    handed back, events filtered); the round trip is the time between the two. The answer's
//    settle wait (600 ms with no change in its text) is set to 0 on this feed, so that an answer is
//    judged alone as soon as the page shows it, and every message carries one turn (in use, an
//    answer goes with the user turn after it, or once it has settled). The page waits for each
//    reply (a DOM event the wrapper dispatches) before the next turn, then 4–16 ms. Two things
//    here grow with the thread and are shown apart: building and posting the message (the
//    controller's send reads the thread's title and last path marker from the page, then posts),
//    and the renderer's main thread, which the reply waits for, also laying out and painting the
//    page's frame after each append (rAF → the next task; at 2,000 turns mostly the fixture's own
//    layout). Also shown: append → reply, in the page's main world (same clock), which adds the
//    watcher's wait for the next animation frame.
//
// Per-turn cost at 100 and 2,000 judged turns: judging in flow (PolicyFeed.update minus the
// synchronous building and posting of the message) for the turns that make the thread 61–140 and
// 1,921–2,000 turns long, per exchange (a user turn and its answer, whose costs differ) halved,
// the median exchange; plus the direct round trip's median at 100–200 and 2,000–2,100 judged
// turns (which holds the store write). The verdict is on their ratio; the in-flow sum is shown beside
// it. Both windows get the very same texts. In between, the thread is grown 50 turns per frame (a
// history load: judged as context, in slices of up to 200 signals).
//
// Cold load of the 2,000-turn thread, two ways:
//  - page load → the content script knows the stored state: a main-world init script watches
//    Hangup's shadow root; the content script renders nothing into it until the hello reply
//    (which carries the stored turns' ids) has been handled, so the first element there marks
//    it; time from navigation start. The ids the feed got are read back (must be 2,000). Beside
//    it the same page for a thread with the fixture's 2 judged turns; with the service worker
//    running (its PolicyStore caches the thread) and stopped before the load (a new background:
//    the store opens, a fresh PolicyStore reads 2,000 turns from IndexedDB).
//  - PolicyStore cold get: the worker stopped, woken by page:settings-get from the options page,
//    then page:policy for the thread (a fresh PolicyStore loads its record and every turn), then
//    page:policy again (cached); the same for the 2-turn thread.
import { launchChromium, isolatedWorld } from '../lib/browser.mjs';
import { HARNESS } from '../lib/thread-harness.mjs';
import { loadPolicy } from '../lib/policy.mjs';
import { benignExchanges } from '../lib/corpus.mjs';
import { stopWorker } from '../lib/records.mjs';
import { median, pct, ms, fmt, sleep } from '../lib/stats.mjs';

const WIN_100 = [61, 140];
const WIN_2000 = [1921, 2000];
const ONE_BY_ONE_TO = 260; // round trips 3…260, then 1,921…2,000: ≥ 200 in all
const TARGET = WIN_2000[1];
const COLD_RUNS = 6;
const DWIN = [100, 2000]; // judged turns before the direct round trips (then one more per round trip)
const DIRECT_RUNS = 100;
let T0 = Date.now();
const log = (what) => console.log(`  … ${what} (${((Date.now() - T0) / 1000).toFixed(0)} s)`);

/** Isolated world: wrap the controller's policy feed (see the header). */
const INSTR = `(() => {
  const c = globalThis.__hangup; const f = c?.feed;
  if (!f || !f.host) return 'no policy feed in the content script (globalThis.__hangup.feed)';
  f.settleMs = 0;
  const R = (globalThis.__benchPS = { sends: [] });
  let cur = null; let last = null;
  const host = f.host; const send = host.send; const onReply = host.onReply;
  host.send = (b) => {
    const t0 = performance.now();
    cur = last = { from: b.from, n: b.signals.length, t0, t1: NaN, post: 0, judge: NaN, events: -1, judged: -1 };
    R.sends.push(cur);
    const p = send(b);
    last.post = performance.now() - t0;
    return p;
  };
  host.onReply = (reply, events) => {
    if (cur) { cur.t1 = performance.now(); cur.events = reply.events.length; cur.judged = reply.view ? reply.view.judged : -1; }
    cur = null;
    onReply(reply, events);
    document.dispatchEvent(new CustomEvent('hangup-bench-reply'));
  };
  const update = f.update;
  f.update = function (...a) {
    last = null;
    const t0 = performance.now(); const r = update.apply(this, a); const d = performance.now() - t0;
    if (last) last.judge = d - last.post;
    return r;
  };
  return 'ok';
})()`;

/** Main world: append turns one at a time up to `to`, each after the previous one's reply. */
const ONE_BY_ONE = async ({ to, texts, timeoutMs }) => {
  const B = window.__bench;
  const out = [];
  let n = B.count();
  let role = B.lastRole() === 'user' ? 'assistant' : 'user';
  while (n < to) {
    n++;
    const ex = texts[Math.floor((n - 1) / 2) % texts.length];
    let on;
    const got = new Promise((r) => {
      on = () => r(performance.now());
      document.addEventListener('hangup-bench-reply', on, { once: true });
      setTimeout(() => r(NaN), timeoutMs);
    });
    let frame = NaN;
    requestAnimationFrame(() => {
      const f0 = performance.now(); const ch = new MessageChannel();
      ch.port1.onmessage = () => { frame = performance.now() - f0; }; ch.port2.postMessage(0);
    });
    const t0 = performance.now();
    B.append(role, role === 'user' ? ex[0] : ex[1], n);
    const t1 = await got;
    document.removeEventListener('hangup-bench-reply', on);
    await new Promise((r) => setTimeout(r, 4 + Math.random() * 12));
    out.push([n, role, t1 - t0, frame]);
    role = role === 'user' ? 'assistant' : 'user';
  }
  return out;
};

/** Main world: a history load, 50 turns per frame, up to `to`. */
const CHUNKED = async ({ to, texts }) => {
  const B = window.__bench;
  let n = B.count();
  let role = B.lastRole() === 'user' ? 'assistant' : 'user';
  const container = document.querySelector('article[data-turn]').parentElement;
  while (n < to) {
    const frag = document.createDocumentFragment();
    for (let k = 0; k < 50 && n < to; k++) {
      n++;
      const ex = texts[Math.floor((n - 1) / 2) % texts.length];
      frag.append(B.make(role, role === 'user' ? ex[0] : ex[1], n));
      role = role === 'user' ? 'assistant' : 'user';
    }
    container.append(frag);
    await new Promise((r) => requestAnimationFrame(r));
  }
  return n;
};

/**
 * Isolated world of an idle page (its thread on screen, no DOM change): content:turns sent
 * directly with chrome.runtime.sendMessage, as the content script sends it (globalThis.__benchDirect).
 */
const DIRECT = (key) => `(async () => {
  const sig = (pos) => ({ id: 'm:direct-' + pos, role: pos % 2 ? 'assistant' : 'user', categories: [], refused: false,
    crisis: null, endRequest: false, insists: false, live: true });
  const key = ${JSON.stringify(key)};
  const send = async (from, n) => {
    const signals = Array.from({ length: n }, (_, i) => sig(from + i));
    const r = await chrome.runtime.sendMessage({ type: 'content:turns', body: { key, url: location.href, title: 'bench',
      from, signals, truncate: false, turns: from + n } });
    if (!r || !r.ok) throw new Error('content:turns refused: ' + (r && r.error));
    if (r.data.resync || !r.data.view || r.data.view.judged !== from + n) throw new Error('content:turns: the background holds ' + (r.data.view && r.data.view.judged) + ' turns, not ' + (from + n));
    return r.data;
  };
  const first = await chrome.runtime.sendMessage({ type: 'content:hello', body: { site: 'chatgpt', url: location.href } });
  const D = (globalThis.__benchDirect = {
    judged: first.data.policy ? first.data.policy.ids.length : 0,
    /** Built up in messages of 200 signals. */
    async build(to) { while (D.judged < to) { const n = Math.min(200, to - D.judged); await send(D.judged, n); D.judged += n; } return D.judged; },
    /** One signal, timed to its reply. */
    async one() { const t0 = performance.now(); await send(D.judged, 1); const dt = performance.now() - t0; D.judged++; return dt; },
    /** Messaging alone: a content:turns the background refuses at validation (no store, no state). */
    async bare() {
      const t0 = performance.now();
      const r = await chrome.runtime.sendMessage({ type: 'content:turns', body: { key } });
      const dt = performance.now() - t0;
      if (!r || r.ok) throw new Error('an invalid content:turns was not refused');
      return dt;
    },
  });
  return { judged: D.judged, visible: document.visibilityState };
})()`;

/** Main-world init script: when the content script first renders into its shadow root (after the hello reply). */
const HELLO_PROBE = () => {
  const P = (window.__helloProbe = { at: null });
  const look = () => {
    const host = document.querySelector('hangup-ui');
    const root = host?.shadowRoot;
    if (!root) return false;
    const test = () => {
      const wrap = root.querySelector('.wrap');
      if (P.at === null && wrap && wrap.childElementCount > 0) P.at = performance.now();
      return P.at !== null;
    };
    if (!test()) new MutationObserver((_, mo) => { if (test()) mo.disconnect(); }).observe(root, { childList: true, subtree: true });
    return true;
  };
  if (!look()) new MutationObserver((_, mo) => { if (look()) mo.disconnect(); }).observe(document, { childList: true, subtree: true });
};

const feedIds = (iw) => iw.eval('globalThis.__hangup?.feed?.ids?.length ?? -1');

async function waitJudged(iw, n, timeoutMs) {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const k = await feedIds(iw);
    if (k >= n) return k;
    if (Date.now() > end) throw new Error(`the feed holds ${k} judged turns, not ${n}, after ${timeoutMs / 1000} s`);
    await sleep(100);
  }
}

async function coldLoad(b, url) {
  const page = await b.ctx.newPage();
  try {
    await page.addInitScript(HELLO_PROBE);
    await page.goto(url);
    await page.waitForFunction(() => window.__helloProbe?.at !== null, null, { timeout: 15000 });
    const at = await page.evaluate(() => window.__helloProbe.at);
    const iw = await isolatedWorld(b.ctx, page);
    const ids = await feedIds(iw).finally(() => iw.cdp.detach().catch(() => {}));
    return { at, ids };
  } finally { await page.close(); }
}

/** page:* from the options page: wake the worker, then time page:policy cold and cached. */
const COLD_GET = async (key) => {
  const send = (type, body) => chrome.runtime.sendMessage({ type, body });
  const t0 = performance.now();
  await send('page:settings-get', {});
  const t1 = performance.now();
  const cold = await send('page:policy', { key });
  const t2 = performance.now();
  await send('page:policy', { key });
  const t3 = performance.now();
  return { wake: t1 - t0, cold: t2 - t1, warm: t3 - t2, judged: cold?.ok ? cold.data?.judged ?? 0 : -1, error: cold?.ok ? null : cold?.error };
};

export async function policyState({ add, origin, serveAll, ext }) {
  T0 = Date.now();
  const policy = await loadPolicy();
  const pool = benignExchanges(policy);
  if (pool.length < 20) throw new Error('too few benign exchanges to grow a thread');
  // Exchange texts cycle with the distance between the windows: both get the very same texts.
  const cycle = (WIN_2000[0] - WIN_100[0]) / 2;
  const texts = Array.from({ length: cycle }, (_, i) => pool[i % pool.length]);

  const b = await launchChromium({ extension: true, ext });
  try {
    serveAll(b);
    const BIG = 'bench-policy-big-0000001';
    const SMALL = 'bench-policy-small-00001';
    const DIRECT_100 = 'bench-policy-direct-0100';
    const DIRECT_2000 = 'bench-policy-direct-2000';
    const page = await b.ctx.newPage();
    let rounds = []; let sends = [];
    try {
      await page.goto(`${origin}/c/${BIG}`);
      await page.waitForFunction(() => !!document.querySelector('hangup-ui')?.shadowRoot?.querySelector('[data-hangup="end"]'), null, { timeout: 10000 });
      await sleep(1300); // past the route-settle window: turns that appear now are live
      await page.evaluate(HARNESS);
      const iw = await isolatedWorld(b.ctx, page);
      try {
        const start = await page.evaluate(() => window.__bench.count());
        await waitJudged(iw, start, 5000); // the fixture's own turns, read as context on opening
        const ok = await iw.eval(INSTR);
        if (ok !== 'ok') throw new Error(ok);
        log('thread open, feed instrumented');
        rounds.push(...await page.evaluate(ONE_BY_ONE, { to: ONE_BY_ONE_TO, texts, timeoutMs: 3000 }));
        log(`one by one to ${ONE_BY_ONE_TO} turns`);
        await page.evaluate(CHUNKED, { to: WIN_2000[0] - 1, texts });
        await waitJudged(iw, WIN_2000[0] - 1, 60_000);
        log(`history-loaded to ${WIN_2000[0] - 1} turns`);
        await sleep(200);
        rounds.push(...await page.evaluate(ONE_BY_ONE, { to: TARGET, texts, timeoutMs: 3000 }));
        await waitJudged(iw, TARGET, 10_000);
        sends = await iw.eval('globalThis.__benchPS.sends');
        log(`one by one to ${TARGET} turns`);
      } finally { await iw.cdp.detach().catch(() => {}); }
    } finally { await page.close(); }

    // ---- direct: idle pages of two other threads, each in a window of its own (both visible),
    // about 100 and about 2,000 turns judged; content:turns from their isolated worlds, one signal
    // per message, the two threads alternating (the machine's load drifts: alternation keeps it
    // out of the comparison).
    const direct = [[], []]; const bare = []; const visible = [];
    const opened = [];
    try {
      const cdp = await b.ctx.browser().newBrowserCDPSession();
      for (const [i, id] of [DIRECT_100, DIRECT_2000].entries()) {
        const [p] = await Promise.all([b.ctx.waitForEvent('page'), cdp.send('Target.createTarget', { url: 'about:blank', newWindow: true })]);
        await p.goto(`${origin}/c/${id}`);
        await p.waitForFunction(() => !!document.querySelector('hangup-ui')?.shadowRoot?.querySelector('[data-hangup="end"]'), null, { timeout: 10000 });
        const iw = await isolatedWorld(b.ctx, p);
        opened.push({ p, iw });
        await waitJudged(iw, 2, 5000);
        visible.push((await iw.eval(DIRECT(`chatgpt:${id}`))).visible);
        await iw.eval(`globalThis.__benchDirect.build(${DWIN[i]})`);
      }
      await cdp.detach().catch(() => {});
      for (let k = 0; k < DIRECT_RUNS; k++) {
        for (const i of k % 2 ? [1, 0] : [0, 1]) {
          direct[i].push(await opened[i].iw.eval('globalThis.__benchDirect.one()'));
          await sleep(2 + Math.random() * 6);
        }
        bare.push(await opened[k % 2].iw.eval('globalThis.__benchDirect.bare()'));
      }
    } finally {
      for (const { p, iw } of opened) { await iw.cdp.detach().catch(() => {}); await p.close().catch(() => {}); }
    }
    log('direct round trips');

    // ---- 1. round trip. In flow: the one-turn messages of the one-by-one phases, matched to the page's turn.
    const byPos = new Map(sends.filter((s) => s.n === 1).map((s) => [s.from, s]));
    const perN = new Map();
    for (const [n, role, appendToReply, frame] of rounds) {
      const s = byPos.get(n - 1);
      if (!s || !Number.isFinite(s.t1)) continue;
      perN.set(n, { role, rt: s.t1 - s.t0, judge: s.judge, post: s.post, appendToReply, frame });
    }
    const missing = rounds.length - perN.size;
    const flow = (a, z) => [...perN].filter(([n]) => n >= a && n <= z).map(([, x]) => x);
    const rtLine = (xs) => `p95 ${ms(pct(xs, 95), 2)}, median ${ms(median(xs), 2)}`;
    const dAll = direct.flat();
    const dp95 = pct(dAll, 95);
    add('Policy signal round trip, content → background → events: content:turns sent from the content script\'s isolated world (chrome.runtime.sendMessage) of idle pages → reply; one signal per message (p95)',
      `${ms(dp95, 2)} (median ${ms(median(dAll), 2)}; ${dAll.length} round trips; at ${DWIN[0]}–${DWIN[0] + DIRECT_RUNS} judged turns ${rtLine(direct[0])}; at ${DWIN[1].toLocaleString('en')}–${(DWIN[1] + DIRECT_RUNS).toLocaleString('en')}: ${rtLine(direct[1])}; alternating, pages visible: ${visible.join('/')}; `
      + `messaging alone, a content:turns refused at validation: ${rtLine(bare)})`,
      '≤ 16 ms p95', dp95 <= 16 ? 'PASS' : 'MISS');
    for (const [a, z] of [[3, ONE_BY_ONE_TO], WIN_2000]) {
      const xs = flow(a, z);
      const rts = xs.map((x) => x.rt); const p = pct(rts, 95);
      const user = xs.filter((x) => x.role === 'user');
      add(`Policy signal round trip in flow, thread growing one turn at a time from ${a.toLocaleString('en')} to ${z.toLocaleString('en')} turns: the feed's send → its reply handed back (p95)`,
        `${ms(p, 2)} (median ${ms(median(rts), 2)}; ${rts.length} round trips${a === 3 && missing ? `; ${missing} turns without a matched reply` : ''}; `
        + `page append of a user turn → reply: median ${ms(median(user.map((x) => x.appendToReply)), 1)}, p95 ${ms(pct(user.map((x) => x.appendToReply), 95), 1)}; `
        + `of which building and posting the message: median ${ms(median(xs.map((x) => x.post)), 2)}; `
        + `the page's own frame after an append (rAF → next task): median ${ms(median(xs.map((x) => x.frame)), 1)}, p95 ${ms(pct(xs.map((x) => x.frame), 95), 1)})`,
        '≤ 16 ms p95', p <= 16 ? 'PASS' : 'MISS');
    }

    // ---- 2. per-turn cost at 100 and 2,000 judged turns: judging (in flow) + round trip (direct; in flow beside it).
    const win = ([a, z]) => {
      const ex = []; const rts = []; const judges = [];
      for (let n = a; n + 1 <= z; n += 2) {
        const u = perN.get(n); const r = perN.get(n + 1);
        if (!u || !r || !Number.isFinite(u.judge) || !Number.isFinite(r.judge)) continue;
        ex.push((u.judge + u.rt + r.judge + r.rt) / 2);
        rts.push((u.rt + r.rt) / 2); judges.push((u.judge + r.judge) / 2);
      }
      return { cost: median(ex), rt: median(rts), judge: median(judges), n: ex.length };
    };
    const w1 = win(WIN_100); const w2 = win(WIN_2000);
    const d1 = median(direct[0]); const d2 = median(direct[1]);
    const c1 = w1.judge + d1; const c2 = w2.judge + d2;
    const ratio = c2 / c1;
    add('Policy per-turn cost at 100 → 2,000 judged turns: judging in the page (in flow, per turn of the median exchange) + round trip with the store write (direct, median)',
      `${ms(c1, 2)} → ${ms(c2, 2)} (judging ${ms(w1.judge, 3)} → ${ms(w2.judge, 3)}; round trip ${ms(d1, 2)} → ${ms(d2, 2)}; `
      + `in flow, judging + round trip: ${ms(w1.cost, 2)} → ${ms(w2.cost, 2)}, ${fmt(w2.cost / w1.cost, 2)}×, round trip alone ${ms(w1.rt, 2)} → ${ms(w2.rt, 2)}; `
      + `${w1.n} and ${w2.n} exchanges, turns ${WIN_100.join('–')} and ${WIN_2000.join('–')})`, '—', 'info');
    add('Policy per-turn cost ratio at 2,000 : 100 judged turns (flat = 1.0; judging + direct round trip)', `${fmt(ratio, 2)}×`, '≤ 1.5×', ratio <= 1.5 ? 'PASS' : 'MISS');

    // ---- 3. cold load of the 2,000-turn thread.
    const bigUrl = `${origin}/c/${BIG}`; const smallUrl = `${origin}/c/${SMALL}`;
    await coldLoad(b, smallUrl); await coldLoad(b, bigUrl); // warm-up; the small thread gets its 2 turns judged
    const res = { bigWarm: [], smallWarm: [], bigCold: [], smallCold: [] };
    for (let i = 0; i < COLD_RUNS; i++) {
      res.bigWarm.push(await coldLoad(b, bigUrl));
      res.smallWarm.push(await coldLoad(b, smallUrl));
      await stopWorker(b); res.bigCold.push(await coldLoad(b, bigUrl));
      await stopWorker(b); res.smallCold.push(await coldLoad(b, smallUrl));
    }
    const at = (xs) => median(xs.map((r) => r.at));
    const ids = (xs) => [...new Set(xs.map((r) => r.ids))].join('/');
    const allBig = [...res.bigWarm, ...res.bigCold].every((r) => r.ids === TARGET);
    add(`Policy cold load: page load → content script has the stored state of a ${TARGET.toLocaleString('en')}-turn thread (hello reply handled; median of ${COLD_RUNS})`,
      `${ms(at(res.bigCold))} with the service worker stopped before the load (2-turn thread: ${ms(at(res.smallCold))}); `
      + `${ms(at(res.bigWarm))} with it running (2-turn thread: ${ms(at(res.smallWarm))}); from navigation start; ids received: ${ids([...res.bigWarm, ...res.bigCold])}`,
      '—', allBig ? 'info' : 'MISS');

    log('cold loads');
    const gets = { big: [], small: [] };
    for (let i = 0; i < COLD_RUNS; i++) {
      for (const [k, id] of [['big', BIG], ['small', SMALL]]) {
        await stopWorker(b);
        gets[k].push(await b.evalExt(COLD_GET, `chatgpt:${id}`));
      }
    }
    const g = (k, f) => median(gets[k].map((x) => x[f]));
    const bad = [...gets.big, ...gets.small].find((x) => x.error);
    add(`Policy cold get: PolicyStore in a new background, page:policy of a ${TARGET.toLocaleString('en')}-turn thread (median of ${COLD_RUNS})`,
      bad ? `error: ${bad.error}` : `${ms(g('big', 'cold'))} (2-turn thread ${ms(g('small', 'cold'))}; cached afterwards ${ms(g('big', 'warm'), 2)}; `
        + `waking the worker before it, page:settings-get, ${ms(g('big', 'wake'))}; judged turns read: ${[...new Set(gets.big.map((x) => x.judged))].join('/')})`,
      '—', bad || gets.big.some((x) => x.judged !== TARGET) ? 'MISS' : 'info');
  } finally { await b.close(); }
}
