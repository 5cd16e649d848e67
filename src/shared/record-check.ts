// Validation of thread records coming from outside the store: imported files, and records
// read back that may have been corrupted. A record either passes whole or is refused with a reason.
import { ENDED_BY, SITE_IDS, type ThreadRecord } from './types';
import { arrayOf, int, obj, oneOf, optional, str, type Check } from './validate';

const ts = int(0, 8_640_000_000_000_000);
export const recordCheck: Check<ThreadRecord> = obj({
  key: str(300, 3), site: oneOf(SITE_IDS), threadId: str(200, 1), status: oneOf(['active', 'ended'] as const),
  endedBy: optional(oneOf(ENDED_BY)),
  reason: optional(obj({ code: oneOf(['user-request', 'persistent-abuse', 'site-ended'] as const),
    categories: arrayOf(str(40), 20), turnIndexes: arrayOf(int(0, 1_000_000), 50) })),
  endedAt: optional(ts), turnsAtEnd: optional(int(0, 1_000_000)), undoUntil: optional(ts),
  title: str(500), url: str(4096), createdAt: ts, updatedAt: ts,
  branchOf: optional(obj({ key: str(300, 3), turn: int(0, 1_000_000) })),
  feedback: optional(obj({ rating: oneOf(['right', 'unexpected'] as const), comment: optional(str(2000)), at: ts })),
  endMarker: optional(str(200)), endMarkers: optional(arrayOf(str(200), 100)), reopenedAt: optional(ts), titleWords: optional(arrayOf(str(200), 40)),
}) as Check<ThreadRecord>;

export function checkRecord(v: unknown, where: string): { ok: true; value: ThreadRecord } | { ok: false; error: string } {
  const r = recordCheck(v, where);
  if (!r.ok) return r;
  const rec = r.value;
  if (rec.key !== `${rec.site}:${rec.threadId}`) return { ok: false, error: `${where}.key does not match its site and thread id` };
  if (rec.status === 'ended' && (rec.endedAt === undefined || !rec.endedBy)) return { ok: false, error: `${where} is ended but has no endedAt or endedBy` };
  return { ok: true, value: rec };
}

export const EXPORT_FORMAT = 'hangup-export';
export const EXPORT_VERSION = 1;

/** Parse an export file. Any bad record refuses the whole file, so a bad file changes nothing. */
export function parseExport(text: string): { ok: true; records: ThreadRecord[] } | { ok: false; error: string } {
  let data: unknown;
  try { data = JSON.parse(text); } catch { return { ok: false, error: 'The file is not valid JSON' }; }
  if (typeof data !== 'object' || data === null) return { ok: false, error: 'The file is not a Hangup export' };
  const d = data as { format?: unknown; version?: unknown; records?: unknown };
  if (d.format !== EXPORT_FORMAT) return { ok: false, error: 'The file is not a Hangup export (format field missing or different)' };
  if (d.version !== EXPORT_VERSION) return { ok: false, error: `Unsupported export version ${String(d.version)}; this Hangup reads version ${EXPORT_VERSION}` };
  if (!Array.isArray(d.records)) return { ok: false, error: 'The export has no records list' };
  if (d.records.length > 100_000) return { ok: false, error: 'The export has more than 100,000 records' };
  const out: ThreadRecord[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < d.records.length; i++) {
    const r = checkRecord(d.records[i], `records[${i}]`);
    if (!r.ok) return { ok: false, error: `Nothing was imported: ${r.error}` };
    if (seen.has(r.value.key)) return { ok: false, error: `Nothing was imported: records[${i}] repeats key ${r.value.key}` };
    seen.add(r.value.key);
    out.push(r.value);
  }
  return { ok: true, records: out };
}

const CSV_FIELDS = ['key', 'site', 'threadId', 'status', 'endedBy', 'reason', 'categories', 'endedAt', 'title', 'url',
  'branchOf', 'feedbackRating', 'feedbackComment'] as const;

const csvCell = (v: unknown): string => {
  let s = v === undefined || v === null ? '' : String(v);
  // Neutralise spreadsheet formulas (CSV injection) from titles and comments.
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function toCsv(records: readonly ThreadRecord[]): string {
  const rows = records.map((r) => [r.key, r.site, r.threadId, r.status, r.endedBy, r.reason?.code, r.reason?.categories.join(' '),
    r.endedAt ? new Date(r.endedAt).toISOString() : '', r.title, r.url, r.branchOf ? `${r.branchOf.key}#${r.branchOf.turn}` : '',
    r.feedback?.rating, r.feedback?.comment].map(csvCell).join(','));
  return [CSV_FIELDS.join(','), ...rows].join('\r\n') + '\r\n';
}
