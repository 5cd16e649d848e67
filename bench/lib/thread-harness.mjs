// The main-world harness that grows a ChatGPT fixture thread the way the site renders turns: a
// clone of the fixture's own turn markup per new turn, with corpus text and its own ids (the
// site's message id too: Hangup stores a turn's identity, and a site gives every message its own).
// Shared by the turns and policy-state sections. `rescan` is the naive baseline of the turns
// section (window.__benchPolicy, injected by that section).
/** Installs window.__bench in the page (page.evaluate(HARNESS)). */
export const HARNESS = () => {
  // Templates: the fixture's own turns, without anything Hangup added to them (a site renders new
  // turns from its own data, not by cloning the page's nodes).
  const clean = (el) => { for (const e of [...el.querySelectorAll('*')]) if (e.localName.startsWith('hangup-')) e.remove(); return el; };
  const tplUser = clean(document.querySelector('article[data-turn="user"]')?.cloneNode(true));
  const tplAsst = clean(document.querySelector('article[data-turn="assistant"]')?.cloneNode(true));
  const container = document.querySelector('article[data-turn]')?.parentElement;
  const turnSel = ['section[data-testid^="conversation-turn-"]', 'article[data-testid^="conversation-turn-"]', '[data-turn][data-turn-id]'];
  const longtasks = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) longtasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
  window.__bench = {
    longtasks,
    count: () => container.querySelectorAll(':scope > article[data-turn]').length,
    lastRole: () => container.querySelector(':scope > article[data-turn]:last-of-type')?.getAttribute('data-turn'),
    make(role, text, n) {
      const el = (role === 'user' ? tplUser : tplAsst).cloneNode(true);
      el.setAttribute('data-testid', `conversation-turn-${n}`);
      el.setAttribute('data-turn-id', `sim-${n}`);
      for (const m of [el, ...el.querySelectorAll('[data-message-id]')]) if (m.hasAttribute('data-message-id')) m.setAttribute('data-message-id', `sim-msg-${n}`);
      const body = role === 'user' ? el.querySelector('.whitespace-pre-wrap') : el.querySelector('.markdown') || el.querySelector('[data-message-author-role]');
      if (body) body.textContent = text;
      return el;
    },
    append(role, text, n) { container.append(this.make(role, text, n)); },
    /** The naive baseline: find every turn again and run the policy over all of them. */
    rescan() {
      let els = [];
      for (const s of turnSel) { els = document.querySelectorAll(s); if (els.length) break; }
      const p = window.__benchPolicy.createThreadPolicy('standard');
      for (const el of els) {
        let role = el.getAttribute('data-turn');
        if (role !== 'user' && role !== 'assistant') role = el.querySelector('[data-message-author-role]')?.getAttribute('data-message-author-role');
        if (role !== 'user' && role !== 'assistant') continue;
        p.push({ role, text: ((el.querySelector('[data-message-author-role]') ?? el).textContent ?? '').trim() });
      }
      return els.length;
    },
  };
};
