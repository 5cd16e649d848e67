// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { openwebui } from '../../../src/content/adapters/openwebui';
import { adapterForHost, adapterForSelfHosted } from '../../../src/content/adapters';
import { parseThreadUrl } from '../../../src/shared/urls';
import { loadHtml } from '../load-html';
import { checkPage, checkPrefill, checkSelectorsParse, u } from './shared';

// Derived fixture from open-webui/open-webui's components: see the comment at the top of the file.
const load = () => loadHtml('test/fixtures/derived/openwebui.html');
const ID = '3f2a1b0c-9d8e-4f7a-b6c5-d4e3f2a1b0c9';

describe('Open WebUI adapter (self-hosted, any origin)', () => {
  it('reads the thread id at any origin; temporary chats are unavailable', () => {
    expect(openwebui.threadId(u(`https://webui.example.org/c/${ID}`))).toBe(ID);
    expect(openwebui.threadId(u(`http://localhost:3000/c/${ID}`))).toBe(ID);
    expect(openwebui.threadId(u('https://webui.example.org/'))).toBeNull();
    expect(openwebui.threadId(u('https://webui.example.org/workspace/models'))).toBeNull();
    expect(openwebui.threadId(u('https://webui.example.org/?temporary-chat=true'))).toBeNull();
    expect(openwebui.unavailableReason(u('https://webui.example.org/?temporary-chat=true'))).toMatch(/Temporary/);
    expect(parseThreadUrl(`https://webui.example.org/c/${ID}`, { site: 'openwebui' })).toEqual({ site: 'openwebui', threadId: ID });
    expect(parseThreadUrl(`https://webui.example.org/c/${ID}`)).toBeNull(); // unknown host without the self-hosted hint
    expect(openwebui.newChatUrl(u(`https://webui.example.org/c/${ID}`))).toBe('https://webui.example.org/');
    expect(adapterForSelfHosted('openwebui')).toBe(openwebui);
    expect(adapterForHost('webui.example.org')).toBeNull();
  });
  it('finds #message-<id> turns, the TipTap #chat-input and the send/voice buttons', () => {
    const doc = load();
    checkPage(openwebui, doc, { roles: ['user', 'assistant'], userText: 'water cycle', assistantText: 'evaporates', composerTag: 'DIV' });
    expect(openwebui.composer(doc)!.id).toBe('chat-input');
    expect(openwebui.composerRoot(doc)!.id).toBe('message-input-container');
    const ids = openwebui.sendControls(doc).map((b) => b.id);
    expect(ids).toContain('send-message-button');
    expect(ids).toContain('voice-input-button');
  });
  it('also works with the plain textarea#chat-input (rich text off)', () => {
    const doc = load();
    doc.getElementById('chat-input')!.outerHTML = '<textarea id="chat-input"></textarea>';
    expect(openwebui.composer(doc)!.tagName).toBe('TEXTAREA');
    checkPrefill(openwebui, doc);
  });
  it('pre-fills the editor and titles the thread', () => {
    checkPrefill(openwebui, load());
    expect(openwebui.title(load())).toBe('Water cycle');
    checkSelectorsParse(openwebui, load());
  });
});
