// Which folders are indexed without being asked: corpora of news articles yes, code repositories no.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { looksLikeArticle, looksLikeCorpus, sniffCandidates, sniffCorpus, spreadSample, SNIFF_FILES } from '../../src/core/corpus/detect';
import { MemoryFileSystem } from '../../src/core/corpus/fileSystem';
import { SAMPLES } from './samples';

const sampleFiles = (): Record<string, string> =>
  Object.fromEntries(readdirSync(SAMPLES).map((name) => [name, readFileSync(join(SAMPLES, name), 'utf8')]));

const README = '# fast-widgets\n\nA small library that renders widgets quickly.\n\n## Install\n\n```sh\nnpm install fast-widgets\n```\n';
const LICENSE = `MIT License\n\nCopyright (c) 2026 Someone\n\n${'Permission is hereby granted, free of charge, to any person obtaining a copy. '.repeat(8)}`;
const RUSSIAN_PROSE =
  'Президент встретился с министрами в столице, чтобы обсудить подготовку к саммиту. Участники согласовали план действий на ближайшие месяцы и договорились встретиться снова в феврале. ';

describe('corpus detection', () => {
  describe('looksLikeArticle', () => {
    const cases: [string, string, boolean][] = [
      ['a dated header line', ' date 2026-01-07 Summit in Paris\nLeaders met on Tuesday.', true],
      ['Russian prose', RUSSIAN_PROSE.repeat(2), true],
      ['Ukrainian prose', 'Представники України та Сполучених Штатів провели новий раунд переговорів у столиці Франції 7 січня. '.repeat(3), true],
      ['an English README', README, false],
      ['a licence', LICENSE, false],
      ['a requirements list', 'requests==2.31.0\nnumpy>=1.26\npandas\n', false],
      ['a few Russian words', 'Привет, мир', false],
      ['an empty file', '', false],
    ];
    for (const [name, text, expected] of cases) it(`${name}: ${expected}`, () => assert.equal(looksLikeArticle(text), expected));

    it('reads only the beginning of a huge file', () => {
      // Prose first, then megabytes of Latin: the verdict is the beginning's.
      assert.equal(looksLikeArticle(RUSSIAN_PROSE.repeat(20) + 'x'.repeat(3_000_000)), true);
    });
  });

  describe('looksLikeCorpus', () => {
    it('wants most sniffed files to be articles', () => {
      assert.equal(looksLikeCorpus([RUSSIAN_PROSE.repeat(2), RUSSIAN_PROSE.repeat(2), LICENSE]), true);
      assert.equal(looksLikeCorpus([RUSSIAN_PROSE.repeat(2), LICENSE, LICENSE]), false);
    });

    it('wants at least two articles', () => {
      assert.equal(looksLikeCorpus([RUSSIAN_PROSE.repeat(2)]), false);
      assert.equal(looksLikeCorpus([]), false);
    });

    it('counts unreadable files against', () => {
      assert.equal(looksLikeCorpus([RUSSIAN_PROSE.repeat(2), RUSSIAN_PROSE.repeat(2), undefined, undefined]), false);
    });
  });

  it('sniffs only .txt files, spread evenly over the folder', () => {
    assert.deepEqual(sniffCandidates(['README.md', 'a.txt', 'docs/b.TXT', 'c.md']), ['a.txt', 'docs/b.TXT']);
    const paths = Array.from({ length: 100 }, (_, i) => `${String(i).padStart(3, '0')}.txt`);
    const sample = spreadSample(paths);
    assert.equal(sample.length, SNIFF_FILES);
    assert.equal(sample[0], '000.txt');
    assert.ok(sample[SNIFF_FILES - 1] >= '090.txt', sample.join());
  });

  describe('sniffCorpus', () => {
    it('recognizes the sample corpus', async () => {
      const files = sampleFiles();
      assert.equal(await sniffCorpus(new MemoryFileSystem(files), Object.keys(files)), true);
    });

    it('does not take a code repository with a README and a licence for a corpus', async () => {
      const files = { 'README.md': README, 'LICENSE.txt': LICENSE, 'src/main.ts': 'export const x = 1;\n', 'requirements.txt': 'requests\n' };
      assert.equal(await sniffCorpus(new MemoryFileSystem(files), ['README.md', 'LICENSE.txt', 'requirements.txt']), false);
    });

    it('does not count Russian markdown: documentation is not news', async () => {
      const files = { 'README.md': RUSSIAN_PROSE.repeat(3), 'docs/guide.md': RUSSIAN_PROSE.repeat(3) };
      assert.equal(await sniffCorpus(new MemoryFileSystem(files), Object.keys(files)), false);
    });

    it('reads windows-1251 articles', async () => {
      // 0xC0–0xFF are А–я in windows-1251: encode the prose byte by byte.
      const cp1251 = (text: string): Uint8Array =>
        Uint8Array.from([...text].map((c) => (c >= 'А' && c <= 'я' ? c.charCodeAt(0) - 0x410 + 0xc0 : c.charCodeAt(0) & 0x7f)));
      const prose = RUSSIAN_PROSE.replace(/[^А-я .,]/g, '').repeat(2);
      const files = { 'a.txt': cp1251(prose), 'b.txt': cp1251(prose) };
      assert.equal(await sniffCorpus(new MemoryFileSystem(files), Object.keys(files)), true);
    });

    it('counts a file that cannot be read against, without failing', async () => {
      const files = sampleFiles();
      const paths = [...Object.keys(files), 'gone-1.txt', 'gone-2.txt', 'gone-3.txt', 'gone-4.txt', 'gone-5.txt', 'gone-6.txt'];
      assert.equal(await sniffCorpus(new MemoryFileSystem(files), paths), false);
    });
  });
});
