// Every user-facing string goes through here: the browser's i18n API, which serves _locales.
// Where that API is absent or gone — unit tests, or a content script orphaned by an extension
// update, whose banner must still read right — strings come from what was already looked up, then
// from a fallback catalogue registered by those contexts (the English one; pages do not carry it).
import type en from '../../_locales/en/messages.json';

type Catalogue = Record<string, { message: string }>;
export type MessageKey = keyof typeof en;

declare const chrome: { i18n?: { getMessage(k: string, subs?: string[]): string } } | undefined;

let fallback: Catalogue = {};
const seen = new Map<string, string>();

/** Register the catalogue used when the i18n API cannot answer. */
export function setFallbackCatalogue(c: Catalogue): void { fallback = c; }

export function t(key: MessageKey, ...subs: string[]): string {
  const id = subs.length ? `${key}\u0000${subs.join('\u0000')}` : key;
  try {
    const got = typeof chrome !== 'undefined' ? chrome?.i18n?.getMessage(key, subs) : '';
    if (got) { seen.set(id, got); return got; }
  } catch { /* context invalidated: fall back */ }
  const before = seen.get(id);
  if (before) return before;
  const raw = fallback[key]?.message ?? key;
  return raw.replace(/\$([A-Z]+)\$/g, () => subs.shift() ?? '');
}

/** Look up now, while the API works, the strings a page may need after an update orphans it. */
export function warm(keys: readonly MessageKey[]): void { for (const k of keys) t(k); }
