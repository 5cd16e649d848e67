// Self-hosted Open WebUI, LibreChat and chat-ui (HuggingChat) at origins the user adds: the
// options page saves each origin with its kind, the background registers the content script
// there at run time, and the lock works as on hosted sites. Per app, in real Chromium at the
// app's test origin with its derived fixture and page simulator: an origin not added gets no
// controls; once added, another thread sends, End this chat locks and nothing sends (Enter,
// Ctrl+Enter, the send button by mouse and by script, form submit, a re-created composer); an
// in-app route change between threads moves the lock both ways (and ending a thread reached that
// way is saved); Branch from here is on every user message and pre-fills a new chat; a reload
// keeps the lock; removing the origin unregisters it while the others stay.
// The browser's permission prompt cannot be answered by a test, so this spec's extension copy
// lists the test origins in host_permissions (granted at install); everything after the prompt —
// settings, permission check, dynamic registration, the adapter — is the real code.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { assert, eq, ui, waitFor, sleep, openSim, endFromPage } from '../helpers.mjs';
import { pageFor, SELF_HOSTED_SITES } from '../fixtures.mjs';

export const browsers = ['chromium'];
const APPS = Object.keys(SELF_HOSTED_SITES);

export async function prepareExtension(browserName) {
  const src = resolve(`dist/${browserName === 'chromium' ? 'chrome' : 'firefox'}`);
  const dir = mkdtempSync(join(tmpdir(), 'hangup-selfhosted-'));
  cpSync(src, dir, { recursive: true });
  const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  m.host_permissions = [...m.host_permissions, ...APPS.map((a) => `${SELF_HOSTED_SITES[a].origin}/*`)];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(m, null, 2));
  return dir;
}

const bg = (d, type, body) => d.evalBackground(`(globalThis.browser ?? chrome).runtime.sendMessage(${JSON.stringify({ type, body })})`);

/** The origins added in the options, in order (the settings message replaces the whole list). */
const added = [];
async function saveOrigins(d) {
  const r = await bg(d, 'page:settings-set', { selfHosted: added.map((a) => ({ origin: SELF_HOSTED_SITES[a].origin, kind: SELF_HOSTED_SITES[a].kind })) });
  assert(r.ok, `settings saved: ${JSON.stringify(r)}`);
  eq(JSON.stringify(r.data?.selfHosted?.map((o) => o.origin)), JSON.stringify(added.map((a) => SELF_HOSTED_SITES[a].origin)), 'the saved origins');
}
async function addOrigin(d, app) { if (!added.includes(app)) { added.push(app); await saveOrigins(d); } }

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
const stateAttr = (page) => page.evaluate(() => document.documentElement.getAttribute('data-hangup-state'));
const hasUi = (page) => page.evaluate(() => !!document.querySelector('hangup-ui'));

/** Click into the composer (if a user could reach it), type, and press Enter (with a modifier). */
async function typeAndEnter(page, s, text, mod) {
  const r = await page.evaluate(visibleRect, s.composer);
  if (r) await page.mouse.click(r.x, r.y);
  await page.evaluate((sel) => { document.activeElement?.blur?.(); document.querySelector(sel)?.focus(); }, s.composer);
  await page.keyboard.type(text);
  if (mod) { await page.keyboard.down(mod); await page.keyboard.press('Enter'); await page.keyboard.up(mod); } else await page.keyboard.press('Enter');
  await sleep(150);
}

const navigate = async (page, path) => page.evaluate((p) => window.__sim.navigate(p), path);

/** Per user message: whether it carries a Branch from here control (a button in its shadow root). */
const branchControls = (page, s) => page.evaluate((sel) => [...document.querySelectorAll(sel)]
  .map((t) => !!t.querySelector('hangup-branch')?.shadowRoot?.querySelector('button[data-hangup="branch"]')), s.userTurn);

/** Click the Branch from here control of the n-th user message, as a user would. */
async function clickBranch(page, s, n) {
  const r = await waitFor(page, ([sel, i]) => {
    const b = document.querySelectorAll(sel)[i]?.querySelector('hangup-branch')?.shadowRoot?.querySelector('button');
    if (!b) return null;
    b.scrollIntoView({ block: 'center' });
    const q = b.getBoundingClientRect();
    return q.width && q.height ? { x: q.left + q.width / 2, y: q.top + q.height / 2 } : null;
  }, [s.userTurn, n], { what: `branch control #${n}` });
  await page.mouse.click(r.x, r.y);
}

const record = async (d, s, id) => (await bg(d, 'page:get', { key: `${s.kind}:${id}` })).data;

