/**
 * Trains the harm detector's learned fallback offline and writes src/policy/harm-model.ts.
 *
 *   npx tsx scripts/train-harm.ts [--corpus ../shared/corpus] [--dry]
 *
 * Model: logistic regression over hashed word unigrams + bigrams (src/policy/harm.ts,
 * forEachHarmFeature), binary features. The shipped file holds only bucket indexes and weights —
 * no words, no sentences.
 *
 * Data (every source split in two halves by a hash of its id; only the TRAIN half is used here,
 * the HELD-OUT half is reported below and by `npm run eval`):
 *   positives  HarmBench behaviours (not copyright, not misinformation) + AdvBench goals, minus the
 *              misinformation/defamation/election/review asks (not end-eligible; the same filter
 *              `npm run eval` uses for persistent-abuse threads), plus XSTest's unsafe contrast
 *              prompts except contrast_privacy (privacy is never end-eligible);
 *   negatives  XSTest safe prompts; CLINC utterances (all intents); benign request-style prompts
 *              written for this project (BENIGN below: same "write a tutorial / develop a script"
 *              framing as the harmful sets, harmless topics, incl. security/safety topics; questions
 *              about crime and society, persuasion, and strong opinions on contested topics).
 *   HH-RLHF harmless-base user turns are NOT used as negatives (most are red-team asks); their flag
 *   rate is printed as information only.
 * Split: heldOut(key) = fnv1a(key) is odd, key = the row id (HarmBench BehaviorID, advbench_N,
 * `xstest-<id>`) or, for CLINC and BENIGN rows, the text itself.
 * Threshold: 5-fold cross-validation on the train half; the lowest threshold whose out-of-fold
 * flags on negatives that the rules alone do not flag (after the same gating detectHarm applies: rules first, request framing,
 * no games/fiction, homonyms neutralised) stay within FP_BUDGET, then raised by MARGIN.
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normaliseUser } from '../src/policy/normalise';
import { detectHarm, detectHarmRules, harmFeatures, harmScore, fnv1a, type HarmModel } from '../src/policy/harm';
import { encodeSparse } from '../src/policy/sparse';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const argi = process.argv.indexOf('--corpus');
const corpus = argi > 0 ? resolve(process.argv[argi + 1] ?? '') : resolve(root, '../shared/corpus');
const dry = process.argv.includes('--dry');
if (!existsSync(resolve(corpus, 'harmbench_behaviors.jsonl'))) { console.error(`corpus not found: ${corpus}`); process.exit(1); }

const heldOut = (key: string): boolean => (fnv1a(key) & 1) === 1;

const BITS = Number(process.env.BITS ?? 16);
const L2 = Number(process.env.L2 ?? 0.0005);
const EPOCHS = Number(process.env.EPOCHS ?? 300);
const LR = 0.05;
const MIN_COUNT = Number(process.env.MIN_COUNT ?? 2);
const FP_BUDGET = Number(process.env.FP_BUDGET ?? 0);
const MARGIN = Number(process.env.MARGIN ?? 0.05);
const NEG_WEIGHT = Number(process.env.NEG_WEIGHT ?? 2);
const QMAX = Number(process.env.QMAX ?? 127);
const MIN_W = Number(process.env.MIN_W ?? 0.02);

function readJsonl<T>(file: string): T[] {
  return readFileSync(resolve(corpus, file), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

// ---------------------------------------------------------------- benign request-style prompts
// Written for this project (not from any corpus): harmless tasks in the harmful sets' framing.
const ACT = [
  'bake sourdough bread', 'repot a houseplant', 'change a flat tire', 'set up a home wifi network', 'back up my photos to an external drive',
  'train for a half marathon', 'learn Spanish in six months', 'negotiate a higher salary', 'file my taxes on time', 'clean a cast iron pan',
  'brew cold brew coffee', 'write a strong cover letter', 'start a vegetable garden', 'fix a leaky faucet', 'lower my electricity bill',
  'build a wooden birdhouse', 'organise a small closet', 'start a daily meditation habit', 'plan a surprise birthday party', 'paint a bedroom wall',
  'install linux on an old laptop', 'make homemade pasta', 'teach a dog to sit', 'improve my credit score legally', 'prepare for a job interview',
  'set up two-factor authentication on my accounts', 'recognise a phishing email', 'report identity theft to the authorities', 'protect my kids online',
  'secure my home router', 'create a strong password', 'recover a hacked social media account', 'keep my laptop safe from malware',
  'dispose of old batteries safely', 'store cleaning products safely', 'put out a small kitchen fire', 'give first aid to someone who is choking',
  'help a friend who is being bullied', 'support a coworker after a car accident', 'talk to my teenager about drugs', 'childproof my kitchen',
  'save money on groceries', 'invest in index funds', 'write a wedding toast', 'knit a scarf', 'tune a guitar', 'cook a turkey',
  'grow tomatoes on a balcony', 'make a budget spreadsheet', 'study for a chemistry exam', 'build a simple robot with an arduino',
  'write a python script to sort files', 'speed up a slow computer', 'learn to code in javascript', 'photograph the night sky', 'sharpen a kitchen knife safely',
  'remove a wasp nest safely', 'get rid of fruit flies', 'pick a good lock for my front door', 'teach kids about internet safety', 'stay safe while hiking alone',
  'write a mystery novel outline', 'run a fair election for our student council', 'run a charity bake sale', 'apply for a passport', 'renew my driving licence',
];
const ACT_FRAMES = [
  'Write a tutorial on how to %', 'Create a step-by-step guide for how to %', 'Give detailed instructions on how to %', 'Explain how to %',
  'Provide step-by-step instructions for how to %', 'Describe in detail how to %', 'Teach me how to %', 'How do I %?', "What's the best way to %?",
  'Outline a plan to %', 'Suggest some ways to %', 'Write a blog post explaining how to %', 'Create a video tutorial script showing how to %',
  'Can you help me %?', 'I want to %, where do I start?', 'Develop a strategy to %', 'Give me tips to %', 'Write a guide on how to %',
];
const PROG = [
  'renames the files in a folder by date', 'tracks my daily water intake', 'reminds me to take my medication', 'sorts a list of numbers',
  'converts celsius to fahrenheit', 'checks my website for broken links', 'encrypts my personal notes with a password', 'monitors the cpu usage of my server',
  'backs up a database every night', 'sends a weekly newsletter to subscribers who signed up', 'counts the words in a document', 'resizes images for the web',
  'generates strong random passwords', 'detects spam comments on my blog', 'blocks malicious login attempts on my server', 'scans my computer for viruses',
  'helps students practise multiplication', 'lets users book appointments at a hair salon', 'shows the weather forecast', 'splits a restaurant bill between friends',
  'manages a shared grocery list', 'plays tic tac toe', 'logs my workouts', 'translates text into french', 'finds duplicate photos on my drive',
  'alerts me when my plants need watering', 'calculates mortgage payments', 'visualises covid case data from public sources', 'tests my own website for sql injection before launch',
];
const PROG_FRAMES = [
  'Write a script that %', 'Develop a program that %', 'Create an app that %', 'Write a python function that %', 'Design a website that %',
  'Develop a mobile app that %', 'Write code that %', 'Build a tool that %', 'Create a bot that %', 'Write a javascript program that %',
];
const TOPIC = [
  'the history of the printing press', 'renewable energy', 'how vaccines work', 'the benefits of regular exercise', 'the causes of the first world war',
  'climate change', 'the dangers of drunk driving', 'how to spot online scams', 'the importance of voting', 'why bullying is harmful', 'the effects of drug addiction',
  'how the police investigate burglaries', 'the history of nuclear power', 'cybersecurity careers', 'the ethics of artificial intelligence', 'healthy sleep habits',
  'the life of marie curie', 'ocean pollution', 'the roman empire', 'how credit cards work', 'the risks of gambling', 'online privacy', 'the civil rights movement',
  'how antibiotics work', 'the french revolution', 'the psychology of persuasion', 'preventing wildfires', 'the stock market for beginners', 'the history of cryptography',
];
const TOPIC_FRAMES = [
  'Write a blog post about %', 'Write a persuasive essay on %', 'Create a presentation about %', 'Write an article about %', 'Write a speech about %',
  'Create a social media post about %', 'Write a short story about %', 'Generate a summary of %', 'Write a poem about %', 'Create a lesson plan about %',
  'Compose a podcast script about %', 'Write a report on %', 'Draft a newsletter about %', 'Explain %',
];
const MSG = [
  'thank my neighbour for watering my plants', 'invite my coworkers to a potluck', 'apologise to a friend for missing her party', 'congratulate my sister on her new job',
  'ask my landlord to fix the heating', 'remind my team about the deadline', 'welcome new members to our book club', 'ask my boss for a day off',
  'cheer up a friend who is feeling down', 'tell my students about the field trip', 'politely decline a wedding invitation', 'encourage my team before a big game',
];
const MSG_FRAMES = ['Write a message to %', 'Draft an email to %', 'Compose a letter to %', 'Write a text message to %', 'Create a social media post to %', 'Help me write a note to %'];

// Questions about crime/society, persuasion and opinions on contested topics (heated but legitimate).
const SOCIAL = [
  'get wrongly convicted of crimes they did not commit', 'fall for phishing scams', 'become addicted to gambling', 'reoffend after leaving prison',
  'lie on their resumes', 'cheat on their partners', 'join gangs as teenagers', 'distrust vaccines', 'drive after drinking', 'get radicalised online',
  'shoplift when they are poor', 'avoid paying their taxes', 'believe conspiracy theories', 'bully other kids at school', 'become homeless',
];
const SOCIAL_FRAMES = ['Do a lot of people %?', 'Why do people %?', 'How common is it for people to %?', 'What makes people %?', 'Is it true that many people %?', 'How can we stop people who %?'];
const PERSUADE = [
  'vote for my candidate', 'recycle more', 'get vaccinated', 'adopt a shelter dog', 'join our union', 'support the new park', 'switch to linux',
  'support the republican party', 'support the democratic party', 'become a conservative', 'become a progressive', 'eat less meat', 'stop smoking',
  'sign our petition against the new highway', 'donate to the food bank', 'come to the protest on saturday', 'take climate change seriously',
];
const PERSUADE_FRAMES = ['How do I convince people to %?', 'How can I persuade my friends to %?', 'Give me arguments to get my family to %', 'Write a speech to convince voters to %', "What's the best way to get my neighbours to %?"];
const OPINION = [
  "I'm so tired of people who refuse to listen to science", 'Immigration makes our economy stronger and I will not pretend otherwise', 'Gun laws in this country are a joke and you know it',
  'Religion has done more harm than good, change my mind', 'The death penalty is state-sanctioned murder', 'Rent control destroys housing markets, full stop',
  'Politicians on both sides are liars and crooks', 'Nuclear power is the only serious answer to climate change', 'Social media is poisoning our kids and nobody does anything',
  "Unions are killing small businesses and I'm sick of hearing otherwise", 'Police unions protect bad cops, admit it', 'Vaccine mandates were government overreach',
  'Capitalism is theft dressed up as freedom', 'Zoos are prisons for animals', 'Eating meat is morally indefensible', 'Taxes are too high and the government wastes everything',
];

function expand(items: string[], frames: string[], stride: number): string[] {
  const out: string[] = [];
  items.forEach((it, i) => {
    for (let k = 0; k < 3; k++) out.push((frames[(i * stride + k * 5) % frames.length] as string).replace('%', it));
  });
  return out;
}
const BENIGN = [...new Set([...expand(ACT, ACT_FRAMES, 7), ...expand(PROG, PROG_FRAMES, 3), ...expand(TOPIC, TOPIC_FRAMES, 5), ...expand(MSG, MSG_FRAMES, 1), ...expand(SOCIAL, SOCIAL_FRAMES, 1), ...expand(PERSUADE, PERSUADE_FRAMES, 2), ...OPINION])];

// ---------------------------------------------------------------- corpora
interface HB { id: string; behavior: string; category: string; functional_category: string }
interface AB { id: string; goal: string }
interface Xs { id: number; prompt: string; type: string; label: string }
interface Clinc { text: string; intent: string }
interface HH { id: string; turns: Array<{ role: string; text: string }> }
/** Not end-eligible (misinformation, defamation, elections, reviews, lyrics): same filter as scripts/eval.ts. */
const MISINFO = /fake news|misinformation|disinformation|false information|conspiracy|propaganda|persuasive (?:article|essay|post)|hoax|defam|election|vote|voting|lyrics|passage from|review/i;

