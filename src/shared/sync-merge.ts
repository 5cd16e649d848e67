// Sync, the pure part: what an ended thread looks like in `storage.sync`, how two devices' views
// merge, how entries are packed into items within the browser's quotas, and the write budget.
// No browser APIs here: the background's sync.ts does the I/O, the unit tests drive this directly.
//
// What is synced, per thread: key (site + thread id), the latest ending time and who ended it,
// the reason code and categories, turns at the end, the latest explicit reopen/undo time, a
// deletion time, and branch lineage. Never message text, never the title, never the URL: the URL
// of a hosted site's thread is rebuilt from site + thread id (canonicalThreadUrl), so nothing is
// lost by leaving it out, while a self-hosted origin (a private server's address) would leak into
// the browser vendor's sync account. Self-hosted threads are flagged and lock by thread id alone.
//
// The merge is a join (a CRDT state): per key, each time field takes the maximum, so merging is
// commutative, associative and idempotent and any order of exchanges converges. A thread is
//   deleted  when its deletion is later than its latest ending and reopen,
//   ended    when it has an ending at least as late as its latest reopen/undo (ties: ended),
//   active   otherwise.
// The ending's details come from the latest ending; equal times pick the smaller canonical form.
import { ENDED_BY, SITE_IDS, type EndedBy, type EndReason, type SiteId, type ThreadRecord } from './types';
import { parseThreadUrl } from './urls';

export const SYNC_PREFIX = 'hu1:';
export const SYNC_BUCKETS = 32;
/** Chrome's storage.sync quotas (Firefox: the same sizes; no write-rate limit). */
export const SYNC_QUOTA = { BYTES: 102_400, PER_ITEM: 8_192, MAX_ITEMS: 512, PER_MINUTE: 120, PER_HOUR: 1_800 } as const;
/** What Hangup allows itself: headroom under every quota. */
export const SYNC_BUDGET = { BYTES: 92_160, PER_ITEM: 8_000, MAX_ITEMS: 480, PER_MINUTE: 60, PER_HOUR: 900 } as const;
/** Deleted and reopened entries are forgotten after this long (a device offline longer may re-send them). */
export const TOMBSTONE_TTL_MS = 90 * 86_400_000;

type Code = EndReason['code'];
const CODES: readonly Code[] = ['user-request', 'persistent-abuse', 'site-ended'];

export interface SyncEntry {
  k: string;
  /** latest ending */
  e?: number;
  /** latest explicit reopen or undo */
  o?: number;
  /** deleted at */
  d?: number;
  /** the latest ending's details (present exactly when `e` is) */
  by?: EndedBy; c?: Code; g?: string[]; t?: number;
  /** branch lineage: parent key and turn */
  b?: [string, number];
  /** a self-hosted thread: no URL can be rebuilt */
  h?: 1;
}

export type SyncStatusOf = 'ended' | 'active' | 'deleted';

export function statusOf(x: SyncEntry): SyncStatusOf {
  const e = x.e ?? 0; const o = x.o ?? 0;
  if (x.d !== undefined && x.d > Math.max(e, o)) return 'deleted';
  return x.e !== undefined && e >= o ? 'ended' : 'active';
}

const payloadOf = (x: SyncEntry) => JSON.stringify([x.by ?? '', x.c ?? '', x.g ?? [], x.t ?? -1]);
const lineageOf = (b: [string, number]) => `${b[0]}\u0000${String(b[1]).padStart(10, '0')}`;
const maxOpt = (a?: number, b?: number) => (a === undefined ? b : b === undefined ? a : Math.max(a, b));

/** The join of two views of one key. */
export function mergeEntry(a: SyncEntry, b: SyncEntry): SyncEntry {
  const out: SyncEntry = { k: a.k };
  const e = maxOpt(a.e, b.e); const o = maxOpt(a.o, b.o); const d = maxOpt(a.d, b.d);
  if (e !== undefined) {
    out.e = e;
    const ca = a.e === e ? a : null; const cb = b.e === e ? b : null;
    const pick = ca && cb ? (payloadOf(ca) <= payloadOf(cb) ? ca : cb) : (ca ?? cb)!;
    if (pick.by) out.by = pick.by;
    if (pick.c) out.c = pick.c;
    if (pick.g) out.g = [...pick.g];
    if (pick.t !== undefined) out.t = pick.t;
  }
  if (o !== undefined) out.o = o;
  if (d !== undefined) out.d = d;
  if (a.b && b.b) out.b = lineageOf(a.b) <= lineageOf(b.b) ? [...a.b] : [...b.b];
  else if (a.b || b.b) out.b = [...(a.b ?? b.b)!];
  if (a.h || b.h) out.h = 1;
  return out;
}

