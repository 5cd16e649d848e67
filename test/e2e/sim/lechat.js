// chat.mistral.ai sending, on the derived fixture (test/fixtures/derived/lechat.html): Enter in the
// ProseMirror editor, the form's submit button, form submit.
window.__simInstall({
  thread: (p) => (/^\/chat\/([\w-]+)/.exec(p) || [])[1] || null,
  path: (id) => `/chat/${id}`,
  newId: () => crypto.randomUUID(),
  turns: '[data-message-author-role]',
  user: '[data-message-author-role="user"]',
  template: (role) => document.querySelector(`[data-message-author-role="${role}"]`),
  place: (() => { const box = document.querySelector('[data-message-author-role]').parentElement; return (el) => box.append(el); })(),
  setText: (el, role, text) => { el.querySelector(role === 'user' ? '.whitespace-pre-wrap' : '.prose').textContent = text; },
  composer: 'form .ProseMirror',
  send: 'form button[type="submit"]',
  form: 'form',
});
