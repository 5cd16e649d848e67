// @vitest-environment happy-dom
// The popup as a pure UI: the background is a mock of `ask`.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import type { ThreadRecord } from '../../../src/shared/types';
import { rec, settings } from './fixtures';

const { ask, tabs } = vi.hoisted(() => ({
  ask: vi.fn(),
  tabs: { create: vi.fn(async () => ({})), update: vi.fn(async () => ({})), query: vi.fn(async () => [{ id: 7 }]) },
}));
vi.mock('../../../src/shared/pages-api', () => ({ ask, onThreadChanged: vi.fn(() => () => {}) }));
vi.mock('../../../src/shared/browser', () => ({ browser: { tabs, runtime: { openOptionsPage: vi.fn() } } }));

import { Popup } from '../../../src/popup/popup';
import { SEARCH_DEBOUNCE_MS } from '../../../src/popup/ended-list';

type Handler = (body: any) => unknown;
let handlers: Record<string, Handler>;
let store: ThreadRecord[];

/** A fake background over an in-memory list, paged like the real one. */
function listFrom(records: ThreadRecord[]): Handler {
  return (b) => {
    let r = records.filter((x) => x.status === 'ended' && (!b.site || x.site === b.site) && (!b.endedBy || x.endedBy === b.endedBy)
      && (!b.search || x.title.toLowerCase().includes(String(b.search).toLowerCase())));
    r = r.sort((a, c) => (b.sort === 'oldest' ? a.endedAt! - c.endedAt! : c.endedAt! - a.endedAt!));
    return { records: r.slice(b.offset ?? 0, (b.offset ?? 0) + (b.limit ?? 100)), total: r.length };
  };
}

beforeEach(() => {
  store = Array.from({ length: 30 }, (_, i) => rec(i));
  handlers = {
    'page:tab-thread': () => ({ supported: true, site: 'chatgpt', key: 'chatgpt:live', record: null, title: 'Live chat' }),
    'page:settings-get': () => settings(),
    'page:list': (b) => listFrom(store)(b),
    'page:branches': () => [],
    'page:get': () => null,
  };
  ask.mockReset();
  ask.mockImplementation(async (type: string, body: unknown) => {
    const h = handlers[type];
    if (!h) throw new Error(`unexpected ${type}`);
    return h(body);
  });
  Object.values(tabs).forEach((f) => f.mockClear());
  history.replaceState(null, '', '/popup.html?tab=7');
});
afterEach(() => cleanup());

const calls = (type: string) => ask.mock.calls.filter((c) => c[0] === type).map((c) => c[1]);

describe('this tab', () => {
  it('ends the chat after a confirmation that says it is permanent, moving focus in and back', async () => {
    const ended = rec(99, { key: 'chatgpt:live', threadId: 'live', endedBy: 'user', title: 'Live chat', undoUntil: Date.now() + 10_000 });
    handlers['page:end-tab'] = () => ended;
    render(<Popup />);
    const end = await screen.findByRole('button', { name: 'End this chat' });
    end.focus();
    fireEvent.click(end);
    const dlg = await screen.findByRole('alertdialog');
    expect(dlg.textContent).toMatch(/permanent/);
    await waitFor(() => expect(document.activeElement).toBe(within(dlg).getByRole('button', { name: 'Cancel' })));
    fireEvent.keyDown(dlg, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'End this chat' })));
    fireEvent.click(screen.getByRole('button', { name: 'End this chat' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'End chat' }));
    await screen.findByText('You ended this chat.');
    expect(calls('page:end-tab')).toEqual([{ tabId: 7 }]);
    expect(screen.getByRole('button', { name: /^Undo \(\d+ s\)$/ })).toBeTruthy();
    await waitFor(() => expect(document.activeElement?.id).toBe('cur-h'));
    await waitFor(() => expect(document.querySelector('[data-live]')?.textContent).toMatch(/has ended/));
  });

  it('keeps focus when the background shows the ending before the end reply arrives', async () => {
    const ended = rec(98, { key: 'chatgpt:live', threadId: 'live', endedBy: 'user', title: 'Live chat', undoUntil: Date.now() + 10_000 });
    const { onThreadChanged } = await import('../../../src/shared/pages-api');
    render(<Popup />);
    const listener = vi.mocked(onThreadChanged).mock.calls.at(-1)![0] as () => void;
    handlers['page:end-tab'] = async () => {
      // The background's broadcast re-renders the popup first; the reply comes later.
      handlers['page:tab-thread'] = () => ({ supported: true, site: 'chatgpt', key: 'chatgpt:live', record: ended, title: 'Live chat' });
      listener();
      await new Promise((r) => setTimeout(r, 60));
      return ended;
    };
    fireEvent.click(await screen.findByRole('button', { name: 'End this chat' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'End chat' }));
    await screen.findByText('You ended this chat.');
    await waitFor(() => expect(document.activeElement?.id).toBe('cur-h'));
  });

  it('undoes while the undo window is open', async () => {
    const ended = rec(99, { key: 'chatgpt:live', threadId: 'live', endedBy: 'user', undoUntil: Date.now() + 5000 });
    handlers['page:tab-thread'] = () => ({ supported: true, site: 'chatgpt', key: 'chatgpt:live', record: ended });
    handlers['page:undo'] = () => ({ ...ended, status: 'active', endedBy: undefined, undoUntil: undefined });
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: /^Undo/ }));
    await screen.findByRole('button', { name: 'End this chat' });
    expect(calls('page:undo')).toEqual([{ key: 'chatgpt:live' }]);
  });

  it('shows why a policy ending happened, without undo', async () => {
    handlers['page:tab-thread'] = () => ({ supported: true, site: 'chatgpt', key: 'chatgpt:t1', record: rec(1) });
    render(<Popup />);
    await screen.findByText(/after repeated harmful requests \(harassment\)/);
    expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Reopen this chat' })).toBeNull();
  });

  it('offers Reopen only when the settings allow it', async () => {
    handlers['page:tab-thread'] = () => ({ supported: true, site: 'chatgpt', key: 'chatgpt:t1', record: rec(1) });
    handlers['page:settings-get'] = () => settings({ allowReopen: true });
    handlers['page:reopen'] = () => ({ ...rec(1), status: 'active' });
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Reopen this chat' }));
    await screen.findByRole('button', { name: 'End this chat' });
  });

  it('says when the tab is not a supported chat', async () => {
    handlers['page:tab-thread'] = () => ({ supported: false, record: null });
    render(<Popup />);
    await screen.findByText(/not a chat thread on a supported site/);
    expect(screen.queryByRole('button', { name: 'End this chat' })).toBeNull();
  });
});