function appTests(app) {
  const s = SELF_HOSTED_SITES[app];
  const A = s.ids(0xa1); const B = s.ids(0xb2); const D = s.ids(0xd4);
  return [
    {
      name: `${app}: an origin the user has not added gets no controls`,
      async run({ d }) {
        for (const a of APPS) d.serve(SELF_HOSTED_SITES[a].origin, () => pageFor(a));
        assert(!added.includes(app), 'not added yet');
        const page = await openSim(d, s, A);
        await sleep(800);
        eq(await hasUi(page), false, 'no Hangup UI');
        eq(await stateAttr(page), null, 'no lock state on the page');
        await page.close();
      },
    },
    {
      name: `${app}: after adding the origin: another thread sends; End this chat → locked, and nothing sends`,
      async run({ d, shot }) {
        await addOrigin(d, app);
        // Positive controls: thread B sends by Enter and by its send button.
        const page = await openSim(d, s, B);
        await ui.waitText(page, 'End this chat', 8000);
        const b0 = await userTurns(page, s);
        await typeAndEnter(page, s, 'hello from B');
        eq(await userTurns(page, s), b0 + 1, 'Enter sends in a thread that is not ended');
        await page.evaluate((sel) => document.querySelector(sel)?.focus(), s.composer);
        await page.keyboard.type('sent with the button');
        const btn = await page.evaluate(visibleRect, s.send);
        assert(btn, `the send button ${s.send} is visible once there is text`);
        await page.mouse.click(btn.x, btn.y);
        await sleep(150);
        eq(await userTurns(page, s), b0 + 2, 'the send button sends in a thread that is not ended');
        eq(await sent(page), 2, 'the app sent twice');

        // Thread A, loaded at its URL: a draft (Shift+Enter is a newline), then End this chat.
        await d.goto(page, s.thread(A));
        await waitFor(page, () => !!window.__sim, null, { what: 'simulator' });
        await ui.waitText(page, 'End this chat', 8000);
        await typeAndEnter(page, s, 'draft', 'Shift');
        await endFromPage(page);
        eq(await stateAttr(page), 'locked', 'the page is locked');
        eq((await record(d, s, A))?.status, 'ended', `recorded as ended under ${s.kind}:`);
        const before = await userTurns(page, s);
        const sent0 = await sent(page);

        await typeAndEnter(page, s, 'try enter');
        await typeAndEnter(page, s, 'try ctrl enter', 'Control');
        // The send button, enabled as the app would once there is text: by mouse if a user could
        // reach it, then by a script click and a form submit from the page.
        await page.evaluate(() => window.__sim.showSendButton());
        const r = await page.evaluate(visibleRect, s.send);
        if (r) await page.mouse.click(r.x, r.y);
        await page.evaluate((sel) => {
          document.querySelector(sel)?.click();
          const f = document.querySelector(sel)?.closest('form');
          if (f) { try { f.requestSubmit(); } catch { /* inert or detached */ } }
        }, s.send);
        // The app re-creates its composer: the lock follows.
        await page.evaluate(() => window.__sim.rerenderComposer());
        await sleep(50);
        await typeAndEnter(page, s, 'after rerender');
        eq(await userTurns(page, s), before, 'no user turn was added in the ended thread');
        eq(await sent(page), sent0, 'the app never sent after the ending');
        const locked = await page.evaluate((sel) => {
          const c = document.querySelector(sel);
          return { inert: !!c?.closest('[inert]'), vis: c ? getComputedStyle(c).visibility : 'none' };
        }, s.composer);
        assert(locked.inert, 'the (re-created) composer is inert');
        eq(locked.vis, 'hidden', 'the composer is hidden');
        eq(await page.evaluate((sel) => getComputedStyle(document.querySelector(sel)).visibility, s.send), 'hidden', 'the send control is hidden');
        await shot(page, `${app}-locked`);
        await page.close();
      },
    },
    {
      name: `${app}: a route change between threads moves the lock both ways; branch controls on earlier messages; reload keeps it`,
      async run({ d }) {
        await addOrigin(d, app);
        const page = await openSim(d, s, B);
        await ui.waitText(page, 'End this chat', 8000);
        eq(await stateAttr(page), 'open', 'thread B is open');
        await navigate(page, s.path(A));
        await ui.waitText(page, 'This chat has ended');
        eq(await stateAttr(page), 'locked', 'locked after the route change into the ended thread');
        const a0 = await userTurns(page, s);
        await typeAndEnter(page, s, 'A after the route change');
        eq(await userTurns(page, s), a0, 'nothing sends in the ended thread reached by a route change');
        // Branch controls are on the ended thread's messages too (branching is how it continues).
        const inA = await waitFor(page, (sel) => [...document.querySelectorAll(sel)].every((t) => t.querySelector('hangup-branch')) && document.querySelectorAll(sel).length,
          s.userTurn, { what: 'branch controls in the ended thread' });
        assert(inA >= 1, 'the ended thread has user messages');

        await navigate(page, s.path(B));
        await ui.waitText(page, 'End this chat');
        eq(await stateAttr(page), 'open', 'open again in the other thread');
        const b0 = await userTurns(page, s);
        await typeAndEnter(page, s, 'B after navigating back');
        eq(await userTurns(page, s), b0 + 1, 'sending works again after leaving the ended thread');
        const controls = await waitFor(page, (sel) => {
          const turns = [...document.querySelectorAll(sel)];
          return turns.length >= 2 && turns.every((t) => t.querySelector('hangup-branch')) ? turns.length : 0;
        }, s.userTurn, { what: 'a branch control on every user message in B' });
        assert(controls >= 2, `B has earlier user messages (${controls})`);
        const perTurn = await branchControls(page, s);
        assert(perTurn[0] && perTurn.every(Boolean), `Branch from here on each user message, the first included: ${perTurn}`);

        // Ending a thread reached by an in-app route change is saved, not only locked in the page.
        await navigate(page, s.path(D));
        await ui.waitText(page, 'End this chat');
        await sleep(300);
        await endFromPage(page);
        eq((await record(d, s, D))?.status, 'ended', 'the ending of the thread shown after the route change is stored');

        // Back into A, then a reload of A.
        await navigate(page, s.path(A));
        await ui.waitText(page, 'This chat has ended');
        await page.reload();
        await waitFor(page, () => !!window.__sim, null, { what: 'simulator after reload' });
        await ui.waitText(page, 'This chat has ended', 8000);
        eq(await stateAttr(page), 'locked', 'locked after the reload');
        const a1 = await userTurns(page, s);
        await typeAndEnter(page, s, 'after reload');
        eq(await userTurns(page, s), a1, 'no user turn after the reload');
        await page.close();
      },
    },
    {
      name: `${app}: Branch from here on an earlier user message opens a new chat with the composer pre-filled`,
      async run({ d, shot }) {
        await addOrigin(d, app);
        const page = await openSim(d, s, B);
        await ui.waitText(page, 'End this chat', 8000);
        const texts = await page.evaluate((sel) => [...document.querySelectorAll(sel)].map((t) => t.textContent.trim()), s.userTurn);
        assert(texts.length >= 2, 'B has two user messages or more');
        await clickBranch(page, s, 1);
        const got = await waitFor(page, ([sel, from]) => {
          const c = document.querySelector(sel);
          const text = c ? (c instanceof HTMLTextAreaElement ? c.value : c.innerText) : '';
          return location.pathname !== from && text.length > 20 ? { path: location.pathname, text } : null;
        }, [s.composer, new URL(s.thread(B)).pathname], { what: 'a new chat with a pre-filled composer', timeout: 10000 });
        eq(got.path, s.newChat, 'the app\'s new-chat page');
        assert(got.text.includes('User: Please explain the water cycle'), `the context has the first message: ${got.text.slice(0, 160)}`);
        assert(got.text.trim().endsWith('hello from B'), `it ends with the chosen message: …${got.text.slice(-60)}`);
        // The pre-fill can land before the content script has heard back from the background and
        // marked the page: wait for its verdict rather than read it at once.
        const state = await waitFor(page, () => document.documentElement.getAttribute('data-hangup-state'), null, { what: 'the page marked', timeout: 5000 });
        eq(state, 'open', 'a new chat is not locked');
        await shot(page, `${app}-branch-prefilled`);
        await page.close();
      },
    },
  ];
}

const removal = {
  name: 'removing an origin unregisters its content script; the origins still added keep theirs',
  async run({ d }) {
    assert(added.length === APPS.length, `every app's origin was added (${added})`);
    while (added.length) {
      const gone = added.shift();
      await saveOrigins(d);
      const s = SELF_HOSTED_SITES[gone];
      const page = await openSim(d, s, s.ids(0xa1));
      await sleep(800);
      eq(await hasUi(page), false, `no Hangup UI at ${s.origin} once removed`);
      await page.close();
      if (added.length) {
        const k = SELF_HOSTED_SITES[added[0]];
        const still = await openSim(d, k, k.ids(0xa1));
        await ui.waitText(still, 'This chat has ended', 8000);
        await still.close();
      }
    }
  },
};

export const tests = [...APPS.flatMap(appTests), removal];
