// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { gemini } from '../../../src/content/adapters/gemini';
import { loadHtml } from '../load-html';
import { checkPage, checkPrefill, checkSelectorsParse, u } from './shared';

// test/fixtures/real/gemini: the real capture with its inlined <style> blocks cut (see README).
const load = (name: string) => loadHtml(`test/fixtures/real/gemini/${name}.html`);

describe('Gemini adapter on the real capture', () => {
  let complete: Document; let ready: Document;
  beforeAll(() => { complete = load('complete'); ready = load('send-ready'); });

  it('reads the thread id from the URL (account prefix, gems) and the new-chat URL', () => {
    expect(gemini.threadId(u('https://gemini.google.com/app/30448b4ee0721874'))).toBe('30448b4ee0721874');
    expect(gemini.threadId(u('https://gemini.google.com/app/30448b4ee0721874?hl=es'))).toBe('30448b4ee0721874');
    expect(gemini.threadId(u('https://gemini.google.com/u/1/app/30448b4ee0721874'))).toBe('30448b4ee0721874');
    expect(gemini.threadId(u('https://gemini.google.com/gem/coding-partner/d0ad2d6ca796f918'))).toBe('d0ad2d6ca796f918');
    expect(gemini.threadId(u('https://gemini.google.com/app'))).toBeNull();
    expect(gemini.threadId(u('https://gemini.google.com/u/2/app'))).toBeNull();
    expect(gemini.threadId(u('https://gemini.google.com/gems/view'))).toBeNull();
    expect(gemini.newChatUrl(u('https://gemini.google.com/app/30448b4ee0721874'))).toBe('https://gemini.google.com/app');
    expect(gemini.newChatUrl(u('https://gemini.google.com/u/1/app/30448b4ee0721874'))).toBe('https://gemini.google.com/u/1/app');
  });

  it('finds <user-query>/<model-response> turns, the Quill composer in <input-area-v2>, mic, upload and send', () => {
    for (const doc of [complete, ready]) {
      checkPage(gemini, doc, { roles: ['user', 'assistant'], userText: 'Please reply with exactly',
        assistantText: 'streamed response from Gemini', composerTag: 'DIV' });
      expect(gemini.composer(doc)!.classList.contains('ql-editor')).toBe(true);
      expect(gemini.composerRoot(doc)!.tagName).toBe('INPUT-AREA-V2');
      const sends = gemini.sendControls(doc);
      expect(sends.some((b) => b.classList.contains('send-button'))).toBe(true);
      expect(sends.some((b) => b.getAttribute('data-node-type') === 'speech_dictation_mic_button')).toBe(true);
    }
    expect(gemini.turns(complete)[0]!.text()).toBe('Please reply with exactly: streamed response from Gemini.');
    expect(gemini.selectors.edit.some((s) => complete.querySelector(s))).toBe(true);
  });

  it('pre-fills the Quill editor and titles the thread', () => {
    checkPrefill(gemini, load('complete'));
    // The document title is only "Google Gemini": the top bar's conversation title is read instead.
    expect(gemini.title(complete, u('https://gemini.google.com/app/30448b4ee0721874'))).toBe('Exact Response Requested and Provided');
    checkSelectorsParse(gemini, complete);
  });
});
