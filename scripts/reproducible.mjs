// Reproducibility check: builds the working tree twice, each time from a fresh copy of the source
// at a different absolute path, in a different time zone and locale, and compares the SHA-256 of
// every file in dist/chrome and dist/firefox and of the two store zips. Any difference fails.
// It also fails when a bundle holds the build folder's path or today's date.
//   node scripts/reproducible.mjs        (prints both builds' hashes; exit 1 on a difference)
// The copies share this tree's node_modules through a symlink (no network, no second npm ci);
// docs/store/SOURCE-BUILD.md gives the clean-clone steps a reviewer follows instead.
import { createHash } from 'node:crypto';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const sha = (p) => createHash('sha256').update(readFileSync(p)).digest('hex');

function walk(dir) {
  return readdirSync(dir).sort().flatMap((n) => { const p = join(dir, n); return statSync(p).isDirectory() ? walk(p) : [p]; });
}

/** The files a clean clone would hold, plus uncommitted ones not ignored (what is being tested). */
function sourceFiles() {
  const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' });
  return out.split('\0').filter((f) => f && existsSync(join(root, f)));
}

function buildCopy(label, env) {
  const parent = mkdtempSync(join(tmpdir(), `hangup-repro-${label}-`));
  const dir = join(parent, label === 'a' ? 'hangup' : 'a-longer-and-different-folder-name');
  for (const f of sourceFiles()) { mkdirSync(dirname(join(dir, f)), { recursive: true }); cpSync(join(root, f), join(dir, f)); }
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const r = spawnSync(process.execPath, ['build.mjs'], { cwd: dir, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`build ${label} failed:\n${r.stdout}\n${r.stderr}`);
  const hashes = {};
  for (const f of walk(join(dir, 'dist'))) {
    const rel = relative(join(dir, 'dist'), f).split('\\').join('/');
    if (rel.startsWith('.bundle/') || rel === 'meta.json') continue; // intermediate, not shipped
    hashes[rel] = sha(f);
  }
  const leaks = [];
  const today = new Date().toISOString().slice(0, 10);
  for (const b of ['chrome', 'firefox']) {
    for (const f of walk(join(dir, 'dist', b))) {
      const text = readFileSync(f, 'latin1');
      if (text.includes(parent)) leaks.push(`${relative(dir, f)} holds the build path`);
      if (text.includes(today)) leaks.push(`${relative(dir, f)} holds today's date ${today}`);
    }
  }
  return { dir: parent, hashes, leaks };
}

export function checkReproducible() {
  const a = buildCopy('a', { TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' });
  const b = buildCopy('b', { TZ: 'Pacific/Kiritimati', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' });
  try {
    const names = [...new Set([...Object.keys(a.hashes), ...Object.keys(b.hashes)])].sort();
    const differ = names.filter((n) => a.hashes[n] !== b.hashes[n]);
    const zips = names.filter((n) => n.endsWith('.zip')).map((n) => ({ name: n, a: a.hashes[n], b: b.hashes[n] }));
    return { files: names.length, differ, zips, leaks: [...a.leaks, ...b.leaks] };
  } finally {
    rmSync(a.dir, { recursive: true, force: true });
    rmSync(b.dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const r = checkReproducible();
  for (const z of r.zips) console.log(`${z.name}\n  build 1 ${z.a}\n  build 2 ${z.b}${z.a === z.b ? '' : '   DIFFERENT'}`);
  console.log(`${r.files} files compared, ${r.differ.length} differ${r.differ.length ? `: ${r.differ.join(', ')}` : ''}`);
  for (const l of r.leaks) console.log(`leak: ${l}`);
  process.exit(r.differ.length || r.leaks.length || !r.zips.length ? 1 : 0);
}
