/**
 * Small shared pieces for the shipped linear models (refusal, harm): hashing and a sparse,
 * quantised weight table. Pure: no DOM, no browser or Node APIs.
 *
 * A model ships as plain number arrays (no strings): bucket ids ascending and delta-encoded, and
 * integer weights q (weight = q * scale). The lookup table (a small open-addressing hash table,
 * see tableOf) is built on first use.
 */

/** 32-bit FNV-1a of a string (also used by the training/eval scripts for the corpus split). */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return h >>> 0;
}

/** murmur3 finaliser: spreads FNV's bits before masking to a bucket. */
export function fmix(h: number): number {
  h ^= h >>> 16; h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13; h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export interface SparseModel {
  /** log2 of the number of hash buckets */
  bits: number;
  bias: number;
  /** probability threshold for a positive */
  threshold: number;
  /** weight of one quantisation step */
  scale: number;
  /** bucket ids, ascending, delta-encoded (first value absolute) */
  ids: number[];
  /** quantised weights, same order as ids */
  q: number[];
}

/** Decoded model: bucket ids ascending and their float weights (tests, training, inspection). */
export function decodeSparse(m: SparseModel): { ids: number[]; w: number[] } {
  const ids: number[] = [], w: number[] = [];
  let b = 0;
  for (let i = 0; i < m.ids.length; i++) { b += m.ids[i] as number; ids.push(b); w.push((m.q[i] as number) * m.scale); }
  return { ids, w };
}

/**
 * Lookup table: open addressing with linear probing over 2^k slots (k: at least twice the number
 * of weights), keys = bucket ids (already hash values, so the slot is the low bits). For 2,300
 * weights: 8,192 slots, 64 KB for keys and weights, plus a 32 KB stamp array for de-duplication
 * in the scorers. Built on first use.
 */
export interface SparseTable { keys: Int32Array; w: Float32Array; mask: number; stamp: Uint32Array; tick: number }

const tables = new WeakMap<SparseModel, SparseTable>();

export function tableOf(m: SparseModel): SparseTable {
  let t = tables.get(m);
  if (!t) {
    let size = 16;
    while (size < m.ids.length * 2) size <<= 1;
    const keys = new Int32Array(size).fill(-1), w = new Float32Array(size), mask = size - 1;
    let b = 0;
    for (let i = 0; i < m.ids.length; i++) {
      b += m.ids[i] as number;
      let slot = b & mask;
      while (keys[slot] !== -1) slot = (slot + 1) & mask;
      keys[slot] = b; w[slot] = (m.q[i] as number) * m.scale;
    }
    t = { keys, w, mask, stamp: new Uint32Array(size), tick: 0 };
    tables.set(m, t);
  }
  return t;
}

/** Slot of bucket `b` in the table, or -1 when the model has no weight for it. */
export function slotOf(t: SparseTable, b: number): number {
  const keys = t.keys, mask = t.mask;
  let slot = b & mask;
  for (;;) {
    const k = keys[slot] as number;
    if (k === b) return slot;
    if (k === -1) return -1;
    slot = (slot + 1) & mask;
  }
}

/** Start a de-duplication round: returns the tick to compare stamps against. */
export function nextTick(t: SparseTable): number {
  if (++t.tick === 0xffffffff) { t.stamp.fill(0); t.tick = 1; }
  return t.tick;
}

/** Encode sorted unique bucket ids and float weights as a SparseModel's arrays (training scripts). */
export function encodeSparse(entries: Array<[number, number]>, scale: number): { ids: number[]; q: number[] } {
  const sorted = entries.map(([b, w]) => [b, Math.round(w / scale)] as [number, number]).filter(([, q]) => q !== 0).sort((a, b) => a[0] - b[0]);
  const ids: number[] = [], q: number[] = [];
  let prev = 0;
  for (const [b, x] of sorted) { ids.push(b - prev); q.push(x); prev = b; }
  return { ids, q };
}
