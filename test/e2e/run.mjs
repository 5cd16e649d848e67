// Real-browser test runner: node test/e2e/run.mjs <chromium|firefox> [spec-name-filter]
// Each spec file gets a fresh browser and profile; its tests run in order. Prints one line per
// test, writes test-results/e2e-<browser>.json ({passed, failed, tests}), saves screenshots to
// test-results/screenshots/ (always for tests that take them, and on failure).
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { launch } from './browsers.mjs';
import { pageFor, SITES } from './fixtures.mjs';

const browserName = process.argv[2];
const filter = process.argv[3] ?? '';
if (!['chromium', 'firefox'].includes(browserName)) {
  console.error('usage: node test/e2e/run.mjs <chromium|firefox> [filter]');
  process.exit(2);
}
mkdirSync('test-results/screenshots', { recursive: true });
const specDir = new URL('./specs/', import.meta.url);
const files = readdirSync(specDir).filter((f) => f.endsWith('.mjs')).sort();
const results = [];
const TEST_TIMEOUT = 60_000;

const withTimeout = (p, ms, what) => Promise.race([p, new Promise((_, rej) => setTimeout(() => rej(new Error(`${what} timed out after ${ms} ms`)), ms))]);

for (const file of files) {
  const spec = await import(new URL(file, specDir));
  if (spec.browsers && !spec.browsers.includes(browserName)) continue;
  const tests = spec.tests.filter((t) => (!filter || `${file} ${t.name}`.includes(filter))
    && (!t.browsers || t.browsers.includes(browserName)));
  if (!tests.length) continue;
  let d;
  try {
    const ext = spec.prepareExtension ? await spec.prepareExtension(browserName) : undefined;
    d = await withTimeout(launch(browserName, { ext, env: spec.launchEnv?.(browserName) }), 60_000, 'browser launch');
    for (const site of Object.keys(SITES)) d.serve(SITES[site].origin, () => pageFor(site, spec.pageOptions?.(site) ?? {}));
  } catch (e) {
    for (const t of tests) results.push({ file, name: t.name, ok: false, error: `launch failed: ${e.message}` });
    console.log(`✗ ${file}: could not launch ${browserName}: ${e.message}`);
    await d?.close();
    continue;
  }
  const ctx = { d, browser: browserName, shot: async (page, name) => {
    const path = `test-results/screenshots/${browserName}-${name}.png`;
    await page.screenshot({ path });
    return path;
  } };
  for (const t of tests) {
    const start = Date.now();
    try {
      await withTimeout(t.run(ctx), t.timeout ?? TEST_TIMEOUT, t.name);
      results.push({ file, name: t.name, ok: true, ms: Date.now() - start });
      console.log(`✓ [${browserName}] ${file} › ${t.name} (${Date.now() - start} ms)`);
    } catch (e) {
      results.push({ file, name: t.name, ok: false, error: String(e.stack ?? e) });
      console.log(`✗ [${browserName}] ${file} › ${t.name}\n    ${String(e.message ?? e).split('\n').join('\n    ')}`);
    }
  }
  if (d.externalRequests.length) {
    // Recorded for every spec: a request to any host but the served chat sites is a privacy bug.
    results.push({ file, name: 'no request left the machine', ok: false, error: d.externalRequests.slice(0, 5).join(', ') });
    console.log(`✗ [${browserName}] ${file} › no request left the machine: ${d.externalRequests.slice(0, 5).join(', ')}`);
  }
  await d.close();
}

const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
writeFileSync(`test-results/e2e-${browserName}.json`, JSON.stringify({ passed, failed, tests: results }, null, 2));
console.log(`${browserName}: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
