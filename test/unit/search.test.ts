// Full-text search: word forms meet through stems, surnames through their nominative, phrases within a sentence.
import * as assert from 'node:assert/strict';
import { MemoryFileSystem } from '../../src/core/corpus/fileSystem';
import type { CorpusIndex } from '../../src/core/index/corpusIndex';
import { indexCorpus } from '../../src/core/pipeline';
import { SearchIndex, findInCorpus, searchCorpus, searchIndexFor } from '../../src/core/search/searchIndex';
import { words } from '../../src/core/search/tokenize';
import { sampleIndex } from './samples';

const RU =
  ' date 2026-01-06 Переговоры в Париже\n' +
  'Глава ГУР Кирилл Буданов прибыл в Париж. Переговоров с Будановым никто не ждал.\n' +
  'Журналисты спросили Буданова о мире. Она ответила, что он занят.\n' +
  'Киев ждет. Мэр Киева сказал, что сам приедет. Он ударил кием по шару.\n' +
  'Делегации обсудили гарантии безопасности, а потом долго говорили о погоде и снова о гарантиях.\n';
const UK =
  ' date 2026-01-07 Перемовини у Парижі\n' +
  'Представники України провели раунд перемовин. Кирило Буданов зустрівся з Віткоффом.\n' +
  "Після зустрічі з Будановим м'ясо подали на самит.\n";

let index: CorpusIndex;
before(async function () {
  // Indexing two articles loads the model: seconds on a loaded machine, past mocha's default 2 s.
  this.timeout(20_000);
  index = await indexCorpus(new MemoryFileSystem({ 'ru.txt': RU, 'uk.txt': UK }));
});

/** The surface text of every hit, in order. */
function found(query: string, doc?: string): string[] {
  return searchCorpus(index, query)
    .filter((h) => !doc || h.doc === doc)
    .map((h) => index.articles.get(h.doc)!.text.slice(h.start, h.end));
}

describe('search: tokenizer', () => {
  it('keeps apostrophes and hyphens inside words, folds ё and apostrophes', () => {
    const text = "«Нью-Йорк», м'ясо — ёлка -";
    assert.deepEqual(
      words(text).map((w) => [text.slice(w.start, w.end), w.folded]),
      [['Нью-Йорк', 'нью-йорк'], ["м'ясо", 'мясо'], ['ёлка', 'елка']],
    );
  });
});

describe('search: word forms', () => {
  const cases: [query: string, expected: string[], doc?: string][] = [
    ['переговоры', ['Переговоры', 'Переговоров'], 'ru.txt'],
    ['переговоров', ['Переговоры', 'Переговоров'], 'ru.txt'],
    ['Буданов', ['Буданов', 'Будановым', 'Буданова'], 'ru.txt'],
    ['Буданова', ['Буданов', 'Будановым', 'Буданова'], 'ru.txt'],
    ['Будановым', ['Буданов', 'Будановым', 'Буданова'], 'ru.txt'],
    ['Буданов', ['Буданов', 'Будановим'], 'uk.txt'],
    ['перемовини', ['Перемовини', 'перемовин'], 'uk.txt'],
    ['гарантия', ['гарантии', 'гарантиях'], 'ru.txt'],
    ['Киев', ['Киев', 'Киева'], 'ru.txt'],
    ['мир', ['мире']],
    ['мясо', ["м'ясо"]],
    ['м’ясо', ["м'ясо"]],
    ['ЁЛКА', []],
  ];
  for (const [query, expected, doc] of cases) {
    it(`${query} finds ${expected.join(', ') || 'nothing'}${doc ? ` in ${doc}` : ''}`, () => {
      assert.deepEqual(found(query, doc), expected);
    });
  }
});

describe('search: no false hits for short stems', () => {
  const cases: [query: string, mustNotFind: string][] = [
    ['она', 'он'], // Snowball: она → он
    ['он', 'Она'],
    ['Киев', 'кием'],
    ['самит', 'сам'], // Russian Snowball would cut самит to сам
    ['мир', 'Мэр'],
  ];
  for (const [query, wrong] of cases) {
    it(`${query} does not find ${wrong}`, () => {
      assert.ok(!found(query).includes(wrong), found(query).join(', '));
    });
  }
});

