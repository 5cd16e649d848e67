// Pages served at the sites' real URLs: the real captured markup plus a page-world simulator.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const cache = new Map();
const read = (p) => { if (!cache.has(p)) cache.set(p, readFileSync(here(p), 'utf8')); return cache.get(p); };

// Per site: origin, fixture (real capture or derived page), sim (page-world sending simulator;
// simBase is injected before it), css, thread(id) → URL, composer/send selectors the e2e uses to
// type and click like a user, ids(n) → a thread id in the site's format. csp: a page CSP that keeps
// the captured page's own links (CDN stylesheets, images) from leaving the machine, so the
// "no request left the machine" check speaks for the extension alone.
const REAL = '../fixtures/real';
const DERIVED = '../fixtures/derived';
const hex = (n, len) => n.toString(16).padStart(len, '0');
const uuid = (n) => `6a1f0c2e-0000-4000-8000-${hex(n, 12)}`;
const base = { simBase: './sim/base.js', csp: true };
export const SITES = {
  chatgpt: { origin: 'https://chatgpt.com', fixture: `${REAL}/chatgpt/complete.html`, sim: './sim/chatgpt.js', css: './sim/chatgpt.css',
    thread: (id) => `https://chatgpt.com/c/${id}`, path: (id) => `/c/${id}`, composer: '#prompt-textarea', send: '#composer-submit-button',
    userTurn: '[data-turn="user"]', ids: uuid },
  claude: { ...base, origin: 'https://claude.ai', fixture: `${REAL}/claude/complete.html`, sim: './sim/claude.js',
    thread: (id) => `https://claude.ai/chat/${id}`, path: (id) => `/chat/${id}`, composer: '[data-testid="chat-input"]',
    send: 'button[aria-label="Send message"]', userTurn: '[data-test-render-count]:has([data-testid="user-message"])', ids: uuid },
  gemini: { ...base, origin: 'https://gemini.google.com', fixture: `${REAL}/gemini/complete.html`, sim: './sim/gemini.js', css: './sim/gemini.css',
    thread: (id) => `https://gemini.google.com/app/${id}`, path: (id) => `/app/${id}`, composer: 'rich-textarea .ql-editor',
    send: 'button.send-button', userTurn: 'user-query', ids: (n) => `5e1f0c2e${hex(n, 8)}` },
  grok: { ...base, origin: 'https://grok.com', fixture: `${REAL}/grok/complete.html`, sim: './sim/grok.js',
    thread: (id) => `https://grok.com/c/${id}`, path: (id) => `/c/${id}`, composer: 'form .ProseMirror',
    send: 'form button[type="submit"]', userTurn: 'div[id^="response-"].items-end', ids: uuid },
  perplexity: { ...base, origin: 'https://www.perplexity.ai', fixture: `${REAL}/perplexity/complete.html`, sim: './sim/perplexity.js',
    thread: (id) => `https://www.perplexity.ai/search/${id}`, path: (id) => `/search/${id}`, composer: '#ask-input',
    send: 'button[aria-label="Submit"]', userTurn: '[class*="group/query"]', ids: (n) => `question-${n}-9vWY0c1fRHqRzF2Uuw${hex(n, 4)}` },
  copilot: { ...base, origin: 'https://copilot.microsoft.com', fixture: `${DERIVED}/copilot.html`, sim: './sim/copilot.js', css: './sim/derived.css',
    thread: (id) => `https://copilot.microsoft.com/chats/${id}`, path: (id) => `/chats/${id}`, composer: '#userInput',
    send: '[data-testid="submit-button"]', userTurn: '[data-content="user-message"]', ids: (n) => `Kq2Zb8XjLw9sT4vRf${hex(n, 4)}` },
  deepseek: { ...base, origin: 'https://chat.deepseek.com', fixture: `${DERIVED}/deepseek.html`, sim: './sim/deepseek.js', css: './sim/derived.css',
    thread: (id) => `https://chat.deepseek.com/a/chat/s/${id}`, path: (id) => `/a/chat/s/${id}`, composer: 'textarea[name="search"]',
    send: 'div[role="button"].ds-button--primary.ds-button--circle', userTurn: 'div.ds-message:not(:has(.ds-markdown))', ids: uuid },
  lechat: { ...base, origin: 'https://chat.mistral.ai', fixture: `${DERIVED}/lechat.html`, sim: './sim/lechat.js', css: './sim/derived.css',
    thread: (id) => `https://chat.mistral.ai/chat/${id}`, path: (id) => `/chat/${id}`, composer: 'form .ProseMirror',
    send: 'form button[type="submit"]', userTurn: '[data-message-author-role="user"]', ids: uuid },
  poe: { ...base, origin: 'https://poe.com', fixture: `${DERIVED}/poe.html`, sim: './sim/poe.js', css: './sim/derived.css',
    thread: (id) => `https://poe.com/chat/${id}`, path: (id) => `/chat/${id}`, composer: 'textarea[class*="GrowingTextArea_textArea"]',
    send: '[class*="ChatMessageSendButton_sendButton"]', userTurn: '[class*="Message_humanMessageBubble"]', ids: (n) => `3kq9z1xv2m8wd${hex(n, 5)}` },
  huggingchat: { ...base, origin: 'https://huggingface.co', fixture: `${DERIVED}/huggingchat.html`, sim: './sim/huggingchat.js', css: './sim/derived.css',
    thread: (id) => `https://huggingface.co/chat/conversation/${id}`, path: (id) => `/chat/conversation/${id}`,
    composer: 'form[aria-label="file dropzone"] textarea', send: 'button[type="submit"][name="submit"]', userTurn: '[data-message-type="user"]',
    ids: (n) => `65f1c0ffee01234567${hex(n, 6)}` },
};

