// One driver interface over real Chromium (playwright-core) and real Firefox (puppeteer-core),
// following ../shared/testing.md. Both load the built extension and serve fixture pages at the
// sites' real https URLs through request interception; every other request is refused and
// recorded, so the tests can assert that the extension itself makes no network request.
import { chromium } from 'playwright-core';
import puppeteer from 'puppeteer-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isDocument } from './fixtures.mjs';

export const GECKO_ID = 'hangup@hangup-extension.org';
export const FF_UUID = '6a9d3b1e-4b3c-4f0e-9a51-2f0c7d4e8a10';

const HOSTS = /^https:\/\/(chatgpt\.com|chat\.openai\.com|claude\.ai|gemini\.google\.com|grok\.com|copilot\.microsoft\.com|(www\.)?perplexity\.ai|chat\.deepseek\.com|chat\.mistral\.ai|poe\.com|huggingface\.co)\//;

/**
 * @typedef {object} Driver
 * @property {string} name
 * @property {(url: string) => Promise<any>} open           open a page at url in a new tab
 * @property {() => Promise<any>} openPopup                 the popup page, in a tab
 * @property {() => Promise<any>} openOptions               the options page, in a tab
 * @property {(page:any, url:string) => Promise<void>} goto
 * @property {() => Promise<void>} restartBackground
 * @property {(fn: string) => Promise<any>} evalBackground  evaluate an expression in an extension page
 * @property {string[]} externalRequests                    requests to hosts other than the served sites
 * @property {(site: string, html: (url: string) => string) => void} serve
 * @property {() => Promise<void>} close
 */

export async function launch(name, { profileDir, ext, headed = false, env } = {}) {
  const dir = profileDir ?? mkdtempSync(join(tmpdir(), `hangup-${name}-`));
  const extDir = resolve(ext ?? `dist/${name === 'chromium' ? 'chrome' : 'firefox'}`);
  return name === 'chromium' ? launchChromium(dir, extDir, !profileDir, headed) : launchFirefox(dir, extDir, !profileDir, env);
}

function makeRouter() {
  const state = { pages: new Map(), externalRequests: [] };
  const decide = (url) => {
    const served = [...state.pages.keys()].find((k) => url.startsWith(`${k}/`));
    if (served && !HOSTS.test(url)) return { status: isDocument(url) ? 200 : 404, body: isDocument(url) ? state.pages.get(served)(url) : '' };
    const m = HOSTS.exec(url);
    if (m) {
      const site = [...state.pages.keys()].find((k) => url.startsWith(k));
      if (site && isDocument(url)) return { status: 200, body: state.pages.get(site)(url) };
      return { status: 404, body: '' };
    }
    if (/^(chrome-extension|moz-extension|data|blob|about):/.test(url)) return null;
    state.externalRequests.push(url);
    return { abort: true };
  };
  return { state, decide, serve: (origin, html) => state.pages.set(origin, html) };
}

