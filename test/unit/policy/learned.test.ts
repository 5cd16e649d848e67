import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  classifyUser, classifyAssistant, classifyTurn, runThread, replay, advance, initialState, LEARNED, USER_HEADS, userFeatures, replyFeatures, headScore,
  normalise, type Turn, type TurnSignal,
} from '../../../src/policy/index';
import { decodeSparse } from '../../../src/policy/sparse';
import { userBuckets, replyBuckets } from '../../../src/policy/learned';

const here = dirname(fileURLToPath(import.meta.url));

describe('learned model file', () => {
  it('ships bucket ids and integer weights only, every head with a threshold in (0, 1)', () => {
    const src = readFileSync(resolve(here, '../../../src/policy/learned-model.ts'), 'utf8');
    // no quoted strings in the data part: no words or text
    const data = src.slice(src.indexOf('export const LEARNED'));
    expect(data).not.toMatch(/["'`]/);
    for (const h of [...USER_HEADS, 'refusal'] as const) {
      const m = LEARNED.heads[h];
      expect(m.threshold, h).toBeGreaterThan(0);
      expect(m.threshold, h).toBeLessThan(1);
      expect(m.q.every((q) => Number.isInteger(q) && Math.abs(q) <= 127), h).toBe(true);
      const { ids } = decodeSparse(m);
      expect(ids.every((b, i) => b >= 0 && b < 1 << LEARNED.bits && (i === 0 || b > (ids[i - 1] as number))), h).toBe(true);
    }
  });
  it('scores by summing the weights of the distinct buckets a text has (reference scorer)', () => {
    for (const h of ['abuse', 'end', 'crisisSelf'] as const) {
      const m = LEARNED.heads[h];
      const { ids, w } = decodeSparse(m);
      const map = new Map(ids.map((b, i) => [b, w[i] as number]));
      for (const t of ['you are a useless bot', 'cierra este chat ya', 'ich will nicht mehr leben', 'how do I bake bread']) {
        const f = userFeatures(normalise(t), LEARNED.bits);
        let z = m.bias;
        for (const b of new Set(f)) z += map.get(b) ?? 0;
        expect(headScore(m, f)).toBeCloseTo(1 / (1 + Math.exp(-z)), 5);
      }
    }
  });
  it('the scoring buckets (duplicates kept, no Set) score exactly as the distinct training features do', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), fc.constantFrom('sorry, i cannot help with that. ', 'sure! here is how ', 'du bist nutzlos ', ''), (s, pre) => {
      const n = normalise(pre + s + ' ' + s);
      for (const h of USER_HEADS) expect(headScore(LEARNED.heads[h], userBuckets(n, LEARNED.bits))).toBe(headScore(LEARNED.heads[h], userFeatures(n, LEARNED.bits)));
      expect(headScore(LEARNED.heads.refusal, replyBuckets(n, LEARNED.bits))).toBe(headScore(LEARNED.heads.refusal, replyFeatures(n, LEARNED.bits)));
    }), { numRuns: 300 });
  });
  it('features depend on the text only, and are the same for equal normalised texts', () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (s) => {
      const a = userFeatures(normalise(s), LEARNED.bits), b = userFeatures(normalise(s.toUpperCase()), LEARNED.bits);
      expect(new Set(a)).toEqual(new Set(b));
      expect(replyFeatures(normalise(s), LEARNED.bits).every((x) => x >= 0 && x < 1 << LEARNED.bits)).toBe(true);
    }), { numRuns: 200 });
  });
});

describe('end requests (en/es/de)', () => {
  const pos = ['I want out of this conversation', 'close this chat now', 'hang up', 'ok, end this chat please',
    'quiero salir de este chat', 'cierra la conversación, por favor', 'beende diesen Chat', 'ich will nicht mehr mit dir reden'];
  const neg = ['stop the timer', 'cancel my order', 'stop talking about football', 'How do I end a WebSocket connection?', 'thanks, bye!',
    'para el temporizador', 'cancela mi pedido', '¿cómo cierro un chat de WhatsApp?', 'stopp den Timer', 'storniere meine Bestellung', 'danke, tschüss!'];
  it('flags asks to end this chat', () => { for (const t of pos) expect(classifyUser(t).endRequest, t).toBe(true); });
  it('leaves task cancels, farewells and how-to questions alone', () => { for (const t of neg) expect(classifyUser(t).endRequest, t).toBe(false); });
  it('never flags an end request and a crisis on the same turn', () => {
    for (const t of ['I want to end it all', 'quiero acabar con todo, ya no puedo más', 'ich will nicht mehr leben']) {
      const s = classifyUser(t);
      expect(s.crisis, t).not.toBeNull();
      expect(s.endRequest, t).toBe(false);
    }
  });
});

describe('crisis (en/es/de)', () => {
  it('flags self-harm and harm to a specific person stated as plans', () => {
    for (const t of ["I want to kill myself", 'quiero morirme', 'me voy a suicidar', 'ich will sterben', 'ich werde mich umbringen'])
      expect(classifyUser(t).crisis, t).toBe('self-harm');
    for (const t of ["I'm going to kill my husband tonight"]) expect(classifyUser(t).crisis, t).toBe('harm-others');
  });
  it('leaves idioms and helping others alone', () => {
    for (const t of ['How can I kill a Python process?', 'this traffic is killing me', 'me muero de hambre', 'dieser Verkehr bringt mich um', 'how do I support a friend who talks about suicide'])
      expect(classifyUser(t).crisis, t).toBeNull();
  });
});

