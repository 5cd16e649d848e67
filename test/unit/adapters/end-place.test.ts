// The End button's spot (issue 14): above the composer region, right-aligned, then left-aligned,
// then higher; never on the composer; inside the window at 360 px; the first spot that no page
// control lies under.
import { describe, expect, it } from 'vitest';
import { candidates, choose, inView, overlaps } from '../../../src/content/ui/end-place';

const size = { w: 111, h: 32 };

describe('End button placement', () => {
  it('at 360 px with a full-width composer: above it, inside the window', () => {
    const view = { w: 360, h: 780 };
    const region = { x: 3, y: 545, w: 354, h: 196 };
    const c = candidates(view, region, size);
    expect(c[0]).toEqual({ x: 241, y: 505, w: 111, h: 32 });
    for (const b of c) expect(overlaps(b, region)).toBe(false);
    expect(choose(c, view, () => false)).toEqual(c[0]);
    expect(inView(c[0]!, view)).toBe(true);
  });

  it('skips spots where a page control lies, in order', () => {
    const view = { w: 1280, h: 860 };
    const region = { x: 260, y: 640, w: 760, h: 180 };
    const c = candidates(view, region, size);
    const blockedRight = (b: { x: number }) => b.x > 800; // e.g. the last message's actions on the right
    const got = choose(c, view, blockedRight);
    expect(got).toEqual({ x: 260, y: 600, w: 111, h: 32 }); // above the composer, left-aligned
    // Everything blocked: the first spot in view rather than none.
    expect(choose(c, view, () => true)).toEqual(c[0]);
  });

  it('without a composer region: the corner, then the top right', () => {
    const view = { w: 768, h: 860 };
    const c = candidates(view, null, size);
    expect(c.map((b) => [b.x, b.y])).toEqual([[641, 716], [641, 72]]);
  });
});
