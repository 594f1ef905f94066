import * as assert from 'node:assert/strict';
import { parseArticle } from '../../src/core/article';
import { findNamedPeople } from '../../src/core/extract/people';
import { foldCase, foldedTokens } from '../../src/core/text/fold';

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

describe('foldedTokens: every token folded once per article', () => {
  const texts = ['Семён Мар’яна в Києві.', 'ЗАЯВИЛ МИД РОССИИ: Ёлки, П`ять ОДΟΣ.', 'Верховная Рада Украины'];
  for (const text of texts) {
    it(text, () => {
      const { tokens } = parseArticle('a.txt', text);
      const folded = foldedTokens(tokens);
      assert.deepEqual(folded, tokens.map((t) => foldCase(t.text)));
      assert.equal(foldedTokens(tokens), folded, 'the second call reads the first one');
      // matchKnown joins the folded words for its gazetteer keys: that must be the fold of the joined words.
      assert.equal(folded.join(' '), foldCase(tokens.map((t) => t.text).join(' ')));
    });
  }
  it('articles asked in turn each get their own folding (the last one is kept apart from the map)', () => {
    const [a, b] = texts.map((text) => parseArticle('a.txt', text).tokens);
    const foldedA = foldedTokens(a);
    const foldedB = foldedTokens(b);
    assert.equal(foldedTokens(a), foldedA);
    assert.equal(foldedTokens(b), foldedB);
    assert.deepEqual(foldedB, b.map((t) => foldCase(t.text)));
  });
});
