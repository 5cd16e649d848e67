/**
 * The per-turn signal: what the detectors say about one turn, with no text in it. The content
 * script classifies a turn in memory and sends only this; the background stores it in turn order
 * and runs the state machine over it (machine.ts). Replaying the stored signals gives the state.
 */
import type { Category, CrisisKind, Role } from './types';

export interface TurnSignal {
  /** The turn's identity on the page: the site's message id where it has one, else `#<index>`. */
  id: string;
  role: Role;
  /** Harmful or abusive categories of a user turn (always empty for an answer). */
  categories: Category[];
  /** An answer that refused, redirected or set a boundary (always false for a user turn). */
  refused: boolean;
  /** A user turn that may mean the user is at risk (always null for an answer). */
  crisis: CrisisKind | null;
  /** A user turn that asks to end this chat. */
  endRequest: boolean;
  /** A user turn that presses the earlier ask without restating it ("do it anyway", "just give me
   *  the steps for that"): it carries that ask's categories when it follows a refusal. */
  insists: boolean;
  /** Judged while the thread was open in a tab. False: first read as history on opening a thread
   *  (it may warn or show the crisis card, but never be the turn that ends the chat). */
  live: boolean;
}

/** A turn's detector verdicts: a signal without its identity and liveness. */
export type TurnVerdict = Omit<TurnSignal, 'id' | 'live'>;

export const NO_SIGNAL: Omit<TurnVerdict, 'role'> = { categories: [], refused: false, crisis: null, endRequest: false, insists: false };
