export type Role = 'user' | 'assistant';
export interface Turn { role: Role; text: string }
export type Preset = 'conservative' | 'standard' | 'strict';
export type Category =
  | 'sexual_minors'
  | 'mass_casualty'
  | 'violent'
  | 'harassment'
  | 'abuse_at_assistant'
  | 'sexual_explicit'
  | 'nonviolent_crime'
  | 'cyber';
export type Severity = 'extreme' | 'high' | 'moderate';
export type CrisisKind = 'self-harm' | 'harm-others';
export type PolicyEvent =
  | { type: 'warn'; turn: number; categories: Category[] }
  | { type: 'end'; turn: number; categories: Category[]; turnIndexes: number[] }
  | { type: 'crisis'; turn: number; kind: CrisisKind }
  | { type: 'end-request'; turn: number };

/** Serializable per-thread state. Holds no text: counts, categories and turn indexes only. */
export interface PolicyState {
  preset: Preset;
  /** number of turns pushed */
  turns: number;
  /** last assistant turn was a refusal/redirection (and has not yet been "used" by a failed redirection).
   *  A thread policy judges an answer only when this can matter (see createThreadPolicy): reading `state` judges it. */
  lastAssistantRefused: boolean;
  /** the last user turn was harmful or abusive, or disclosed a crisis: its answer is no productive exchange */
  lastUserHarmful: boolean;
  /** categories of the last harmful ask, carried by a follow-up that insists on it ("do it anyway") */
  lastAskCategories: Category[];
  /** failed redirections counted so far (after relaxation) */
  failedCount: number;
  /** severity-weighted score (after relaxation) */
  score: number;
  /** all failed-redirection user turn indexes (evidence) */
  failedTurnIndexes: number[];
  /** categories seen in failed redirections */
  categories: Category[];
  /** productive exchanges that relaxed something: a benign user turn answered without refusal while
   *  the score or the failed count was above 0 (with nothing to relax, an exchange is not counted) */
  productiveTurns: number;
  warnedAt: number | null;
  endedAt: number | null;
  crisisAt: number | null;
  crisisKinds: CrisisKind[];
  endRequestedAt: number | null;
}
