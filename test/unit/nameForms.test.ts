import * as assert from 'node:assert/strict';
import { type Case, firstNameForms, patronymicLemma, surnameCandidates } from '../../src/core/names/nameForms';
import { nameKey } from '../../src/core/names/nameKey';
import { lookupFirstName } from '../../src/core/names/firstNames';

describe('first-name forms', () => {
  const cases: [string, 'm' | 'f', string, Case][] = [
    ['Стив', 'm', 'Стива', 'gen'],
    ['Стивен', 'm', 'Стивеном', 'ins'],
    ['Джош', 'm', 'Джошем', 'ins'],
    ['Сергей', 'm', 'Сергея', 'gen'],
    ['Сергій', 'm', 'Сергієм', 'ins'],
    ['Игорь', 'm', 'Игорем', 'ins'],
    ['Кирило', 'm', 'Кирила', 'gen'],
    ['Юлия', 'f', 'Юлией', 'ins'],
    ['Юлія', 'f', 'Юлії', 'gen'],
    ['Анна', 'f', 'Анну', 'acc'],
    ['Ольга', 'f', 'Ольги', 'gen'],
    ['Никита', 'm', 'Никитой', 'ins'],
    // A fleeting vowel: Павел → Павлом, Лев → Льва, Пётр → Петра.
    ['Павел', 'm', 'Павлом', 'ins'],
    ['Лев', 'm', 'Льва', 'gen'],
    ['Пётр', 'm', 'Петру', 'dat'],
    // Ukrainian: Ігор declines soft, velar a-stems soften (Іванці, Ользі), soft a-stems' genitive in -і, vocatives.
    ['Ігор', 'm', 'Ігоря', 'gen'],
    ['Ігор', 'm', 'Ігорем', 'ins'],
    ['Іванка', 'f', 'Іванці', 'dat'],
    ['Ольга', 'f', 'Ользі', 'loc'],
    ['Яся', 'f', 'Ясі', 'gen'],
    ['Галя', 'f', 'Галю', 'voc'],
    ['Оленка', 'f', 'Оленко', 'voc'],
    ['Зеньо', 'm', 'Зеня', 'gen'],
  ];
  for (const [name, gender, form, expected] of cases) {
    it(`${name} has the form ${form} (${expected})`, () => {
      assert.ok(firstNameForms(name, gender).get(form)?.includes(expected));
    });
  }
  it('foreign feminine names in a consonant do not decline', () => {
    assert.deepEqual([...firstNameForms('Урсула', 'f').keys()].includes('Урсулы'), true);
    assert.deepEqual([...firstNameForms('Кэтрин', 'f').keys()], ['Кэтрин']);
  });
  it('looks up forms of either language in any case', () => {
    assert.equal(lookupFirstName('Стівом')[0]?.lemma, 'Стів');
    assert.equal(lookupFirstName('Кирилл')[0]?.group, lookupFirstName('Кирило')[0]?.group);
    assert.equal(lookupFirstName('Президент').length, 0);
  });
  it('knows familiar forms as names of their own (Сашко, Оленку, Толі)', () => {
    assert.equal(lookupFirstName('Сашко')[0]?.lemma, 'Сашко');
    assert.equal(lookupFirstName('Оленку')[0]?.lemma, 'Оленка');
    assert.equal(lookupFirstName('Толі')[0]?.lemma, 'Толя');
    assert.equal(lookupFirstName('Наталю')[0]?.group, lookupFirstName('Наталія')[0]?.group);
    assert.notEqual(lookupFirstName('Сашко')[0]?.group, lookupFirstName('Олександр')[0]?.group);
  });
});

