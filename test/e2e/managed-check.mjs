// The same managed policy ({ preset: 'conservative', allowReopen: false, disabledSites: ['poe'] }),
// however the browser got it: in effect, flagged, locked against changes; other settings still save.
import { assert, eq } from './helpers.mjs';

export const MANAGED_POLICY = { preset: 'conservative', allowReopen: false, disabledSites: ['poe'] };
export const bg = (d, type, body) => d.evalBackground(`(globalThis.browser ?? chrome).runtime.sendMessage(${JSON.stringify({ type, body })})`);

export async function assertManagedPolicyApplied(d) {
  const s = (await bg(d, 'page:settings-get', {})).data;
  eq(s.preset, 'conservative', 'managed preset in effect');
  eq(s.allowReopen, false, 'reopening forbidden');
  eq(JSON.stringify(s.disabledSites), '["poe"]', 'sites fixed');
  eq(JSON.stringify(s.managed), JSON.stringify({ preset: true, allowReopen: true, disabledSites: true }), 'managed flags');
  const refused = await bg(d, 'page:settings-set', { preset: 'strict' });
  assert(!refused.ok && /managed/.test(refused.error), `changing a managed setting is refused: ${JSON.stringify(refused)}`);
  const reopen = await bg(d, 'page:settings-set', { allowReopen: true });
  assert(!reopen.ok, 'allowing reopening is refused');
  const free = await bg(d, 'page:settings-set', { retentionDays: 30 });
  assert(free.ok && free.data.retentionDays === 30 && free.data.preset === 'conservative', `an unmanaged setting still saves: ${JSON.stringify(free)}`);
  await bg(d, 'page:settings-set', { retentionDays: 0 });
}
