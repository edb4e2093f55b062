// Draws the add-in's icons (a gate with a check mark on a blue tile) and writes them as PNG files:
// assets/icon-16.png, -32, -64, -80, -128. Run: npx tsx scripts/make-icons.ts
// Pure node:zlib: shapes are sampled 4x4 per pixel for smooth edges, then encoded as RGBA PNG.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";

export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

type Rgba = [number, number, number, number];

const TILE: Rgba = [15, 108, 189, 255]; // Fluent brand blue
const GLYPH: Rgba = [255, 255, 255, 255];

function insideRoundedSquare(x: number, y: number, radius: number): boolean {
  const cx = Math.min(Math.max(x, radius), 1 - radius);
  const cy = Math.min(Math.max(y, radius), 1 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function distanceToSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/** The glyph in unit coordinates: two gate posts, a top rail and a check mark between them. */
function onGlyph(x: number, y: number, size: number): boolean {
  // Small icons get thicker strokes so they stay legible.
  const stroke = size <= 16 ? 0.085 : size <= 32 ? 0.07 : 0.06;
  const post = (x0: number): boolean => x >= x0 - stroke && x <= x0 + stroke && y >= 0.2 && y <= 0.82;
  const rail = y >= 0.2 && y <= 0.2 + stroke * 1.6 && x >= 0.2 && x <= 0.8;
  const check =
    Math.min(distanceToSegment(x, y, 0.34, 0.55, 0.46, 0.68), distanceToSegment(x, y, 0.46, 0.68, 0.68, 0.4)) <= stroke;
  return post(0.2) || post(0.8) || rail || check;
}

export function drawIcon(size: number): Buffer {
  const samples = 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let tile = 0;
      let glyph = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          if (!insideRoundedSquare(x, y, 0.18)) continue;
          tile += 1;
          if (onGlyph(x, y, size)) glyph += 1;
        }
      }
      const n = samples * samples;
      const a = tile / n;
      const g = tile === 0 ? 0 : glyph / tile;
      const o = (py * size + px) * 4;
      for (let c = 0; c < 3; c++) pixels[o + c] = Math.round(TILE[c]! * (1 - g) + GLYPH[c]! * g);
      pixels[o + 3] = Math.round(255 * a);
    }
  }
  return encodePng(size, size, pixels);
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** RGBA, 8 bits per channel, no interlace; every scanline uses filter 0. */
export function encodePng(width: number, height: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 6;
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

if (require.main === module) {
  const dir = join(__dirname, "..", "assets");
  for (const size of ICON_SIZES) {
    const file = join(dir, `icon-${size}.png`);
    writeFileSync(file, drawIcon(size));
    process.stdout.write(`wrote ${file}\n`);
  }
}