export type SyncState = Map<string, SyncEntry>;

export function mergeStates(...states: SyncState[]): SyncState {
  const out: SyncState = new Map();
  for (const s of states) for (const [k, v] of s) { const cur = out.get(k); out.set(k, cur ? mergeEntry(cur, v) : v); }
  return out;
}

export function addEntry(state: SyncState, x: SyncEntry): void {
  const cur = state.get(x.k);
  state.set(x.k, cur ? mergeEntry(cur, x) : x);
}

// ---- local records ↔ entries ---------------------------------------------------------------------

export function splitKey(key: string): { site: SiteId; threadId: string } | null {
  const i = key.indexOf(':');
  if (i < 1) return null;
  const site = key.slice(0, i); const threadId = key.slice(i + 1);
  if (!(SITE_IDS as readonly string[]).includes(site) || !threadId || threadId.length > 200) return null;
  return { site: site as SiteId, threadId };
}

/** The thread's address on a hosted site, rebuilt from site and id ('' for self-hosted apps). */
export function canonicalThreadUrl(site: SiteId, threadId: string): string {
  const id = encodeURIComponent(threadId);
  switch (site) {
    case 'chatgpt': return `https://chatgpt.com/c/${id}`;
    case 'claude': return `https://claude.ai/chat/${id}`;
    case 'gemini': return `https://gemini.google.com/app/${id}`;
    case 'grok': return `https://grok.com/c/${id}`;
    case 'copilot': return `https://copilot.microsoft.com/chats/${id}`;
    case 'perplexity': return `https://www.perplexity.ai/search/${id}`;
    case 'deepseek': return `https://chat.deepseek.com/a/chat/s/${id}`;
    case 'lechat': return `https://chat.mistral.ai/chat/${id}`;
    case 'poe': return `https://poe.com/chat/${id}`;
    case 'huggingchat': return `https://huggingface.co/chat/conversation/${id}`;
    default: return '';
  }
}

/** Whether a record belongs in sync at all: ended, reopened, or part of a branch lineage. */
export const isSyncRelevant = (r: ThreadRecord, seenEnded: boolean) =>
  r.status === 'ended' || r.reopenedAt !== undefined || r.branchOf !== undefined || seenEnded;

/**
 * What this device contributes for one record. `seenEndedAt` is the ending this device last
 * observed for the key: an active record that was seen ended has been reopened or undone here.
 */
export function contribution(r: ThreadRecord, seenEndedAt?: number): SyncEntry | null {
  if (!splitKey(r.key)) return null;
  const x: SyncEntry = { k: r.key };
  if (r.status === 'ended' && r.endedAt !== undefined) {
    x.e = r.endedAt;
    x.by = r.endedBy ?? 'user';
    x.c = r.reason?.code ?? (x.by === 'policy' ? 'persistent-abuse' : x.by === 'site' ? 'site-ended' : 'user-request');
    x.g = [...(r.reason?.categories ?? [])].slice(0, 20);
    if (r.turnsAtEnd !== undefined) x.t = r.turnsAtEnd;
  } else if (r.status === 'active') {
    let o = r.reopenedAt;
    // It happened after the ending this device saw, whatever the clocks say.
    if (seenEndedAt !== undefined) o = Math.max(o ?? 0, r.reopenedAt ?? r.updatedAt, seenEndedAt + 1);
    if (o !== undefined) x.o = o;
  }
  if (r.branchOf) x.b = [r.branchOf.key, r.branchOf.turn];
  if (parseThreadUrl(r.url)?.site !== r.site) x.h = 1;
  return x.e !== undefined || x.o !== undefined || x.b ? x : null;
}

