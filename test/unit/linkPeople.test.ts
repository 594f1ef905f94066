// Linking surnames used alone: a transliteration variant the same article names in full, a name whose first
// word no list knows, initials that agree with it — and never two people with different surnames.
import * as assert from 'node:assert/strict';
import type { PersonMention } from '../../src/core/extract/people';
import { linkPeople, vowelVariant } from '../../src/core/link/people';
import { nameKey } from '../../src/core/names/nameKey';

describe('link: vowel variants of one surname key', () => {
  const rows: [string, string, boolean][] = [
    ['Поллочек', 'Поллочик', true],
    ['Малук', 'Мулук', true],
    ['Иванов', 'Иванова', false], // a final vowel tells a woman's surname or a case
    ['Иванов', 'Ивасов', false], // a consonant differs: another name
    ['Путин', 'Путин', false],
    ['Кан', 'Кун', false], // too short to tell
  ];
  for (const [a, b, expected] of rows) it(`${a} / ${b}`, () => assert.equal(vowelVariant(nameKey(a), nameKey(b)), expected));
});

/** A mention of `doc` at `start`; `first` gives a known first name's lemma and group. */
function mention(doc: string, start: number, text: string, lemma: string, surname: string, extra: Partial<PersonMention> = {}): PersonMention {
  return { doc, start, end: start + text.length, text, lemma, surname, ...extra };
}

function entities(mentions: PersonMention[]): string[][] {
  const linked = linkPeople(mentions, () => 'ru');
  const groups = new Map<string, string[]>();
  linked.mentions.forEach((m) => groups.set(m.entity!, [...(groups.get(m.entity!) ?? []), m.text]));
  return [...groups.values()];
}

describe('link: surnames alone', () => {
  it('joins a vowel variant to the person the same article names in full', () => {
    const groups = entities([
      mention('a', 0, 'Дирк Поллочек', 'Дирк Поллочек', 'Поллочек', { first: { lemma: 'Дирк', group: 900 } }),
      mention('a', 40, 'Поллочика', 'Поллочик', 'Поллочик'),
      mention('b', 0, 'Поллочика', 'Поллочик', 'Поллочик'), // another article names no Поллочек
    ]);
    assert.deepEqual(groups, [['Дирк Поллочек', 'Поллочика'], ['Поллочика']]);
  });
  it('joins the first word of a name no list knows to that name', () => {
    const groups = entities([mention('a', 0, 'Асия Биби', 'Асия Биби', 'Биби'), mention('b', 0, 'Асии', 'Асия', 'Асия'), mention('b', 10, 'Биби', 'Биби', 'Биби')]);
    assert.deepEqual(groups, [['Асия Биби', 'Асии', 'Биби']]);
  });
  it('joins initials to a name no list knows when the initial agrees', () => {
    const groups = entities([
      mention('a', 0, 'Саулюс Сквярнялис', 'Саулюс Сквярнялис', 'Сквярнялис'),
      mention('b', 0, 'С. Сквярнялис', 'С. Сквярнялис', 'Сквярнялис', { initials: 'С.' }),
      mention('b', 20, 'Т. Сквярнялис', 'Т. Сквярнялис', 'Сквярнялис', { initials: 'Т.' }),
    ]);
    assert.deepEqual(groups, [['Саулюс Сквярнялис', 'С. Сквярнялис'], ['Т. Сквярнялис']]);
  });
});

