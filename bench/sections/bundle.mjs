// Bundle sizes from the esbuild metafile of the build under test: minified bytes of each output,
// gzip (node:zlib, level 9) of the shipped file, and the largest inputs (node_modules folded per package).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { kb } from '../lib/stats.mjs';

const TARGETS = { content: 60 * 1024, popup: 40 * 1024 };

function largest(inputs, n = 5) {
  const by = new Map();
  for (const [path, { bytesInOutput }] of Object.entries(inputs)) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
    const name = m ? m[1] : path;
    by.set(name, (by.get(name) ?? 0) + bytesInOutput);
  }
  return [...by.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
}

export async function bundleSizes({ snapshot, add }) {
  const meta = JSON.parse(readFileSync(join(snapshot, 'meta.json'), 'utf8'));
  const outputs = Object.entries(meta.outputs).map(([file, o]) => ({ name: file.split('/').pop().replace(/\.js$/, ''), o }));
  for (const name of ['content', 'popup', 'prelock', 'background', 'options']) {
    const out = outputs.find((x) => x.name === name);
    if (!out) { add(`Bundle: ${name}.js`, 'missing from dist/meta.json', TARGETS[name] ? `≤ ${kb(TARGETS[name], 0)} gz` : '—', TARGETS[name] ? 'MISS' : 'info'); continue; }
    const code = readFileSync(join(snapshot, 'chrome', `${name}.js`));
    const gz = gzipSync(code, { level: 9 }).length;
    const target = TARGETS[name];
    const top = largest(out.o.inputs).map(([p, b]) => `${p.replace(/^src\//, '')} ${kb(b)}`).join(' · ');
    add(`Bundle: ${name}.js (gzip -9; minified)`, `${kb(gz)} gz; ${kb(code.length)} min`, target ? `≤ ${kb(target, 0)} gz` : '—',
      target ? (gz <= target ? 'PASS' : 'MISS') : 'info');
    add(`  ${name}.js largest modules (minified bytes in output)`, top, '—', 'info');
  }
}
