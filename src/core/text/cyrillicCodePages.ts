// The single-byte Cyrillic code pages older Russian and Ukrainian files use, and how to tell them apart.
// windows-1251 and KOI8 put the same letters at different bytes (KOI8 even swaps the cases), so a file's
// bytes read as Cyrillic either way; the reading that looks like Russian or Ukrainian prose wins.

export type CyrillicCodePage = 'windows-1251' | 'koi8-r' | 'koi8-u';

// Bytes 0x80–0xFF of each code page, as the WHATWG Encoding Standard (and TextDecoder with full ICU) maps
// them. Decoded by table because TextDecoder has these code pages only where the runtime ships full ICU data.
const HIGH_HALF: Record<CyrillicCodePage, string> = {
  'windows-1251':
    'ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—\u0098™љ›њќћџ\u00a0ЎўЈ¤Ґ¦§Ё©Є«¬\u00ad®Ї°±Ііґµ¶·ё№є»јЅѕї' +
    'АБВГДЕЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдежзийклмнопрстуфхцчшщъыьэюя',
  'koi8-r':
    '─│┌┐└┘├┤┬┴┼▀▄█▌▐░▒▓⌠■∙√≈≤≥\u00a0⌡°²·÷═║╒ё╓╔╕╖╗╘╙╚╛╜╝╞╟╠╡Ё╢╣╤╥╦╧╨╩╪╫╬©' +
    'юабцдефгхийклмнопярстужвьызшэщчъЮАБЦДЕФГХИЙКЛМНОПЯРСТУЖВЬЫЗШЭЩЧЪ',
  // KOI8-R with the Ukrainian letters є і ї ґ in eight of its box-drawing slots.
  'koi8-u':
    '─│┌┐└┘├┤┬┴┼▀▄█▌▐░▒▓⌠■∙√≈≤≥\u00a0⌡°²·÷═║╒ёє╔ії╗╘╙╚╛ґ╝╞╟╠╡ЁЄ╣ІЇ╦╧╨╩╪Ґ╬©' +
    'юабцдефгхийклмнопярстужвьызшэщчъЮАБЦДЕФГХИЙКЛМНОПЯРСТУЖВЬЫЗШЭЩЧЪ',
};

/** Each code page's upper half read backwards: character → byte, for writing a file back in its code page. */
const byteOf = (page: CyrillicCodePage): ReadonlyMap<string, number> => new Map([...HIGH_HALF[page]].map((char, i) => [char, 0x80 + i]));
const HIGH_BYTES: Record<CyrillicCodePage, ReadonlyMap<string, number>> = {
  'windows-1251': byteOf('windows-1251'),
  'koi8-r': byteOf('koi8-r'),
  'koi8-u': byteOf('koi8-u'),
};

/** The text in the code page; the index of the first character it has no byte for, when there is one. */
export function encodeCodePage(text: string, codePage: CyrillicCodePage): Uint8Array | { unencodableAt: number } {
  const bytes = new Uint8Array(text.length);
  const high = HIGH_BYTES[codePage];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const byte = code < 0x80 ? code : high.get(text[i]);
    if (byte === undefined) return { unencodableAt: i };
    bytes[i] = byte;
  }
  return bytes;
}

/** Bytes where KOI8-U has a Ukrainian letter and KOI8-R a box-drawing character. */
const KOI8_U_LETTER_BYTES = [0xa4, 0xa6, 0xa7, 0xad, 0xb4, 0xb6, 0xb7, 0xbd];

export function decodeCodePage(bytes: Uint8Array, codePage: CyrillicCodePage): string {
  const high = HIGH_HALF[codePage];
  const units = new Uint16Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) units[i] = bytes[i] < 0x80 ? bytes[i] : high.charCodeAt(bytes[i] - 0x80);
  // Chunked so String.fromCharCode never receives more arguments than the engine allows.
  const chunks: string[] = [];
  for (let i = 0; i < units.length; i += 0x2000) chunks.push(String.fromCharCode(...units.subarray(i, i + 0x2000)));
  return chunks.join('');
}

