// npm run bench — Hangup's performance figures against the targets of issue 7, in one table.
// Runs after `node build.mjs` (see package.json); benchmarks a snapshot of that build, so that a
// concurrent rebuild of dist/ cannot change what is measured halfway. Every section runs in the
// same invocation; a section that fails or runs out of time prints MISS with the reason.
// Writes the table to bench/results.md as well. Not part of `npm test`.
//   node bench/run.mjs [--only=bundle,policy,lock,store,popup,policy-state,turns] [--dist=DIR]
// --dist measures another build (DIR/chrome and DIR/meta.json), e.g. of a patched copy of src/.
import { cpSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir, loadavg, cpus } from 'node:os';
import { join } from 'node:path';
import { pageFor } from '../test/e2e/fixtures.mjs';
import { launchChromium } from './lib/browser.mjs';
import { withTimeout } from './lib/stats.mjs';
import { bundleSizes, langPackSize } from './sections/bundle.mjs';
import { policyNode } from './sections/policy-node.mjs';
import { timeToLock, coldLoads, reportCold } from './sections/lock.mjs';
import { store } from './sections/store.mjs';
import { popup } from './sections/popup.mjs';
import { turnProcessing } from './sections/turns.mjs';
import { policyState } from './sections/policy-state.mjs';

const T_START = Date.now();
const BUDGET_MS = 14 * 60_000;
const ORIGIN = 'https://chatgpt.com';
const RECORDS = 10_000;
const only = (process.argv.find((a) => a.startsWith('--only=')) ?? '').slice(7).split(',').filter(Boolean);
const want = (s) => !only.length || only.includes(s);
const DIST = (process.argv.find((a) => a.startsWith('--dist=')) ?? '--dist=dist').slice(7);

if (!existsSync(join(DIST, 'chrome/manifest.json')) || !existsSync(join(DIST, 'meta.json'))) {
  console.error(`bench: ${DIST}/chrome or ${DIST}/meta.json missing; run \`node build.mjs\` first (npm run bench does)`);
  process.exit(2);
}
const snapshot = mkdtempSync(join(tmpdir(), 'hangup-bench-dist-'));
cpSync(join(DIST, 'chrome'), join(snapshot, 'chrome'), { recursive: true });
cpSync(join(DIST, 'meta.json'), join(snapshot, 'meta.json'));
const EXT = join(snapshot, 'chrome');

const rows = [];
let section = '';
const add = (figure, value, target, verdict) => {
  rows.push({ section, figure, value, target, verdict });
  console.log(`  ${verdict.padEnd(4)}  ${figure}: ${value}`);
};
const load0 = loadavg()[0];
let chromiumVersion = '?';

async function run(name, budgetMs, fn) {
  if (!want(name)) return;
  section = name;
  const left = BUDGET_MS - (Date.now() - T_START);
  if (left < 20_000) { add(`${name}: not run`, 'out of the 14-minute budget', '—', 'MISS'); return; }
  const t = Date.now();
  console.log(`[bench] ${name} …`);
  try {
    await withTimeout(fn(), Math.min(budgetMs, left), name);
  } catch (e) {
    add(`${name}: failed`, String(e?.message ?? e).split('\n')[0].slice(0, 300), '—', 'MISS');
  }
  console.log(`[bench] ${name} done in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}

const serveAll = (b) => b.serve(ORIGIN, () => pageFor('chatgpt'), { coi: true });

await run('bundle', 30_000, () => bundleSizes({ snapshot, add }));
await run('language pack', 30_000, () => langPackSize({ snapshot, add }));
await run('policy', 60_000, () => policyNode({ add }));

if (want('lock') || want('store') || want('popup')) {
  const b = await launchChromium({ extension: true, ext: EXT });
  chromiumVersion = b.ctx.browser()?.version() ?? '?';
  try {
    serveAll(b);
    let lock = null;
    await run('lock', 150_000, async () => { lock = await timeToLock({ b, add, origin: ORIGIN }); });
    let stored = 0;
    await run('store', 150_000, async () => {
      ({ seen: stored } = await store({ b, add, origin: ORIGIN, records: RECORDS }));
      if (lock) reportCold(add, ` with ${stored.toLocaleString('en')} ended threads stored`, await coldLoads(b, lock.url, 8));
    });
    await run('popup', 120_000, () => popup({ b, add, records: stored || RECORDS }));
  } finally { await b.close(); }
}
await run('policy-state', 180_000, () => policyState({ add, origin: ORIGIN, serveAll, ext: EXT }));
await run('turns', 420_000, () => turnProcessing({ add, origin: ORIGIN, serveAll, ext: EXT }));

// ---- the table
const elapsed = (Date.now() - T_START) / 1000;
const head = ['Figure', 'Value', 'Target', 'Verdict'];
const body = rows.map((r) => [r.figure, r.value, r.target, r.verdict]);
const misses = rows.filter((r) => r.verdict === 'MISS').length;
const passes = rows.filter((r) => r.verdict === 'PASS').length;
const env = `node ${process.version}, Chromium ${chromiumVersion} (headless), ${cpus().length} cores; load average ${load0.toFixed(1)} at start, ${loadavg()[0].toFixed(1)} at end; ${elapsed.toFixed(0)} s`;

const widths = head.map((h, i) => Math.min(i === 1 ? 90 : 70, Math.max(h.length, ...body.map((r) => r[i].length))));
const cut = (s, w) => (s.length > w ? `${s.slice(0, w - 1)}…` : s.padEnd(w));
const line = (cells) => cells.map((c, i) => cut(c, widths[i])).join(' │ ');
console.log(`\nHangup bench — ${new Date().toISOString()} — ${env}\n`);
console.log(line(head));
console.log(widths.map((w) => '─'.repeat(w)).join('─┼─'));
for (const r of body) console.log(line(r));
console.log(`\n${passes} PASS, ${misses} MISS (full values in bench/results.md)`);

const esc = (s) => s.replace(/\|/g, '\\|');
const md = [
  '# Hangup bench results',
  '',
  `Written by \`npm run bench\` (bench/run.mjs) on ${new Date().toISOString()}: ${env}.`,
  'Methods: see the header comment of each file in bench/sections/. Targets: issue 7 (policy-state: issue 12).',
  '',
  `| ${head.join(' | ')} |`,
  `| ${head.map(() => '---').join(' | ')} |`,
  ...body.map((r) => `| ${r.map(esc).join(' | ')} |`),
  '',
  `${passes} PASS, ${misses} MISS.`,
  '',
].join('\n');
// A partial or other-build run must not overwrite the full results the README links to.
const resultsFile = only.length || DIST !== 'dist' ? join(tmpdir(), 'hangup-bench-results.md') : 'bench/results.md';
writeFileSync(resultsFile, md);
console.log(`(written to ${resultsFile})`);
rmSync(snapshot, { recursive: true, force: true });
process.exit(0);
