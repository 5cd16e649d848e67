// @vitest-environment happy-dom
import { beforeAll, describe, expect, it } from 'vitest';
import { claude } from '../../../src/content/adapters/claude';
import { loadHtml } from '../load-html';
import { checkPage, checkPrefill, checkSelectorsParse, u } from './shared';

const load = (name: string) => loadHtml(`test/fixtures/real/claude/${name}.html`);

describe('Claude adapter on the real capture', () => {
  let complete: Document; let ready: Document;
  beforeAll(() => { complete = load('complete'); ready = load('send-ready'); });

  it('reads the thread id from the URL; incognito chats are unavailable', () => {
    expect(claude.threadId(u('https://claude.ai/chat/15745ec2-10e4-4fa4-a8b5-fa5d8c716d66'))).toBe('15745ec2-10e4-4fa4-a8b5-fa5d8c716d66');
    expect(claude.threadId(u('https://claude.ai/new'))).toBeNull();
    expect(claude.threadId(u('https://claude.ai/recents'))).toBeNull();
    expect(claude.threadId(u('https://claude.ai/project/0190-abcd-ef'))).toBeNull();
    expect(claude.threadId(u('https://claude.ai/chat/15745ec2-10e4?incognito'))).toBeNull();
    expect(claude.unavailableReason(u('https://claude.ai/new?incognito'))).toMatch(/Incognito/);
    expect(claude.unavailableReason(u('https://claude.ai/chat/15745ec2-10e4'))).toBeNull();
    expect(claude.newChatUrl(u('https://claude.ai/chat/15745ec2-10e4'))).toBe('https://claude.ai/new');
  });

  it('finds turns, roles, the TipTap composer in its fieldset and the send controls', () => {
    for (const doc of [complete, ready]) {
      checkPage(claude, doc, { roles: ['user', 'assistant'], userText: 'Please reply with exactly',
        assistantText: 'streamed response from Claude', composerTag: 'DIV' });
      const c = claude.composer(doc)!;
      expect(c.getAttribute('data-testid')).toBe('chat-input');
      expect(claude.composerRoot(doc)!.tagName).toBe('FIELDSET');
    }
    // send-ready has text, so the send button exists and is inside the root.
    const root = claude.composerRoot(ready)!;
    expect(claude.sendControls(ready).some((b) => b.getAttribute('aria-label') === 'Send message' && root.contains(b))).toBe(true);
    expect(claude.sendControls(ready).some((b) => b.getAttribute('data-testid') === 'file-upload')).toBe(true);
  });

  it('tolerates a virtualised list: unmounted turns are simply absent', () => {
    const doc = load('complete');
    doc.querySelector('[data-test-render-count]')!.remove();
    expect(claude.turns(doc)).toHaveLength(1);
  });

  it('pre-fills the composer and titles the thread', () => {
    checkPrefill(claude, load('complete'));
    expect(claude.title(complete)).toBe('Streamed response from Claude');
    checkSelectorsParse(claude, complete);
  });

  describe("claude.ai's own ending (unverified against a live page)", () => {
    it('is not detected on a normal chat, nor from message text', () => {
      expect(claude.siteEnded!(complete)).toBe(false);
      expect(claude.siteEnded!(ready)).toBe(false);
      const doc = load('complete');
      doc.querySelector('[data-testid="user-message"]')!.textContent = 'This conversation has ended, right?';
      expect(claude.siteEnded!(doc)).toBe(false);
    });

    const endPage = (notice: string, attrs = '') => {
      const doc = load('complete');
      // The capture has two grid areas (SSR and hydrated): replace the one with the live composer.
      const area = doc.querySelector('[data-testid="chat-input"]')!.closest('[data-testid="chat-input-grid-area"]')!;
      area.innerHTML = `<div ${attrs}><p>${notice}</p><a href="/new">Start a new chat</a></div>`;
      return doc;
    };
    it('is detected when the composer is replaced by the ended notice (text fallback, several languages)', () => {
      expect(claude.siteEnded!(endPage('Claude ended this conversation'))).toBe(true);
      expect(claude.siteEnded!(endPage('This chat has ended. You can start a new chat or edit an earlier message.'))).toBe(true);
      expect(claude.siteEnded!(endPage('Esta conversación ha terminado'))).toBe(true);
      expect(claude.siteEnded!(endPage('Cette conversation est terminée'))).toBe(true);
      expect(claude.siteEnded!(endPage('Diese Unterhaltung wurde beendet'))).toBe(true);
      expect(claude.siteEnded!(endPage('この会話は終了しました'))).toBe(true);
    });
    it('is detected structurally by a test id naming the ending, whatever the language', () => {
      expect(claude.siteEnded!(endPage('…', 'data-testid="conversation-ended-notice"'))).toBe(true);
    });
    it('is not detected while a live composer is present', () => {
      const doc = load('complete');
      const grid = doc.querySelector('[data-chat-input-container]')!;
      grid.insertAdjacentHTML('beforeend', '<div role="status">This conversation has ended</div>');
      expect(claude.siteEnded!(doc)).toBe(false);
    });
  });
});
