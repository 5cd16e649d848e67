// Issue 5 (popup / options / i18n / a11y): the review UI over 10,000 seeded records, in real
// Chromium and real Firefox. Seeds through `page:import`, measures the popup's first render and
// search, scrolls the virtual list, round-trips export → wipe → import, refuses a bad file,
// runs axe-core on the popup and the options page, and saves light and dark screenshots.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assert, eq, click, waitFor, sleep } from '../helpers.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const N = 10_000;
const SITES = ['chatgpt', 'claude', 'gemini', 'grok', 'copilot', 'perplexity', 'deepseek', 'lechat', 'poe', 'huggingchat', 'openwebui', 'librechat'];
const TOPICS = ['Trip planning', 'Recipe ideas', 'Tax questions', 'Zebra facts', 'Garden design', 'Python refactor', 'Essay outline',
  'Workout plan', 'Budget sheet', 'Poem drafts', 'Router setup', 'History quiz'];
const BASE = Date.UTC(2026, 0, 1);
const perf = {};
const tmp = join(tmpdir(), `hangup-e2e-review-${process.pid}`);
mkdirSync(tmp, { recursive: true });

/** The same 10,000 records every run: sites, who ended them, feedback and lineage vary. */
function seedExport() {
  const records = [];
  for (let i = 0; i < N; i++) {
    const site = SITES[i % SITES.length];
    const threadId = `seed${String(i).padStart(6, '0')}x`;
    const by = ['user', 'policy', 'site'][Math.floor(i / 5) % 3];
    const endedAt = BASE + i * 60_000;
    const r = {
      key: `${site}:${threadId}`, site, threadId, status: 'ended', endedBy: by,
      reason: { code: by === 'user' ? 'user-request' : by === 'policy' ? 'persistent-abuse' : 'site-ended',
        categories: by === 'policy' ? ['harassment'] : [], turnIndexes: by === 'policy' ? [3, 5, 7] : [] },
      endedAt, turnsAtEnd: 4 + (i % 9), title: i === 4321 ? 'Quokka migration notes' : `${TOPICS[i % TOPICS.length]} ${i}`,
      url: `https://example.org/${site}/${threadId}`, createdAt: endedAt - 3_600_000, updatedAt: endedAt,
    };
    if (i % 7 === 0) r.feedback = { rating: i % 14 === 0 ? 'right' : 'unexpected', comment: i % 28 === 0 ? `comment ${i}` : undefined, at: endedAt + 1000 };
    if (r.feedback && r.feedback.comment === undefined) delete r.feedback.comment;
    if (i > 0 && i % 50 === 0) {
      // The record before it was branched from: lineage both ways.
      const p = i - 12; // same site (12 sites)
      r.branchOf = { key: `${site}:seed${String(p).padStart(6, '0')}x`, turn: 2 };
    }
    records.push(r);
  }
  return { format: 'hangup-export', version: 1, exportedAt: BASE, records };
}

