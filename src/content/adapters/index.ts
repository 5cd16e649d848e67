// The one list of site adapters. Adding a site = one file + one line here.
import { chatgpt } from './chatgpt';
import type { SiteAdapter } from './types';

export const ADAPTERS: SiteAdapter[] = [chatgpt];

export function adapterForHost(host: string): SiteAdapter | null {
  return ADAPTERS.find((a) => a.hosts.includes(host)) ?? null;
}
