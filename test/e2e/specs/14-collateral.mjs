// Issue 14: the lock touches only the composer. Per site, in a real browser at the site's real URL
// on its real capture or derived page: every visible interactive element outside the composer region
// (in-message actions, header, sidebar, links) is the same before and after ending, clicks on them
// still reach the page, and the text of earlier messages can still be selected and copied (Ctrl+C
// fires the page's copy with the selection). The region is the one the lock resolved
// ([data-hangup-region]); the test checks it holds the composer and the send control and no turn.
// Then the in-page "End this chat" control, at 360, 768 and 1280 px wide: its box overlaps none of
// the page's visible controls; screenshots of each site open and locked at the three widths.
// With the policy's warning and the crisis card shown (a few sites), at the three widths: the End
// button, each card and the site's composer and send button overlap none of each other, the cards'
// buttons are under no other box, and Tab goes from the cards to the End button.
// Chromium runs every site; Firefox runs ChatGPT, Claude and Gemini.
import { mkdirSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { assert, eq, ui, waitFor, sleep, openSim, endFromPage } from '../helpers.mjs';
import { SITES } from '../fixtures.mjs';
import { ABUSE, say, openLive } from '../policy-talk.mjs';

const PRELOCK_JS = (b) => readFileSync(`dist/${b === 'chromium' ? 'chrome' : 'firefox'}/prelock.js`, 'utf8');

const FIREFOX_SITES = ['chatgpt', 'claude', 'gemini'];
const browser = process.argv[2];
const sites = Object.keys(SITES).filter((s) => browser !== 'firefox' || FIREFOX_SITES.includes(s));
const WIDTHS = [360, 768, 1280];
/** The title each site's test page gives its thread (the conversation's own name; never message text). */
const TITLES = {
  chatgpt: 'Streamed Response Request', claude: 'Streamed response from Claude', gemini: 'Exact Response Requested and Provided',
  grok: 'Streamed Response from Grok', perplexity: /^Perplexity chat, \d{4}-\d{2}-\d{2}$/, copilot: 'Explain the water cycle',
  deepseek: 'Water Cycle Explained', lechat: 'Water cycle', poe: 'Water cycle', huggingchat: 'Water cycle explained',
};
/** Controls outside the composer that send into the thread, hidden on purpose (adapter: sendElsewhere). */
const SEND_ELSEWHERE = { perplexity: 'button:has(use[*|href="#pplx-icon-corner-down-right"])' };

const results = {};
const OUT = `test-results/collateral-e2e-${browser}.json`;
function record(site, data) {
  results[site] = { ...(results[site] ?? {}), ...data };
  mkdirSync('test-results', { recursive: true });
  writeFileSync(OUT, JSON.stringify(results, null, 1));
}

const setWidth = async (page, width) => {
  const size = { width, height: width < 500 ? 780 : 860 };
  if (page.setViewportSize) await page.setViewportSize(size); else await page.setViewport(size);
  await sleep(250);
};

/** In the page: tag every interactive element of the page (not Hangup's) and say which are usable. */
const census = (elsewhereSel) => {
  const INTERACTIVE = 'a[href], button, input:not([type="hidden"]), textarea, select, summary, [role="button"], [role="link"], '
    + '[role="tab"], [role="menuitem"], [role="checkbox"], [role="switch"], [contenteditable="true"], [tabindex]:not([tabindex="-1"])';
  const usable = (el) => {
    if (el.closest('[inert]')) return false;
    const cs = getComputedStyle(el);
    if (cs.visibility !== 'visible' || cs.display === 'none' || cs.pointerEvents === 'none') return false;
    if (el.checkVisibility && !el.checkVisibility({ visibilityProperty: true })) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  let elsewhere = [];
  try { elsewhere = elsewhereSel ? [...document.querySelectorAll(elsewhereSel)] : []; } catch { /* engine lacks it */ }
  window.__cid ??= 0;
  const out = {};
  for (const el of document.querySelectorAll(INTERACTIVE)) {
    if (el.closest('hangup-ui, hangup-branch')) continue;
    if (!el.dataset.cid) el.dataset.cid = String(++window.__cid);
    out[el.dataset.cid] = { usable: usable(el), elsewhere: elsewhere.some((x) => x === el || x.contains(el)),
      desc: `${el.tagName.toLowerCase()}${el.getAttribute('aria-label') ? `[aria-label="${el.getAttribute('aria-label')}"]` : ''} ${(el.textContent ?? '').trim().slice(0, 30)}` };
  }
  return out;
};

const regionInfo = ([composer, send, userTurn]) => {
  const r = document.querySelector('[data-hangup-region]');
  if (!r) return null;
  const inside = [...document.querySelectorAll('[data-cid]')].filter((el) => r.contains(el)).map((el) => el.dataset.cid);
  return { inside, hasComposer: !!r.querySelector(composer) || r.matches(composer), hasSend: !!r.querySelector(send),
    turnsInside: [...document.querySelectorAll(userTurn)].filter((t) => r.contains(t)).length, tag: r.tagName.toLowerCase() };
};

/** A synthetic click on each tagged element: does it reach the element (Hangup's guard is on window, capture)? */
const clicksReach = (ids) => ids.filter((id) => {
  const el = document.querySelector(`[data-cid="${id}"]`);
  if (!el) return false;
  let reached = false;
  const on = (e) => { reached = !e.defaultPrevented; e.preventDefault(); e.stopPropagation(); };
  el.addEventListener('click', on, { once: true });
  el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true }));
  el.removeEventListener('click', on);
  return !reached;
});

