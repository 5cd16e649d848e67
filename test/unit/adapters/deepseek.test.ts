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
  it('tells the assistant by .ds-markdown, finds the textarea box and its role=button controls', () => {
    const doc = load();
    checkPage(deepseek, doc, { roles: ['user', 'assistant'], userText: 'water cycle', assistantText: 'evaporates', composerTag: 'TEXTAREA' });
    const root = deepseek.composerRoot(doc)!;
    expect(root.classList.contains('dd442025')).toBe(true);
    const sends = deepseek.sendControls(doc).filter((b) => root.contains(b));
    expect(sends.filter((b) => b.getAttribute('role') === 'button').length).toBeGreaterThanOrEqual(4);
    expect(sends.some((b) => b.getAttribute('type') === 'file')).toBe(true);
  });
  it('pre-fills the textarea and titles the thread', () => {
    checkPrefill(deepseek, load());
    expect(deepseek.title(load())).toBe('Water Cycle Explained');
    checkSelectorsParse(deepseek, load());
  });
});
