import * as assert from 'node:assert/strict';
import { parseArticle } from '../../src/core/article';
import { findPlacesOrgs } from '../../src/core/extract/placesOrgs';

/** [text, expected mentions as "surface|TYPE|lemma"]. */
type Row = [string, string[]];

function found(text: string): string[] {
  return findPlacesOrgs(parseArticle('a.txt', text)).map((m) => `${m.text}|${m.type}|${m.lemma}`);
}

function table(title: string, rows: Row[]): void {
  describe(title, () => {
    for (const [text, expected] of rows) it(text, () => assert.deepEqual(found(text), expected));
  });
}

table('institutions: councils, courts and administrations with their adjectives', [
  ['Депутати Одеської міськради проголосували.', ['Одеської міськради|ORG|Одеська міськрада']],
  ['Вищий госпсуд залишив рішення в силі.', ['Вищий госпсуд|ORG|Вищий госпсуд']],
  ['Рабочие Запорожского автомобилестроительного завода бастуют.', ['Запорожского автомобилестроительного завода|ORG|Запорожский автомобилестроительный завод']],
  ['Голова Дніпропетровської облдержадміністрації підписав.', ['Дніпропетровської облдержадміністрації|ORG|Дніпропетровська облдержадміністрація']],
]);

table('institutions: a capitalized adjective opening a sentence and a lowercase noun alone are a phrase', [
  ['Международная организация заявила об этом.', []],
  ['Японская полиция задержала его.', []],
  ['Об этом заявила Международная организация.', ['Международная организация|ORG|Международная организация']],
]);

table('institutions: a city after its noun ends the chain (м. Києва, города Москвы)', [
  ['Рішення Печерського райсуду м. Києва скасовано.', ['Печерського райсуду м. Києва|ORG|Печерський райсуд м. Києва']],
  ['Позов до Господарського суду м. Києва подано.', ['Господарського суду м. Києва|ORG|Господарський суд м. Києва']],
]);

table('institutions: при opens a chain as по does', [
  ['Члены Общественного совета при министерстве заявили.', ['Общественного совета при министерстве|ORG|Общественный совет при министерстве']],
]);

table('institutions: listed bodies take a place in the genitive', [
  ['Постанова Кабінету Міністрів України набула чинності.', ['Кабінету Міністрів України|ORG|Кабінет Міністрів України']],
  ['Засідання Верховної Ради Автономної Республіки Крим відбулося.', ['Верховної Ради Автономної Республіки Крим|ORG|Верховна Рада Автономної Республіки Крим']],
]);

table('institutions: compounds with рада/суд and with a state, ministry or national prefix', [
  ['Депутати Київради проголосували.', ['Київради|ORG|Київрада']],
  ['Кошти Укравтодору та Нацбанку витратили.', ['Укравтодору|ORG|Укравтодор', 'Нацбанку|ORG|Нацбанк']],
  ['Сегодня Министр заявил, а Минюст промолчал.', ['Минюст|ORG|Минюст']],
  // Common words with the same beginnings, a city in -град, a sentence's first word.
  ['Переможцем у Кіровограді став він.', ['Кіровограді|LOC|Кіровоград']], // a place, not a Кіровоград- compound
  ['Держава витратила кошти, а Нація мовчить.', []],
  ['Награда нашла героя.', []],
]);
