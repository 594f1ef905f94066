import { strict as assert } from 'node:assert';
import { parseArticle } from '../../src/core/article';
import { insideQuotedName } from '../../src/core/text/quotes';

describe('quotes: capitalized words inside a quoted name', () => {
  // [text, the words asked about, expected]
  const rows: [string, string, boolean][] = [
    ['с "ОМВ Газ Маркетинг Трейдинг энд Финанс Б.В.", и другими', 'Маркетинг Трейдинг', true],
    ['компания «Johnson & Johnson Medical» сообщила', 'Johnson Medical', true],
    ['газета «Новая Газета» пишет', 'Новая Газета', true],
    // Speech: an ordinary lowercase word in the quotes.
    ['«Мы встретились с Иваном Петровым вчера», сказал он', 'Иваном Петровым', false],
    ['сказал Иван Петров вчера', 'Иван Петров', false],
    // Mismatched marks are no pair.
    ['«Газ Маркетинг Трейдинг" и', 'Маркетинг Трейдинг', false],
  ];
  for (const [text, words, expected] of rows) {
    it(`${text} — ${words}: ${expected}`, () => {
      const { tokens } = parseArticle('q.txt', text);
      const parts = words.split(' ');
      const first = tokens.findIndex((_, k) => parts.every((w, j) => tokens[k + j]?.text === w));
      assert.ok(first >= 0, words);
      assert.equal(insideQuotedName(tokens, first, first + parts.length - 1), expected);
    });
  }
});
