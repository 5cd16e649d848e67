// Issue 6 durability: a browser restart keeps every record; an extension reload mid-session
// (as after an update) leaves open pages locked and telling the user to reload.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch } from '../browsers.mjs';
import { pageFor, SITES } from '../fixtures.mjs';
import { assert, eq, ui, sim, typeAndEnter, waitFor, sleep } from '../helpers.mjs';

const url = (id) => `https://chatgpt.com/c/${id}`;
const bg = (d, type, body) => d.evalBackground(`(globalThis.browser ?? chrome).runtime.sendMessage(${JSON.stringify({ type, body })})`);

export const tests = [
  {
    name: 'browser restart: 200 ended threads and their feedback survive, and the lock holds after relaunch',
    timeout: 120_000,
    async run({ browser }) {
      const profileDir = mkdtempSync(join(tmpdir(), `hangup-restart-${browser}-`));
      const serve = (d) => { for (const s of Object.keys(SITES)) d.serve(SITES[s].origin, () => pageFor(s)); };
      try {
        let d = await launch(browser, { profileDir });
        serve(d);
        const now = Date.now();
        const records = Array.from({ length: 200 }, (_, i) => ({ key: `chatgpt:restart-${i}`, site: 'chatgpt', threadId: `restart-${i}`,
          status: 'ended', endedBy: 'user', endedAt: now - i, reason: { code: 'user-request', categories: [], turnIndexes: [] },
          title: `Restart ${i}`, url: url(`restart-${i}`), createdAt: now - i, updatedAt: now - i,
          ...(i % 7 === 0 ? { feedback: { rating: 'right', at: now } } : {}) }));
        const imp = await bg(d, 'page:import', { text: JSON.stringify({ format: 'hangup-export', version: 1, records }) });
        eq(imp.data?.added, 200, `imported: ${JSON.stringify(imp)}`);
        const before = (await bg(d, 'page:export', { format: 'json' })).data.text;
        await d.close();
        d = await launch(browser, { profileDir });
        serve(d);
        try {
          const after = (await bg(d, 'page:export', { format: 'json' })).data.text;
          eq(JSON.parse(after).records.length, 200, 'records after restart');
          eq(JSON.stringify(JSON.parse(after).records), JSON.stringify(JSON.parse(before).records), 'every record identical after restart');
          const page = await d.open(url('restart-3'));
          await ui.waitText(page, 'This chat has ended', 10000);
          const n = await sim.userTurns(page);
          await typeAndEnter(page, 'after restart');
          eq(await sim.userTurns(page), n, 'still locked after relaunch');
        } finally { await d.close(); }
      } finally { rmSync(profileDir, { recursive: true, force: true }); }
    },
  },
  {
    name: 'extension reloaded mid-session (an update): the open page keeps its lock and says to reload',
    // Chromium leaves the old content script orphaned in open tabs; that is the case to prove.
    browsers: ['chromium'],
    async run({ d, shot }) {
      const id = 'update-midsession-0001';
      const page = await d.open(url(id));
      await ui.waitText(page, 'End this chat');
      await ui.clickButton(page, 'End this chat');
      await ui.clickButton(page, 'End chat');
      await ui.waitText(page, 'This chat has ended');
      await d.evalBackground('setTimeout(() => chrome.runtime.reload(), 50), true').catch(() => {});
      await sleep(1500);
      const n = await sim.userTurns(page);
      await typeAndEnter(page, 'after the update');
      await ui.waitText(page, 'reload the page', 15000); // the liveness check runs every 2 s; a loaded machine is slower
      eq(await sim.userTurns(page), n, 'no user turn after the extension reloaded');
      eq(await page.evaluate(() => document.documentElement.getAttribute('data-hangup-state')), 'locked', 'still locked');
      await shot(page, 'context-invalidated');
      await page.close();
    },
  },
];
