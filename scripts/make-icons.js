#!/usr/bin/env node
/*
 * Writes the add-in icons assets/icon-{16,32,64,80,128}.png: a dark-teal rounded square with a
 * light, rising three-bar chart. Pure Node (zlib), so no image tool is needed; the output is
 * deterministic, so re-running it only changes the files when this script changes.
 * Usage: node scripts/make-icons.js
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const BACKGROUND = [0x0b, 0x4f, 0x55]; // dark teal
const BARS = [0xe3, 0xf5, 0xf1]; // light mint, high contrast on the teal
const SUPERSAMPLE = 4; // per axis, for anti-aliased rounded corners

/** Bars are laid out on whole pixels so they stay crisp at 16 px. */
function barRects(size) {
  const pad = Math.round(size * 0.22);
  const gap = Math.max(1, Math.round(size * 0.08));
  const width = Math.floor((size - 2 * pad - 2 * gap) / 3);
  const left = pad + Math.floor((size - 2 * pad - (3 * width + 2 * gap)) / 2);
  const top = pad;
  const bottom = size - pad;
  const chartHeight = bottom - top;
  return [0.4, 0.7, 1].map((share, i) => {
    const height = Math.max(1, Math.round(chartHeight * share));
    const x0 = left + i * (width + gap);
    return { x0, x1: x0 + width, y0: bottom - height, y1: bottom };
  });
}

/** Coverage (0..1) of pixel (px, py) by the rounded square, by supersampling. */
function squareCoverage(size, px, py) {
  const radius = size * 0.2;
  let inside = 0;
  for (let sy = 0; sy < SUPERSAMPLE; sy++) {
    for (let sx = 0; sx < SUPERSAMPLE; sx++) {
      const x = px + (sx + 0.5) / SUPERSAMPLE;
      const y = py + (sy + 0.5) / SUPERSAMPLE;
      const cx = Math.min(Math.max(x, radius), size - radius);
      const cy = Math.min(Math.max(y, radius), size - radius);
      if ((x - cx) ** 2 + (y - cy) ** 2 <= radius * radius) inside++;
    }
  }
  return inside / (SUPERSAMPLE * SUPERSAMPLE);
}

function renderRgba(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const bars = barRects(size);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const onBar = bars.some((b) => x >= b.x0 && x < b.x1 && y >= b.y0 && y < b.y1);
      const colour = onBar ? BARS : BACKGROUND;
      const i = (y * size + x) * 4;
      rgba[i] = colour[0];
      rgba[i + 1] = colour[1];
      rgba[i + 2] = colour[2];
      rgba[i + 3] = Math.round(255 * squareCoverage(size, x, y));
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter method
  ihdr[12] = 0; // no interlace
  const stride = size * 4;
  const raw = Buffer.alloc((stride + 1) * size);
  for (let y = 0; y < size; y++) {
    raw[y * (stride + 1)] = 0; // filter: none
    rgba.copy(raw, y * (stride + 1) + 1, y * stride, (y + 1) * stride);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  const outDir = path.resolve(__dirname, "..", "assets");
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, renderRgba(size)));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

main();
