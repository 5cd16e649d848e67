// The title search over ended threads (and the per-reason stats), in memory. Owned by the
// background's ThreadStore (store.ts), which builds it from one read of the store and hands it every
// record its writes commit; pure, so the unit tests check it against a brute-force filter. Holds no
// text but the title words the store already keeps for its title-word index.
import type { EndedBy, ReasonStats, SiteId, ThreadRecord } from '../shared/types';

export interface SearchQuery {
  /** Query words, as `titleWords(search)` gives them (lower-cased, distinct, non-empty). */
  words: readonly string[];
  site?: SiteId; endedBy?: EndedBy; sort?: 'newest' | 'oldest';
}

interface Entry {
  key: string; site: string; endedBy: string | undefined;
  /** status 'ended' (searchable); `endedAt` set: in the store's endedAt index (counted by stats) */
  ended: boolean; endedAt: number | undefined;
  /** The record's stored title words, each preceded by SEP: "starts a title word" is one `includes`. */
  words: string;
  code: string; rating: string | undefined;
}

// titleWords() splits on every character that is not a letter or a digit, so no word holds it.
const SEP = '\u0000';
/** Code-unit order, as IndexedDB compares string keys. */
const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
/** One copy of each value of the few-valued fields (site, who, reason, rating), not one per record. */
const values = new Map<string, string>();
function one<T extends string | undefined>(s: T): T {
  if (s === undefined) return s;
  const v = values.get(s);
  if (v !== undefined) return v as T;
  if (values.size < 256) values.set(s, s);
  return s;
}

export class SearchIndex {
  private readonly entries = new Map<string, Entry>();

  static from(records: Iterable<ThreadRecord>): SearchIndex {
    const ix = new SearchIndex();
    for (const r of records) ix.set(r.key, r);
    return ix;
  }

  get size(): number { return this.entries.size; }

  /** The record stored under `key` now (`undefined`: none). Kept: ended records, and any with an endedAt. */
  set(key: string, rec: ThreadRecord | undefined): void {
    if (!rec || (rec.status !== 'ended' && rec.endedAt === undefined)) { this.entries.delete(key); return; }
    this.entries.set(key, { key, site: one(rec.site), endedBy: one(rec.endedBy), ended: rec.status === 'ended', endedAt: rec.endedAt,
      words: (rec.titleWords ?? []).map((w) => SEP + w).join(''), code: one(rec.reason?.code ?? 'user-request'), rating: one(rec.feedback?.rating) });
  }

  clear(): void { this.entries.clear(); }

  /**
   * Keys of the matching records, in list order. A record matches when it is ended, from the site
   * and ended by whom the query asks, one of its title words starts with the first query word,
   * and every other query word starts one of its title words or its site id. (The same rule as the
   * IndexedDB title-word index this replaces: its lookup took the first word, in titles only.)
   * Order: `endedAt`, newest or oldest first; equal times by key, descending for newest and
   * ascending for oldest, which is the order the unfiltered list walks its endedAt index in.
   */
  search(q: SearchQuery): string[] {
    const [first, ...rest] = q.words;
    if (first === undefined) throw new Error('SearchIndex.search needs at least one word');
    const hits: Entry[] = [];
    for (const e of this.entries.values()) {
      if (!e.ended || (q.site && e.site !== q.site) || (q.endedBy && e.endedBy !== q.endedBy) || !e.words.includes(SEP + first)) continue;
      if (rest.every((w) => e.words.includes(SEP + w) || e.site.startsWith(w))) hits.push(e);
    }
    const newest = q.sort !== 'oldest';
    hits.sort((a, b) => {
      const d = (a.endedAt ?? 0) - (b.endedAt ?? 0) || compareKeys(a.key, b.key);
      return newest ? -d : d;
    });
    return hits.map((e) => e.key);
  }

  /**
   * Endings and feedback per reason code, over the records with an `endedAt` (the store's endedAt
   * index). Codes in the order of their oldest ending, as a walk of that index meets them.
   */
  stats(): ReasonStats[] {
    const by = new Map<string, { s: ReasonStats; first: Entry }>();
    for (const e of this.entries.values()) {
      if (e.endedAt === undefined) continue;
      let x = by.get(e.code);
      if (!x) by.set(e.code, (x = { s: { code: e.code, endings: 0, right: 0, unexpected: 0 }, first: e }));
      else if (e.endedAt < x.first.endedAt! || (e.endedAt === x.first.endedAt && e.key < x.first.key)) x.first = e;
      x.s.endings++;
      if (e.rating === 'right') x.s.right++;
      if (e.rating === 'unexpected') x.s.unexpected++;
    }
    return [...by.values()].sort((a, b) => a.first.endedAt! - b.first.endedAt! || compareKeys(a.first.key, b.first.key)).map((x) => x.s);
  }
}
