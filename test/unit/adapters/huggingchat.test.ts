// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { huggingchat } from '../../../src/content/adapters/huggingchat';
import { adapterForHost, adapterForSelfHosted } from '../../../src/content/adapters';
import { parseThreadUrl } from '../../../src/shared/urls';
import { loadHtml } from '../load-html';
import { checkPage, checkPrefill, checkSelectorsParse, u } from './shared';

// Derived fixture from huggingface/chat-ui's components: see the comment at the top of the file.
const load = () => loadHtml('test/fixtures/derived/huggingchat.html');
const ID = '65f1c0ffee0123456789abcd';

describe('HuggingChat adapter (huggingface.co/chat and self-hosted chat-ui)', () => {
  it('reads the thread id at huggingface.co/chat and at any self-hosted origin', () => {
    expect(huggingchat.threadId(u(`https://huggingface.co/chat/conversation/${ID}`))).toBe(ID);
    expect(huggingchat.threadId(u('https://huggingface.co/chat/'))).toBeNull();
    expect(huggingchat.threadId(u('https://huggingface.co/chat/settings'))).toBeNull();
    expect(huggingchat.threadId(u('https://huggingface.co/chat/conversation/not-an-object-id'))).toBeNull();
    expect(huggingchat.threadId(u(`https://huggingface.co/conversation/${ID}`))).toBeNull(); // not under /chat on the hub
    expect(huggingchat.threadId(u(`https://chat.example.org/conversation/${ID}`))).toBe(ID);
    expect(huggingchat.threadId(u(`http://localhost:5173/chat/conversation/${ID}`))).toBe(ID);
    expect(parseThreadUrl(`https://chat.example.org/conversation/${ID}`, { site: 'huggingchat' })).toEqual({ site: 'huggingchat', threadId: ID });
    expect(huggingchat.newChatUrl(u(`https://huggingface.co/chat/conversation/${ID}`))).toBe('https://huggingface.co/chat/');
    expect(huggingchat.newChatUrl(u(`https://chat.example.org/conversation/${ID}`))).toBe('https://chat.example.org/');
    expect(adapterForHost('huggingface.co')).toBe(huggingchat);
    expect(adapterForSelfHosted('huggingchat')).toBe(huggingchat);
  });
  it('finds turns by data-message-role/type, the composer form and its submit', () => {
    const doc = load();
    checkPage(huggingchat, doc, { roles: ['user', 'assistant'], userText: 'water cycle', assistantText: 'evaporates', composerTag: 'TEXTAREA' });
    expect(huggingchat.composerRoot(doc)!.tagName).toBe('FORM');
    expect(huggingchat.sendControls(doc).some((b) => b.getAttribute('name') === 'submit')).toBe(true);
  });
  it("reads a user message's text without its Edit button or alternatives switch", () => {
    const doc = load();
    const user = doc.querySelector('[data-message-type="user"]')!;
    user.querySelector('.absolute')!.insertAdjacentHTML('afterbegin', '<div class="flex items-center"><button type="button">‹</button><span>1/2</span><button type="button">›</button></div>');
    const turn = huggingchat.turns(doc).find((t) => t.role === 'user')!;
    expect(turn.text()).toBe('Please explain the water cycle in two sentences.');
    expect(huggingchat.turns(doc).find((t) => t.role === 'assistant')!.text()).toContain('evaporates');
  });
  it("ignores a user turn's inline edit form when looking for the composer", () => {
    const doc = load();
    const user = doc.querySelector('[data-message-type="user"]')!;
    user.insertAdjacentHTML('afterbegin', '<form><textarea class="edit"></textarea><button type="submit">Send</button></form>');
    const c = huggingchat.composer(doc)!;
    expect(c.classList.contains('edit')).toBe(false);
    expect(c.getAttribute('placeholder')).toBe('Ask anything');
  });
  it('pre-fills the textarea and titles the thread', () => {
    checkPrefill(huggingchat, load());
    expect(huggingchat.title(load())).toBe('Water cycle explained');
    checkSelectorsParse(huggingchat, load());
  });
});
