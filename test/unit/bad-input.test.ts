// Issue 6, bad input: random and hostile values at every boundary — the protocol parser, the
// import parser and the store — never crash, always answer with a clear error or a valid value,
// and never lose what was stored.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseRequest, REQUESTS } from '../../src/shared/protocol';
import { parseExport, EXPORT_FORMAT } from '../../src/shared/record-check';
import { ThreadStore } from '../../src/background/store';
import { titleWords } from '../../src/shared/types';
import { parseThreadUrl } from '../../src/shared/urls';

beforeEach(() => { globalThis.indexedDB = new IDBFactory(); });

const hostile = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.constantFrom('\u200b\u200c\u200d\ufeff', '\u0000\u0001\u001f\u007f', 'ｅｎｄ\u202eｔｈｉｓ', '<img src=x onerror=alert(1)>',
    '__proto__', 'constructor', 'a'.repeat(100_000), '\ud800', 'ج😀Ωж中'),
);
const anyValue = fc.oneof(fc.anything(), hostile, fc.constant(null), fc.object(), fc.array(fc.anything()));

describe('protocol under random and hostile input', () => {
  const types = Object.keys(REQUESTS);
  it('never throws; refuses with a message, or returns a body of the declared shape', () => {
    fc.assert(fc.property(fc.oneof(fc.constantFrom(...types), hostile), anyValue, fc.constantFrom('content', 'page'),
      (type, body, priv) => {
        const r = parseRequest({ type, body }, priv as 'content' | 'page');
        if (!r.ok) { expect(typeof r.error).toBe('string'); expect(r.error.length).toBeGreaterThan(0); expect(r.error.length).toBeLessThan(400); }
        else expect(r.req.type).toBe(type);
      }), { numRuns: 3000 });
  });
  it('never lets a content script reach a page command', () => {
    fc.assert(fc.property(fc.constantFrom(...types.filter((t) => t.startsWith('page:'))), anyValue, (type, body) => {
      expect(parseRequest({ type, body }, 'content').ok).toBe(false);
    }));
  });
  it('refuses prototype tricks', () => {
    const r = parseRequest(JSON.parse('{"type":"content:undo","body":{"key":"chatgpt:abc","__proto__":{"admin":true}}}'), 'content');
    expect(r.ok).toBe(false);
  });
});

describe('import under random input', () => {
  it('never throws, and any accepted file holds only valid records', () => {
    fc.assert(fc.property(anyValue, (records) => {
      const r = parseExport(JSON.stringify({ format: EXPORT_FORMAT, version: 1, records }));
      if (r.ok) expect(Array.isArray(r.records)).toBe(true);
      else expect(r.error).toMatch(/./);
    }), { numRuns: 1000 });
    fc.assert(fc.property(fc.string({ maxLength: 2000 }), (text) => { expect(() => parseExport(text)).not.toThrow(); }));
  });
});

describe('urls and titles under hostile strings', () => {
  it('never throw', () => {
    fc.assert(fc.property(hostile, (s) => {
      expect(() => parseThreadUrl(s)).not.toThrow();
      expect(() => parseThreadUrl(`https://chatgpt.com/c/${s}`)).not.toThrow();
      const w = titleWords(s);
      expect(w.length).toBeLessThanOrEqual(40);
    }));
  });
});

describe('store under hostile titles and concurrent writes', () => {
  it('keeps every record, whatever the titles, with writes racing', async () => {
    const s = await ThreadStore.open();
    const titles = fc.sample(hostile, 60);
    await Promise.all(titles.map((title, i) => s.end({ key: `chatgpt:t${i}`, site: 'chatgpt', threadId: `t${i}`, url: `https://chatgpt.com/c/t${i}`,
      title: title.slice(0, 500), endedBy: i % 2 ? 'user' : 'policy', reason: { code: 'user-request', categories: [], turnIndexes: [] }, turnsAtEnd: i }, 1000 + i)));
    await Promise.all(titles.map((_, i) => (i % 3 === 0 ? s.setFeedback(`chatgpt:t${i}`, { rating: 'right' }) : Promise.resolve())));
    const all = await s.list({ limit: 1000 });
    expect(all.total).toBe(titles.length);
    for (const [i, title] of titles.entries()) expect((await s.get(`chatgpt:t${i}`))?.title).toBe(title.slice(0, 500));
    for (const q of fc.sample(hostile, 30)) await expect(s.list({ search: q })).resolves.toBeDefined();
  });
});