async function launchChromium(dir, ext, temp, headed = false) {
  const router = makeRouter();
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: false,
    viewport: { width: 1200, height: 900 },
    args: [...(headed ? [] : ['--headless=new']), `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, '--no-sandbox',
      '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  await ctx.route('**/*', (route) => {
    const d = router.decide(route.request().url());
    if (!d) return route.continue();
    if (d.abort) return route.abort();
    return route.fulfill({ status: d.status, contentType: 'text/html; charset=utf-8', body: d.body });
  });
  let [sw] = ctx.serviceWorkers();
  if (!sw) sw = await ctx.waitForEvent('serviceworker', { timeout: 15000 });
  const extId = new URL(sw.url()).host;
  const extOrigin = `chrome-extension://${extId}`;
  let bgPage = null;
  const d = {
    name: 'chromium', ctx, extOrigin, externalRequests: router.state.externalRequests,
    serve: router.serve,
    async open(url) { const p = await ctx.newPage(); await p.goto(url); return p; },
    async goto(page, url) { await page.goto(url); },
    async openPopup(query = '') { const p = await ctx.newPage(); await p.goto(`${extOrigin}/popup.html${query}`); return p; },
    async openOptions() { const p = await ctx.newPage(); await p.goto(`${extOrigin}/options.html`); return p; },
    async evalBackground(expr) {
      if (!bgPage || bgPage.isClosed()) { bgPage = await ctx.newPage(); await bgPage.goto(`${extOrigin}/options.html`); }
      return bgPage.evaluate(expr);
    },
    async restartBackground() {
      const cdp = await ctx.browser()?.newBrowserCDPSession?.() ?? await ctx.newCDPSession(await ctx.newPage());
      const { targetInfos } = await cdp.send('Target.getTargets');
      const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(extOrigin));
      if (!worker) throw new Error('service worker target not found');
      await cdp.send('Target.closeTarget', { targetId: worker.targetId });
      // on a loaded machine a close can be lost while the worker is busy: asked again after 3 s
      // (seen once in a full run, 2026-12-08), given up on after 10 s
      const start = Date.now();
      let askedAgain = false;
      for (;;) { // wait until that worker is really gone (a page's message may already have started a
        // new one, with a new target id: that is the restart the caller wants, not a failure to stop)
        const { targetInfos: now } = await cdp.send('Target.getTargets');
        if (!now.some((t) => t.targetId === worker.targetId)) break;
        if (!askedAgain && Date.now() - start > 3000) { askedAgain = true; await cdp.send('Target.closeTarget', { targetId: worker.targetId }).catch(() => {}); }
        if (Date.now() - start > 10_000) throw new Error('service worker did not stop');
        await new Promise((r) => setTimeout(r, 50));
      }
      return 'stopped';
    },
    async close() { await ctx.close().catch(() => {}); if (temp) rmSync(dir, { recursive: true, force: true }); },
  };
  return d;
}

/** @param env extra environment for Firefox (a spec's own HOME, for per-user native manifests) */
async function launchFirefox(dir, ext, temp, env) {
  const router = makeRouter();
  const browser = await puppeteer.launch({
    browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true,
    userDataDir: dir, args: ['--remote-allow-system-access', '--width=1200', '--height=900'], ...(env ? { env: { ...process.env, ...env } } : {}),
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FF_UUID }),
      'extensions.background.idle.timeout': 2000,
      'browser.shell.checkDefaultBrowser': false,
    },
  });
  await browser.installExtension(ext);
  const extOrigin = `moz-extension://${FF_UUID}`;
  const setup = async (page) => {
    await page.setViewport({ width: 1200, height: 900 });
    await page.setRequestInterception(true);
    // A request can be gone by the time we answer (navigation, closed tab): never crash the run on that.
    page.on('request', (req) => {
      const d = router.decide(req.url());
      const answer = !d ? req.continue() : d.abort ? req.abort() : req.respond({ status: d.status, contentType: 'text/html; charset=utf-8', body: d.body });
      Promise.resolve(answer).catch(() => {});
    });
  };
  let bgPage = null;
  const openExt = async (path) => {
    const p = await browser.newPage();
    await p.setViewport({ width: 1200, height: 900 });
    await p.goto(`${extOrigin}/${path}`, { timeout: 1500 }).catch(() => {});
    await p.waitForSelector('#app > *', { timeout: 10000 });
    return p;
  };
  const d = {
    name: 'firefox', browser, extOrigin, externalRequests: router.state.externalRequests,
    serve: router.serve,
    async open(url) { const p = await browser.newPage(); await setup(p); await p.goto(url); return p; },
    async goto(page, url) { await page.goto(url); },
    openPopup: (query = '') => openExt(`popup.html${query}`),
    openOptions: () => openExt('options.html'),
    async evalBackground(expr) {
      if (!bgPage || bgPage.isClosed()) bgPage = await openExt('options.html');
      return bgPage.evaluate(expr);
    },
    async restartBackground() {
      // The idle-timeout pref suspends the event page after 2 s without events.
      if (bgPage && !bgPage.isClosed()) { await bgPage.close(); bgPage = null; }
      await new Promise((r) => setTimeout(r, 4000));
      return 'suspended';
    },
    async close() { await browser.close().catch(() => {}); if (temp) rmSync(dir, { recursive: true, force: true }); },
  };
  return d;
}
