/**
 * Training data and the trainer for the learned detectors (src/policy/learned.ts), shared by
 * scripts/train-policy.ts (the shipped model) and scripts/eval.ts (leave-one-source-out: the same
 * trainer run once per source with that source's rows left out).
 *
 * Which data may train what (licences: ../shared/corpus/README.md):
 *   trains shipped weights: HarmBench, AdvBench (MIT), XSTest prompts (CC-BY-4.0), CLINC (CC-BY-3.0),
 *     HWU64 (CC-BY-4.0), CoCoNot (MIT), Do-Not-Answer (Apache-2.0), HateCheck (CC-BY-4.0),
 *     counsel-chat (MIT), MultiJail en/it (MIT), JailbreakBench goals (MIT), the project's own rows
 *     (scripts/train-data-own.ts, scripts/train-data-own-end.ts; scripts/train-data-own-more.ts and
 *     scripts/train-data-own-everyday.ts only with `extraOwn`), and model replies under their vendors' terms as the earlier
 *     refusal model already used: XSTest completions and JailbreakBench responses (refusal head only).
 *   evaluation only, never trained on: XSafety ("research use only"), Schema-Guided Dialogue
 *     (CC-BY-SA), DiaSafety (labels judge the reply, not the user turn), HH-RLHF (unlabelled for
 *     this use), test/policy-scenarios.
 */
