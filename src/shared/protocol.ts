// The typed message protocol. Names say the direction: `content:*` from a content script,
// `page:*` from an extension page (popup, options), `bg:*` pushed by the background.
// Every request is validated here before any handler sees it.
import { ENDED_BY, SITE_IDS, type ThreadRecord, type Settings, type ReasonStats, type ManagedFlags } from './types';
import { arrayOf, bool, int, nullable, obj, oneOf, optional, refine, str, type Check, type Infer } from './validate';
import type { PolicyEvent } from '../policy/types';
import type { LearnedModels } from '../policy/learned';
import type { PolicyView } from './policy-view';

export type Privilege = 'content' | 'page';

const siteId = oneOf(SITE_IDS);
const key = str(300, 3);
const url = str(4096, 8);
const title = str(500);
const reason = obj({
  code: oneOf(['user-request', 'persistent-abuse', 'site-ended'] as const),
  categories: arrayOf(str(40), 20),
  turnIndexes: arrayOf(int(0, 1_000_000), 50),
});
const feedback = obj({ rating: oneOf(['right', 'unexpected'] as const), comment: optional(str(2000)) });
const preset = oneOf(['conservative', 'standard', 'strict'] as const);
export const CATEGORIES = ['sexual_minors', 'mass_casualty', 'violent', 'harassment', 'abuse_at_assistant', 'sexual_explicit',
  'nonviolent_crime', 'cyber'] as const;
/** One judged turn: the detectors' verdict, never its text. A user turn cannot refuse; an answer
 *  has no categories, crisis, end request or insistence (a page that says otherwise is refused). */
const turnSignal = refine(obj({
  id: str(200, 1),
  role: oneOf(['user', 'assistant'] as const),
  categories: arrayOf(oneOf(CATEGORIES), CATEGORIES.length),
  refused: bool,
  crisis: nullable(oneOf(['self-harm', 'harm-others'] as const)),
  endRequest: bool,
  insists: bool,
  live: bool,
}), (t) => (t.role === 'user' ? (t.refused ? 'is a user turn and cannot be a refusal' : null)
  : t.categories.length || t.crisis || t.endRequest || t.insists ? 'is an answer and can only say whether it refused' : null));
/** Signals per message: a page sends what appeared since its last message, in slices. */
export const MAX_SIGNALS = 200;

