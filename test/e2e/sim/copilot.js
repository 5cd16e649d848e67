// copilot.microsoft.com sending, on the derived fixture (test/fixtures/derived/copilot.html):
// Enter in textarea#userInput, [data-testid="submit-button"], form submit.
window.__simInstall({
  thread: (p) => (/^\/chats\/([\w-]+)/.exec(p) || [])[1] || null,
  path: (id) => `/chats/${id}`,
  newId: () => crypto.randomUUID().replace(/-/g, '').slice(0, 21),
  turns: '[data-content]',
  user: '[data-content="user-message"]',
  template: (role) => document.querySelector(`[data-content="${role === 'user' ? 'user-message' : 'ai-message'}"]`),
  place: (() => { const box = document.querySelector('[data-content]').parentElement; return (el) => box.append(el); })(),
  setText: (el, role, text) => { el.querySelector(role === 'user' ? '.whitespace-pre-wrap' : '.space-y-3').textContent = text; },
  composer: '#userInput',
  send: '[data-testid="submit-button"]',
  form: 'form[data-testid="composer"]',
});
