// gemini.google.com sending, on the real capture (test/fixtures/real/gemini, styles trimmed): Enter
// in the Quill editor, button.send-button (always present; aria-disabled while empty).
window.__simInstall({
  thread: (p) => (/^(?:\/u\/\d+)?\/app\/([\w-]+)/.exec(p) || [])[1] || null,
  path: (id) => `/app/${id}`,
  newId: () => Math.random().toString(16).slice(2, 18).padEnd(16, '0'),
  turns: 'user-query, model-response',
  user: 'user-query',
  template: (role) => document.querySelector(role === 'user' ? 'user-query' : 'model-response'),
  place: (() => { const box = document.querySelector('user-query').parentElement; return (el) => box.append(el); })(),
  setText: (el, role, text) => { (role === 'user' ? el.querySelector('.query-text-line') : el.querySelector('message-content')).textContent = text; },
  composer: 'rich-textarea .ql-editor',
  send: 'button.send-button',
});
