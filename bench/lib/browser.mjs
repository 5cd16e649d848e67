// Chromium for the bench: the same flags as test/e2e/browsers.mjs (../shared/testing.md), with or
// without the built extension, fixture pages served at the sites' real https URLs, every other
// request refused. `extraArgs` for the bench's own needs.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isDocument } from '../../test/e2e/fixtures.mjs';

const HOSTS = /^https:\/\/(chatgpt\.com|chat\.openai\.com|claude\.ai|gemini\.google\.com|grok\.com|copilot\.microsoft\.com|(www\.)?perplexity\.ai|chat\.deepseek\.com|chat\.mistral\.ai|poe\.com|huggingface\.co)\//;

export async function launchChromium({ extension = true, ext = 'dist/chrome', extraArgs = [] } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'hangup-bench-'));
  const extDir = resolve(ext);
  const pages = new Map();
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: false,
    viewport: { width: 1200, height: 900 },
    args: ['--headless=new', ...(extension ? [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`] : []),
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', ...extraArgs],
  });
  await ctx.route('**/*', (route) => {
    const url = route.request().url();
    if (HOSTS.test(url)) {
      const site = [...pages.keys()].find((k) => url.startsWith(k));
      if (site && isDocument(url)) {
        const { html, headers } = pages.get(site);
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', headers: { 'content-type': 'text/html; charset=utf-8', ...headers }, body: html(url) });
      }
      return route.fulfill({ status: 404, body: '' });
    }
    if (/^(chrome-extension|data|blob|about):/.test(url)) return route.continue();
    return route.abort();
  });
  let extOrigin = null;
  if (extension) {
    let [sw] = ctx.serviceWorkers();
    if (!sw) sw = await ctx.waitForEvent('serviceworker', { timeout: 15000 });
    extOrigin = `chrome-extension://${new URL(sw.url()).host}`;
    // The first-run page opens in a tab of its own on install, in front: every page the bench
    // opens would then be a background tab, whose frames Chromium throttles to one a second.
    const welcome = `${extOrigin}/welcome.html`;
    const isWelcome = (p) => p.url().startsWith(welcome);
    const closed = new Promise((resolve) => {
      const check = async (p) => {
        await p.waitForURL((u) => u.href !== 'about:blank', { timeout: 5000 }).catch(() => {});
        if (isWelcome(p)) { await p.close().catch(() => {}); resolve(true); }
      };
      ctx.on('page', check);
      for (const p of ctx.pages()) void check(p);
      setTimeout(() => resolve(false), 3000);
    });
    await closed;
  }
  let bgPage = null;
  return {
    ctx, extOrigin,
    /** Serve every document of `origin` with `html(url)`; `coi` adds COOP/COEP (cross-origin isolation gives 5 µs timers). */
    serve: (origin, html, { coi = false } = {}) => pages.set(origin, { html, headers: coi
      ? { 'cross-origin-opener-policy': 'same-origin', 'cross-origin-embedder-policy': 'require-corp' } : {} }),
    /** Evaluate in an extension page (options.html): it may send every page:* request. */
    async evalExt(fn, arg) {
      if (!bgPage || bgPage.isClosed()) { bgPage = await ctx.newPage(); await bgPage.goto(`${extOrigin}/options.html`); }
      return bgPage.evaluate(fn, arg);
    },
    async close() { await ctx.close().catch(() => {}); rmSync(dir, { recursive: true, force: true }); },
  };
}

/** A CDP session on a page, with the content script's isolated world found by name. */
export async function isolatedWorld(ctx, page, { timeout = 5000 } = {}) {
  const cdp = await ctx.newCDPSession(page);
  const contexts = [];
  cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
  cdp.on('Runtime.executionContextsCleared', () => { contexts.length = 0; });
  await cdp.send('Runtime.enable');
  const end = Date.now() + timeout;
  const find = () => contexts.find((c) => c.auxData?.type === 'isolated' && c.origin?.startsWith('chrome-extension://') && c.auxData?.isDefault === false);
  while (!find() && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
  const world = find();
  return {
    cdp, contexts, world,
    async eval(expression) {
      const r = await cdp.send('Runtime.evaluate', { expression, contextId: find()?.id, returnByValue: true, awaitPromise: true });
      if (r.exceptionDetails) throw new Error(`isolated world: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
      return r.result.value;
    },
  };
}
