// Self-hosted Open WebUI at an origin the user adds: the options page saves it, the background
// registers the content script there at run time, and the lock works as on hosted sites.
// The browser's permission prompt cannot be answered by a test, so this spec's extension copy
// lists the test origin in host_permissions (granted at install); everything after the prompt —
// settings, permission check, dynamic registration, the adapter — is the real code.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { assert, eq, ui, typeAndEnter, waitFor, sleep } from '../helpers.mjs';
import { pageFor, SELF_HOSTED_SITES } from '../fixtures.mjs';

const S = SELF_HOSTED_SITES.openwebui;
export const browsers = ['chromium'];

export async function prepareExtension(browserName) {
  const src = resolve(`dist/${browserName === 'chromium' ? 'chrome' : 'firefox'}`);
  const dir = mkdtempSync(join(tmpdir(), 'hangup-selfhosted-'));
  cpSync(src, dir, { recursive: true });
  const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  m.host_permissions = [...m.host_permissions, `${S.origin}/*`];
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(m, null, 2));
  return dir;
}

const bg = (d, type, body) => d.evalBackground(`(globalThis.browser ?? chrome).runtime.sendMessage(${JSON.stringify({ type, body })})`);
const userTurns = (page) => page.evaluate((sel) => document.querySelectorAll(sel).length, S.userTurn);

async function typeHere(page, text) {
  await page.evaluate((sel) => { document.activeElement?.blur?.(); document.querySelector(sel)?.focus(); }, S.composer);
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await sleep(150);
}

export const tests = [
  {
    name: 'an origin the user has not added gets no controls',
    async run({ d }) {
      d.serve(S.origin, () => pageFor('openwebui'));
      const page = await d.open(S.thread('aaaa-1111-not-added'));
      await sleep(800);
      eq(await page.evaluate(() => !!document.querySelector('hangup-ui')), false, 'no Hangup UI');
      await page.close();
    },
  },
  {
    name: 'after adding the origin: End this chat locks the Open WebUI thread; another thread sends; reload keeps it',
    async run({ d, shot }) {
      const r = await bg(d, 'page:settings-set', { selfHosted: [{ origin: S.origin, kind: 'openwebui' }] });
      assert(r.ok, `settings saved: ${JSON.stringify(r)}`);
      const page = await d.open(S.thread('bbbb-2222-thread'));
      await ui.waitText(page, 'End this chat');
      await ui.clickButton(page, 'End this chat');
      await ui.clickButton(page, 'End chat');
      await ui.waitText(page, 'This chat has ended');
      const n = await userTurns(page);
      await typeHere(page, 'should not send');
      eq(await userTurns(page), n, 'no user turn after ending');
      const rec = (await bg(d, 'page:get', { key: 'openwebui:bbbb-2222-thread' })).data;
      eq(rec?.status, 'ended', 'recorded under the openwebui site');
      await shot(page, 'openwebui-locked');
      await page.reload();
      await ui.waitText(page, 'This chat has ended');
      const other = await d.open(S.thread('cccc-3333-other'));
      await ui.waitText(other, 'End this chat');
      const m = await userTurns(other);
      await typeHere(other, 'this one sends');
      eq(await userTurns(other), m + 1, 'another thread sends');
      await page.close(); await other.close();
    },
  },
  {
    name: 'removing the origin unregisters the content script',
    async run({ d }) {
      await bg(d, 'page:settings-set', { selfHosted: [] });
      const page = await d.open(S.thread('bbbb-2222-thread'));
      await sleep(800);
      eq(await page.evaluate(() => !!document.querySelector('hangup-ui')), false, 'no Hangup UI once removed');
      await page.close();
    },
  },
];