/** The End button's box against every visible page control it would cover. */
const endOverlaps = () => {
  const btn = document.querySelector('hangup-ui')?.shadowRoot?.querySelector('.end-btn');
  if (!btn) return null;
  const b = btn.getBoundingClientRect();
  const INTERACTIVE = 'a[href], button, input:not([type="hidden"]), textarea, select, [role="button"], [role="link"], [role="tab"], [contenteditable="true"]';
  const hits = [];
  for (const el of document.querySelectorAll(INTERACTIVE)) {
    if (el.closest('hangup-ui, hangup-branch')) continue;
    const cs = getComputedStyle(el);
    if (cs.visibility !== 'visible' || cs.display === 'none') continue;
    const r = el.getBoundingClientRect();
    if (!r.width || !r.height) continue;
    const w = Math.min(b.right, r.right) - Math.max(b.left, r.left);
    const h = Math.min(b.bottom, r.bottom) - Math.max(b.top, r.top);
    if (w > 1 && h > 1) hits.push(`${el.tagName.toLowerCase()}${el.getAttribute('aria-label') ? `[${el.getAttribute('aria-label')}]` : ''} ${(el.textContent ?? '').trim().slice(0, 24)}`);
  }
  return { box: { x: Math.round(b.left), y: Math.round(b.top), w: Math.round(b.width), h: Math.round(b.height) },
    inViewport: b.left >= 0 && b.top >= 0 && b.right <= innerWidth && b.bottom <= innerHeight, hits };
};

