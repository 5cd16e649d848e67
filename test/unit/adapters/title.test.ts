// @vitest-environment happy-dom
// Titles (issue 14): the page's own title or "<site> chat, <date>", never message text; a later,
// real title replaces a stored one, the fallback never replaces a real one; the watcher reports a
// renamed thread once.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fallbackTitle, isFallbackTitle, threadTitle } from '../../../src/content/adapters/title';
import { titleUpdate } from '../../../src/background/title-update';
import { watchTitle } from '../../../src/content/title-watch';

afterEach(() => vi.useRealTimers());

describe('thread titles', () => {
  it('falls back to the site label and the local date', () => {
    expect(fallbackTitle('Gemini', new Date(2026, 0, 5))).toBe('Gemini chat, 2026-01-05');
    expect(isFallbackTitle('Gemini chat, 2026-01-05')).toBe(true);
    expect(isFallbackTitle('Gemini chat')).toBe(true);
    expect(isFallbackTitle('Trip to Lisbon')).toBe(false);
  });

  it('reads selectors first, then the link to the thread, then the document title; refuses message text and generic names', () => {
    document.documentElement.innerHTML = `<head><title>Google Gemini</title></head><body>
      <nav><a href="/app/abc?x=1"><span>Trip to Lisbon</span><button aria-label="More">⋯</button></a></nav>
      <main><user-query><p>How do I get to Lisbon cheaply?</p></user-query></main></body>`;
    const turns = () => [{ el: document.querySelector('user-query')!, role: 'user' as const, text: () => 'How do I get to Lisbon cheaply?' }];
    const now = new Date(2026, 11, 7);
    expect(threadTitle(document, { label: 'Gemini', selectors: ['.nothing-here'], threadPath: '/app/abc', turns, now })).toBe('Trip to Lisbon');
    expect(threadTitle(document, { label: 'Gemini', threadPath: '/app/other', turns, now })).toBe('Gemini chat, 2026-12-07');
    document.title = 'How do I get to Lisbon - Gemini'; // the start of the user's message: refused
    expect(threadTitle(document, { label: 'Gemini', threadPath: null, turns, now })).toBe('Gemini chat, 2026-12-07');
    document.title = 'Lisbon on a budget - Gemini';
    expect(threadTitle(document, { label: 'Gemini', threadPath: null, turns, now })).toBe('Lisbon on a budget');
    // A title selector inside a turn is never read (it would be message text).
    expect(threadTitle(document, { label: 'Gemini', selectors: ['user-query p'], threadPath: null, turns, now })).toBe('Lisbon on a budget');
  });

  it('a later real title replaces the stored one; the fallback never replaces a real one', () => {
    expect(titleUpdate('Gemini chat, 2026-12-07', 'Trip to Lisbon')).toBe('Trip to Lisbon');
    expect(titleUpdate('', 'Trip to Lisbon')).toBe('Trip to Lisbon');
    expect(titleUpdate('New conversation draft', 'Trip to Lisbon')).toBe('Trip to Lisbon');
    expect(titleUpdate('Trip to Lisbon', 'Trip to Lisbon')).toBeNull();
    expect(titleUpdate('Trip to Lisbon', 'Gemini chat, 2026-12-08')).toBeNull();
    expect(titleUpdate('Gemini chat, 2026-12-07', 'Gemini chat, 2026-12-08')).toBeNull();
    expect(titleUpdate(undefined, 'Gemini chat, 2026-12-08')).toBe('Gemini chat, 2026-12-08');
    expect(titleUpdate('Trip', undefined)).toBeNull();
  });

  it('the watcher reports each new title once, and stops with its signal', () => {
    vi.useFakeTimers();
    let title = 'Gemini chat, 2026-12-07';
    const seen: string[] = [];
    const ac = new AbortController();
    watchTitle(() => title, (t) => seen.push(t), window, ac.signal, 1000);
    vi.advanceTimersByTime(3000);
    expect(seen).toEqual([]);
    title = 'Trip to Lisbon';
    vi.advanceTimersByTime(3000);
    expect(seen).toEqual(['Trip to Lisbon']);
    ac.abort();
    title = 'Renamed again';
    vi.advanceTimersByTime(3000);
    expect(seen).toEqual(['Trip to Lisbon']);
  });
});
