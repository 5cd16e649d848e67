// Issue 12: the policy's state lives in the background, per thread. In real Chromium and Firefox on
// ChatGPT, Claude and Gemini: the warning and the count survive a reload; a crisis written as the
// first message of a new chat shows support resources; two tabs of one thread count each turn once
// and both show the warning; an in-place edit that forks before the warning clears it (ChatGPT,
// which edits in place); an extension update / a background restart mid-thread keeps the state.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { assert, eq, ui, waitFor, sleep } from '../helpers.mjs';
import { SITES, pageFor } from '../fixtures.mjs';
import { launch } from '../browsers.mjs';
import { ABUSE, type, say, openLive } from '../policy-talk.mjs';

const SITES_HERE = ['chatgpt', 'claude', 'gemini'];
const NEW_CHAT = { chatgpt: 'https://chatgpt.com/', claude: 'https://claude.ai/new', gemini: 'https://gemini.google.com/app' };
const bg = (d, type, body) => d.evalBackground(`(globalThis.browser ?? chrome).runtime.sendMessage(${JSON.stringify({ type, body })})`);
const keyOf = (site, id) => `${site}:${id}`;
const ALL_TURNS = { chatgpt: 'article[data-turn]', claude: '[data-test-render-count]', gemini: 'user-query, model-response' };
const turnCount = (page, s) => page.evaluate((sel) => document.querySelectorAll(sel).length, s.userTurn);


const warned = (page) => ui.has(page, '[data-hangup="warn"]');
const ended = async (page) => (await ui.text(page)).includes('This chat has ended');
/** Abuse until the warning shows; returns how many messages it took. */
async function untilWarned(page, s) {
  for (let i = 0; i < 4; i++) {
    await say(page, s, ABUSE[i]);
    if (await warned(page)) return i + 1;
    assert(!(await ended(page)), 'ended before any warning');
  }
  throw new Error('no warning after 4 abusive messages');
}

