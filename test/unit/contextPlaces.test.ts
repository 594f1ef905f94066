import * as assert from 'node:assert/strict';
import { parseArticle } from '../../src/core/article';
import { stemKey } from '../../src/core/extract/contextPlaces';
import { findPlacesOrgs } from '../../src/core/extract/placesOrgs';

/** [text, the LOC mentions found, as "surface|lemma"]. */
type Row = [string, string[]];

function places(text: string): string[] {
  return findPlacesOrgs(parseArticle('a.txt', text))
    .filter((m) => m.type === 'LOC')
    .map((m) => `${m.text}|${m.lemma}`);
}

function table(title: string, rows: Row[]): void {
  describe(title, () => {
    for (const [text, expected] of rows) it(text, () => assert.deepEqual(places(text), expected));
  });
}

table('a capitalized noun in the locative after в/у/на (под/під: the instrumental) is a place', [
  ['Навчання живопису в Петриківці починається у дитячому садку.', ['Петриківці|Петриківці']],
  ['Нелегальних копанок тільки в Шахтарську близько тисячі.', ['Шахтарську|Шахтарську']],
  ['Він народився у Врадіївці і жив на Поділлі.', ['Врадіївці|Врадіївці', 'Поділлі|Поділлі']],
  ['Ярмарок пройшов у Коломиї.', ['Коломиї|Коломиї']],
  ['Армія стояла під Зборовом.', ['Зборовом|Зборовом']],
  ['Завод построили в Урюпинске.', ['Урюпинске|Урюпинске']],
  ['Бои шли под Урюпинском.', ['Урюпинском|Урюпинском']],
]);

table('… but not a first name, a common or institution noun, an adjective, a company or one word of a longer name', [
  ['Щось змінилося в Олені того дня.', []],
  ['Про це писали в Інтернеті та у Положенні.', []],
  ['Засідання відбулося в Міністерстві.', []],
  ['Свято у Великій родині.', []],
  ['Проверка в Росздравнадзоре и у Росздравнадзорі.', []],
  ['Вони жили в Новому Світі.', []],
  ['Він працює в Мережі, бо мережа — це все.', []],
]);

describe('stemKey: the forms of one unknown place share a stem', () => {
  const rows: [string, string][] = [
    ['Петриківці', 'Петриківка'],
    ['Шахтарську', 'Шахтарськ'],
    ['Коломиї', 'Коломия'],
    ['Урюпинске', 'Урюпинск'],
  ];
  for (const [a, b] of rows) it(`${a} ~ ${b}`, () => assert.equal(stemKey(a), stemKey(b)));
});
