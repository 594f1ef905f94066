// Bytes of an article file (or corpus.yaml) to the text the editor shows. The text is kept exactly
// as decoded (no newline normalization) because every offset downstream points into it; only a
// byte-order mark is dropped, which the editor hides as well.
//
// UTF-8 unless the bytes say otherwise: a file that is almost all valid UTF-8 is damaged UTF-8, not
// another encoding, so a stray byte costs one character, not the whole file. Only a file whose
// non-ASCII bytes are mostly not UTF-8 is read in a legacy Cyrillic code page, and only when one of
// them reads as Cyrillic prose; otherwise the encoding is reported as unknown rather than guessed.

import type { Problem } from '../types';
import { type CyrillicCodePage, decodeCodePage, detectCyrillicCodePage } from './cyrillicCodePages';

/** Larger files are not news articles (or not text); reading them would stall the index. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** How far to look for NUL bytes; git uses the same window to call a file binary. */
const BINARY_SNIFF_BYTES = 8000;

/**
 * The encoding a file was read in, so it can be written back the same way. UTF-16 is only ever
 * recognized by its byte-order mark, so 'utf-16le' and 'utf-16be' always carry one.
 */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | CyrillicCodePage;

export interface DecodedArticle {
  /** Absent when the file was not read as text; `problems` then says why. */
  text?: string;
  /** Set whenever `text` is. */
  encoding?: TextEncodingName;
  problems: Problem[];
}

// Damaged UTF-8 has few invalid sequences: at most this many, or 1 % of the bytes in a longer file.
const FEW_INVALID_SEQUENCES = 3;
const INVALID_SHARE = 0.01;
/** Offsets named in a warning about invalid bytes; the rest are counted. */
const OFFSETS_NAMED = 5;

const CODE_PAGE_NAMES: Record<CyrillicCodePage, string> = {
  'windows-1251': 'windows-1251',
  'koi8-r': 'KOI8-R',
  'koi8-u': 'KOI8-U',
};

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
  const utf8: TextEncodingName = hasUtf8Bom ? 'utf-8-bom' : 'utf-8';
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
  if (strict.text !== undefined) return { text: strict.text, encoding: utf8, problems: [] };

  const scan = scanUtf8(body, bytes.length - body.length);
  const fewInvalid = scan.invalidCount <= Math.max(FEW_INVALID_SEQUENCES, INVALID_SHARE * body.length);
  // With a BOM the file says it is UTF-8, so any bad byte is damage, not another encoding.
  if (hasUtf8Bom || (fewInvalid && scan.validMultiByte >= scan.invalidCount)) return damagedUtf8(body, utf8, scan, path);

  const codePage = detectCyrillicCodePage(body);
  if (codePage) {
    const name = CODE_PAGE_NAMES[codePage];
    return {
      text: decodeCodePage(body, codePage),
      encoding: codePage,
      problems: [
        {
          path,
          severity: 'warning',
          message: `The file is not UTF-8; it was read as ${name} (legacy Cyrillic). If the text looks garbled, re-save it as UTF-8.`,
        },
      ],
    };
  }
  // A few bad bytes among ASCII: damage again, whatever they once were.
  if (fewInvalid) return damagedUtf8(body, utf8, scan, path);
  const first = scan.invalid[0];
  return {
    problems: [
      {
        path,
        severity: 'error',
        line: first.line,
        column: first.column,
        message: `Skipped: the encoding is unknown. The file is not UTF-8 (${scan.invalidCount} invalid byte sequences, the first at byte offset ${first.offset}) and does not read as Cyrillic text in windows-1251, KOI8-R or KOI8-U. Re-save it as UTF-8.`,
      },
    ],
  };
}

interface InvalidSequence {
  /** Byte offset in the file, BOM included, as a hex editor shows it. */
  offset: number;
  /** 1-based line and UTF-16 column in the decoded text, as the editor counts them. */
  line: number;
  column: number;
}

interface Utf8Scan {
  invalidCount: number;
  /** The first few invalid sequences, to name in a message. */
  invalid: InvalidSequence[];
  /** Well-formed sequences of two to four bytes: evidence that the non-ASCII text is UTF-8. */
  validMultiByte: number;
}

/**
 * Walks UTF-8 as the WHATWG decoder does (the one TextDecoder uses), so each invalid sequence found
 * here is exactly one U+FFFD in the decoded text. Linear in the length.
 */
function scanUtf8(bytes: Uint8Array, offsetBase: number): Utf8Scan {
  const scan: Utf8Scan = { invalidCount: 0, invalid: [], validMultiByte: 0 };
  let line = 1;
  let column = 1;
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    if (lead < 0x80) {
      // A lone CR ends a line in the editor too; CR LF ends it at the LF.
      if (lead === 0x0a || (lead === 0x0d && bytes[i + 1] !== 0x0a)) {
        line++;
        column = 1;
      } else column++;
      i++;
      continue;
    }
    let needed = 0;
    let lower = 0x80;
    let upper = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) needed = 1;
    else if (lead >= 0xe0 && lead <= 0xef) {
      needed = 2;
      if (lead === 0xe0) lower = 0xa0;
      if (lead === 0xed) upper = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      needed = 3;
      if (lead === 0xf0) lower = 0x90;
      if (lead === 0xf4) upper = 0x8f;
    }
    let next = i + 1;
    while (needed > 0 && next < bytes.length && bytes[next] >= lower && bytes[next] <= upper) {
      next++;
      needed--;
      lower = 0x80;
      upper = 0xbf;
    }
    if (lead < 0xc2 || lead > 0xf4 || needed > 0) {
      // The byte that broke the sequence starts the next one, as in the decoder.
      if (scan.invalidCount++ < OFFSETS_NAMED) scan.invalid.push({ offset: offsetBase + i, line, column });
      column++;
    } else {
      scan.validMultiByte++;
      column += next - i === 4 ? 2 : 1;
    }
    i = next;
  }
  return scan;
}

function damagedUtf8(body: Uint8Array, encoding: TextEncodingName, scan: Utf8Scan, path: string): DecodedArticle {
  const first = scan.invalid[0];
  const count = scan.invalidCount;
  const offsets = scan.invalid.map((s) => s.offset);
  const where =
    count === 1
      ? `an invalid byte at offset ${first.offset}; it is`
      : `${count} invalid byte sequences, at byte offsets ${offsets.join(', ')}${count > OFFSETS_NAMED ? ', …' : ''}; they are`;
  return {
    text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(body),
    encoding,
    problems: [
      {
        path,
        severity: 'warning',
        line: first.line,
        column: first.column,
        message: `The file is UTF-8 except for ${where} shown as \uFFFD.`,
      },
    ],
  };
}

function decodeUtf16(body: Uint8Array, order: 'LE' | 'BE', path: string): DecodedArticle {
  const encoding: TextEncodingName = order === 'LE' ? 'utf-16le' : 'utf-16be';
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
  if (strict.text !== undefined) return { text: strict.text, encoding, problems: [] };
  return {
    text: new TextDecoder('utf-16le', { ignoreBOM: true }).decode(littleEndian),
    encoding,
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

function formatMiB(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MiB`;
}
