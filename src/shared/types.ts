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
}

export type Preset = 'conservative' | 'standard' | 'strict';
export interface Settings {
  preset: Preset;
  allowReopen: boolean;
  disabledSites: SiteId[];
}
export const DEFAULT_SETTINGS: Settings = { preset: 'standard', allowReopen: false, disabledSites: [] };

export const threadKey = (site: SiteId, threadId: string): string => `${site}:${threadId}`;

export const UNDO_WINDOW_MS = 10_000;
