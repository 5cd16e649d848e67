/**
 * Hangup policy engine: pure TypeScript (no DOM, no browser or Node APIs).
 *
 * Two halves with a seam of per-turn signals and no text between them:
 *  - classify.ts: detectors read one turn's text in memory and give its verdict (content script);
 *  - machine.ts: the per-thread state machine applies the thread's context to the signals
 *    (background, over the signals it stores; replayable).
 * createThreadPolicy / runThread join the two for the unit tests, the eval and the CLI.
 */
import { normalise, normaliseUser, deleet } from './normalise';
import { detectRefusal, detectRefusalRules, refusalFeatures, refusalBuckets } from './refusal';
import { detectHarm, severityOf } from './harm';
import { detectAbuse } from './abuse';
import { detectCrisis } from './crisis';
import { detectEndRequest } from './endrequest';
import { classifyTurn, classifyTurnWith } from './classify';
import type { LearnedModels } from './learned';
import { LEARNED } from './learned-model';
import { useModels } from './model-slot';
import { useLangPack } from './lang-pack';
import { ES_DE_PACK } from './lang-pack-es-de';
import { advance, initialState } from './machine';
import type { TurnSignal } from './signals';
import type { PolicyEvent, PolicyState, Preset, Turn } from './types';

export type { Role, Turn, Preset, Category, PolicyEvent, PolicyState, Severity, CrisisKind } from './types';
export type { TurnSignal, TurnVerdict } from './signals';
export { normalise, normaliseUser, deleet, detectRefusal, detectRefusalRules, refusalFeatures, refusalBuckets, detectHarm, severityOf, detectAbuse, detectCrisis, detectEndRequest };
export { classifyUser, classifyAssistant, classifyTurn, classifyUserWith, classifyAssistantWith, classifyTurnWith, type UserTurnSignals } from './classify';
export { LEARNED } from './learned-model';
export { useModels, activeModels, modelsLoaded, RULES_ONLY } from './model-slot';
export { useLangPack, activeLangPack, type LangPack } from './lang-pack';
export { ES_DE_PACK } from './lang-pack-es-de';
export { looksEsDe, needsRulePack } from './lang-hint';

// Node callers (unit tests, eval, CLI) judge with the shipped models and the Spanish/German pack; the
// content script does not import this barrel: it installs the models it gets from the background
// (src/content/policy-model.ts) and the pack the background injects (src/content/lang-pack.ts).
useModels(LEARNED);
useLangPack(ES_DE_PACK);
export { USER_HEADS, headScore, userFeatures, replyFeatures, type LearnedModels, type Head } from './learned';
export { advance, replay, initialState, warningActive, PRESETS, SEVERITY_WEIGHT, MIN_FAILED_BEFORE_END, type PresetConfig } from './machine';
export type { RefusalResult, RefusalKind, RefusalModel } from './refusal';

/**
 * Advance the machine with pre-computed signals of a live turn (the older call shape, kept for the
 * tests that drive the machine with synthetic signals). Mutates `s`; returns the events.
 */
export function step(
  s: PolicyState,
  turn: { role: 'user'; signals: { categories: TurnSignal['categories']; crisis: TurnSignal['crisis']; endRequest: boolean; insists?: boolean } }
    | { role: 'assistant'; refused: boolean },
): PolicyEvent[] {
  if (turn.role === 'assistant') return advance(s, { role: 'assistant', categories: [], refused: turn.refused, crisis: null, endRequest: false, insists: false, live: true });
  return advance(s, { role: 'user', refused: false, insists: false, ...turn.signals, live: true });
}

export interface ThreadPolicy {
  /** Feed the next turn (index = number of turns pushed before). Returns events caused by this turn. O(1) in thread length. */
  push(turn: Turn): PolicyEvent[];
  /** Serializable state with no text in it (counts, categories, indexes). */
  readonly state: Readonly<PolicyState>;
}

/** Every turn classified, then advanced as a live turn: what the extension does, in one place. */
export function createThreadPolicy(preset: Preset = 'standard', models?: LearnedModels): ThreadPolicy {
  const s = initialState(preset);
  return {
    push(turn: Turn): PolicyEvent[] {
      if (s.endedAt !== null) { s.turns++; return []; }
      const v = models ? classifyTurnWith(models, turn.role, turn.text) : classifyTurn(turn.role, turn.text);
      return advance(s, { ...v, live: true });
    },
    get state(): Readonly<PolicyState> { return s; },
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

export function runThread(turns: Turn[], preset: Preset = 'standard', models?: LearnedModels): ThreadResult {
  const p = createThreadPolicy(preset, models);
  const events: PolicyEvent[] = [];
  for (const t of turns) events.push(...p.push(t));
  const s = p.state;
  return { ended: s.endedAt !== null, endedAt: s.endedAt, warnedAt: s.warnedAt, crisis: s.crisisAt !== null, endRequestedAt: s.endRequestedAt, events };
}
