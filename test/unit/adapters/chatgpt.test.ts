// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { chatgpt } from '../../../src/content/adapters/chatgpt';
import { loadHtml } from '../load-html';

const load = (name: string) => loadHtml(`test/fixtures/real/chatgpt/${name}.html`);

describe('ChatGPT adapter on the real capture', () => {
  let complete: Document; let ready: Document;
  beforeAll(() => { complete = load('complete'); ready = load('send-ready'); });

  it('reads the thread id from the URL', () => {
    const u = (s: string) => new URL(s);
    expect(chatgpt.threadId(u('https://chatgpt.com/c/699447a6-577c-832b-b032-717d87956098'))).toBe('699447a6-577c-832b-b032-717d87956098');
    expect(chatgpt.threadId(u('https://chatgpt.com/g/g-p-abc-project/c/6994-aa'))).toBe('6994-aa');
    expect(chatgpt.threadId(u('https://chatgpt.com/'))).toBeNull();
    expect(chatgpt.threadId(u('https://chatgpt.com/?temporary-chat=true'))).toBeNull();
    expect(chatgpt.unavailableReason(u('https://chatgpt.com/?temporary-chat=true'))).toMatch(/Temporary/);
    expect(chatgpt.threadId(u('https://chatgpt.com/gpts'))).toBeNull();
    expect(chatgpt.newChatUrl(u('https://chatgpt.com/c/abc123'))).toBe('https://chatgpt.com/');
  });

  it('finds turns and roles in order', () => {
    const turns = chatgpt.turns(complete);
    expect(turns.map((t) => t.role)).toEqual(['user', 'assistant']);
    expect(turns[0]!.text()).toContain('Please respond with exactly');
    expect(turns[1]!.text()).toContain('streamed response from ChatGPT');
    expect(chatgpt.turns(ready)).toHaveLength(0);
  });

  it('finds the ProseMirror composer inside its form, and the send controls', () => {
    const c = chatgpt.composer(ready)!;
    expect(c.id).toBe('prompt-textarea');
    expect(c.getAttribute('contenteditable')).toBe('true');
    const root = chatgpt.composerRoot(ready)!;
    expect(root.tagName).toBe('FORM');
    expect(root.contains(c)).toBe(true);
    const sends = chatgpt.sendControls(ready);
    expect(sends.some((b) => b.getAttribute('data-testid') === 'send-button')).toBe(true);
    expect(sends.every((b) => root.contains(b))).toBe(true);
    // With an empty composer the site shows voice instead of send: it is still a send control.
    expect(chatgpt.sendControls(complete).some((b) => b.getAttribute('aria-label') === 'Start Voice')).toBe(true);
  });

  it('titles the thread from the page', () => {
    expect(chatgpt.title(complete)).toBe('Streamed Response Request');
  });
});