describe('search: phrases', () => {
  it('finds sentences holding all the words, the tightest first, with each word\'s span', () => {
    const hits = searchCorpus(index, 'гарантии безопасности');
    assert.equal(hits.length, 1);
    const text = index.articles.get(hits[0].doc)!.text;
    assert.equal(text.slice(hits[0].start, hits[0].end), 'гарантии безопасности');
    assert.deepEqual(hits[0].words.map((w) => text.slice(w.start, w.end)), ['гарантии', 'безопасности']);
    assert.deepEqual(hits[0].kwic, { left: 'Делегации обсудили ', match: 'гарантии безопасности', right: ', а потом долго говорили о …' });
  });
  it('does not join words from different sentences', () => {
    assert.deepEqual(found('Киев мэр'), ['Мэр Киева']);
    // «Париж. Переговоров» straddles a sentence end: only the title and the line with both in one sentence count.
    assert.deepEqual(found('Париж переговоры', 'ru.txt'), ['Переговоры в Париже']);
  });
  it('ranks nearer matches first', () => {
    const hits = searchCorpus(index, 'говорили гарантиях');
    assert.equal(hits.length, 1);
    const near = searchCorpus(index, 'Буданов Париж');
    const widths = near.map((h) => h.words[h.words.length - 1].start - h.words[0].start);
    assert.deepEqual(widths, [...widths].sort((a, b) => a - b));
  });
  it('a quoted query wants the words next to each other, in order', () => {
    assert.equal(searchCorpus(index, '"гарантии безопасности"').length, 1);
    assert.equal(searchCorpus(index, '"безопасности гарантии"').length, 0);
  });
});

describe('search: hits', () => {
  it('give line and column of the exact span', () => {
    const [hit] = searchCorpus(index, 'Будановым');
    assert.ok(hit);
    const text = index.articles.get(hit.doc)!.text;
    const lines = text.split('\n');
    assert.equal(lines[hit.line].slice(hit.character, hit.character + hit.end - hit.start), text.slice(hit.start, hit.end));
  });
  it('empty and punctuation-only queries find nothing', () => {
    assert.deepEqual(searchCorpus(index, '   '), []);
    assert.deepEqual(searchCorpus(index, '— ,'), []);
  });
  it('is built once per corpus index', () => {
    assert.equal(searchIndexFor(index), searchIndexFor(index));
    assert.ok(searchIndexFor(index) instanceof SearchIndex);
  });
  it('respects the limit', () => {
    assert.equal(searchCorpus(index, 'Буданов', { limit: 2 }).length, 2);
  });
  it('counts every hit and article past the limit, and says the hits were cut', () => {
    const all = findInCorpus(index, 'Буданов');
    assert.ok(all.total >= 4, String(all.total));
    assert.deepEqual([all.hits.length, all.articles, all.truncated], [all.total, 2, false]);
    const cut = findInCorpus(index, 'Буданов', { limit: 2 });
    assert.deepEqual([cut.hits.length, cut.total, cut.articles, cut.truncated], [2, all.total, 2, true]);
    assert.deepEqual(cut.hits, all.hits.slice(0, 2));
  });
  it('counts the hits of several words the same way', () => {
    // Two sentences of the Ukrainian article hold both.
    const all = findInCorpus(index, 'Буданов з');
    assert.deepEqual([all.hits.length, all.total, all.articles, all.truncated], [2, 2, 1, false]);
    const cut = findInCorpus(index, 'Буданов з', { limit: 1 });
    assert.deepEqual([cut.hits.length, cut.total, cut.articles, cut.truncated], [1, 2, 1, true]);
    assert.deepEqual(cut.hits, all.hits.slice(0, 1));
  });
  it('a limit that fits every hit is no cut', () => {
    const all = findInCorpus(index, 'Буданов');
    assert.equal(findInCorpus(index, 'Буданов', { limit: all.total }).truncated, false);
    assert.deepEqual(findInCorpus(index, '   '), { hits: [], total: 0, articles: 0, truncated: false });
  });
});

describe('search: the sample corpus', () => {
  it('finds names across spellings and languages (Уиткофф → Віткоффом)', async () => {
    const sample = await sampleIndex();
    const texts = searchCorpus(sample, 'Уиткофф').map((h) => sample.articles.get(h.doc)!.text.slice(h.start, h.end));
    for (const form of ['Уиткофф', 'Уиткоффа', 'Уиткоффом', 'Віткоффом']) assert.ok(texts.includes(form), `${form} in ${texts.join(', ')}`);
  });
  it('finds Russian and Ukrainian forms of переговоры', async () => {
    const sample = await sampleIndex();
    const texts = new Set(searchCorpus(sample, 'переговоры').map((h) => sample.articles.get(h.doc)!.text.slice(h.start, h.end).toLowerCase()));
    for (const form of ['переговоры', 'переговоров', 'переговорах', 'переговорів']) assert.ok(texts.has(form), `${form} in ${[...texts].join(', ')}`);
  });
});
