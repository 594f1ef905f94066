// Text back to the bytes of a file, in the encodings decode.ts reads: a file the user owns is written in
// the encoding it was read in, so their other text keeps its bytes. Writing refuses, rather than guessing,
// when a character has no byte form in that encoding.
import { encodeCodePage } from './cyrillicCodePages';
import type { TextEncodingName } from './decode';

/** How messages name each encoding. */
export const ENCODING_LABEL: Record<TextEncodingName, string> = {
  'utf-8': 'UTF-8',
  'utf-8-bom': 'UTF-8 with BOM',
  'utf-16le': 'UTF-16 LE',
  'utf-16be': 'UTF-16 BE',
  'windows-1251': 'windows-1251',
  'koi8-r': 'KOI8-R',
  'koi8-u': 'KOI8-U',
};

/** Thrown when a character cannot be written in the encoding. */
export class UnencodableError extends Error {
  constructor(
    readonly character: string,
    readonly encoding: TextEncodingName,
  ) {
    super(
      `"${character}" (U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) cannot be written in ${ENCODING_LABEL[encoding]}`,
    );
  }
}

export function encodeText(text: string, encoding: TextEncodingName): Uint8Array {
  // A lone surrogate has no form in any of them (TextEncoder would write U+FFFD in its place).
  const lone = /[\uD800-\uDFFF]/u.exec(text);
  if (lone) throw new UnencodableError(lone[0], encoding);
  switch (encoding) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8-bom':
      return new TextEncoder().encode(`\uFEFF${text}`);
    case 'utf-16le':
    case 'utf-16be':
      return encodeUtf16(`\uFEFF${text}`, encoding === 'utf-16le');
    default: {
      const bytes = encodeCodePage(text, encoding);
      if (bytes instanceof Uint8Array) return bytes;
      throw new UnencodableError(String.fromCodePoint(text.codePointAt(bytes.unencodableAt)!), encoding);
    }
  }
}

function encodeUtf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

/**
 * True when `text`, read from `bytes` in `encoding`, writes back as exactly those bytes: false when the read
 * was lossy (invalid bytes shown as U+FFFD) or the encoding cannot hold the text.
 */
export function writesBackAs(bytes: Uint8Array, text: string, encoding: TextEncodingName): boolean {
  try {
    return sameBytes(encodeText(text, encoding), bytes);
  } catch (error) {
    if (error instanceof UnencodableError) return false;
    throw error;
  }
}

export function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
