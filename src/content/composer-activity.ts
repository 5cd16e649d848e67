// When the user last typed or clicked in the composer (trusted events only). A new chat's thread id
// appears as its first message is sent: an id that appears soon after such input is a chat begun
// on this page, not an older thread opened from the sidebar.
import type { SiteAdapter } from './adapters/types';

export class ComposerActivity {
  private at = -Infinity;

  constructor(adapter: SiteAdapter, doc: Document, signal: AbortSignal) {
    const seen = (e: Event): void => {
      const root = e.isTrusted && e.target instanceof Node ? adapter.composerRoot(doc) : null;
      if (root?.contains(e.target as Node)) this.at = Date.now();
    };
    for (const type of ['keydown', 'pointerdown'] as const) doc.defaultView!.addEventListener(type, seen, { capture: true, passive: true, signal });
  }

  within(ms: number, now = Date.now()): boolean { return now - this.at < ms; }
}
