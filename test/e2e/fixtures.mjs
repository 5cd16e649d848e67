// Pages served at the sites' real URLs: the real captured markup plus a page-world simulator.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const cache = new Map();
const read = (p) => { if (!cache.has(p)) cache.set(p, readFileSync(here(p), 'utf8')); return cache.get(p); };

export const SITES = {
  chatgpt: { origin: 'https://chatgpt.com', fixture: '../fixtures/real/chatgpt/complete.html', sim: './sim/chatgpt.js', css: './sim/chatgpt.css',
    thread: (id) => `https://chatgpt.com/c/${id}` },
};

/** The HTML for any document request on a site: fixture + simulator (+ optional extra page script). */
export function pageFor(site, { extraScript = '' } = {}) {
  const s = SITES[site];
  const html = read(s.fixture);
  const css = s.css ? `<style>${read(s.css)}</style>` : '';
  const inject = `${css}<script>${read(s.sim)}</script>${extraScript ? `<script>${extraScript}</script>` : ''}`;
  return html.includes('</body>') ? html.replace('</body>', `${inject}</body>`) : html + inject;
}

export const isDocument = (url) => {
  const u = new URL(url);
  return !/\.(js|css|png|svg|jpg|webp|woff2?|ico|json|map)$/i.test(u.pathname) && !u.pathname.startsWith('/cdn/')
    && !u.pathname.startsWith('/backend-api/');
};
