import * as assert from 'node:assert/strict';
import { parseArticle } from '../../src/core/article';
import { findBareSurnames, findNamedPeople } from '../../src/core/extract/people';
import { surnameLexicon } from '../../src/core/link/reconcileNames';
import { placeOfAdjective } from '../../src/core/names/placeAdjectives';

describe('place adjectives', () => {
  const rows: [string, string | undefined][] = [
    ['Київської', 'київ'],
    ['Чернівецького', 'чернівці'],
    ['Хмельницької', 'хмельницький'],
    ['Донецької', 'донецьк'],
    ['Одеської', 'одеса'],
    ['Вінницької', 'вінниця'],
    ['Рівненської', 'рівне'],
    ['Коломойського', undefined],
    ['Зеленського', undefined],
  ];
  for (const [word, place] of rows) it(`${word} → ${place}`, () => assert.equal(placeOfAdjective(word), place));

  /** Bare surnames of `text` when another article named `known` in full. */
  const bare = (known: string, text: string): string[] => {
    const named = findNamedPeople(parseArticle('b.txt', known));
    const article = parseArticle('a.txt', text);
    const own = findNamedPeople(article);
    return findBareSurnames(article, surnameLexicon([...named, ...own]), own).map((m) => m.text);
  };
  it('a surname the corpus knows is no person where it is a place adjective in an article not naming its bearer', () => {
    assert.deepEqual(bare('Про це сказав Богдан Хмельницький.', 'Учасники з Хмельницької області приїхали. Вони виступили.'), []);
  });
  it('it is the person where the article names its bearer', () => {
    assert.deepEqual(bare('Про це сказав Богдан Хмельницький.', 'Гетьман Богдан Хмельницький прибув. Військо Хмельницького стояло.'), ['Хмельницького']);
  });
});
