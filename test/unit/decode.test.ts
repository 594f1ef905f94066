import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadCorrections } from '../../src/core/corpus/loader';
import { MemoryFileSystem } from '../../src/core/corpus/fileSystem';
import { type CyrillicCodePage, decodeCodePage } from '../../src/core/text/cyrillicCodePages';
import { MAX_ARTICLE_BYTES, type TextEncodingName, decodeArticleBytes } from '../../src/core/text/decode';
import type { Problem } from '../../src/core/types';
import { SAMPLES } from './samples';

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const concat = (...parts: ArrayLike<number>[]): Uint8Array => {
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
};
const utf16le = (text: string): Uint8Array => {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    bytes[2 * i] = text.charCodeAt(i) & 0xff;
    bytes[2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return bytes;
};
const utf16be = (text: string): Uint8Array => {
  const le = utf16le(text);
  const be = new Uint8Array(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1];
    be[i + 1] = le[i];
  }
  return be;
};

// "Привет, Україна! Ёж № «—»" in windows-1251.
const CP1251_SAMPLE = [
  0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x2c, 0x20, 0xd3, 0xea, 0xf0, 0xe0, 0xbf, 0xed, 0xe0, 0x21, 0x20,
  0xa8, 0xe6, 0x20, 0xb9, 0x20, 0xab, 0x97, 0xbb,
];

interface Decoder {
  decode(bytes: Uint8Array): string;
}

/** The runtime's own decoder for a legacy encoding (full ICU), or undefined where it has none. */
const referenceDecoder = (encoding: string): Decoder | undefined => {
  try {
    return new TextDecoder(encoding);
  } catch {
    // Runtimes without full ICU lack these decoders; the tests that need them skip.
    return undefined;
  }
};

/**
 * Text in a legacy single-byte encoding, built by inverting the runtime's decoder (not decode.ts's own
 * tables, so a wrong table entry shows). Characters the encoding lacks become "?", as in `expected`.
 */
function legacyEncode(text: string, encoding: string): { bytes: Uint8Array; expected: string } | undefined {
  const decoder = referenceDecoder(encoding);
  if (!decoder) return undefined;
  const byChar = new Map<string, number>();
  const high = decoder.decode(Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i));
  for (let i = 0; i < 128; i++) byChar.set(high[i], 0x80 + i);
  const bytes: number[] = [];
  let expected = '';
  for (const char of text) {
    const byte = char.charCodeAt(0) < 0x80 ? char.charCodeAt(0) : byChar.get(char);
    bytes.push(byte ?? 0x3f);
    expected += byte === undefined ? '?' : char;
  }
  return { bytes: Uint8Array.from(bytes), expected };
}

const sample = (file: string): string => readFileSync(join(SAMPLES, file), 'utf8');
const RU_ARTICLE = sample('001_491d49c81bf1f61b.txt');
const UK_ARTICLE = sample('003_d450a8c0e07fb2e9.txt');
const RU_HEADLINE = 'Зеленский после саммита коалиции продолжил встречу с Уиткоффом и Кушнером';
const UK_HEADLINE = 'Буданов розповів про зустріч із колегами з французької розвідки';

/** Inserts raw bytes into UTF-8 text at the given byte offsets (ascending, on character boundaries). */
function withStrayBytes(text: string, strays: [offset: number, byte: number][]): Uint8Array {
  const clean = utf8(text);
  const parts: ArrayLike<number>[] = [];
  let at = 0;
  for (const [offset, byte] of strays) {
    parts.push(clean.subarray(at, offset), [byte]);
    at = offset;
  }
  parts.push(clean.subarray(at));
  return concat(...parts);
}

/** A byte offset in UTF-8 text just before `before`'s first occurrence. */
const offsetBefore = (text: string, before: string): number => utf8(text.slice(0, text.indexOf(before))).length;