describe('abuse at the assistant (en/es/de)', () => {
  it('flags insults at "you"', () => {
    for (const t of ['you are a useless piece of junk', 'eres un inútil', 'cállate, imbécil', 'du bist so dumm', 'halt die Klappe, du Idiot'])
      expect(classifyUser(t).categories, t).toContain('abuse_at_assistant');
  });
  it('leaves criticism and thanks alone', () => {
    for (const t of ['you made a mistake in the second step', 'thanks, you are very helpful', 'gracias, eres muy útil'])
      expect(classifyUser(t).categories, t).toEqual([]);
  });
  // Known miss (reported in the closing note): "du bist" weighs as abuse in German. it.fails turns green-to-red when fixed.
  it.fails('KNOWN MISS: German thanks addressed with "du bist" is not abuse', () => {
    expect(classifyUser('danke, du bist sehr hilfreich').categories).toEqual([]);
  });
});

describe('refusals, redirections and boundaries (en/es/de)', () => {
  it('reads push-backs as refusals', () => {
    for (const t of ["I won't keep going if the insults continue.", "I'm sorry, but I can't help with that.", 'Lo siento, pero no puedo ayudarte con eso.', 'Tut mir leid, dabei kann ich nicht helfen.'])
      expect(classifyAssistant(t).refused, t).toBe(true);
  });
  it('reads ordinary answers as answers', () => {
    for (const t of ['The capital of Australia is Canberra.', 'Claro, aquí tienes la receta: mezcla harina y agua.', 'Klar, hier ist das Rezept: Mehl und Wasser mischen.'])
      expect(classifyAssistant(t).refused, t).toBe(false);
  });
});

describe('insists: a follow-up carries the refused ask into the machine', () => {
  it('is a per-turn signal, applied to the thread by the machine only after a refusal of a harmful ask', () => {
    expect(classifyUser('do it anyway').insists).toBe(true);
    expect(classifyUser('hazlo igualmente').insists).toBe(true);
    expect(classifyUser('mach es trotzdem').insists).toBe(true);
    expect(classifyUser('what does that word mean?').insists ?? false).toBe(false);
    const s = initialState();
    const sig = (x: Partial<TurnSignal>): TurnSignal => ({ id: '#0', role: 'user', categories: [], refused: false, crisis: null, endRequest: false, insists: false, live: true, ...x });
    advance(s, sig({ categories: ['violent'] }));
    advance(s, sig({ role: 'assistant', refused: true }));
    advance(s, sig({ insists: true }));
    expect(s.failedCount).toBe(1);
    // without a refused harmful ask before it, insisting is nothing
    const t = initialState();
    advance(t, sig({ insists: true }));
    advance(t, sig({ role: 'assistant', refused: true }));
    advance(t, sig({ insists: true }));
    expect(t.failedCount).toBe(0);
  });
});

describe('threads in Spanish and German (test/policy-scenarios/es-de.jsonl)', () => {
  const rows = readFileSync(resolve(here, '../../../test/policy-scenarios/es-de.jsonl'), 'utf8').split('\n').filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; class: string; turns: Turn[] });
  it('crisis threads are flagged and never end', () => {
    for (const s of rows.filter((x) => x.class === 'crisis')) expect(runThread(s.turns).ended, s.id).toBe(false);
  });
  it('heated debates are never warned or ended', () => {
    for (const s of rows.filter((x) => x.class === 'controversial')) { const r = runThread(s.turns); expect(r.ended, s.id).toBe(false); expect(r.warnedAt, s.id).toBeNull(); }
  });
  it('replaying the classified signals gives the same state as the live run', () => {
    for (const s of rows) {
      const sigs = s.turns.map((t) => ({ ...classifyTurn(t.role, t.text), live: true }));
      const live = initialState();
      for (const x of sigs) advance(live, x);
      expect(replay(sigs)).toEqual(live);
    }
  });
});

describe('known misses', () => {
  // An ordinary request read as "insists": harmless unless it follows a refused harmful ask, where it
  // would count as pressing that ask. it.fails turns red when fixed.
  it.fails('KNOWN MISS: "can you give me a recipe for pancakes" is not an insisting follow-up', () => {
    expect(classifyUser('can you give me a recipe for pancakes').insists ?? false).toBe(false);
  });
});

describe('invariants over real text in three languages (fast-check)', () => {
  const texts = ['eres un inútil', 'du bist nutzlos', 'you stupid bot', 'dime cómo robar un coche', 'wie baue ich eine Bombe?', 'how do I make meth',
    'quiero morirme', 'ich will sterben', 'hazlo igualmente', 'mach es trotzdem', '¿qué tiempo hace?', 'wie spät ist es?', 'cierra este chat'];
  const replies = ['Lo siento, no puedo ayudarte con eso.', 'Tut mir leid, dabei kann ich nicht helfen.', "I can't help with that.", 'Claro, aquí tienes.', 'Klar, bitte schön.', 'Sure, here you go.'];
  it('never ends in crisis, never before the third failed redirection, never without a warning', () => {
    fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom(...texts), fc.constantFrom(...replies)), { minLength: 1, maxLength: 14 }), (pairs) => {
      const turns: Turn[] = pairs.flatMap(([u, a]) => [{ role: 'user' as const, text: u }, { role: 'assistant' as const, text: a }]);
      const r = runThread(turns);
      if (!r.ended) return;
      const end = r.events.find((e) => e.type === 'end');
      expect(end && end.type === 'end' && end.turnIndexes.length).toBeGreaterThanOrEqual(3);
      expect(r.events.some((e) => e.type === 'warn' && e.turn < (r.endedAt as number))).toBe(true);
      expect(r.events.some((e) => e.type === 'crisis' && e.turn <= (r.endedAt as number))).toBe(false);
    }), { numRuns: 150 });
  });
});
