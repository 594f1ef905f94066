import * as assert from 'node:assert/strict';
import { parseArticle } from '../../src/core/article';
import { lowercaseWords } from '../../src/core/text/lowercaseWords';

describe('lowercaseWords: the words an article writes in lowercase, once per article', () => {
  const rows: [string, string[]][] = [
    ['Вакцина прибыла. Новая вакцина, 5 доз.', ['вакцина', 'прибыла', 'доз']],
    ['НАТО и ЕС: п’ять країн', ['и', 'п’ять', 'країн']],
    ['Nord Stream', []],
  ];
  for (const [text, expected] of rows) {
    it(text, () => {
      const article = parseArticle('a.txt', text);
      assert.deepEqual([...lowercaseWords(article)].sort(), [...expected].sort());
      assert.equal(lowercaseWords(article), lowercaseWords(article), 'the second call reads the first one');
    });
  }
});
