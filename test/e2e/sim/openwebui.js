// Open WebUI sending, on the derived fixture (test/fixtures/derived/openwebui.html, after
// open-webui/open-webui's MessageInput/UserMessage/ResponseMessage): Enter in the TipTap composer,
// the send button (disabled while empty), form submit. Open WebUI sets /c/<id> with replaceState.
window.__simInstall({
  thread: (p) => (/^\/c\/([\w-]{6,})/.exec(p) || [])[1] || null,
  path: (id) => `/c/${id}`,
  turns: '#messages-container [id^="message-"]',
  user: '#messages-container .user-message',
  template: (role) => document.querySelector(role === 'user' ? '.user-message' : '[id$="-asst"]'),
  place: (() => { const box = document.querySelector('#messages-container [id^="message-"]').parentElement; return (el) => box.append(el); })(),
  setText: (el, role, text) => { (role === 'user' ? el.querySelector('.chat-user p') : el.querySelector('.chat-assistant')).textContent = text; },
  composer: '#chat-input',
  send: '#send-message-button',
  form: 'form:has(#chat-input)',
  replaceState: true,
});
