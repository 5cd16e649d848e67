/**
 * Frozen copy of the user-side classification path as of commit 4b5882a (before the trie-factored
 * gates): the reference the differential test (classify-user-diff.test.ts) compares classifyUser with.
 * Do not edit: a change here would hide a change in decisions.
 */
import { normalise, deleet } from './normalise';
import { detectHarm } from './harm';
import { detectAbuse } from './abuse';
import { detectCrisis } from './crisis';
import { detectEndRequest } from './endrequest';
import type { Category } from './types';

export function classifyUserRef(text: string): { categories: Category[]; crisis: 'self-harm' | 'harm-others' | null; endRequest: boolean } {
  const n = normalise(text);
  const u = deleet(n);
  const crisis = detectCrisis(u);
  const endRequest = crisis === null && detectEndRequest(n);
  const categories = detectHarm(u);
  if (detectAbuse(u)) categories.push('abuse_at_assistant');
  return { categories, crisis, endRequest };
}
