// huggingface.co/chat sending, on the derived fixture (test/fixtures/derived/huggingchat.html, after
// huggingface/chat-ui): Enter in the textarea, the submit button (disabled while empty), form submit.
// chat-ui serves under its base path: /chat on huggingface.co, the origin's root when self-hosted
// (/conversation/<id>); it moves between conversations with SvelteKit's goto (pushState).
{
const BASE = location.hostname === 'huggingface.co' ? '/chat' : '';
window.__simInstall({
  thread: (p) => (new RegExp(`^${BASE}/conversation/([0-9a-f]{24})`).exec(p) || [])[1] || null,
  path: (id) => `${BASE}/conversation/${id}`,
  newId: () => Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join(''),
  turns: '[data-message-id]',
  user: '[data-message-type="user"]',
  template: (role) => document.querySelector(role === 'user' ? '[data-message-type="user"]' : '[data-message-role="assistant"]'),
  place: (() => { const box = document.querySelector('[data-message-id]').parentElement; return (el) => box.append(el); })(),
  setText: (el, role, text) => { el.querySelector(role === 'user' ? 'p' : '.prose').textContent = text; },
  composer: 'form[aria-label="file dropzone"] textarea',
  send: 'button[type="submit"][name="submit"]',
  form: 'form[aria-label="file dropzone"]',
});
}
