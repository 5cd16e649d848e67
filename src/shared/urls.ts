// Thread identity from a URL, per site. Pure: used by the background (to find the tabs showing a
// thread, and to check that a content script only speaks for its own tab's thread) and by the
// content script's adapters.
import type { SiteId } from './types';

export interface UrlThread { site: SiteId; threadId: string | null }

const UUIDish = '[0-9a-zA-Z][0-9a-zA-Z_-]{5,}';

interface UrlRule { site: SiteId; hosts: string[]; thread: RegExp; temporary?: (u: URL) => boolean }

// Dated notes: paths verified against ../shared/sites.md and the real captures (2026-02/04).
export const URL_RULES: UrlRule[] = [
  { site: 'chatgpt', hosts: ['chatgpt.com', 'chat.openai.com'],
    thread: new RegExp(`^(?:/g/[^/]+)?/c/(${UUIDish})/?$`),
    temporary: (u) => u.searchParams.get('temporary-chat') === 'true' },
  // claude.ai: /chat/<uuid>; incognito chats carry ?incognito and are never stored by the site.
  { site: 'claude', hosts: ['claude.ai'], thread: new RegExp(`^/chat/(${UUIDish})/?$`),
    temporary: (u) => u.searchParams.has('incognito') },
  // Gemini: /app/<16 hex>, optional /u/<n> account prefix, gem chats /gem/<gem>/<id>.
  { site: 'gemini', hosts: ['gemini.google.com'], thread: /^(?:\/u\/\d+)?\/(?:app|gem\/[^/]+)\/([0-9a-zA-Z_-]{6,})\/?$/ },
  // Grok: /c/<uuid> (a ?rid= query names a reply, not another thread).
  { site: 'grok', hosts: ['grok.com'], thread: new RegExp(`^/c/(${UUIDish})/?$`) },
  { site: 'copilot', hosts: ['copilot.microsoft.com'], thread: new RegExp(`^/chats/(${UUIDish})/?$`) },
  // Perplexity: /search/<title slug>-<22-char id>; the slug part is dropped (see perplexityThreadId).
  { site: 'perplexity', hosts: ['www.perplexity.ai', 'perplexity.ai'], thread: /^\/search\/((?!new\/?$)[^/]+)\/?$/ },
  { site: 'deepseek', hosts: ['chat.deepseek.com'], thread: new RegExp(`^/a/chat/s/(${UUIDish})/?$`) },
  { site: 'lechat', hosts: ['chat.mistral.ai'], thread: new RegExp(`^/chat/(${UUIDish})/?$`) },
  { site: 'poe', hosts: ['poe.com'], thread: /^\/chat\/([0-9a-zA-Z_-]{3,})\/?$/ },
  // HuggingChat (huggingface/chat-ui): conversation ids are Mongo ObjectIds (24 hex).
  { site: 'huggingchat', hosts: ['huggingface.co'], thread: /^\/chat\/conversation\/([0-9a-f]{24})\/?$/ },
];

/** Self-hosted sites are recognised by path once the user has granted their origin. */
export const SELF_HOSTED_RULES: Record<'openwebui' | 'librechat' | 'huggingchat', RegExp> = {
  // Open WebUI: /c/<uuid>, set with history.replaceState once the first answer starts.
  openwebui: new RegExp(`^/c/(${UUIDish})/?$`),
  // LibreChat: /c/<conversationId>; /c/new is the new-chat page.
  librechat: new RegExp(`^/c/((?!new$)${UUIDish})/?$`),
  // chat-ui at its own origin (/conversation/<id>) or under a /chat base path like huggingface.co.
  huggingchat: /^(?:\/chat)?\/conversation\/([0-9a-f]{24})\/?$/,
};

/** Temporary chats that have no lasting id on self-hosted sites (Open WebUI's ?temporary-chat=true). */
const SELF_HOSTED_TEMPORARY: Partial<Record<keyof typeof SELF_HOSTED_RULES, (u: URL) => boolean>> = {
  openwebui: (u) => u.searchParams.get('temporary-chat') === 'true',
};

/** Perplexity appends a 22-character id to the title slug: keep the id, so a renamed slug is the same thread. */
function perplexityThreadId(slug: string): string {
  const m = /^.+-([0-9A-Za-z._]{22})$/.exec(slug);
  return m?.[1] ?? slug;
}

export function parseThreadUrl(href: string, selfHosted?: { site: keyof typeof SELF_HOSTED_RULES }): UrlThread | null {
  let u: URL;
  try { u = new URL(href); } catch { return null; }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  if (selfHosted) {
    if (SELF_HOSTED_TEMPORARY[selfHosted.site]?.(u)) return { site: selfHosted.site, threadId: null };
    const m = SELF_HOSTED_RULES[selfHosted.site].exec(u.pathname);
    return { site: selfHosted.site, threadId: m?.[1] ?? null };
  }
  const rule = URL_RULES.find((r) => r.hosts.includes(u.hostname));
  if (!rule) return null;
  if (rule.temporary?.(u)) return { site: rule.site, threadId: null };
  const m = rule.thread.exec(u.pathname);
  const id = m?.[1] ?? null;
  return { site: rule.site, threadId: id && rule.site === 'perplexity' ? perplexityThreadId(id) : id };
}

/** Thread identity for any URL: a hosted site, or a self-hosted origin the user added. */
export function resolveThreadUrl(href: string, selfHosted: readonly { origin: string; kind: keyof typeof SELF_HOSTED_RULES }[]): UrlThread | null {
  const hosted = parseThreadUrl(href);
  if (hosted) return hosted;
  let origin: string;
  try { origin = new URL(href).origin; } catch { return null; }
  const sh = selfHosted.find((o) => o.origin === origin);
  return sh ? parseThreadUrl(href, { site: sh.kind }) : null;
}

/** A user-typed origin, checked: http(s) only, no path, no credentials. */
export function normaliseOrigin(input: string): { ok: true; origin: string } | { ok: false; error: string } {
  let u: URL;
  try { u = new URL(input.trim().includes('://') ? input.trim() : `https://${input.trim()}`); } catch { return { ok: false, error: 'Not a valid address' }; }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return { ok: false, error: 'Only http and https addresses can be added' };
  if (u.username || u.password) return { ok: false, error: 'Addresses with a user name or password cannot be added' };
  if (u.pathname !== '/' || u.search || u.hash) return { ok: false, error: 'Give only the origin, e.g. https://chat.example.org' };
  if (URL_RULES.some((r) => r.hosts.includes(u.hostname))) return { ok: false, error: 'This site is already supported' };
  return { ok: true, origin: u.origin };
}
