// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { grok } from '../../../src/content/adapters/grok';
import { loadHtml } from '../load-html';
import { checkPage, checkPrefill, checkSelectorsParse, u } from './shared';

const load = (name: string) => loadHtml(`test/fixtures/real/grok/${name}.html`);

describe('Grok adapter on the real capture', () => {
  let complete: Document; let ready: Document;
  beforeAll(() => { complete = load('complete'); ready = load('send-ready'); });

  it('reads the thread id from the URL', () => {
    expect(grok.threadId(u('https://grok.com/c/44173afd-093d-466f-94c9-c7dc999370df'))).toBe('44173afd-093d-466f-94c9-c7dc999370df');
    expect(grok.threadId(u('https://grok.com/c/44173afd-093d-466f-94c9-c7dc999370df?rid=abc'))).toBe('44173afd-093d-466f-94c9-c7dc999370df');
    expect(grok.threadId(u('https://grok.com/'))).toBeNull();
    expect(grok.threadId(u('https://grok.com/imagine'))).toBeNull();
    expect(grok.threadId(u('https://x.com/c/44173afd-093d'))).toBeNull();
    expect(grok.newChatUrl(u('https://grok.com/c/44173afd'))).toBe('https://grok.com/');
  });

  it('reads roles from the layout classes, finds the ProseMirror form, attach, voice and submit', () => {
    for (const doc of [complete, ready]) {
      checkPage(grok, doc, { roles: ['user', 'assistant'], userText: 'Please reply with exactly',
        assistantText: 'streamed response from Grok', composerTag: 'DIV' });
      expect(grok.composerRoot(doc)!.tagName).toBe('FORM');
      const sends = grok.sendControls(doc);
      expect(sends.some((b) => b.getAttribute('type') === 'submit')).toBe(true);
      expect(sends.some((b) => b.getAttribute('type') === 'file')).toBe(true);
      expect(sends.length).toBeGreaterThanOrEqual(5); // attach, model, dictation, voice mode, submit
    }
  });

  it('pre-fills the composer and titles the thread', () => {
    checkPrefill(grok, load('complete'));
    expect(grok.title(complete)).toBe('Streamed Response from Grok');
    checkSelectorsParse(grok, complete);
  });
});
