/** Severity per category: a module of its own so that the state machine (run by the background)
 *  does not pull the detectors' rules into the background bundle. */
import type { Category, Severity } from './types';

const SEVERITY: Record<Category, Severity> = {
  sexual_minors: 'extreme',
  mass_casualty: 'extreme',
  violent: 'high',
  harassment: 'moderate',
  abuse_at_assistant: 'moderate',
  sexual_explicit: 'moderate',
  nonviolent_crime: 'moderate',
  cyber: 'moderate',
};
export function severityOf(c: Category): Severity { return SEVERITY[c]; }
