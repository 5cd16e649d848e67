// Where Hangup's cards go (card-place.ts): never over the End button, the banner or the composer
// region, at 360, 768 and 1280 px, wherever end-place.ts put the button; stacked cards too tall
// for the room scroll rather than cover them.
import { describe, expect, it } from 'vitest';
import { bands, cardsSpot, MIN_BAND } from '../../../src/content/ui/card-place';
import { candidates, choose, overlaps, type Box } from '../../../src/content/ui/end-place';

const btnSize = { w: 111, h: 32 };
const cardsBox = (s: ReturnType<typeof cardsSpot>, natural: number): Box => ({ x: s.x, y: s.y, w: s.w, h: Math.min(natural, s.maxH) });

describe('cards placement', () => {
  // Composer regions as the sims give them (ChatGPT-like: centred, at the bottom).
  const layouts = [
    { view: { w: 360, h: 780 }, region: { x: 3, y: 545, w: 354, h: 196 } },
    { view: { w: 768, h: 860 }, region: { x: 24, y: 700, w: 720, h: 120 } },
    { view: { w: 1280, h: 800 }, region: { x: 260, y: 565, w: 745, h: 195 } },
  ];
  for (const { view, region } of layouts) {
    for (const natural of [150, 330]) { // the warning alone; warning and crisis stacked
      it(`${view.w} px, ${natural} px of cards: clear of the End button and the composer, in the window`, () => {
        // Every spot the button may take (the page may block any of the earlier ones).
        for (const btn of candidates(view, region, btnSize)) {
          const s = cardsSpot(view, natural, [btn], region);
          const c = cardsBox(s, natural);
          expect(overlaps(c, btn), `card ${JSON.stringify(c)} vs button ${JSON.stringify(btn)}`).toBe(false);
          expect(overlaps(c, region)).toBe(false);
          expect(c.x).toBeGreaterThanOrEqual(8);
          expect(c.y).toBeGreaterThanOrEqual(8);
          expect(c.x + c.w).toBeLessThanOrEqual(view.w - 8);
          expect(c.y + c.h).toBeLessThanOrEqual(view.h - 8);
        }
      });
    }
  }

  it('at 1280 px with the button beside the composer (the store screenshot): above both, right edge 16 px in', () => {
    const view = { w: 1280, h: 800 };
    const region = { x: 260, y: 565, w: 745, h: 195 };
    const btn = { x: 1138, y: 656, w: 111, h: 32 };
    const s = cardsSpot(view, 150, [btn], region);
    expect(s).toEqual({ x: 884, y: 407, w: 380, maxH: 549, scroll: false }); // bottom at 565 − 8
  });

  it('at 360 px: full width, just above the End button', () => {
    const view = { w: 360, h: 780 };
    const region = { x: 3, y: 545, w: 354, h: 196 };
    const btn = choose(candidates(view, region, btnSize), view, () => false);
    const s = cardsSpot(view, 150, [btn], region);
    expect(s.w).toBe(328);
    expect(s.y + 150).toBe(btn.y - 8);
  });

  it('the button high up (top right): the cards go in the band between it and the composer', () => {
    const view = { w: 768, h: 860 };
    const region = { x: 24, y: 700, w: 720, h: 120 };
    const btn = { x: 641, y: 72, w: 111, h: 32 };
    const s = cardsSpot(view, 150, [btn], region);
    expect(s.y).toBe(700 - 8 - 150);
    expect(overlaps(cardsBox(s, 150), btn)).toBe(false);
  });

  it('the ended banner at the bottom: the cards sit above it', () => {
    const view = { w: 768, h: 860 };
    const banner = { x: 24, y: 690, w: 720, h: 154 };
    const s = cardsSpot(view, 200, [banner], null);
    expect(s.y + 200).toBe(690 - 8);
  });

  it('too tall for any band: the tallest band, scrolled, still clear of the button and the composer', () => {
    const view = { w: 360, h: 640 };
    const region = { x: 3, y: 400, w: 354, h: 230 };
    const btn = { x: 241, y: 360, w: 111, h: 32 };
    const s = cardsSpot(view, 600, [btn], region);
    expect(s.scroll).toBe(true);
    expect(s.y).toBe(8);
    expect(s.maxH).toBe(360 - 8 - 8);
    expect(overlaps(cardsBox(s, 600), btn)).toBe(false);
    expect(overlaps(cardsBox(s, 600), region)).toBe(false);
  });

  it('a composer filling the window: the cards may cover it rather than shrink to nothing, never the button', () => {
    const view = { w: 360, h: 400 };
    const region = { x: 0, y: 60, w: 360, h: 330 };
    const btn = { x: 241, y: 20, w: 111, h: 32 };
    const s = cardsSpot(view, 150, [btn], region);
    expect(s.maxH).toBeGreaterThanOrEqual(MIN_BAND);
    expect(overlaps(cardsBox(s, 150), btn)).toBe(false);
  });

  it('a composer scrolled below the window (ended, the page scrolled up): the cards stay in the window, above the banner', () => {
    const view = { w: 1280, h: 860 };
    const banner = { x: 272, y: 712, w: 720, h: 117 };
    const region = { x: 24, y: 1560, w: 1217, h: 200 };
    const s = cardsSpot(view, 215, [banner], region);
    expect(s.y + 215).toBe(712 - 8);
    expect(bands(view, s.x, s.w, [banner, region])).toEqual([{ top: 8, bottom: 704 }, { top: 837, bottom: 852 }]);
  });

  it('bands: obstacles outside the column do not split it', () => {
    expect(bands({ w: 1280, h: 800 }, 884, 380, [{ x: 260, y: 600, w: 500, h: 100 }])).toEqual([{ top: 8, bottom: 792 }]);
    expect(bands({ w: 1280, h: 800 }, 884, 380, [{ x: 800, y: 600, w: 200, h: 100 }]))
      .toEqual([{ top: 8, bottom: 592 }, { top: 708, bottom: 792 }]);
  });
});
