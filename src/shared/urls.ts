// Thread identity from a URL, per site. Pure: used by the background (to find the tabs showing a
// thread, and to check that a content script only speaks for its own tab's thread) and by the
// content script's adapters.
import type { SiteId } from './types';

export interface UrlThread { site: SiteId; threadId: string | null }

const UUIDish = '[0-9a-zA-Z][0-9a-zA-Z_-]{5,}';

interface UrlRule { site: SiteId; hosts: string[]; thread: RegExp; temporary?: (u: URL) => boolean }

// Dated notes: paths verified against ../shared/sites.md (2026).
export const URL_RULES: UrlRule[] = [
  { site: 'chatgpt', hosts: ['chatgpt.com', 'chat.openai.com'],
    thread: new RegExp(`^(?:/g/[^/]+)?/c/(${UUIDish})/?$`),
    temporary: (u) => u.searchParams.get('temporary-chat') === 'true' },
  { site: 'claude', hosts: ['claude.ai'], thread: new RegExp(`^/chat/(${UUIDish})/?$`),
    temporary: (u) => u.searchParams.has('incognito') },
  { site: 'gemini', hosts: ['gemini.google.com'], thread: /^(?:\/u\/\d+)?\/(?:app|gem\/[^/]+)\/([0-9a-zA-Z_-]{6,})\/?$/ },
  { site: 'grok', hosts: ['grok.com'], thread: new RegExp(`^/c/(${UUIDish})/?$`) },
  { site: 'copilot', hosts: ['copilot.microsoft.com'], thread: new RegExp(`^/chats/(${UUIDish})/?$`) },
  { site: 'perplexity', hosts: ['www.perplexity.ai', 'perplexity.ai'], thread: /^\/search\/([^/]+)\/?$/ },
  { site: 'deepseek', hosts: ['chat.deepseek.com'], thread: new RegExp(`^/a/chat/s/(${UUIDish})/?$`) },
  { site: 'lechat', hosts: ['chat.mistral.ai'], thread: new RegExp(`^/chat/(${UUIDish})/?$`) },
  { site: 'poe', hosts: ['poe.com'], thread: /^\/chat\/([0-9a-zA-Z_-]{3,})\/?$/ },
  { site: 'huggingchat', hosts: ['huggingface.co'], thread: /^\/chat\/conversation\/([0-9a-f]{24})\/?$/ },
];

/** Self-hosted sites are recognised by path once the user has granted their origin. */
export const SELF_HOSTED_RULES: Record<'openwebui' | 'librechat' | 'huggingchat', RegExp> = {
  openwebui: new RegExp(`^/c/(${UUIDish})/?$`),
  librechat: new RegExp(`^/c/((?!new$)${UUIDish})/?$`),
  huggingchat: /^(?:\/chat)?\/conversation\/([0-9a-f]{24})\/?$/,
};

export function parseThreadUrl(href: string, selfHosted?: { site: keyof typeof SELF_HOSTED_RULES }): UrlThread | null {
  let u: URL;
  try { u = new URL(href); } catch { return null; }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  if (selfHosted) {
    const m = SELF_HOSTED_RULES[selfHosted.site].exec(u.pathname);
    return { site: selfHosted.site, threadId: m?.[1] ?? null };
  }
  const rule = URL_RULES.find((r) => r.hosts.includes(u.hostname));
  if (!rule) return null;
  if (rule.temporary?.(u)) return { site: rule.site, threadId: null };
  const m = rule.thread.exec(u.pathname);
  return { site: rule.site, threadId: m?.[1] ?? null };
}
