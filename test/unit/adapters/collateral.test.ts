// @vitest-environment happy-dom
// Issue 14: the lock touches only the composer. On every fixture (real captures and derived pages),
// the page's visible interactive elements outside the composer region — in-message actions, header,
// sidebar, links — are the same before and after the lock engages, clicks on them still reach the
// page, and the text of earlier messages can still be selected and copied; the composer and its send
// controls are hidden and inert (positive control). Also: the pre-paint stylesheet hides nothing
// outside the region, and each fixture's title is the conversation's own (never message text).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SiteAdapter } from '../../../src/content/adapters/types';
import { chatgpt } from '../../../src/content/adapters/chatgpt';
import { claude } from '../../../src/content/adapters/claude';
import { gemini } from '../../../src/content/adapters/gemini';
import { grok } from '../../../src/content/adapters/grok';
import { perplexity } from '../../../src/content/adapters/perplexity';
import { copilot } from '../../../src/content/adapters/copilot';
import { deepseek } from '../../../src/content/adapters/deepseek';
import { lechat } from '../../../src/content/adapters/lechat';
import { poe } from '../../../src/content/adapters/poe';
import { huggingchat } from '../../../src/content/adapters/huggingchat';
import { openwebui } from '../../../src/content/adapters/openwebui';
import { librechat } from '../../../src/content/adapters/librechat';
import { Lock, lockCss, lockRules, prelockRules, REGION_ATTR } from '../../../src/content/lock';
import { clickReaches, hiddenByRules, isUsable, outsideControls, qsa } from './collateral';

const NOW = new Date(2026, 11, 7);
interface Case { a: SiteAdapter; file: string; url: string; title: string; turns: number }
const R = 'test/fixtures/real'; const D = 'test/fixtures/derived';
export const CASES: Case[] = [
  { a: chatgpt, file: `${R}/chatgpt/complete.html`, url: 'https://chatgpt.com/c/699447a6-577c-832b-b032-717d87956098', title: 'Streamed Response Request', turns: 2 },
  { a: chatgpt, file: `${R}/chatgpt/send-ready.html`, url: 'https://chatgpt.com/c/699447a6-577c-832b-b032-717d87956098', title: 'ChatGPT chat, 2026-12-07', turns: 0 },
  { a: claude, file: `${R}/claude/complete.html`, url: 'https://claude.ai/chat/6a1f0c2e-0000-4000-8000-0000000000a1', title: 'Streamed response from Claude', turns: 2 },
  { a: claude, file: `${R}/claude/send-ready.html`, url: 'https://claude.ai/chat/6a1f0c2e-0000-4000-8000-0000000000a1', title: 'Streamed response from Claude', turns: 2 },
  { a: gemini, file: `${R}/gemini/complete.html`, url: 'https://gemini.google.com/app/30448b4ee0721874', title: 'Exact Response Requested and Provided', turns: 2 },
  { a: gemini, file: `${R}/gemini/send-ready.html`, url: 'https://gemini.google.com/app/30448b4ee0721874', title: 'Exact Response Requested and Provided', turns: 2 },
  { a: grok, file: `${R}/grok/complete.html`, url: 'https://grok.com/c/44173afd-093d-466f-94c9-c7dc999370df', title: 'Streamed Response from Grok', turns: 2 },
  { a: grok, file: `${R}/grok/send-ready.html`, url: 'https://grok.com/c/44173afd-093d-466f-94c9-c7dc999370df', title: 'Streamed Response from Grok', turns: 2 },
  { a: perplexity, file: `${R}/perplexity/complete.html`, url: 'https://www.perplexity.ai/search/p-9vWY0c1fRHqRzF2UuwmRKQ', title: 'Perplexity chat, 2026-12-07', turns: 2 },
  { a: perplexity, file: `${R}/perplexity/send-ready.html`, url: 'https://www.perplexity.ai/search/p-9vWY0c1fRHqRzF2UuwmRKQ', title: 'Perplexity chat, 2026-12-07', turns: 2 },
  { a: copilot, file: `${D}/copilot.html`, url: 'https://copilot.microsoft.com/chats/Kq2Zb8XjLw9sT4vRfYpH1', title: 'Explain the water cycle', turns: 2 },
  { a: deepseek, file: `${D}/deepseek.html`, url: 'https://chat.deepseek.com/a/chat/s/7f3c2a10-5b7e-4c1d-9a2e-0d1b2c3d4e5f', title: 'Water Cycle Explained', turns: 2 },
  { a: lechat, file: `${D}/lechat.html`, url: 'https://chat.mistral.ai/chat/0b7d6c5e-1a2b-4c3d-8e9f-a0b1c2d3e4f5', title: 'Water cycle', turns: 2 },
  { a: poe, file: `${D}/poe.html`, url: 'https://poe.com/chat/3kq9z1xv2m8wdl0abc', title: 'Water cycle', turns: 2 },
  { a: huggingchat, file: `${D}/huggingchat.html`, url: 'https://huggingface.co/chat/conversation/65f1c0ffee0123456789abcd', title: 'Water cycle explained', turns: 2 },
  { a: openwebui, file: `${D}/openwebui.html`, url: 'https://webui.example.test/c/8d1e6b4a-2f3c-4d5e-9a8b-7c6d5e4f3a2b', title: 'Water cycle', turns: 2 },
  { a: librechat, file: `${D}/librechat.html`, url: 'https://librechat.example.test/c/0d9c8b7a-6f5e-4d3c-2b1a-0f9e8d7c6b5a', title: 'Water cycle', turns: 2 },
];

