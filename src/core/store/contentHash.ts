// A fast, stable, non-cryptographic hash of a file's bytes or a text, for telling whether something changed since
// it was stored: two 32-bit multiply-xorshift lanes (cyrb53's mixing), 53 bits as 14 hex digits. A random change
// goes unseen with odds of about 2^-53; the store guards against accidents (an edited file, a torn write), not
// against someone crafting a collision, and a crafted file only gets its own stale findings back.
// Pure TypeScript, so the host, the worker and the browser build compute the same value.

const SEED_A = 0xdeadbeef;
const SEED_B = 0x41c6ce57;

/** A hash fed in pieces: the same digest as one call over the pieces joined. */
export class ContentHasher {
  private h1 = SEED_A;
  private h2 = SEED_B;
  private length = 0;

  update(bytes: Uint8Array, start = 0, end = bytes.length): this {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = start; i < end; i++) {
      const b = bytes[i];
      h1 = Math.imul(h1 ^ b, 2654435761);
      h2 = Math.imul(h2 ^ b, 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
    this.length += end - start;
    return this;
  }

  /** Code units of a text (no encoding step: hashing the weights or a JSON text must be cheap). */
  updateText(text: string): this {
    let h1 = this.h1;
    let h2 = this.h2;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
    this.length += text.length;
    return this;
  }

  digest(): string {
    // The length is mixed in so that inputs differing only by trailing zero bytes differ.
    let h1 = Math.imul(this.h1 ^ this.length, 2246822507);
    let h2 = this.h2;
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
    return value.toString(16).padStart(14, '0');
  }
}

export const contentHash = (bytes: Uint8Array): string => new ContentHasher().update(bytes).digest();

export const textHash = (text: string): string => new ContentHasher().updateText(text).digest();