describe('decodeArticleBytes', () => {
  const decoded: { name: string; bytes: Uint8Array; text: string; encoding: TextEncodingName; warning?: RegExp }[] = [
    { name: 'plain UTF-8', bytes: utf8('Привет, мир'), text: 'Привет, мир', encoding: 'utf-8' },
    {
      name: 'UTF-8 keeps CRLF and lone CR so offsets match the editor',
      bytes: utf8('а\r\nб\rв\n'),
      text: 'а\r\nб\rв\n',
      encoding: 'utf-8',
    },
    { name: 'UTF-8 BOM is removed', bytes: concat([0xef, 0xbb, 0xbf], utf8('Київ')), text: 'Київ', encoding: 'utf-8-bom' },
    {
      name: 'only the leading BOM is removed',
      bytes: concat([0xef, 0xbb, 0xbf], utf8('a\ufeffb')),
      text: 'a\ufeffb',
      encoding: 'utf-8-bom',
    },
    {
      name: 'UTF-16 LE with BOM',
      bytes: concat([0xff, 0xfe], utf16le('Зеленський\r\n')),
      text: 'Зеленський\r\n',
      encoding: 'utf-16le',
    },
    {
      name: 'UTF-16 BE with BOM',
      bytes: concat([0xfe, 0xff], utf16be('Уиткофф «да»')),
      text: 'Уиткофф «да»',
      encoding: 'utf-16be',
    },
    { name: 'empty file', bytes: new Uint8Array(0), text: '', encoding: 'utf-8' },
    {
      name: 'invalid UTF-8 falls back to windows-1251 with a warning',
      bytes: new Uint8Array(CP1251_SAMPLE),
      text: 'Привет, Україна! Ёж № «—»',
      encoding: 'windows-1251',
      warning: /windows-1251/,
    },
    {
      name: 'UTF-8 BOM with a broken byte keeps UTF-8 and warns',
      bytes: concat([0xef, 0xbb, 0xbf], utf8('да'), [0xff], utf8('нет')),
      text: 'да\ufffdнет',
      encoding: 'utf-8-bom',
      warning: /UTF-8 except for an invalid byte at offset 7\b/,
    },
    {
      name: 'UTF-16 with an odd trailing byte warns',
      bytes: concat([0xff, 0xfe], utf16le('да'), [0x41]),
      text: 'да\ufffd',
      encoding: 'utf-16le',
      warning: /not valid UTF-16 LE/,
    },
  ];
  for (const { name, bytes, text, encoding, warning } of decoded) {
    it(name, () => {
      const result = decodeArticleBytes(bytes, 'corpus/a.txt');
      assert.equal(result.text, text);
      assert.equal(result.encoding, encoding);
      if (warning) {
        assert.equal(result.problems.length, 1);
        assert.equal(result.problems[0].severity, 'warning');
        assert.equal(result.problems[0].path, 'corpus/a.txt');
        assert.match(result.problems[0].message, warning);
      } else {
        assert.deepEqual(result.problems, []);
      }
    });
  }

  const rejected: { name: string; bytes: Uint8Array; severity: 'error' | 'warning'; message: RegExp }[] = [
    {
      name: 'NUL bytes mean binary',
      bytes: concat(utf8('PK'), [0, 0, 3, 4]),
      severity: 'error',
      message: /binary/,
    },
    {
      name: 'UTF-16 without a BOM is reported as binary with a hint',
      bytes: utf16le('Hello, world'),
      severity: 'error',
      message: /byte-order mark/,
    },
    {
      name: 'files over the size limit are skipped',
      bytes: new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61),
      severity: 'warning',
      message: /5 MiB limit/,
    },
  ];
  for (const { name, bytes, severity, message } of rejected) {
    it(name, () => {
      const result = decodeArticleBytes(bytes, 'x.txt');
      assert.equal(result.text, undefined);
      assert.equal(result.problems.length, 1);
      assert.equal(result.problems[0].severity, severity);
      assert.match(result.problems[0].message, message);
    });
  }

  it('accepts a file exactly at the size limit', () => {
    const result = decodeArticleBytes(new Uint8Array(MAX_ARTICLE_BYTES).fill(0x61), 'x.txt');
    assert.equal(result.text?.length, MAX_ARTICLE_BYTES);
  });

  const codePages: CyrillicCodePage[] = ['windows-1251', 'koi8-r', 'koi8-u'];
  for (const codePage of codePages) {
    it(`decodes every ${codePage} byte as the WHATWG decoder does`, function () {
      const reference = referenceDecoder(codePage);
      if (!reference) return this.skip();
      const bytes = Uint8Array.from({ length: 256 }, (_, i) => i);
      assert.equal(decodeCodePage(bytes, codePage), reference.decode(bytes));
    });
  }
});