const CSP = `<meta http-equiv="Content-Security-Policy" content="default-src 'self' 'unsafe-inline' data: blob:">`;

/** Self-hosted apps, served at a test origin the e2e adds in the options (not part of SITES). Keyed
 *  by fixture name; `kind` is the self-hosted kind the options page saves for the origin (chat-ui
 *  is the app behind HuggingChat, at its own origin under /conversation/<id>). */
export const SELF_HOSTED_SITES = {
  openwebui: { ...base, kind: 'openwebui', origin: 'https://webui.example.test', fixture: `${DERIVED}/openwebui.html`, sim: './sim/openwebui.js',
    css: './sim/derived.css', thread: (id) => `https://webui.example.test/c/${id}`, path: (id) => `/c/${id}`, newChat: '/', composer: '#chat-input',
    send: '#send-message-button', userTurn: '#messages-container .user-message', ids: uuid },
  librechat: { ...base, kind: 'librechat', origin: 'https://librechat.example.test', fixture: `${DERIVED}/librechat.html`, sim: './sim/librechat.js',
    css: './sim/derived.css', thread: (id) => `https://librechat.example.test/c/${id}`, path: (id) => `/c/${id}`, newChat: '/c/new', composer: '#prompt-textarea',
    send: '#send-button', userTurn: '.message-render .user-turn', ids: uuid },
  chatui: { ...base, kind: 'huggingchat', origin: 'https://chatui.example.test', fixture: `${DERIVED}/huggingchat.html`, sim: './sim/huggingchat.js',
    css: './sim/derived.css', thread: (id) => `https://chatui.example.test/conversation/${id}`, path: (id) => `/conversation/${id}`, newChat: '/',
    composer: 'form[aria-label="file dropzone"] textarea', send: 'button[type="submit"][name="submit"]', userTurn: '[data-message-type="user"]',
    ids: (n) => `65f1c0ffee01234567${hex(n, 6)}` },
};

/** The HTML for any document request on a site: fixture + simulator (+ optional extra page script). */
export function pageFor(site, { extraScript = '', extraScriptHead = '' } = {}) {
  const s = SITES[site] ?? SELF_HOSTED_SITES[site];
  let html = read(s.fixture);
  // A page script that must run before anything renders (e.g. a per-frame watcher).
  if (extraScriptHead) html = html.replace(/<head[^>]*>/i, (m) => `${m}<script>${extraScriptHead}</script>`);
  if (s.csp) {
    html = /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (m) => `${m}${CSP}`) : CSP + html;
    // Firefox's speculative loader fetches <img> before a meta CSP applies: park external image URLs.
    html = html.replace(/<(?:img|source)\b[^>]*>/gi, (tag) => tag.replace(/\s(src|srcset)="(?=https?:)/gi, ' data-offline-$1="'));
  }
  const css = s.css ? `<style>${read(s.css)}</style>` : '';
  const scripts = ['./sim/assistant.js', s.simBase, s.sim].filter(Boolean).map((p) => `<script>${read(p)}</script>`).join('');
  const inject = `${css}${scripts}${extraScript ? `<script>${extraScript}</script>` : ''}`;
  return html.includes('</body>') ? html.replace('</body>', `${inject}</body>`) : html + inject;
}

export const isDocument = (url) => {
  const u = new URL(url);
  return !/\.(js|css|png|svg|jpg|webp|woff2?|ico|json|map)$/i.test(u.pathname) && !u.pathname.startsWith('/cdn/')
    && !u.pathname.startsWith('/backend-api/');
};
