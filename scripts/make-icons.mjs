// Draws the extension's icon at every size the stores ask for (16, 32, 48, 96, 128) and writes PNGs to
// assets/icons. The design: a blue tile with a white card whose first line is a name underlined with dots,
// the way mentions look on the page. Drawn from shapes with 4×4 supersampling; no image tools needed.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'assets', 'icons');
const SIZES = [16, 32, 48, 96, 128];
const BLUE = [59, 91, 219], WHITE = [255, 255, 255], INK = [33, 37, 41], ACCENT = [245, 159, 0];

// Shapes in a 0..1 unit square; later shapes paint over earlier ones.
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const dx = Math.max(x0 + r - x, 0, x - (x1 - r)), dy = Math.max(y0 + r - y, 0, y - (y1 - r));
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && dx * dx + dy * dy <= r * r;
};
const layers = (size) => {
  const dots = [];
  const small = size < 32;
  for (let i = 0; i < (small ? 3 : 5); i++) {
    const w = small ? 0.12 : 0.07, gap = small ? 0.2 : 0.12;
    const x = 0.24 + i * gap;
    dots.push([roundRect(x, 0.52, x + w, 0.52 + w, w / 2), ACCENT]);
  }
  return [
    [roundRect(0, 0, 1, 1, 0.2), BLUE],
    [roundRect(0.15, 0.2, 0.85, 0.8, 0.08), WHITE],
    [roundRect(0.24, 0.32, small ? 0.76 : 0.62, small ? 0.46 : 0.44, 0.03), INK],
    ...(small ? [] : [[roundRect(0.24, 0.66, 0.76, 0.71, 0.02), [160, 166, 180]]]),
    ...dots,
  ];
};

function render(size) {
  const px = Buffer.alloc(size * size * 4);
  const shapes = layers(size);
  const S = 4;
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < S; sy++) for (let sx = 0; sx < S; sx++) {
      const u = (x + (sx + 0.5) / S) / size, v = (y + (sy + 0.5) / S) / size;
      let c = null;
      for (const [inside, color] of shapes) if (inside(u, v)) c = color;
      if (c) { r += c[0]; g += c[1]; b += c[2]; a += 1; }
    }
    const i = (y * size + x) * 4;
    if (a) { px[i] = r / a; px[i + 1] = g / a; px[i + 2] = b / a; }
    px[i + 3] = Math.round((a / (S * S)) * 255);
  }
  return px;
}

function crc32(buf) {
  let c, crc = 0xffffffff;
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    crc = (crc >>> 8) ^ c;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = ihdr[11] = ihdr[12] = 0;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

fs.mkdirSync(out, { recursive: true });
for (const size of SIZES) fs.writeFileSync(path.join(out, `icon-${size}.png`), png(size, render(size)));
console.log(`wrote ${SIZES.map((s) => `icon-${s}.png`).join(', ')} to ${path.relative(process.cwd(), out)}`);
