import * as assert from 'node:assert/strict';
import { parseArticle } from '../../src/core/article';
import { findNamedPeople } from '../../src/core/extract/people';
import { foldCase } from '../../src/core/text/fold';

describe('foldCase', () => {
  const cases: { text: string; expected: string }[] = [
    { text: 'Семён', expected: 'семен' },
    { text: "Мар'яна", expected: "мар'яна" },
    { text: 'Мар’яна', expected: "мар'яна" },
    { text: 'Марʼяна', expected: "мар'яна" },
    { text: 'П`ять', expected: "п'ять" },
  ];
  for (const { text, expected } of cases) {
    it(text, () => {
      assert.equal(foldCase(text), expected);
      assert.equal(foldCase(text).length, text.length, 'offsets survive folding');
    });
  }
});

describe('a first name is known whatever apostrophe it is written with', () => {
  for (const name of ["Мар'яна", 'Мар’яна', 'Марʼяна']) {
    it(name, () => {
      const text = `Про це заявила ${name} Петрук у Києві.`;
      const found = findNamedPeople(parseArticle('a.txt', text)).map((m) => text.slice(m.start, m.end));
      assert.deepEqual(found, [`${name} Петрук`]);
    });
  }
});
