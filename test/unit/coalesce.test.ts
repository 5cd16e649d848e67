import { describe, expect, it } from 'vitest';
import { coalesce } from '../../src/shared/coalesce';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('coalesce', () => {
  it('a burst of calls costs one run plus one after it, and the last run starts after the last call', async () => {
    let runs = 0; let startedAfterLastCall = false; let lastCallDone = false;
    const f = coalesce(async () => { runs++; startedAfterLastCall = lastCallDone; await tick(); });
    const ps = [f(), f(), f(), f()];
    lastCallDone = true;
    await Promise.all(ps);
    expect(runs).toBe(2);
    expect(startedAfterLastCall).toBe(true);
  });
  it('a failing run does not stop later ones', async () => {
    let runs = 0;
    const f = coalesce(async () => { runs++; if (runs === 1) throw new Error('boom'); });
    await f(); await f();
    expect(runs).toBe(2);
  });
  it('calls far apart each run', async () => {
    let runs = 0;
    const f = coalesce(async () => { runs++; });
    await f(); await f(); await f();
    expect(runs).toBe(3);
  });
});