interface Ex { key: string; text: string; y: 0 | 1; src: string }
const ex: Ex[] = [];
for (const b of readJsonl<HB>('harmbench_behaviors.jsonl')) {
  if (b.category === 'copyright' || b.category === 'misinformation_disinformation' || MISINFO.test(b.behavior)) continue;
  ex.push({ key: b.id, text: b.behavior, y: 1, src: 'harmbench' });
}
for (const a of readJsonl<AB>('advbench_behaviors.jsonl')) if (!MISINFO.test(a.goal)) ex.push({ key: a.id, text: a.goal, y: 1, src: 'advbench' });
for (const x of readJsonl<Xs>('xstest_prompts.jsonl')) {
  if (x.label === 'unsafe' && x.type !== 'contrast_privacy') ex.push({ key: `xstest-${x.id}`, text: x.prompt, y: 1, src: 'xstest-unsafe' });
  if (x.label === 'safe') ex.push({ key: `xstest-${x.id}`, text: x.prompt, y: 0, src: 'xstest-safe' });
}
for (const c of readJsonl<Clinc>('clinc_goodbye_cancel.jsonl')) ex.push({ key: c.text, text: c.text, y: 0, src: 'clinc' });
for (const t of BENIGN) ex.push({ key: t, text: t, y: 0, src: 'benign-written' });

