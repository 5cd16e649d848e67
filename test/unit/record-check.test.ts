import { describe, expect, it } from 'vitest';
import { parseExport, toCsv, EXPORT_FORMAT } from '../../src/shared/record-check';
import type { ThreadRecord } from '../../src/shared/types';

const rec = (over: Partial<ThreadRecord> = {}): ThreadRecord => ({
  key: 'chatgpt:a1', site: 'chatgpt', threadId: 'a1', status: 'ended', endedBy: 'user', endedAt: 5,
  reason: { code: 'user-request', categories: [], turnIndexes: [] }, title: 'Hello', url: 'https://chatgpt.com/c/a1',
  createdAt: 1, updatedAt: 5, ...over,
});
const file = (records: unknown[], extra = {}) => JSON.stringify({ format: EXPORT_FORMAT, version: 1, records, ...extra });

describe('import validation', () => {
  it('accepts a good file', () => {
    const r = parseExport(file([rec(), rec({ key: 'claude:b', site: 'claude', threadId: 'b' })]));
    expect(r.ok && r.records.length).toBe(2);
  });
  it.each([
    ['not json', '{', /not valid JSON/],
    ['another format', JSON.stringify({ format: 'other', version: 1, records: [] }), /not a Hangup export/],
    ['a future version', file([], { version: 9 }), /Unsupported export version 9/],
    ['no records', JSON.stringify({ format: EXPORT_FORMAT, version: 1 }), /no records list/],
    ['a bad site', file([rec(), rec({ site: 'evil' as never })]), /records\[1\]\.site must be one of/],
    ['a key that lies', file([rec({ key: 'chatgpt:zzz' })]), /key does not match/],
    ['an ended record without time', file([rec({ endedAt: undefined })]), /no endedAt/],
    ['message text smuggled in', file([{ ...rec(), text: 'secret' }]), /records\[0\]\.text is not an allowed field/],
    ['a duplicate key', file([rec(), rec()]), /repeats key/],
  ])('refuses %s, and says why', (_name, text, why) => {
    const r = parseExport(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(why);
  });
});

describe('CSV export', () => {
  it('quotes, and neutralises formulas', () => {
    const csv = toCsv([rec({ title: '=HYPERLINK("x")', feedback: { rating: 'right', comment: 'a, "b"', at: 1 } })]);
    expect(csv.split('\r\n')[0]).toMatch(/^key,site,threadId,status/);
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
    expect(csv).toContain('"a, ""b"""');
  });
});
