// Every user-facing string goes through here. Falls back to the English catalogue where the
// i18n API is absent (unit tests) or returns nothing (a key missing from a translation).
import en from '../../_locales/en/messages.json';

type Catalogue = Record<string, { message: string }>;
export type MessageKey = keyof typeof en;

declare const chrome: { i18n?: { getMessage(k: string, subs?: string[]): string } } | undefined;

export function t(key: MessageKey, ...subs: string[]): string {
  try {
    const got = typeof chrome !== 'undefined' ? chrome?.i18n?.getMessage(key, subs) : '';
    if (got) return got;
  } catch { /* context invalidated: fall back */ }
  const raw = (en as Catalogue)[key]?.message ?? key;
  return raw.replace(/\$([A-Z]+)\$/g, () => subs.shift() ?? '');
}
