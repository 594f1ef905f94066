import * as assert from 'node:assert/strict';
import { parseArticle } from '../../src/core/article';
import { lowercaseWords, writtenInLowercase } from '../../src/core/text/lowercaseWords';

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

describe('writtenInLowercase: the same answer as word === word.toLowerCase(), without the copy', () => {
  const words = ['заявил', 'Заявил', 'ЗАЯВИЛ', 'ёлка', 'Ёлка', 'її', 'Її', 'ґанок', 'Ґанок', 'єдність', 'Єдність', 'іспит', 'Іспит', "м'ясо", 'ryanair', 'Ryanair', 'covid-19', 'COVID-19', 'zürich', 'Zürich', 'straße', 'İstanbul', 'σοφία', 'Σοφία', 'ΟΔΟΣ', 'ǅemal', 'а1б', 'Ѣ', 'ѣ', ''];
  for (const word of words) {
    it(JSON.stringify(word), () => assert.equal(writtenInLowercase(word), word === word.toLowerCase()));
  }
});