describe('decodeArticleBytes: real articles in every encoding', () => {
  const texts: { name: string; text: string; koi8: 'koi8-r' | 'koi8-u' }[] = [
    { name: 'a Russian article', text: RU_ARTICLE, koi8: 'koi8-r' },
    { name: 'a Ukrainian article', text: UK_ARTICLE, koi8: 'koi8-u' },
    { name: 'a Russian headline', text: RU_HEADLINE, koi8: 'koi8-r' },
    { name: 'a Ukrainian headline', text: UK_HEADLINE, koi8: 'koi8-u' },
    // Case cannot tell these from the other code page's reading (it swaps the cases); letter pairs can.
    { name: 'a Russian headline in capitals', text: RU_HEADLINE.toUpperCase(), koi8: 'koi8-r' },
    { name: 'a Ukrainian headline in capitals', text: UK_HEADLINE.toUpperCase(), koi8: 'koi8-u' },
    { name: 'a short headline in capitals', text: 'ПУТИН ПРИБЫЛ В ПАРИЖ', koi8: 'koi8-r' },
    { name: 'one Russian word', text: 'Привет', koi8: 'koi8-r' },
    { name: 'one Ukrainian word', text: 'Київ', koi8: 'koi8-u' },
    { name: 'a two-letter word', text: 'Да', koi8: 'koi8-r' },
  ];
  for (const { name, text, koi8 } of texts) {
    const unicode: [TextEncodingName, Uint8Array][] = [
      ['utf-8', utf8(text)],
      ['utf-8-bom', concat([0xef, 0xbb, 0xbf], utf8(text))],
      ['utf-16le', concat([0xff, 0xfe], utf16le(text))],
      ['utf-16be', concat([0xfe, 0xff], utf16be(text))],
    ];
    for (const [encoding, bytes] of unicode) {
      it(`${name} in ${encoding} is read without a problem`, () => {
        const result = decodeArticleBytes(bytes, 'a.txt');
        assert.equal(result.text, text);
        assert.equal(result.encoding, encoding);
        assert.deepEqual(result.problems, []);
      });
    }
    for (const [encoding, label] of [['windows-1251', /windows-1251/], [koi8, new RegExp(koi8.toUpperCase())]] as const) {
      it(`${name} in ${encoding} is recognized and read with a warning`, function () {
        const legacy = legacyEncode(text, encoding);
        if (!legacy) return this.skip();
        const result = decodeArticleBytes(legacy.bytes, 'a.txt');
        assert.equal(result.encoding, encoding);
        assert.equal(result.text, legacy.expected);
        assert.equal(result.problems.length, 1);
        assert.equal(result.problems[0].severity, 'warning');
        assert.match(result.problems[0].message, label);
      });
    }
  }
});