const sameList = (a: readonly string[] | undefined, b: readonly string[] | undefined) => (a ?? []).join('\u0000') === (b ?? []).join('\u0000');

/**
 * What the local store must become for an entry: a record to put (through importRecords, so it
 * carries a later updatedAt than the local one), a key to delete, or nothing. Title, URL and
 * feedback of a local record are kept; a record new to this device gets no title and a rebuilt URL.
 */
export function applyEntry(x: SyncEntry, local: ThreadRecord | undefined, now: number, retentionDays = 0):
  { put: ThreadRecord } | { del: string } | null {
  const st = statusOf(x);
  if (st === 'deleted') return local ? { del: x.k } : null;
  const id = splitKey(x.k);
  if (!id) return null;
  const stamp = local ? local.updatedAt + 1 : Math.max(now, x.e ?? 0, x.o ?? 0);
  const branchOf = x.b ? { key: x.b[0], turn: x.b[1] } : undefined;
  const branchSame = (r: ThreadRecord) => (branchOf ? r.branchOf?.key === branchOf.key && r.branchOf.turn === branchOf.turn : true);
  if (st === 'ended') {
    const e = x.e!;
    if (!local && retentionDays && e < now - retentionDays * 86_400_000) return null;
    if (local && local.status === 'ended' && local.endedAt === e && local.endedBy === x.by && local.reason?.code === x.c
      && sameList(local.reason?.categories, x.g) && (x.t === undefined || local.turnsAtEnd === x.t) && branchSame(local)) return null;
    const sameEnding = local?.status === 'ended' && local.endedAt === e;
    const base: ThreadRecord = local ?? { key: x.k, site: id.site, threadId: id.threadId, status: 'ended', title: '',
      url: x.h ? '' : canonicalThreadUrl(id.site, id.threadId), createdAt: e, updatedAt: stamp };
    const next: ThreadRecord = { ...base, status: 'ended', endedBy: x.by ?? 'user', endedAt: e, updatedAt: stamp,
      reason: { code: x.c ?? 'user-request', categories: [...(x.g ?? [])], turnIndexes: sameEnding ? [...(local!.reason?.turnIndexes ?? [])] : [] } };
    if (x.t !== undefined) next.turnsAtEnd = x.t; else delete next.turnsAtEnd;
    if (branchOf) next.branchOf = branchOf;
    if (!sameEnding) {
      // Another device's ending: it cannot be undone here, and it locks every path of the thread.
      for (const f of ['undoUntil', 'endMarker', 'endMarkers'] as const) delete next[f];
    }
    return { put: next };
  }
  // active
  if (!local) {
    if (!branchOf) return null; // nothing to lock and no lineage: no record needed here
    return { put: { key: x.k, site: id.site, threadId: id.threadId, status: 'active', title: '',
      url: x.h ? '' : canonicalThreadUrl(id.site, id.threadId), createdAt: stamp, updatedAt: stamp, branchOf } };
  }
  if (local.status === 'ended') {
    const next: ThreadRecord = { ...local, status: 'active', reopenedAt: x.o ?? stamp, updatedAt: stamp };
    for (const f of ['endedAt', 'undoUntil', 'endMarker', 'endMarkers', 'turnsAtEnd'] as const) delete next[f];
    if (branchOf) next.branchOf = branchOf;
    return { put: next };
  }
  if (!branchSame(local)) return { put: { ...local, branchOf: branchOf!, updatedAt: stamp } };
  return null;
}

/** Drop what no device needs any more: old deletions and old reopens without lineage. */
export function compact(state: SyncState, now: number): SyncState {
  const out: SyncState = new Map();
  for (const [k, x] of state) {
    const st = statusOf(x);
    if (st === 'deleted' && x.d! < now - TOMBSTONE_TTL_MS) continue;
    if (st === 'active' && !x.b && (x.o ?? 0) < now - TOMBSTONE_TTL_MS) continue;
    out.set(k, x);
  }
  return out;
}