function load(file: string): Document {
  const html = readFileSync(join(process.cwd(), file), 'utf8');
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>\s*$/i, '');
  for (const a of ['data-hangup-state', 'data-hangup-scope']) document.documentElement.removeAttribute(a);
  return document;
}

const rows: Record<string, unknown>[] = [];

describe.each(CASES)('collateral on $file', (c) => {
  it('controls outside the composer region: the same, and usable, before and after ending', () => {
    const doc = load(c.file);
    const region = c.a.composerRoot(doc)!;
    expect(region, 'composer region').toBeTruthy();
    const before = outsideControls(c.a, doc, region);
    const hiddenBefore = hiddenByRules(doc, lockRules([c.a]));
    const usableBefore = before.controls.filter((el) => isUsable(el, hiddenBefore));
    expect(usableBefore.length).toBe(before.controls.length);

    const ac = new AbortController();
    const lock = new Lock(c.a, doc, () => null, ac.signal);
    lock.engage();
    try {
      // Positive control: the composer and every send control are hidden and inert.
      expect(doc.getElementById('hangup-lock-style')!.textContent).toBe(lockCss([c.a]));
      const hidden = hiddenByRules(doc, lockRules([c.a]));
      const composer = c.a.composer(doc)!;
      expect(isUsable(composer, hidden), 'composer usable after ending').toBe(false);
      for (const b of c.a.sendControls(doc)) expect(isUsable(b, hidden), `send control ${b.outerHTML.slice(0, 80)}`).toBe(false);
      expect(lock.resolvedRegion).toBe(region);
      expect(region.hasAttribute(REGION_ATTR)).toBe(true);

      const after = outsideControls(c.a, doc, region);
      const usableAfter = after.controls.filter((el) => isUsable(el, hidden));
      const lost = after.controls.filter((el) => !isUsable(el, hidden)).map((el) => el.outerHTML.slice(0, 120));
      expect(lost, 'controls outside the composer hidden or inert by the lock').toEqual([]);
      expect(usableAfter.length).toBe(usableBefore.length);
      // Clicks on them still reach the page (the guard lets them through).
      const swallowed = usableAfter.filter((el) => !clickReaches(el)).map((el) => el.outerHTML.slice(0, 120));
      expect(swallowed, 'clicks outside the composer swallowed by the guard').toEqual([]);
      // The page's sendElsewhere controls (Perplexity follow-ups) are hidden.
      for (const el of after.elsewhere) expect(isUsable(el, hidden)).toBe(false);

      // Earlier messages: not hidden, not inert, selectable, and Ctrl+C is not swallowed.
      const turns = c.a.turns(doc);
      expect(turns.length).toBe(c.turns);
      for (const t of turns) {
        expect(isUsable(t.el, hidden), 'turn readable').toBe(true);
        const sel = doc.getSelection()!;
        sel.selectAllChildren(t.el);
        expect(sel.toString().trim().length).toBeGreaterThan(0);
        const key = new KeyboardEvent('keydown', { key: 'c', ctrlKey: true, bubbles: true, cancelable: true });
        t.el.dispatchEvent(key);
        expect(key.defaultPrevented, 'Ctrl+C on a message').toBe(false);
        const copy = new Event('copy', { bubbles: true, cancelable: true });
        t.el.dispatchEvent(copy);
        expect(copy.defaultPrevented).toBe(false);
        sel.removeAllRanges();
      }
      rows.push({ site: c.a.site, fixture: c.file.replace(/^test\/fixtures\//, ''), before: usableBefore.length, after: usableAfter.length,
        sendHidden: c.a.sendControls(doc).length, elsewhereHidden: after.elsewhere.length, turns: turns.length });
    } finally { ac.abort(); }
    // Released: the region is no longer marked.
    expect(region.hasAttribute(REGION_ATTR)).toBe(false);
  });

  it('the pre-paint stylesheet hides the composer region and nothing outside it', () => {
    const doc = load(c.file);
    const region = c.a.composerRoot(doc)!;
    const hidden = hiddenByRules(doc, prelockRules([c.a]));
    expect(isUsable(c.a.composer(doc)!, hidden)).toBe(false);
    const elsewhere = (c.a.selectors.sendElsewhere ?? []).flatMap((s) => qsa(doc, s));
    const outside = [...hidden].filter((el) => !region.contains(el) && el !== region && !elsewhere.includes(el));
    expect(outside.map((el) => el.outerHTML.slice(0, 100))).toEqual([]);
  });

  it('names the thread with its own title, never message text', () => {
    const doc = load(c.file);
    const title = c.a.title(doc, new URL(c.url), NOW);
    rows.push({ site: c.a.site, fixture: c.file.replace(/^test\/fixtures\//, ''), title });
    if (c.title) expect(title).toBe(c.title);
    expect(title).not.toMatch(/^(Gemini|ChatGPT|Claude) chat$/);
    for (const t of c.a.turns(doc)) if (t.role === 'user') expect(t.text().toLowerCase().startsWith(title.toLowerCase())).toBe(false);
  });
});

describe('the collateral check can fail', () => {
  it('DeepSeek 2026 page: the 2025 page-wide fallback hid 7 of 9 message controls and 3 of 4 header controls', () => {
    const doc = load(`${D}/deepseek.html`);
    const old = new Set(qsa(doc, '.ds-icon-button[role="button"]'));
    const inMessages = Array.from(doc.querySelectorAll('.dad65929 a[href], .dad65929 [role="button"]'));
    const header = Array.from(doc.querySelectorAll('[role="banner"] [role="button"]'));
    expect([inMessages.filter((e) => old.has(e)).length, inMessages.length]).toEqual([7, 9]);
    expect([header.filter((e) => old.has(e)).length, header.length]).toEqual([3, 4]);
  });
  it('a broad region fallback is caught: the pre-paint rules would hide controls outside the composer', () => {
    const doc = load(`${D}/deepseek.html`);
    const broad = { ...deepseek, selectors: { ...deepseek.selectors, composerRoot: ['div:has(textarea)'] } };
    const region = deepseek.composerRoot(doc)!;
    const hidden = hiddenByRules(doc, prelockRules([broad]));
    const outside = outsideControls(deepseek, doc, region).controls.filter((el) => !isUsable(el, hidden));
    expect(outside.length).toBeGreaterThan(10);
  });
});

afterAll(() => {
  mkdirSync('test-results', { recursive: true });
  writeFileSync('test-results/collateral-unit.json', JSON.stringify(rows, null, 1));
});
