// A name restated in one breath (in brackets, or after "известная как") is one person with the name it restates,
// in every article of the corpus.
import * as assert from 'node:assert/strict';
import { parseArticle } from '../../src/core/article';
import { buildIndex } from '../../src/core/pipeline';

/** The people of a corpus of articles, each as its sorted mention texts. */
function people(texts: string[]): string[][] {
  const index = buildIndex(texts.map((text, n) => parseArticle(`${n}.txt`, text)));
  const people = [...index.entities.values()].filter((e) => e.type === 'PER');
  return people.map((e) => index.mentionsOf(e.id).map((m) => m.text).sort((a, b) => a.localeCompare(b))).sort((a, b) => a[0].localeCompare(b[0]));
}

describe('link: names restated in one breath', () => {
  it('a bracketed full name with "настоящее имя" joins the person it restates, in other articles too', () => {
    const groups = people(['Вчера Асия Биби (настоящее имя Асия Норин) покинула страну.', 'Суд оправдал Асию Норин вчера.']);
    assert.deepEqual(groups, [['Асию Норин', 'Асия Биби', 'Асия Норин']]);
  });

  it('a bracketed surname alone joins the person it restates', () => {
    const groups = people(['Вчера Асия Биби (Норин) покинула страну.', 'По обвинению соседок, Асия Норин допустила оскорбления.']);
    assert.deepEqual(groups, [['Асия Биби', 'Асия Норин', 'Норин']]);
  });

  it('"известная как" joins the two names', () => {
    const groups = people(['Писатель Алексей Пешков, известный как Максим Горький, родился в Нижнем Новгороде.', 'Об этом писал Максим Горький.']);
    assert.deepEqual(groups, [['Алексей Пешков', 'Максим Горький', 'Максим Горький']]);
  });

  it('two people side by side, or a place in brackets, stay apart', () => {
    const groups = people(['На встрече были Иван Петров и Сергей Сидоров (Москва).']);
    assert.deepEqual(groups, [['Иван Петров'], ['Сергей Сидоров']]);
  });
});
