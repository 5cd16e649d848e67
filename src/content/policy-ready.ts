// What the policy needs on this page before it judges a turn: the learned models (always; the
// background hands them over) and, for a turn that looks Spanish or German, the language pack (the
// background injects it). Each loads once per page; `onReady` runs when one has come or been given up on.
import { policyModelsReady } from './policy-model';
import { langPackReady } from './lang-pack';
import { request } from './messaging';

export interface PolicyReady {
  models(): boolean;
  /** For a user turn's text. */
  pack(text: string): boolean;
}

export function policyReady(onReady: () => void): PolicyReady {
  return {
    models: () => policyModelsReady(() => request('content:model', {}), onReady),
    pack: (text) => langPackReady(text, () => request('content:lang-pack', {}), onReady),
  };
}
