// LibreChat sending, on the derived fixture (test/fixtures/derived/librechat.html, after
// danny-avila/LibreChat's ChatForm.tsx, SendButton.tsx, useTextarea.ts, MessageRender.tsx):
// Enter or Ctrl/Cmd+Enter in textarea#prompt-textarea sends (the app's keydown handler clicks
// its submit button; here the keydown sends directly, to the same effect; Shift+Enter is a newline), #send-button[type=submit] is disabled while
// the draft is empty, and the <form>'s submit sends. Each message is a row
// div.text-token-text-primary > … > div.message-render#<messageId> whose column carries
// .user-turn / .agent-turn, with the text in .markdown.message-content and, on the user's row,
// the edit button #edit-<messageId>. Conversations live at /c/<uuid> and react-router moves
// between them with pushState; /c/new is a new chat.
window.__simInstall({
  thread: (p) => (/^\/c\/((?!new\/?$)[\w-]{6,})\/?$/.exec(p) || [])[1] || null,
  path: (id) => `/c/${id}`,
  newId: () => crypto.randomUUID(),
  // A turn, for the simulator, is the whole message row (so a route change removes rows, not
  // just their columns); the adapter's turn is the row's column inside it.
  turns: '[role="log"] .text-token-text-primary',
  user: '[role="log"] .text-token-text-primary:has(.user-turn)',
  template: (role) => document.querySelector(`[role="log"] .text-token-text-primary:has(.${role === 'user' ? 'user' : 'agent'}-turn)`),
  place: (() => { const box = document.querySelector('[role="log"] .text-token-text-primary').parentElement; return (el) => box.append(el); })(),
  setText: (el, role, text) => {
    const id = crypto.randomUUID();
    const row = el.querySelector('.message-render');
    row.id = id;
    row.setAttribute('aria-label', `message-${document.querySelectorAll('.message-render').length}-${id}`);
    el.querySelector('[id^="edit-"]')?.setAttribute('id', `edit-${id}`);
    const md = el.querySelector('.markdown');
    if (role === 'user') md.textContent = text; else md.innerHTML = `<p>${text.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))}</p>`;
  },
  composer: '#prompt-textarea',
  send: '#send-button',
  form: 'form:has(#prompt-textarea)',
  // The first time a thread is shown, keep its messages' own text (the shared simulator would
  // otherwise save each row's whole text, icon and "You" heading included, as the message).
  extra() {
    const id = (/^\/c\/((?!new\/?$)[\w-]{6,})\/?$/.exec(location.pathname) || [])[1];
    let db = {};
    try { db = JSON.parse(localStorage.getItem('sim-threads') || '{}'); } catch { /* start over */ }
    if (!id || db[id]) return;
    db[id] = Array.from(document.querySelectorAll('[role="log"] .message-render'), (row) => ({
      role: row.querySelector('.user-turn') ? 'user' : 'assistant', text: row.querySelector('.markdown').innerText.trim(),
    }));
    localStorage.setItem('sim-threads', JSON.stringify(db));
  },
});
