/**
 * Which learned models the content script's entry point (classify.ts: classifyTurn) uses. The
 * weights (about 12 KB gz) would take the content script over its 60 KB gz budget together with
 * the rules, so they are not in its bundle: the background holds them (learned-model.ts), the
 * content script obtains them once per page (src/content/policy-model.ts) and installs them here.
 * Until then, or if they never come, the detectors are their rules only. Node callers (tests, eval, CLI) get the shipped models through
 * the policy barrel (index.ts), which installs them on import. Pure: no DOM, no browser APIs.
 */
import type { LearnedModels } from './learned';
import type { SparseModel } from './sparse';

/** A head that never fires (threshold above any probability): the rules alone decide. */
const SILENT: SparseModel = { bits: 18, bias: -30, threshold: 2, scale: 1, ids: [], q: [] };
export const RULES_ONLY: LearnedModels = {
  bits: 18,
  heads: { harm: SILENT, abuse: SILENT, crisisSelf: SILENT, crisisOther: SILENT, end: SILENT, insists: SILENT, refusal: SILENT },
};

let active: LearnedModels = RULES_ONLY;

export function useModels(m: LearnedModels): void { active = m; }
export function activeModels(): LearnedModels { return active; }
export function modelsLoaded(): boolean { return active !== RULES_ONLY; }