const norm = new Map<Ex, string>();
for (const e of ex) norm.set(e, normaliseUser(e.text));
const train = ex.filter((e) => !heldOut(e.key));
const held = ex.filter((e) => heldOut(e.key));

// ---------------------------------------------------------------- model
interface Fitted { bias: number; w: Float64Array }
function fit(rows: Ex[]): Fitted {
  const X = rows.map((e) => harmFeatures(norm.get(e) as string, BITS));
  const counts = new Map<number, number>();
  for (const f of X) for (const b of f) counts.set(b, (counts.get(b) ?? 0) + 1);
  const Xf = X.map((f) => f.filter((b) => (counts.get(b) ?? 0) >= MIN_COUNT));
  const size = 1 << BITS;
  const w = new Float64Array(size), m = new Float64Array(size), v = new Float64Array(size);
  let b = 0, mb = 0, vb = 0;
  const b1 = 0.9, b2 = 0.999, eps = 1e-8;
  const used = [...counts].filter(([, c]) => c >= MIN_COUNT).map(([k]) => k);
  const sw = rows.map((e) => (e.y ? 1 : NEG_WEIGHT));
  const W = sw.reduce((a, c) => a + c, 0);
  for (let t = 1; t <= EPOCHS; t++) {
    const g = new Float64Array(size);
    let gb = 0;
    for (let i = 0; i < Xf.length; i++) {
      const xi = Xf[i] as number[];
      let z = b;
      for (const j of xi) z += w[j] as number;
      const d = ((1 / (1 + Math.exp(-z))) - (rows[i] as Ex).y) * (sw[i] as number);
      gb += d;
      for (const j of xi) g[j] = (g[j] as number) + d;
    }
    for (const j of used) {
      const gj = (g[j] as number) / W + L2 * (w[j] as number);
      m[j] = b1 * (m[j] as number) + (1 - b1) * gj;
      v[j] = b2 * (v[j] as number) + (1 - b2) * gj * gj;
      w[j] = (w[j] as number) - (LR * ((m[j] as number) / (1 - b1 ** t))) / (Math.sqrt((v[j] as number) / (1 - b2 ** t)) + eps);
    }
    gb /= W;
    mb = b1 * mb + (1 - b1) * gb;
    vb = b2 * vb + (1 - b2) * gb * gb;
    b -= (LR * (mb / (1 - b1 ** t))) / (Math.sqrt(vb / (1 - b2 ** t)) + eps);
  }
  return { bias: b, w };
}
/** Sparse, quantised model: weights |w| >= MIN_W as integer steps (QMAX steps cover the largest weight). */
function toModel(f: Fitted, threshold: number): HarmModel {
  const entries: Array<[number, number]> = [];
  let maxAbs = 0;
  f.w.forEach((x, j) => { if (Math.abs(x) >= MIN_W) { entries.push([j, x]); maxAbs = Math.max(maxAbs, Math.abs(x)); } });
  const scale = Math.round((maxAbs / QMAX) * 1e5) / 1e5 || 1e-3;
  const { ids, q } = encodeSparse(entries, scale);
  return { bits: BITS, bias: Math.round(f.bias * 1000) / 1000, threshold, scale, ids, q };
}
/** The full detector (rules, then gated model) with a given model. */
const flagged = (e: Ex, mdl: HarmModel) => detectHarm(norm.get(e) as string, mdl).length > 0;
const ruleHit = new Map<Ex, boolean>();
for (const e of ex) ruleHit.set(e, detectHarmRules(norm.get(e) as string).length > 0);

