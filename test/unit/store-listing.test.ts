// docs/store holds everything the store forms ask for, within the stores' limits: checked here so
// that a new permission, language or screenshot cannot slip past the listing.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../..');
const store = join(root, 'docs/store');
const read = (p: string) => readFileSync(join(root, p), 'utf8');
const LANGS = readdirSync(join(root, '_locales'));

function section(md: string, title: string): string {
  const m = new RegExp(`^## ${title}\\n([\\s\\S]*?)(?=^## |(?![\\s\\S]))`, 'm').exec(md);
  return m ? m[1]!.trim() : '';
}

describe('listings', () => {
  it('exist for every language the extension ships, with name and descriptions in the stores\' limits', () => {
    expect(LANGS.sort()).toEqual(['de', 'en', 'es']);
    for (const lang of LANGS) {
      const md = readFileSync(join(store, `listing-${lang}.md`), 'utf8');
      const messages = JSON.parse(read(`_locales/${lang}/messages.json`));
      const name = section(md, 'Name'); const short = section(md, 'Short description'); const long = section(md, 'Long description');
      expect(name, lang).toBe(messages.extName.message);
      expect(name.length, `${lang} name (AMO ≤ 50, Chrome ≤ 75)`).toBeLessThanOrEqual(50);
      // Chrome's summary is the manifest's description: it must fit too.
      expect(short, lang).toBe(messages.extDescription.message);
      expect(short.length, `${lang} short description (Chrome ≤ 132)`).toBeLessThanOrEqual(132);
      expect(long.length, `${lang} long description`).toBeGreaterThan(800);
      expect(long.length, `${lang} long description (Chrome ≤ 16,000)`).toBeLessThanOrEqual(16_000);
    }
  });

  it('justify every permission and host the manifests ask for', () => {
    const cws = readFileSync(join(store, 'chrome-web-store.md'), 'utf8');
    const amo = readFileSync(join(store, 'addons-mozilla-org.md'), 'utf8');
    const manifests = ['manifest.json', 'manifest.chrome.json', 'manifest.firefox.json'].map((f) => JSON.parse(read(f)));
    const perms = manifests.flatMap((m) => m.permissions ?? []);
    const hosts = manifests.flatMap((m) => m.host_permissions ?? []);
    const optional = manifests.flatMap((m) => m.optional_host_permissions ?? []);
    expect(perms.length).toBeGreaterThan(0);
    for (const p of perms) { expect(cws, p).toContain(`| \`${p}\` |`); expect(amo, p).toContain(`\`${p}\``); }
    for (const h of [...hosts, ...optional]) expect(cws, h).toContain(`\`${h}\``);
    expect(section(cws, 'Privacy practices tab')).toMatch(/### Single purpose/);
    expect(amo).toContain('data_collection_permissions');
    expect(manifests[2].browser_specific_settings.gecko.data_collection_permissions.required).toEqual(['none']);
  });

  it('have the privacy policy and the reviewer\'s build notes', () => {
    for (const f of ['PRIVACY.md', 'SOURCE-BUILD.md', 'README.md']) expect(existsSync(join(store, f)), f).toBe(true);
    expect(readFileSync(join(store, 'SOURCE-BUILD.md'), 'utf8')).toContain(read('.nvmrc').trim());
  });

  it('have every screenshot at 1280×800 in light and dark', () => {
    const dir = join(store, 'screenshots');
    const files = readdirSync(dir).filter((f) => f.endsWith('.png')).sort();
    const light = files.filter((f) => f.startsWith('light-')); const dark = files.filter((f) => f.startsWith('dark-'));
    expect(light.length).toBeGreaterThanOrEqual(5);
    expect(dark.map((f) => f.slice(5))).toEqual(light.map((f) => f.slice(6)));
    for (const f of files) {
      const png = readFileSync(join(dir, f));
      expect(png.subarray(1, 4).toString(), f).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], f).toEqual([1280, 800]);
    }
  });
});