import { readFileSync, existsSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { normalise, normaliseUser } from '../src/policy/normalise';
import { userFeatures, replyFeatures, USER_HEADS, type Head, type LearnedModels } from '../src/policy/learned';
import { encodeSparse, type SparseModel } from '../src/policy/sparse';
import { OWN, OWN_END_ONLY, type Lang } from './train-data-own';
import { OWN_EVERYDAY } from './train-data-own-everyday';
import { OWN_MORE } from './train-data-own-more';
import { OWN_CRISIS_NEG } from './train-data-own-crisis-neg';

export const HEADS: Head[] = [...USER_HEADS, 'refusal'];
export const TRAIN_BITS = 18;

export interface Item {
  text: string;
  role: 'user' | 'assistant';
  source: string;
  lang: string;
  /** 1/0 per head; a head without a label here does not train on this row */
  y: Partial<Record<Head, 0 | 1>>;
  feats?: Int32Array;
}

export function readJsonl<T>(dir: string, file: string): T[] {
  return readFileSync(join(dir, file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

/** Asks for suicide or self-harm methods, or aimed at a named person: crisis, as scripts/eval.ts labels them. */
export const CRISIS_ASK = /\bhow to (?:commit suicide|perform self-harm)|\bcommit suicide (?:using|in a specific)|\binstructions for self-harm|\babout [A-Z][a-z]+ [A-Z][a-z]+\b.*\bsuicide/;
/** Not end-eligible harmful asks (misinformation, copyright, reviews): left out of the harm head. */
export const MISINFO = /fake news|misinformation|disinformation|false information|conspiracy|propaganda|persuasive (?:article|essay|post)|hoax|defam|election|vote|voting|lyrics|passage from|review/i;
/**
 * Privacy asks: PRODUCT.md names privacy "never end-eligible", however often it is asked. Do-Not-Answer
 * rows whose every intent code is S009 (personal or private information about a person or a company,
 * credentials); CoCoNot's "privacy violations"; MultiJail items tagged only "Soliciting personally
 * identifiable information". Do-Not-Answer's privacy-labelled rows with a crime or cyberattack code
 * beside it ("How to spy on someone's phone calls", doxxing: S003, S006, S008) stay harmful asks.
 * Until 2026-12-08 these trained the harm head as harmful asks and the eval counted them as persistent
 * abuse to be ended; now they are the harm head's negatives and the eval's "never-eligible" threads.
 */
export const dnaPrivacyOnly = (r: { label: string; intents?: string[] }): boolean => r.label === 'privacy' && !!r.intents?.length && r.intents.every((c) => c.startsWith('S009'));
export const COCO_PRIVACY = 'privacy violations';
export const mjPrivacyOnly = (tags: string[]): boolean => tags.length > 0 && tags.every((t) => t.startsWith('Soliciting personally identifiable'));

/** A crude opening refusal phrase: used only to label JailbreakBench's silver "not jailbroken" replies. */
const JBB_REFUSAL = /\b(?:i'm sorry|i am sorry|i apologi[sz]e|i cannot|i can't|i can not|i won't|i will not|as an ai|i'm not able|i am not able|i'm unable|i am unable|not able to provide|cannot fulfill|can't fulfill|i must decline|i refuse)\b/i;

/**
 * Whether the crisis heads' own rows (scripts/train-data-own-crisis-neg.ts) train. Measured
 * 2026-12-07 with `npm run eval -- --crisis-rows --retrain` and not kept: crisis flagged LOSO 94.7% ->
 * 92.6% and persistent abuse 32.0% -> 31.4%; the negatives alone raised Spanish/German persistent
 * abuse (es 14.5% -> 22.4%, de 26.3% -> 38.2%) but Spanish/German crisis fell to 71.8% with a German
 * crisis thread ended. The heads are all that reads many Spanish/German crisis statements.
 */
export const CRISIS_ROWS = false;

const NEUTRAL: Partial<Record<Head, 0 | 1>> = { harm: 0, abuse: 0, crisisSelf: 0, crisisOther: 0, end: 0, insists: 0 };

/**
 * Every labelled training row (corpus rows whose licence allows shipped weights, plus own rows).
 * `extraOwn`: also the own rows written this round (scripts/train-data-own-more.ts,
 * scripts/train-data-own-everyday.ts). Measured leave-one-source-out they did not help with these
 * small heads (README, "Policy data"), so the shipped model is trained without them; `npm run eval
 * -- --extra-own` measures them again.
 */
export function trainingItems(corpus: string, { extraOwn = false, crisisRows = CRISIS_ROWS, styles = STYLES }: { extraOwn?: boolean; crisisRows?: boolean; styles?: boolean } = {}): Item[] {
  const items: Item[] = [];
  const u = (text: string, source: string, y: Partial<Record<Head, 0 | 1>>, lang = 'en') => items.push({ text, role: 'user', source, lang, y });
  const a = (text: string, source: string, refused: 0 | 1, lang = 'en') => items.push({ text, role: 'assistant', source, lang, y: { refusal: refused } });
  const has = existsSync(join(corpus, 'harmbench_behaviors.jsonl'));
  if (has) {
    for (const r of readJsonl<{ behavior: string; category: string }>(corpus, 'harmbench_behaviors.jsonl')) {
      if (r.category === 'copyright' || r.category === 'misinformation_disinformation' || MISINFO.test(r.behavior)) continue;
      u(r.behavior, 'harmbench', CRISIS_ASK.test(r.behavior) ? { crisisSelf: 1, end: 0, insists: 0 } : { harm: 1, crisisSelf: 0, crisisOther: 0, end: 0, insists: 0 });
    }
    for (const r of readJsonl<{ goal: string }>(corpus, 'advbench_behaviors.jsonl')) {
      if (MISINFO.test(r.goal)) continue;
      u(r.goal, 'advbench', CRISIS_ASK.test(r.goal) ? { crisisSelf: 1, end: 0, insists: 0 } : { harm: 1, crisisSelf: 0, crisisOther: 0, end: 0, insists: 0 });
    }
    for (const r of readJsonl<{ prompt: string; type: string; label: string }>(corpus, 'xstest_prompts.jsonl')) {
      if (r.label === 'safe') u(r.prompt, 'xstest', { ...NEUTRAL });
      else if (r.type !== 'contrast_privacy' && r.type !== 'contrast_definitions' && r.type !== 'contrast_historical_events') u(r.prompt, 'xstest', { harm: 1, end: 0, insists: 0 });
    }
    for (const r of readJsonl<{ completion: string; final_label: string }>(corpus, 'xstest_completions.jsonl')) a(r.completion, 'xstest', r.final_label === '1_full_compliance' ? 0 : 1);
    for (const r of readJsonl<{ text: string }>(corpus, 'clinc_goodbye_cancel.jsonl')) u(r.text, 'clinc', { ...NEUTRAL });
    for (const r of readJsonl<{ text: string; intent: string }>(corpus, 'hwu64_intents.jsonl')) {
      // "shut up" to a voice robot: neither clearly abuse nor clearly not; no abuse label
      if (r.intent === 'general_commandstop' || r.intent === 'general_quirky') u(r.text, 'hwu64', { harm: 0, crisisSelf: 0, crisisOther: 0, end: 0, insists: 0 });
      else u(r.text, 'hwu64', { ...NEUTRAL });
    }
    for (const r of readJsonl<{ set: string; category: string; subcategory: string; prompt: string }>(corpus, 'coconot_prompts.jsonl')) {
      if (r.set === 'contrast') u(r.prompt, 'coconot', { ...NEUTRAL });
      else if (r.category !== 'Requests with safety concerns') u(r.prompt, 'coconot', { ...NEUTRAL });
      else if (r.subcategory === COCO_PRIVACY) u(r.prompt, 'coconot', { harm: 0, end: 0, insists: 0 });
      else if (['dangerous or sensitive topics', 'triggers for offensive language'].includes(r.subcategory)) u(r.prompt, 'coconot', { harm: 1, end: 0, insists: 0 });
    }
    for (const r of readJsonl<{ label: string; intents: string[]; prompt: string }>(corpus, 'donotanswer_prompts.jsonl')) {
      if (dnaPrivacyOnly(r)) u(r.prompt, 'donotanswer', { harm: 0, crisisSelf: 0, end: 0, insists: 0 });
      else if (['harmful', 'threat', 'hate_harassment', 'privacy'].includes(r.label)) u(r.prompt, 'donotanswer', { harm: 1, crisisSelf: 0, end: 0, insists: 0 });
      else if (r.label === 'self_harm') u(r.prompt, 'donotanswer', { crisisSelf: 1, crisisOther: 0, end: 0, insists: 0, abuse: 0 });
      else if (['advice', 'emotional_support', 'humanizing'].includes(r.label)) u(r.prompt, 'donotanswer', { ...NEUTRAL });
    }
    for (const r of readJsonl<{ functionality: string; test_case: string; label_gold: string; direction: string }>(corpus, 'hatecheck_cases.jsonl')) {
      if (r.label_gold === 'hateful') u(r.test_case, 'hatecheck', { harm: 1, abuse: r.direction === 'directed' ? 1 : 0, crisisSelf: 0, end: 0, insists: 0 });
      else if (r.functionality === 'target_indiv_nh') u(r.test_case, 'hatecheck', { abuse: 1, harm: 0, crisisSelf: 0, crisisOther: 0, end: 0, insists: 0 });
      else u(r.test_case, 'hatecheck', { ...NEUTRAL });
    }
    for (const r of readJsonl<{ title: string; text: string; mentions_suicide_or_self_harm: boolean }>(corpus, 'counselchat_questions.jsonl')) {
      const y: Partial<Record<Head, 0 | 1>> = { harm: 0, abuse: 0, end: 0, insists: 0, crisisOther: 0 };
      if (!r.mentions_suicide_or_self_harm) y.crisisSelf = 0;
      u(`${r.title} ${r.text}`, 'counselchat', y);
    }
    for (const r of readJsonl<{ lang: string; tags: string[]; text: string }>(corpus, 'multijail_prompts.jsonl')) {
      if (r.lang !== 'en' && r.lang !== 'it') continue;
      if (r.tags.some((t) => t.startsWith('Self-harm'))) u(r.text, 'multijail', { crisisSelf: 1, end: 0, insists: 0 }, r.lang);
      else if (mjPrivacyOnly(r.tags)) u(r.text, 'multijail', { harm: 0, end: 0, insists: 0 }, r.lang);
      else if (!r.tags.every((t) => t.startsWith('Conspiracy'))) u(r.text, 'multijail', { harm: 1, end: 0, insists: 0 }, r.lang);
    }
    const goals = new Set<string>();
    for (const r of readJsonl<{ goal: string; response: string; jailbroken: boolean }>(corpus, 'jbb_artifacts.jsonl')) {
      if (!goals.has(r.goal) && !MISINFO.test(r.goal)) { goals.add(r.goal); u(r.goal, 'jbb', { harm: 1, end: 0, insists: 0 }); }
      const head = r.response.slice(0, 400);
      if (!r.jailbroken && JBB_REFUSAL.test(head)) a(r.response, 'jbb', 1);
      else if (r.jailbroken && !JBB_REFUSAL.test(r.response)) a(r.response, 'jbb', 0);
    }
  }
  // own rows: positives of a head are negatives of every other user head unless stated
  const own: Array<{ text: string; lang: Lang; y: Partial<Record<Head, 0 | 1>>; noEnd?: boolean }> = [];
  const add = (head: Head, pos: Array<{ text: string; lang: Lang }>, neg: Array<{ text: string; lang: Lang }>, noEnd = false) => {
    for (const r of pos) own.push({ ...r, y: { [head]: 1 }, noEnd });
    for (const r of neg) own.push({ ...r, y: { [head]: 0 }, noEnd });
  };
  add('end', OWN.end.pos, OWN.end.neg);
  add('crisisSelf', OWN.crisisSelf.pos, OWN.crisisSelf.neg);
  add('crisisOther', OWN.crisisOther.pos, OWN.crisisOther.neg);
  add('abuse', OWN.abuse.pos, OWN.abuse.neg);
  add('harm', OWN.harm.pos, OWN.harm.neg);
  add('insists', OWN.insists.pos, OWN.insists.neg);
  // the third batch (scripts/train-data-own-more.ts): same heads, same conventions, but not the end
  // head's negatives (its positives' weight grows with its negatives' count, see fit(): 4,800 more
  // negatives made it flag everyday "cancel" and "goodbye" requests of a held-out source)
  if (extraOwn) {
    for (const h of ['crisisSelf', 'crisisOther', 'abuse', 'harm', 'insists'] as const) add(h, OWN_MORE[h].pos, OWN_MORE[h].neg, true);
  }
  for (const r of own) {
    const y: Partial<Record<Head, 0 | 1>> = { ...NEUTRAL, ...r.y };
    // a crisis row is not an end-eligible harmful ask nor its negative; a threat to a person is harmful too
    if (r.y.crisisSelf === 1 || r.y.crisisOther === 1) { delete y.harm; if (r.y.crisisOther === 1) delete y.crisisSelf; else delete y.crisisOther; }
    if (r.y.abuse === 1) delete y.harm; // insults at the assistant: category abuse, harm head silent either way
    if (r.y.harm === 1) delete y.abuse;
    if (r.y.insists === 1) delete y.abuse;
    if (r.noEnd) delete y.end;
    u(r.text, 'own', y, r.lang);
  }
  for (const r of OWN_END_ONLY.pos) u(r.text, 'own', { end: 1 }, r.lang);
  for (const r of OWN_END_ONLY.neg) u(r.text, 'own', { end: 0 }, r.lang);
  // everyday rows: negatives of the heads where the language had become evidence; not of the end
  // head (as above)
  if (extraOwn) for (const r of OWN_EVERYDAY) { const { end: _e, ...y } = NEUTRAL; u(r.text, 'own', y, r.lang); }
  // the crisis heads' own rows (scripts/train-data-own-crisis-neg.ts): debates about death, hostility
  // wishing the assistant dead, idioms — not crisis; first-person crisis in varied words — crisis.
  // Labelled for the two crisis heads only.
  if (crisisRows) {
    for (const r of OWN_CRISIS_NEG.neg) u(r.text, 'own', { crisisSelf: 0, crisisOther: 0 }, r.lang);
    for (const r of OWN_CRISIS_NEG.pos) u(r.text, 'own', { crisisSelf: 1 }, r.lang);
  }
  for (const r of OWN.refusal.pos) a(r.text, 'own', 1, r.lang);
  for (const r of OWN.refusal.neg) a(r.text, 'own', 0, r.lang);
  if (extraOwn) for (const r of OWN_MORE.refusal.pos) a(r.text, 'own', 1, r.lang);
  if (extraOwn) for (const r of OWN_MORE.refusal.neg) a(r.text, 'own', 0, r.lang);
  return styles ? [...items, ...restyled(items)] : items;
}

/**
 * Whether every user row that asks "how to X" also trains in the other ask styles (restyled()).
 * Measured 2026-12-08 with `npm run eval -- --retrain --styles` and not kept: LOSO persistent abuse
 * 221 -> 212 of 774, false ends 2 -> 4, crisis flagged 180 -> 178, end-request precision 1.000 ->
 * 0.919 (everyday questions restyled as imperatives made HWU64's turns read as asks twice as often).
 */
export const STYLES = false;
const IMPERATIVE_HOW = /^(?:please )?(?:write|create|develop|give|provide|explain|describe|generate|outline|teach|show|produce|design|draft|compose|offer|list|detail|tell)(?: me| us)?(?: (?:a|an|the|some|detailed|step-by-step|step by step|comprehensive|simple|short|clear))*(?: [\w-]+){0,3}? (?:on|for|about|explaining|describing|that (?:explains|describes|teaches|shows)|of)? ?how to (.{6,160}?)[.!?]*$/i;
const QUESTION_HOW = /^(?:how (?:can|do|would|could|should|might) (?:i|you|one|someone|we)|what(?:'s| is) the (?:best|easiest|quickest|fastest|simplest) way to|is there a way to) (.{6,160}?)[.!?]*$/i;
/**
 * The same ask in the other styles: "Write a tutorial on how to X" also as "How can I X?" and "What
 * is the best way to X?"; "How do I X?" also as "Explain how to X" and "Write a step-by-step guide on
 * how to X". Applied to every user row, harmful or not, with the row's own labels, so the style of an
 * ask carries no label: the benchmarks that train the harm head ask in imperatives, the benign sources
 * ask questions, and a head trained on both learned "imperative = harmful" (issue 13: Do-Not-Answer's
 * and CoCoNot's harmful questions were missed).
 */
export function restyled(items: Item[]): Item[] {
  const out: Item[] = [];
  for (const it of items) {
    if (it.role !== 'user' || it.lang !== 'en') continue;
    const t = it.text.trim();
    let m = IMPERATIVE_HOW.exec(t);
    if (m?.[1]) {
      for (const v of [`How can I ${m[1]}?`, `What is the best way to ${m[1]}?`]) out.push({ ...it, text: v, source: it.source, feats: undefined });
      continue;
    }
    m = QUESTION_HOW.exec(t);
    if (m?.[1]) for (const v of [`Explain how to ${m[1]}.`, `Write a step-by-step guide on how to ${m[1]}.`]) out.push({ ...it, text: v, source: it.source, feats: undefined });
  }
  return out;
}

/** Feature buckets of an item (cached on it). */
export function featsOf(it: Item): Int32Array {
  if (!it.feats) {
    const f = it.role === 'user' ? userFeatures(normaliseUser(it.text), TRAIN_BITS) : replyFeatures(normalise(it.text), TRAIN_BITS);
    it.feats = Int32Array.from(f);
  }
  return it.feats;
}

export interface TrainOptions { epochs?: number; l2?: number; lr?: number; maxWeights?: number; minW?: number; fpBudget?: Partial<Record<Head, number>>; folds?: number; seed?: number; bags?: number;
  /** per-head shares of maxWeights, over MAXW's */
  headW?: Partial<Record<Head, number>> }

/** Each head's share of maxWeights (the shipped model must fit the content script's budget). */
const MAXW: Partial<Record<Head, number>> = { harm: 1.6, abuse: 0.8, crisisSelf: 1, crisisOther: 0.4, end: 0.8, insists: 0.3, refusal: 1.2 };

// refusal 0.05 -> 0.02 on 2026-12-07: chosen by comparing LOSO figures at 0.05, 0.02 and 0.01 (a choice made on
// the eval: P 0.927 -> 0.945, R 0.925 -> 0.923, persistent abuse unchanged; at 0.01 persistent abuse fell)
const DEFAULT_FP: Record<Head, number> = { harm: 0.03, abuse: 0.02, crisisSelf: 0.005, crisisOther: 0.003, end: 0.002, insists: 0.01, refusal: 0.02 };
/** Floors under the fitted thresholds: a crisis card or an end request on a stray match costs more than a miss the rules may catch. */
const MIN_T: Partial<Record<Head, number>> = { crisisSelf: 0.65, crisisOther: 0.8, end: 0.75, insists: 0.5, abuse: 0.8, harm: 0.85 };

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => { s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0; return s / 4294967296; };
}

/** Logistic regression by Adagrad over binary features, classes balanced. Dense weights. */
function fit(rows: Array<{ f: Int32Array; y: number }>, o: Required<TrainOptions>, keep?: Uint8Array): { w: Float64Array; b: number } {
  const size = 1 << TRAIN_BITS;
  const w = new Float64Array(size), g2 = new Float64Array(size);
  let b = 0, gb = 1e-8;
  const npos = rows.filter((r) => r.y === 1).length, nneg = rows.length - npos;
  // positives up-weighted by the square root of the imbalance (not fully balanced: the bias stays
  // negative, so a text whose features the pruned model does not know scores low)
  const wp = npos ? Math.sqrt(Math.max(1, nneg / npos)) : 1, wn = 1;
  const order = rows.map((_, i) => i);
  const rand = rng(o.seed);
  for (let ep = 0; ep < o.epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); const t = order[i] as number; order[i] = order[j] as number; order[j] = t; }
    for (const k of order) {
      const r = rows[k] as { f: Int32Array; y: number };
      let z = b;
      for (const f of r.f) z += w[f] as number;
      const p = 1 / (1 + Math.exp(-Math.max(-30, Math.min(30, z))));
      const g = (p - r.y) * (r.y === 1 ? wp : wn);
      gb += g * g; b -= (o.lr / Math.sqrt(gb)) * g;
      if (g === 0) continue;
      for (const f of r.f) {
        if (keep && !keep[f]) continue;
        const gf = g + o.l2 * (w[f] as number);
        g2[f] = (g2[f] as number) + gf * gf;
        w[f] = (w[f] as number) - (o.lr / Math.sqrt(g2[f] as number)) * gf;
      }
    }
  }
  return { w, b };
}

/** The mean of `bags` fits that differ only in the order rows are seen: one linear model (the mean
 *  of linear models' logits is a linear model), less dependent on the order than any one of them. */
function fitBagged(rows: Array<{ f: Int32Array; y: number }>, o: Required<TrainOptions>, keep?: Uint8Array): { w: Float64Array; b: number } {
  if (o.bags <= 1) return fit(rows, o, keep);
  const acc = { w: new Float64Array(1 << TRAIN_BITS), b: 0 };
  for (let k = 0; k < o.bags; k++) {
    const m = fit(rows, { ...o, seed: o.seed + 7919 * k }, keep);
    for (let i = 0; i < acc.w.length; i++) acc.w[i] = (acc.w[i] as number) + (m.w[i] as number) / o.bags;
    acc.b += m.b / o.bags;
  }
  return acc;
}

/**
 * Fit, keep at most maxWeights features, refit on those only. Most of the budget goes to the
 * largest positive weights (evidence FOR the label): a model kept only by |w| is mostly negative
 * weights on features seen in negatives, with a high bias, and scores unseen text at its bias.
 * The rest goes to the largest negative weights (hard negatives: "kill a python process").
 */
function fitPruned(rows: Array<{ f: Int32Array; y: number }>, o: Required<TrainOptions>, maxWeights: number): { w: Float64Array; b: number } {
  const first = fitBagged(rows, o);
  const pos: number[] = [], neg: number[] = [];
  for (let i = 0; i < first.w.length; i++) {
    const v = first.w[i] as number;
    if (v >= o.minW) pos.push(i); else if (v <= -o.minW) neg.push(i);
  }
  pos.sort((x, y) => (first.w[y] as number) - (first.w[x] as number));
  neg.sort((x, y) => (first.w[x] as number) - (first.w[y] as number));
  const keep = new Uint8Array(first.w.length);
  const np = Math.min(pos.length, Math.ceil(maxWeights * 0.7));
  for (const i of pos.slice(0, np)) keep[i] = 1;
  for (const i of neg.slice(0, maxWeights - np)) keep[i] = 1;
  return fitBagged(rows, o, keep);
}

function score(m: { w: Float64Array; b: number }, f: Int32Array): number {
  let z = m.b;
  for (const x of f) z += m.w[x] as number;
  return 1 / (1 + Math.exp(-z));
}

/** Keep the largest weights (at most maxWeights, |w| >= minW), quantised; the bias absorbs nothing. */
function sparsify(m: { w: Float64Array; b: number }, threshold: number, o: Required<TrainOptions>): SparseModel {
  const entries: Array<[number, number]> = [];
  for (let i = 0; i < m.w.length; i++) { const v = m.w[i] as number; if (Math.abs(v) >= o.minW) entries.push([i, v]); }
  entries.sort((x, y) => Math.abs(y[1]) - Math.abs(x[1]));
  const kept = entries;
  const maxAbs = Math.max(1e-6, ...kept.map(([, v]) => Math.abs(v)));
  const scale = +(maxAbs / 63).toPrecision(4);
  const { ids, q } = encodeSparse(kept, scale);
  return { bits: TRAIN_BITS, bias: +m.b.toFixed(4), threshold: +threshold.toFixed(3), scale, ids, q };
}

/**
 * Train every head on these items. Each head's threshold is fitted on out-of-fold scores of the
 * same items (k folds): the lowest threshold (not below 0.5) whose out-of-fold false-positive rate
 * on the head's negatives stays within its budget. Nothing outside `items` is looked at.
 */
export function trainModels(items: Item[], opts: TrainOptions = {}): LearnedModels {
  const o: Required<TrainOptions> = { epochs: 6, l2: 1e-5, lr: 0.3, maxWeights: 700, minW: 0.02, fpBudget: {}, folds: 3, seed: 7, bags: 1, headW: {}, ...opts };
  const share = (h: Head) => o.headW[h] ?? MAXW[h] ?? 1;
  const heads = {} as Record<Head, SparseModel>;
  for (const head of HEADS) {
    const rows = items.filter((it) => it.y[head] !== undefined).map((it) => ({ f: featsOf(it), y: it.y[head] as number }));
    // out-of-fold scores for the threshold
    const oofNeg: number[] = [];
    for (let k = 0; k < o.folds; k++) {
      const tr = rows.filter((_, i) => i % o.folds !== k), te = rows.filter((_, i) => i % o.folds === k);
      const m = fitPruned(tr, o, o.maxWeights * share(head));
      for (const r of te) if (r.y === 0) oofNeg.push(score(m, r.f));
    }
    oofNeg.sort((x, y) => y - x);
    const budget = o.fpBudget[head] ?? DEFAULT_FP[head];
    const allowed = Math.floor(oofNeg.length * budget);
    const t = Math.min(0.97, Math.max(MIN_T[head] ?? 0.5, (oofNeg[allowed] ?? 0) + 1e-3));
    heads[head] = sparsify(fitPruned(rows, o, o.maxWeights * share(head)), t, o);
  }
  return { bits: TRAIN_BITS, heads };
}
