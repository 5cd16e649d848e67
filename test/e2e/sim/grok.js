// grok.com sending, on the real capture (test/fixtures/real/grok/complete.html): Enter in the
// ProseMirror editor, the form's submit button (disabled while empty), form submit.
window.__simInstall({
  thread: (p) => (/^\/c\/([\w-]+)/.exec(p) || [])[1] || null,
  path: (id) => `/c/${id}`,
  newId: () => crypto.randomUUID(),
  turns: 'div[id^="response-"]',
  user: 'div[id^="response-"].items-end',
  template: (role) => document.querySelector(role === 'user' ? 'div[id^="response-"].items-end' : 'div[id^="response-"].items-start'),
  // Each response sits in its own wrapper; the wrappers are siblings (2026-02 capture): new turns
  // follow the last one in page order, as on the site.
  place: (() => {
    const box = document.querySelector('div[id^="response-"]').parentElement.parentElement;
    return (el) => { const w = document.createElement('div'); w.className = 'flex flex-col items-center'; w.append(el); box.append(w); };
  })(),
  setText: (el, role, text) => { el.querySelector('.message-bubble').textContent = text; },
  composer: 'form .ProseMirror',
  send: 'form button[type="submit"]',
  form: 'form',
});
