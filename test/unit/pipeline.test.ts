import * as assert from 'node:assert/strict';
import { MemoryFileSystem } from '../../src/core/corpus/fileSystem';
import { indexCorpus } from '../../src/core/pipeline';
import { sampleIndex } from './samples';

describe('pipeline on the sample corpus', () => {
  it('reads all five articles, four Russian and one Ukrainian', async () => {
    const index = await sampleIndex();
    assert.equal(index.articles.size, 5);
    assert.deepEqual(index.stats().languages, { ru: 4, uk: 1 });
    assert.deepEqual(index.problems, []);
  });

  it('links every spelling of Witkoff, in both languages, to one person', async () => {
    const index = await sampleIndex();
    const [witkoff] = index.entitiesByName('Уиткофф', 'PER');
    assert.ok(witkoff, 'Witkoff is found');
    const forms = new Set(index.mentionsOf(witkoff.id).map((m) => m.text));
    for (const form of ['Стива Уиткоффа', 'Стивеном Уиткоффом', 'Стівом Віткоффом', 'Стив Виткофф', 'Виткофф']) {
      assert.ok(forms.has(form), `${form} in ${[...forms].join(', ')}`);
    }
    assert.equal(index.entitiesByName('Віткофф', 'PER')[0].id, witkoff.id);
  });

  it('keeps Jared and Charles Kushner apart', async () => {
    const index = await sampleIndex();
    const kushners = index.entitiesByName('Кушнер', 'PER');
    const names = kushners.map((e) => e.name).sort();
    assert.deepEqual(names, ['Джаред Кушнер', 'Чарльз Кушнер']);
  });

  it('gives base forms to inflected names', async () => {
    const index = await sampleIndex();
    const lemmas = new Map<string, string>();
    for (const a of index.articles.keys()) for (const m of index.mentionsIn(a)) lemmas.set(m.text, m.lemma);
    const expected: [string, string][] = [
      ['Стива Уиткоффа', 'Стив Уиткофф'],
      ['Владимиру Зеленскому', 'Владимир Зеленский'],
      ['Джаредом Кушнером', 'Джаред Кушнер'],
      ['Жаком Лангладом де Монгро', 'Жак Ланглад де Монгро'],
      ['Зеленским', 'Зеленский'],
    ];
    for (const [text, lemma] of expected) assert.equal(lemmas.get(text), lemma, text);
  });

  it('does not take titles, places or sentence-initial words for people', async () => {
    const index = await sampleIndex();
    const texts = new Set<string>();
    for (const a of index.articles.keys()) for (const m of index.mentionsIn(a)) if (m.type === 'PER') texts.add(m.text);
    for (const word of ['Президент', 'Затем', 'Также', 'Продовження', 'Париже', 'Франції', 'Реклама']) {
      assert.ok(![...texts].some((t) => t.split(' ').includes(word)), `${word} taken for a person`);
    }
  });
});

describe('pipeline on bad input', () => {
  it('reports unreadable and oversized files and indexes the rest', async () => {
    const fs = new MemoryFileSystem({
      'good.txt': 'Президент Украины Владимир Зеленский встретился с Дональдом Трампом.',
      'binary.txt': new Uint8Array([0x00, 0x01, 0x02, 0x00]),
      'notes/ignored.json': '{}',
    });
    const index = await indexCorpus(fs);
    assert.deepEqual([...index.articles.keys()], ['good.txt']);
    assert.equal(index.problems.length, 1);
    assert.equal(index.problems[0].path, 'binary.txt');
    assert.equal(index.entitiesOfType('PER').length, 2);
  });

  it('reads files ahead, yet keeps the listing order of articles and problems whatever order the reads finish in', async () => {
    const names = Array.from({ length: 40 }, (_, i) => `a${String(i).padStart(2, '0')}.txt`);
    const fs = new MemoryFileSystem(Object.fromEntries(names.map((n, i) => [n, i % 3 === 0 ? new Uint8Array([0, 1, 0]) : `Дональд Трамп ${i}.`])));
    const read = fs.readFile.bind(fs);
    let inFlight = 0;
    let mostInFlight = 0;
    fs.readFile = async (path) => {
      mostInFlight = Math.max(mostInFlight, ++inFlight);
      // Later files answer sooner, so completion order is the reverse of the listing.
      await new Promise((resolve) => setTimeout(resolve, 40 - names.indexOf(path)));
      inFlight--;
      return read(path);
    };
    const index = await indexCorpus(fs);
    assert.ok(mostInFlight > 1 && mostInFlight <= 16, `${mostInFlight} reads at once`);
    assert.deepEqual([...index.articles.keys()], names.filter((_, i) => i % 3 !== 0));
    assert.deepEqual(index.problems.map((p) => p.path), names.filter((_, i) => i % 3 === 0));
  });

  it('a directory that cannot be listed is a problem, not a crash', async () => {
    const fs = new MemoryFileSystem({ 'a.txt': 'Дональд Трамп.' });
    fs.readDirectory = async () => {
      throw new Error('permission denied');
    };
    const index = await indexCorpus(fs);
    assert.equal(index.articles.size, 0);
    assert.match(index.problems[0].message, /permission denied/);
  });
});

describe('pipeline with corpus.yaml', () => {
  const articles = {
    'a.txt': 'Спецпосланник Стив Уиткофф прибыл в Париж. Там Уиткофф встретился с Джаредом Кушнером.',
    'b.txt': 'Стивен Виткофф и Джаред Кушнер провели переговоры.',
  };

  it('applies the corrections on indexing', async () => {
    const yaml = 'rename:\n  Стив Уиткофф: Steve Witkoff\nignore: [Джаред Кушнер]\n';
    const index = await indexCorpus(new MemoryFileSystem({ ...articles, 'corpus.yaml': yaml }));
    assert.deepEqual(index.entitiesOfType('PER').map((e) => e.name), ['Steve Witkoff']);
    assert.deepEqual(index.problems, []);
  });

  it('indexes everything when corpus.yaml is broken, and says where', async () => {
    const index = await indexCorpus(new MemoryFileSystem({ ...articles, 'corpus.yaml': 'rename: [oops\n' }));
    assert.equal(index.entitiesOfType('PER').length, 2);
    assert.equal(index.problems[0].path, 'corpus.yaml');
    assert.ok(index.problems[0].line);
  });
});