/** Request bodies, with the least privilege that may send each. */
export const REQUESTS = {
  'content:hello': { privilege: 'content', body: obj({ key: optional(key), site: siteId, url, title: optional(title) }) },
  'content:end': {
    privilege: 'content',
    body: obj({ key, url, title, endedBy: oneOf(ENDED_BY), reason, turnsAtEnd: int(0, 1_000_000), endMarker: optional(str(200)) }),
  },
  /** Branch into a new chat: the conversation text is held in memory for this tab only, until claimed. */
  'content:branch-start': { privilege: 'content', body: obj({ fromKey: key, turn: int(0, 1_000_000), text: str(200_000) }) },
  'content:branch-claim': { privilege: 'content', body: obj({}) },
  /** A page at an origin the user added: which self-hosted app it is (null: not added). */
  'content:site-kind': { privilege: 'content', body: obj({}) },
  /** The policy's learned models (weights only, no text): too large for the content script's
   *  bundle, so the background hands them over once per page. */
  'content:model': { privilege: 'content', body: obj({}) },
  /** The Spanish/German policy rules (code, no text): injected into the sender's own frame, once the
   *  page has a Spanish or German turn (src/policy/lang-pack.ts). */
  'content:lang-pack': { privilege: 'content', body: obj({}) },
  'content:branch-link': { privilege: 'content', body: obj({ key, url, title, branchOf: obj({ key, turn: int(0, 1_000_000) }) }) },
  'content:undo': { privilege: 'content', body: obj({ key }) },
  /** The policy's per-turn signals of the thread the tab shows, from position `from` on; `truncate`:
   *  the page shows no turns after them (an edit or a regenerate removed them). `endMarker` and
   *  `turns` describe the page, for the record if these turns end the chat. */
  'content:turns': {
    privilege: 'content',
    body: obj({ key, url, title, from: int(0, 1_000_000), signals: arrayOf(turnSignal, MAX_SIGNALS), truncate: bool,
      turns: int(0, 1_000_000), endMarker: optional(str(200)) }),
  },
  /** The user closed the crisis card: it stays closed for this thread. */
  'content:crisis-dismiss': { privilege: 'content', body: obj({ key }) },
  'content:feedback': { privilege: 'content', body: obj({ key, feedback }) },
  'page:get': { privilege: 'page', body: obj({ key }) },
  'page:tab-thread': { privilege: 'page', body: obj({ tabId: int(0) }) },
  /** How the policy stands in a thread (no text: counts and flags). */
  'page:policy': { privilege: 'page', body: obj({ key }) },
  'page:end-tab': { privilege: 'page', body: obj({ tabId: int(0) }) },
  'page:list': {
    privilege: 'page',
    body: obj({ site: optional(siteId), endedBy: optional(oneOf(ENDED_BY)), search: optional(str(200)),
      sort: optional(oneOf(['newest', 'oldest'] as const)), offset: optional(int(0)), limit: optional(int(1, 100_000)) }),
  },
  'page:branches': { privilege: 'page', body: obj({ key }) },
  'page:reopen': { privilege: 'page', body: obj({ key }) },
  'page:stats': { privilege: 'page', body: obj({}) },
  'page:export': { privilege: 'page', body: obj({ format: oneOf(['json', 'csv'] as const) }) },
  'page:import': { privilege: 'page', body: obj({ text: str(50_000_000) }) },
  'page:wipe': { privilege: 'page', body: obj({ confirm: oneOf(['wipe'] as const) }) },
  'page:feedback': { privilege: 'page', body: obj({ key, feedback }) },
  'page:undo': { privilege: 'page', body: obj({ key }) },
  'page:delete': { privilege: 'page', body: obj({ key }) },
  'page:settings-get': { privilege: 'page', body: obj({}) },
  'page:settings-set': {
    privilege: 'page',
    body: obj({ preset: optional(preset), allowReopen: optional(bool), disabledSites: optional(arrayOf(siteId, 20)),
      retentionDays: optional(int(0, 36_500)), branchControls: optional(oneOf(['hover', 'always'] as const)),
      selfHosted: optional(arrayOf(obj({ origin: str(300, 8), kind: oneOf(['openwebui', 'librechat', 'huggingchat'] as const) }), 50)) }),
  },
  /** Sync through the browser's storage.sync: on or off, and how it stands. */
  'page:sync-set': { privilege: 'page', body: obj({ enabled: bool }) },
  'page:sync-status': { privilege: 'page', body: obj({}) },
  /** Anonymised endings and feedback for research: no text, URLs, titles or thread ids. */
  'page:research-export': { privilege: 'page', body: obj({ format: oneOf(['json', 'csv'] as const) }) },
} as const satisfies Record<string, { privilege: Privilege; body: Check<unknown> }>;

export type RequestType = keyof typeof REQUESTS;
export type RequestBody<T extends RequestType> = Infer<(typeof REQUESTS)[T]['body']>;

export interface SyncStatusReply {
  enabled: boolean; items: number; bytes: number; entries: number; lastSync: number | null;
  /** set while sync is local only: the quota or limit that stopped it */
  degraded?: 'quota-bytes' | 'quota-items' | 'quota-item-size' | 'write-rate' | 'error';
  retryAt?: number;
}
export interface HelloReply {
  record: ThreadRecord | null; endedIds: string[]; settings: Settings; storage: 'persistent' | 'memory';
  /** The policy in this thread: what it stands at, and the identities of the turns already judged. */
  policy: { view: PolicyView | null; ids: string[] } | null;
}
export interface TabThreadReply { supported: boolean; site?: string; key?: string; record: ThreadRecord | null; title?: string; policy?: PolicyView | null }
export interface TurnsReply {
  view: PolicyView | null; events: PolicyEvent[];
  /** set when these turns ended the chat */
  record: ThreadRecord | null;
  /** the page skipped ahead of what is stored: the stored ids to start again from */
  resync?: string[];
}
export type { PolicyView };

