// @vitest-environment happy-dom
// The popup's search box: a keystroke's request goes out in the task of its input event (no timer,
// no frame first), and a late reply to an earlier keystroke never replaces a later one's rows.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import type { ThreadRecord } from '../../../src/shared/types';
import { rec } from './fixtures';

const { ask } = vi.hoisted(() => ({ ask: vi.fn() }));
vi.mock('../../../src/shared/pages-api', () => ({ ask, onThreadChanged: vi.fn(() => () => {}) }));

import { EndedList } from '../../../src/popup/ended-list';

const store: ThreadRecord[] = Array.from({ length: 30 }, (_, i) => rec(i, { title: i % 3 ? `python ${i}` : `pasta ${i}` }));
function list(b: { search?: string; offset?: number; limit?: number }) {
  const r = store.filter((x) => !b.search || x.title.split(' ').some((w) => w.startsWith(b.search!)))
    .sort((a, c) => c.endedAt! - a.endedAt!);
  return { records: r.slice(b.offset ?? 0, (b.offset ?? 0) + (b.limit ?? 100)), total: r.length };
}
/** Replies held back per search text, released by the test. */
let held: Map<string, () => void>;

beforeEach(() => {
  held = new Map();
  ask.mockReset();
  ask.mockImplementation(async (type: string, body: { search?: string }) => {
    if (type === 'page:branches') return [];
    if (type !== 'page:list') throw new Error(`unexpected ${type}`);
    const hold = body.search && held.has(body.search) ? new Promise<void>((r) => held.set(body.search!, r)) : null;
    if (hold) await hold;
    return list(body);
  });
});
afterEach(() => cleanup());

const searches = () => ask.mock.calls.filter((c) => c[0] === 'page:list' && c[1].search).map((c) => c[1].search);
const microtasks = async () => { for (let i = 0; i < 30; i++) await Promise.resolve(); };
const shownKeys = () => [...document.querySelectorAll('li[data-key]')].map((e) => e.getAttribute('data-key'));

describe('popup search', () => {
  it('asks for each keystroke at once: microtasks only, no timer and no frame before the request', async () => {
    render(<EndedList refreshSignal={0} say={() => {}} onOpen={() => {}} />);
    await screen.findByText('Ended chats: 30');
    const box = screen.getByRole('searchbox');
    fireEvent.input(box, { target: { value: 'p' } });
    await microtasks();
    expect(searches()).toEqual(['p']);
    fireEvent.input(box, { target: { value: 'py' } });
    await microtasks();
    expect(searches()).toEqual(['p', 'py']);
    await screen.findByText('Matching ended chats: 20');
  });

  it('a late reply to an earlier keystroke does not replace the later one\'s rows', async () => {
    render(<EndedList refreshSignal={0} say={() => {}} onOpen={() => {}} />);
    await screen.findByText('Ended chats: 30');
    held.set('p', () => {});
    const box = screen.getByRole('searchbox');
    fireEvent.input(box, { target: { value: 'p' } });
    await microtasks();
    fireEvent.input(box, { target: { value: 'pa' } });
    await screen.findByText('Matching ended chats: 10');
    const pasta = shownKeys();
    expect(pasta.length).toBeGreaterThan(0);
    held.get('p')!(); // the reply for "p" (30 matches) arrives last
    await waitFor(() => expect(ask.mock.results.length).toBeGreaterThan(0));
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.getByText('Matching ended chats: 10')).toBeTruthy();
    expect(shownKeys()).toEqual(pasta);
    expect(document.querySelector('.scroller')?.getAttribute('data-search')).toBe('pa');
  });
});
