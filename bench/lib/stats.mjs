// Small statistics and formatting helpers for the bench.
export const median = (xs) => {
  const a = xs.filter((x) => Number.isFinite(x)).sort((p, q) => p - q);
  if (!a.length) return NaN;
  const m = a.length >> 1;
  return a.length % 2 ? a[m] : (a[m - 1] + a[m]) / 2;
};
/** Nearest-rank percentile (p in 0..100). */
export const pct = (xs, p) => {
  const a = xs.filter((x) => Number.isFinite(x)).sort((p2, q) => p2 - q);
  if (!a.length) return NaN;
  return a[Math.min(a.length - 1, Math.max(0, Math.ceil((p / 100) * a.length) - 1))];
};
export const max = (xs) => xs.reduce((m, x) => (x > m ? x : m), -Infinity);
export const sum = (xs) => xs.reduce((s, x) => s + x, 0);

export const fmt = (x, digits = 1) => (Number.isFinite(x) ? x.toFixed(digits) : 'n/a');
export const ms = (x, d = 1) => `${fmt(x, d)} ms`;
export const us = (x, d = 1) => `${fmt(x, d)} µs`;
export const kb = (bytes, d = 1) => `${fmt(bytes / 1024, d)} KB`;
export const mb = (bytes, d = 2) => `${fmt(bytes / (1024 * 1024), d)} MB`;

export const sleep = (t) => new Promise((r) => setTimeout(r, t));

/** Rejects after `ms` with a message naming `what`. */
export function withTimeout(p, t, what) {
  let timer;
  return Promise.race([p, new Promise((_, rej) => { timer = setTimeout(() => rej(new Error(`${what} timed out after ${Math.round(t / 1000)} s`)), t); })])
    .finally(() => clearTimeout(timer));
}