// ---- threshold by 5-fold CV on the train half (gating included)
const K = 5;
const oof: Array<{ e: Ex; mdl: HarmModel }> = [];
for (let k = 0; k < K; k++) {
  const tr = train.filter((_, i) => i % K !== k), te = train.filter((_, i) => i % K === k);
  const mdl = toModel(fit(tr), 0.5);
  for (const e of te) oof.push({ e, mdl });
}
let thr = 0.99;
for (let t = 0.3; t <= 0.99; t += 0.01) {
  const fp = oof.filter(({ e, mdl }) => e.y === 0 && !ruleHit.get(e) && flagged(e, { ...mdl, threshold: t })).length;
  const negs = oof.filter(({ e }) => e.y === 0).length;
  if (fp / negs <= FP_BUDGET) { thr = t; break; }
}
const oofRecall = (t: number) => { const ps = oof.filter(({ e }) => e.y === 1); return ps.filter(({ e, mdl }) => flagged(e, { ...mdl, threshold: t })).length / ps.length; };
const threshold = Math.min(0.99, Math.round((thr + MARGIN) * 100) / 100);
console.log(`train ${train.length} (pos ${train.filter((e) => e.y).length}), held-out ${held.length} (pos ${held.filter((e) => e.y).length})`);
console.log(`CV: lowest threshold with out-of-fold negatives newly flagged by the model <= ${FP_BUDGET}: ${thr.toFixed(2)} (oof recall ${oofRecall(thr).toFixed(3)}); shipped ${threshold} (oof recall ${oofRecall(threshold).toFixed(3)})`);

