// The research export: one anonymised row per ending, for people studying how endings go.
// What a row holds: reason code, categories, who ended it, the site (which chat service, or which
// self-hosted app kind, never an origin: a dozen coarse values, needed to compare how the policy
// behaves per site), turns at the end, the number of failed redirections behind a policy ending,
// minutes from the thread's first record to its ending when that is known, the feedback rating,
// and the UTC day. What it never holds: message text, titles, URLs, thread ids or keys, feedback
// comments (free text the user wrote), endMarkers, exact times. Each row gets a random id, new at
// every export, so rows cannot be joined across exports or back to a thread.
// Version 2 adds what the policy's stored state makes possible: rows for warnings that did not
// lead to an ending (endedBy empty, reason 'warned-not-ended'), and on every row the warnings
// given and the turns from the first warning to the ending.
import type { ThreadRecord } from './types';
import type { PolicyRecord } from '../background/policy-record';

export const RESEARCH_FORMAT = 'hangup-research';
export const RESEARCH_VERSION = 2;

export interface ResearchRow {
  id: string;
  day: string;
  site: string;
  endedBy: 'user' | 'policy' | 'site' | null;
  reason: string;
  categories: string[];
  turnsAtEnd: number | null;
  failedRedirections: number;
  minutesToEnding: number | null;
  feedback: 'right' | 'unexpected' | null;
  /** warnings the policy gave in the thread */
  warnings: number;
  /** turns from the policy's first warning to the ending (policy endings) */
  turnsFromWarning: number | null;
}

export const RESEARCH_FIELDS = ['id', 'day', 'site', 'endedBy', 'reason', 'categories', 'turnsAtEnd', 'failedRedirections',
  'minutesToEnding', 'feedback', 'warnings', 'turnsFromWarning'] as const;

const CATEGORY = /^[a-z0-9_/-]{1,40}$/;

function randomId(rand: () => string): string { return rand(); }
export const defaultRandomId = (): string => {
  const b = new Uint8Array(8);
  crypto.getRandomValues(b);
  return [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
};

export const dayOf = (ts: number): string => new Date(ts).toISOString().slice(0, 10);

/** Rows for every ended record and every warning that did not end a chat, ordered by day and then
 *  by their random ids (not by thread). */
export function researchRows(records: readonly ThreadRecord[], rand: () => string = defaultRandomId,
  policy: readonly PolicyRecord[] = []): ResearchRow[] {
  const rows: ResearchRow[] = [];
  const policyOf = new Map(policy.map((p) => [p.key, p]));
  const ended = new Set<string>();
  for (const r of records) {
    if (r.status !== 'ended' || r.endedAt === undefined) continue;
    const by = r.endedBy ?? 'user';
    const mins = r.createdAt < r.endedAt ? Math.round((r.endedAt - r.createdAt) / 60_000) : null;
    const p = policyOf.get(r.key);
    ended.add(r.key);
    rows.push({
      id: randomId(rand),
      day: dayOf(r.endedAt),
      site: r.site,
      endedBy: by,
      reason: r.reason?.code ?? (by === 'policy' ? 'persistent-abuse' : by === 'site' ? 'site-ended' : 'user-request'),
      // Category ids come from the policy; anything that does not look like one is left out.
      categories: (r.reason?.categories ?? []).filter((c) => CATEGORY.test(c)),
      turnsAtEnd: r.turnsAtEnd ?? null,
      failedRedirections: by === 'policy' ? (r.reason?.turnIndexes.length ?? 0) : 0,
      minutesToEnding: mins,
      feedback: r.feedback?.rating ?? null,
      warnings: p?.warnings ?? 0,
      turnsFromWarning: by === 'policy' && p?.firstWarnAt != null && p.state.endedAt !== null ? p.state.endedAt - p.firstWarnAt : null,
    });
  }
  for (const p of policy) {
    if (ended.has(p.key) || !p.warnings) continue;
    rows.push({ id: randomId(rand), day: dayOf(p.updatedAt), site: p.site, endedBy: null, reason: 'warned-not-ended', categories:
      p.state.categories.filter((c) => CATEGORY.test(c)), turnsAtEnd: null, failedRedirections: p.state.failedTurnIndexes.length,
      minutesToEnding: null, feedback: null, warnings: p.warnings, turnsFromWarning: null });
  }
  return rows.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function researchJson(rows: readonly ResearchRow[], today: string): string {
  return JSON.stringify({ format: RESEARCH_FORMAT, version: RESEARCH_VERSION, exportedOn: today,
    note: 'Anonymised: no message text, titles, URLs, thread ids or feedback comments.', fields: RESEARCH_FIELDS, rows }, null, 1);
}

const cell = (v: unknown): string => {
  const s = v === null || v === undefined ? '' : Array.isArray(v) ? v.join(' ') : String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function researchCsv(rows: readonly ResearchRow[]): string {
  return [RESEARCH_FIELDS.join(','), ...rows.map((r) => RESEARCH_FIELDS.map((f) => cell(r[f])).join(','))].join('\r\n') + '\r\n';
}

export interface ChartBucket { day: string; user: number; policy: number; site: number; right: number; unexpected: number }

/** Endings per who ended them and feedback per rating, per day (or per week when the span is long). */
export function chartBuckets(rows: readonly Pick<ResearchRow, 'day' | 'endedBy' | 'feedback'>[], maxBuckets = 30): ChartBucket[] {
  if (!rows.length) return [];
  const days = rows.map((r) => r.day).sort();
  const first = Date.parse(`${days[0]}T00:00:00Z`); const last = Date.parse(`${days[days.length - 1]}T00:00:00Z`);
  const spanDays = Math.round((last - first) / 86_400_000) + 1;
  const width = Math.max(1, Math.ceil(spanDays / maxBuckets));
  const n = Math.ceil(spanDays / width);
  const out: ChartBucket[] = Array.from({ length: n }, (_, i) => ({ day: dayOf(first + i * width * 86_400_000), user: 0, policy: 0, site: 0, right: 0, unexpected: 0 }));
  for (const r of rows) {
    const i = Math.floor((Date.parse(`${r.day}T00:00:00Z`) - first) / 86_400_000 / width);
    const b = out[i];
    if (!b) continue;
    if (!r.endedBy) continue; // a warning that did not end a chat is not an ending
    b[r.endedBy]++;
    if (r.feedback) b[r.feedback]++;
  }
  return out;
}
