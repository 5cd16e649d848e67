// A minimal ZIP writer (deflate, no dependencies) for the store packages and the source archive.
// Reproducible by construction: entries in a fixed order (sorted by path, compared as code units,
// not by locale), one fixed timestamp, no extra fields, no file modes or owners, and zlib's
// deflate at level 9 — the same bytes from the same files with the same Node (see
// docs/store/SOURCE-BUILD.md for the version).
import { deflateRawSync, crc32 } from 'node:zlib';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

function walk(dir) {
  return readdirSync(dir).sort().flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

/** Every file under `dir`, at paths relative to it. */
export function zipDir(dir, out) {
  zipFiles(dir, walk(dir).map((f) => relative(dir, f)), out);
}

/** The named files (relative to `base`, '/' or '\\' separated), written to `out` in sorted order. */
export function zipFiles(base, files, out) {
  const locals = []; const centrals = []; let offset = 0;
  // A fixed timestamp keeps the zips reproducible (1 Jan 2026, 00:00).
  const dosTime = 0; const dosDate = ((2026 - 1980) << 9) | (1 << 5) | 1;
  const names = files.map((f) => f.split('\\').join('/')).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const rel of names) {
    const name = Buffer.from(rel, 'utf8');
    const data = readFileSync(join(base, rel));
    const comp = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    // Bit 11: names are UTF-8.
    const flags = /[^\x20-\x7e]/.test(rel) ? 0x0800 : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0); local.writeUInt16LE(20, 4); local.writeUInt16LE(flags, 6); local.writeUInt16LE(8, 8);
    local.writeUInt16LE(dosTime, 10); local.writeUInt16LE(dosDate, 12); local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(comp.length, 18); local.writeUInt32LE(data.length, 22); local.writeUInt16LE(name.length, 26); local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0); central.writeUInt16LE(20, 4); central.writeUInt16LE(20, 6); central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(8, 10); central.writeUInt16LE(dosTime, 12); central.writeUInt16LE(dosDate, 14); central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(comp.length, 20); central.writeUInt32LE(data.length, 24); central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, comp); centrals.push(central, name);
    offset += 30 + name.length + comp.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  const count = centrals.length / 2;
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(count, 8); end.writeUInt16LE(count, 10);
  end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(offset, 16);
  writeFileSync(out, Buffer.concat([...locals, cd, end]));
}
