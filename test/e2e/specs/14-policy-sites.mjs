// Issue 14: turns are read on every site, so the policy sees the conversation there. On each hosted
// site (its real capture or derived page, at its real URL), a scripted assistant refuses harmful
// asks; persistent abuse after refusals gets the warning first and then the policy's ending, with
// turn indexes as evidence and no message text stored. Chromium runs every site; Firefox runs
// ChatGPT, Claude and Gemini.
import { assert, eq, ui, waitFor, sleep } from '../helpers.mjs';
import { SITES } from '../fixtures.mjs';
import { ABUSE, say as talk } from '../policy-talk.mjs';

const FIREFOX_SITES = ['chatgpt', 'claude', 'gemini'];
const browser = process.argv[2];
const sites = Object.keys(SITES).filter((s) => browser !== 'firefox' || FIREFOX_SITES.includes(s));


const say = (page, s, text) => talk(page, s, text, 900).catch(() => {}); // (a missing message shows in the ending check)

function siteTest(site) {
  const s = SITES[site];
  return {
    name: `${site}: the policy reads the turns — warning, then the policy's ending after persistent abuse`,
    timeout: 90_000,
    async run({ d }) {
      const id = s.ids(0x5e1);
      const page = await d.open(s.thread(id));
      await waitFor(page, () => !!window.__sim, null, { what: 'simulator' });
      await ui.waitText(page, 'End this chat', 8000);
      await sleep(1300); // past the route-settle window: what follows is live
      let warnedAt = -1;
      for (let i = 0; i < ABUSE.length; i++) {
        if ((await ui.text(page)).includes('This chat has ended')) break;
        await say(page, s, ABUSE[i]);
        if (warnedAt < 0 && await ui.has(page, '[data-hangup="warn"]')) warnedAt = i;
      }
      await ui.waitText(page, 'This chat has ended', 5000).catch(async (e) => {
        const info = await page.evaluate((sel) => ({ users: document.querySelectorAll(sel).length, ui: document.querySelector('hangup-ui')?.shadowRoot?.textContent?.slice(0, 200) }), s.userTurn);
        throw new Error(`${e.message}; warned at ${warnedAt}; ${JSON.stringify(info)}`);
      });
      assert(warnedAt >= 0, 'a warning was shown before the ending');
      const threadId = site === 'perplexity' ? id.split('-').pop() : id; // Perplexity's id follows the slug
      const rec = (await d.evalBackground(`(globalThis.browser ?? chrome).runtime.sendMessage({type: 'page:get', body: {key: '${site}:${threadId}'}})`)).data;
      eq(rec.endedBy, 'policy', 'ended by the policy');
      eq(rec.reason.code, 'persistent-abuse', 'reason code');
      assert(rec.reason.turnIndexes.length >= 2, `evidence: ${JSON.stringify(rec.reason)}`);
      assert(!/bomb|idiot|nerve/i.test(JSON.stringify(rec)), 'no message text stored');
      await page.close();
    },
  };
}

export const tests = sites.map(siteTest);
