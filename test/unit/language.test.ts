import * as assert from 'node:assert/strict';
import type { Lang } from '../../src/core/types';
import { detectLanguage } from '../../src/core/text/language';
import { seededRandom } from '../../src/core/util/seededRandom';

describe('detectLanguage', () => {
  const cases: { name: string; text: string; expected: Lang }[] = [
    { name: 'Russian with ы/э letters', text: 'Президент заявил, что эти выборы были честными.', expected: 'ru' },
    { name: 'Russian with ё and ъ', text: 'Объявление ещё не опубликовано.', expected: 'ru' },
    { name: 'Russian without ы э ъ ё (function words only)', text: 'Он сказал, что придет к нам после обеда.', expected: 'ru' },
    { name: 'Ukrainian with і ї є', text: 'Президент заявив, що зустріч відбулася в Парижі.', expected: 'uk' },
    { name: 'Ukrainian with ґ', text: 'Ґудзик загубився.', expected: 'uk' },
    { name: 'Ukrainian without і ї є (function words only)', text: 'Це було у понеділок, як ми говорили про це.', expected: 'uk' },
    { name: 'Ukrainian apostrophe word without і ї є', text: "Мар'яна сказала, що прийде до нас.", expected: 'uk' },
    { name: 'Ukrainian modifier-letter apostrophe', text: 'Сімʼя мовчала.', expected: 'uk' },
    {
      name: 'Russian article quoting a Ukrainian sentence',
      text: 'Президент заявил журналистам, что это было непросто и что переговоры продолжатся. «Ми готові», — сказал он.',
      expected: 'ru',
    },
    {
      name: 'Ukrainian article quoting a Russian sentence',
      text: 'Речник заявив, що переговори тривають і що делегації зустрінуться знову. «Мы готовы», — сказав він.',
      expected: 'uk',
    },
    { name: 'Ukrainian with Latin names and numbers', text: 'За даними Reuters, 27 лідерів приїдуть до Парижа.', expected: 'uk' },
    { name: 'empty text defaults to ru', text: '', expected: 'ru' },
    { name: 'no Cyrillic evidence defaults to ru', text: 'Reuters 2026 COVID-19', expected: 'ru' },
    { name: 'a tie defaults to ru', text: 'що что', expected: 'ru' },
    { name: 'capitals count like lowercase', text: 'ЩО ЦЕ БУЛО?', expected: 'uk' },
  ];
  for (const { name, text, expected } of cases) {
    it(name, () => assert.equal(detectLanguage(text), expected));
  }
});

describe('detectLanguage over stretches of a text', () => {
  const text = "Це було так, як ми говорили. Он сказал, что эти выборы были честными, п'ять.";
  const joined = (spans: { start: number; end: number }[]): string => spans.map((s) => text.slice(s.start, s.end)).join('\n');

  it('votes only over the stretches', () => {
    assert.equal(detectLanguage(text, [{ start: 0, end: 28 }]), 'uk');
    assert.equal(detectLanguage(text), 'ru');
  });

  it('votes as over the stretches joined by line breaks: no word runs on past a stretch', () => {
    const cut = text.indexOf("'");
    // `п` + `'ять` would be a Ukrainian apostrophe word.
    for (const spans of [[{ start: 0, end: 28 }, { start: 29, end: cut }, { start: cut, end: text.length }], [{ start: 0, end: text.length }]]) {
      assert.equal(detectLanguage(text, spans), detectLanguage(joined(spans)), JSON.stringify(spans));
    }
  });
});

describe('detectLanguage: function words counted without copying words out', () => {
  // The reading the scan replaced: each Cyrillic word of up to eight characters copied out, lowercased and looked up.
  const UK_WORDS = new Set(['що', 'це', 'від', 'який', 'яка', 'які', 'та', 'і', 'й', 'у', 'як', 'до', 'після', 'про', 'його', 'її', 'також', 'було', 'був', 'була', 'з', 'із', 'зі', 'але', 'щоб', 'вже', 'ще', 'він', 'вона', 'вони', 'ми', 'ця', 'цей', 'ці', 'коли']);
  const RU_WORDS = new Set(['что', 'это', 'от', 'который', 'которая', 'которые', 'и', 'в', 'как', 'после', 'о', 'его', 'её', 'ее', 'также', 'было', 'был', 'была', 'с', 'со', 'из', 'но', 'чтобы', 'ещё', 'еще', 'он', 'она', 'они', 'мы', 'эта', 'этот', 'эти', 'когда']);
  const reference = (text: string): Lang => {
    let uk = 0;
    let ru = 0;
    for (const m of text.matchAll(/[\u0400-\u052f]+(?:['’ʼ][\u0400-\u052f]+)*/gu)) {
      const word = m[0];
      if (/['’ʼ]|[іїєґІЇЄҐ]/u.test(word)) uk++;
      if (/[ыэъёЫЭЪЁ]/u.test(word)) ru++;
      if (word.length <= 8 && UK_WORDS.has(word.toLowerCase())) uk++;
      if (word.length <= 8 && RU_WORDS.has(word.toLowerCase())) ru++;
    }
    return uk > ru ? 'uk' : 'ru';
  };

  it('decides as the copied words decide, on random mixes of function words in any case, near ties included', () => {
    const words = [...UK_WORDS, ...RU_WORDS, 'ЩО', 'Що', 'ЧТО', 'Её', 'ЕЩЁ', 'Ѐще', 'ЇЇ', 'которыех', 'Которые', 'поясняли', 'дом', 'дім', "п'ять", 'сімʼя', 'Ӏи', 'ѳо', 'ne', 'що2', 'тaк'];
    const random = seededRandom(5);
    for (let n = 0; n < 3000; n++) {
      const count = 1 + Math.floor(random() * 6);
      const text = Array.from({ length: count }, () => words[Math.floor(random() * words.length)]).join(random() < 0.5 ? ' ' : ', ');
      assert.equal(detectLanguage(text), reference(text), text);
    }
  });
});
