// Sites rename a thread after its first answers, and a chat ended early was stored under the name
// the page showed then (often only "<site> chat, <date>"). When a page of a stored thread says
// hello with another title, this decides whether the record takes it: a real title replaces a
// different one; the fallback label never replaces a real title; nothing replaces a title with
// the same words. Pure: the background's hello handler applies it (see docs/sites.md, "Titles").
import { isFallbackTitle } from '../content/adapters/title';

export function titleUpdate(stored: string | undefined, fromPage: string | undefined): string | null {
  const next = (fromPage ?? '').replace(/\s+/g, ' ').trim().slice(0, 500);
  if (!next) return null;
  const cur = (stored ?? '').trim();
  if (next === cur) return null;
  if (isFallbackTitle(next)) return cur ? null : next;
  return next;
}
