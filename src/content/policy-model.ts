// The policy's learned models for this page. Their weights would take the content script over its
// size budget, so the background holds them and hands them over once per page (content:model): only
// weights travel, and no turn's text ever leaves this script. No turn is judged before they are
// installed; if they cannot be had (no answer after a few tries, or an answer of the wrong shape),
// the detectors judge by their rules alone and the console says so.
import { useModels } from '../policy/model-slot';
import { USER_HEADS, type LearnedModels } from '../policy/learned';
import type { SparseModel } from '../policy/sparse';
import { LoadOnce } from './load-once';

const HEADS = [...USER_HEADS, 'refusal'] as const;

function isIntArray(x: unknown): x is number[] {
  return Array.isArray(x) && x.every((v) => Number.isInteger(v));
}

function isHead(x: unknown): x is SparseModel {
  if (!x || typeof x !== 'object') return false;
  const m = x as Record<string, unknown>;
  return m.bits === 18 && typeof m.bias === 'number' && Number.isFinite(m.bias) && typeof m.threshold === 'number'
    && typeof m.scale === 'number' && Number.isFinite(m.scale) && isIntArray(m.ids) && isIntArray(m.q) && m.ids.length === m.q.length;
}

/** The models' shape, checked before use (a model that does not fit would mis-score every turn). */
export function validModels(x: unknown): x is LearnedModels {
  if (!x || typeof x !== 'object') return false;
  const m = x as { bits?: unknown; heads?: Record<string, unknown> };
  return m.bits === 18 && !!m.heads && typeof m.heads === 'object' && HEADS.every((h) => isHead(m.heads![h]));
}

const models = new LoadOnce();

/**
 * Whether turns may be judged now. The first call starts loading the models (`fetchModels`, tried
 * up to three times); `onReady` runs once they are installed or given up on. Never throws.
 */
export function policyModelsReady(fetchModels: () => Promise<unknown>, onReady: () => void): boolean {
  return models.ready(async () => {
    const m = await fetchModels();
    if (validModels(m)) useModels(m);
    else console.warn('Hangup: the policy models have an unexpected shape; judging by rules only');
  }, 'Hangup: the policy models could not be loaded; judging by rules only', onReady);
}

/** For tests: forget what was loaded. */
export function resetPolicyModels(): void { models.reset(); }