// Letters per thousand in Russian and Ukrainian news prose (the larger of the two languages' figures), case
// folded. Only their ratios matter: both readings of a file are scored with the same table.
const LETTER_PER_MILLE: Record<string, number> = {
  о: 110, е: 85, а: 80, и: 74, н: 67, т: 63, і: 58, с: 55, в: 54, р: 47, л: 44, к: 35, д: 33, у: 33, м: 32,
  я: 29, п: 28, з: 23, ы: 19, ь: 17, г: 17, б: 16, ч: 14, й: 12, х: 12, ж: 9, ю: 9, ц: 9, ї: 9, є: 8, ш: 7,
  щ: 6, э: 3, ф: 3, ё: 1, ъ: 0.4, ґ: 0.2,
};
/** Cyrillic letters of other languages (Serbian љ, Belarusian ў …) are possible but rare. */
const OTHER_LETTER_PER_MILLE = 0.1;
// Upper-half symbols on the same scale, so two readings that see different numbers of letters compare fairly.
const PROSE_SYMBOL_PER_MILLE = 10;
const ODD_SYMBOL_PER_MILLE = 0.01;

// Letter pairs frequent in Russian or Ukrainian words. Letter frequencies alone cannot tell a short text in
// capitals (ПУТИН in windows-1251) from its case-swapped other reading (осрхм in KOI8); its pairs can.
const COMMON_PAIRS = (
  'ст но то на ен ов ни ра во ко ро ос по пр ал ре ер ор ли ан ет не ть ка от ол ва ла ом ел ит ле го ин де та ' +
  'за ны ие ри ск ти ат ль мо ло ес ем ве ил ак да ой ый ий ых ия ся ня ми ви ди ар ок до ів ві ій зі ці іл ін ії ' +
  'ає ує об ед ег их ую ша ще че чи жи ки ци ту ру су ку ду лу му ну'
).split(' ');
// A pair is common in prose about four times as often as between letters drawn at random.
const PAIR_LOG = { common: Math.log(0.4 / 0.1), other: Math.log(0.6 / 0.9) };

// How likely a word's shape is: prose is mostly small letters, with a capital starting a word now and then and
// an all-capitals word (США, НАТО) now and then. A capital after a small letter (пРИВЕТ: the mark of KOI8 read
// as windows-1251 or back, which swaps the cases) almost never happens. Scored per word, not per letter, so a
// headline in capitals is told apart by its letters rather than penalized for every one of them.
const SHAPE_LOG = {
  lower: Math.log(0.75),
  capitalized: Math.log(0.2),
  capitals: Math.log(0.05),
  mixed: Math.log(0.001),
};

/** Non-letters of the upper half that news text does use; anything else there (box drawing …) is implausible. */
const PROSE_SYMBOLS = new Set('\u00a0\u00ad«»„“”‘’‚—–…•·№§©®°±²€™‰');

/** A reading must look this clean (implausible characters per byte ≥ 0x80) to be believed. */
const MAX_IMPLAUSIBLE_SHARE = 0.1;
/** One stray byte is damage, not evidence of a code page; a legacy file has at least a word. */
const MIN_LETTERS = 2;

const enum Kind {
  Other,
  AsciiLetter,
  Lower,
  Upper,
  ProseSymbol,
  OddSymbol,
}

interface CharClasses {
  kind: Uint8Array;
  /** Log-frequency in prose. */
  log: Float64Array;
  /** A letter's small form as an index into PAIR_TABLE (OTHER_LETTER for letters in no common pair). */
  letter: Uint8Array;
}

// Small Cyrillic letters а…џ (U+0430–U+045F) are indices 0–47, ґ 48; every other letter shares 63.
const OTHER_LETTER = 63;
const letterIndex = (small: string): number => {
  const code = small.charCodeAt(0);
  if (code >= 0x430 && code <= 0x45f) return code - 0x430;
  return small === 'ґ' ? 48 : OTHER_LETTER;
};
/** 64 × 64 flags: whether the pair (first letter index × 64 + second) is common. */
const PAIR_TABLE = new Uint8Array(64 * 64);
for (const pair of COMMON_PAIRS) PAIR_TABLE[letterIndex(pair[0]) * 64 + letterIndex(pair[1])] = 1;

