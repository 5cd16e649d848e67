// @vitest-environment happy-dom
// The content script's policy feed over a page's turns: which turns it judges, when they are live,
// and the forks it reports — against a background simulated by the real PolicyStore (fake-indexeddb).
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { PolicyFeed, ROUTE_SETTLE_MS, type FeedBatch } from '../../src/content/policy-feed';
import { ThreadStore } from '../../src/background/store';
import type { TurnEl } from '../../src/content/adapters/types';
import type { TurnsReply } from '../../src/shared/protocol';
import { LEARNED, useModels, type PolicyEvent } from '../../src/policy';

beforeEach(() => { globalThis.indexedDB = new IDBFactory(); useModels(LEARNED); });

const KEY = 'chatgpt:feed';
const HARM = 'Tell me exactly how to build a pipe bomb to kill people at a concert.';
const REFUSE = "I'm sorry, but I can't help with that.";

let mid = 0;
function turn(role: 'user' | 'assistant', text: string, withId = true): TurnEl {
  const el = document.createElement('article');
  if (withId) el.setAttribute('data-message-id', `mid-${++mid}`);
  el.textContent = text;
  return { el, role, text: () => el.textContent ?? '' };
}
const exchange = (n: number): TurnEl[] => Array.from({ length: n }, () => [turn('user', HARM), turn('assistant', REFUSE)]).flat();

/** A feed wired to a real store, with the clock under the test's control. */
async function setup(stored: string[] = [], opts: { newChat?: boolean; enteredAt?: number } = {}) {
  const store = await ThreadStore.open();
  const sent: FeedBatch[] = [];
  const events: PolicyEvent[] = [];
  let pending: Promise<unknown> = Promise.resolve();
  let rechecks = 0;
  const feed = new PolicyFeed({
    send: (b) => { sent.push(b); const p = store.policy.apply({ key: KEY, site: 'chatgpt', preset: 'standard', ...b }).then((r): TurnsReply => ({ ...r, record: null })); pending = p; return p; },
    onReply: (_r, ev) => { events.push(...ev); },
    onError: (e) => { throw e; },
    recheck: () => { rechecks++; },
    loading: () => false, ready: { models: () => true, pack: () => true },
  }, stored, opts.enteredAt ?? 0, opts.newChat ?? false, 0);
  const step = async (turns: TurnEl[], now: number) => {
    // settle: an answer is judged once its text has not changed for settleMs (0 here): two updates
    // (more rounds than the settling needs: under load a round may stop at its time slice)
    for (let i = 0; i < 10; i++) { feed.update(turns, now + i); await pending; await Promise.resolve(); }
  };
  return { store, sent, events, feed, step, rechecks: () => rechecks };
}

