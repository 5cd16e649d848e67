// Keeps one dynamically registered document_start script in step with the store: it matches the
// URLs of ended threads only, so they are locked before first paint on a cold load.
import { browser } from '../shared/browser';
import type { ThreadRecord } from '../shared/types';

const ID = 'hangup-prelock';
// The most recent endings; older ones still lock once the content script answers (a few ms later).
// Kept modest: registering thousands of match patterns is slow in Firefox.
const MAX_PATTERNS = 1000;

/**
 * @param allowedOrigin whether the content script may run at a URL's origin (hosted sites, and
 *   self-hosted origins still added): a removed origin must not keep a hidden composer.
 */
export function prelockPatterns(ended: readonly ThreadRecord[], allowedOrigin: (url: string) => boolean = () => true): string[] {
  const out = new Set<string>();
  for (const r of ended) {
    if (r.status !== 'ended' || !/^[\w-]+$/.test(r.threadId)) continue;
    let u: URL;
    try { u = new URL(r.url); } catch { continue; }
    if ((u.protocol !== 'https:' && u.protocol !== 'http:') || !allowedOrigin(r.url)) continue;
    out.add(`${u.protocol}//${u.host}/*${r.threadId}*`);
    if (out.size >= MAX_PATTERNS) break;
  }
  return [...out];
}

let chain: Promise<void> = Promise.resolve();

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const s = new Set(a);
  return b.every((x) => s.has(x));
}

/** Serialised: concurrent endings must not race register/unregister. */
export function syncPrelock(allEndedNewestFirst: () => Promise<ThreadRecord[]>, allowedOrigin?: (url: string) => boolean): Promise<void> {
  chain = chain.then(async () => {
    const scripting = (browser as unknown as { scripting?: typeof browser.scripting }).scripting;
    if (!scripting?.registerContentScripts) return;
    const matches = prelockPatterns(await allEndedNewestFirst(), allowedOrigin);
    const [existing] = await scripting.getRegisteredContentScripts({ ids: [ID] });
    // Never leave a gap: a page loading between an unregister and a register would get no
    // pre-paint lock. Same patterns → nothing to do; different → update in place.
    if (existing && sameSet(existing.matches ?? [], matches)) return;
    if (!matches.length) { if (existing) await scripting.unregisterContentScripts({ ids: [ID] }); return; }
    if (existing) { await scripting.updateContentScripts([{ id: ID, matches }]); return; }
    await scripting.registerContentScripts([{ id: ID, js: ['prelock.js'], matches, runAt: 'document_start', allFrames: false,
      persistAcrossSessions: true } as Parameters<typeof scripting.registerContentScripts>[0][number]]);
  }).catch((e) => console.warn('[hangup] pre-paint lock not registered:', e));
  return chain;
}
