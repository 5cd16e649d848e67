/**
 * The rule pack's slot. Its rules (Spanish/German crisis, harmful asks, abuse at the assistant,
 * "insists", end requests and their look-alikes, declines: lang-pack-es-de.ts; and, since
 * 2026-12-08, the English rules for hateful statements about groups, hate.ts) would take the content
 * script over its 60 KB gz budget, so they are a bundle of their own (policy-es-de.js) that the
 * background injects into a page only once a user turn there looks Spanish or German or names a
 * group of people (lang-hint.ts: needsRulePack; src/content/lang-pack.ts asks for it). Until then, or
 * if it never comes, the other detectors (the English rules, the learned heads) judge alone. The
 * Spanish/German core declines (refusal.ts: HARD_ES_DE) and core end requests stay in the content
 * script: an end request is often a short command the hint cannot place, and a reply can come before
 * the pack. The fuller decline rules (refusal-es-de.ts) moved into the pack on 2026-12-08 to keep the
 * content script in its budget: a Spanish or German reply follows the user turn that loaded it. Node
 * callers (tests, eval, CLI) get the pack through the policy barrel (index.ts), which installs it on
 * import. Pure: no DOM, no browser APIs.
 */
import type { Category, CrisisKind } from './types';

export interface LangPack {
  /** Spanish or German crisis that crisis.ts does not read. Input: normaliseUser() text. */
  crisis(u: string): CrisisKind | null;
  /** Spanish or German harmful asks, by category. Input: normaliseUser() text. */
  harm(u: string): Category[];
  /** Hateful or threatening statements about a group of people (hate.ts, English rules; in the pack
   *  since 2026-12-08, too large for the content script). Input: normaliseUser() text. */
  hate(u: string): Category[];
  /** Spanish or German abuse aimed at the assistant. Input: normaliseUser() text. */
  abuse(u: string): boolean;
  /** A Spanish or German follow-up that presses a refused ask without restating it ("hazlo de todas
   *  formas", "mach es trotzdem"); the machine gives it that ask's categories. Input: normaliseUser() text. */
  insists(u: string): boolean;
  /** A Spanish or German request to end this chat that endrequest-es-de.ts (in the content script)
   *  does not read. Input: normalise() text. */
  endRequest(n: string): boolean;
  /** A Spanish or German refusal, redirection or boundary in a reply's opening (refusal-es-de.ts),
   *  beyond refusal.ts's core declines. Input: the normalised opening of a reply. */
  refusal(head: string): boolean;
  /** A look-alike that is no request to end the chat ("deja de hablar de política", "beende das
   *  Programm"): vetoes the learned end head. Input: normalise() text. */
  notEndRequest(n: string): boolean;
}

/** The global the injected bundle registers on, in the content script's own (isolated) world: the
 *  page's scripts cannot see or set it. */
export const LANG_PACK_GLOBAL = '__hangupPolicyEsDe';

let active: LangPack | null = null;

export function useLangPack(p: LangPack | null): void { active = p; }
export function activeLangPack(): LangPack | null { return active; }
