import * as assert from 'node:assert/strict';
import { spaceOut } from './spaced';
import { placesOrgsFound, tableOf } from './placesOrgsTable';

/** The ORG mentions found, as "surface|lemma|entity". */
const orgs = (text: string): string[] => placesOrgsFound(text, ['text', 'lemma', 'entity'], 'ORG');
const table = tableOf(orgs);

table('legal forms: Ukrainian mentions include the form and the quotes, the base form is the bare name', [
  ['Суд стягнув кошти з ТОВ «Бюро Ейнштейн» на користь міста.', ['ТОВ «Бюро Ейнштейн»|Бюро Ейнштейн|org:buro-einshtein']],
  ['Договір підписало ДП «НАЕК «Енергоатом» минулого року.', ['ДП «НАЕК «Енергоатом»|НАЕК «Енергоатом»|org:naek-energoatom']],
  ['Акції ТОВ «НВП «Інтертерм»» продано.', ['ТОВ «НВП «Інтертерм»»|НВП «Інтертерм»|org:nvp-interterm']],
  ['Позов подала НАК «Нафтогаз України» до суду.', ['НАК «Нафтогаз України»|Нафтогаз України|org:naftogaz-ukraini']],
  // A listed name inside the quotes keeps its id.
  ['Договір підписало ДП «Енергоатом» минулого року.', ['ДП «Енергоатом»|Енергоатом|org:energoatom']],
  ['Ділянку отримало ПП "Аква-Біл" в оренду.', ['ПП "Аква-Біл"|Аква-Біл|org:akva-bil']],
  ['Тендер виграло ТОВ «Демурінський гірничо-збагачувальний комбінат» без конкуренції.', ['ТОВ «Демурінський гірничо-збагачувальний комбінат»|Демурінський гірничо-збагачувальний комбінат|org:demurinskii-girnicho-zbagachuvalnii-kombinat']],
  ['Вакцину розробив ГНЦ «Вектор» у Новосибірську.', ['ГНЦ «Вектор»|Вектор|org:vektor']],
]);

table('legal forms: Russian mentions leave the legal form out, other abbreviations in', [
  ['Сделку одобрило ООО «Алтек» вчера.', ['Алтек|Алтек|org:altek']],
  ['Акции ПАО "Газпром" выросли.', ['Газпром|Газпром|org:gazprom']],
  ['Вакцину разработал ГНЦ «Вектор» в Новосибирске.', ['ГНЦ «Вектор»|Вектор|org:vektor']],
]);

table('legal forms: what is not a quoted name after a form', [
  // A place abbreviation before a quoted title is no organization type.
  ['Конгресс США "Закон о свободе" принял.', []],
  // A quote that does not close before the sentence ends.
  ['Позов подало ТОВ «Бюро. Далі все відомо.', []],
]);

describe('legal forms: a spaced (pre-tokenized) text reads the same names', () => {
  it('ТОВ « Грімальді »', () => {
    assert.deepEqual(orgs(spaceOut('Прокуратура стягнула з ТОВ «Грімальді» збитки.').text), ['ТОВ « Грімальді »|Грімальді|org:grimaldi']);
  });
});
