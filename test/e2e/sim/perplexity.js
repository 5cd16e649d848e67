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
  // A query and its answer live in two sections of one entry block: new turns go after that block,
  // so queries and answers alternate in page order, as on the site.
  place: (() => {
    const q = document.querySelector('[class*="group/query"]');
    const a = document.querySelector('div[id^="markdown-content-"]');
    let entry = q.parentElement;
    while (entry && !entry.contains(a)) entry = entry.parentElement;
    const box = entry.parentElement;
    return (el) => { const w = document.createElement('div'); w.append(el); box.append(w); };
  })(),
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
