// The policy's rule pack for this page (src/policy/lang-pack.ts: Spanish/German rules, group-hate
// rules). It is not in the content script's bundle (its size budget): once a user turn looks Spanish
// or German or names a group of people, the
// background is asked to inject them into this frame, where they wait on a global of this isolated
// world. Until then that turn is not judged; if they cannot be had (no answer after a few tries, or
// something of the wrong shape there), the other detectors judge alone and the console says so.
import { LANG_PACK_GLOBAL, useLangPack, type LangPack } from '../policy/lang-pack';
import { needsRulePack } from '../policy/lang-hint';
import { LoadOnce } from './load-once';

const FUNCTIONS = ['crisis', 'harm', 'hate', 'abuse', 'insists', 'endRequest', 'notEndRequest', 'refusal'] as const satisfies ReadonlyArray<keyof LangPack>;

function validPack(x: unknown): x is LangPack {
  return !!x && typeof x === 'object' && FUNCTIONS.every((f) => typeof (x as Record<string, unknown>)[f] === 'function');
}

function installed(): LangPack | null {
  const p = (globalThis as Record<string, unknown>)[LANG_PACK_GLOBAL];
  return validPack(p) ? p : null;
}

const pack = new LoadOnce();

/**
 * Whether a user turn with this text may be judged now: at once unless it looks Spanish or German
 * and the pack is not here yet. The first such turn starts loading it (`inject`, tried up to three
 * times); `onReady` runs once it is installed or given up on. Never throws.
 */
export function langPackReady(text: string, inject: () => Promise<unknown>, onReady: () => void): boolean {
  if (pack.idle && !needsRulePack(text)) return true;
  return pack.ready(async () => {
    if (!installed()) {
      await inject();
      if (!installed()) { console.warn('Hangup: the Spanish/German policy rules have an unexpected shape; judging without them'); return; }
    }
    useLangPack(installed());
  }, 'Hangup: the Spanish/German policy rules could not be loaded; judging without them', onReady);
}

/** For tests: forget what was loaded. */
export function resetLangPack(): void { pack.reset(); useLangPack(null); }
