import { placesOrgsFound, tableOf } from './placesOrgsTable';

/** Mentions as "surface|TYPE|lemma". */
const table = tableOf((text) => placesOrgsFound(text, ['text', 'type', 'lemma']));

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
