// Self-hosted Open WebUI, LibreChat and HuggingChat at origins the user adds in the options page.
// The options page asks for the origin's host permission (a user gesture); here the content
// script is registered for every added origin that is still granted, in step with the settings.
import { browser } from '../shared/browser';
import type { SelfHostedOrigin } from '../shared/types';

const ID = 'hangup-self-hosted';

export async function syncSelfHosted(origins: readonly SelfHostedOrigin[]): Promise<string[]> {
  const scripting = browser.scripting;
  if (!scripting?.registerContentScripts) return [];
  const granted: string[] = [];
  for (const o of origins) {
    if (await browser.permissions.contains({ origins: [`${o.origin}/*`] }).catch(() => false)) granted.push(`${o.origin}/*`);
  }
  const [existing] = await scripting.getRegisteredContentScripts({ ids: [ID] });
  const same = existing && (existing.matches ?? []).length === granted.length && granted.every((g) => existing.matches?.includes(g));
  if (same) return granted; // re-registering on every background wake would leave a gap
  if (existing) await scripting.unregisterContentScripts({ ids: [ID] });
  if (granted.length) {
    await scripting.registerContentScripts([{ id: ID, js: ['content.js'], matches: granted, runAt: 'document_start',
      persistAcrossSessions: true } as Parameters<typeof scripting.registerContentScripts>[0][number]]);
  }
  return granted;
}