function siteTests(site) {
  const s = SITES[site];
  const A = s.ids(0x14a); const B = s.ids(0x14b);
  return [{
    name: `${site}: ending leaves every control outside the composer as it was; messages stay selectable and copyable`,
    async run({ d }) {
      const page = await openSim(d, s, A);
      await ui.waitText(page, 'End this chat', 8000);
      const before = await page.evaluate(census, SEND_ELSEWHERE[site] ?? null);
      // The pre-paint stylesheet (the built prelock.js, as the background registers it for ended
      // threads), in force as before the content script decides: it hides the composer and none
      // of the controls outside it.
      const pre = await page.evaluate(([code, composer]) => {
        const html = document.documentElement;
        const state = html.getAttribute('data-hangup-state');
        html.removeAttribute('data-hangup-state');
        new Function(code)();
        const c = document.querySelector(composer);
        const composerHidden = !!c && getComputedStyle(c).visibility === 'hidden';
        return { state, composerHidden };
      }, [PRELOCK_JS(browser), s.composer]);
      assert(pre.composerHidden, 'the pre-paint stylesheet hides the composer');
      const duringPre = await page.evaluate(census, SEND_ELSEWHERE[site] ?? null);
      await page.evaluate((state) => { document.getElementById('hangup-prelock-style')?.remove(); document.documentElement.setAttribute('data-hangup-state', state); }, pre.state);
      const preLost = Object.keys(before).filter((id) => before[id].usable && !before[id].elsewhere && !duringPre[id]?.usable);
      await endFromPage(page);
      eq(await page.evaluate(() => document.documentElement.getAttribute('data-hangup-state')), 'locked', 'locked');
      await waitFor(page, () => !!document.querySelector('[data-hangup-region]'), null, { what: 'resolved composer region' });
      const after = await page.evaluate(census, SEND_ELSEWHERE[site] ?? null);
      // The site shows its send button once there is text (ChatGPT: voice until then).
      await page.evaluate(() => window.__sim.showSendButton());
      const region = await page.evaluate(regionInfo, [s.composer, s.send, s.userTurn]);
      assert(region.hasComposer, `the resolved region <${region.tag}> holds the composer`);
      assert(region.hasSend, `the resolved region <${region.tag}> holds the send control ${s.send}`);
      eq(region.turnsInside, 0, 'no user turn inside the composer region');
      const inside = new Set(region.inside);
      const preLostOutside = preLost.filter((id) => !inside.has(id)).map((id) => before[id].desc);
      eq(JSON.stringify(preLostOutside), '[]', 'controls outside the composer hidden by the pre-paint stylesheet');
      const outsideIds = Object.keys(before).filter((id) => !inside.has(id) && !before[id].elsewhere);
      const usableBefore = outsideIds.filter((id) => before[id].usable);
      const usableAfter = outsideIds.filter((id) => after[id]?.usable);
      const lost = usableBefore.filter((id) => !after[id]?.usable).map((id) => before[id].desc);
      const gained = usableAfter.filter((id) => !before[id].usable).map((id) => after[id].desc);
      eq(JSON.stringify(lost), '[]', 'controls outside the composer that ending hid or made inert');
      eq(JSON.stringify(gained), '[]', 'controls outside the composer that appeared on ending');
      const swallowed = await page.evaluate(clicksReach, usableAfter);
      eq(JSON.stringify(swallowed.map((id) => after[id].desc)), '[]', 'clicks outside the composer swallowed');
      // The composer's own controls are gone (positive control).
      const regionUsable = region.inside.filter((id) => after[id]?.usable);
      eq(regionUsable.length, 0, 'usable controls left inside the composer region');
      const elsewhereIds = Object.keys(after).filter((id) => after[id].elsewhere);
      assert(elsewhereIds.every((id) => !after[id].usable), 'the sendElsewhere controls are hidden');

      // Earlier messages: select a user turn's text, press Ctrl+C: the page's copy event carries it.
      const sel = await page.evaluate((userTurn) => {
        window.__copied = null;
        document.addEventListener('copy', (e) => { window.__copied = { text: String(getSelection()), prevented: e.defaultPrevented }; }, { once: true });
        const t = document.querySelector(userTurn);
        t.scrollIntoView({ block: 'center' });
        getSelection().selectAllChildren(t);
        return String(getSelection()).trim();
      }, s.userTurn);
      assert(sel.length > 0, 'a user message can be selected');
      await page.keyboard.down('Control'); await page.keyboard.press('c'); await page.keyboard.up('Control');
      const copied = await waitFor(page, () => window.__copied, null, { what: 'copy event' });
      assert(copied.text.trim().length > 0 && !copied.prevented, `Ctrl+C copies the selected message (${JSON.stringify(copied)})`);
      // The ended thread is stored under the conversation's own title, and search by title finds it.
      const key = `${site}:${site === 'perplexity' ? A.split('-').pop() : A}`;
      const send = (m) => d.evalBackground(`(globalThis.browser ?? chrome).runtime.sendMessage(${JSON.stringify(m)})`);
      const rec = (await send({ type: 'page:get', body: { key } })).data;
      const want = TITLES[site];
      assert(want instanceof RegExp ? want.test(rec.title) : rec.title === want, `stored title ${JSON.stringify(rec.title)} (want ${want})`);
      const word = rec.title.split(/\s+/)[0];
      const found = (await send({ type: 'page:list', body: { search: rec.title.split(/\s+/).slice(0, 2).join(' ') } })).data;
      assert(found.records.some((r) => r.key === key), `search "${word}…" finds the thread by its title`);
      record(site, { title: rec.title, before: usableBefore.length, after: usableAfter.length, region: region.tag, regionControls: region.inside.length,
        sendElsewhereHidden: elsewhereIds.length, copied: copied.text.trim().length });
      await page.close();
    },
  }, {
    name: `${site}: "End this chat" overlaps none of the page's controls at 360, 768 and 1280 px; screenshots open and locked`,
    timeout: 90_000,
    async run({ d, shot }) {
      const page = await openSim(d, s, B);
      await page.bringToFront(); // a tab behind another (the first-run page) gets no animation frames: nothing is placed there
      await ui.waitText(page, 'End this chat', 8000);
      const widths = {};
      for (const w of WIDTHS) {
        await setWidth(page, w);
        const o = await waitFor(page, endOverlaps, null, { what: 'End button' });
        widths[w] = o;
        await shot(page, `14-${site}-open-${w}`);
      }
      // A long draft grows the composer upward: the button moves with it, still over no control.
      await setWidth(page, 768);
      const c = await page.evaluate((sel) => { const el = document.querySelector(sel); el.scrollIntoView({ block: 'center' });
        const b = el.getBoundingClientRect(); return { x: b.left + 20, y: b.top + b.height / 2 }; }, s.composer);
      await page.mouse.click(c.x, c.y);
      await page.evaluate((sel) => document.querySelector(sel)?.focus(), s.composer);
      for (let i = 0; i < 6; i++) { await page.keyboard.type(`draft line ${i}`); await page.keyboard.down('Shift'); await page.keyboard.press('Enter'); await page.keyboard.up('Shift'); }
      await sleep(300);
      const grown = await waitFor(page, endOverlaps, null, { what: 'End button' });
      widths.grown768 = grown;
      await shot(page, `14-${site}-open-768-long-draft`);
      // Locked, at each width (the banner replaces the composer).
      await setWidth(page, 1280);
      await endFromPage(page);
      for (const w of WIDTHS) { await setWidth(page, w); await shot(page, `14-${site}-locked-${w}`); }
      record(site, { endButton: widths });
      eq(JSON.stringify(widths.grown768.hits), '[]', 'page controls under the End button with a long draft at 768px');
      for (const w of WIDTHS) {
        assert(widths[w].inViewport, `End button inside the viewport at ${w}px: ${JSON.stringify(widths[w].box)}`);
        eq(JSON.stringify(widths[w].hits), '[]', `page controls under the End button at ${w}px`);
      }
      await page.close();
    },
  }];
}