export interface ResponseMap {
  'content:hello': HelloReply;
  'content:end': ThreadRecord;
  'content:undo': ThreadRecord | null;
  'content:feedback': ThreadRecord;
  'content:turns': TurnsReply;
  'content:crisis-dismiss': PolicyView | null;
  'content:branch-start': { ok: true };
  'content:branch-claim': { text: string; fromKey: string; turn: number } | null;
  'content:site-kind': 'openwebui' | 'librechat' | 'huggingchat' | null;
  'content:model': LearnedModels;
  'content:lang-pack': { injected: true };
  'content:branch-link': ThreadRecord;
  'page:branches': ThreadRecord[];
  'page:reopen': ThreadRecord;
  'page:stats': ReasonStats[];
  'page:export': { filename: string; mime: string; text: string };
  'page:import': { added: number; updated: number; kept: number };
  'page:wipe': { wiped: true };
  'page:get': ThreadRecord | null;
  'page:tab-thread': TabThreadReply;
  'page:policy': PolicyView | null;
  'page:end-tab': ThreadRecord;
  'page:list': { records: ThreadRecord[]; total: number };
  'page:feedback': ThreadRecord;
  'page:undo': ThreadRecord | null;
  'page:delete': { deleted: boolean };
  'page:settings-get': Settings & { storage?: 'persistent' | 'memory'; managed?: ManagedFlags };
  'page:sync-set': SyncStatusReply;
  'page:sync-status': SyncStatusReply;
  'page:research-export': { filename: string; mime: string; text: string };
  'page:settings-set': Settings;
}

/** What the background answers: never throws across the boundary. */
export type Reply<T> = { ok: true; data: T } | { ok: false; error: string };

/** Pushed from the background to every tab that shows the thread. */
export interface ThreadChangedPush { type: 'bg:thread-changed'; key: string; record: ThreadRecord | null }
/** Many records changed at once (import, wipe): re-read everything. */
export interface RefreshPush { type: 'bg:refresh' }
/** The user asked to end the chat in this tab (shortcut or context menu): open the confirmation. */
export interface AskEndPush { type: 'bg:ask-end' }
/** The policy's state in a thread changed (another tab's turns, an edit): cards follow it. */
export interface PolicyPush { type: 'bg:policy'; key: string; view: PolicyView | null; events: PolicyEvent[] }
export type BackgroundPush = ThreadChangedPush | RefreshPush | AskEndPush | PolicyPush;

export type ParsedRequest =
  { [T in RequestType]: { type: T; body: RequestBody<T> } }[RequestType];

/**
 * Validate an incoming message against the sender's privilege. Extension pages may send
 * everything; content scripts only `content:*`. Unknown, malformed or over-privileged
 * messages are refused with a message that says why.
 */
export function parseRequest(msg: unknown, privilege: Privilege): { ok: true; req: ParsedRequest } | { ok: false; error: string } {
  if (typeof msg !== 'object' || msg === null || Array.isArray(msg)) return { ok: false, error: 'Message must be an object' };
  const { type, body, ...rest } = msg as Record<string, unknown>;
  if (Object.keys(rest).length) return { ok: false, error: `Unexpected field "${Object.keys(rest)[0]}" in message` };
  if (typeof type !== 'string' || !Object.hasOwn(REQUESTS, type)) return { ok: false, error: `Unknown message type "${String(type).slice(0, 60)}"` };
  const spec = REQUESTS[type as RequestType];
  if (spec.privilege === 'page' && privilege !== 'page') {
    return { ok: false, error: `"${type}" may only be sent by an extension page, not by a content script` };
  }
  const r = spec.body(body ?? {}, 'body');
  if (!r.ok) return { ok: false, error: `Invalid "${type}": ${r.error}` };
  return { ok: true, req: { type, body: r.value } as ParsedRequest };
}
