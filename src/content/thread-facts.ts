// What the record of an ending needs from the page, read cheaply on every turn's message: the
// thread's title (at most every few seconds: on a long thread the title reader, which refuses any
// text a user message starts with, costs a pass over the turns) and the path marker of the last
// turn (sites that edit in place; read from that turn alone, not the whole path).
import type { SiteAdapter, TurnEl } from './adapters/types';

const TITLE_TTL_MS = 5_000;

export class ThreadFacts {
  private cache: { at: number; thread: string | null; title: string } | null = null;

  constructor(private readonly adapter: SiteAdapter, private readonly doc: Document) {}

  title(thread: string | null, now = Date.now()): string {
    const c = this.cache;
    if (c && c.thread === thread && now - c.at < TITLE_TTL_MS) return c.title;
    const title = this.adapter.title(this.doc);
    this.cache = { at: now, thread, title };
    return title;
  }

  endMarker(turns: readonly TurnEl[]): { endMarker?: string } {
    const last = turns[turns.length - 1];
    const markers = last && this.adapter.pathMarkers ? this.adapter.pathMarkers(last.el) : null;
    const m = markers?.[markers.length - 1];
    return m ? { endMarker: m.slice(0, 200) } : {};
  }
}
