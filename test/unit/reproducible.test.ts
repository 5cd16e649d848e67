// Store packages are reproducible: two builds from copies of the tree at different paths, in
// different time zones and locales, give byte-identical files and zips (scripts/reproducible.mjs),
// and the zip writer ignores file times and listing order while still seeing every byte.
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// @ts-expect-error plain ESM script without types
import { checkReproducible } from '../../scripts/reproducible.mjs';
// @ts-expect-error plain ESM script without types
import { zipDir, zipFiles } from '../../scripts/zip.mjs';

const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

describe('zip writer', () => {
  it('gives the same bytes whatever the files\' times and the order they are named in', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hangup-zip-'));
    try {
      mkdirSync(join(dir, 'src/sub'), { recursive: true });
      writeFileSync(join(dir, 'src/b.txt'), 'bee'); writeFileSync(join(dir, 'src/a.txt'), 'ay'); writeFileSync(join(dir, 'src/sub/c.txt'), 'sea');
      zipDir(join(dir, 'src'), join(dir, '1.zip'));
      utimesSync(join(dir, 'src/a.txt'), new Date(2001, 1, 1), new Date(2001, 1, 1));
      zipDir(join(dir, 'src'), join(dir, '2.zip'));
      zipFiles(join(dir, 'src'), ['sub/c.txt', 'b.txt', 'a.txt'], join(dir, '3.zip'));
      expect(sha(join(dir, '2.zip'))).toBe(sha(join(dir, '1.zip')));
      expect(sha(join(dir, '3.zip'))).toBe(sha(join(dir, '1.zip')));
      writeFileSync(join(dir, 'src/b.txt'), 'bea');
      zipDir(join(dir, 'src'), join(dir, '4.zip'));
      expect(sha(join(dir, '4.zip'))).not.toBe(sha(join(dir, '1.zip')));
    } finally { rmSync(dir, { recursive: true, force: true }); }
  });
});

describe('npm run build', () => {
  it('twice, from different paths, time zones and locales: identical zips, no path or date inside', () => {
    const r = checkReproducible();
    expect(r.zips.map((z: { name: string }) => z.name)).toEqual([expect.stringMatching(/^hangup-chrome-.*\.zip$/), expect.stringMatching(/^hangup-firefox-.*\.zip$/)]);
    for (const z of r.zips) expect(z.b, z.name).toBe(z.a);
    expect(r.differ).toEqual([]);
    expect(r.leaks).toEqual([]);
    expect(r.files).toBeGreaterThan(30);
  }, 180_000);
});
