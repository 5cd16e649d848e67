// www.perplexity.ai sending, on the real capture (test/fixtures/real/perplexity/complete.html):
// Enter in the Lexical editor, the Submit button (disabled while empty), and the "Follow-ups"
// suggestions, which send their text as a new query.
window.__simInstall({
  thread: (p) => (/^\/search\/([^/]+)/.exec(p) || [])[1] || null,
  path: (id) => `/search/${id}`,
  newId: () => `sim-${crypto.randomUUID().replace(/-/g, '').slice(0, 22)}`,
  turns: '[class*="group/query"], div[id^="markdown-content-"]',
  user: '[class*="group/query"]',
  template: (role) => document.querySelector(role === 'user' ? '[class*="group/query"]' : 'div[id^="markdown-content-"]'),
  place: (() => { const box = document.querySelector('[class*="group/query"]').parentElement; return (el) => box.append(el); })(),
  setText: (el, role, text) => { el.textContent = text; },
  composer: '#ask-input',
  send: 'button[aria-label="Submit"]',
  extra(SIM) {
    document.addEventListener('click', (e) => {
      const b = e.target.closest?.('button:has(use[*|href="#pplx-icon-corner-down-right"])');
      if (!b) return;
      const c = document.getElementById('ask-input');
      c.textContent = b.textContent.trim();
      SIM.send();
    });
  },
});
