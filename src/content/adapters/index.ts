// The one list of site adapters. Adding a site = one file + one line here.
import { chatgpt } from './chatgpt';
import { claude } from './claude';
import { copilot } from './copilot';
import { deepseek } from './deepseek';
import { gemini } from './gemini';
import { grok } from './grok';
import { huggingchat } from './huggingchat';
import { lechat } from './lechat';
import { librechat } from './librechat';
import { openwebui } from './openwebui';
import { perplexity } from './perplexity';
import { poe } from './poe';
import type { SiteAdapter } from './types';

/** Hosted sites, matched by host (the manifest's content-script matches). */
export const ADAPTERS: SiteAdapter[] = [chatgpt, claude, gemini, grok, copilot, perplexity, deepseek, lechat, poe, huggingchat];

export type SelfHostedKind = 'openwebui' | 'librechat' | 'huggingchat';
const SELF_HOSTED: Record<SelfHostedKind, SiteAdapter> = { openwebui, librechat, huggingchat };
export const SELF_HOSTED_KINDS = Object.keys(SELF_HOSTED) as SelfHostedKind[];

/** Every adapter, hosted and self-hosted (for CSS built over all sites). */
export const ALL_ADAPTERS: SiteAdapter[] = [...ADAPTERS, openwebui, librechat];

export function adapterForHost(host: string): SiteAdapter | null {
  return ADAPTERS.find((a) => a.hosts.includes(host)) ?? null;
}

/** The adapter for a self-hosted origin the user added (options page → registered content script). */
export function adapterForSelfHosted(kind: SelfHostedKind): SiteAdapter {
  return SELF_HOSTED[kind];
}
