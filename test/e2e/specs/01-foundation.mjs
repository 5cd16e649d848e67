// Issue 2: end a ChatGPT thread from the page, and prove the lock holds.
import { assert, eq, click, ui, sim, typeAndEnter, waitFor, sleep, rect } from '../helpers.mjs';

const A = '6a1f0c2e-0000-4000-8000-00000000000a';
const B = '6a1f0c2e-0000-4000-8000-00000000000b';
const C = '6a1f0c2e-0000-4000-8000-00000000000c';
const url = (id) => `https://chatgpt.com/c/${id}`;

async function endFromPage(page) {
  await ui.clickButton(page, 'End this chat');
  const dlg = await waitFor(page, () => {
    const d = document.querySelector('hangup-ui')?.shadowRoot?.querySelector('[role="alertdialog"], [role="dialog"]');
    return d ? d.textContent : null;
  }, null, { what: 'confirmation dialog' });
  assert(/permanent/i.test(dlg), `dialog says the ending is permanent: ${dlg}`);
  await ui.clickButton(page, 'End chat');
  await ui.waitText(page, 'This chat has ended');
}

export const tests = [
  {
    name: 'sending works in a thread that is not ended (positive control)',
    async run({ d }) {
      const page = await d.open(url(B));
      await waitFor(page, () => !!window.__sim, null, { what: 'simulator' });
      await ui.waitText(page, 'End this chat');
      const before = await sim.userTurns(page);
      await typeAndEnter(page, 'hello from B');
      eq(await sim.userTurns(page), before + 1, 'Enter sends in an active thread');
      await page.close();
    },
  },
  {
    name: 'End this chat → confirm → banner with Start a new chat and Send feedback',
    async run({ d, shot }) {
      const page = await d.open(url(A));
      await ui.waitText(page, 'End this chat');
      // Text typed before the ending: the send button now exists, and must not work after.
      await page.keyboard.type('unsent draft');
      await endFromPage(page);
      const text = await ui.text(page);
      assert(text.includes('Start a new chat') && text.includes('Send feedback'), `banner actions present: ${text}`);
      assert(text.includes('You ended this chat'), 'banner says why');
      await shot(page, 'locked-chatgpt');
      await page.close();
    },
  },
  {
    name: 'in the ended thread nothing sends: Enter, Ctrl+Enter, send button, form submit, re-rendered composer',
    async run({ d }) {
      const page = await d.open(url(A));
      await ui.waitText(page, 'This chat has ended');
      const before = await sim.userTurns(page);
      await typeAndEnter(page, 'try enter');
      await typeAndEnter(page, 'try ctrl enter', { mod: 'Control' });
      await typeAndEnter(page, 'try meta enter', { mod: 'Meta' });
      // The send button, where the site would have it once there is text.
      await page.evaluate(() => { document.getElementById('prompt-textarea').textContent = 'x'; window.__sim.showSendButton(); });
      const send = await rect(page, '#composer-submit-button');
      assert(send, 'the site shows its send button');
      // A real click where the button is: Hangup's banner may cover that spot (then the click
      // would press a banner control instead, which is the lock doing its job).
      const covered = await page.evaluate(([x, y]) => document.elementFromPoint(x, y)?.tagName === 'HANGUP-UI', [send.x, send.y]);
      if (!covered) await page.mouse.click(send.x, send.y);
      // And a script click on the button itself, as a site's own code or another extension might.
      await page.evaluate(() => document.getElementById('composer-submit-button')?.click());
      // Keyboard activation of the form's submit path (nothing else focused, so Enter reaches only it).
      await page.evaluate(() => { document.activeElement?.blur?.(); document.querySelector('form[data-type="unified-composer"] button')?.focus(); });
      await page.keyboard.press('Enter');
      await page.keyboard.press(' ');
      // The site re-creates the composer (React re-render): the lock must follow.
      await page.evaluate(() => window.__sim.rerenderComposer());
      await sleep(50);
      await typeAndEnter(page, 'try after rerender');
      const inert = await page.evaluate(() => document.getElementById('prompt-textarea').closest('[inert]') !== null);
      assert(inert, 'the re-created composer is inert');
      eq(await sim.userTurns(page), before, 'no user turn was added');
      eq(await sim.sent(page), 0, 'the site never sent');
      const vis = await page.evaluate(() => getComputedStyle(document.getElementById('prompt-textarea')).visibility);
      eq(vis, 'hidden', 'composer is hidden');
      const readable = await page.evaluate(() => document.querySelector('[data-turn="assistant"]').textContent.length > 0
        && getComputedStyle(document.querySelector('[data-turn="assistant"]')).visibility !== 'hidden');
      assert(readable, 'earlier messages stay readable');
      await page.close();
    },
  },
  {
    name: 'reload keeps the lock; another thread still sends',
    async run({ d }) {
      const page = await d.open(url(A));
      await page.reload();
      await ui.waitText(page, 'This chat has ended');
      const before = await sim.userTurns(page);
      await typeAndEnter(page, 'after reload');
      eq(await sim.userTurns(page), before, 'no user turn after reload');
      await d.goto(page, url(B));
      await ui.waitText(page, 'End this chat');
      const b0 = await sim.userTurns(page);
      await typeAndEnter(page, 'B still works');
      eq(await sim.userTurns(page), b0 + 1, 'other thread sends');
      await page.close();
    },
  },
  {
    name: 'SPA route change moves the lock between threads',
    async run({ d }) {
      const page = await d.open(url(B));
      await ui.waitText(page, 'End this chat');
      await page.evaluate((id) => window.__sim.navigate(`/c/${id}`), A);
      await ui.waitText(page, 'This chat has ended');
      const locked = await page.evaluate(() => document.documentElement.getAttribute('data-hangup-state'));
      eq(locked, 'locked', 'locked after pushState into the ended thread');
      await page.evaluate((id) => window.__sim.navigate(`/c/${id}`), B);
      await ui.waitText(page, 'End this chat');
      const b0 = await sim.userTurns(page);
      await typeAndEnter(page, 'B after navigating back');
      eq(await sim.userTurns(page), b0 + 1, 'sending works again after leaving the ended thread');
      await page.close();
    },
  },
  {
    name: 'feedback from the banner is stored',
    async run({ d }) {
      const page = await d.open(url(A));
      await ui.waitText(page, 'This chat has ended');
      await ui.clickButton(page, 'Send feedback');
      await click(page, '#hangup-fb-unexpected', { shadow: true });
      await click(page, '#hangup-fb-comment', { shadow: true });
      await page.keyboard.type('I ended it by mistake');
      await ui.clickButton(page, 'Save feedback');
      await ui.waitText(page, 'feedback is saved');
      const rec = await d.evalBackground(`(globalThis.browser ?? chrome).runtime.sendMessage({type: 'page:get', body: {key: 'chatgpt:${A}'}})`);
      eq(rec?.data?.feedback?.rating, 'unexpected', 'rating stored');
      eq(rec?.data?.feedback?.comment, 'I ended it by mistake', 'comment stored');
      await page.close();
    },
  },
  {
    name: 'the popup shows this tab as ended and lists the ended thread',
    async run({ d, shot }) {
      const page = await d.open(url(A));
      await ui.waitText(page, 'This chat has ended');
      const tabId = await d.evalBackground(`(globalThis.browser ?? chrome).tabs.query({url: 'https://chatgpt.com/c/${A}'}).then(t => t[0]?.id)`);
      assert(Number.isInteger(tabId), 'found the chat tab');
      const popup = await d.openPopup(`?tab=${tabId}`);
      await waitFor(popup, (k) => !!document.querySelector(`li[data-key="${k}"]`), `chatgpt:${A}`, { what: 'ended thread in the list' });
      const text = await popup.evaluate(() => document.body.innerText);
      assert(text.includes('Ended') && text.includes('ChatGPT'), `popup shows the state: ${text}`);
      await shot(popup, 'popup');
      await popup.close();
      await page.close();
    },
  },
  {
    name: 'state survives a background restart; ending works after it wakes',
    async run({ d }) {
      await d.restartBackground();
      const page = await d.open(url(A));
      await ui.waitText(page, 'This chat has ended', 10000);
      await d.restartBackground();
      await d.goto(page, url(C));
      await ui.waitText(page, 'End this chat', 10000);
      await endFromPage(page);
      const rec = await d.evalBackground(`(globalThis.browser ?? chrome).runtime.sendMessage({type: 'page:get', body: {key: 'chatgpt:${C}'}})`);
      eq(rec?.data?.status, 'ended', 'thread C ended after the restart');
      await page.close();
    },
  },
];