describe('decodeArticleBytes: stray bytes in UTF-8', () => {
  it('one stray byte keeps a Russian article UTF-8, with U+FFFD and a warning naming its place', () => {
    // The case: this file was read as windows-1251 (title "РЎС‚РёРІ…", no mentions).
    const text = sample('000_e37b06c1d52fef68.txt');
    const offset = offsetBefore(text, 'Реклама');
    const result = decodeArticleBytes(withStrayBytes(text, [[offset, 0xc0]]), '000.txt');
    assert.equal(result.encoding, 'utf-8');
    assert.equal(result.text, text.replace('Реклама', '\ufffdРеклама'));
    assert.equal(result.problems.length, 1);
    const [problem] = result.problems;
    assert.equal(problem.severity, 'warning');
    assert.match(problem.message, new RegExp(`invalid byte at offset ${offset};`));
    assert.deepEqual([problem.line, problem.column], [3, 1]);
  });

  it('a few stray bytes in a Ukrainian article are each named', () => {
    const strays: [number, number][] = [
      [offsetBefore(UK_ARTICLE, 'України'), 0xff],
      [offsetBefore(UK_ARTICLE, 'Буданов'), 0xd0],
      [offsetBefore(UK_ARTICLE, 'РЕКЛАМА'), 0x80],
    ];
    const result = decodeArticleBytes(withStrayBytes(UK_ARTICLE, strays), '003.txt');
    assert.equal(result.encoding, 'utf-8');
    assert.equal(result.text?.split('\ufffd').join(''), UK_ARTICLE);
    const offsets = strays.map(([offset], i) => offset + i);
    assert.match(result.problems[0].message, new RegExp(`3 invalid byte sequences, at byte offsets ${offsets.join(', ')};`));
    assert.deepEqual([result.problems[0].line, result.problems[0].column], [1, 14]);
  });

  it('a multi-byte character cut off at the end of the file is one invalid sequence', () => {
    const bytes = utf8('Київ – столиця України');
    const result = decodeArticleBytes(bytes.subarray(0, bytes.length - 1), 'a.txt');
    assert.equal(result.encoding, 'utf-8');
    assert.equal(result.text, 'Київ – столиця Україн\ufffd');
    assert.match(result.problems[0].message, new RegExp(`invalid byte at offset ${bytes.length - 2};`));
  });

  it('a stray byte among ASCII stays UTF-8', () => {
    const result = decodeArticleBytes(concat(utf8('Reuters:\n'), [0xe9], utf8(' Paris')), 'a.txt');
    assert.equal(result.encoding, 'utf-8');
    assert.equal(result.text, 'Reuters:\n\ufffd Paris');
    assert.deepEqual([result.problems[0].line, result.problems[0].column], [2, 1]);
  });

  it('names the first five offsets of many and counts the rest', () => {
    const at = offsetBefore(RU_ARTICLE, 'Виткофф');
    const strays = Array.from({ length: 8 }, (): [number, number] => [at, 0xff]);
    const result = decodeArticleBytes(withStrayBytes(RU_ARTICLE, strays), 'a.txt');
    assert.equal(result.encoding, 'utf-8');
    assert.match(result.problems[0].message, /8 invalid byte sequences, at byte offsets (\d+, ){4}\d+, …;/);
  });

  it('corpus.yaml with a stray byte still applies every correction, with a warning', async () => {
    const yaml = '# правки\nignore:\n  - Реклама Иванов\nrename:\n  Стив Уиткофф: Стивен Уиткофф\n';
    const fs = new MemoryFileSystem({ 'corpus.yaml': withStrayBytes(yaml, [[2, 0xff]]) });
    const problems: Problem[] = [];
    const corrections = await loadCorrections(fs, problems);
    assert.deepEqual(corrections.ignore.map((ref) => ref.name), ['Реклама Иванов']);
    assert.deepEqual(corrections.rename.map(([ref, name]) => [ref.name, name]), [['Стив Уиткофф', 'Стивен Уиткофф']]);
    assert.deepEqual(
      problems.map((p) => [p.path, p.severity, p.line, p.column]),
      [['corpus.yaml', 'warning', 1, 3]],
    );
  });
});

describe('decodeArticleBytes: unknown encodings', () => {
  const unknown: { name: string; bytes: () => Uint8Array | undefined }[] = [
    { name: 'a Russian article in DOS code page 866', bytes: () => legacyEncode(RU_ARTICLE, 'ibm866')?.bytes },
    {
      name: 'a French article in windows-1252',
      bytes: () =>
        legacyEncode(
          'Le président français Emmanuel Macron a reçu mardi à l’Élysée les dirigeants européens. ' +
            'Après la réunion, la délégation américaine a précisé que les négociations se poursuivraient. '.repeat(4),
          'windows-1252',
        )?.bytes,
    },
    {
      name: 'binary data without NUL bytes',
      // A fixed pseudo-random sequence (a linear congruential generator), never 0.
      bytes: () => Uint8Array.from({ length: 4000 }, (_, i) => (((i * 1103515245 + 12345) >>> 16) % 255) + 1),
    },
  ];
  for (const { name, bytes } of unknown) {
    it(`${name} is skipped with an error saying the encoding is unknown`, function () {
      const input = bytes();
      if (!input) return this.skip();
      const result = decodeArticleBytes(input, 'a.txt');
      assert.equal(result.text, undefined);
      assert.equal(result.encoding, undefined);
      assert.equal(result.problems.length, 1);
      assert.equal(result.problems[0].severity, 'error');
      assert.match(result.problems[0].message, /encoding is unknown/);
    });
  }

  it('reads a 5 MiB file of mixed bytes in linear passes (generous limit)', function () {
    // A quadratic step would take minutes here; linear passes take well under a second even on a busy machine.
    this.timeout(60_000);
    const bytes = new Uint8Array(MAX_ARTICLE_BYTES);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (((i * 1103515245 + 12345) >>> 16) % 255) + 1;
    const started = Date.now();
    assert.match(decodeArticleBytes(bytes, 'a.txt').problems[0].message, /encoding is unknown/);
    assert.ok(Date.now() - started < 30_000);
  });
});