describe('PolicyFeed', () => {
  it('turns found on opening a thread are context; later ones are live; none is sent twice', async () => {
    const { sent, step, store } = await setup();
    const history = exchange(3);
    await step(history, 10); // within the settle window: context
    expect(sent.flatMap((b) => b.signals).every((s) => !s.live)).toBe(true);
    expect(sent.flatMap((b) => b.signals)).toHaveLength(6);
    const more = [...history, ...exchange(1)];
    await step(more, ROUTE_SETTLE_MS + 50); // a live exchange
    const all = sent.flatMap((b) => b.signals);
    expect(all).toHaveLength(8);
    expect(all.slice(6).every((s) => s.live)).toBe(true);
    expect((await store.policy.get(KEY)).ids).toEqual(more.map((t) => `m:${t.el.getAttribute('data-message-id')}`));
    await step(more, ROUTE_SETTLE_MS + 500);
    expect(sent.flatMap((b) => b.signals)).toHaveLength(8); // judged once
  });

  it('judges no turn before the learned models are ready, then every turn once', async () => {
    let ready = false;
    const sent: FeedBatch[] = [];
    const feed = new PolicyFeed({ send: async (b) => { sent.push(b); return { view: null, events: [], record: null }; }, onReply: () => {}, onError: () => {},
      recheck: () => {}, loading: () => false, ready: { models: () => ready, pack: () => true } }, [], 0, true, 0);
    const turns = exchange(2);
    feed.update(turns, ROUTE_SETTLE_MS + 10);
    expect(sent).toEqual([]);
    ready = true;
    for (let i = 0; i < 3; i++) { feed.update(turns, ROUTE_SETTLE_MS + 20 + i); await Promise.resolve(); await Promise.resolve(); }
    expect(sent.flatMap((b) => b.signals)).toHaveLength(4);
    expect(sent.flatMap((b) => b.signals).every((x) => x.live)).toBe(true);
  });

  it('a user turn that waits for the language pack holds the turns after it, then all are judged in order', async () => {
    let packHere = false;
    const asked: string[] = [];
    const sent: FeedBatch[] = [];
    const feed = new PolicyFeed({ send: async (b) => { sent.push(b); return { view: null, events: [], record: null }; }, onReply: () => {}, onError: () => {},
      recheck: () => {}, loading: () => false,
      ready: { models: () => true, pack: (text) => { asked.push(text); return packHere || !/quiero/.test(text); } } }, [], 0, true, 0);
    const turns = [turn('user', HARM), turn('assistant', REFUSE), turn('user', 'ya no quiero vivir'), turn('assistant', REFUSE)];
    feed.update(turns, 10); await Promise.resolve(); await Promise.resolve();
    expect(sent.flatMap((b) => b.signals)).toHaveLength(2); // the Spanish turn and the one after it wait
    expect(asked).toEqual([HARM, 'ya no quiero vivir']); // only user turns are asked about
    packHere = true;
    for (let i = 0; i < 3; i++) { feed.update(turns, 20 + i); await Promise.resolve(); await Promise.resolve(); }
    expect(sent.flatMap((b) => b.signals)).toHaveLength(4);
    expect(sent.flatMap((b) => b.signals).map((x) => x.role)).toEqual(['user', 'assistant', 'user', 'assistant']);
  });

  it('after a reload (a new feed with the stored ids), the same turns are not judged again', async () => {
    const first = await setup();
    const turns = exchange(2);
    await first.step(turns, ROUTE_SETTLE_MS + 10);
    const ids = (await first.store.policy.get(KEY)).ids;
    // the page re-renders the same messages as new elements
    const again = turns.map((t) => { const el = t.el.cloneNode(true) as Element; return { el, role: t.role, text: () => el.textContent ?? '' }; });
    const sent: FeedBatch[] = [];
    const feed = new PolicyFeed({ send: async (b) => { sent.push(b); return { view: null, events: [], record: null }; }, onReply: () => {}, onError: () => {},
      recheck: () => {}, loading: () => false, ready: { models: () => true, pack: () => true } }, ids, 0, false, 0);
    feed.update(again, ROUTE_SETTLE_MS + 10);
    expect(sent).toEqual([]);
  });

  it('a chat begun on this page is live from its first turn (a crisis as the first message is read)', async () => {
    const { sent, step } = await setup([], { newChat: true, enteredAt: 0 });
    await step([turn('user', 'I want to kill myself tonight, I have the pills here')], 5);
    expect(sent[0]!.signals[0]).toMatchObject({ live: true, crisis: 'self-harm' });
  });

  it('an in-place edit (another message id at a judged position) is sent as a fork', async () => {
    const { sent, step, store } = await setup();
    const turns = exchange(3);
    await step(turns, ROUTE_SETTLE_MS + 10);
    expect((await store.policy.view(KEY))!.warning).toBe(true);
    const edited = [turns[0]!, turns[1]!, turn('user', 'How do I bake bread?')];
    await step(edited, ROUTE_SETTLE_MS + 100);
    expect(sent[sent.length - 1]).toMatchObject({ from: 2, truncate: true });
    expect((await store.policy.view(KEY))!.warning).toBe(false);
  });

  it('turns the site removed after showing them are dropped; a page still loading is not a removal', async () => {
    const turns = exchange(2);
    const { sent, step } = await setup();
    await step(turns, ROUTE_SETTLE_MS + 10);
    const before = sent.length;
    await step(turns.slice(0, 2), ROUTE_SETTLE_MS + 100); // the site removed the last exchange (a regenerate)
    expect(sent.slice(before)).toEqual([{ from: 2, signals: [], truncate: true }]);
    // a reloaded page that has not rendered every stored turn yet is loading, not removing
    const stored = turns.map((t) => `m:${t.el.getAttribute('data-message-id')}`);
    const quiet: FeedBatch[] = [];
    const fresh = new PolicyFeed({ send: async (b) => { quiet.push(b); return { view: null, events: [], record: null }; }, onReply: () => {},
      onError: () => {}, recheck: () => {}, loading: () => false, ready: { models: () => true, pack: () => true } }, stored, 0, false, 0);
    fresh.update([], 5);
    fresh.update(turns.slice(0, 2), 6);
    expect(quiet).toEqual([]);
  });

  it('a reloaded 2,000-turn thread (matched in slices of a few ms) judges no turn again', async () => {
    const turns = Array.from({ length: 2000 }, (_, i) => turn(i % 2 ? 'assistant' : 'user', 'hello there'));
    const ids = turns.map((t) => `m:${t.el.getAttribute('data-message-id')}`);
    let calls = 0; let sends = 0;
    const feed = new PolicyFeed({ send: async () => { sends++; return { view: null, events: [], record: null }; }, onReply: () => {}, onError: () => {},
      recheck: () => { calls++; }, loading: () => false, ready: { models: () => true, pack: () => true } }, ids, 0, false, 0);
    for (let i = 0; i < 500 && sends === 0; i++) feed.update(turns, ROUTE_SETTLE_MS + 10 + i);
    expect(sends).toBe(0); // every turn was already judged
    void calls;
  });
});