tests.push({
  name: 'a site turned off in the options: Hangup stands aside there at once, and comes back when turned on',
  async run({ d }) {
    const page = await d.open(url(A));
    await ui.waitText(page, 'This chat has ended');
    const bg = (type, body) => d.evalBackground(`(globalThis.browser ?? chrome).runtime.sendMessage(${JSON.stringify({ type, body })})`);
    await bg('page:settings-set', { disabledSites: ['chatgpt'] });
    await waitFor(page, () => document.documentElement.getAttribute('data-hangup-state') === 'open'
      && !(document.querySelector('hangup-ui')?.shadowRoot?.textContent ?? '').includes('This chat has ended'), null, { what: 'Hangup stands aside' });
    await bg('page:settings-set', { disabledSites: [] });
    await ui.waitText(page, 'This chat has ended');
    eq(await page.evaluate(() => document.documentElement.getAttribute('data-hangup-state')), 'locked', 'locked again');
    await page.close();
  },
});

tests.push({
  name: 'the shortcut / context-menu path opens the confirmation (nothing ends without confirming)',
  async run({ d }) {
    const id = '6a1f0c2e-0000-4000-8000-0000000000d1';
    const page = await d.open(url(id));
    await ui.waitText(page, 'End this chat');
    // What the background does on the command or the menu click: ask that tab's content script.
    await d.evalBackground(`(globalThis.browser ?? chrome).tabs.query({url: 'https://chatgpt.com/c/${id}'}).then(([t]) => (globalThis.browser ?? chrome).tabs.sendMessage(t.id, {type: 'bg:ask-end'}))`);
    await waitFor(page, () => !!document.querySelector('hangup-ui')?.shadowRoot?.querySelector('[role="alertdialog"]'), null, { what: 'confirmation' });
    const rec = await d.evalBackground(`(globalThis.browser ?? chrome).runtime.sendMessage({type: 'page:get', body: {key: 'chatgpt:${id}'}})`);
    eq(rec.data, null, 'not ended before confirming');
    await ui.clickButton(page, 'Cancel');
    await page.close();
  },
});
