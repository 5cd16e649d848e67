// Shared page-world simulator of a chat site's sending behaviour, injected (before the site's own
// sim file) into a captured or derived page whose scripts are gone. A site file calls
// window.__simInstall(cfg) with its selectors; this file does the rest, the same way sim/chatgpt.js
// does for ChatGPT: Enter in the composer sends, the send button sends (once enabled), form submit
// sends, threads live in localStorage (so reloads and route changes show each thread's turns),
// navigate(path) uses pushState (or replaceState, as Open WebUI does), rerenderComposer() swaps
// the composer for a fresh node as React/Svelte re-renders do. Exposes window.__sim.
//
// cfg: { thread(path) → id|null, path(id), turns: selector of turn elements, user: selector of user
//   turns, template(role) → Element to clone, place(el, role) → append it, setText(el, role, text),
//   composer: selector, send: selector of the send control, form?: selector, replaceState?: bool,
//   extra?(SIM) }
(() => {
  window.__simInstall = (cfg) => {
    const SIM = (window.__sim = { sent: 0, userTurns: () => document.querySelectorAll(cfg.user).length });
    const STORE = 'sim-threads';
    const load = () => { try { return JSON.parse(localStorage.getItem(STORE) || '{}'); } catch { return {}; } };
    const save = (db) => localStorage.setItem(STORE, JSON.stringify(db));
    const threadId = () => cfg.thread(location.pathname);
    const tpl = { user: cfg.template('user')?.cloneNode(true), assistant: cfg.template('assistant')?.cloneNode(true) };
    let n = 0;

    const turnEl = (role, text) => {
      const el = tpl[role].cloneNode(true);
      n++;
      if (el.id) el.id = `${el.id.replace(/-sim-\d+$/, '')}-sim-${n}`;
      cfg.setText(el, role, text);
      return el;
    };
    const currentTurns = () => Array.from(document.querySelectorAll(cfg.turns));
    function renderThread() {
      const id = threadId();
      const turns = id ? load()[id] : null;
      if (!turns) return; // an unknown thread shows the page's own conversation as is
      currentTurns().forEach((t) => t.remove());
      turns.forEach((t) => cfg.place(turnEl(t.role, t.text), t.role));
    }
    function record(role, text) {
      let id = threadId();
      const db = load();
      if (!id) { id = cfg.newId(); db[id] = []; history.pushState({}, '', cfg.path(id)); }
      if (!db[id]) db[id] = currentTurns().map((t) => ({ role: t.matches(cfg.user) ? 'user' : 'assistant', text: t.textContent.trim().slice(0, 200) }));
      db[id].push({ role, text });
      save(db);
      cfg.place(turnEl(role, text), role);
    }

    const composer = () => document.querySelector(cfg.composer);
    const read = (c) => (c ? (c instanceof HTMLTextAreaElement ? c.value : c.innerText) : '').trim();
    const clear = (c) => { if (c instanceof HTMLTextAreaElement) c.value = ''; else c.innerHTML = '<p><br></p>'; };
    function syncButton(force) {
      const has = force === true || !!read(composer());
      const btn = document.querySelector(cfg.send);
      if (!btn) return;
      if (has) { btn.removeAttribute('disabled'); btn.setAttribute('aria-disabled', 'false'); } else { btn.setAttribute('disabled', ''); btn.setAttribute('aria-disabled', 'true'); }
    }
    function send() {
      const c = composer();
      const text = read(c);
      if (!text) return;
      SIM.sent++;
      record('user', text);
      clear(c);
      syncButton();
      if (SIM.autoReply !== false) setTimeout(() => record('assistant', window.__simReply(text)), 30);
    }
    SIM.send = send;
    SIM.showSendButton = () => syncButton(true);

    function bindComposer(c) {
      if (!c) return;
      c.addEventListener('keydown', (e) => { if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); send(); } });
      c.addEventListener('input', () => syncButton());
      if (!(c instanceof HTMLTextAreaElement)) {
        c.addEventListener('paste', (e) => { e.preventDefault(); document.execCommand('insertText', false, e.clipboardData.getData('text/plain')); });
      }
    }
    bindComposer(composer());
    SIM.rerenderComposer = () => {
      const old = composer();
      const fresh = old.cloneNode(false);
      if (!(fresh instanceof HTMLTextAreaElement)) fresh.innerHTML = '<p><br></p>';
      old.replaceWith(fresh);
      bindComposer(fresh);
      return fresh;
    };
    document.addEventListener('click', (e) => {
      const btn = e.target.closest?.(cfg.send);
      if (btn && !btn.disabled && btn.getAttribute('aria-disabled') !== 'true') { e.preventDefault(); send(); }
    });
    if (cfg.form) document.addEventListener('submit', (e) => { if (e.target.matches?.(cfg.form)) { e.preventDefault(); send(); } });
    SIM.navigate = (path) => { history[cfg.replaceState ? 'replaceState' : 'pushState']({}, '', path); renderThread(); };
    window.addEventListener('popstate', renderThread);
    cfg.extra?.(SIM);
    renderThread();
  };
})();
