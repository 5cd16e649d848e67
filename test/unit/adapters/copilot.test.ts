// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { copilot } from '../../../src/content/adapters/copilot';
import { loadHtml } from '../load-html';
import { checkPage, checkPrefill, checkSelectorsParse, u } from './shared';

// Derived fixture (no public capture): see the comment at the top of the file.
const load = () => loadHtml('test/fixtures/derived/copilot.html');

describe('Copilot adapter on the derived fixture', () => {
  it('reads the thread id from /chats/<id>', () => {
    expect(copilot.threadId(u('https://copilot.microsoft.com/chats/Kq2Zb8XjLw9sT4vRfYpH1'))).toBe('Kq2Zb8XjLw9sT4vRfYpH1');
    expect(copilot.threadId(u('https://copilot.microsoft.com/'))).toBeNull();
    expect(copilot.threadId(u('https://copilot.microsoft.com/discover'))).toBeNull();
    expect(copilot.threadId(u('https://copilot.microsoft.com/chats/'))).toBeNull();
    expect(copilot.newChatUrl(u('https://copilot.microsoft.com/chats/Kq2Zb8XjLw9sT4vRfYpH1'))).toBe('https://copilot.microsoft.com/');
  });
  it('finds turns, the textarea composer in its form and the send controls', () => {
    const doc = load();
    checkPage(copilot, doc, { roles: ['user', 'assistant'], userText: 'water cycle', assistantText: 'evaporates', composerTag: 'TEXTAREA' });
    expect(copilot.composer(doc)!.id).toBe('userInput');
    expect(copilot.composerRoot(doc)!.tagName).toBe('FORM');
    expect(copilot.sendControls(doc).some((b) => b.getAttribute('data-testid') === 'submit-button')).toBe(true);
    expect(copilot.sendControls(doc).some((b) => b.getAttribute('data-testid') === 'audio-call-button')).toBe(true);
  });
  it('pre-fills the textarea through the value setter and titles the thread', () => {
    checkPrefill(copilot, load());
    expect(copilot.title(load())).toBe('Explain the water cycle');
    checkSelectorsParse(copilot, load());
  });
});