const perSite = (site) => {
  const s = SITES[site];
  return [
    {
      name: `${site}: abuse across a reload — two failed redirections, warning, reload, warning still there, the next one ends`,
      timeout: 120_000,
      async run({ d, shot }) {
        const id = s.ids(1201);
        const page = await openLive(d, s, id);
        const sent = await untilWarned(page, s);
        const before = (await bg(d, 'page:policy', { key: keyOf(site, id) })).data;
        assert(before?.warning && before.failed >= 2, `the background holds the warning: ${JSON.stringify(before)}`);
        await page.reload();
        await waitFor(page, () => !!document.querySelector('hangup-ui')?.shadowRoot?.querySelector('[data-hangup="warn"]'), null,
          { timeout: 10_000, what: 'the warning after the reload' });
        await shot(page, `${site}-warning-after-reload`);
        const after = (await bg(d, 'page:policy', { key: keyOf(site, id) })).data;
        eq(after.judged, before.judged, 'the reload judged no turn again');
        eq(after.failed, before.failed, 'the count survived the reload');
        // the popup's current-thread section says how the policy stands, in words
        const tabId = await d.evalBackground(`(globalThis.browser ?? chrome).tabs.query({}).then((t) => t.find((x) => x.url === ${JSON.stringify(s.thread(id))})?.id)`);
        const popup = await d.openPopup(`?tab=${tabId}`);
        await waitFor(popup, () => document.querySelector('[data-policy-state]')?.textContent ?? '', null, { what: 'the policy state in the popup' });
        const words = await popup.evaluate(() => document.querySelector('[data-policy-state]').textContent);
        assert(words.includes(`${after.failed} refused requests in a row; the chat may end if this continues`), `popup says: ${words}`);
        await popup.close();
        await page.bringToFront();
        await sleep(1200);
        await say(page, s, ABUSE[sent]);
        await ui.waitText(page, 'This chat has ended', 8000);
        const rec = (await bg(d, 'page:get', { key: keyOf(site, id) })).data;
        eq(rec?.endedBy, 'policy', 'ended by the policy');
        assert(rec.reason.turnIndexes.length >= 3, `evidence: ${JSON.stringify(rec.reason)}`);
        await page.close();
      },
    },
    {
      name: `${site}: a crisis statement as the first message of a new chat → support resources, never an ending`,
      timeout: 90_000,
      async run({ d, shot }) {
        const page = await d.open(NEW_CHAT[site]);
        await waitFor(page, () => !!document.querySelector('hangup-ui'), null, { timeout: 10_000, what: 'Hangup on the new chat page' });
        await sleep(500);
        await type(page, s, 'I want to kill myself tonight, I have the pills here');
        await waitFor(page, () => !!document.querySelector('hangup-ui')?.shadowRoot?.querySelector('[data-hangup="crisis"]'), null,
          { timeout: 10_000, what: 'the crisis card' });
        assert(/988|116 123|findahelpline/.test(await ui.text(page)), 'resources shown');
        await shot(page, `${site}-crisis-new-chat`);
        const id = await page.evaluate(() => location.pathname.split('/').filter(Boolean).pop());
        await sleep(1300);
        for (const m of ABUSE.slice(0, 4)) await say(page, s, m);
        assert(!(await ended(page)), 'never ended during a crisis');
        const view = (await bg(d, 'page:policy', { key: keyOf(site, id) })).data;
        assert(view?.crisis?.includes('self-harm') && !view.ended, `crisis recorded, not ended: ${JSON.stringify(view)}`);
        // closing the card is remembered for the thread
        await ui.clickButton(page, 'Close');
        await page.reload();
        await ui.waitText(page, 'End this chat', 10_000);
        await sleep(800);
        assert(!(await ui.has(page, '[data-hangup="crisis"]')), 'a dismissed crisis card stays dismissed');
        await page.close();
      },
    },
    {
      name: `${site}: the same thread in two tabs counts each turn once, and both tabs show the warning`,
      timeout: 120_000,
      async run({ d }) {
        const id = s.ids(1202);
        const a = await openLive(d, s, id);
        const b = await openLive(d, s, id);
        const sent = await untilWarned(a, s);
        // the second tab hears it from the background at once (no reload)
        await waitFor(b, () => !!document.querySelector('hangup-ui')?.shadowRoot?.querySelector('[data-hangup="warn"]'), null,
          { timeout: 10_000, what: 'the warning pushed to the second tab' });
        // reloaded, it shows every turn: none is judged again
        await b.reload();
        await waitFor(b, () => !!document.querySelector('hangup-ui')?.shadowRoot?.querySelector('[data-hangup="warn"]'), null,
          { timeout: 10_000, what: 'the warning in the reloaded second tab' });
        await sleep(1500);
        const view = (await bg(d, 'page:policy', { key: keyOf(site, id) })).data;
        // (an unknown thread id first shows the capture's own turns: read as context, judged too)
        const onPage = await b.evaluate((sel) => document.querySelectorAll(sel).length, ALL_TURNS[site]);
        assert(onPage >= sent * 2, `the second tab shows the thread (${onPage} turns)`);
        eq(view.judged, onPage, `each of the ${onPage} turns judged once`);
        // the next failed redirection, written in the second tab, ends the chat in both
        await sleep(200);
        await say(b, s, ABUSE[sent]);
        await ui.waitText(b, 'This chat has ended', 8000);
        await ui.waitText(a, 'This chat has ended', 8000);
        await a.close(); await b.close();
      },
    },
    {
      name: `${site}: the background restarts mid-thread and the state is kept`,
      timeout: 120_000,
      async run({ d, shot }) {
        const id = s.ids(1203);
        const page = await openLive(d, s, id);
        const sent = await untilWarned(page, s);
        await d.restartBackground();
        await page.bringToFront();
        await sleep(500);
        const view = (await bg(d, 'page:policy', { key: keyOf(site, id) })).data;
        assert(view?.warning, `state read back after the restart: ${JSON.stringify(view)}`);
        await page.bringToFront(); // (reading the background opened an extension page in front)
        await say(page, s, ABUSE[sent]);
        await ui.waitText(page, 'This chat has ended', 8000);
        await page.close();
      },
    },
  ];
};

