// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { lechat } from '../../../src/content/adapters/lechat';
import { loadHtml } from '../load-html';
import { checkPage, checkPrefill, checkSelectorsParse, u } from './shared';

// Derived fixture (no public capture): see the comment at the top of the file.
const load = () => loadHtml('test/fixtures/derived/lechat.html');

describe('Le Chat adapter on the derived fixture', () => {
  it('reads the thread id from /chat/<uuid>; /chat is a new chat', () => {
    expect(lechat.threadId(u('https://chat.mistral.ai/chat/0b7d6c5e-1a2b-4c3d-8e9f-a0b1c2d3e4f5'))).toBe('0b7d6c5e-1a2b-4c3d-8e9f-a0b1c2d3e4f5');
    expect(lechat.threadId(u('https://chat.mistral.ai/chat'))).toBeNull();
    expect(lechat.threadId(u('https://chat.mistral.ai/agents'))).toBeNull();
    expect(lechat.newChatUrl(u('https://chat.mistral.ai/chat/0b7d6c5e'))).toBe('https://chat.mistral.ai/chat');
  });
  it('finds turns by data-message-author-role and the ProseMirror form', () => {
    const doc = load();
    checkPage(lechat, doc, { roles: ['user', 'assistant'], userText: 'water cycle', assistantText: 'evaporates', composerTag: 'DIV' });
    expect(lechat.composerRoot(doc)!.tagName).toBe('FORM');
    expect(lechat.sendControls(doc).some((b) => b.getAttribute('type') === 'submit')).toBe(true);
  });
  it('pre-fills the editor and titles the thread', () => {
    checkPrefill(lechat, load());
    expect(lechat.title(load())).toBe('Water cycle');
    checkSelectorsParse(lechat, load());
  });
});
