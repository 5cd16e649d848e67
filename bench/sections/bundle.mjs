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
  // The learned models are not in content.js: the background hands them to each page once
  // (content:model). Measured on their own, as issue 13 asks of a model loaded elsewhere: the
  // module's bytes inside background.js, and its object literal gzipped (about what a page receives).
  const modelIn = (name) => Object.entries(outputs.find((x) => x.name === name)?.o.inputs ?? {}).find(([p]) => p.endsWith('policy/learned-model.ts'));
  const inBg = modelIn('background');
  const inContent = !!modelIn('content');
  if (inBg) {
    const lit = modelsOf(readFileSync(join(snapshot, 'chrome', 'background.js'), 'utf8'));
    add('Policy models (loaded from the background once per page; not in content.js)',
      `${kb(inBg[1].bytesInOutput)} min in background.js${inContent ? '; ALSO in content.js' : ''}; the object literal ${lit ? `${kb(lit.length)}, ${kb(gzipSync(lit, { level: 9 }).length)} gz` : 'not found'}`,
      '—', inContent ? 'MISS' : 'info');
  }
}

/**
 * The rule pack (policy-es-de.js): injected by the background into a page only once a user turn there
 * looks Spanish or German or names a group, so measured on its own; its rules must not be in content.js.
 */
export function langPackSize({ snapshot, add }) {
  const meta = JSON.parse(readFileSync(join(snapshot, 'meta.json'), 'utf8'));
  const inputsOf = (name) => Object.keys(Object.entries(meta.outputs).find(([f]) => f.endsWith(`/${name}.js`))?.[1].inputs ?? {});
  const leaked = inputsOf('content').filter((p) => /policy\/(?:(?:crisis|harm|abuse|refusal)-es-de(?:-more)?|hate)\.ts$/.test(p));
  let gz = null, min = 0;
  try { const code = readFileSync(join(snapshot, 'chrome', 'policy-es-de.js')); min = code.length; gz = gzipSync(code, { level: 9 }).length; } catch { /* not built */ }
  add('Rule pack (policy-es-de.js: Spanish/German rules, group-hate rules; injected on demand, not in content.js)',
    gz === null ? 'missing from the build' : `${kb(gz)} gz; ${kb(min)} min${leaked.length ? `; its rules ALSO in content.js (${leaked.join(', ')})` : ''}`,
    '—', gz === null || leaked.length ? 'MISS' : 'info');
}

/** The models' object literal in the minified background.js (it starts `{bits:18,heads:`). */
function modelsOf(src) {
  const at = src.indexOf('{bits:18,heads:');
  if (at < 0) return null;
  let depth = 0;
  for (let i = at; i < src.length; i++) {
    if (src[i] === '{') depth++;
    else if (src[i] === '}' && --depth === 0) return src.slice(at, i + 1);
  }
  return null;
}
