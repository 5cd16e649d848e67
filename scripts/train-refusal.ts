/**
 * Trains the refusal detector's small logistic model offline and writes src/policy/refusal-model.ts.
 *
 *   npx tsx scripts/train-refusal.ts [--corpus ../shared/corpus]
 *
 * Data: XSTest model completions with their human labels (final_label 2_full_refusal or
 * 3_partial_refusal = refusal). Training uses EVEN prompt ids only; odd ids stay held out and
 * `npm run eval` reports them separately. The threshold is chosen by 5-fold cross-validation on the
 * training split (out-of-fold precision >= 0.975, max recall).
 *
 * The model is fitted on feature names (rule ids, opening words/bigrams, cues), then converted for
 * shipping: each name is hashed (fnv1a + fmix, masked to 2^BITS buckets; weights of colliding
 * names are summed) and each weight quantised to an integer number of steps (QMAX steps cover the
 * largest weight). The script reports how often the shipped (hashed, quantised) model disagrees
 * with the float model it came from. The shipped file holds bucket ids (delta-encoded) and
 * integer weights only: no feature names, no corpus text.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normalise } from '../src/policy/normalise';
import { refusalFeatures, refusalBucket, refusalScoreBuckets, refusalBuckets, type RefusalModel } from '../src/policy/refusal';
import { encodeSparse } from '../src/policy/sparse';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argi = process.argv.indexOf('--corpus');
const corpus = argi > 0 ? resolve(process.argv[argi + 1] ?? '') : resolve(root, '../shared/corpus');
const file = resolve(corpus, 'xstest_completions.jsonl');
if (!existsSync(file)) { console.error(`corpus not found: ${file}`); process.exit(1); }

interface Row { id: string; model: string; completion: string; final_label: string }
const rows: Row[] = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Row);
const idNum = (id: string) => Number(id.replace(/^v2-/, ''));
const train = rows.filter((r) => idNum(r.id) % 2 === 0);
const BITS = Number(process.env.BITS ?? 22);
const QMAX = Number(process.env.QMAX ?? 511);
const data = train.map((r) => ({ f: [...new Set(refusalFeatures(normalise(r.completion)))], y: r.final_label === '1_full_compliance' ? 0 : 1 }));

const MIN_COUNT = Number(process.env.MIN_COUNT ?? 3);
const L2 = Number(process.env.L2 ?? 0.002);
const EPOCHS = 300;
const LR = 0.3;

interface Fitted { bias: number; weights: Map<string, number> }
function fit(ex: typeof data): Fitted {
  const counts = new Map<string, number>();
  for (const e of ex) for (const f of e.f) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts].filter(([, c]) => c >= MIN_COUNT).map(([f]) => f);
  const index = new Map(vocab.map((f, i) => [f, i]));
  const X = ex.map((e) => e.f.map((f) => index.get(f)).filter((i): i is number => i !== undefined));
  const w = new Float64Array(vocab.length);
  let b = 0;
  // full-batch gradient descent with Adam
  const m = new Float64Array(vocab.length), v = new Float64Array(vocab.length);
  let mb = 0, vb = 0;
  const b1 = 0.9, b2 = 0.999, eps = 1e-8;
  for (let t = 1; t <= EPOCHS; t++) {
    const g = new Float64Array(vocab.length);
    let gb = 0;
    for (let i = 0; i < X.length; i++) {
      const xi = X[i] as number[];
      let z = b;
      for (const j of xi) z += w[j] as number;
      const p = 1 / (1 + Math.exp(-z));
      const d = p - (ex[i]?.y ?? 0);
      gb += d;
      for (const j of xi) g[j] = (g[j] as number) + d;
    }
    for (let j = 0; j < w.length; j++) {
      const gj = (g[j] as number) / X.length + L2 * (w[j] as number);
      m[j] = b1 * (m[j] as number) + (1 - b1) * gj;
      v[j] = b2 * (v[j] as number) + (1 - b2) * gj * gj;
      w[j] = (w[j] as number) - (LR * ((m[j] as number) / (1 - b1 ** t))) / (Math.sqrt((v[j] as number) / (1 - b2 ** t)) + eps);
    }
    gb /= X.length;
    mb = b1 * mb + (1 - b1) * gb;
    vb = b2 * vb + (1 - b2) * gb * gb;
    b -= (LR * (mb / (1 - b1 ** t))) / (Math.sqrt(vb / (1 - b2 ** t)) + eps);
  }
  const weights = new Map<string, number>();
  vocab.forEach((f, j) => { const x = w[j] as number; if (Math.abs(x) >= 0.01) weights.set(f, Math.round(x * 1000) / 1000); });
  return { bias: Math.round(b * 1000) / 1000, weights };
}
function score(model: Fitted, f: string[]): number {
  let z = model.bias;
  for (const x of f) z += model.weights.get(x) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

// 5-fold CV for the threshold
const K = 5;
const oof: Array<{ s: number; y: number }> = [];
for (let k = 0; k < K; k++) {
  const tr = data.filter((_, i) => i % K !== k);
  const te = data.filter((_, i) => i % K === k);
  const mdl = fit(tr);
  for (const e of te) oof.push({ s: score(mdl, e.f), y: e.y });
}
let best = { thr: 0.5, p: 0, r: 0 };
for (let thr = 0.2; thr <= 0.95; thr += 0.01) {
  let tp = 0, fp = 0, fn = 0;
  for (const o of oof) { const pred = o.s >= thr; if (pred && o.y) tp++; else if (pred) fp++; else if (o.y) fn++; }
  const p = tp / Math.max(1, tp + fp), r = tp / Math.max(1, tp + fn);
  if (p >= Number(process.env.PMIN ?? 0.975) && r > best.r) best = { thr: Math.round(thr * 100) / 100, p, r };
}
console.log(`train rows ${data.length}; out-of-fold at threshold ${best.thr}: P ${best.p.toFixed(3)} R ${best.r.toFixed(3)}`);

const model = fit(data);

// ---- convert for shipping: hash names into buckets (sum collisions), quantise
const byBucket = new Map<number, number>();
for (const [f, x] of model.weights) { const bk = refusalBucket(f, BITS); byBucket.set(bk, (byBucket.get(bk) ?? 0) + x); }
let maxAbs = 0;
for (const x of byBucket.values()) maxAbs = Math.max(maxAbs, Math.abs(x));
const scale = Math.round((maxAbs / QMAX) * 1e6) / 1e6;
const { ids, q } = encodeSparse([...byBucket], scale);
const shipped: RefusalModel = { bits: BITS, bias: model.bias, threshold: best.thr, scale, ids, q };
{
  // fidelity: the shipped model against the float model, on every completion (both splits)
  let flips = 0, maxDiff = 0;
  for (const r of rows) {
    const norm = normalise(r.completion);
    const a = score(model, [...new Set(refusalFeatures(norm))]), b = refusalScoreBuckets(refusalBuckets(norm, BITS), shipped);
    maxDiff = Math.max(maxDiff, Math.abs(a - b));
    if ((a >= best.thr) !== (b >= best.thr)) flips++;
  }
  console.log(`names ${model.weights.size} -> buckets ${byBucket.size} (2^${BITS}); quantisation step ${scale}; shipped vs float model on all ${rows.length} completions: ${flips} decision flips, max |p diff| ${maxDiff.toFixed(4)}`);
}
const chunk = (a: number[]) => { const lines: string[] = []; for (let i = 0; i < a.length; i += 40) lines.push('    ' + a.slice(i, i + 40).join(',') + ','); return lines.join('\n'); };
const out = `// GENERATED by scripts/train-refusal.ts — do not edit by hand.
// Logistic model over hashed rule ids and opening words/bigrams of an assistant reply (bucket ids
// only, no feature names); trained on XSTest completions with even prompt ids (odd ids held out).
// ${ids.length} weights, 2^${BITS} buckets, weights quantised to steps of ${scale}.
import type { RefusalModel } from './refusal';
export const REFUSAL_MODEL: RefusalModel = {
  bits: ${BITS},
  bias: ${model.bias},
  threshold: ${best.thr},
  scale: ${scale},
  ids: [
${chunk(ids)}
  ],
  q: [
${chunk(q)}
  ],
};
`;
if (!process.argv.includes('--dry')) writeFileSync(resolve(root, 'src/policy/refusal-model.ts'), out);
console.log(`${process.argv.includes('--dry') ? 'would write' : 'wrote'} src/policy/refusal-model.ts (${ids.length} weights, ${out.length} bytes)`);
