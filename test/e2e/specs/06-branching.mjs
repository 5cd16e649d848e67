// Issue 5 in the page: branch into a new chat (pre-filled composer, lineage recorded), and the
// lock following the path when the site edits in place (ChatGPT).
import { assert, eq, click, ui, sim, typeAndEnter, waitFor, sleep } from '../helpers.mjs';

const url = (id) => `https://chatgpt.com/c/${id}`;
const bg = (d, type, body) => d.evalBackground(`(globalThis.browser ?? chrome).runtime.sendMessage(${JSON.stringify({ type, body })})`);

async function endFromPage(page) {
  await ui.clickButton(page, 'End this chat');
  await ui.clickButton(page, 'End chat');
  await ui.waitText(page, 'This chat has ended');
}

/** Click the Branch from here control of the n-th user turn (0-based). */
async function clickBranch(page, n) {
  const r = await waitFor(page, (i) => {
    const hosts = [...document.querySelectorAll('[data-turn="user"] hangup-branch')];
    const b = hosts[i]?.shadowRoot?.querySelector('button');
    if (!b) return null;
    b.scrollIntoView({ block: 'center' });
    const q = b.getBoundingClientRect();
    return { x: q.left + q.width / 2, y: q.top + q.height / 2 };
  }, n, { what: `branch control #${n}` });
  await page.mouse.click(r.x, r.y);
}

export const tests = [
  {
    name: 'every user message offers Branch from here; branching pre-fills a new chat and records lineage',
    async run({ d, shot }) {
      const id = 'branch-src-0001';
      const page = await d.open(url(id));
      await ui.waitText(page, 'End this chat');
      await typeAndEnter(page, 'Second question about tides');
      await sleep(100);
      await typeAndEnter(page, 'Third question about the moon');
      await sleep(100);
      const users = await sim.userTurns(page);
      // Controls are added as their messages come near the viewport (an IntersectionObserver: async).
      await waitFor(page, (n) => document.querySelectorAll('[data-turn="user"] hangup-branch').length >= n, users, { what: 'a control per user message' }).catch(() => {});
      const controls = await page.evaluate(() => document.querySelectorAll('[data-turn="user"] hangup-branch').length);
      eq(controls, users, 'one control per user message');
      await endFromPage(page);
      await clickBranch(page, 1);
      await waitFor(page, () => location.pathname === '/' && (document.getElementById('prompt-textarea')?.innerText ?? '').length > 20,
        null, { what: 'new chat with pre-filled composer', timeout: 10000 });
      const text = await page.evaluate(() => document.getElementById('prompt-textarea').innerText);
      assert(text.includes('User: Please respond with exactly'), `context has the first message: ${text.slice(0, 200)}`);
      assert(text.includes('Assistant: streamed response from ChatGPT'), 'context has the first answer');
      assert(text.trim().endsWith('Second question about tides'), `ends with the chosen message: …${text.slice(-80)}`);
      assert(!text.includes('Third question'), 'nothing after the chosen message');
      eq(await page.evaluate(() => document.documentElement.getAttribute('data-hangup-state')), 'open', 'a new chat is not locked');
      await shot(page, 'branch-prefilled');
      await page.keyboard.press('Enter');
      await waitFor(page, () => /^\/c\//.test(location.pathname), null, { what: 'the new chat gets an id' });
      const branches = await waitFor(page, () => true, null).then(async () => {
        for (let i = 0; i < 40; i++) { const r = await bg(d, 'page:branches', { key: `chatgpt:${id}` }); if (r.data?.length) return r.data; await sleep(100); }
        return [];
      });
      eq(branches.length, 1, 'one branch recorded');
      eq(branches[0].branchOf.turn, 2, 'from the second user message (turn index 2)');
      assert(!JSON.stringify(branches[0]).includes('tides'), 'no message text stored');
      await page.close();
    },
  },
  {
    name: 'an in-place edit unlocks the new branch and keeps the old path locked',
    async run({ d, shot }) {
      const id = 'branch-edit-0001';
      const page = await d.open(url(id));
      await ui.waitText(page, 'End this chat');
      await typeAndEnter(page, 'A message that ends up in an ended chat');
      await sleep(150);
      await endFromPage(page);
      // The site's own Edit on the first user message, as a user would click it.
      await click(page, '[data-turn="user"] button[aria-label="Edit message"]');
      await click(page, '[data-sim="edit-box"]');
      await page.keyboard.press('End');
      await page.keyboard.type(' (edited)');
      await click(page, '[data-sim="edit-send"]');
      await waitFor(page, () => document.documentElement.getAttribute('data-hangup-state') === 'open', null, { what: 'lock lifted on the new branch' });
      await ui.waitText(page, 'End this chat');
      const n = await sim.userTurns(page);
      await typeAndEnter(page, 'writing on the new branch');
      eq(await sim.userTurns(page), n + 1, 'the new branch sends');
      await shot(page, 'branch-unlocked');
      await page.evaluate(() => window.__sim.switchBranch());
      await waitFor(page, () => document.documentElement.getAttribute('data-hangup-state') === 'locked', null, { what: 'old path locked again' });
      await ui.waitText(page, 'This chat has ended');
      const m = await sim.userTurns(page);
      await typeAndEnter(page, 'the old path must not send');
      eq(await sim.userTurns(page), m, 'the old path stays locked');
      await page.close();
    },
  },
];