/** "Branch from here": quiet until its message is hovered or focused; always shown once ended. */
const BRANCH_SITES = browser === 'firefox' ? ['chatgpt', 'claude', 'gemini'] : ['chatgpt', 'gemini', 'deepseek', 'perplexity'];
const hostOpacity = (userTurn) => {
  const turn = [...document.querySelectorAll(userTurn)].find((t) => t.querySelector('hangup-branch'));
  const host = turn?.querySelector('hangup-branch');
  return host ? getComputedStyle(host).opacity : null;
};
const opacityIs = ([userTurn, want]) => {
  const turn = [...document.querySelectorAll(userTurn)].find((t) => t.querySelector('hangup-branch'));
  const host = turn?.querySelector('hangup-branch');
  return !!host && getComputedStyle(host).opacity === want;
};
function branchTest(site) {
  const s = SITES[site];
  return {
    name: `${site}: "Branch from here" shows on hover and on keyboard focus, and always once the chat has ended`,
    async run({ d }) {
      const page = await openSim(d, s, s.ids(0x14c));
      await ui.waitText(page, 'End this chat', 8000);
      await waitFor(page, hostOpacity, s.userTurn, { what: 'branch control on a user turn' });
      await page.mouse.move(2, 2);
      await waitFor(page, opacityIs, [s.userTurn, '0'], { what: 'quiet branch control (opacity 0) while its message is not hovered' });
      // It is still there for the keyboard and for screen readers: a focusable button with its name.
      const a11y = await page.evaluate(() => {
        const b = document.querySelector('hangup-branch').shadowRoot.querySelector('button');
        const cs = getComputedStyle(b);
        return { name: b.textContent.trim(), tab: b.tabIndex, vis: cs.visibility, shown: cs.display !== 'none', inert: !!b.closest('[inert]') };
      });
      eq(JSON.stringify(a11y), JSON.stringify({ name: 'Branch from here', tab: 0, vis: 'visible', shown: true, inert: false }), 'keyboard reachable, named');
      // Hover the message.
      const r = await page.evaluate((sel) => {
        const t = [...document.querySelectorAll(sel)].find((x) => x.querySelector('hangup-branch'));
        t.scrollIntoView({ block: 'center' });
        const b = t.getBoundingClientRect();
        return { x: b.left + Math.min(40, b.width / 2), y: b.top + Math.min(12, b.height / 2) };
      }, s.userTurn);
      await page.mouse.move(r.x, r.y);
      await waitFor(page, opacityIs, [s.userTurn, '1'], { what: 'opacity 1 on hover' });
      await page.mouse.move(2, 2);
      await waitFor(page, opacityIs, [s.userTurn, '0'], { what: 'quiet again' });
      // Keyboard focus on the control shows it.
      await page.evaluate(() => document.querySelector('hangup-branch').shadowRoot.querySelector('button').focus());
      await waitFor(page, opacityIs, [s.userTurn, '1'], { what: 'opacity 1 on focus' });
      await page.evaluate(() => document.activeElement?.blur?.());
      // Ended: always shown.
      await endFromPage(page);
      await page.mouse.move(2, 2);
      await waitFor(page, opacityIs, [s.userTurn, '1'], { what: 'always shown in an ended chat' });
      await page.close();
    },
  };
}

