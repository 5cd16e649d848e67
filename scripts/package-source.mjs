// `npm run package`: the source archive addons.mozilla.org asks for with a minified add-on —
// every file git tracks (no node_modules, no dist), in the same reproducible zip format as the
// store packages, at dist/hangup-source-<version>.zip. A reviewer unpacks it and follows
// docs/store/SOURCE-BUILD.md to rebuild byte-identical store zips.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { zipFiles } from './zip.mjs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const files = execFileSync('git', ['ls-files', '-z'], { encoding: 'utf8' }).split('\0').filter(Boolean);
const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim();
if (dirty) console.warn(`[hangup] warning: uncommitted changes are packaged as they are in the working tree:\n${dirty}`);
mkdirSync('dist', { recursive: true });
const out = `dist/hangup-source-${pkg.version}.zip`;
zipFiles('.', files, out);
console.log(`[hangup] ${out}: ${files.length} files (git ls-files)`);
