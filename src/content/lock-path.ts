// Where a site edits in place (ChatGPT, Claude and Gemini "edit"), one thread id holds several
// paths. The lock follows the path: it holds while the visible conversation still contains the
// turn that was last when the chat ended, and lifts on a branch that forks before it.
import type { ThreadRecord } from '../shared/types';

/**
 * @param markers the site's message ids of the visible turns, in order; null when the site has
 *   none (then the lock holds everywhere in the thread: fail closed).
 */
export function lockApplies(rec: Pick<ThreadRecord, 'status' | 'endMarker' | 'endMarkers'>, markers: readonly string[] | null): boolean {
  if (rec.status !== 'ended') return false;
  if (!rec.endMarker || markers === null) return true;
  if (markers.length === 0) return true; // nothing rendered yet: keep the lock until the path is known
  return markers.includes(rec.endMarker) || (rec.endMarkers ?? []).some((m) => markers.includes(m));
}
