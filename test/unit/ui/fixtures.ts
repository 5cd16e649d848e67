// Records and a fake background for the popup/options UI tests.
import { DEFAULT_SETTINGS, type ThreadRecord, type Settings } from '../../../src/shared/types';

export const SITES = ['chatgpt', 'claude', 'gemini'] as const;

export function rec(i: number, over: Partial<ThreadRecord> = {}): ThreadRecord {
  const site = SITES[i % SITES.length]!;
  const by = (['user', 'policy', 'site'] as const)[i % 3]!;
  return {
    key: `${site}:t${i}`, site, threadId: `t${i}`, status: 'ended', endedBy: by,
    reason: { code: by === 'user' ? 'user-request' : by === 'policy' ? 'persistent-abuse' : 'site-ended', categories: by === 'policy' ? ['harassment'] : [], turnIndexes: [] },
    endedAt: Date.UTC(2026, 0, 1) + i * 60_000, title: `Thread ${i}`, url: `https://chatgpt.com/c/t${i}`,
    createdAt: 1, updatedAt: 2, ...over,
  };
}

export const settings = (over: Partial<Settings> = {}): Settings =>
  ({ ...DEFAULT_SETTINGS, ...over });
