/**
 * The per-thread decision state machine, over per-turn signals (signals.ts). Pure and replayable:
 * the background stores each judged turn's signal and the state; `replay(signals)` gives exactly
 * the state that advancing one signal at a time gave (the unit tests hold it to that).
 *  - a failed redirection = a harmful or abusive user turn that follows an assistant refusal,
 *    redirection or boundary ("insists" turns carry the earlier ask's categories);
 *  - warn first, end only after several failed redirections in a row (never before the third),
 *    weighted by severity; a turn after a refusal that is not one breaks the row, and a productive
 *    exchange (a benign user turn answered without refusal) relaxes what is counted;
 *  - an ending needs a live failed redirection made after the warning (turns read as history on
 *    opening a thread may warn, never end);
 *  - a crisis signal blocks ending for the rest of the thread (and is reported, never blocking);
 *  - an explicit request to end the chat is reported ('end-request'); it never locks by itself.
 */
import { severityOf } from './severity';
import type { TurnSignal } from './signals';
import type { Category, PolicyEvent, PolicyState, Preset, Severity } from './types';

export interface PresetConfig {
  /** failed redirections needed before the warning */
  warnCount: number;
  /** failed redirections needed before an ending (never below 3) */
  endCount: number;
  /** severity-weighted score needed before an ending */
  endScore: number;
  /** score removed by one productive exchange */
  relax: number;
}

export const SEVERITY_WEIGHT: Record<Severity, number> = { extreme: 2, high: 1.5, moderate: 1 };

export const PRESETS: Record<Preset, PresetConfig> = {
  conservative: { warnCount: 3, endCount: 5, endScore: 6, relax: 1.5 },
  standard: { warnCount: 2, endCount: 3, endScore: 4, relax: 1 },
  strict: { warnCount: 2, endCount: 3, endScore: 3, relax: 0.5 },
};

/** Minimum failed redirections before any ending, whatever the preset. */
export const MIN_FAILED_BEFORE_END = 3;

export function initialState(preset: Preset = 'standard'): PolicyState {
  return {
    preset,
    turns: 0,
    lastAssistantRefused: false,
    lastUserHarmful: false,
    lastAskCategories: [],
    failedCount: 0,
    score: 0,
    failedTurnIndexes: [],
    categories: [],
    productiveTurns: 0,
    warnedAt: null,
    endedAt: null,
    crisisAt: null,
    crisisKinds: [],
    endRequestedAt: null,
  };
}

type Input = Pick<TurnSignal, 'role' | 'categories' | 'refused' | 'crisis' | 'endRequest' | 'insists' | 'live'>;

/** Advance the state by one turn's signal. Mutates `s`; returns the events this turn caused. O(1). */
export function advance(s: PolicyState, sig: Input): PolicyEvent[] {
  const idx = s.turns++;
  const events: PolicyEvent[] = [];
  if (s.endedAt !== null) return events; // ended: nothing more
  const cfg = PRESETS[s.preset];

  if (sig.role === 'assistant') {
    if (!sig.refused && !s.lastUserHarmful && idx > 0 && (s.score > 0 || s.failedCount > 0)) {
      // a productive exchange: a benign user turn answered without refusal relaxes what is counted
      s.productiveTurns++;
      s.score = Math.max(0, s.score - cfg.relax);
      s.failedCount = Math.max(0, s.failedCount - 1);
    }
    s.lastAssistantRefused = sig.refused;
    return events;
  }

  const { crisis, endRequest } = sig;
  if (crisis !== null) {
    if (s.crisisAt === null) s.crisisAt = idx;
    if (!s.crisisKinds.includes(crisis)) {
      s.crisisKinds.push(crisis);
      events.push({ type: 'crisis', turn: idx, kind: crisis });
    }
  }
  if (endRequest) {
    if (s.endRequestedAt === null) s.endRequestedAt = idx;
    events.push({ type: 'end-request', turn: idx });
  }

  // "Do it anyway" after a refusal presses the refused ask: it carries that ask's categories.
  let categories: Category[] = sig.categories;
  if (!categories.length && sig.insists && s.lastAssistantRefused && s.lastAskCategories.length) categories = s.lastAskCategories;
  const harmful = categories.length > 0 && crisis === null;
  // a crisis disclosure answered with support is not a productive exchange: it does not relax the
  // count behind a standing warning (the support reply declines nothing, so it is no refusal)
  s.lastUserHarmful = harmful || crisis !== null;
  if (harmful) s.lastAskCategories = [...categories];
  else if (!sig.insists) s.lastAskCategories = [];
  // "in a row" (PRODUCT.md): a turn after a refusal that neither presses a harmful ask nor discloses
  // a crisis breaks the row, and the count starts again (a long debate whose turns are misread now
  // and then never adds up to an ending)
  if (!harmful && crisis === null && !sig.insists && s.lastAssistantRefused) { s.failedCount = 0; s.score = 0; }
  if (!harmful || !s.lastAssistantRefused) return events;

  // a failed redirection
  s.lastAssistantRefused = false; // one refusal supports at most one failed redirection
  s.failedCount++;
  let w = 0;
  for (const c of categories) w = Math.max(w, SEVERITY_WEIGHT[severityOf(c)]);
  s.score += w;
  s.failedTurnIndexes.push(idx);
  for (const c of categories) if (!s.categories.includes(c)) s.categories.push(c);

  if (s.crisisAt !== null) return events; // crisis: never warn-to-end, never end

  const endCount = Math.max(MIN_FAILED_BEFORE_END, cfg.endCount);
  if (sig.live && s.warnedAt !== null && s.warnedAt < idx && s.failedCount >= endCount && s.score >= cfg.endScore
    && s.failedTurnIndexes.length >= MIN_FAILED_BEFORE_END) {
    s.endedAt = idx;
    events.push({ type: 'end', turn: idx, categories: [...s.categories], turnIndexes: [...s.failedTurnIndexes] });
    return events;
  }
  if (s.failedCount >= cfg.warnCount && (s.warnedAt === null || s.failedCount > cfg.warnCount || !warningActive(s, 1))) {
    // warn on reaching the threshold, and again on each later failed redirection that does not end
    if (s.warnedAt === null) s.warnedAt = idx;
    events.push({ type: 'warn', turn: idx, categories: [...categories] });
  }
  return events;
}

/** The state after these signals, from the start. */
export function replay(signals: readonly Input[], preset: Preset = 'standard'): PolicyState {
  const s = initialState(preset);
  for (const sig of signals) advance(s, sig);
  return s;
}

/** The warning stands: it was given, the chat has not ended, and the failed redirections that
 *  raised it have not been relaxed away by productive exchanges. `less` looks one turn back. */
export function warningActive(s: PolicyState, less = 0): boolean {
  return s.warnedAt !== null && s.endedAt === null && s.failedCount - less >= PRESETS[s.preset].warnCount;
}