export const tests = [
  ...SITES_HERE.flatMap(perSite),
  {
    name: 'chatgpt: an older abusive thread opened from the new-chat page (sidebar, no typing) is read as context: it may warn, never ends',
    timeout: 60_000,
    async run({ d }) {
      const s = SITES.chatgpt;
      const id = s.ids(1206);
      const page = await d.open('https://chatgpt.com/');
      await waitFor(page, () => !!document.querySelector('hangup-ui'), null, { timeout: 10_000, what: 'Hangup on the new chat page' });
      // The thread's history, as the site would load it: eight failed redirections.
      await page.evaluate(([tid, asks]) => {
        const db = JSON.parse(localStorage.getItem('sim-threads') || '{}');
        db[tid] = asks.flatMap((a, i) => [{ role: 'user', text: a, mid: `old-u${i}` },
          { role: 'assistant', text: window.__simReply(a), mid: `old-a${i}` }]);
        localStorage.setItem('sim-threads', JSON.stringify(db));
      }, [id, [...ABUSE, ...ABUSE.slice(0, 2)]]);
      await sleep(300);
      await page.evaluate((path) => window.__sim.navigate(path), `/c/${id}`);
      await ui.waitText(page, 'End this chat', 10_000);
      await sleep(2500);
      assert(!(await ended(page)), 'an older thread is not ended for its history');
      const view = (await bg(d, 'page:policy', { key: keyOf('chatgpt', id) })).data;
      const history = 2 * (ABUSE.length + 2);
      assert(view && view.judged === history && !view.ended, `all ${history} turns of history judged, as context: ${JSON.stringify(view)}`);
      await page.close();
    },
  },
  {
    name: 'chatgpt: an in-place edit that forks before the warning clears it',
    timeout: 120_000,
    async run({ d, shot }) {
      const s = SITES.chatgpt;
      const id = s.ids(1204);
      const page = await openLive(d, s, id);
      await untilWarned(page, s);
      // Edit the second user message (a failed redirection, before the warning) into a benign one.
      await page.evaluate(() => document.querySelectorAll('article[data-turn="user"]')[1].querySelector('button[aria-label="Edit message"]').click());
      await page.evaluate(() => { const ta = document.querySelector('[data-sim="edit-box"]'); ta.value = 'Sorry. How do I bake sourdough bread?'; });
      await page.evaluate(() => document.querySelector('[data-sim="edit-send"]').click());
      await waitFor(page, () => !document.querySelector('hangup-ui')?.shadowRoot?.querySelector('[data-hangup="warn"]'), null,
        { timeout: 8000, what: 'the warning to go' });
      await shot(page, 'chatgpt-edit-cleared-warning');
      const view = (await bg(d, 'page:policy', { key: keyOf('chatgpt', id) })).data;
      eq(view.warning, false, 'the background rewound to the fork');
      assert(view.failed < 2, `failed redirections after the fork: ${view.failed}`);
      await page.close();
    },
  },
  {
    // An update as the browser sees it: the same install (same folder, so the same extension id and
    // IndexedDB) at a new version, loaded by a relaunch of the same profile mid-thread.
    name: 'chatgpt: an extension update mid-thread keeps the policy state (warning back, the next one ends)',
    browsers: ['chromium'],
    timeout: 150_000,
    async run({ browser }) {
      const s = SITES.chatgpt;
      const id = s.ids(1205);
      const root = mkdtempSync(join(tmpdir(), 'hangup-update-'));
      const ext = join(root, 'ext'); const profileDir = join(root, 'profile');
      cpSync(resolve('dist/chrome'), ext, { recursive: true });
      const serve = (d) => { for (const k of Object.keys(SITES)) d.serve(SITES[k].origin, () => pageFor(k)); };
      try {
        let d = await launch(browser, { ext, profileDir });
        serve(d);
        let sent;
        try {
          const page = await openLive(d, s, id);
          sent = await untilWarned(page, s);
        } finally { await d.close(); }
        const manifest = JSON.parse(readFileSync(join(ext, 'manifest.json'), 'utf8'));
        manifest.version = manifest.version.replace(/\d+$/, (n) => String(Number(n) + 1));
        writeFileSync(join(ext, 'manifest.json'), JSON.stringify(manifest, null, 2));
        d = await launch(browser, { ext, profileDir });
        serve(d);
        try {
          eq(await d.evalBackground('chrome.runtime.getManifest().version'), manifest.version, 'the updated version runs');
          const page = await d.open(s.thread(id));
          await waitFor(page, () => !!document.querySelector('hangup-ui')?.shadowRoot?.querySelector('[data-hangup="warn"]'), null,
            { timeout: 15_000, what: 'the warning after the update' });
          await sleep(1200);
          await say(page, s, ABUSE[sent]);
          await ui.waitText(page, 'This chat has ended', 8000);
        } finally { await d.close(); }
      } finally { rmSync(root, { recursive: true, force: true }); }
    },
  },
];
