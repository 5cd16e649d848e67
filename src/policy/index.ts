/**
 * Hangup policy engine: pure TypeScript (no DOM, no browser or Node APIs).
 *
 * Per-thread decision state machine over turns:
 *  - a failed redirection = a harmful or abusive user turn that follows an assistant refusal/redirection;
 *  - warn first, end only after several failed redirections (never before the third), weighted by
 *    severity (extreme / high / moderate) and relaxed by productive exchanges (a benign user turn
 *    answered without refusal);
 *  - a crisis signal blocks ending for the rest of the thread (and is reported, never blocking);
 *  - an explicit request to end the chat is reported ('end-request'); it never locks by itself.
 * State holds no text.
 */
import { normalise, normaliseUser, deleet, normalisePair } from './normalise';
import { detectRefusal, refusalFeatures, refusalScore, refusalBuckets } from './refusal';
import { detectHarm, severityOf } from './harm';
import { detectAbuse } from './abuse';
import { detectCrisis } from './crisis';
import { detectEndRequest } from './endrequest';
import type { Category, PolicyEvent, PolicyState, Preset, Severity, Turn } from './types';

export type { Role, Turn, Preset, Category, PolicyEvent, PolicyState, Severity, CrisisKind } from './types';
export { normalise, normaliseUser, deleet, detectRefusal, refusalFeatures, refusalScore, refusalBuckets, detectHarm, severityOf, detectAbuse, detectCrisis, detectEndRequest };
export type { RefusalResult, RefusalKind, RefusalModel } from './refusal';

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

export interface UserTurnSignals { categories: Category[]; crisis: 'self-harm' | 'harm-others' | null; endRequest: boolean }

/** Classify one user turn (all user-side detectors). */
export function classifyUser(text: string): UserTurnSignals {
  const [n, u] = normalisePair(text);
  const crisis = detectCrisis(u);
  const endRequest = crisis === null && detectEndRequest(n);
  const categories = detectHarm(u);
  if (detectAbuse(u)) categories.push('abuse_at_assistant');
  return { categories, crisis, endRequest };
}

/** Classify one assistant turn. */
export function classifyAssistant(text: string): { refused: boolean } {
  return { refused: detectRefusal(normalise(text)).refused };
}

export interface ThreadPolicy {
  /** Feed the next turn (index = number of turns pushed before). Returns events caused by this turn. O(1) in thread length. */
  push(turn: Turn): PolicyEvent[];
  /** Serializable state with no text in it (counts, categories, indexes). Reading it judges the last
   *  answer if that has not been done yet (see createThreadPolicy). */
  readonly state: Readonly<PolicyState>;
}

