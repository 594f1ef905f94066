// Ids that carry a fingerprint of what they name need a hash that is the same in every build, in Node and in
// the browser, and short enough to read: 32-bit FNV-1a over the UTF-16 code units, in base 36.

/** Always 7 characters of [0-9a-z], so an id ending in one never ends like another id with more after it. */
export function shortHash(text: string): string {
  return fnv1a(text).toString(36).padStart(7, '0');
}

/**
 * A 52-bit number for `text`, the same on every thread and in every order of asking: for numbers that must agree
 * between threads that never talk (two texts share one with a chance of about n² / 2⁵³ among n texts).
 */
export function wideHash(text: string): number {
  return fnv1a(text) * 2 ** 20 + (fnv1a(text, 0x050c5d1f) >>> 12);
}

/** The 32-bit FNV-1a hash of the UTF-16 code units, as an unsigned number; `basis` other than FNV's for a second, independent hash. */
export function fnv1a(text: string, basis = 0x811c9dc5): number {
  let hash = basis;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
