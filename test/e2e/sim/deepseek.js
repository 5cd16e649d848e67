// chat.deepseek.com sending, on the derived fixture (test/fixtures/derived/deepseek.html, 2026
// markup): Enter in textarea[name="search"] (no id) and the send control, a circular primary
// ds-button div[role=button] (aria-disabled while empty).
window.__simInstall({
  thread: (p) => (/^\/a\/chat\/s\/([\w-]+)/.exec(p) || [])[1] || null,
  path: (id) => `/a/chat/s/${id}`,
  newId: () => crypto.randomUUID(),
  turns: 'div.ds-message',
  user: 'div.ds-message:not(:has(.ds-markdown))',
  template: (role) => document.querySelector(role === 'user' ? 'div.ds-message:not(:has(.ds-markdown))' : 'div.ds-message:has(.ds-markdown)'),
  place: (() => { const box = document.querySelector('.dad65929'); return (el) => box.append(el); })(),
  setText: (el, role, text) => { el.querySelector(role === 'user' ? '.fbb737a4' : '.ds-markdown').textContent = text; },
  composer: 'textarea[name="search"]',
  send: 'div[role="button"].ds-button--primary.ds-button--circle',
});
