// Bytes of an article file to the text the editor shows. The text is kept exactly
// as decoded (no newline normalization) because every offset downstream points into
// it; only a byte-order mark is dropped, which the editor hides as well.

import type { Problem } from '../types';

/** Larger files are not news articles (or not text); reading them would stall the index. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** How far to look for NUL bytes; git uses the same window to call a file binary. */
const BINARY_SNIFF_BYTES = 8000;

export interface DecodedArticle {
  /** Absent when the file was not read as text; `problems` then says why. */
  text?: string;
  problems: Problem[];
}

export function decodeArticleBytes(bytes: Uint8Array, path: string): DecodedArticle {
  if (bytes.length > MAX_ARTICLE_BYTES) {
    return {
      problems: [
        {
          path,
          severity: 'warning',
          message: `Skipped: the file is ${formatMiB(bytes.length)}, larger than the ${formatMiB(MAX_ARTICLE_BYTES)} limit for an article.`,
        },
      ],
    };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes.subarray(2), 'LE', path);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes.subarray(2), 'BE', path);

  const hasUtf8Bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasUtf8Bom ? bytes.subarray(3) : bytes;
  if (body.subarray(0, BINARY_SNIFF_BYTES).includes(0)) {
    return {
      problems: [
        {
          path,
          severity: 'error',
          message:
            'Skipped: the file looks binary (it contains NUL bytes). If it is UTF-16 text, save it with a byte-order mark or as UTF-8.',
        },
      ],
    };
  }

  const strict = decodeStrictly('utf-8', body);
  if (strict.text !== undefined) return { text: strict.text, problems: [] };

  if (hasUtf8Bom) {
    // The mark says UTF-8, so a bad byte is damage, not another encoding.
    return {
      text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(body),
      problems: [
        {
          path,
          severity: 'warning',
          message: `The file is not valid UTF-8 (${strict.error}); invalid bytes are shown as \uFFFD.`,
        },
      ],
    };
  }
  return {
    text: decodeWindows1251(body),
    problems: [
      {
        path,
        severity: 'warning',
        message:
          'The file is not valid UTF-8; it was read as windows-1251 (legacy Cyrillic). If the text looks garbled, re-save it as UTF-8.',
      },
    ],
  };
}

function decodeUtf16(body: Uint8Array, order: 'LE' | 'BE', path: string): DecodedArticle {
  let littleEndian = body;
  if (order === 'BE') {
    // utf-16be needs ICU in some runtimes; swapping bytes lets the always-present utf-16le decoder do the work.
    littleEndian = new Uint8Array(body.length);
    for (let i = 0; i + 1 < body.length; i += 2) {
      littleEndian[i] = body[i + 1];
      littleEndian[i + 1] = body[i];
    }
    if (body.length % 2 === 1) littleEndian[body.length - 1] = body[body.length - 1];
  }
  const strict = decodeStrictly('utf-16le', littleEndian);
  if (strict.text !== undefined) return { text: strict.text, problems: [] };
  return {
    text: new TextDecoder('utf-16le', { ignoreBOM: true }).decode(littleEndian),
    problems: [
      {
        path,
        severity: 'warning',
        message: `The file is not valid UTF-16 ${order} (${strict.error}); invalid code units are shown as \uFFFD.`,
      },
    ],
  };
}

/** Decodes or reports why not; `fatal` makes TextDecoder throw on malformed input. */
function decodeStrictly(encoding: 'utf-8' | 'utf-16le', bytes: Uint8Array): { text?: string; error?: string } {
  try {
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes) };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

// windows-1251 bytes 0x80–0xBF (0xC0–0xFF are А–я in order), per the WHATWG
// Encoding Standard. Decoded by table because TextDecoder supports windows-1251 only
// where the runtime ships full ICU data.
const WINDOWS_1251_HIGH =
  'ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—\u0098™љ›њќћџ' + '\u00a0ЎўЈ¤Ґ¦§Ё©Є«¬\u00ad®Ї°±Ііґµ¶·ё№є»јЅѕї';

function decodeWindows1251(bytes: Uint8Array): string {
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    units[i] = byte < 0x80 ? byte : byte < 0xc0 ? WINDOWS_1251_HIGH.charCodeAt(byte - 0x80) : 0x0410 + byte - 0xc0;
  }
  // Chunked so String.fromCharCode never receives more arguments than the engine allows.
  const chunks: string[] = [];
  for (let i = 0; i < units.length; i += 0x2000) {
    chunks.push(String.fromCharCode(...units.subarray(i, i + 0x2000)));
  }
  return chunks.join('');
}

function formatMiB(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MiB`;
}
