// claude.ai sending, on the real capture (test/fixtures/real/claude/complete.html): Enter in the
// TipTap composer, the send button (the capture's empty composer has none: it is added here, as
// the site does once there is text), no <form>. siteEnd() replaces the composer with an
// ended-conversation notice, the way public coverage (Aug 2025) describes claude.ai's own ending.
window.__simInstall({
  thread: (p) => (/^\/chat\/([\w-]+)/.exec(p) || [])[1] || null,
  path: (id) => `/chat/${id}`,
  newId: () => crypto.randomUUID(),
  turns: '[data-test-render-count]',
  user: '[data-test-render-count]:has([data-testid="user-message"])',
  template: (role) => document.querySelector(role === 'user' ? '[data-test-render-count]:has([data-testid="user-message"])' : '[data-test-render-count]:has(.font-claude-response)'),
  place: (() => { const box = document.querySelector('[data-test-render-count]').parentElement; return (el) => box.append(el); })(),
  setText: (el, role, text) => { el.querySelector(role === 'user' ? '[data-testid="user-message"]' : '.font-claude-response').textContent = text; },
  composer: '[data-testid="chat-input"]',
  send: 'button[aria-label="Send message"]',
  extra(SIM) {
    const fieldset = document.querySelector('[data-testid="chat-input"]').closest('fieldset');
    if (!fieldset.querySelector('button[aria-label="Send message"]')) {
      const b = document.createElement('button');
      b.type = 'button'; b.setAttribute('aria-label', 'Send message'); b.textContent = '↑'; b.disabled = true;
      fieldset.append(b);
    }
    SIM.siteEnd = () => {
      const area = document.querySelector('[data-testid="chat-input"]').closest('[data-testid="chat-input-grid-area"]');
      area.innerHTML = '<div class="ended-notice"><p>Claude ended this conversation.</p><a href="/new">Start a new chat</a> <button type="button">Edit a previous message</button></div>';
    };
  },
});
