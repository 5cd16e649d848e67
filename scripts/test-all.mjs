// `npm test`: every suite — unit (vitest), type check, build + web-ext lint, e2e in real Chromium
// and real Firefox — then one line `N passed, M failed` summing them all. Exit 1 on any failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, mkdirSync } from 'node:fs';

const only = process.argv.slice(2); // e.g. `npm test -- unit chromium`
const want = (s) => !only.length || only.includes(s);
const totals = { passed: 0, failed: 0 };
const lines = [];
rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

function run(cmd, args, opts = {}) {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  return spawnSync(cmd, args, { stdio: 'inherit', ...opts }).status ?? 1;
}
function add(suite, passed, failed) {
  totals.passed += passed; totals.failed += failed;
  lines.push(`${suite}: ${passed} passed, ${failed} failed`);
}

if (want('unit')) {
  const status = run('npx', ['vitest', 'run']);
  const file = 'test-results/unit.json';
  if (existsSync(file)) {
    const r = JSON.parse(readFileSync(file, 'utf8'));
    // A suite that fails to load has no test results but counts as a failure.
    const broken = r.testResults.filter((f) => f.status === 'failed' && !f.assertionResults?.length).length;
    add('unit', r.numPassedTests, r.numFailedTests + broken);
  } else add('unit', 0, 1 + (status ? 0 : 0));
}
if (want('types')) {
  const status = run('npx', ['tsc', '--noEmit', '-p', '.']);
  add('typecheck', status ? 0 : 1, status ? 1 : 0);
}
if (want('chromium') || want('firefox') || want('lint')) {
  const status = run('node', ['build.mjs']);
  add('build', status ? 0 : 1, status ? 1 : 0);
  if (want('lint')) {
    const lint = spawnSync('npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
    let ok = false;
    try {
      const r = JSON.parse(lint.stdout.slice(lint.stdout.indexOf('{')));
      console.log(`\nweb-ext lint: ${r.summary.errors} errors, ${r.summary.warnings} warnings, ${r.summary.notices} notices`);
      for (const m of [...r.errors, ...r.warnings]) console.log(`  ${m.code}: ${m.message} (${m.file ?? ''})`);
      ok = r.summary.errors === 0 && r.summary.warnings === 0;
    } catch { console.log(lint.stdout, lint.stderr); }
    add('web-ext lint (0 errors, 0 warnings)', ok ? 1 : 0, ok ? 0 : 1);
  }
  for (const b of ['chromium', 'firefox']) {
    if (!want(b)) continue;
    run('node', ['test/e2e/run.mjs', b]);
    const file = `test-results/e2e-${b}.json`;
    if (existsSync(file)) { const r = JSON.parse(readFileSync(file, 'utf8')); add(`e2e ${b}`, r.passed, r.failed); } else add(`e2e ${b}`, 0, 1);
  }
}

console.log('\n' + lines.join('\n'));
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed ? 1 : 0);
