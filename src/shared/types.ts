// Data shapes shared by background, content script and extension pages.
// Nothing here may hold message text: only keys, categories, counts and indexes.

export const SITE_IDS = [
  'chatgpt', 'claude', 'gemini', 'grok', 'copilot', 'perplexity',
  'deepseek', 'lechat', 'poe', 'huggingchat', 'openwebui', 'librechat',
] as const;
export type SiteId = (typeof SITE_IDS)[number];

export type EndedBy = 'user' | 'policy' | 'site';
export const ENDED_BY: readonly EndedBy[] = ['user', 'policy', 'site'];

export type ThreadStatus = 'active' | 'ended';

/** Why a thread ended. Codes, categories and turn indexes, never text. */
export interface EndReason {
  code: 'user-request' | 'persistent-abuse' | 'site-ended';
  categories: string[];
  turnIndexes: number[];
}

export type FeedbackRating = 'right' | 'unexpected';
export interface Feedback { rating: FeedbackRating; comment?: string; at: number }

export interface ThreadRecord {
  /** `${site}:${threadId}` — the primary key */
  key: string;
  site: SiteId;
  threadId: string;
  status: ThreadStatus;
  endedBy?: EndedBy;
  reason?: EndReason;
  endedAt?: number;
  /** Number of turns visible when the thread ended: the lock follows the path that contains it. */
  turnsAtEnd?: number;
  /** Until this time the user may undo their own ending. */
  undoUntil?: number;
  title: string;
  url: string;
  createdAt: number;
  updatedAt: number;
  branchOf?: { key: string; turn: number };
  feedback?: Feedback;
  /** Site message id of the last turn visible when the thread ended: where the site edits in
   *  place, the lock follows the path that still contains it. Not text. */
  endMarker?: string;
  /** Further endings on other paths of the same thread (a branch that was ended again). */
  endMarkers?: string[];
  reopenedAt?: number;
  /** Lower-cased title words, for the title-search index (schema v3). */
  titleWords?: string[];
}

export interface ReasonStats { code: string; endings: number; right: number; unexpected: number }

export type Preset = 'conservative' | 'standard' | 'strict';
export type SelfHostedKind = 'openwebui' | 'librechat' | 'huggingchat';
export interface SelfHostedOrigin { origin: string; kind: SelfHostedKind }
export interface Settings {
  preset: Preset;
  allowReopen: boolean;
  disabledSites: SiteId[];
  /** Ended-thread records older than this many days are deleted; 0 keeps them forever. */
  retentionDays: number;
  selfHosted: SelfHostedOrigin[];
  /** Mirror ended threads (keys, status, reason; never text, titles or URLs) through storage.sync. Off by default. */
  syncEnabled: boolean;
  /** "Branch from here" under the user's messages: on hover/focus (default; always in an ended chat) or always. */
  branchControls: 'hover' | 'always';
}
export const DEFAULT_SETTINGS: Settings = { preset: 'standard', allowReopen: false, disabledSites: [], retentionDays: 0, selfHosted: [], syncEnabled: false,
  branchControls: 'hover' };

/** Settings an administrator can fix through `storage.managed` (see managed_schema.json). */
export interface ManagedPolicy {
  preset?: Preset;
  allowReopen?: boolean;
  disabledSites?: SiteId[];
  /** Hide the options page's controls: every setting is then fixed. */
  hideOptions?: boolean;
}
/** Which settings the policy fixes: the options page locks those controls. */
export type ManagedFlags = Partial<Record<'preset' | 'allowReopen' | 'disabledSites' | 'hideOptions', true>>;

export function titleWords(title: string): string[] {
  const words = title.normalize('NFKC').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
  return [...new Set(words)].slice(0, 40);
}

export const threadKey = (site: SiteId, threadId: string): string => `${site}:${threadId}`;

export const UNDO_WINDOW_MS = 10_000;
