// Issue 8 in real Firefox ESR: the two ways an administrator sets Hangup's managed settings in
// Firefox, each read by Firefox itself into storage.managed (no test hook):
//  - a managed-storage native manifest (~/.mozilla/managed-storage/<add-on id>.json); the spec
//    gives Firefox its own HOME, so the file touches nothing outside this run;
//  - the enterprise policy file (/etc/firefox/policies/policies.json, "3rdparty" → "Extensions"),
//    the docs/managed-policy.md example; written as root like the Chromium policy of spec 40, and
//    removed afterwards (Firefox reads it only at start-up, so the launch is what needs it).
// Firefox reads both only at start-up, so each source gets its own browser (two specs' worth).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync, readdirSync, rmdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assert, eq, waitFor } from '../helpers.mjs';
import { GECKO_ID } from '../browsers.mjs';
import { MANAGED_POLICY, assertManagedPolicyApplied } from '../managed-check.mjs';

export const browsers = ['firefox'];


/** The options page: which settings it says are managed, and whether their controls are locked. */
async function optionsView(d, shot, name) {
  const page = await d.openOptions();
  const notice = await waitFor(page, () => document.querySelector('[data-managed-notice]')?.textContent, null, { what: 'managed notice' });
  const locked = await page.evaluate(() => [...document.querySelectorAll('fieldset[data-managed="true"]')].map((f) => f.disabled));
  await shot(page, name);
  await page.close();
  return { notice, locked };
}

let home = null;
/** Source 1: a per-user managed-storage manifest under this run's own HOME. */
export function launchEnv() {
  home = mkdtempSync(join(tmpdir(), 'hangup-ff-home-'));
  const dir = join(home, '.mozilla', 'managed-storage');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${GECKO_ID}.json`), JSON.stringify({
    name: GECKO_ID, description: 'Hangup managed settings (e2e)', type: 'storage',
    data: MANAGED_POLICY,
  }));
  process.once('exit', () => { if (home) rmSync(home, { recursive: true, force: true }); });
  return { HOME: home };
}

export const tests = [
  {
    name: 'a managed-storage manifest: Firefox delivers it to storage.managed, the settings follow and are locked',
    async run({ d, shot }) {
      const raw = await d.evalBackground('browser.storage.managed.get()');
      eq(raw.preset, 'conservative', `Firefox read the native manifest: ${JSON.stringify(raw)}`);
      await assertManagedPolicyApplied(d);
      const { notice, locked } = await optionsView(d, shot, 'managed-native-manifest-options');
      assert(/policy sensitivity/.test(notice) && /reopening ended chats/.test(notice) && /sites on and off/.test(notice), `the options page names them: ${notice}`);
      assert(locked.length >= 3 && locked.every(Boolean), `their controls are disabled: ${JSON.stringify(locked)}`);
    },
  },
  {
    name: 'cleanup: the run\'s HOME with the manifest is removed',
    async run() {
      rmSync(home, { recursive: true, force: true });
      assert(!existsSync(home), 'removed');
      home = null;
    },
  },
];

// Source 2 lives in 42-managed-firefox-policies.mjs (its own Firefox start-up).
export const POLICY_DIRS = ['/etc/firefox', '/etc/firefox/policies'];
export function removeDirsIfEmpty(dirs) {
  for (const d of [...dirs].reverse()) { try { if (!readdirSync(d).length) rmdirSync(d); } catch { /* kept */ } }
}
