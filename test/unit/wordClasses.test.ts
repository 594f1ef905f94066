import * as assert from 'node:assert/strict';
import { parseArticle } from '../../src/core/article';
import { WordClasses } from '../../src/core/extract/wordClasses';

describe('WordClasses: the word lists each token is in, one lookup per token', () => {
  const STREET = 1;
  const PLACE = 2;
  const classes = new WordClasses().add(['улица', 'улице', 'город'], STREET).add(['город', 'городе'], PLACE);
  it('a word in two lists has both bits; a word in none has none', () => {
    assert.equal(classes.of('город'), STREET | PLACE);
    assert.equal(classes.of('улице'), STREET);
    assert.equal(classes.of('дом'), 0);
  });
  it('tokens are read folded (case, ё), in their order', () => {
    const { tokens } = parseArticle('a.txt', 'В Городе на УЛИЦЕ Ёлки.');
    const bits = classes.ofTokens(tokens);
    assert.deepEqual([...bits], tokens.map((t) => classes.of(t.text.toLowerCase())));
    assert.equal(bits[tokens.findIndex((t) => t.text === 'Городе')], PLACE);
    assert.equal(bits[tokens.findIndex((t) => t.text === 'УЛИЦЕ')], STREET);
  });
  it('articles asked in turn each get their own classes', () => {
    const a = parseArticle('a.txt', 'город улица').tokens;
    const b = parseArticle('b.txt', 'дом город').tokens;
    const bitsA = classes.ofTokens(a);
    assert.deepEqual([...classes.ofTokens(b)], [0, STREET | PLACE]);
    assert.deepEqual([...classes.ofTokens(a)], [...bitsA]);
    assert.equal(classes.ofTokens(a), classes.ofTokens(a), 'the second call for one article reads the first');
  });
});
