// Issue 6 bypass suite: in an ended thread of every supported site, try every way to send.
// Oracle per attempt: no user turn added, the site's simulator never sent, and no send-path
// event aimed at the composer or its controls reached the page's own listeners.
import { assert, eq, ui, waitFor, sleep } from '../helpers.mjs';
import { SITES } from '../fixtures.mjs';

// Page-world counters, installed before the page's own scripts: events aimed at the composer
// region that got past Hangup's window-level guard would reach these document listeners.
const COUNTERS = `(() => {
  const r = window.__reached = { n: 0, types: {} };
  for (const type of ['keydown','keypress','beforeinput','paste','drop','click','mousedown','pointerdown','submit']) {
    document.addEventListener(type, (e) => {
      const cfg = window.__bypassCfg; if (!cfg) return;
      const t = e.composedPath()[0];
      if (!(t instanceof Element) || !(t.closest(cfg.composer) || t.closest(cfg.send) || (type === 'submit' && t.querySelector?.(cfg.composer)))) return;
      r.n++; r.types[type] = (r.types[type] || 0) + 1;
    }, true);
  }
})();`;
export const pageOptions = () => ({ extraScriptHead: COUNTERS });

const totals = { attempts: 0, leaks: 0 };

async function snapshot(page, s) {
  return page.evaluate((sel) => ({ turns: document.querySelectorAll(sel).length, sent: window.__sim?.sent ?? 0, reached: window.__reached?.n ?? 0 }), s.userTurn);
}

async function attempt(page, s, name, fn, leaks) {
  const before = await snapshot(page, s);
  await fn();
  await sleep(120);
  const after = await snapshot(page, s);
  totals.attempts++;
  if (after.turns !== before.turns || after.sent !== before.sent || after.reached !== before.reached) {
    totals.leaks++;
    leaks.push(`${name}: turns ${before.turns}→${after.turns}, sent ${before.sent}→${after.sent}, reached ${before.reached}→${after.reached}`);
  }
}

const blurThenFocusComposer = (page, s) => page.evaluate((sel) => { document.activeElement?.blur?.(); document.querySelector(sel)?.focus(); }, s.composer);