describe('surname candidates', () => {
  const cases: [string, Case[] | undefined, string][] = [
    ['Уиткоффа', ['gen', 'acc'], 'Уиткофф'],
    ['Уиткоффом', ['ins'], 'Уиткофф'],
    ['Віткоффом', ['ins'], 'Віткофф'],
    ['Зеленскому', ['dat'], 'Зеленский'],
    ['Зеленським', ['ins'], 'Зеленський'],
    ['Зеленским', undefined, 'Зеленский'],
    ['Будановым', ['ins'], 'Буданов'],
    ['Будановим', ['ins'], 'Буданов'],
    ['Умєрова', ['gen'], 'Умєров'],
    ['Кушнером', undefined, 'Кушнер'],
    ['Трампа', undefined, 'Трамп'],
    ['Груенбаумом', ['ins'], 'Груенбаум'],
    ['Кислицы', ['gen'], 'Кислица'],
    ['Кислиці', ['gen'], 'Кислиця'],
    ['Арахамії', ['gen'], 'Арахамія'],
    ['Шевченко', ['gen'], 'Шевченко'],
    ['Туск', ['nom'], 'Туск'],
    ['Шмигалем', ['ins'], 'Шмигал'],
  ];
  for (const [form, cases_, expected] of cases) {
    it(`${form} → ${expected}`, () => {
      assert.ok(surnameCandidates(form, cases_).includes(expected), surnameCandidates(form, cases_).join(', '));
    });
  }
  it('answers a form asked again with the same list, unchanged by what the caller reads', () => {
    const first = surnameCandidates('Трампа');
    assert.equal(surnameCandidates('Трампа'), first);
    assert.deepEqual(first, ['Трамп', 'Трампа']);
    assert.ok(Object.isFrozen(first), 'the cached list is shared, so it is frozen');
  });
  it('ranks the stripped ending first when the case is known', () => {
    assert.equal(surnameCandidates('Уиткоффом', ['ins'])[0], 'Уиткофф');
    assert.equal(surnameCandidates('Зеленскому', ['dat'])[0], 'Зеленский');
  });
  it('keeps Italian -чи/-ци surnames as written, and still reads -ки/-ши genitives', () => {
    for (const [form, best] of [
      ['Фаучи', 'Фаучи'],
      ['Гуччи', 'Гуччи'],
      ['Пацци', 'Пацци'],
      ['Кулики', 'Кулика'],
      ['Петровы', 'Петрова'],
    ] as const) assert.equal(surnameCandidates(form)[0], best, form);
  });
  it('keeps Polish -ски/-цки and vowel-final foreign surnames as written, and writes и after velars', () => {
    for (const [form, cases_, best] of [
      ['Розански', undefined, 'Розански'],
      ['Качиньски', undefined, 'Качиньски'],
      ['Долгорукому', ['dat'], 'Долгорукий'],
      ['Жуковского', ['gen'], 'Жуковский'],
      ['Толстого', ['gen'], 'Толстый'],
      // After a vowel a case ending is no case ending: a foreign name that does not decline.
      ['Беллоу', ['gen', 'acc'], 'Беллоу'],
      ['Шоу', undefined, 'Шоу'],
      ['Кислицу', ['acc'], 'Кислица'],
    ] as const) assert.equal(surnameCandidates(form, cases_)[0], best, form);
  });
  it('reads patronymics', () => {
    assert.equal(patronymicLemma('Владимировича'), 'Владимирович');
    assert.equal(patronymicLemma('Олександрівни'), 'Олександрівна');
    assert.equal(patronymicLemma('Зеленский'), undefined);
  });
});

describe('surname candidates: the first one', () => {
  // A soft sign never follows a vowel: after и/і the nominative ends in -й.
  const cases: [string, Case[], string][] = [
    ['Цельсию', ['dat'], 'Цельсий'],
    ['Цельсія', ['gen'], 'Цельсій'],
    ['Гоголю', ['dat'], 'Гоголь'],
    ['Гоголя', ['gen'], 'Гоголь'],
  ];
  for (const [form, cases_, expected] of cases) {
    it(`${form} → ${expected}`, () => assert.equal(surnameCandidates(form, cases_)[0], expected));
  }
});

describe('name keys', () => {
  const same: [string, string][] = [
    ['Виткофф', 'Уиткофф'],
    ['Виткофф', 'Віткофф'],
    ['Грюнбаум', 'Груенбаум'],
    ['Умеров', 'Умєров'],
    ['Кислица', 'Кислиця'],
  ];
  for (const [a, b] of same) it(`${a} = ${b}`, () => assert.equal(nameKey(a), nameKey(b)));
  const different: [string, string][] = [
    ['Трамп', 'Туск'],
    ['Буданов', 'Умеров'],
  ];
  for (const [a, b] of different) it(`${a} ≠ ${b}`, () => assert.notEqual(nameKey(a), nameKey(b)));
});
