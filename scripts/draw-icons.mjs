#!/usr/bin/env node
// Draws the Tidy Reader icon: a teal tile, a white page with lines of text, one of them a
// highlighted key figure. The shapes below are the source; this script writes icons/icon.svg
// and the PNGs (16, 32, 48, 128) from them, with no image library. Run: node scripts/draw-icons.mjs
import { writeFileSync } from 'node:fs';
import { deflateSync, crc32 } from 'node:zlib';

// Shapes on a 128×128 canvas, painted in order: [x, y, width, height, radius, colour].
const SHAPES = [
  [4, 4, 120, 120, 26, '#1f6f6b'], // tile
  [30, 20, 68, 88, 8, '#ffffff'], // page
  [40, 34, 48, 7, 3.5, '#9aa5a4'], // title line
  [40, 50, 40, 6, 3, '#c4cccb'],
  [38, 62, 34, 12, 4, '#f4b63f'], // the highlighted figure
  [76, 65, 12, 6, 3, '#c4cccb'],
  [40, 80, 48, 6, 3, '#c4cccb'],
  [40, 92, 30, 6, 3, '#c4cccb'],
];

const hex = (c) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16));

function inRoundRect(px, py, [x, y, w, h, r]) {
  const cx = Math.min(Math.max(px, x + r), x + w - r);
  const cy = Math.min(Math.max(py, y + r), y + h - r);
  return px >= x && px <= x + w && py >= y && py <= y + h && (px - cx) ** 2 + (py - cy) ** 2 <= r * r;
}

function rasterize(size) {
  const SS = 4; // 4×4 samples a pixel for smooth edges
  const px = Buffer.alloc(size * size * 4);
  const scale = 128 / size;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const u = (x + (sx + 0.5) / SS) * scale;
          const v = (y + (sy + 0.5) / SS) * scale;
          let colour = null;
          for (const s of SHAPES) if (inRoundRect(u, v, s)) colour = s[5];
          if (!colour) continue;
          const [cr, cg, cb] = hex(colour);
          r += cr;
          g += cg;
          b += cb;
          a += 1;
        }
      }
      const i = (y * size + x) * 4;
      if (a) [px[i], px[i + 1], px[i + 2]] = [r / a, g / a, b / a].map(Math.round);
      px[i + 3] = Math.round((255 * a) / (SS * SS));
    }
  }
  return px;
}

function png(size, rgba) {
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">\n${SHAPES.map(([x, y, w, h, r, c]) => `  <rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${r}" fill="${c}"/>`).join('\n')}\n</svg>\n`;
writeFileSync(new URL('../icons/icon.svg', import.meta.url), svg);
for (const size of [16, 32, 48, 128])
  writeFileSync(new URL(`../icons/icon-${size}.png`, import.meta.url), png(size, rasterize(size)));
console.log('wrote icons/icon.svg and icons/icon-{16,32,48,128}.png');
