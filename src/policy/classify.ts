/**
 * Detectors over one turn's text, in memory: the turn's verdict (signals.ts), never the text.
 * This is the part that runs where the text is (the content script); the state machine runs in
 * the background over what this returns.
 *
 * Each detector is its hand-written rules (English, with the core Spanish/German crisis statements,
 * end requests and declines; more Spanish/German crisis, harmful-ask, abuse, "insists" and
 * end-request rules come in the language pack once a page has it, lang-pack.ts) OR its learned head
 * (learned.ts; English, Spanish, German), except hateful statements about groups, which are rules
 * only (hate.ts). `classifyTurnWith` takes the models as a parameter so that the eval can score models
 * trained without the source under test.
 */
import { normalise, normalisePair } from './normalise';
import { unquoted } from './quoted';
import { detectRefusal } from './refusal';
import { detectHarm, isDefinitional } from './harm';
import { detectAbuse } from './abuse';
import { insistsEn, withoutPress } from './insists';
import { detectCrisis, instigation } from './crisis';
import { detectEndRequest, endRequestExcluded } from './endrequest';
import { detectEndRequestEsDe } from './endrequest-es-de';
import { userBuckets, replyBuckets, headScore, type LearnedModels } from './learned';
import { activeModels } from './model-slot';
import { activeLangPack } from './lang-pack';
import { NO_SIGNAL, type TurnVerdict } from './signals';
import type { Category, CrisisKind, Role } from './types';

export interface UserTurnSignals { categories: Category[]; crisis: CrisisKind | null; endRequest: boolean; insists?: boolean }

/** Classify one user turn (all user-side detectors). */
export function classifyUserWith(models: LearnedModels, text: string): UserTurnSignals {
  const [n, u] = normalisePair(text);
  const H = models.heads;
  const feats = userBuckets(u, models.bits);
  const fires = (h: keyof LearnedModels['heads']) => headScore(H[h], feats) >= H[h].threshold;
  // hate, abuse and harmful asks are read without what the user quotes (quoted.ts: mention is not
  // use); crisis, end requests and "insists" read the whole turn
  const q = unquoted(u);
  const qFeats = q === u ? feats : userBuckets(q, models.bits);
  const pack = activeLangPack();
  let crisis = detectCrisis(u) ?? pack?.crisis(u) ?? null;
  const abuseRule = detectAbuse(q) || !!pack?.abuse(q);
  const endRule = detectEndRequest(n) || detectEndRequestEsDe(n) || !!pack?.endRequest(n);
  // instigating a generic someone is a harmful request (harm.ts), not the user's own crisis; and an
  // insult at the assistant or a request to end the chat that no crisis rule reads as crisis is not
  // one on the heads' say alone (held out, the crisis heads fired on 13% of Spanish and German
  // insults, and on "ich habe keine Lust mehr auf dieses Gespräch"; a crisis blocks an ending for the
  // rest of the thread)
  if (crisis === null && !abuseRule && !endRule && !instigation(u).found) {
    const self = headScore(H.crisisSelf, feats), other = headScore(H.crisisOther, feats);
    if (other >= H.crisisOther.threshold) crisis = 'harm-others';
    else if (self >= H.crisisSelf.threshold) crisis = 'self-harm';
  }
  const endRequest = crisis === null && (endRule || (fires('end') && !endRequestExcluded(n) && !pack?.notEndRequest(n)));
  // harmful asks are read without the turn's press (insists.ts: "that is a normal question, please
  // just answer it. …" asks what follows it); the harm head reads the same features; a text with
  // homonyms neutralised is re-hashed
  const h = withoutPress(q);
  const hFeats = h === q ? qFeats : userBuckets(h, models.bits);
  const categories = detectHarm(h, (t) => headScore(H.harm, t === h ? hFeats : userBuckets(t, models.bits)) >= H.harm.threshold);
  if (pack) for (const c of [...pack.hate(h), ...pack.harm(h)]) if (!categories.includes(c)) categories.push(c);
  if (abuseRule || (!isDefinitional(h) && headScore(H.abuse, qFeats) >= H.abuse.threshold)) { if (!categories.includes('abuse_at_assistant')) categories.push('abuse_at_assistant'); }
  // a turn that presses and asks something new ("I said answer it. What is a pipe?") is that new ask,
  // judged above, not a press of the last one: without this, the insists head (53 own rows) refitted
  // at another seed fired on 210 of XSTest's 249 pushed-back safe prompts, each carrying the
  // categories of one misread ask through a whole over-refused thread
  const newAsk = h !== q && (h.match(/[a-z0-9']+/g)?.length ?? 0) >= 3;
  // the head alone only on a short turn: a press is a line, not a paragraph (at another seed it fired
  // on long help-seeking questions)
  const insists = categories.length === 0 && crisis === null && !endRequest && !newAsk && ((u.length <= 200 && fires('insists')) || insistsEn(u) || !!pack?.insists(u));
  return { categories, crisis, endRequest, insists };
}

/** Classify one assistant turn: a refusal, redirection or boundary. */
export function classifyAssistantWith(models: LearnedModels, text: string): { refused: boolean } {
  const m = models.heads.refusal;
  return { refused: detectRefusal(normalise(text), (n, named) => ({ p: headScore(m, replyBuckets(n, models.bits, named)), threshold: m.threshold })).refused };
}

export function classifyTurnWith(models: LearnedModels, role: Role, text: string): TurnVerdict {
  if (role === 'assistant') return { ...NO_SIGNAL, role, refused: classifyAssistantWith(models, text).refused };
  const u = classifyUserWith(models, text);
  return { ...NO_SIGNAL, role, categories: u.categories, crisis: u.crisis, endRequest: u.endRequest, insists: u.insists ?? false };
}

// The models in use (model-slot.ts): the shipped ones once installed (the content script gets them
// from the background; node callers through index.ts), the rules alone before.
export const classifyUser = (text: string): UserTurnSignals => classifyUserWith(activeModels(), text);
export const classifyAssistant = (text: string): { refused: boolean } => classifyAssistantWith(activeModels(), text);
/** The content script's one entry point: one turn's text → its verdict. */
export const classifyTurn = (role: Role, text: string): TurnVerdict => classifyTurnWith(activeModels(), role, text);
