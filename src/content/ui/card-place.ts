// Where Hangup's cards (the policy's warning, crisis support) sit. They stack in one column at the
// right edge and go in the lowest vertical band of that column that holds none of: the site's
// composer region, the End button where end-place.ts put it, the ended banner, a notice. So they
// never cover the composer (and its send button) or Hangup's own controls, at any width, wherever
// the End button went. Pure: end-place.ts feeds it rects, the tests feed it numbers.
import type { Box } from './end-place';

export interface CardsSpot { x: number; y: number; w: number; maxH: number; scroll: boolean }

const GAP = 8;
const EDGE = 8;
const SIDE = 16;
/** Below this, a band is too short to read a card in: give up avoiding the composer before that. */
export const MIN_BAND = 120;

/** The free vertical bands of the column [x, x+w], top to bottom, between the obstacles that cross it. */
export function bands(view: { w: number; h: number }, x: number, w: number, obstacles: readonly Box[]): Array<{ top: number; bottom: number }> {
  const crossing = obstacles
    .filter((o) => o.w > 0 && o.h > 0 && Math.min(x + w, o.x + o.w) - Math.max(x, o.x) > 1)
    .sort((a, b) => a.y - b.y);
  const out: Array<{ top: number; bottom: number }> = [];
  const floor = view.h - EDGE; // an obstacle scrolled out of the window leaves no band outside it
  let top = EDGE;
  for (const o of crossing) {
    const bottom = Math.min(o.y - GAP, floor);
    if (bottom > top) out.push({ top, bottom });
    top = Math.max(top, o.y + o.h + GAP);
  }
  if (floor > top) out.push({ top, bottom: floor });
  return out;
}

/**
 * The cards' column and vertical place for `natural` px of cards. The lowest band they fit in
 * (nearest the composer and the End button, where the eye is); else the tallest band, scrolled.
 * A window so short that no band beside the composer is readable lets them over the composer
 * rather than hide crisis resources; Hangup's own controls are avoided always.
 */
export function cardsSpot(view: { w: number; h: number }, natural: number, own: readonly Box[], region: Box | null): CardsSpot {
  const w = Math.max(0, Math.min(380, view.w - 2 * SIDE));
  const x = view.w - SIDE - w;
  const pick = (obstacles: readonly Box[]) => {
    const free = bands(view, x, w, obstacles);
    const fits = free.filter((b) => b.bottom - b.top >= natural);
    return fits.length ? fits[fits.length - 1]! : free.reduce<{ top: number; bottom: number } | null>(
      (best, b) => (!best || b.bottom - b.top > best.bottom - best.top ? b : best), null);
  };
  let band = pick(region ? [...own, region] : own);
  if (region && (!band || band.bottom - band.top < Math.min(natural, MIN_BAND))) band = pick(own);
  band ??= { top: EDGE, bottom: view.h - EDGE };
  const maxH = Math.max(0, band.bottom - band.top);
  return { x: Math.round(x), y: Math.round(Math.max(band.top, band.bottom - natural)), w: Math.round(w), maxH: Math.round(maxH), scroll: natural > maxH };
}