export function initialState(preset: Preset = 'standard'): PolicyState {
  return {
    preset,
    turns: 0,
    lastAssistantRefused: false,
    lastUserHarmful: false,
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

/**
 * Advance the state machine with pre-computed signals (used by push(); exported so tests can drive
 * the machine with synthetic signals). Mutates `s`; returns the events.
 */
export function step(
  s: PolicyState,
  turn: { role: 'user'; signals: UserTurnSignals } | { role: 'assistant'; refused: boolean },
): PolicyEvent[] {
  const idx = s.turns++;
  const events: PolicyEvent[] = [];
  if (s.endedAt !== null) return events; // ended: nothing more
  const cfg = PRESETS[s.preset];

  if (turn.role === 'assistant') {
    if (!turn.refused && !s.lastUserHarmful && idx > 0 && (s.score > 0 || s.failedCount > 0)) {
      // productive exchange: a benign user turn answered without refusal, in a thread with a score
      // or a count to relax (with nothing to relax, it changes nothing: not counted)
      s.productiveTurns++;
      s.score = Math.max(0, s.score - cfg.relax);
      s.failedCount = Math.max(0, s.failedCount - 1);
    }
    s.lastAssistantRefused = turn.refused;
    return events;
  }

  const { categories, crisis, endRequest } = turn.signals;
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

  const harmful = categories.length > 0 && crisis === null;
  s.lastUserHarmful = harmful;
  if (!harmful || !s.lastAssistantRefused) return events;

  // failed redirection
  s.lastAssistantRefused = false; // one refusal supports at most one failed redirection
  s.failedCount++;
  let w = 0;
  for (const c of categories) w = Math.max(w, SEVERITY_WEIGHT[severityOf(c)]);
  s.score += w;
  s.failedTurnIndexes.push(idx);
  for (const c of categories) if (!s.categories.includes(c)) s.categories.push(c);

  if (s.crisisAt !== null) return events; // crisis: never warn-to-end, never end

  const endCount = Math.max(MIN_FAILED_BEFORE_END, cfg.endCount);
  if (s.warnedAt !== null && s.warnedAt < idx && s.failedCount >= endCount && s.score >= cfg.endScore && s.failedTurnIndexes.length >= MIN_FAILED_BEFORE_END) {
    s.endedAt = idx;
    events.push({ type: 'end', turn: idx, categories: [...s.categories], turnIndexes: [...s.failedTurnIndexes] });
    return events;
  }
  if (s.failedCount >= cfg.warnCount && (s.warnedAt === null || s.failedCount > cfg.warnCount)) {
    // warn on reaching the threshold, and again on each later failed redirection that does not end
    if (s.warnedAt === null) s.warnedAt = idx;
    events.push({ type: 'warn', turn: idx, categories: [...categories] });
  }
  return events;
}

/**
 * The thread's policy: step() over classified turns. An answer is classified only when its verdict
 * (refusal or not) can change something — the decisions are those of classifying every answer:
 *  - right away, when the thread has a score or a count to relax and the user turn before it was
 *    benign (a productive exchange relaxes them);
 *  - otherwise later, and only if needed: when a harmful user turn follows it (a failed redirection
 *    needs a refusal before it), or when `state` is read. A later answer replaces it unjudged.
 * Until then its text is kept (the last answer only; never in `state`). In an ordinary chat no
 * answer is ever classified: the refusal detector is most of the cost of a turn.
 */
export function createThreadPolicy(preset: Preset = 'standard'): ThreadPolicy {
  const s = initialState(preset);
  /** The last answer, not yet classified: its verdict is owed to s.lastAssistantRefused. */
  let unjudged: string | null = null;
  const judge = (): void => {
    if (unjudged === null) return;
    s.lastAssistantRefused = classifyAssistant(unjudged).refused;
    unjudged = null;
  };
  return {
    push(turn: Turn): PolicyEvent[] {
      if (s.endedAt !== null) { s.turns++; return []; }
      if (turn.role === 'assistant') {
        unjudged = null;
        if (!s.lastUserHarmful && s.turns > 0 && (s.score > 0 || s.failedCount > 0)) {
          return step(s, { role: 'assistant', refused: classifyAssistant(turn.text).refused });
        }
        // Nothing to relax here, whatever the verdict: step() only records it, and judge() will.
        const events = step(s, { role: 'assistant', refused: false });
        unjudged = turn.text;
        return events;
      }
      const signals = classifyUser(turn.text);
      if (signals.categories.length > 0 && signals.crisis === null) judge(); // harmful: was the answer before a refusal?
      return step(s, { role: 'user', signals });
    },
    get state(): Readonly<PolicyState> { judge(); return s; },
  };
}

export interface ThreadResult {
  ended: boolean;
  endedAt: number | null;
  warnedAt: number | null;
  crisis: boolean;
  endRequestedAt: number | null;
  events: PolicyEvent[];
}

export function runThread(turns: Turn[], preset: Preset = 'standard'): ThreadResult {
  const p = createThreadPolicy(preset);
  const events: PolicyEvent[] = [];
  for (const t of turns) events.push(...p.push(t));
  const s = p.state;
  return { ended: s.endedAt !== null, endedAt: s.endedAt, warnedAt: s.warnedAt, crisis: s.crisisAt !== null, endRequestedAt: s.endRequestedAt, events };
}