describe('link: a first name alone', () => {
  const andrii = { lemma: 'Андрій', group: 901 };
  it('joins the one person its article names with it', () => {
    const groups = entities([mention('a', 0, 'Андрій Сенченко', 'Андрій Сенченко', 'Сенченко', { first: andrii }), mention('a', 40, 'Андрій', 'Андрій', '', { first: andrii })]);
    assert.deepEqual(groups, [['Андрій Сенченко', 'Андрій']]);
  });
  it('stays in its article when the corpus gives the name with surnames; of two candidates it joins the nearest before it', () => {
    const groups = entities([
      mention('a', 0, 'Андрій Сенченко', 'Андрій Сенченко', 'Сенченко', { first: andrii }),
      mention('a', 20, 'Андрій Задерейко', 'Андрій Задерейко', 'Задерейко', { first: andrii }),
      mention('a', 40, 'Андрій', 'Андрій', '', { first: andrii }),
      mention('b', 0, 'Андрій Іванчук', 'Андрій Іванчук', 'Іванчук', { first: andrii }),
      mention('c', 0, 'Андрій', 'Андрій', '', { first: andrii }),
      mention('d', 0, 'Андрій', 'Андрій', '', { first: andrii }),
      mention('e', 0, 'Андрій Курков', 'Андрій Курков', 'Курков', { first: andrii }),
    ]);
    assert.deepEqual(groups, [['Андрій Сенченко'], ['Андрій Задерейко', 'Андрій'], ['Андрій Іванчук'], ['Андрій'], ['Андрій'], ['Андрій Курков']]);
  });
  it('is one person across articles when the corpus uses the name mostly alone (Мухаммед)', () => {
    const prophet = { lemma: 'Мухаммед', group: 902 };
    const groups = entities([
      mention('a', 0, 'Мухаммед', 'Мухаммед', '', { first: prophet }),
      mention('b', 0, 'Мухаммед', 'Мухаммед', '', { first: prophet }),
      mention('c', 0, 'Мухаммед Юсуф', 'Мухаммед Юсуф', 'Юсуф', { first: prophet }),
      mention('d', 0, 'Мухаммед', 'Мухаммед', '', { first: prophet }),
    ]);
    assert.deepEqual(groups, [['Мухаммед', 'Мухаммед', 'Мухаммед'], ['Мухаммед Юсуф']]);
  });
  const first = { lemma: 'Мухаммед', group: 901 };
  const full = (doc: string): PersonMention => mention(doc, 0, 'Мухаммед Кадри', 'Мухаммед Кадри', 'Кадри', { first });
  const alone = (doc: string): PersonMention => mention(doc, 50, 'Мухаммеда', 'Мухаммед', '', { first });
  it('joins the person its article names in full when the corpus uses it mostly that way', () => {
    const groups = entities([full('a'), alone('a'), full('b'), alone('b'), alone('c')]);
    assert.deepEqual(groups, [['Мухаммед Кадри', 'Мухаммеда', 'Мухаммед Кадри', 'Мухаммеда'], ['Мухаммеда']]);
  });
  it('is a person of its own when the corpus mostly uses it alone (пророк Мухаммед)', () => {
    const groups = entities([full('a'), alone('a'), alone('b'), alone('c'), alone('d')]);
    assert.deepEqual(groups, [['Мухаммед Кадри'], ['Мухаммеда', 'Мухаммеда', 'Мухаммеда', 'Мухаммеда']]);
  });
});

describe('link: transliterations that differ in a consonant\'s voicing', () => {
  const first = { lemma: 'Салман', group: 902 };
  const named = (doc: string, surname: string): PersonMention => mention(doc, 0, `Салман ${surname}`, `Салман ${surname}`, surname, { first });
  it('the smaller joins a person at least twice its size', () => {
    const groups = entities([named('a', 'Тасир'), named('b', 'Тасир'), named('c', 'Тазир')]);
    assert.deepEqual(groups, [['Салман Тасир', 'Салман Тасир', 'Салман Тазир']]);
  });
  it('two people of one size, or with other first names, stay apart', () => {
    assert.equal(entities([named('a', 'Тасир'), named('c', 'Тазир')]).length, 2);
    const other = mention('c', 0, 'Иван Тазир', 'Иван Тазир', 'Тазир', { first: { lemma: 'Иван', group: 903 } });
    assert.equal(entities([named('a', 'Тасир'), named('b', 'Тасир'), other]).length, 2);
  });
});

describe('link: a name whose first word no list knows', () => {
  it('joins no one named with another first name', () => {
    const mumtaz = (doc: string): PersonMention => mention(doc, 0, 'Мумтаз Кадри', 'Мумтаз Кадри', 'Кадри', { first: { lemma: 'Мумтаз', group: 904 } });
    const groups = entities([mumtaz('a'), mumtaz('b'), mention('c', 0, 'Нур-уль-Хак Кадри', 'Нур-уль-Хак Кадри', 'Кадри')]);
    assert.deepEqual(groups, [['Мумтаз Кадри', 'Мумтаз Кадри'], ['Нур-уль-Хак Кадри']]);
  });
});
