// Page-world simulator of ChatGPT's sending behaviour, injected into the real captured markup
// (which has its scripts stripped). It sends the way the site does: Enter / Ctrl+Enter in the
// ProseMirror composer, the send button (which exists only while there is text), and form submit.
// It re-creates the composer on request, navigates between threads with pushState, and keeps
// threads in localStorage so reloads show the same turns. A scripted assistant refuses harmful
// asks (used by the demo and the policy e2e). Exposes window.__sim for tests.
(() => {
  const SIM = (window.__sim = { sent: 0, userTurns: () => document.querySelectorAll('[data-turn="user"]').length });
  const tplUser = document.querySelector('article[data-turn="user"]')?.cloneNode(true);
  const tplAsst = document.querySelector('article[data-turn="assistant"]')?.cloneNode(true);
  const container = document.querySelector('article[data-turn]')?.parentElement;
  const STORE = 'sim-threads';
  const load = () => { try { return JSON.parse(localStorage.getItem(STORE) || '{}'); } catch { return {}; } };
  const save = (db) => localStorage.setItem(STORE, JSON.stringify(db));
  const threadId = () => (/\/c\/([\w-]+)/.exec(location.pathname) || [])[1] || null;

  SIM.reply = (text) => window.__simReply(text); // sim/assistant.js

  const newMid = () => `mid-${Math.random().toString(36).slice(2, 10)}`;
  function turnEl(role, text, n, mid) {
    const tpl = role === 'user' ? tplUser : tplAsst;
    const el = tpl.cloneNode(true);
    el.setAttribute('data-testid', `conversation-turn-${n}`);
    el.setAttribute('data-turn-id', `sim-${n}`);
    const msg = el.querySelector('[data-message-author-role]');
    if (msg) msg.setAttribute('data-message-id', mid || newMid());
    const body = role === 'user' ? el.querySelector('.whitespace-pre-wrap') : el.querySelector('.markdown') || el.querySelector('[data-message-author-role]');
    if (body) body.textContent = text;
    return el;
  }
  function renderThread() {
    if (!container) return;
    const id = threadId();
    const db = load();
    const turns = id ? db[id] : [];
    if (!turns) return; // an unknown thread shows the captured conversation as is
    container.querySelectorAll('article[data-turn]').forEach((a) => a.remove());
    turns.forEach((t, i) => container.append(turnEl(t.role, t.text, i + 1, t.mid)));
  }
  function record(role, text) {
    let id = threadId();
    const db = load();
    if (!id) { id = crypto.randomUUID(); db[id] = []; history.pushState({}, '', `/c/${id}`); }
    if (!db[id]) db[id] = currentTurns();
    const mid = newMid();
    db[id].push({ role, text, mid });
    save(db);
    container.append(turnEl(role, text, db[id].length, mid));
  }
  function currentTurns() {
    return Array.from(container.querySelectorAll('article[data-turn]')).map((a) => ({
      role: a.getAttribute('data-turn'), text: (a.querySelector('.whitespace-pre-wrap, .markdown') || a).textContent.trim(),
      mid: a.querySelector('[data-message-id]')?.getAttribute('data-message-id') }));
  }

  // Edit in place (as ChatGPT does): the edited message and everything after it become a new
  // path under the same /c/<id>; the old path is kept and can be switched back to.
  function editTurn(article) {
    const bubble = article.querySelector('.whitespace-pre-wrap');
    const ta = document.createElement('textarea');
    ta.value = bubble.textContent; ta.setAttribute('data-sim', 'edit-box');
    const ok = document.createElement('button');
    ok.type = 'button'; ok.textContent = 'Send'; ok.setAttribute('data-sim', 'edit-send');
    bubble.replaceWith(ta); ta.after(ok); ta.focus();
    ok.addEventListener('click', () => {
      const id = threadId();
      const db = load();
      const path = db[id] || currentTurns();
      const k = Array.from(container.querySelectorAll('article[data-turn]')).indexOf(article);
      db[`${id}#alt`] = [...(db[`${id}#alt`] || []), path];
      db[id] = [...path.slice(0, k), { role: 'user', text: ta.value, mid: newMid() }];
      save(db);
      SIM.sent++;
      renderThread();
      if (SIM.autoReply !== false) setTimeout(() => record('assistant', SIM.reply(ta.value)), 30);
    });
  }
  SIM.switchBranch = () => {
    const id = threadId();
    const db = load();
    const alts = db[`${id}#alt`] || [];
    if (!alts.length) return false;
    const other = alts.pop();
    alts.unshift(db[id]);
    db[id] = other; db[`${id}#alt`] = alts;
    save(db);
    renderThread();
    return true;
  };

  const composer = () => document.getElementById('prompt-textarea');
  function send() {
    const c = composer();
    const text = (c?.innerText || '').trim();
    if (!text) return;
    SIM.sent++;
    record('user', text);
    c.innerHTML = '<p><br></p>';
    syncButton();
    if (SIM.autoReply !== false) setTimeout(() => record('assistant', SIM.reply(text)), 30);
  }
  SIM.send = send;
  SIM.showSendButton = () => syncButton(true);

  // The send button exists only while the composer has text (2026: otherwise "Start Voice").
  function syncButton(force) {
    const has = force === true || !!(composer()?.innerText || '').trim();
    const btn = document.getElementById('composer-submit-button');
    const voice = document.querySelector('button[aria-label="Start Voice"]');
    if (has && !btn && voice) {
      const b = document.createElement('button');
      b.id = 'composer-submit-button'; b.type = 'button'; b.setAttribute('data-testid', 'send-button');
      b.setAttribute('aria-label', 'Send prompt'); b.textContent = '↑'; b.className = voice.className;
      voice.after(b);
    } else if (!has && btn) btn.remove();
  }

  function bindComposer(c) {
    c.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); send(); }
    });
    c.addEventListener('input', syncButton);
    c.addEventListener('paste', (e) => {
      e.preventDefault();
      document.execCommand('insertText', false, e.clipboardData.getData('text/plain'));
    });
  }
  bindComposer(composer());
  // React re-creates nodes: tests call this to swap the composer for a fresh, unlocked-looking one.
  SIM.rerenderComposer = () => {
    const old = composer();
    const fresh = old.cloneNode(false);
    fresh.innerHTML = '<p><br></p>';
    old.replaceWith(fresh);
    bindComposer(fresh);
    return fresh;
  };
  document.addEventListener('click', (e) => {
    if (e.target.closest?.('#composer-submit-button')) send();
    const edit = e.target.closest?.('button[aria-label="Edit message"]');
    if (edit) editTurn(edit.closest('article[data-turn]'));
    const a = e.target.closest?.('a[href^="/c/"], a[href="/"]');
    if (a) { e.preventDefault(); SIM.navigate(a.getAttribute('href')); }
  });
  document.querySelector('form[data-type="unified-composer"]')?.addEventListener('submit', (e) => { e.preventDefault(); send(); });
  SIM.navigate = (path) => { history.pushState({}, '', path); renderThread(); };
  window.addEventListener('popstate', renderThread);
  renderThread();
})();
