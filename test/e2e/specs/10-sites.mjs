// Issue 4: every hosted site, in a real browser at the site's real URL, with the real capture
// (ChatGPT, Claude, Gemini, Grok, Perplexity) or a fixture that follows the site's markup
// (Copilot, DeepSeek, Le Chat, Poe, HuggingChat) plus a page-world simulator of its sending.
// Per site: another thread sends; End → locked, and nothing sends (Enter, Ctrl+Enter, the send
// button by mouse and by script, form submit, a re-rendered composer); a route change between
// threads moves the lock; a reload keeps it. Claude: the site's own ending is recorded.
// Chromium runs every site; Firefox runs ChatGPT, Claude and Gemini (the run's browser is the
// runner's first argument, so Firefox lists only the tests it runs).
import { assert, eq, ui, waitFor, sleep, openSim, endFromPage } from '../helpers.mjs';
import { SITES } from '../fixtures.mjs';

const FIREFOX_SITES = ['chatgpt', 'claude', 'gemini'];
const browser = process.argv[2];
const sites = Object.keys(SITES).filter((s) => browser !== 'firefox' || FIREFOX_SITES.includes(s));

/** Centre of a selector's first element if it is rendered and visible, else null. */
const visibleRect = (sel) => {
  const el = document.querySelector(sel);
  if (!el) return null;
  el.scrollIntoView?.({ block: 'center' });
  const r = el.getBoundingClientRect();
  const cs = getComputedStyle(el);
  if (!r.width || !r.height || cs.visibility === 'hidden' || cs.display === 'none') return null;
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
};

const userTurns = (page, s) => page.evaluate((sel) => document.querySelectorAll(sel).length, s.userTurn);
const sent = (page) => page.evaluate(() => window.__sim?.sent ?? -1);

async function typeAndEnter(page, s, text, mod) {
  await page.bringToFront(); // the first-run page opens on install and may be in front: keys go there
  const r = await page.evaluate(visibleRect, s.composer);
  if (r) await page.mouse.click(r.x, r.y);
  await page.evaluate((sel) => document.querySelector(sel)?.focus(), s.composer);
  await page.keyboard.type(text);
  if (mod) { await page.keyboard.down(mod); await page.keyboard.press('Enter'); await page.keyboard.up(mod); } else await page.keyboard.press('Enter');
  await sleep(150);
}

const stateAttr = (page) => page.evaluate(() => document.documentElement.getAttribute('data-hangup-state'));