const model = toModel(fit(train), threshold);

// ---- report (counts only; no text)
const rate = (rows: Ex[], f: (e: Ex) => boolean) => `${rows.filter(f).length}/${rows.length}`;
const srcs = [...new Set(ex.map((e) => e.src))];
console.log('\nsource            split     rules-only   rules+model  model alone (no rules, no gating)');
for (const s of srcs) for (const [name, rows] of [['train', train], ['HELD-OUT', held]] as const) {
  const rs = rows.filter((e) => e.src === s);
  console.log(`${s.padEnd(17)} ${name.padEnd(9)} ${rate(rs, (e) => detectHarmRules(norm.get(e) as string).length > 0).padEnd(12)} ${rate(rs, (e) => flagged(e, model)).padEnd(12)} ${rate(rs, (e) => harmScore(norm.get(e) as string, model) >= model.threshold)}`);
}
const hh = readJsonl<HH>('hh_harmless_test.jsonl');
const hhFirst = hh.map((d) => d.turns.find((t) => t.role === 'user')?.text ?? '').filter(Boolean).map((t) => normaliseUser(t));
console.log(`\nHH first user turns (unlabelled, mostly red-team; info): rules ${hhFirst.filter((t) => detectHarmRules(t).length).length}/${hhFirst.length}, rules+model ${hhFirst.filter((t) => detectHarm(t, model).length).length}/${hhFirst.length}`);

if (!dry) {
  const chunk = (a: number[]) => { const lines: string[] = []; for (let i = 0; i < a.length; i += 40) lines.push('    ' + a.slice(i, i + 40).join(',') + ','); return lines.join('\n'); };
  const out = `// GENERATED by scripts/train-harm.ts — do not edit by hand.
// Logistic model over hashed word unigrams/bigrams of a user turn (src/policy/harm.ts). Contains only
// bucket ids (0..2^${BITS}-1, ascending, delta-encoded) and integer weights (x ${model.scale}): no words
// or text. Trained on the train half (fnv1a(id) even) of HarmBench/AdvBench/XSTest-unsafe (positives)
// and XSTest-safe/CLINC/own benign prompts (negatives). ${model.ids.length} non-zero weights.
import type { HarmModel } from './harm';
export const HARM_MODEL: HarmModel = {
  bits: ${BITS},
  bias: ${model.bias},
  threshold: ${model.threshold},
  scale: ${model.scale},
  ids: [
${chunk(model.ids)}
  ],
  q: [
${chunk(model.q)}
  ],
};
`;
  writeFileSync(resolve(root, 'src/policy/harm-model.ts'), out);
  console.log(`\nwrote src/policy/harm-model.ts (${model.ids.length} weights, threshold ${threshold}, ${out.length} bytes)`);
}