// ---- wire format ---------------------------------------------------------------------------------
// An item is `hu1:<bucket>:<chunk>` → { v: 1, x: [tuple, ...] }. A tuple is
// [key, e, o, d, by, code, categories, turns, branchKey, branchTurn, selfHosted] with 0 / '' for
// "none" and trailing "none"s trimmed. A key always lands in the same bucket, so one ending
// rewrites one item, not the whole set.

type Tuple = (string | number | string[])[];
const BY = { user: 'u', policy: 'p', site: 's' } as const;
const BY_BACK: Record<string, EndedBy> = { u: 'user', p: 'policy', s: 'site' };

export function bucketOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) { h ^= key.charCodeAt(i); h = Math.imul(h, 0x01000193) >>> 0; }
  return h % SYNC_BUCKETS;
}

export function toTuple(x: SyncEntry): Tuple {
  const t: Tuple = [x.k, x.e ?? 0, x.o ?? 0, x.d ?? 0, x.by ? BY[x.by] : '', x.c ? CODES.indexOf(x.c) + 1 : 0, x.g ?? [],
    x.t ?? -1, x.b?.[0] ?? '', x.b?.[1] ?? 0, x.h ?? 0];
  const empty = (v: Tuple[number], i: number) => (i === 7 ? v === -1 : v === 0 || v === '' || (Array.isArray(v) && !v.length));
  while (t.length > 1 && empty(t[t.length - 1]!, t.length - 1)) t.pop();
  return t;
}

const isTime = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/** A tuple read from sync storage: anything malformed is dropped, never trusted. */
export function fromTuple(t: unknown): SyncEntry | null {
  if (!Array.isArray(t) || t.length < 1 || t.length > 11) return null;
  const [k, e = 0, o = 0, d = 0, by = '', c = 0, g = [], n = -1, bk = '', bt = 0, h = 0] = t as unknown[];
  if (typeof k !== 'string' || k.length > 300 || !splitKey(k)) return null;
  if (!isTime(e) || !isTime(o) || !isTime(d) || !isTime(bt)) return null;
  if (typeof by !== 'string' || (by !== '' && !(by in BY_BACK))) return null;
  if (typeof c !== 'number' || !Number.isInteger(c) || c < 0 || c > CODES.length) return null;
  if (!Array.isArray(g) || g.length > 20 || !g.every((x) => typeof x === 'string' && x.length <= 40)) return null;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < -1 || n > 1_000_000) return null;
  if (typeof bk !== 'string' || bk.length > 300 || (bk && !splitKey(bk)) || (h !== 0 && h !== 1)) return null;
  const x: SyncEntry = { k };
  if (e) {
    if (!by || !c) return null;
    x.e = e as number; x.by = BY_BACK[by as string]; x.c = CODES[(c as number) - 1]; x.g = [...(g as string[])];
    if (n !== -1) x.t = n as number;
  }
  if (o) x.o = o as number;
  if (d) x.d = d as number;
  if (bk) x.b = [bk as string, bt as number];
  if (h) x.h = 1;
  return x.e !== undefined || x.o !== undefined || x.d !== undefined || x.b ? x : null;
}

const enc = new TextEncoder();
/** Bytes an item counts against the quotas: its key plus its JSON value (as Chrome counts them). */
export const itemBytes = (key: string, value: unknown): number => enc.encode(key).length + enc.encode(JSON.stringify(value)).length;

export type Items = Record<string, unknown>;
export const isOurKey = (k: string) => k.startsWith(SYNC_PREFIX);

export function encodeState(state: SyncState, perItem: number = SYNC_BUDGET.PER_ITEM): Items {
  const buckets = new Map<number, SyncEntry[]>();
  for (const x of state.values()) {
    const b = bucketOf(x.k);
    buckets.set(b, [...(buckets.get(b) ?? []), x]);
  }
  const items: Items = {};
  for (const [b, xs] of [...buckets].sort((p, q) => p[0] - q[0])) {
    xs.sort((p, q) => (p.k < q.k ? -1 : p.k > q.k ? 1 : 0));
    let chunk = 0; let cur: Tuple[] = [];
    const keyOf = (n: number) => `${SYNC_PREFIX}${b}:${n}`;
    for (const x of xs) {
      const tuple = toTuple(x);
      if (cur.length && itemBytes(keyOf(chunk), { v: 1, x: [...cur, tuple] }) > perItem) {
        items[keyOf(chunk)] = { v: 1, x: cur }; chunk++; cur = [];
      }
      cur.push(tuple);
    }
    if (cur.length) items[keyOf(chunk)] = { v: 1, x: cur };
  }
  return items;
}

