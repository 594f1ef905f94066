// opensLowercase answers the matchers' capital tests for most words from the first code: wherever it says a word
// opens lowercase, no pattern of an uppercase first letter may match it.
import * as assert from 'node:assert/strict';
import { opensLowercase } from '../../src/core/text/letterCase';

describe('opensLowercase', () => {
  it('says so only of words that open with no uppercase letter, for every character of the Basic Multilingual Plane', () => {
    for (let c = 0; c < 0x10000; c++) {
      const word = `${String.fromCharCode(c)}x`;
      if (opensLowercase(word)) assert.ok(!/^\p{Lu}/u.test(word), `U+${c.toString(16)}`);
    }
  });

  it('knows the lowercase letters of Russian, Ukrainian and English', () => {
    for (const word of ['абвгдеёжзийклмнопрстуфхцчшщъыьэюя', 'ґєії', 'abcxyz', 'ё', 'ї', 'ґ']) {
      for (const letter of word) assert.ok(opensLowercase(letter), letter);
    }
    for (const word of ['Москва', 'Ґалаґан', 'Їжак', 'Ryanair', '7', '«', '', 'éclair']) assert.equal(opensLowercase(word), false, word);
  });
});
