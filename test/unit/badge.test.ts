// The toolbar badge: state → view, and which tabs it touches. The browser.action calls are
// recorded by a plain object with action's shape; the real badge is read in Chromium by
// test/e2e/specs/50-first-run.mjs.
import { describe, expect, it } from 'vitest';
import { badgeState, badgeView, createBadge, type ActionApi } from '../../src/background/badge';
import { parseThreadUrl } from '../../src/shared/urls';

function recorder() {
  const calls: { fn: string; tabId: number; value: string }[] = [];
  const action: ActionApi = {
    async setBadgeText(d) { calls.push({ fn: 'text', tabId: d.tabId, value: d.text }); },
    async setBadgeBackgroundColor(d) { calls.push({ fn: 'color', tabId: d.tabId, value: d.color }); },
    async setTitle(d) { calls.push({ fn: 'title', tabId: d.tabId, value: d.title }); },
  };
  const last = (tabId: number, fn: string) => calls.filter((c) => c.tabId === tabId && c.fn === fn).at(-1)?.value;
  return { action, calls, last };
}

describe('badgeState and badgeView', () => {
  it('shows nothing on ordinary pages and on live threads', () => {
    expect(badgeState(null)).toBe('none');
    expect(badgeState({ ended: false, warning: false })).toBe('none');
    expect(badgeView('none').text).toBe('');
  });
  it('marks an ended thread and a warning differently, the ending winning', () => {
    expect(badgeState({ ended: true, warning: false })).toBe('ended');
    expect(badgeState({ ended: false, warning: true })).toBe('warning');
    expect(badgeState({ ended: true, warning: true })).toBe('ended');
    const ended = badgeView('ended'); const warning = badgeView('warning');
    expect(ended.text).not.toBe('');
    expect(warning.text).not.toBe('');
    expect(ended.text).not.toBe(warning.text);
    expect(ended.color).not.toBe(warning.color);
  });
  it('says each state in words in the tooltip', () => {
    expect(badgeView('ended').title).toMatch(/chat has ended/);
    expect(badgeView('warning').title).toMatch(/warning/);
    expect(badgeView('none').title).toBe('Hangup');
  });
});

describe('createBadge', () => {
  const A = 'https://chatgpt.com/c/thread-a';
  const B = 'https://chatgpt.com/c/thread-b';
  function setup(tabs: { id: number; url?: string }[]) {
    const ended = new Set<string>(); const warned = new Set<string>();
    const r = recorder();
    const badge = createBadge({
      action: r.action, threadOf: (u) => parseThreadUrl(u),
      isEnded: async (k) => ended.has(k), warningActive: async (k) => warned.has(k), tabs: async () => tabs,
    });
    return { badge, ended, warned, ...r };
  }

  it('follows ending, warning and navigation on one tab', async () => {
    const s = setup([]);
    expect(await s.badge.updateTab(1, 'https://example.org/')).toBe('none');
    expect(s.last(1, 'text')).toBe('');
    s.warned.add('chatgpt:thread-a');
    expect(await s.badge.updateTab(1, A)).toBe('warning');
    expect(s.last(1, 'text')).toBe('!');
    expect(s.last(1, 'title')).toMatch(/warning/);
    s.ended.add('chatgpt:thread-a');
    expect(await s.badge.updateTab(1, A)).toBe('ended');
    expect(s.last(1, 'text')).toBe('\u00d7');
    expect(await s.badge.updateTab(1, B)).toBe('none'); // navigated to another thread
    expect(s.last(1, 'text')).toBe('');
    expect(await s.badge.updateTab(1, 'https://chatgpt.com/')).toBe('none'); // a new chat has no thread yet
  });

  it('updates every tab of a thread when it ends, and only those', async () => {
    const s = setup([{ id: 1, url: A }, { id: 2, url: `${A}?x=1` }, { id: 3, url: B }, { id: 4 }]);
    s.ended.add('chatgpt:thread-a');
    await s.badge.updateThread('chatgpt:thread-a');
    expect(s.last(1, 'text')).toBe('\u00d7');
    expect(s.last(2, 'text')).toBe('\u00d7');
    expect(s.calls.some((c) => c.tabId === 3 || c.tabId === 4)).toBe(false);
  });

  it('keeps the newest page when a slow answer for an older one lands last', async () => {
    let release!: () => void;
    const slow = new Promise<void>((r) => { release = r; });
    const r = recorder();
    const badge = createBadge({
      action: r.action, threadOf: (u) => parseThreadUrl(u), tabs: async () => [],
      isEnded: async (k) => { if (k === 'chatgpt:thread-a') { await slow; return true; } return false; },
      warningActive: async () => false,
    });
    const first = badge.updateTab(7, A);
    await badge.updateTab(7, B);
    release(); await first;
    expect(r.last(7, 'text')).toBe('');
  });

  it('treats a failing lookup as nothing to show rather than throwing', async () => {
    const r = recorder();
    const badge = createBadge({ action: r.action, threadOf: (u) => parseThreadUrl(u), tabs: async () => [],
      isEnded: async () => { throw new Error('store closed'); }, warningActive: async () => { throw new Error('x'); } });
    expect(await badge.updateTab(1, A)).toBe('none');
  });
});
