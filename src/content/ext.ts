// The content script's handle on the WebExtension namespace, without webextension-polyfill: its
// 9.7 KB (minified) would push the content script over its 60 KB gz budget, and the content script
// needs none of what it fills in. It uses runtime.sendMessage (a promise from Firefox's `browser` and
// from Chromium's MV3 `chrome`, Chrome ≥ 99; the manifest asks for 121), runtime.onMessage with
// listeners that never answer, runtime.getURL and runtime.id. Extension pages and the background
// keep the polyfill (src/shared/browser.ts).
import type { Runtime } from 'webextension-polyfill';

export interface ContentRuntime {
  id?: string;
  getURL(path: string): string;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: Pick<Runtime.Static['onMessage'], 'addListener' | 'removeListener'>;
}

const g = globalThis as unknown as { browser?: { runtime?: ContentRuntime }; chrome?: { runtime?: ContentRuntime } };

/** `browser` where the browser has it (Firefox, Chrome ≥ 148), else `chrome`; read on every use,
 *  since an orphaned script (after an update) can lose `runtime` under it. */
export const ext = {
  get runtime(): ContentRuntime {
    const r = g.browser?.runtime ?? g.chrome?.runtime;
    if (!r) throw new Error('Extension context invalidated');
    return r;
  },
};
