// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { librechat } from '../../../src/content/adapters/librechat';
import { adapterForSelfHosted } from '../../../src/content/adapters';
import { parseThreadUrl } from '../../../src/shared/urls';
import { loadHtml } from '../load-html';
import { checkPage, checkPrefill, checkSelectorsParse, u } from './shared';

// Derived fixture from danny-avila/LibreChat's components: see the comment at the top of the file.
const load = () => loadHtml('test/fixtures/derived/librechat.html');
const ID = '8d7c6b5a-4e3f-4a2b-9c1d-0e9f8a7b6c5d';

describe('LibreChat adapter (self-hosted, any origin)', () => {
  it('reads the thread id at any origin; /c/new is a new chat', () => {
    expect(librechat.threadId(u(`https://librechat.example.org/c/${ID}`))).toBe(ID);
    expect(librechat.threadId(u(`http://localhost:3080/c/${ID}`))).toBe(ID);
    expect(librechat.threadId(u('https://librechat.example.org/c/new'))).toBeNull();
    expect(librechat.threadId(u('https://librechat.example.org/'))).toBeNull();
    expect(librechat.threadId(u('https://librechat.example.org/search'))).toBeNull();
    expect(parseThreadUrl(`https://librechat.example.org/c/${ID}`, { site: 'librechat' })).toEqual({ site: 'librechat', threadId: ID });
    expect(librechat.newChatUrl(u(`https://librechat.example.org/c/${ID}`))).toBe('https://librechat.example.org/c/new');
    expect(adapterForSelfHosted('librechat')).toBe(librechat);
  });
  it('finds .user-turn/.agent-turn, the #prompt-textarea form and #send-button', () => {
    const doc = load();
    checkPage(librechat, doc, { roles: ['user', 'assistant'], userText: 'water cycle', assistantText: 'evaporates', composerTag: 'TEXTAREA' });
    expect(librechat.composerRoot(doc)!.tagName).toBe('FORM');
    expect(librechat.sendControls(doc).map((b) => b.id)).toContain('send-button');
    expect(librechat.selectors.edit.some((s) => doc.querySelector(s))).toBe(true);
  });
  it('takes each message row\'s column as the turn, with or without the user-turn class', () => {
    // Rows as the current MessageRow.tsx renders them (no icon column for the user) …
    const doc = load();
    const box = doc.querySelector('[role="log"] .w-full')!;
    box.insertAdjacentHTML('beforeend', '<div class="text-token-text-primary"><div id="m-user-2" role="group" class="message-render group mx-auto flex justify-end">'
      + '<div class="relative flex min-w-0 flex-col user-turn ml-auto items-end"><h2 class="sr-only">You</h2><div data-testid="message-body"><div class="text-message">'
      + '<div class="markdown prose message-content whitespace-pre-wrap">And the oceans?</div></div></div></div></div></div>');
    // … and as older releases did, where only the assistant's column carried a class.
    box.insertAdjacentHTML('beforeend', '<div class="text-token-text-primary"><div id="m-asst-2" class="final-completion group mx-auto flex flex-1 gap-3 message-render">'
      + '<div class="relative flex flex-shrink-0 flex-col items-end"><div>◆</div></div><div class="relative flex w-11/12 flex-col agent-turn"><h2>Assistant</h2>'
      + '<div class="markdown prose message-content">They hold most of it.</div></div></div></div>'
      + '<div class="text-token-text-primary"><div id="m-user-3" class="final-completion group mx-auto flex flex-1 gap-3 message-render">'
      + '<div class="relative flex flex-shrink-0 flex-col items-end"><div>●</div></div><div class="relative flex w-11/12 flex-col"><h2>You</h2>'
      + '<div class="markdown prose message-content whitespace-pre-wrap">Thanks</div><button id="edit-m-user-3" type="button" title="Edit">✎</button></div></div></div>');
    const turns = librechat.turns(doc);
    expect(turns.map((t) => t.role)).toEqual(['user', 'assistant', 'user', 'assistant', 'user']);
    expect(turns.map((t) => t.el.parentElement!.id)).toEqual(['4f1e2d3c-user-1', '4f1e2d3c-asst-1', 'm-user-2', 'm-asst-2', 'm-user-3']);
    expect(turns[4]!.text()).toBe('Thanks');
    expect(librechat.turnOf!(doc.querySelector('#m-user-3 > :last-child')!)?.role).toBe('user');
    // The icon column is not a turn.
    expect(librechat.turns(doc).some((t) => t.el.classList.contains('flex-shrink-0'))).toBe(false);
  });
  it('pre-fills the textarea and titles the thread', () => {
    checkPrefill(librechat, load());
    expect(librechat.title(load())).toBe('Water cycle');
    checkSelectorsParse(librechat, load());
  });
});