function siteTests(site) {
  const s = SITES[site];
  const A = s.ids(0xa1); const B = s.ids(0xb2);
  return [
    {
      name: `${site}: another thread sends; End this chat → locked, and nothing sends`,
      async run({ d, shot }) {
        // Positive control: thread B is open and sending works.
        const page = await openSim(d, s, B);
        await ui.waitText(page, 'End this chat', 8000);
        const b0 = await userTurns(page, s);
        await typeAndEnter(page, s, 'hello from B');
        eq(await userTurns(page, s), b0 + 1, 'Enter sends in a thread that is not ended');
        eq(await sent(page), 1, 'the site sent once');

        // Thread A, loaded at its URL: type a draft, end it. (Ending a thread reached by an in-app
        // route change is the separate test below.)
        await d.goto(page, s.thread(A));
        await waitFor(page, () => !!window.__sim, null, { what: 'simulator' });
        await ui.waitText(page, 'End this chat');
        await typeAndEnter(page, s, 'draft', 'Shift'); // Shift+Enter: a newline, not a send
        await endFromPage(page);
        eq(await stateAttr(page), 'locked', 'the page is locked');
        const before = await userTurns(page, s);
        const sent0 = await sent(page); // the simulator's counter restarts with the page load

        await typeAndEnter(page, s, 'try enter');
        await typeAndEnter(page, s, 'try ctrl enter', 'Control');
        // The send button, enabled as the site would once there is text: by mouse if a user could
        // reach it (it is hidden: a click there lands on the page beneath, which may be a link)…
        await page.evaluate(() => window.__sim.showSendButton());
        assert(await page.evaluate((sel) => !!document.querySelector(sel), s.send), `the site's send control ${s.send} exists`);
        const r = await page.evaluate(visibleRect, s.send);
        if (r) await page.mouse.click(r.x, r.y);
        // …and by a script click, and a form submit from the page.
        await page.evaluate((sel) => {
          document.querySelector(sel)?.click();
          const f = document.querySelector(sel)?.closest('form');
          if (f) { try { f.requestSubmit(); } catch { /* inert or detached */ } }
        }, s.send);
        // The site re-creates its composer: the lock follows.
        await page.evaluate(() => window.__sim.rerenderComposer());
        await sleep(50);
        await typeAndEnter(page, s, 'after rerender');
        eq(await userTurns(page, s), before, 'no user turn was added in the ended thread');
        eq(await sent(page), sent0, 'the site never sent after the ending');
        const locked = await page.evaluate((sel) => {
          const c = document.querySelector(sel);
          return { inert: !!c?.closest('[inert]'), vis: c ? getComputedStyle(c).visibility : 'none' };
        }, s.composer);
        assert(locked.inert, 'the (re-created) composer is inert');
        eq(locked.vis, 'hidden', 'the composer is hidden');
        const sendVis = await page.evaluate((sel) => getComputedStyle(document.querySelector(sel)).visibility, s.send);
        eq(sendVis, 'hidden', 'the send control is hidden');
        if (site === 'perplexity') {
          const fu = await page.evaluate(() => [...document.querySelectorAll('button')].filter((b) => b.querySelector('use')?.getAttribute('xlink:href') === '#pplx-icon-corner-down-right')
            .map((b) => getComputedStyle(b).visibility));
          assert(fu.length > 0 && fu.every((v) => v === 'hidden'), `follow-up suggestions are hidden: ${fu}`);
        }
        await shot(page, `locked-${site}`);
        await page.close();
      },
    },
    {
      name: `${site}: a route change between threads moves the lock; reload keeps it`,
      async run({ d }) {
        const page = await openSim(d, s, B);
        await ui.waitText(page, 'End this chat', 8000);
        await page.evaluate((p) => window.__sim.navigate(p), s.path(A));
        await ui.waitText(page, 'This chat has ended');
        eq(await stateAttr(page), 'locked', 'locked after the route change into the ended thread');
        await page.evaluate((p) => window.__sim.navigate(p), s.path(B));
        await ui.waitText(page, 'End this chat');
        eq(await stateAttr(page), 'open', 'open again in the other thread');
        const b0 = await userTurns(page, s);
        await typeAndEnter(page, s, 'B after navigating back');
        eq(await userTurns(page, s), b0 + 1, 'sending works again after leaving the ended thread');
        // Back (popstate) into A, then a reload of A.
        await page.evaluate((p) => window.__sim.navigate(p), s.path(A));
        await ui.waitText(page, 'This chat has ended');
        await page.reload();
        await ui.waitText(page, 'This chat has ended', 8000);
        const a0 = await userTurns(page, s);
        await typeAndEnter(page, s, 'after reload');
        eq(await userTurns(page, s), a0, 'no user turn after the reload');
        await page.close();
      },
    },
  ];
}

// Regression (found and fixed 2026-11-22): in Chromium the sender's frame URL still holds the URL
// the page loaded at after a pushState, so the background used to refuse ending a thread reached by
// an in-app route change ("A page may only act on the chat thread it shows"); it now also accepts
// the tab's URL (src/background/commands.ts, senderThread).
const endAfterRouteChange = {
  name: 'grok: ending a thread reached by an in-app route change is saved',
  async run({ d }) {
    const s = SITES.grok;
    const B = s.ids(0xb4); const D = s.ids(0xd4);
    const page = await openSim(d, s, B);
    await ui.waitText(page, 'End this chat', 8000);
    await page.evaluate((p) => window.__sim.navigate(p), s.path(D));
    await sleep(300);
    await endFromPage(page);
    const rec = await d.evalBackground(`(globalThis.browser ?? chrome).runtime.sendMessage({type: 'page:get', body: {key: 'grok:${D}'}})`);
    eq(rec?.data?.status, 'ended', 'the ending of the thread shown after the route change is stored');
    await page.close();
  },
};

const claudeSiteEnding = {
  name: "claude: claude.ai's own ending (composer replaced by the ended notice) is recorded as ended by the site",
  async run({ d }) {
    const s = SITES.claude;
    const C = s.ids(0xc3);
    const page = await openSim(d, s, C);
    await ui.waitText(page, 'End this chat', 8000);
    await page.evaluate(() => window.__sim.siteEnd());
    await ui.waitText(page, 'This chat has ended');
    const rec = await d.evalBackground(`(globalThis.browser ?? chrome).runtime.sendMessage({type: 'page:get', body: {key: 'claude:${C}'}})`);
    eq(rec?.data?.status, 'ended', 'the thread is recorded as ended');
    eq(rec?.data?.endedBy, 'site', 'ended by the site');
    eq(rec?.data?.reason?.code, 'site-ended', 'reason code');
    await page.close();
  },
};

export const tests = [...sites.flatMap(siteTests), ...(sites.includes('claude') ? [claudeSiteEnding] : []),
  ...(sites.includes('grok') ? [endAfterRouteChange] : [])];
