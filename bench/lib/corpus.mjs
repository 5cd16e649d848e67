// Text for the bench: the labelled corpus in ../shared/corpus when it is there, else the project's
// own policy scenarios (test/policy-scenarios). No text is ever printed.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

const CORPUS = resolve('../shared/corpus');
const SCENARIOS = resolve('test/policy-scenarios');
const jsonl = (f) => readFileSync(f, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

export const hasCorpus = () => existsSync(join(CORPUS, 'xstest_completions.jsonl'));

/** Threads to time the policy over: every scenario, plus corpus-assembled threads. */
export function policyThreads() {
  const threads = [];
  for (const f of readdirSync(SCENARIOS).filter((x) => x.endsWith('.jsonl')).sort()) {
    for (const s of jsonl(join(SCENARIOS, f))) threads.push(s.turns);
  }
  if (!hasCorpus()) return { threads, source: 'test/policy-scenarios' };
  const comps = jsonl(join(CORPUS, 'xstest_completions.jsonl'));
  // XSTest: four prompt/answer exchanges per thread, as the eval assembles them.
  for (let i = 0; i + 3 < comps.length; i += 4) {
    threads.push(comps.slice(i, i + 4).flatMap((c) => [{ role: 'user', text: c.prompt }, { role: 'assistant', text: c.completion }]));
  }
  for (const d of jsonl(join(CORPUS, 'hh_harmless_test.jsonl'))) threads.push(d.turns);
  const refusals = comps.filter((c) => c.label === 'unsafe' && c.final_label === '2_full_refusal').map((c) => c.completion);
  const asks = [...jsonl(join(CORPUS, 'harmbench_behaviors.jsonl')).map((b) => b.behavior), ...jsonl(join(CORPUS, 'advbench_behaviors.jsonl')).map((a) => a.goal)];
  for (let i = 0; i + 3 < asks.length; i += 4) {
    threads.push(asks.slice(i, i + 4).flatMap((a, j) => [{ role: 'user', text: a }, { role: 'assistant', text: refusals[(i + j) % refusals.length] }]));
  }
  for (const c of jsonl(join(CORPUS, 'clinc_goodbye_cancel.jsonl'))) threads.push([{ role: 'user', text: c.text }]);
  return { threads, source: 'test/policy-scenarios + ../shared/corpus (XSTest, HH, HarmBench, AdvBench, CLINC)' };
}

/**
 * Exchanges for a long, ordinary chat that grows in the page: benign prompts answered without
 * refusal (XSTest safe + compliant answers, or the benign scenarios), and only exchanges that the
 * policy itself reads as benign, so that the thread stays open for its whole length.
 */
export function benignExchanges(policy) {
  let pairs = [];
  if (hasCorpus()) {
    pairs = jsonl(join(CORPUS, 'xstest_completions.jsonl'))
      .filter((c) => c.label === 'safe' && c.final_label === '1_full_compliance')
      .map((c) => [c.prompt, c.completion]);
  } else {
    for (const f of ['benign.jsonl', 'controversial.jsonl']) {
      for (const s of jsonl(join(SCENARIOS, f))) {
        for (let i = 0; i + 1 < s.turns.length; i += 2) {
          if (s.turns[i].role === 'user' && s.turns[i + 1].role === 'assistant') pairs.push([s.turns[i].text, s.turns[i + 1].text]);
        }
      }
    }
  }
  return pairs.filter(([u, a]) => {
    const s = policy.classifyUser(u);
    return !s.categories.length && !s.crisis && !s.endRequest && !policy.classifyAssistant(a).refused;
  });
}
