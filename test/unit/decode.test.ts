import * as assert from 'node:assert/strict';
import { MAX_ARTICLE_BYTES, decodeArticleBytes } from '../../src/core/text/decode';

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

describe('decodeArticleBytes', () => {
  const decoded: { name: string; bytes: Uint8Array; text: string; warning?: RegExp }[] = [
    { name: 'plain UTF-8', bytes: utf8('Привет, мир'), text: 'Привет, мир' },
    { name: 'UTF-8 keeps CRLF and lone CR so offsets match the editor', bytes: utf8('а\r\nб\rв\n'), text: 'а\r\nб\rв\n' },
    { name: 'UTF-8 BOM is removed', bytes: concat([0xef, 0xbb, 0xbf], utf8('Київ')), text: 'Київ' },
    { name: 'only the leading BOM is removed', bytes: concat([0xef, 0xbb, 0xbf], utf8('a\ufeffb')), text: 'a\ufeffb' },
    { name: 'UTF-16 LE with BOM', bytes: concat([0xff, 0xfe], utf16le('Зеленський\r\n')), text: 'Зеленський\r\n' },
    { name: 'UTF-16 BE with BOM', bytes: concat([0xfe, 0xff], utf16be('Уиткофф «да»')), text: 'Уиткофф «да»' },
    { name: 'empty file', bytes: new Uint8Array(0), text: '' },
    {
      name: 'invalid UTF-8 falls back to windows-1251 with a warning',
      bytes: new Uint8Array(CP1251_SAMPLE),
      text: 'Привет, Україна! Ёж № «—»',
      warning: /windows-1251/,
    },
    {
      name: 'UTF-8 BOM with a broken byte keeps UTF-8 and warns',
      bytes: concat([0xef, 0xbb, 0xbf], utf8('да'), [0xff], utf8('нет')),
      text: 'да\ufffdнет',
      warning: /not valid UTF-8/,
    },
    {
      name: 'UTF-16 with an odd trailing byte warns',
      bytes: concat([0xff, 0xfe], utf16le('да'), [0x41]),
      text: 'да\ufffd',
      warning: /not valid UTF-16 LE/,
    },
  ];
  for (const { name, bytes, text, warning } of decoded) {
    it(name, () => {
      const result = decodeArticleBytes(bytes, 'corpus/a.txt');
      assert.equal(result.text, text);
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

  it('decodes every windows-1251 byte as the WHATWG decoder does', function () {
    let reference: { decode(bytes: Uint8Array): string };
    try {
      reference = new TextDecoder('windows-1251');
    } catch {
      // Runtimes without full ICU lack the reference decoder; the table is then untestable here.
      this.skip();
      return;
    }
    // 0x80–0xFF with a 0xFF guard that is invalid UTF-8, forcing the fallback.
    const bytes = new Uint8Array(129);
    for (let i = 0; i < 128; i++) bytes[i] = 0x80 + i;
    bytes[128] = 0xff;
    assert.equal(decodeArticleBytes(bytes, 'x.txt').text, reference.decode(bytes));
  });
});
