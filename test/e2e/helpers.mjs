// Browser-agnostic page helpers: the same calls work on a playwright Page and a puppeteer Page.
// Clicks are real mouse clicks at an element's centre (trusted events), never element.click().
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export class AssertionError extends Error {}
export function assert(cond, msg) { if (!cond) throw new AssertionError(msg); }
export function eq(a, b, msg) { if (a !== b) throw new AssertionError(`${msg}: expected ${JSON.stringify(b)}, got ${JSON.stringify(a)}`); }

export async function waitFor(page, fn, arg, { timeout = 5000, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try { last = await page.evaluate(fn, arg); if (last) return last; } catch (e) { last = e; }
    if (Date.now() > end) throw new AssertionError(`timed out waiting for ${what} (last: ${String(last).slice(0, 200)})`);
    await sleep(50);
  }
}

/** Find an element in the page or inside Hangup's shadow root; returns its centre or null. */
const rectOf = ([sel, inShadow]) => {
  const root = inShadow ? document.querySelector('hangup-ui')?.shadowRoot : document;
  const el = root?.querySelector(sel);
  if (!el) return null;
  el.scrollIntoView?.({ block: 'center' });
  const r = el.getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2, w: r.width, h: r.height };
};

export async function rect(page, sel, inShadow = false) { return page.evaluate(rectOf, [sel, inShadow]); }

export async function click(page, sel, { shadow = false, timeout = 5000 } = {}) {
  const r = await waitFor(page, rectOf, [sel, shadow], { timeout, what: `${shadow ? 'shadow ' : ''}${sel}` });
  assert(r.w > 0 && r.h > 0, `${sel} has no size`);
  await page.mouse.click(r.x, r.y);
}

export const ui = {
  text: (page) => page.evaluate(() => document.querySelector('hangup-ui')?.shadowRoot?.textContent ?? ''),
  has: (page, sel) => page.evaluate((s) => !!document.querySelector('hangup-ui')?.shadowRoot?.querySelector(s), sel),
  waitText: (page, needle, timeout = 5000) => waitFor(page,
    (n) => (document.querySelector('hangup-ui')?.shadowRoot?.textContent ?? '').includes(n), needle,
    { timeout, what: `Hangup UI text "${needle}"` }),
  /** The visible button whose text is exactly `label` inside the shadow root */
  async clickButton(page, label, timeout = 5000) {
    const sel = await waitFor(page, (l) => {
      const root = document.querySelector('hangup-ui')?.shadowRoot;
      const btns = [...(root?.querySelectorAll('button, a') ?? [])];
      const i = btns.findIndex((b) => b.textContent.trim() === l);
      if (i < 0) return null;
      btns.forEach((b) => b.removeAttribute('data-test-target'));
      btns[i].setAttribute('data-test-target', '1');
      return '[data-test-target="1"]';
    }, label, { timeout, what: `button "${label}"` });
    await click(page, sel, { shadow: true });
  },
};

export const sim = {
  userTurns: (page) => page.evaluate(() => document.querySelectorAll('[data-turn="user"]').length),
  sent: (page) => page.evaluate(() => window.__sim?.sent ?? -1),
};

/** Try to type into the composer and press Enter, as a user would. */
export async function typeAndEnter(page, text, { mod } = {}) {
  await page.bringToFront(); // the first-run page opens on install and may be in front: keys go there
  const r = await rect(page, '#prompt-textarea');
  // Where the lock covers the composer, this click may land on Hangup's banner; drop that focus so
  // the keys below go to the composer or nowhere, never to a banner link.
  if (r && r.w > 0) await page.mouse.click(r.x, r.y);
  await page.evaluate(() => { document.activeElement?.blur?.(); document.getElementById('prompt-textarea')?.focus(); });
  await page.keyboard.type(text);
  if (mod) { await page.keyboard.down(mod); await page.keyboard.press('Enter'); await page.keyboard.up(mod); } else await page.keyboard.press('Enter');
  await sleep(150);
}

/** Open a served site's thread (s: a SITES entry) and wait for its page simulator. */
export async function openSim(d, s, id) {
  const page = await d.open(s.thread(id));
  await waitFor(page, () => !!window.__sim, null, { what: 'simulator' });
  return page;
}

/** End the chat from the page as a user would: the button, then the confirmation. */
export async function endFromPage(page) {
  await ui.clickButton(page, 'End this chat');
  await waitFor(page, () => !!document.querySelector('hangup-ui')?.shadowRoot?.querySelector('[role="alertdialog"], [role="dialog"]'),
    null, { what: 'confirmation dialog' });
  await ui.clickButton(page, 'End chat');
  await ui.waitText(page, 'This chat has ended');
}
