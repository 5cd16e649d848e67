// Where the in-page "End this chat" button sits: out of the way of the site's own controls at every
// window width. A fixed corner collides with something on some site at some width (a composer that
// grows upward over it, a send button at 360 px), so the button is anchored to the composer region
// the adapter finds — just above its top edge, right-aligned, then left-aligned — and moved to the
// first candidate spot where no visible control of the page lies under it. It follows the composer
// as it grows (ResizeObserver), the window (resize) and the conversation (scroll), once per frame.
// Hangup's cards are placed in the same pass, after the button and clear of it (card-place.ts).
import type { SiteAdapter } from '../adapters/types';
import { cardsSpot } from './card-place';

export interface Box { x: number; y: number; w: number; h: number }
const GAP = 8;
const EDGE = 8;

/** Candidate spots for a w×h button, best first (pure: the tests run it without a page). */
export function candidates(view: { w: number; h: number }, region: Box | null, size: { w: number; h: number }): Box[] {
  const out: Box[] = [];
  const { w, h } = size;
  if (region && region.w > 0 && region.h > 0) {
    const y = region.y - h - GAP;
    out.push({ x: region.x + region.w - w, y, w, h }); // above the composer, right-aligned
    out.push({ x: region.x, y, w, h }); // above the composer, left-aligned
    out.push({ x: region.x + region.w - w, y: y - h - GAP, w, h }); // one row higher, right
    out.push({ x: view.w - w - 16, y: region.y + (region.h - h) / 2, w, h }); // beside the composer, when the window leaves room
  }
  out.push({ x: view.w - w - 16, y: view.h - 112 - h, w, h }); // the old fixed spot
  out.push({ x: view.w - w - 16, y: 72, w, h }); // top right, under a typical header
  // A composer as wide as the window: keep the spot inside it horizontally. Never on the composer.
  const clampX = (x: number) => Math.max(EDGE, Math.min(x, view.w - w - EDGE));
  return out.map((b) => ({ ...b, x: Math.round(clampX(b.x)), y: Math.round(b.y) }))
    .filter((b) => !region || !overlaps(b, region));
}

export const inView = (b: Box, view: { w: number; h: number }): boolean =>
  b.x >= EDGE && b.y >= EDGE && b.x + b.w <= view.w - EDGE && b.y + b.h <= view.h - EDGE;

export const overlaps = (a: Box, b: Box): boolean =>
  Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x) > 1 && Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y) > 1;

/** First spot in view that avoids every obstacle; else the first in view; else the last. */
export function choose(cands: readonly Box[], view: { w: number; h: number }, blocked: (b: Box) => boolean): Box {
  const visible = cands.filter((b) => inView(b, view));
  return visible.find((b) => !blocked(b)) ?? visible[0] ?? cands[cands.length - 1]!;
}

const INTERACTIVE = 'a[href], button, input:not([type="hidden"]), textarea, select, summary, [role="button"], [role="link"], [role="tab"], [role="menuitem"], [contenteditable="true"], hangup-branch';

/** Whether a visible control of the page (or one of our branch buttons) lies under the box: a 5×3
 *  grid of hit tests, so a 24 px icon button anywhere under the box is found. */
function blockedAt(doc: Document, host: Element, b: Box): boolean {
  for (let i = 0; i < 5; i++) {
    for (let j = 0; j < 3; j++) {
      const x = b.x + 2 + ((b.w - 4) * i) / 4;
      const y = b.y + 2 + ((b.h - 4) * j) / 2;
      for (const el of doc.elementsFromPoint(x, y)) {
        if (el === host || host.contains(el)) continue;
        if (el.closest(INTERACTIVE)) return true;
      }
    }
  }
  return false;
}

/**
 * Keep every `.end-btn` and `.cards` stack the controller renders into `root` placed. Returns nothing; stops with `signal`.
 * The button keeps its stylesheet position until the first placement (no layout: tests, or no region).
 */
