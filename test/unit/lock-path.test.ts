import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { lockApplies } from '../../src/content/lock-path';

describe('the lock follows the path', () => {
  const ended = { status: 'ended' as const, endMarker: 'm4' };
  it('holds while the visible path contains the ending', () => {
    expect(lockApplies(ended, ['m1', 'm2', 'm3', 'm4'])).toBe(true);
    expect(lockApplies(ended, ['m1', 'm2', 'm3', 'm4', 'm5'])).toBe(true);
  });
  it('lifts on a branch that forks before the ending', () => {
    expect(lockApplies(ended, ['m1', 'm2', 'x3', 'x4'])).toBe(false);
    expect(lockApplies(ended, ['m1', 'x2'])).toBe(false);
  });
  it('fails closed when the path cannot be known', () => {
    expect(lockApplies(ended, null)).toBe(true);
    expect(lockApplies(ended, [])).toBe(true);
    expect(lockApplies({ status: 'ended' }, ['a'])).toBe(true);
  });
  it('never locks an active thread', () => {
    expect(lockApplies({ status: 'active', endMarker: 'm4' }, ['m4'])).toBe(false);
  });
  it('property: locked exactly when the marker is visible (or unknown)', () => {
    fc.assert(fc.property(fc.array(fc.string({ minLength: 1, maxLength: 4 }), { maxLength: 20 }), fc.string({ minLength: 1, maxLength: 4 }),
      (markers, m) => lockApplies({ status: 'ended', endMarker: m }, markers) === (markers.length === 0 || markers.includes(m))));
  });
});

describe('a second ending on another path', () => {
  it('locks both paths', () => {
    const rec = { status: 'ended' as const, endMarker: 'm4', endMarkers: ['x6'] };
    expect(lockApplies(rec, ['m1', 'x2', 'x6'])).toBe(true);
    expect(lockApplies(rec, ['m1', 'm4'])).toBe(true);
    expect(lockApplies(rec, ['m1', 'y2'])).toBe(false);
  });
});
