// Issue 8 in real Chromium: an administrator's policy read from Chromium's own policy directory
// (/etc/chromium/policies/managed, as root) is applied and locks settings; sync on → storage.sync
// holds the ended thread without its text, title or URL; a remote entry (another device) locks the
// thread here; the research export holds no planted marker.
// The spec runs on a copy of dist/chrome at a temporary path (an unpacked extension's id is derived
// from its path), so the policy file names only this copy's id and cannot touch other runs. The
// copy also carries a test page that mounts the new options parts (sync, managed notice, research).
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, rmdirSync, writeFileSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import * as esbuild from 'esbuild';
import { assert, eq, ui, waitFor, sleep } from '../helpers.mjs';
import { MANAGED_POLICY, assertManagedPolicyApplied, bg } from '../managed-check.mjs';

export const browsers = ['chromium'];
const POLICY_DIR = '/etc/chromium/policies/managed';
let policyFile = null;
let createdDirs = [];
let expectedId = null;
const POLICY = MANAGED_POLICY;

/** Chromium's id for an unpacked extension: SHA-256 of its absolute path, first 32 hex digits mapped to a–p. */
const unpackedId = (dir) => [...createHash('sha256').update(dir).digest('hex').slice(0, 32)]
  .map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');

function removePolicy() {
  if (policyFile && existsSync(policyFile)) rmSync(policyFile);
  policyFile = null;
  for (const d of createdDirs.reverse()) { try { if (!readdirSync(d).length) rmdirSync(d); } catch { /* kept */ } }
  createdDirs = [];
}

