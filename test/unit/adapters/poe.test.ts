// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { poe } from '../../../src/content/adapters/poe';
import { loadHtml } from '../load-html';
import { checkPage, checkPrefill, checkSelectorsParse, u } from './shared';

// Derived fixture (no public capture): see the comment at the top of the file.
const load = () => loadHtml('test/fixtures/derived/poe.html');

describe('Poe adapter on the derived fixture', () => {
  it('reads the thread id from /chat/<id>; bot pages are new chats', () => {
    expect(poe.threadId(u('https://poe.com/chat/3kq9z1xv2m8wdl0abc'))).toBe('3kq9z1xv2m8wdl0abc');
    expect(poe.threadId(u('https://poe.com/'))).toBeNull();
    expect(poe.threadId(u('https://poe.com/Claude-Sonnet-4.5'))).toBeNull();
    expect(poe.threadId(u('https://poe.com/chats'))).toBeNull();
    expect(poe.newChatUrl(u('https://poe.com/chat/3kq9z1xv2m8wdl0abc'))).toBe('https://poe.com/');
  });
  it('matches CSS-module class prefixes for rows, bubbles, composer and send', () => {
    const doc = load();
    checkPage(poe, doc, { roles: ['user', 'assistant'], userText: 'water cycle', assistantText: 'evaporates', composerTag: 'TEXTAREA' });
    expect(poe.composerRoot(doc)!.className).toContain('ChatMessageInputContainer_inputContainer');
    expect(poe.sendControls(doc).some((b) => b.className.includes('ChatMessageSendButton_sendButton'))).toBe(true);
  });
  it('pre-fills the textarea and titles the thread', () => {
    checkPrefill(poe, load());
    expect(poe.title(load())).toBe('Water cycle');
    checkSelectorsParse(poe, load());
  });
});
