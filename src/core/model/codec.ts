// The shipped form of the tagger's weights: integers in one unit (`scale`, set so the 99th percentile of the
// emission weights is 127), only the table rows that keep a non-zero weight, each row as the varint gap from the
// previous row then LABEL_COUNT signed bytes, where -128 escapes a 16-bit value: the few large weights (the bias
// rows carry the largest) must not be clipped, since every token's score holds them. Base64, so the bundles can
// hold it as a string in Node and in the browser.
import { type IntegerWeights, LABEL_COUNT } from './tagger';

const MAGIC = 'CNM1';

/** Real-valued weights, as training produces them. */
export interface FloatWeights {
  bits: number;
  emission: Float64Array;
  transition: Float64Array;
}

const ESCAPE = -128;

/** Quantizes and encodes; 99% of the non-zero emission weights fit a signed byte, the rest take an escape. */
export function encodeWeights(weights: FloatWeights): string {
  const magnitudes = Array.from(weights.emission, Math.abs).filter((x) => x > 0).sort((a, b) => a - b);
  const top = magnitudes[Math.floor(magnitudes.length * 0.99)] ?? 1;
  const scale = top / 127;
  const q = (x: number, limit: number): number => Math.max(-limit, Math.min(limit, Math.round(x / scale)));
  const bytes: number[] = [];
  for (const ch of MAGIC) bytes.push(ch.charCodeAt(0));
  bytes.push(weights.bits, LABEL_COUNT);
  pushFloat32(bytes, scale);
  for (const t of weights.transition) {
    const v = q(t, 32767) & 0xffff;
    bytes.push(v & 0xff, v >> 8);
  }
  const rows = 1 << weights.bits;
  let previous = -1;
  for (let r = 0; r < rows; r++) {
    const row = Array.from({ length: LABEL_COUNT }, (_, l) => q(weights.emission[r * LABEL_COUNT + l], 32767));
    if (row.every((v) => v === 0)) continue;
    pushVarint(bytes, r - previous);
    previous = r;
    for (const v of row) {
      if (v > ESCAPE && v <= 127) bytes.push(v & 0xff);
      else bytes.push(ESCAPE & 0xff, v & 0xff, (v >> 8) & 0xff);
    }
  }
  return toBase64(Uint8Array.from(bytes));
}

/** The weights back from their encoded form; throws on anything else. */
export function decodeWeights(encoded: string): IntegerWeights {
  const bytes = fromBase64(encoded);
  if (String.fromCharCode(...bytes.subarray(0, 4)) !== MAGIC) throw new Error('model weights: not a Corpus Navigator model');
  const bits = bytes[4];
  if (bytes[5] !== LABEL_COUNT || bits > 24) throw new Error('model weights: unsupported layout');
  const scale = new DataView(bytes.buffer, bytes.byteOffset + 6, 4).getFloat32(0, true);
  let at = 10;
  const transition = new Int16Array((LABEL_COUNT + 1) * LABEL_COUNT);
  for (let k = 0; k < transition.length; k++, at += 2) transition[k] = (bytes[at] | (bytes[at + 1] << 8)) << 16 >> 16;
  const emission = new Int16Array((1 << bits) * LABEL_COUNT);
  let row = -1;
  while (at < bytes.length) {
    let gap = 0;
    for (let shift = 0; ; shift += 7) {
      const b = bytes[at++];
      gap |= (b & 0x7f) << shift;
      if (b < 0x80) break;
    }
    row += gap;
    if (row >= 1 << bits) throw new Error('model weights: corrupt');
    for (let l = 0; l < LABEL_COUNT; l++) {
      if (at >= bytes.length) throw new Error('model weights: truncated');
      let v = (bytes[at++] << 24) >> 24;
      if (v === ESCAPE) {
        v = ((bytes[at] | (bytes[at + 1] << 8)) << 16) >> 16;
        at += 2;
      }
      emission[row * LABEL_COUNT + l] = v;
    }
  }
  return { bits, emission, transition, scale };
}

function pushVarint(bytes: number[], n: number): void {
  while (n >= 0x80) {
    bytes.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  bytes.push(n);
}

function pushFloat32(bytes: number[], x: number): void {
  const view = new DataView(new ArrayBuffer(4));
  view.setFloat32(0, x, true);
  for (let i = 0; i < 4; i++) bytes.push(view.getUint8(i));
}

// Base64 by hand: the core runs where neither Buffer nor (in every host's typings) atob is assured.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function toBase64(bytes: Uint8Array): string {
  const out: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out.push(ALPHABET[n >> 18], ALPHABET[(n >> 12) & 63], i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63] : '=', i + 2 < bytes.length ? ALPHABET[n & 63] : '=');
  }
  return out.join('');
}

/** Each base64 character's value by its code, -1 for the other codes below 128: the model's decoding reads ~400,000 of them. */
const BASE64_VALUE = new Int8Array(128).fill(-1);
for (let v = 0; v < ALPHABET.length; v++) BASE64_VALUE[ALPHABET.charCodeAt(v)] = v;

export function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/[\s=]+/g, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let k = 0;
  for (let i = 0; i < clean.length; i++) {
    const c = clean.charCodeAt(i);
    const v = c < 128 ? BASE64_VALUE[c] : -1;
    if (v < 0) throw new Error('model weights: not base64');
    value = (value << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[k++] = (value >> bits) & 0xff;
    }
  }
  return out;
}
