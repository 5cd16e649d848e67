// The Spanish and German catalogues cover every English key, with the same placeholders, and
// every key the code asks for exists in English.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { t } from '../../src/shared/i18n';

type Catalogue = Record<string, { message: string; description?: string; placeholders?: Record<string, { content: string }> }>;
const root = join(__dirname, '../..');
const load = (lang: string): Catalogue => JSON.parse(readFileSync(join(root, '_locales', lang, 'messages.json'), 'utf8'));
const en = load('en');
const tokens = (msg: string) => [...new Set([...msg.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()))].sort();

describe('the English catalogue', () => {
  it('has valid key names, messages and placeholders', () => {
    for (const [k, v] of Object.entries(en)) {
      expect(k, k).toMatch(/^[A-Za-z0-9_@]+$/);
      expect(typeof v.message, k).toBe('string');
      expect(v.message.trim().length, k).toBeGreaterThan(0);
      const declared = Object.keys(v.placeholders ?? {}).map((p) => p.toLowerCase()).sort();
      expect(tokens(v.message), `${k}: every $NAME$ in the message is declared`).toEqual(declared);
    }
  });

  it('holds every key the code asks t() for', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p); else if (/\.tsx?$/.test(f)) files.push(p);
      }
    };
    walk(join(root, 'src'));
    const used = new Set<string>();
    for (const f of files) for (const m of readFileSync(f, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_@]+)'/g)) used.add(m[1]!);
    expect(used.size).toBeGreaterThan(50);
    expect([...used].filter((k) => !(k in en))).toEqual([]);
  });
});

describe.each(['es', 'de'])('the %s catalogue', (lang) => {
  const cat = load(lang);

  it('has every English key', () => {
    expect(Object.keys(en).filter((k) => !(k in cat))).toEqual([]);
  });

  it('has no key that English lacks', () => {
    expect(Object.keys(cat).filter((k) => !(k in en))).toEqual([]);
  });

  it('keeps the same placeholders, and uses each of them in the message', () => {
    for (const [k, v] of Object.entries(en)) {
      const got = cat[k];
      if (!got) continue;
      expect(got.message.trim().length, `${lang}.${k} is empty`).toBeGreaterThan(0);
      expect(got.placeholders ?? {}, `${lang}.${k} placeholders`).toEqual(v.placeholders ?? {});
      expect(tokens(got.message), `${lang}.${k} uses the same $NAME$ tokens`).toEqual(tokens(v.message));
    }
  });

  it('is a translation, not a copy (brand names and short technical words aside)', () => {
    const same = Object.keys(en).filter((k) => cat[k]?.message === en[k]!.message);
    const copies = same.filter((k) => en[k]!.message.split(/\s+/).length > 3);
    expect(copies).toEqual([]);
  });
});

describe('t()', () => {
  it('fills placeholders from the English catalogue when the i18n API is absent', () => {
    expect(t('popupCount', '12')).toBe('Ended chats: 12');
    expect(t('imported', '1', '2', '3')).toBe('Imported: 1 added, 2 updated, 3 kept.');
  });
});
