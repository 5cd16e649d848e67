// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { deepseek } from '../../../src/content/adapters/deepseek';
import { loadHtml } from '../load-html';
import { checkPage, checkPrefill, checkSelectorsParse, u } from './shared';

// Derived fixture (no public capture): see the comment at the top of the file.
const load = () => loadHtml('test/fixtures/derived/deepseek.html');

describe('DeepSeek adapter on the derived fixture', () => {
  it('reads the thread id from /a/chat/s/<uuid>', () => {
    expect(deepseek.threadId(u('https://chat.deepseek.com/a/chat/s/7f3c2a10-5b7e-4c1d-9a2e-0d1b2c3d4e5f'))).toBe('7f3c2a10-5b7e-4c1d-9a2e-0d1b2c3d4e5f');
    expect(deepseek.threadId(u('https://chat.deepseek.com/'))).toBeNull();
    expect(deepseek.threadId(u('https://chat.deepseek.com/a/chat/'))).toBeNull();
    expect(deepseek.threadId(u('https://deepseek.com/a/chat/s/7f3c2a10-5b7e'))).toBeNull();
    expect(deepseek.newChatUrl(u('https://chat.deepseek.com/a/chat/s/7f3c2a10'))).toBe('https://chat.deepseek.com/');
  });
  it('2026 markup: finds textarea[name="search"] (no id), its box, the ds-button send and the toggles — nothing outside', () => {
    const doc = load();
    checkPage(deepseek, doc, { roles: ['user', 'assistant'], userText: 'water cycle', assistantText: 'evaporates', composerTag: 'TEXTAREA' });
    const c = deepseek.composer(doc)!;
    expect(c.getAttribute('name')).toBe('search');
    expect(c.id).toBe('');
    const root = deepseek.composerRoot(doc)!;
    expect(root.classList.contains('dd442025')).toBe(true);
    const sends = deepseek.sendControls(doc);
    expect(sends.every((b) => root.contains(b))).toBe(true);
    expect(sends.some((b) => b.matches('.ds-button--primary.ds-button--circle'))).toBe(true);
    expect(sends.filter((b) => b.classList.contains('ds-toggle-button'))).toHaveLength(2);
    expect(sends.some((b) => b.getAttribute('type') === 'file')).toBe(true);
    // The in-message and header icon buttons are not send controls (issue 14: they were hidden).
    const outside = Array.from(doc.querySelectorAll('.ds-icon-button[role="button"]')).filter((b) => !root.contains(b));
    expect(outside).toHaveLength(12); // sidebar 2, header 3, messages 7
    for (const b of outside) expect(sends).not.toContain(b);
  });
  it('reads the answer, not the reasoning, with DeepThink on', () => {
    const doc = load();
    const a = deepseek.turns(doc).find((t) => t.role === 'assistant')!;
    expect(a.text()).toMatch(/^Water evaporates/);
    expect(a.text()).not.toContain('Thought for');
  });
  it('an older build with textarea#chat-input still works', () => {
    const doc = load();
    const t = doc.querySelector('textarea')!;
    t.removeAttribute('name'); t.id = 'chat-input';
    expect(deepseek.composer(doc)).toBe(t);
    expect(deepseek.composerRoot(doc)!.classList.contains('dd442025')).toBe(true);
  });
  it('pre-fills the textarea and titles the thread from its conversation-list item', () => {
    checkPrefill(deepseek, load());
    const doc = load();
    const url = u('https://chat.deepseek.com/a/chat/s/7f3c2a10-5b7e-4c1d-9a2e-0d1b2c3d4e5f');
    expect(deepseek.title(doc, url)).toBe('Water Cycle Explained');
    doc.title = ''; // the list item alone names it
    expect(deepseek.title(doc, url)).toBe('Water Cycle Explained');
    checkSelectorsParse(deepseek, load());
  });
});