/** Kind and log-frequency of each upper-half byte under a code page, built once. */
function classify(codePage: CyrillicCodePage): CharClasses {
  const kind = new Uint8Array(128);
  const log = new Float64Array(128);
  const letter = new Uint8Array(128).fill(OTHER_LETTER);
  for (let i = 0; i < 128; i++) {
    const char = HIGH_HALF[codePage][i];
    const lower = char.toLowerCase();
    let perMille: number;
    if (/\p{Script=Cyrillic}/u.test(char) && /\p{L}/u.test(char)) {
      kind[i] = lower === char ? Kind.Lower : Kind.Upper;
      letter[i] = letterIndex(lower);
      perMille = LETTER_PER_MILLE[lower] ?? OTHER_LETTER_PER_MILLE;
    } else if (PROSE_SYMBOLS.has(char)) {
      kind[i] = Kind.ProseSymbol;
      perMille = PROSE_SYMBOL_PER_MILLE;
    } else {
      kind[i] = Kind.OddSymbol;
      perMille = ODD_SYMBOL_PER_MILLE;
    }
    log[i] = Math.log(perMille / 1000);
  }
  return { kind, log, letter };
}

const CLASSES: Partial<Record<CyrillicCodePage, CharClasses>> = {};

interface Reading {
  /** Log-likelihood of the upper-half characters and the words' case under a simple model of Cyrillic prose. */
  score: number;
  letters: number;
  /** Odd symbols, capitals after small letters, and Cyrillic letters touching Latin ones. */
  implausible: number;
}

/** One pass over the bytes read through a code page; linear in the length. */
function read(bytes: Uint8Array, codePage: CyrillicCodePage): Reading {
  const { kind: kinds, log, letter } = (CLASSES[codePage] ??= classify(codePage));
  let score = 0;
  let letters = 0;
  let implausible = 0;
  // The word being read: its first letter's kind (Other between words), and whether a later letter was
  // small or a capital. Plain locals rather than an object: this loop runs over every byte of the file.
  let wordFirst = Kind.Other;
  let laterLower = false;
  let laterUpper = false;
  const wordShapeLog = (): number => {
    if (laterLower && laterUpper) return SHAPE_LOG.mixed;
    if (wordFirst === Kind.Lower) return laterUpper ? SHAPE_LOG.mixed : SHAPE_LOG.lower;
    return laterUpper ? SHAPE_LOG.capitals : SHAPE_LOG.capitalized;
  };
  let previous = Kind.Other;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i];
    let kind: Kind;
    if (byte < 0x80) kind = (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7a ? Kind.AsciiLetter : Kind.Other;
    else {
      kind = kinds[byte - 0x80];
      score += log[byte - 0x80];
    }
    if (kind === Kind.Lower || kind === Kind.Upper) {
      letters++;
      if (previous === Kind.AsciiLetter || (previous === Kind.Lower && kind === Kind.Upper)) implausible++;
      if (wordFirst === Kind.Other) {
        wordFirst = kind;
        laterLower = laterUpper = false;
      } else {
        if (kind === Kind.Lower) laterLower = true;
        else laterUpper = true;
        score += PAIR_TABLE[letter[bytes[i - 1] - 0x80] * 64 + letter[byte - 0x80]] ? PAIR_LOG.common : PAIR_LOG.other;
      }
    } else {
      if (kind === Kind.OddSymbol || (kind === Kind.AsciiLetter && wordFirst !== Kind.Other)) implausible++;
      if (wordFirst !== Kind.Other) score += wordShapeLog();
      wordFirst = Kind.Other;
    }
    previous = kind;
  }
  if (wordFirst !== Kind.Other) score += wordShapeLog();
  return { score, letters, implausible };
}

/**
 * The code page whose reading of these (not UTF-8) bytes looks like Cyrillic prose, or undefined when
 * neither does: too few letters, or box drawing, case chaos and Latin-Cyrillic mixtures (another code
 * page, or not text at all).
 */
export function detectCyrillicCodePage(bytes: Uint8Array): CyrillicCodePage | undefined {
  let highBytes = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) highBytes++;
  const windows = read(bytes, 'windows-1251');
  const koi8 = read(bytes, 'koi8-u');
  const [best, reading] = windows.score >= koi8.score ? (['windows-1251', windows] as const) : (['koi8', koi8] as const);
  if (reading.letters < MIN_LETTERS || reading.implausible > MAX_IMPLAUSIBLE_SHARE * highBytes) return undefined;
  if (best === 'windows-1251') return best;
  // Named KOI8-R unless a Ukrainian letter needs KOI8-U, so writing the text back gives the same bytes.
  return bytes.some((byte) => KOI8_U_LETTER_BYTES.includes(byte)) ? 'koi8-u' : 'koi8-r';
}
