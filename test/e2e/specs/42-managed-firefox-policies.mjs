// Issue 8 in real Firefox ESR, the enterprise way: /etc/firefox/policies/policies.json with
// Hangup's settings under "3rdparty" → "Extensions" (the docs/managed-policy.md example, here with
// hideOptions). Written as root before Firefox starts (it reads policies only at start-up) and
// removed after the run; an existing policies.json is never overwritten — the spec fails instead.
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assert, eq, waitFor } from '../helpers.mjs';
import { GECKO_ID } from '../browsers.mjs';
import { POLICY_DIRS, removeDirsIfEmpty } from './41-managed-firefox.mjs';
import { bg } from '../managed-check.mjs';

export const browsers = ['firefox'];
const FILE = join(POLICY_DIRS[1], 'policies.json');
let created = [];
let written = false;

function cleanup() {
  if (written && existsSync(FILE)) rmSync(FILE);
  written = false;
  removeDirsIfEmpty(created);
  created = [];
}

export function launchEnv() {
  if (existsSync(FILE)) throw new Error(`${FILE} exists already: not overwriting this machine's Firefox policy`);
  for (const d of POLICY_DIRS) if (!existsSync(d)) { mkdirSync(d); created.push(d); }
  writeFileSync(FILE, JSON.stringify({ policies: { '3rdparty': { Extensions: { [GECKO_ID]: {
    preset: 'strict', allowReopen: false, enabledSites: ['chatgpt', 'claude', 'gemini'], hideOptions: true,
  } } } } }, null, 2));
  written = true;
  process.once('exit', cleanup);
  return undefined;
}


export const tests = [
  {
    name: 'policies.json 3rdparty: managed settings applied, every change refused, the options page says so and shows no controls',
    async run({ d, shot }) {
      const raw = await d.evalBackground('browser.storage.managed.get()');
      eq(raw.preset, 'strict', `Firefox read policies.json: ${JSON.stringify(raw)}`);
      const s = (await bg(d, 'page:settings-get', {})).data;
      eq(s.preset, 'strict', 'managed preset in effect');
      eq(s.allowReopen, false, 'reopening forbidden');
      assert(s.disabledSites.includes('poe') && !s.disabledSites.includes('chatgpt'), `only the listed sites on: ${JSON.stringify(s.disabledSites)}`);
      const refused = await bg(d, 'page:settings-set', { retentionDays: 30 });
      assert(!refused.ok && /managed/.test(refused.error), `with hideOptions every change is refused: ${JSON.stringify(refused)}`);
      const page = await d.openOptions();
      const notice = await waitFor(page, () => document.querySelector('[data-managed-notice]')?.textContent, null, { what: 'managed notice' });
      assert(/organisation manages Hangup's settings/.test(notice), `notice: ${notice}`);
      const controls = await page.evaluate(() => document.querySelectorAll('main input:not([type=file]):not(:disabled), main select:not(:disabled)').length);
      await shot(page, 'managed-policies-json-options');
      await page.close();
      eq(controls, 0, 'no setting can be changed on the options page');
    },
  },
  {
    name: 'cleanup: policies.json is removed',
    async run() {
      cleanup();
      assert(!existsSync(FILE), 'removed');
    },
  },
];