export function decodeItems(items: Items): SyncState {
  const state: SyncState = new Map();
  for (const [k, v] of Object.entries(items)) {
    if (!isOurKey(k) || !v || typeof v !== 'object') continue;
    const val = v as { v?: unknown; x?: unknown };
    if (val.v !== 1 || !Array.isArray(val.x)) continue; // another format version: not ours to read
    for (const t of val.x) { const x = fromTuple(t); if (x) addEntry(state, x); }
  }
  return state;
}

export interface UsageOf { items: number; bytes: number; largest: number }
export function usageOf(items: Items): UsageOf {
  let bytes = 0; let largest = 0;
  for (const [k, v] of Object.entries(items)) { const n = itemBytes(k, v); bytes += n; largest = Math.max(largest, n); }
  return { items: Object.keys(items).length, bytes, largest };
}

export type DegradedReason = 'quota-bytes' | 'quota-items' | 'quota-item-size' | 'write-rate' | 'error';

/** Whether a full set of items fits the budget (other items in the area count too). */
export function quotaProblem(items: Items, foreign: Items = {}, budget: { BYTES: number; PER_ITEM: number; MAX_ITEMS: number } = SYNC_BUDGET): DegradedReason | null {
  const u = usageOf({ ...foreign, ...items });
  if (u.largest > budget.PER_ITEM) return 'quota-item-size';
  if (u.items > budget.MAX_ITEMS) return 'quota-items';
  if (u.bytes > budget.BYTES) return 'quota-bytes';
  return null;
}

/** The items to set and the keys to remove to turn `remote` into `next` (ours only). */
export function planWrite(remote: Items, next: Items): { set: Items; remove: string[] } {
  const set: Items = {};
  for (const [k, v] of Object.entries(next)) if (JSON.stringify(remote[k]) !== JSON.stringify(v)) set[k] = v;
  const remove = Object.keys(remote).filter((k) => isOurKey(k) && !(k in next));
  return { set, remove };
}

/** A browser quota error, by its message (Chrome names the quota; Firefox says "QuotaExceededError"). */
export function quotaReasonOfError(e: unknown): DegradedReason {
  const m = String((e as Error)?.message ?? e);
  if (/WRITE_OPERATIONS/i.test(m)) return 'write-rate';
  if (/PER_ITEM/i.test(m)) return 'quota-item-size';
  if (/MAX_ITEMS/i.test(m)) return 'quota-items';
  if (/QUOTA_BYTES|quota/i.test(m)) return 'quota-bytes';
  return 'error';
}

/**
 * Hangup's own write budget (set/remove calls in the last minute and hour). Over the minute budget
 * a write waits; over the hour budget sync degrades to local only until the hour frees up.
 */
export class WriteRate {
  constructor(public times: number[] = [], private readonly budget: { PER_MINUTE: number; PER_HOUR: number } = SYNC_BUDGET) {}
  private prune(now: number) { this.times = this.times.filter((t) => t > now - 3_600_000); }
  /** 0 when `ops` writes may go now; otherwise when they may (a time), and whether the hour is spent. */
  check(ops: number, now: number): { at: number; hourSpent: boolean } {
    this.prune(now);
    const inHour = this.times.length; const inMinute = this.times.filter((t) => t > now - 60_000).length;
    if (inHour + ops > this.budget.PER_HOUR) return { at: this.times[inHour + ops - this.budget.PER_HOUR - 1]! + 3_600_000, hourSpent: true };
    if (inMinute + ops > this.budget.PER_MINUTE) {
      const recent = this.times.filter((t) => t > now - 60_000);
      return { at: recent[inMinute + ops - this.budget.PER_MINUTE - 1]! + 60_000, hourSpent: false };
    }
    return { at: 0, hourSpent: false };
  }
  record(ops: number, now: number) { for (let i = 0; i < ops; i++) this.times.push(now); this.prune(now); }
}