export function placeEndButton(adapter: Pick<SiteAdapter, 'composerRoot'>, doc: Document, root: ShadowRoot | Element, signal: AbortSignal): void {
  const win = doc.defaultView;
  if (!win || typeof doc.elementsFromPoint !== 'function') return;
  const host = root instanceof ShadowRoot ? root.host : root;
  let frame = 0;
  let observed: Element | null = null;
  let sized: Element | null = null;
  let stack: Element | null = null;
  const ro = typeof ResizeObserver === 'function' ? new ResizeObserver(() => schedule()) : null;

  const place = (): void => {
    frame = 0;
    const region = adapter.composerRoot(doc);
    if (region !== observed) { if (observed) ro?.unobserve(observed); if (region) ro?.observe(region); observed = region; }
    const r = region?.getBoundingClientRect();
    const regionBox = r ? { x: r.left, y: r.top, w: r.width, h: r.height } : null;
    const view = { w: win.innerWidth, h: win.innerHeight };
    const btn = root.querySelector<HTMLElement>('.end-btn');
    if (btn?.isConnected) {
      if (btn !== sized) { if (sized) ro?.unobserve(sized); ro?.observe(btn); sized = btn; }
      const size = { w: btn.offsetWidth || 120, h: btn.offsetHeight || 32 };
      // While we test spots the button must not hit-test itself (it is skipped anyway) nor flicker.
      const tried: string[] = [];
      const spot = choose(candidates(view, regionBox, size), view,
        (b) => { const hit = blockedAt(doc, host, b); tried.push(`${b.x},${b.y}${hit ? '!' : ''}`); return hit; });
      btn.dataset.tried = tried.join(' ');
      btn.style.setProperty('left', `${spot.x}px`);
      btn.style.setProperty('top', `${spot.y}px`);
      btn.style.setProperty('right', 'auto');
      btn.style.setProperty('bottom', 'auto');
      btn.dataset.placed = `${spot.x},${spot.y}`;
    }
    // The cards go after the button, around it: the button's spot never depends on them.
    const cards = root.querySelector<HTMLElement>('.cards');
    if (cards?.isConnected) {
      if (cards !== stack) { if (stack) ro?.unobserve(stack); ro?.observe(cards); stack = cards; }
      const own = [...root.querySelectorAll<HTMLElement>('.end-btn, .banner, .notice')].map((el) => {
        const b = el.getBoundingClientRect();
        return { x: b.left, y: b.top, w: b.width, h: b.height };
      });
      // The window less its scrollbars (a fixed box's room), so the cards keep 16 px off a scrollbar.
      const html = doc.documentElement;
      const room = doc.compatMode === 'CSS1Compat' && html.clientWidth && html.clientHeight
        ? { w: Math.min(view.w, html.clientWidth), h: Math.min(view.h, html.clientHeight) } : view;
      const at = cardsSpot(room, cards.scrollHeight, own, regionBox);
      cards.style.setProperty('left', `${at.x}px`);
      cards.style.setProperty('top', `${at.y}px`);
      cards.style.setProperty('width', `${at.w}px`);
      cards.style.setProperty('max-height', `${at.maxH}px`);
      cards.style.setProperty('overflow-y', at.scroll ? 'auto' : 'visible');
      cards.style.setProperty('right', 'auto');
      cards.style.setProperty('bottom', 'auto');
      cards.dataset.placed = `${at.x},${at.y}`;
    }
  };
  const schedule = (): void => { if (!frame) frame = win.requestAnimationFrame(place); };

  // The controller re-renders its layer on every state change: place each new button at once
  // (before the next paint), then keep it placed.
  // Anything else that comes or goes (the banner, a notice) moves the cards: next frame.
  const mo = new MutationObserver(() => { if (root.querySelector('.end-btn:not([data-placed]), .cards:not([data-placed])')) place(); else schedule(); });
  mo.observe(root, { childList: true, subtree: true });
  win.addEventListener('resize', schedule, { signal, passive: true });
  win.addEventListener('scroll', schedule, { signal, passive: true, capture: true });
  signal.addEventListener('abort', () => { mo.disconnect(); ro?.disconnect(); if (frame) win.cancelAnimationFrame(frame); }, { once: true });
  place();
}