/** Hangup's boxes (End button, cards) and the site's composer and send button, in the page. */
const cardLayout = ([composer, send]) => {
  const root = document.querySelector('hangup-ui')?.shadowRoot;
  const box = (el) => { if (!el) return null; const r = el.getBoundingClientRect(); return r.width && r.height ? { x: r.left, y: r.top, w: r.width, h: r.height } : null; };
  const end = box(root?.querySelector('.end-btn'));
  // A stack taller than the room scrolls: what shows of a card is its box clipped to the stack's.
  const stack = box(root?.querySelector('.cards'));
  const clip = (b) => {
    if (!b || !stack) return b;
    const y = Math.max(b.y, stack.y); const bottom = Math.min(b.y + b.h, stack.y + stack.h);
    return bottom > y ? { ...b, y, h: bottom - y } : null;
  };
  const cards = [...(root?.querySelectorAll('.card') ?? [])].map((c) => ({ kind: c.dataset.hangup, box: clip(box(c)) }));
  // Each card's Close, once focused (as Tab would: a scrolled stack brings it into view): in the
  // window, and what the pointer hits at its centre (no other box over it).
  const closes = [...(root?.querySelectorAll('.card [data-action="close"]') ?? [])].map((b) => {
    b.focus();
    const r = b.getBoundingClientRect();
    const hit = root.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    b.blur();
    return { inView: r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth, hit: hit === b };
  });
  return { end, stack, cards, closes, composer: box(document.querySelector(composer)), send: box(document.querySelector(send)),
    order: [...(root?.querySelectorAll('[data-hangup="crisis"], [data-hangup="warn"], .end-btn') ?? [])].map((e) => e.dataset.hangup) };
};
const intersects = (a, b) => !!a && !!b && Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 1 && Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > 1;

