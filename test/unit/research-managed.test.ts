// The research export carries no text, URL, title, comment or thread id; the managed policy is
// parsed defensively and wins over the user's settings.
import { describe, expect, it } from 'vitest';
import { chartBuckets, researchCsv, researchJson, researchRows } from '../../src/shared/research';
import { applyManaged, managedFlags, parseManaged, refusedByPolicy } from '../../src/shared/managed';
import { DEFAULT_SETTINGS, type ThreadRecord } from '../../src/shared/types';

const DAY = Date.UTC(2026, 2, 10, 15, 30);
const rec = (i: number, over: Partial<ThreadRecord> = {}): ThreadRecord => ({
  key: `chatgpt:THREADID${i}`, site: 'chatgpt', threadId: `THREADID${i}`, status: 'ended', endedBy: 'policy',
  reason: { code: 'persistent-abuse', categories: ['harassment', 'MARKER-CAT with spaces'], turnIndexes: [3, 5, 7] },
  endedAt: DAY + i * 86_400_000, turnsAtEnd: 9, title: `MARKERTITLE ${i}`, url: `https://chatgpt.com/c/THREADID${i}?q=MARKERURL`,
  createdAt: DAY + i * 86_400_000 - 30 * 60_000, updatedAt: DAY, endMarker: 'MARKERMSG',
  feedback: { rating: 'unexpected', comment: 'MARKERCOMMENT', at: DAY }, ...over,
});

describe('research export', () => {
  const records = [rec(0), rec(1, { endedBy: 'user', reason: { code: 'user-request', categories: [], turnIndexes: [] }, feedback: undefined }),
    rec(2, { status: 'active', endedAt: undefined })];
  const rows = researchRows(records);
  it('one row per ending, with counts, coarse day and rating', () => {
    expect(rows).toHaveLength(2);
    const policy = rows.find((r) => r.endedBy === 'policy')!;
    expect(policy).toMatchObject({ day: '2026-03-10', site: 'chatgpt', reason: 'persistent-abuse', categories: ['harassment'],
      turnsAtEnd: 9, failedRedirections: 3, minutesToEnding: 30, feedback: 'unexpected' });
    expect(policy.id).toMatch(/^[0-9a-f]{16}$/);
    expect(rows.find((r) => r.endedBy === 'user')).toMatchObject({ failedRedirections: 0, feedback: null });
  });
  it('no marker from titles, URLs, comments, thread ids or message ids in JSON or CSV', () => {
    for (const text of [researchJson(rows, '2026-03-12'), researchCsv(rows)]) {
      for (const m of ['MARKER', 'THREADID', 'https:', 'chatgpt:']) expect(text).not.toContain(m);
    }
  });
  it('ids are new at every export', () => {
    expect(researchRows(records)[0]!.id).not.toBe(researchRows(records)[0]!.id);
  });
  it('chart buckets count endings and feedback per day', () => {
    const b = chartBuckets(rows);
    expect(b.map((x) => x.day)).toEqual(['2026-03-10', '2026-03-11']);
    expect(b[0]).toMatchObject({ policy: 1, unexpected: 1 });
    expect(b[1]).toMatchObject({ user: 1, right: 0 });
    const long = chartBuckets(Array.from({ length: 100 }, (_, i) => ({ day: new Date(DAY + i * 86_400_000).toISOString().slice(0, 10), endedBy: 'user' as const, feedback: null })), 30);
    expect(long.length).toBeLessThanOrEqual(30);
    expect(long.reduce((n, x) => n + x.user, 0)).toBe(100);
  });
});

describe('managed policy', () => {
  it('keeps well-formed fields only', () => {
    const { policy, ignored } = parseManaged({ preset: 'strict', allowReopen: 'yes', disabledSites: ['poe', 'nope'], hideOptions: true, extra: 1 });
    expect(policy).toEqual({ preset: 'strict', hideOptions: true });
    expect(ignored.sort()).toEqual(['allowReopen', 'disabledSites', 'extra']);
    expect(parseManaged(null).policy).toEqual({});
    expect(parseManaged({ enabledSites: ['chatgpt', 'claude'] }).policy.disabledSites).not.toContain('chatgpt');
    expect(parseManaged({ enabledSites: ['chatgpt', 'claude'] }).policy.disabledSites).toContain('gemini');
  });
  it('wins over the user\'s settings and refuses changes to what it fixes', () => {
    const p = parseManaged({ preset: 'conservative', allowReopen: false, disabledSites: ['grok'] }).policy;
    const eff = applyManaged({ ...DEFAULT_SETTINGS, preset: 'strict', allowReopen: true, disabledSites: ['poe'] }, p);
    expect(eff).toMatchObject({ preset: 'conservative', allowReopen: false, disabledSites: ['grok'] });
    expect(managedFlags(p)).toEqual({ preset: true, allowReopen: true, disabledSites: true });
    expect(refusedByPolicy({ preset: 'strict' }, p)).toBe('preset');
    expect(refusedByPolicy({ preset: 'conservative', retentionDays: 30 }, p)).toBeNull();
    expect(refusedByPolicy({ retentionDays: 30 }, { hideOptions: true })).toBe('retentionDays');
  });
});
