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
  it('pre-fills the textarea and titles the thread', () => {
    checkPrefill(librechat, load());
    expect(librechat.title(load())).toBe('Water cycle');
    checkSelectorsParse(librechat, load());
  });
});