const send = (type, body) => `(globalThis.browser ?? chrome).runtime.sendMessage(${JSON.stringify({ type, body })})`;
const isPw = (d) => d.name === 'chromium';
async function selectValue(d, page, sel, value) {
  await page.focus(sel);
  if (isPw(d)) await page.selectOption(sel, value); else await page.select(sel, value);
}
async function setFile(d, page, sel, path) {
  if (isPw(d)) await page.setInputFiles(sel, path);
  else await (await page.$(sel)).uploadFile(path);
}
const darkVars = (() => {
  // The dark palette exactly as pages.css declares it, for browsers whose driver cannot emulate
  // prefers-color-scheme (puppeteer over WebDriver BiDi in Firefox has no emulateMediaFeatures).
  const css = readFileSync(new URL('../../../src/popup/pages.css', import.meta.url), 'utf8');
  const m = /@media \(prefers-color-scheme: dark\) \{\s*(:root \{[^}]*\})/.exec(css);
  if (!m) throw new Error('dark palette not found in pages.css');
  return m[1];
})();
async function colorScheme(d, page, scheme) {
  if (isPw(d)) await page.emulateMedia({ colorScheme: scheme });
  else {
    try { await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]); } catch {
      await page.evaluate(([on, vars]) => {
        document.getElementById('test-dark')?.remove();
        if (!on) return;
        const st = document.createElement('style');
        st.id = 'test-dark'; st.textContent = vars;
        document.head.appendChild(st);
      }, [scheme === 'dark', darkVars]);
    }
  }
  await sleep(150);
}
/** The options page in a new tab (Firefox's driver cannot wait for moz-extension navigations). */
async function openOptions(d) {
  const p = await d.openPopup();
  const ready = () => waitFor(p, () => !!document.querySelector('#app h1') && location.pathname.endsWith('/options.html'), null, { timeout: 10_000, what: 'options page' });
  if (isPw(d)) { await p.goto(`${d.extOrigin}/options.html`); await ready(); return p; }
  for (let attempt = 0; ; attempt++) {
    await p.goto(`${d.extOrigin}/options.html`, { timeout: 1500 }).catch(() => {});
    try { await ready(); return p; } catch (e) { if (attempt >= 2) throw e; }
  }
}
/** The background may still be starting (Firefox event page): ask until it answers. */
async function backgroundReady(d) {
  for (let i = 0; i < 50; i++) {
    const r = await d.evalBackground(send('page:settings-get', {})).catch((e) => ({ ok: false, error: String(e) }));
    if (r?.ok) return;
    await sleep(200);
  }
  throw new Error('the background never answered');
}
async function axeCheck(page, what) {
  const has = await page.evaluate(() => typeof globalThis.axe === 'object');
  if (!has) await page.evaluate(axeSource);
  const res = await page.evaluate(async () => {
    const r = await globalThis.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  });
  assert(res.length === 0, `axe-core on ${what}:\n${res.join('\n')}`);
}
const total = (page) => page.evaluate(() => document.querySelector('.scroller')?.dataset.total ?? '');
const rowsInDom = (page) => page.evaluate(() => document.querySelectorAll('ul.threads > li').length);
async function listTotal(d, body = {}) {
  const r = await d.evalBackground(send('page:list', { limit: 1, ...body }));
  assert(r?.ok, `page:list answered: ${JSON.stringify(r).slice(0, 200)}`);
  return r.data.total;
}
async function exportJson(d) {
  const r = await d.evalBackground(send('page:export', { format: 'json' }));
  assert(r?.ok, 'export answered');
  return r.data.text;
}
const KEY_9938 = `${SITES[9938 % 12]}:seed009938x`;
const stable = (v) => (Array.isArray(v) ? `[${v.map(stable).join(',')}]`
  : v && typeof v === 'object' ? `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${stable(v[k])}`).join(',')}}` : JSON.stringify(v));
/** Compare two record lists without printing megabytes: the first difference only. */
function sameRecords(a, b, what) {
  eq(a.length, b.length, `${what}: record count`);
  for (let i = 0; i < a.length; i++) {
    const x = stable(a[i]); const y = stable(b[i]);
    if (x !== y) throw new Error(`${what}: record ${i} differs:\n  got      ${x}\n  expected ${y}`);
  }
}
const canon = (text) => JSON.parse(text).records.sort((a, b) => a.key.localeCompare(b.key));

export { seedExport, send };
export const tests = [
  {
    name: 'seed 10,000 ended records through page:import',
    timeout: 120_000,
    async run({ d }) {
      await backgroundReady(d);
      // In files of 1,000: Firefox's test profile suspends an idle event page after 2 s.
      const all = seedExport();
      const t0 = Date.now();
      let added = 0;
      for (let i = 0; i < N; i += 1000) {
        const text = JSON.stringify({ ...all, records: all.records.slice(i, i + 1000) });
        let r;
        for (let attempt = 0; ; attempt++) {
          // Firefox: a message sent while the suspended event page restarts can be lost.
          r = await d.evalBackground(`(globalThis.browser ?? chrome).runtime.sendMessage({type: 'page:import', body: {text: ${JSON.stringify(text)}}})`)
            .catch((e) => ({ ok: false, error: String(e.message ?? e) }));
          if (r?.ok || attempt >= 10 || !/Receiving end/.test(r?.error ?? '')) break;
          await backgroundReady(d);
        }
        assert(r?.ok, `import answered: ${JSON.stringify(r).slice(0, 300)}`);
        added += r.data.added;
      }
      eq(added, N, 'every record added');
      eq(await listTotal(d), N, 'page:list total');
      perf.seedMs = Date.now() - t0;
      console.log(`    seeded ${N} records in ${perf.seedMs} ms`);
    },
  },
  {
    name: 'popup opens fast with 10,000 records and keeps few rows in the DOM',
    async run({ d }) {
      const t0 = Date.now();
      const popup = await d.openPopup();
      await waitFor(popup, () => document.querySelector('ul.threads > li[data-key]') !== null, null, { timeout: 10_000, what: 'first row' });
      perf.popupFirstRowWallMs = Date.now() - t0;
      perf.popupFirstRowMs = Math.round(await popup.evaluate(() => performance.getEntriesByName('hangup-list-ready')[0]?.startTime ?? -1));
      console.log(`    popup first render: ${perf.popupFirstRowMs} ms after navigation start (${perf.popupFirstRowWallMs} ms wall, incl. opening the tab)`);
      eq(await total(popup), String(N), 'total from the reply');
      const n = await rowsInDom(popup);
      assert(n > 0 && n <= 30, `virtualised: ${n} rows in the DOM`);
      const first = await popup.evaluate(() => document.querySelector('ul.threads > li[data-key]').dataset.key);
      eq(first, `${SITES[(N - 1) % 12]}:seed00${N - 1}x`, 'newest first');
      const text = await popup.evaluate(() => document.body.innerText);
      assert(text.includes(`Ended chats: ${N.toLocaleString('en-US')}`), `count shown: ${text.slice(0, 300)}`);
      await popup.close();
      // Once more, with the background warm and idle.
      await sleep(1500);
      const again = await d.openPopup();
      await waitFor(again, () => document.querySelector('ul.threads > li[data-key]') !== null, null, { timeout: 10_000, what: 'first row' });
      perf.popupFirstRowWarmMs = Math.round(await again.evaluate(() => performance.getEntriesByName('hangup-list-ready')[0]?.startTime ?? -1));
      const t1 = Date.now();
      await d.evalBackground(send('page:list', { sort: 'newest', offset: 0, limit: 50 }));
      perf.listPageMs = Date.now() - t1;
      console.log(`    popup first render, second open: ${perf.popupFirstRowWarmMs} ms; one page:list round trip: ${perf.listPageMs} ms`);
      await again.close();
    },
  },
  {
    name: 'scrolling the virtual list fetches later pages by offset; DOM stays small',
    async run({ d }) {
      const popup = await d.openPopup();
      await waitFor(popup, () => document.querySelector('ul.threads > li[data-key]') !== null, null, { what: 'first row' });
      // Wheel a little (a real scroll), then jump far down and to the end.
      const box = await popup.evaluate(() => { const r = document.querySelector('.scroller').getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + 40 }; });
      await popup.mouse.move(box.x, box.y);
      await (isPw(d) ? popup.mouse.wheel(0, 2000) : popup.mouse.wheel({ deltaY: 2000 })).catch(() => {});
      const wheeled = await waitFor(popup, () => document.querySelector('.scroller').scrollTop > 500, null, { what: 'wheel scroll', timeout: 2000 }).catch(() => false);
      if (!wheeled) {
        assert(!isPw(d), 'the mouse wheel scrolls the list');
        console.log('    (this driver\'s mouse wheel did not reach the page; scrolling by scrollTop only)');
      } else {
        await waitFor(popup, () => { const s = document.querySelector('.scroller'); const p = Math.floor(s.scrollTop / 76) + 1;
          return !!document.querySelector(`ul.threads > li[aria-posinset="${p}"][data-key]`); }, null, { what: 'rows after the wheel' });
      }
      for (const pos of [5001, N]) {
        await popup.evaluate((p) => { const s = document.querySelector('.scroller'); s.scrollTop = (p - 1) * 76; }, pos);
        await waitFor(popup, (p) => !!document.querySelector(`ul.threads > li[aria-posinset="${p}"][data-key]`), pos, { what: `row ${pos}` });
        const n = await rowsInDom(popup);
        assert(n <= 30, `still virtualised at row ${pos}: ${n} rows`);
      }
      const lastKey = await popup.evaluate((p) => document.querySelector(`li[aria-posinset="${p}"]`).dataset.key, N);
      eq(lastKey, 'chatgpt:seed000000x', 'the last row is the oldest record');
      await popup.close();
    },
  },
  {
    name: 'search (debounced, through page:list), filters by site and who ended it, sort by date',
    async run({ d, browser }) {
      const popup = await d.openPopup();
      await waitFor(popup, () => document.querySelector('ul.threads > li[data-key]') !== null, null, { what: 'first row' });
      await click(popup, 'input[data-control="search"]');
      await popup.keyboard.type('quokka');
      const t0 = Date.now();
      await waitFor(popup, () => document.querySelector('.scroller')?.dataset.search === 'quokka' && document.querySelector('.scroller').dataset.ready === 'true'
        && document.querySelector('.scroller').dataset.total === '1' && document.querySelectorAll('ul.threads > li[data-key]').length === 1,
      null, { what: 'search result' });
      perf.searchRareMs = Date.now() - t0;
      const key = await popup.evaluate(() => document.querySelector('ul.threads > li[data-key]').dataset.key);
      eq(key, `${SITES[4321 % 12]}:seed004321x`, 'found the one record');
      const live = await waitFor(popup, () => document.querySelector('[data-live]').textContent || null, null, { what: 'announcement' });
      assert(/1/.test(live), `result count announced: ${live}`);
      // A common word: 1 in 12 titles.
      await popup.evaluate(() => { const i = document.querySelector('input[data-control="search"]'); i.select(); });
      await popup.keyboard.type('zebra');
      const t1 = Date.now();
      await waitFor(popup, () => document.querySelector('.scroller')?.dataset.search === 'zebra' && document.querySelector('.scroller').dataset.ready === 'true'
        && document.querySelector('ul.threads > li[data-key]') !== null, null, { what: 'common-word search' });
      perf.searchCommonMs = Date.now() - t1;
      eq(await total(popup), String(Math.ceil(N / 12)), 'zebra matches');
      console.log(`    search after the last keystroke (debounce 0 ms): rare ${perf.searchRareMs} ms, common (${Math.ceil(N / 12)} hits) ${perf.searchCommonMs} ms`);
      // Clear search, then filters.
      await popup.evaluate(() => { const i = document.querySelector('input[data-control="search"]'); i.select(); });
      await popup.keyboard.press('Backspace');
      await waitFor(popup, (n) => document.querySelector('.scroller')?.dataset.total === n && document.querySelector('.scroller').dataset.search === '', String(N), { what: 'cleared search' });
      await selectValue(d, popup, 'select[data-control="site"]', 'claude');
      const claude = Array.from({ length: N }, (_, i) => i).filter((i) => i % 12 === 1).length;
      await waitFor(popup, (n) => document.querySelector('.scroller')?.dataset.total === n, String(claude), { what: 'site filter' });
      const sites = await popup.evaluate(() => [...document.querySelectorAll('ul.threads > li[data-key]')].map((l) => l.dataset.key.split(':')[0]));
      assert(sites.length > 0 && sites.every((s) => s === 'claude'), `only claude rows: ${sites}`);
      await selectValue(d, popup, 'select[data-control="by"]', 'policy');
      const both = await listTotal(d, { site: 'claude', endedBy: 'policy' });
      assert(both > 0 && both < claude, `a narrower filter: ${both}`);
      await waitFor(popup, (n) => document.querySelector('.scroller')?.dataset.total === n, String(both), { what: 'site + ended-by filter' });
      const shown = await popup.evaluate(() => [...document.querySelectorAll('ul.threads > li[data-key] .meta')].map((m) => m.textContent));
      assert(shown.length > 0 && shown.every((m) => m.includes('Claude') && m.includes('by policy')), `rows match both filters: ${shown[0]}`);
      await selectValue(d, popup, 'select[data-control="site"]', '');
      await selectValue(d, popup, 'select[data-control="by"]', '');
      await selectValue(d, popup, 'select[data-control="sort"]', 'oldest');
      await waitFor(popup, () => document.querySelector('ul.threads > li[data-key]')?.dataset.key === 'chatgpt:seed000000x', null, { what: 'oldest first' });
      // No match: the empty state says what to do.
      await click(popup, 'input[data-control="search"]');
      await popup.keyboard.type('nothingmatchesthis');
      await waitFor(popup, () => document.querySelector('.empty')?.textContent.includes('clear the search'), null, { what: 'no-match state' });
      await click(popup, '.empty button');
      await waitFor(popup, (n) => document.querySelector('.scroller')?.dataset.total === n, String(N), { what: 'filters cleared' });
      await popup.close();
      void browser;
    },
  },
  {
    name: 'row actions by keyboard: feedback dialog takes focus and gives it back; delete asks first; lineage shown',
    async run({ d }) {
      const popup = await d.openPopup();
      await waitFor(popup, () => document.querySelector('ul.threads > li[data-key]') !== null, null, { what: 'first row' });
      // Lineage: the newest record 9999 is not a branch; 9950 is (branch of 9938), and 9938 has one branch.
      await click(popup, 'input[data-control="search"]');
      await popup.keyboard.type('9950');
      await waitFor(popup, () => document.querySelector('li[data-key] [data-lineage]')?.textContent.includes('Branch of'), null, { what: 'branch-of lineage' });
      const lin = await popup.evaluate(() => document.querySelector('li[data-key] [data-lineage]').textContent);
      assert(lin.includes('9938') && lin.includes('message 3'), `lineage names the parent and message: ${lin}`);
      await popup.evaluate(() => document.querySelector('input[data-control="search"]').select());
      await popup.keyboard.type('9938');
      await waitFor(popup, () => document.querySelector('li[data-key] [data-lineage]')?.textContent.includes('Branches: 1'), null, { what: 'branches count' });
      // Keyboard only: Tab to the Feedback button and press Enter.
      await popup.focus('li[data-key] button[data-action="open"]');
      await popup.keyboard.press('Tab');
      eq(await popup.evaluate(() => document.activeElement.dataset.action), 'feedback', 'Tab reaches Feedback');
      await popup.keyboard.press('Enter');
      await waitFor(popup, () => document.activeElement?.closest('[role="dialog"]') !== null, null, { what: 'focus inside the dialog' });
      await popup.keyboard.press('Escape');
      await waitFor(popup, () => document.activeElement?.dataset.action === 'feedback', null, { what: 'focus back on Feedback' });
      await popup.keyboard.press('Enter');
      await waitFor(popup, () => document.activeElement?.closest('[role="dialog"]') !== null, null, { what: 'dialog again' });
      await popup.keyboard.press(isPw(d) ? 'Space' : ' ');
      await popup.keyboard.press('ArrowDown'); // radio group: move to "unexpected"
      await popup.focus('#fb-comment');
      await popup.keyboard.type('policy was too eager');
      await popup.keyboard.press('Tab'); await popup.keyboard.press('Tab');
      await popup.keyboard.press('Enter');
      await waitFor(popup, () => !document.querySelector('[role="dialog"]'), null, { what: 'dialog closed' });
      const rec = await d.evalBackground(send('page:get', { key: KEY_9938 }));
      eq(rec.data?.feedback?.comment, 'policy was too eager', 'comment saved');
      eq(rec.data?.feedback?.rating, 'unexpected', 'rating saved');
      await waitFor(popup, () => document.querySelector('li[data-key] .meta')?.textContent.includes('Rated: unexpected'), null, { what: 'row shows the rating' });
      // Delete: confirm first (Cancel keeps it), then delete.
      await popup.focus('li[data-key] button[data-action="delete"]');
      await popup.keyboard.press('Enter');
      await waitFor(popup, () => document.activeElement?.dataset.action === 'cancel' && !!document.activeElement.closest('[role="alertdialog"]'), null, { what: 'delete confirmation focused' })
        .catch(async (e) => { throw new Error(`${e.message}; focus on ${await popup.evaluate(() => document.activeElement?.outerHTML.slice(0, 120))}, dialog: ${await popup.evaluate(() => !!document.querySelector('[role="alertdialog"]'))}`); });
      await popup.keyboard.press('Enter');
      await waitFor(popup, () => document.activeElement?.dataset.action === 'delete', null, { what: 'focus back on Delete' });
      eq(await listTotal(d), N, 'cancel deleted nothing');
      await popup.keyboard.press('Enter');
      await waitFor(popup, () => !!document.querySelector('[data-action="confirm-delete"]'), null, { what: 'confirmation' });
      await click(popup, '[data-action="confirm-delete"]');
      await waitFor(popup, () => document.querySelector('.scroller')?.dataset.total === '0', null, { what: 'row gone' });
      eq(await listTotal(d), N - 1, 'one record deleted');
      await popup.close();
    },
  },
  {
    name: 'End this chat from the popup: confirmation says permanent, focus moves, undo works',
    async run({ d }) {
      const id = '6a1f0c2e-0000-4000-8000-0000000020aa';
      const page = await d.open(`https://chatgpt.com/c/${id}`);
      await sleep(300);
      const tabId = await d.evalBackground(`(globalThis.browser ?? chrome).tabs.query({url: 'https://chatgpt.com/c/${id}'}).then(t => t[0]?.id)`);
      assert(Number.isInteger(tabId), 'found the chat tab');
      const popup = await d.openPopup(`?tab=${tabId}`);
      await waitFor(popup, () => !!document.querySelector('button[data-action="end"]'), null, { what: 'End this chat' });
      await popup.focus('button[data-action="end"]');
      await popup.keyboard.press('Enter');
      const dlg = await waitFor(popup, () => document.activeElement?.closest('[role="alertdialog"]')?.textContent ?? null, null, { what: 'confirmation with focus' });
      assert(/permanent/i.test(dlg), `says permanent: ${dlg}`);
      await popup.keyboard.press('Escape');
      await waitFor(popup, () => document.activeElement?.dataset.action === 'end', null, { what: 'focus back on End this chat' });
      await popup.keyboard.press('Enter');
      await waitFor(popup, () => !!document.querySelector('[data-action="confirm-end"]'), null, { what: 'confirmation' });
      await click(popup, '[data-action="confirm-end"]');
      await waitFor(popup, () => document.querySelector('section.current')?.dataset.state === 'ended', null, { what: 'ended state' });
      const text = await popup.evaluate(() => document.querySelector('section.current').innerText);
      assert(text.includes('You ended this chat') && /Undo \(\d+ s\)/.test(text), `reason and undo shown: ${text}`);
      await waitFor(popup, () => document.activeElement?.id === 'cur-h', null, { what: 'focus on the section heading after ending' }).catch(async (e) => { throw new Error(e.message + ' active: ' + await popup.evaluate(() => document.activeElement?.outerHTML.slice(0, 200))); });
      eq((await d.evalBackground(send('page:get', { key: `chatgpt:${id}` }))).data?.status, 'ended', 'stored as ended');
      await click(popup, 'section.current button.primary');
      await waitFor(popup, () => document.querySelector('section.current')?.dataset.state === 'active', null, { what: 'undone' });
      eq((await d.evalBackground(send('page:get', { key: `chatgpt:${id}` }))).data?.status, 'active', 'undo stored');
      await popup.close();
      await page.close();
    },
  },
  {
    name: 'options: export JSON → wipe → import round-trips every record',
    timeout: 120_000,
    async run({ d }) {
      const before = await exportJson(d);
      const beforeRecs = canon(before);
      // Every record (ended and active): N seeded, one deleted, one ended-then-undone above.
      assert(beforeRecs.length >= N - 1, `export holds every record: ${beforeRecs.length}`);
      const opts = await openOptions(d);
      await waitFor(opts, () => !!document.querySelector('[data-action="export-json"]'), null, { what: 'options page' });
      let file = join(tmp, `export-${d.name}.json`);
      if (isPw(d)) {
        // A real download through the page's Blob + <a download>.
        // (a click that lands before the page's handler is live is lost, seen about once in three
        // runs under load since 2026-12-07: one more click if no download has started in 15 s —
        // unless the page says the export failed, which is a failure of the product, not of the click)
        const [dl] = await Promise.all([opts.waitForEvent('download', { timeout: 15_000 }), click(opts, '[data-action="export-json"]')])
          .catch(async () => {
            const err = await opts.evaluate(() => document.querySelector('[data-error]')?.textContent ?? null);
            assert(err === null, `export failed on the page: ${err}`);
            return Promise.all([opts.waitForEvent('download'), click(opts, '[data-action="export-json"]')]);
          });
        await dl.saveAs(file);
        assert(/^hangup-\d{4}-\d\d-\d\d\.json$/.test(dl.suggestedFilename()), `file name ${dl.suggestedFilename()}`);
        sameRecords(canon(readFileSync(file, 'utf8')), beforeRecs, 'downloaded file');
      } else {
        await click(opts, '[data-action="export-json"]');
        await waitFor(opts, () => document.querySelector('[data-notice]')?.textContent.includes('Exported'), null, { what: 'export notice', timeout: 30000 });
        writeFileSync(file, before);
      }
      // Wipe, with its confirmation.
      await click(opts, '[data-action="wipe"]');
      await waitFor(opts, () => document.activeElement?.dataset.action === 'cancel', null, { what: 'wipe confirmation focused' });
      await click(opts, '[data-action="confirm-wipe"]');
      await waitFor(opts, () => document.querySelector('[data-notice]')?.textContent.includes('deleted'), null, { what: 'wiped notice' });
      eq(await listTotal(d), 0, 'nothing left after wipe');
      // Import the file through the file input.
      const t0 = Date.now();
      await setFile(d, opts, '#import-file', file);
      await waitFor(opts, () => document.querySelector('[data-notice]')?.textContent.startsWith('Imported'), null, { timeout: 60_000, what: 'imported notice' });
      console.log(`    import of ${beforeRecs.length} records through the options page: ${Date.now() - t0} ms`);
      const notice = await opts.evaluate(() => document.querySelector('[data-notice]').textContent);
      assert(notice.includes(`${beforeRecs.length} added`), notice);
      const after = canon(await exportJson(d));
      sameRecords(after, beforeRecs, 'after export → wipe → import');
      const sample = after.find((r) => r.key === `${SITES[28 % 12]}:seed000028x`);
      eq(sample?.feedback?.comment, 'comment 28', 'sample record keeps its feedback');
      eq(sample?.title, 'Garden design 28', 'sample record keeps its title');
      const branch = after.find((r) => r.key === `${SITES[100 % 12]}:seed000100x`);
      eq(branch?.branchOf?.key, `${SITES[100 % 12]}:seed000088x`, 'sample branch keeps its lineage');
      await opts.close();
    },
  },
  {
    name: 'options: a bad import file changes nothing and says why',
    async run({ d }) {
      const opts = await openOptions(d);
      await waitFor(opts, () => !!document.querySelector('#import-file'), null, { what: 'options page' });
      const good = canon(await exportJson(d));
      const bad = { format: 'hangup-export', version: 1, exportedAt: BASE, records: [
        { ...good[0], key: 'chatgpt:brandnew1', threadId: 'brandnew1', title: 'should not be added' },
        { ...good[1], status: 'ended', endedAt: undefined, endedBy: undefined, title: 'broken' },
      ] };
      const file = join(tmp, `bad-${d.name}.json`);
      writeFileSync(file, JSON.stringify(bad));
      await setFile(d, opts, '#import-file', file);
      const msg = await waitFor(opts, () => document.querySelector('[data-error]')?.textContent ?? null, null, { what: 'import error' });
      assert(/nothing changed/i.test(msg) && /records\[1\]/.test(msg), `the error says why: ${msg}`);
      eq((await d.evalBackground(send('page:get', { key: 'chatgpt:brandnew1' }))).data, null, 'the good record in the bad file was not added');
      sameRecords(canon(await exportJson(d)), good, 'store unchanged by the bad file');
      writeFileSync(file, 'not json at all');
      await setFile(d, opts, '#import-file', file);
      await waitFor(opts, () => /not valid JSON/.test(document.querySelector('[data-error]')?.textContent ?? ''), null, { what: 'not-JSON error' });
      await opts.close();
    },
  },
  {
    name: 'options: settings save, origin validation, feedback counts per reason',
    async run({ d }) {
      const opts = await openOptions(d);
      await waitFor(opts, () => !!document.querySelector('#preset-strict'), null, { what: 'options page' });
      await click(opts, '#preset-strict');
      await waitFor(opts, () => document.querySelector('[data-notice]')?.textContent === 'Saved.', null, { what: 'saved' });
      await click(opts, 'input[data-site="grok"]');
      await click(opts, '#allow-reopen');
      await opts.focus('#retention-days');
      await opts.evaluate(() => document.querySelector('#retention-days').select());
      await opts.keyboard.type('3650');
      await opts.keyboard.press('Enter');
      await sleep(300);
      const s = (await d.evalBackground(send('page:settings-get', {}))).data;
      eq(s.preset, 'strict', 'preset');
      eq(JSON.stringify(s.disabledSites), '["grok"]', 'grok off');
      eq(s.allowReopen, true, 'reopen allowed');
      eq(s.retentionDays, 3650, 'retention');
      await click(opts, '#allow-reopen');
      await click(opts, 'input[data-site="grok"]');
      // Origin validation before any permission prompt.
      await click(opts, '#origin-input');
      await opts.keyboard.type('chat.example.org/path');
      await opts.keyboard.press('Enter');
      await waitFor(opts, () => /starts with https/.test(document.querySelector('#origin-error')?.textContent ?? ''), null, { what: 'invalid origin message' });
      eq(await opts.evaluate(() => document.activeElement?.id), 'origin-input', 'focus stays on the field');
      await opts.evaluate(() => document.querySelector('#origin-input').select());
      await opts.keyboard.type('https://chat.example.org/c/1');
      await opts.keyboard.press('Enter');
      await waitFor(opts, () => /without a path/.test(document.querySelector('#origin-error')?.textContent ?? ''), null, { what: 'path message' });
      // Feedback counts per reason, from page:stats.
      const stats = (await d.evalBackground(send('page:stats', {}))).data;
      const policy = stats.find((x) => x.code === 'persistent-abuse');
      const row = await opts.evaluate(() => [...document.querySelectorAll('table.stats tr[data-code="persistent-abuse"] td')].map((td) => td.textContent));
      eq(JSON.stringify(row), JSON.stringify([String(policy.endings), String(policy.right), String(policy.unexpected)]), 'stats row');
      await opts.close();
    },
  },
  {
    name: 'axe-core: no violations on the popup and the options page, light and dark; screenshots',
    timeout: 90_000,
    async run({ d, shot }) {
      const id = '6a1f0c2e-0000-4000-8000-0000000020bb';
      const page = await d.open(`https://chatgpt.com/c/${id}`);
      await sleep(300);
      const tabId = await d.evalBackground(`(globalThis.browser ?? chrome).tabs.query({url: 'https://chatgpt.com/c/${id}'}).then(t => t[0]?.id)`);
      await d.evalBackground(send('page:end-tab', { tabId }));
      const popup = await d.openPopup(`?tab=${tabId}`);
      if (isPw(d)) await popup.setViewportSize({ width: 400, height: 600 }); else await popup.setViewport({ width: 400, height: 600 });
      await waitFor(popup, () => document.querySelector('ul.threads > li[data-key] [data-lineage]') !== null
        && document.querySelector('section.current')?.dataset.state === 'ended', null, { what: 'popup ready' });
      await sleep(400);
      for (const scheme of ['light', 'dark']) {
        await colorScheme(d, popup, scheme);
        await axeCheck(popup, `popup (${scheme})`);
        await shot(popup, `popup-${scheme}`);
      }
      // The dialogs too.
      await colorScheme(d, popup, 'light');
      await click(popup, 'li[data-key] button[data-action="feedback"]');
      await waitFor(popup, () => !!document.querySelector('[role="dialog"]'), null, { what: 'feedback dialog' });
      await axeCheck(popup, 'popup feedback dialog');
      await shot(popup, 'popup-feedback-light');
      await popup.keyboard.press('Escape');
      const opts = await openOptions(d);
      await waitFor(opts, () => !!document.querySelector('table.stats'), null, { what: 'options page' });
      for (const scheme of ['light', 'dark']) {
        await colorScheme(d, opts, scheme);
        await axeCheck(opts, `options (${scheme})`);
        await shot(opts, `options-${scheme}`);
        await opts.screenshot({ path: `test-results/screenshots/${d.name}-options-${scheme}-full.png`, fullPage: true });
      }
      await click(opts, '[data-action="wipe"]');
      await axeCheck(opts, 'options wipe confirmation');
      await popup.close(); await opts.close(); await page.close();
      writeFileSync(`test-results/review-ui-perf-${d.name}.json`, JSON.stringify(perf, null, 2));
    },
  },
];
