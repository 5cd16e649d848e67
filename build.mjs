// Build: esbuild bundles each entry once, then writes dist/chrome and dist/firefox, each with the
// base manifest merged with its browser's patch, icons, _locales and pages; then the store zips.
//   node build.mjs            production build + zips
//   node build.mjs --watch    rebuild on change (with source maps), no zips
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { zipDir } from './scripts/zip.mjs';

const watch = process.argv.includes('--watch');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const BROWSERS = ['chrome', 'firefox'];

const entryPoints = {
  background: 'src/background/index.ts',
  content: 'src/content/index.ts',
  prelock: 'src/content/prelock.ts',
  // the Spanish/German policy rules, injected on demand (src/policy/lang-pack.ts)
  'policy-es-de': 'src/lang-pack/es-de.ts',
  popup: 'src/popup/index.tsx',
  options: 'src/options/index.tsx',
  welcome: 'src/welcome/index.tsx',
};

function merge(base, patch) {
  const out = { ...base };
  for (const [k, v] of Object.entries(patch)) {
    out[k] = v && typeof v === 'object' && !Array.isArray(v) && k !== 'background' ? merge(base[k] ?? {}, v) : v;
  }
  return out;
}

export function manifestFor(browser) {
  const base = JSON.parse(readFileSync('manifest.json', 'utf8'));
  const patch = JSON.parse(readFileSync(`manifest.${browser}.json`, 'utf8'));
  return { ...merge(base, patch), version: pkg.version };
}

function writeStatic() {
  for (const b of BROWSERS) {
    const dir = `dist/${b}`;
    mkdirSync(dir, { recursive: true });
    writeFileSync(`${dir}/manifest.json`, JSON.stringify(manifestFor(b), null, 2));
    cpSync('icons', `${dir}/icons`, { recursive: true });
    cpSync('_locales', `${dir}/_locales`, { recursive: true });
    for (const page of ['popup', 'options', 'welcome']) cpSync(`src/${page}/${page}.html`, `${dir}/${page}.html`);
    cpSync('src/popup/pages.css', `${dir}/pages.css`);
    cpSync('src/welcome/welcome.css', `${dir}/welcome.css`);
    // The options page links to it; .txt so that both browsers show it as text instead of downloading it.
    cpSync('CHANGELOG.md', `${dir}/CHANGELOG.txt`);
    // Chrome reads the administrator's policy schema from it (manifest.chrome.json names it).
    if (b === 'chrome') cpSync('managed_schema.json', `${dir}/managed_schema.json`);
  }
}

/** Copy the bundles into each browser's folder after every (re)build. */
const fanOut = {
  name: 'fan-out',
  setup(build) {
    build.onEnd((result) => {
      if (result.errors.length) return;
      for (const b of BROWSERS) cpSync('dist/.bundle', `dist/${b}`, { recursive: true });
      writeStatic();
      if (watch) console.log(`[hangup] rebuilt ${new Date().toLocaleTimeString()}`);
    });
  },
};

/**
 * Hangup never renders raw HTML. Preact's dangerouslySetInnerHTML path is the only innerHTML
 * assignment in our bundles; cut it out so that no page of ours can assign innerHTML at all
 * (and `web-ext lint` stays at 0 warnings). Fails the build if Preact's code moves.
 */
const noRawHtml = {
  name: 'no-raw-html',
  setup(build) {
    build.onLoad({ filter: /preact[\\/]dist[\\/]preact\.mjs$/ }, async (args) => {
      const src = readFileSync(args.path, 'utf8');
      const out = src.replace(/(\w+)\.innerHTML=(\w+)\.__html/g, '(()=>{throw new Error("dangerouslySetInnerHTML is disabled in Hangup")})()');
      if (out === src) throw new Error('no-raw-html: Preact\'s innerHTML assignment was not found; update the pattern');
      return { contents: out, loader: 'js' };
    });
  },
};

/**
 * The content script carries the English catalogue as a fallback for when it outlives its
 * extension (src/content/i18n-fallback.ts), but only the strings its own code names: the popup's,
 * options' and first-run page's strings would be dead weight in every chat page.
 */
const contentCatalogue = {
  name: 'content-catalogue',
  setup(build) {
    build.onResolve({ filter: /messages\.json$/ }, (args) => (args.importer.replace(/\\/g, '/').endsWith('src/content/i18n-fallback.ts')
      ? { path: resolvePath(args.resolveDir, args.path), namespace: 'content-catalogue' } : undefined));
    build.onLoad({ filter: /.*/, namespace: 'content-catalogue' }, (args) => {
      const all = JSON.parse(readFileSync(args.path, 'utf8'));
      const named = new Set();
      for (const dir of ['src/content', 'src/shared']) {
        for (const f of readdirSync(dir, { recursive: true })) {
          if (!/\.tsx?$/.test(f)) continue;
          for (const m of readFileSync(`${dir}/${f}`, 'utf8').matchAll(/['"`]([A-Za-z][A-Za-z0-9_]*)['"`]/g)) named.add(m[1]);
        }
      }
      const kept = Object.fromEntries(Object.entries(all).filter(([k]) => named.has(k)).sort(([a], [b]) => (a < b ? -1 : 1)));
      return { contents: JSON.stringify(kept), loader: 'json' };
    });
  },
};

const options = {
  entryPoints,
  outdir: 'dist/.bundle',
  bundle: true,
  format: 'iife',
  target: ['chrome121', 'firefox142'],
  minify: !watch,
  sourcemap: watch ? 'inline' : false,
  metafile: true,
  jsx: 'automatic',
  jsxImportSource: 'preact',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [noRawHtml, contentCatalogue, fanOut],
};

rmSync('dist', { recursive: true, force: true });
if (watch) {
  const ctx = await esbuild.context(options);
  await ctx.watch();
  console.log('[hangup] watching src/ — load dist/chrome or dist/firefox unpacked; Ctrl+C to stop');
} else {
  const result = await esbuild.build(options);
  writeFileSync('dist/meta.json', JSON.stringify(result.metafile));
  for (const b of BROWSERS) zipDir(`dist/${b}`, `dist/hangup-${b}-${pkg.version}.zip`);
  const sizes = Object.entries(result.metafile.outputs).map(([f, o]) => `${f.replace('dist/.bundle/', '')} ${(o.bytes / 1024).toFixed(1)} KB`);
  console.log(`[hangup] built ${pkg.version}: ${sizes.join(', ')}`);
}
