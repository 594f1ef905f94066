// Ids that carry a fingerprint of what they name need a hash that is the same in every build, in Node and in
// the browser, and short enough to read: 32-bit FNV-1a over the UTF-16 code units, in base 36.

/** Always 7 characters of [0-9a-z], so an id ending in one never ends like another id with more after it. */
export function shortHash(text: string): string {
  return fnv1a(text).toString(36).padStart(7, '0');
}

/** The 32-bit FNV-1a hash of the UTF-16 code units, as an unsigned number. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}
