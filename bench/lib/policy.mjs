// The policy module (src/policy, TypeScript) bundled by esbuild: as ESM for node, and as an IIFE
// (global `__benchPolicy`) for a page. Written to the OS temp dir, never into the repo.
import * as esbuild from 'esbuild';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ENTRY = 'src/policy/index.ts';
let dir = null;
const tmp = () => (dir ??= mkdtempSync(join(tmpdir(), 'hangup-bench-policy-')));

/** The policy module loaded in node, minified the way the extension ships it. */
export async function loadPolicy() {
  const r = await esbuild.build({ entryPoints: [ENTRY], bundle: true, format: 'esm', platform: 'neutral', target: 'node20',
    minify: true, write: false, logLevel: 'warning', mainFields: ['module', 'main'] });
  const file = join(tmp(), 'policy.mjs');
  writeFileSync(file, r.outputFiles[0].text);
  return import(pathToFileURL(file).href);
}

/** Source of an IIFE that defines `globalThis.__benchPolicy` in a page. */
export async function policyIife() {
  const r = await esbuild.build({ entryPoints: [ENTRY], bundle: true, format: 'iife', globalName: '__benchPolicy',
    target: ['chrome121'], minify: true, write: false, logLevel: 'warning' });
  return r.outputFiles[0].text;
}