/** `control`: the same battery on an active thread must get through — proof the oracle can see a leak. */
function bypassTest(site, control = false) {
  const s = SITES[site];
  return {
    name: control ? `${site} (control): the same attempts do send in an active thread` : `${site}: every way to send in an ended thread is stopped`,
    timeout: 90_000,
    async run({ d, browser }) {
      const id = s.ids(control ? 5252 : 4242);
      const other = s.ids(4343);
      const page = await d.open(s.thread(id));
      await page.evaluate((cfg) => { window.__bypassCfg = cfg; }, { composer: s.composer, send: s.send });
      await ui.waitText(page, 'End this chat', 10000);
      if (!control) {
        await ui.clickButton(page, 'End this chat');
        await ui.clickButton(page, 'End chat');
        await ui.waitText(page, 'This chat has ended');
      }
      const saved = { ...totals };
      const leaks = [];
      const keysInComposer = async (...combo) => {
        await blurThenFocusComposer(page, s);
        await page.keyboard.type('attempt');
        for (const k of combo) {
          if (k.includes('+')) { const [m, key] = k.split('+'); await page.keyboard.down(m); await page.keyboard.press(key); await page.keyboard.up(m); } else await page.keyboard.press(k);
        }
      };
      const A = (name, fn) => attempt(page, s, name, fn, leaks);
      await A('Enter', () => keysInComposer('Enter'));
      await A('Shift+Enter then Enter', () => keysInComposer('Shift+Enter', 'Enter'));
      await A('Ctrl+Enter', () => keysInComposer('Control+Enter'));
      await A('Meta+Enter', () => keysInComposer('Meta+Enter'));
      await A('send button by mouse', async () => {
        await page.evaluate(() => window.__sim.showSendButton?.());
        const r = await page.evaluate((sel) => { const b = document.querySelector(sel); if (!b) return null; b.scrollIntoView({ block: 'center' }); const q = b.getBoundingClientRect();
          if (q.bottom < 0 || q.top > innerHeight || q.right < 0 || q.left > innerWidth) return null;
          return { x: q.left + q.width / 2, y: q.top + q.height / 2, w: q.width, covered: document.elementFromPoint(q.left + q.width / 2, q.top + q.height / 2)?.tagName === 'HANGUP-UI' }; }, s.send);
        if (r && r.w > 0 && !r.covered) await page.mouse.click(r.x, r.y);
      });
      await A('send button by keyboard', async () => {
        await page.evaluate((sel) => { document.activeElement?.blur?.(); document.querySelector(sel)?.focus(); }, s.send);
        await page.keyboard.press('Enter'); await page.keyboard.press(' ');
      });
      await A('send button clicked by script', () => page.evaluate((sel) => { window.__sim.showSendButton?.(); document.querySelector(sel)?.click(); }, s.send));
      await A('keydown Enter dispatched at the composer', () => page.evaluate((sel) => {
        document.querySelector(sel)?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true })); }, s.composer));
      await A('form submit', () => page.evaluate((sel) => { const f = document.querySelector(sel)?.closest('form'); f?.requestSubmit ? f.requestSubmit() : f?.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })); }, s.composer));
      await A('paste then Enter', async () => {
        await page.evaluate((sel) => { const dt = new DataTransfer(); dt.setData('text/plain', 'pasted text');
          document.querySelector(sel)?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true, composed: true })); }, s.composer);
        await keysInComposer('Enter');
      });
      await A('drag and drop of text', () => page.evaluate((sel) => { const dt = new DataTransfer(); dt.setData('text/plain', 'dropped text');
        document.querySelector(sel)?.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true, composed: true })); }, s.composer));
      await A('attachment and voice buttons', () => page.evaluate((sel) => {
        const root = document.querySelector(sel)?.closest('form') ?? document.querySelector(sel)?.parentElement?.parentElement;
        for (const b of root?.querySelectorAll('button, input[type="file"]') ?? []) b.click(); }, s.composer));
      await A('a composer the site re-creates', async () => { await page.evaluate(() => window.__sim.rerenderComposer()); await sleep(50); await keysInComposer('Enter'); });
      await A('a send button that appears late', () => page.evaluate((sel) => {
        const old = document.querySelector(sel); if (!old) return; const late = old.cloneNode(true); late.removeAttribute('disabled');
        late.setAttribute('aria-disabled', 'false'); old.replaceWith(late); late.click(); }, s.send));
      await A('route change away and back into the thread', async () => {
        await page.evaluate((p) => window.__sim.navigate(p), s.path(other));
        await sleep(150);
        await page.evaluate((p) => window.__sim.navigate(p), s.path(id));
        await sleep(50);
        await keysInComposer('Enter');
      });
      await A('back/forward cache', async () => {
        await page.goto(`${s.origin}/bfcache-away-page`, { timeout: 10000 }).catch(() => {});
        await page.goBack({ timeout: 5000 }).catch(() => {}); // a page restored from bfcache fires no load event in some drivers
        await waitFor(page, (c) => document.documentElement.getAttribute('data-hangup-state') === (c ? 'open' : 'locked'), control, { what: 'state after back' });
        await page.evaluate((cfg) => { window.__bypassCfg = cfg; }, { composer: s.composer, send: s.send });
        await keysInComposer('Enter');
      });
      if (control) {
        const attempts = totals.attempts - saved.attempts;
        Object.assign(totals, saved); // a control's sends are not leaks
        console.log(`    ${site} control: ${leaks.length} of ${attempts} attempts got through in an active thread`);
        assert(leaks.length >= attempts / 2, `the oracle sees sends in an active thread (${leaks.length}/${attempts})`);
      } else {
        console.log(`    ${site} (${browser}): ${totals.attempts} attempts so far, ${totals.leaks} leaks`);
        eq(leaks.length, 0, `leaks on ${site}: ${leaks.join('; ')}`);
      }
      await page.close();
    },
  };
}

export const tests = [bypassTest('chatgpt', true), bypassTest('claude', true), ...Object.keys(SITES).map((site) => bypassTest(site))];
