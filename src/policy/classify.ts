/**
 * Detectors over one turn's text, in memory: the turn's verdict (signals.ts), never the text.
 * This is the part that runs where the text is (the content script); the state machine runs in
 * the background over what this returns.
 */
import { normalise, normalisePair } from './normalise';
import { detectRefusal } from './refusal';
import { detectHarm } from './harm';
import { detectAbuse } from './abuse';
import { detectCrisis } from './crisis';
import { detectEndRequest } from './endrequest';
import { NO_SIGNAL, type TurnVerdict } from './signals';
import type { Category, CrisisKind, Role } from './types';

export interface UserTurnSignals { categories: Category[]; crisis: CrisisKind | null; endRequest: boolean; insists?: boolean }

/** Classify one user turn (all user-side detectors). */
export function classifyUser(text: string): UserTurnSignals {
  const [n, u] = normalisePair(text);
  const crisis = detectCrisis(u);
  const endRequest = crisis === null && detectEndRequest(n);
  const categories = detectHarm(u);
  if (detectAbuse(u)) categories.push('abuse_at_assistant');
  return { categories, crisis, endRequest };
}

/** Classify one assistant turn: a refusal, redirection or boundary. */
export function classifyAssistant(text: string): { refused: boolean } {
  return { refused: detectRefusal(normalise(text)).refused };
}

export function classifyTurn(role: Role, text: string): TurnVerdict {
  if (role === 'assistant') return { ...NO_SIGNAL, role, refused: classifyAssistant(text).refused };
  const u = classifyUser(text);
  return { ...NO_SIGNAL, role, categories: u.categories, crisis: u.crisis, endRequest: u.endRequest, insists: u.insists ?? false };
}