export async function prepareExtension() {
  const dir = mkdtempSync(join(tmpdir(), 'hangup-managed-'));
  cpSync(resolve('dist/chrome'), dir, { recursive: true });
  await esbuild.build({ entryPoints: ['test/e2e/harness/parts.tsx'], outfile: join(dir, 'parts.js'), bundle: true, format: 'iife',
    jsx: 'automatic', jsxImportSource: 'preact', logLevel: 'warning', target: ['chrome121'] });
  writeFileSync(join(dir, 'parts.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>parts</title>'
    + '<link rel="stylesheet" href="pages.css"></head><body class="options"><main id="app"></main><script src="parts.js"></script></body></html>');
  // The real policy mechanism: a JSON file in Chromium's managed policy directory.
  for (const d of ['/etc/chromium/policies', POLICY_DIR]) if (!existsSync(d)) { mkdirSync(d); createdDirs.push(d); }
  expectedId = unpackedId(dir);
  policyFile = join(POLICY_DIR, `hangup-e2e-${expectedId}.json`);
  writeFileSync(policyFile, JSON.stringify({ '3rdparty': { extensions: { [expectedId]: POLICY } } }, null, 2));
  process.once('exit', removePolicy);
  return dir;
}

const TID = '6a1f0c2e-4444-4000-8000-0000000000aa';
const REMOTE = '6a1f0c2e-4444-4000-8000-0000000000bb';
const MARKERS = ['MARKERTITLE', 'MARKERURL', 'MARKERCOMMENT'];

export const tests = [
  {
    name: 'the policy file is read through storage.managed: managed settings win, are flagged and cannot be changed',
    async run({ d }) {
      eq(new URL(d.extOrigin).host, expectedId, 'the id computed from the copy\'s path is the one Chromium gave it');
      const managedRaw = await d.evalBackground('chrome.storage.managed.get()');
      assert(managedRaw.preset === 'conservative', `Chromium delivers the policy to storage.managed: ${JSON.stringify(managedRaw)}`);
      await assertManagedPolicyApplied(d);
    },
  },
  {
    name: 'the options part says which settings are managed',
    async run({ d, shot }) {
      const page = await d.ctx.newPage();
      await page.goto(`${d.extOrigin}/parts.html`);
      const note = await waitFor(page, () => document.querySelector('[data-managed-notice]')?.textContent, null, { what: 'managed notice' });
      assert(/policy sensitivity/.test(note) && /reopening ended chats/.test(note) && /sites on and off/.test(note), `notice lists them: ${note}`);
      await shot(page, 'managed-notice');
      await page.close();
    },
  },
  {
    name: 'sync on in the options → storage.sync holds the ended thread without text, title or URL; reopen stays forbidden',
    async run({ d, shot }) {
      const page = await d.open(`https://chatgpt.com/c/${TID}?MARKERURL=1`);
      await ui.waitText(page, 'End this chat');
      await page.evaluate(() => {
        // The conversation's own title, where the page shows it (the active sidebar item), and the tab's.
        const t = 'MARKERTITLE secret plans';
        document.title = t;
        const a = document.querySelector('#history a[data-active]');
        const label = a?.querySelector('.truncate') ?? a;
        if (label) { label.textContent = t; label.setAttribute('title', t); }
      });
      await ui.clickButton(page, 'End this chat');
      await ui.clickButton(page, 'End chat');
      await ui.waitText(page, 'This chat has ended');
      const key = `chatgpt:${TID}`;
      const fb = await bg(d, 'page:feedback', { key, feedback: { rating: 'unexpected', comment: 'MARKERCOMMENT do not share' } });
      assert(fb.ok, `feedback saved: ${JSON.stringify(fb)}`);
      const rec = (await bg(d, 'page:get', { key })).data;
      assert(rec.title.includes('MARKERTITLE') && rec.url.includes('MARKERURL'), `the local record has the markers: ${rec.title} ${rec.url}`);
      const reopen = await bg(d, 'page:reopen', { key });
      assert(!reopen.ok, 'the policy forbids reopening');

      const parts = await d.ctx.newPage();
      await parts.goto(`${d.extOrigin}/parts.html`);
      const box = parts.locator('[data-sync-toggle]');
      await box.waitFor();
      await waitFor(parts, () => !document.querySelector('[data-sync-toggle]').disabled, null, { what: 'sync toggle ready' });
      await box.click();
      const status = await waitFor(parts, () => document.querySelector('[data-sync-status]')?.textContent, null, { what: 'sync status' });
      assert(/[1-9]\d* items/.test(status), `status shows items: ${status}`);
      const synced = await d.evalBackground('chrome.storage.sync.get(null)');
      const text = JSON.stringify(synced);
      assert(text.includes(key), `storage.sync holds the thread key: ${text.slice(0, 300)}`);
      for (const m of MARKERS) assert(!text.includes(m), `storage.sync holds no ${m}: ${text.slice(0, 300)}`);
      assert(!text.includes('https:'), 'storage.sync holds no URL');
      eq((await bg(d, 'page:sync-status', {})).data.enabled, true, 'sync on');
      await shot(parts, 'sync-section');
      await page.close(); await parts.close();
    },
  },
  {
    name: 'another device\'s ending arriving in storage.sync locks that thread here',
    async run({ d }) {
      const key = `chatgpt:${REMOTE}`;
      // What another device's Hangup writes: a packed item (format hu1, see src/shared/sync-merge.ts).
      const bucketOf = (k) => { let h = 0x811c9dc5; for (let i = 0; i < k.length; i++) { h ^= k.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; } return h % 32; };
      const itemKey = `hu1:${bucketOf(key)}:9`;
      await d.evalBackground(`chrome.storage.sync.set(${JSON.stringify({ [itemKey]: { v: 1, x: [[key, Date.now() - 5000, 0, 0, 'p', 2, ['harassment'], 8]] } })})`);
      let got = null;
      for (let i = 0; i < 60 && !got?.data; i++) { await sleep(200); got = await bg(d, 'page:get', { key }); }
      assert(got?.data?.status === 'ended', `imported from sync: ${JSON.stringify(got)}`);
      eq(got.data.endedBy, 'policy', 'who ended it');
      eq(got.data.url, `https://chatgpt.com/c/${REMOTE}`, 'URL rebuilt from site and id');
      const page = await d.open(`https://chatgpt.com/c/${REMOTE}`);
      await ui.waitText(page, 'This chat has ended');
      await page.close();
    },
  },
  {
    name: 'the research export (CSV and JSON) holds no planted title, URL or comment marker, nor thread ids',
    async run({ d, shot }) {
      for (const format of ['csv', 'json']) {
        const r = await bg(d, 'page:research-export', { format });
        assert(r.ok, `export ${format}: ${JSON.stringify(r)}`);
        for (const m of [...MARKERS, TID, REMOTE, 'https:', 'chatgpt:']) assert(!r.data.text.includes(m), `${format} export holds no ${m}`);
        assert(/persistent-abuse/.test(r.data.text) && /user-request/.test(r.data.text), `${format} has both endings: ${r.data.text.slice(0, 400)}`);
        assert(/unexpected/.test(r.data.text), `${format} has the rating`);
      }
      const parts = await d.ctx.newPage();
      await parts.goto(`${d.extOrigin}/parts.html`);
      const bars = await waitFor(parts, () => document.querySelectorAll('[data-chart] rect').length, null, { what: 'chart bars' });
      assert(bars >= 2, `chart has bars: ${bars}`);
      await shot(parts, 'research-chart');
      await parts.close();
    },
  },
  {
    name: 'cleanup: the policy file is removed',
    async run() {
      const file = policyFile;
      removePolicy();
      assert(file && !existsSync(file), 'policy file removed');
    },
  },
];
