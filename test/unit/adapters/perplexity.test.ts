// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { perplexity } from '../../../src/content/adapters/perplexity';
import { parseThreadUrl } from '../../../src/shared/urls';
import { loadHtml } from '../load-html';
import { checkPage, checkPrefill, checkSelectorsParse, u } from './shared';

const load = (name: string) => loadHtml(`test/fixtures/real/perplexity/${name}.html`);

describe('Perplexity adapter on the real capture', () => {
  let complete: Document; let ready: Document;
  beforeAll(() => { complete = load('complete'); ready = load('send-ready'); });

  it('reads the thread id from /search/<slug>-<id>, dropping the slug', () => {
    expect(perplexity.threadId(u('https://www.perplexity.ai/search/p-9vWY0c1fRHqRzF2UuwmRKQ'))).toBe('9vWY0c1fRHqRzF2UuwmRKQ');
    expect(perplexity.threadId(u('https://www.perplexity.ai/search/what-is-the-letter-p-9vWY0c1fRHqRzF2UuwmRKQ'))).toBe('9vWY0c1fRHqRzF2UuwmRKQ');
    expect(perplexity.threadId(u('https://perplexity.ai/search/Q3nD.8pHTiWfIxJYh3_Nxw'))).toBe('Q3nD.8pHTiWfIxJYh3_Nxw');
    expect(parseThreadUrl('https://www.perplexity.ai/search/p-9vWY0c1fRHqRzF2UuwmRKQ')).toEqual({ site: 'perplexity', threadId: '9vWY0c1fRHqRzF2UuwmRKQ' });
    expect(perplexity.threadId(u('https://www.perplexity.ai/'))).toBeNull();
    expect(perplexity.threadId(u('https://www.perplexity.ai/search/new?q=hello'))).toBeNull();
    expect(perplexity.threadId(u('https://www.perplexity.ai/discover'))).toBeNull();
    expect(perplexity.newChatUrl(u('https://www.perplexity.ai/search/p-9vWY0c1fRHqRzF2UuwmRKQ'))).toBe('https://www.perplexity.ai/');
  });

  it('pairs the h1 query with its answer by order; finds the Lexical composer box and its controls', () => {
    for (const doc of [complete, ready]) {
      checkPage(perplexity, doc, { roles: ['user', 'assistant'], userText: 'P', assistantText: 'P', composerTag: 'DIV' });
      expect(perplexity.composer(doc)!.id).toBe('ask-input');
      const root = perplexity.composerRoot(doc)!;
      const sends = perplexity.sendControls(doc);
      expect(sends.some((b) => b.getAttribute('aria-label') === 'Submit' && root.contains(b))).toBe(true);
      expect(sends.some((b) => b.getAttribute('type') === 'file')).toBe(true);
    }
    // Follow-up suggestions send a new query: they are matched by their icon with a namespace
    // selector that happy-dom cannot parse; the e2e checks they are hidden in a locked thread.
    // They are the one send path outside the composer box: named exactly, in sendElsewhere.
    expect(perplexity.selectors.sendElsewhere!.some((s) => s.includes('pplx-icon-corner-down-right'))).toBe(true);
    expect(perplexity.selectors.send.some((s) => s.includes('pplx-icon-corner-down-right'))).toBe(false);
  });

  it('pairs several exchanges in order', () => {
    const doc = load('complete');
    const q = doc.querySelector('h1')!; const a = doc.querySelector('div[id^="markdown-content-"]')!;
    const q2 = q.cloneNode(true) as Element; q2.textContent = 'second question';
    const a2 = a.cloneNode(true) as Element; a2.id = 'markdown-content-1'; a2.textContent = 'second answer';
    a.parentElement!.append(q2, a2);
    const turns = perplexity.turns(doc);
    expect(turns.map((t) => [t.role, t.text().slice(0, 15)])).toEqual([
      ['user', 'P'], ['assistant', turns[1]!.text().slice(0, 15)], ['user', 'second question'], ['assistant', 'second answer']]);
  });

  it('pre-fills the Lexical editor and parses its selectors', () => {
    checkPrefill(perplexity, load('complete'));
    // The document title "P" is the start of the query (message text): refused, label and date instead.
    expect(perplexity.title(complete, u('https://www.perplexity.ai/search/p-9vWY0c1fRHqRzF2UuwmRKQ'), new Date(2026, 11, 7))).toBe('Perplexity chat, 2026-12-07');
    checkSelectorsParse(perplexity, complete);
  });
});