const CARD_SITES = browser === 'firefox' ? ['chatgpt'] : ['chatgpt', 'claude', 'gemini'];
function cardsTest(site) {
  const s = SITES[site];
  return {
    name: `${site}: with the warning and crisis cards shown, End button, cards, composer and send button overlap none of each other at 360, 768 and 1280 px; once ended, the crisis card clears the banner`,
    timeout: 120_000,
    async run({ d, shot }) {
      const page = await openLive(d, s, s.ids(0x14d));
      for (const m of ABUSE) {
        await say(page, s, m, 900).catch(() => {});
        if (await ui.has(page, '[data-hangup="warn"]')) break;
        assert(!(await ui.text(page)).includes('This chat has ended'), 'ended before any warning');
      }
      assert(await ui.has(page, '[data-hangup="warn"]'), 'the policy showed its warning');
      await say(page, s, "I can't take it anymore, I want to kill myself tonight.", 900).catch(() => {});
      await waitFor(page, () => !!document.querySelector('hangup-ui')?.shadowRoot?.querySelector('[data-hangup="crisis"]'), null, { what: 'the crisis card', timeout: 8000 });
      await page.evaluate(() => window.__sim?.showSendButton?.());
      const seen = {};
      for (const w of WIDTHS) {
        await setWidth(page, w);
        await sleep(100); // the placement runs on the next frame after the resize
        const l = await page.evaluate(cardLayout, [s.composer, s.send]);
        seen[w] = l;
        await shot(page, `14-${site}-cards-${w}`);
        const at = `at ${w}px`;
        assert(l.end, `End button shown ${at}`);
        eq(l.cards.map((c) => c.kind).join(','), 'crisis,warn', `cards shown ${at}`);
        for (const c of l.cards) {
          assert(!intersects(c.box, l.end), `${c.kind} card ${JSON.stringify(c.box)} overlaps the End button ${JSON.stringify(l.end)} ${at}`);
          assert(!intersects(c.box, l.composer), `${c.kind} card ${JSON.stringify(c.box)} overlaps the composer ${JSON.stringify(l.composer)} ${at}`);
          assert(!intersects(c.box, l.send), `${c.kind} card ${JSON.stringify(c.box)} overlaps the send button ${JSON.stringify(l.send)} ${at}`);
        }
        assert(!intersects(l.cards[0].box, l.cards[1].box), `the two cards overlap each other ${at}`);
        assert(!intersects(l.stack, l.end) && !intersects(l.stack, l.composer), `the cards' column ${JSON.stringify(l.stack)} over the End button or the composer ${at}`);
        assert(!intersects(l.end, l.composer) && !intersects(l.end, l.send), `End button ${JSON.stringify(l.end)} over the composer or send button ${at}`);
        for (const [i, c] of l.closes.entries()) assert(c.inView && c.hit, `card ${i}'s Close, focused, in view and uncovered ${at}: ${JSON.stringify(c)}`);
      }
      eq(seen[1280].order.join(','), 'crisis,warn,end', 'DOM (focus and reading) order: cards top to bottom, then End');
      // Keyboard: from the warning's Close, Tab reaches the End button.
      await page.evaluate(() => document.querySelector('hangup-ui').shadowRoot.querySelector('[data-hangup="warn"] [data-action="close"]').focus());
      await page.keyboard.press('Tab');
      eq(await page.evaluate(() => document.querySelector('hangup-ui').shadowRoot.activeElement?.dataset.hangup ?? null), 'end', 'Tab from the warning\'s Close');
      // Ended: the banner replaces the End button; the crisis card stays, above the banner.
      await setWidth(page, 1280);
      await endFromPage(page);
      for (const w of [360, 1280]) {
        await setWidth(page, w);
        await sleep(100);
        const l = await page.evaluate(cardLayout, [s.composer, s.send]);
        const banner = await page.evaluate(() => { const r = document.querySelector('hangup-ui').shadowRoot.querySelector('.banner').getBoundingClientRect(); return { x: r.left, y: r.top, w: r.width, h: r.height }; });
        await shot(page, `14-${site}-cards-ended-${w}`);
        eq(l.cards.map((c) => c.kind).join(','), 'crisis', `the crisis card stays once ended, at ${w}px`);
        assert(!intersects(l.cards[0].box, banner), `crisis card ${JSON.stringify(l.cards[0].box)} overlaps the banner ${JSON.stringify(banner)} at ${w}px`);
        assert(l.closes[0].inView && l.closes[0].hit, `the crisis card's Close, focused, in view and uncovered once ended at ${w}px: ${JSON.stringify({ stack: l.stack, cards: l.cards, closes: l.closes, banner, composer: l.composer })}`);
      }
      record(site, { cards: Object.fromEntries(WIDTHS.map((w) => [w, { end: seen[w].end, stack: seen[w].stack, cards: seen[w].cards }])) });
      await page.close();
    },
  };
}

export const tests = [...sites.flatMap(siteTests), ...BRANCH_SITES.map(branchTest), ...CARD_SITES.map(cardsTest)];
