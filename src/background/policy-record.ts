// What the background keeps of the policy per thread: the state machine's state and, in turn
// order, each judged turn's signals. No text: counts, categories, flags and the turns' identities.
import type { PolicyState } from '../policy/types';
import type { TurnSignal } from '../policy/signals';
import type { SiteId } from '../shared/types';

export interface PolicyRecord {
  /** The thread key (site:threadId), as in `threads`. */
  key: string;
  site: SiteId;
  /** The state after every stored turn (replaying them gives exactly this). */
  state: PolicyState;
  /** Stored turns (positions 0 … judged-1 in `policyTurns`). */
  judged: number;
  /** Turns before this position are not counted (the chat was reopened after an ending). */
  base: number;
  /** The user closed the crisis card in this thread: it stays closed. */
  crisisDismissed: boolean;
  /** Research figures the state alone forgets: warnings given, and where the first one was. */
  warnings: number;
  firstWarnAt: number | null;
  createdAt: number;
  updatedAt: number;
}

/** One judged turn at its position in the thread. */
export interface StoredTurn extends TurnSignal { key: string; pos: number }
