// Draws the icon (a red disc with a white "hung up" handset bar) as PNGs into icons/.
// Run once; the PNGs are committed. No image library needed: raw RGBA → PNG with zlib.
import { deflateSync, crc32 } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

function png(size, pixel) {
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) raw.set(pixel(x + 0.5, y + 0.5, size), y * (size * 4 + 1) + 1 + x * 4);
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
    return Buffer.concat([len, td, crc]);
  };
  const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

const pixel = (x, y, s) => {
  const cx = s / 2, cy = s / 2, r = s * 0.47;
  const d = Math.hypot(x - cx, y - cy);
  if (d > r) return [0, 0, 0, 0];
  const a = Math.round(255 * Math.min(1, r - d + 0.5));
  // handset: a rounded bar across the middle, slightly lower
  const bx = Math.abs(x - cx), by = Math.abs(y - cy * 1.08);
  const inBar = bx < s * 0.3 && by < s * 0.09;
  return inBar ? [255, 255, 255, 255] : [196, 43, 28, a];
};

mkdirSync('icons', { recursive: true });
for (const s of [16, 32, 48, 128]) writeFileSync(`icons/${s}.png`, png(s, pixel));
