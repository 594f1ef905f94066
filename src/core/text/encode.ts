// Text back to the bytes of a file, in the encodings decode.ts reads: a file the user owns is written in
// the encoding it was read in, so their other text keeps its bytes. Writing refuses, rather than guessing,
// when a character has no byte form in that encoding.
import { WINDOWS_1251_HIGH } from './windows1251';

export type TextEncoding = 'UTF-8' | 'UTF-8 with BOM' | 'UTF-16 LE' | 'UTF-16 BE' | 'windows-1251';

/** Thrown when a character cannot be written in the encoding. */
export class UnencodableError extends Error {
  constructor(
    readonly character: string,
    readonly encoding: TextEncoding,
  ) {
    super(`"${character}" (U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) cannot be written in ${encoding}`);
  }
}

/** In the order a file's encoding is looked for: a plain ASCII file is UTF-8, as decode reads it. */
const ENCODINGS: readonly TextEncoding[] = ['UTF-8', 'UTF-8 with BOM', 'UTF-16 LE', 'UTF-16 BE', 'windows-1251'];

const WINDOWS_1251_BYTES = new Map<string, number>([...WINDOWS_1251_HIGH].map((char, i) => [char, 0x80 + i]));

export function encodeText(text: string, encoding: TextEncoding): Uint8Array {
  // A lone surrogate has no form in any of them (TextEncoder would write U+FFFD in its place).
  const lone = /[\uD800-\uDFFF]/u.exec(text);
  if (lone) throw new UnencodableError(lone[0], encoding);
  switch (encoding) {
    case 'UTF-8':
      return new TextEncoder().encode(text);
    case 'UTF-8 with BOM':
      return new TextEncoder().encode(`\uFEFF${text}`);
    case 'UTF-16 LE':
    case 'UTF-16 BE':
      return encodeUtf16(`\uFEFF${text}`, encoding === 'UTF-16 LE');
    case 'windows-1251':
      return encodeWindows1251(text);
  }
}

function encodeUtf16(text: string, littleEndian: boolean): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
  return bytes;
}

function encodeWindows1251(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const byte = code < 0x80 ? code : code >= 0x0410 && code <= 0x044f ? code - 0x0410 + 0xc0 : WINDOWS_1251_BYTES.get(text[i]);
    if (byte === undefined) throw new UnencodableError(String.fromCodePoint(text.codePointAt(i)!), 'windows-1251');
    bytes[i] = byte;
  }
  return bytes;
}

/**
 * The encoding that writes `text` back as exactly `bytes`: the one the file was read in. None when the read
 * was lossy (invalid bytes shown as U+FFFD) or in an encoding this module cannot write.
 */
export function encodingOf(bytes: Uint8Array, text: string): TextEncoding | undefined {
  return ENCODINGS.find((encoding) => {
    try {
      return sameBytes(encodeText(text, encoding), bytes);
    } catch (error) {
      if (error instanceof UnencodableError) return false;
      throw error;
    }
  });
}

export function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}