describe('the ended list', () => {
  it('is virtualised: 10,000 records, a handful of rows in the DOM, pages fetched by offset', async () => {
    store = Array.from({ length: 10_000 }, (_, i) => rec(i));
    render(<Popup />);
    await screen.findByText('Ended chats: 10,000');
    const rows = document.querySelectorAll('ul.threads > li');
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.length).toBeLessThan(20);
    expect(rows[0]!.getAttribute('aria-setsize')).toBe('10000');
    expect(rows[0]!.textContent).toContain('Thread 9999');
    expect(calls('page:list').every((b) => b.limit <= 100)).toBe(true);
    // Scroll far down: the page holding that offset is fetched, rows there appear.
    const scroller = document.querySelector('.scroller') as HTMLElement;
    scroller.scrollTop = 5000 * 76;
    fireEvent.scroll(scroller);
    await waitFor(() => expect(document.querySelector('li[aria-posinset="5001"][data-key]')).not.toBeNull());
    expect(calls('page:list').some((b) => b.offset === 4950 || b.offset === 5000)).toBe(true);
    expect(document.querySelectorAll('ul.threads > li').length).toBeLessThan(20);
  });

  it('searches once typing pauses (debounced), through page:list', async () => {
    store = [...store, rec(500, { title: 'Quokka notes' })];
    render(<Popup />);
    await screen.findByText('Ended chats: 31');
    const box = screen.getByRole('searchbox', { name: 'Search ended chats' });
    for (const v of ['q', 'qu', 'quo']) fireEvent.input(box, { target: { value: v } });
    await screen.findByText('Matching ended chats: 1', {}, { timeout: Math.max(1000, SEARCH_DEBOUNCE_MS * 4) });
    const searches = calls('page:list').filter((b) => b.search);
    expect(searches.map((b) => b.search)).toEqual(['quo']);
    expect(document.querySelectorAll('li[data-key]').length).toBe(1);
    await waitFor(() => expect(document.querySelector('[data-live]')?.textContent).toBe('Matching ended chats: 1'));
  });

  it('filters by site and by who ended it, and sorts by date', async () => {
    render(<Popup />);
    await screen.findByText('Ended chats: 30');
    fireEvent.change(screen.getByLabelText('Site'), { target: { value: 'claude' } });
    await screen.findByText('Matching ended chats: 10');
    fireEvent.change(screen.getByLabelText('Ended by'), { target: { value: 'policy' } });
    await waitFor(() => expect(calls('page:list').at(-1)).toMatchObject({ site: 'claude', endedBy: 'policy' }));
    fireEvent.change(screen.getByLabelText('Site'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Ended by'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Sort'), { target: { value: 'oldest' } });
    await waitFor(() => expect(document.querySelector('li[data-key]')?.getAttribute('data-key')).toBe('chatgpt:t0'));
  });

  it('has an empty state, and a no-match state with a way out', async () => {
    store = [];
    render(<Popup />);
    await screen.findByText(/No ended chats yet/);
    cleanup();
    store = [rec(1)];
    render(<Popup />);
    await screen.findByText('Ended chats: 1');
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'zzz' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Clear search and filters' }, { timeout: 2000 }));
    await screen.findByText('Ended chats: 1');
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('');
  });

  it('has an error state that says what to do, and a retry', async () => {
    let fail = true;
    handlers['page:list'] = (b) => { if (fail) throw new Error('Could not establish connection'); return listFrom(store)(b); };
    render(<Popup />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/did not answer: Could not establish connection\. Try reopening this popup/);
    fail = false;
    fireEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    await screen.findByText('Ended chats: 30');
  });

  it('opens a record in a new tab, and only web URLs', async () => {
    store = [rec(1), rec(2, { url: 'javascript:alert(1)' })];
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Open Thread 1' }));
    await waitFor(() => expect(tabs.create).toHaveBeenCalledWith({ url: 'https://chatgpt.com/c/t1' }));
    fireEvent.click(screen.getByRole('button', { name: 'Open Thread 2' }));
    await screen.findByRole('alert');
    expect(tabs.create).toHaveBeenCalledTimes(1);
  });

  it('shows lineage: branch of a parent, and how many branches', async () => {
    store = [rec(1, { branchOf: { key: 'claude:t0', turn: 2 } }), rec(2)];
    handlers['page:get'] = (b) => (b.key === 'claude:t0' ? rec(0, { title: 'The parent' }) : null);
    handlers['page:branches'] = (b) => (b.key === 'gemini:t2' ? [rec(3), rec(4)] : []);
    render(<Popup />);
    await waitFor(() => expect(document.querySelector('li[data-key="claude:t1"] [data-lineage]')?.textContent).toBe('Branch of The parent, from message 3'));
    await waitFor(() => expect(document.querySelector('li[data-key="gemini:t2"] [data-lineage]')?.textContent).toBe('Branches: 2'));
  });

  it('saves feedback from a dialog that takes focus and gives it back', async () => {
    handlers['page:feedback'] = (b) => ({ ...rec(29), feedback: { ...b.feedback, at: 1 } });
    render(<Popup />);
    const btn = await screen.findByRole('button', { name: 'Feedback on Thread 29' });
    btn.focus();
    fireEvent.click(btn);
    const dlg = await screen.findByRole('dialog');
    await waitFor(() => expect(dlg.contains(document.activeElement)).toBe(true));
    fireEvent.click(within(dlg).getByRole('button', { name: 'Save feedback' }));
    expect((await within(dlg).findByRole('alert')).textContent).toMatch(/Choose/);
    fireEvent.click(within(dlg).getByLabelText('This was unexpected'));
    fireEvent.input(within(dlg).getByLabelText(/Comment/), { target: { value: '  too eager ' } });
    fireEvent.click(within(dlg).getByRole('button', { name: 'Save feedback' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(calls('page:feedback')).toEqual([{ key: 'gemini:t29', feedback: { rating: 'unexpected', comment: 'too eager' } }]);
    await waitFor(() => expect(document.querySelector('li[data-key="gemini:t29"] .meta')?.textContent).toContain('Rated: unexpected'));
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Feedback on Thread 29' })));
  });

  it('deletes a record only after a confirmation', async () => {
    handlers['page:delete'] = (b) => { store = store.filter((r) => r.key !== b.key); return { deleted: true }; };
    render(<Popup />);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete the record of Thread 29' }));
    const dlg = await screen.findByRole('alertdialog');
    expect(dlg.textContent).toMatch(/no longer be locked/);
    fireEvent.click(within(dlg).getByRole('button', { name: 'Cancel' }));
    expect(calls('page:delete')).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Delete the record of Thread 29' }));
    fireEvent.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Delete record' }));
    await screen.findByText('Ended chats: 29');
    expect(calls('page:delete')).toEqual([{ key: 'gemini:t29' }]);
    expect(document.querySelector('li[data-key="gemini:t29"]')).toBeNull();
  });

  it('labels every control', async () => {
    render(<Popup />);
    await screen.findByText('Ended chats: 30');
    for (const el of document.querySelectorAll('input, select, textarea, button')) {
      const name = el.getAttribute('aria-label') || el.closest('label')?.textContent || el.textContent;
      expect(name?.trim(), el.outerHTML.slice(0, 80)).toBeTruthy();
    }
  });
});
