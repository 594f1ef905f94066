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

table('acronyms: unknown Cyrillic abbreviations are organizations', [
  ['Рішення ухвалив АМКУ минулого тижня.', ['АМКУ|ORG|АМКУ']],
  ['Тариф затвердила НКРЕКП у квітні.', ['НКРЕКП|ORG|НКРЕКП']],
  ['Студенти ЗакДУ та працівники СхідГЗК протестували.', ['ЗакДУ|ORG|ЗакДУ', 'СхідГЗК|ORG|СхідГЗК']],
  ['Акции ЮКОСа подешевели.', ['ЮКОСа|ORG|ЮКОС']],
]);

table('acronyms: a place adjective before, abbreviations beside and a place in the genitive after join the name', [
  ['У січні Сокирянська РДА передала ділянку.', ['Сокирянська РДА|ORG|Сокирянська РДА']],
  ['Очолює Черкаське ОТВ АМКУ давно.', ['Черкаське ОТВ АМКУ|ORG|Черкаське ОТВ АМКУ']],
  ['Співробітники АТЦ СБУ затримали його.', ['АТЦ СБУ|ORG|АТЦ СБУ']],
  ['Командування ЗС України повідомило.', ['ЗС України|ORG|ЗС України']],
]);

table('acronyms: what is not an organization', [
  // Places by convention are the gazetteer's.
  ['Бої точаться на території ДНР і США.', ['ДНР|LOC|ДНР', 'США|LOC|США']],
  // Common-noun abbreviations, units and Roman numerals in Cyrillic letters.
  ['Про ДТП повідомили ЗМІ, ВВП зріс.', []],
  ['Потужність 5 МВт у ХХІ столітті.', []],
  // A word the article also writes in lowercase, a first name in capitals, a long word set in capitals.
  ['ЧИТАЙТЕ також: новини. Читайте нас.', []],
  ['ОЛЕНА сказала правду.', []],
  ['ГРОМАДА вирішила.', []],
]);
