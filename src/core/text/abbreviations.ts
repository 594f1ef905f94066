// Abbreviations the sentence splitter must know about: lowercase, without the final
// dot; inner dots and hyphens stay (т.е, т.д, р-н). A dot after an abbreviation means
// different things depending on the family:
//
// - PREFIX abbreviations stand before the word they qualify (ул. Ленина, проф. Иванов,
//   вул. Хрещатик): a capital after them is a name, never a new sentence.
// - FINAL abbreviations typically close a phrase (и т.д., и др., 5 млн руб., та ін.):
//   they often end the sentence, so a capital after them starts a new one.
// - AFTER_NUMBER_FINAL ones are FINAL after a number and PREFIX otherwise: `г.` is
//   "год" in `в 2020 г. Затем` but "город" in `г. Киев`; uk `р.` is рік / річка;
//   `в.`/`ст.` are век/століття after a Roman numeral.
//
// Keep out single letters that are common words at the end of a sentence (я, а, и):
// `Это был я. Затем` must split.

/** Abbreviations followed by the word they qualify: never a sentence end. */
export const PREFIX_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // Russian: places and addresses
  'ул', 'пр', 'просп', 'пер', 'пл', 'наб', 'бул', 'ш', 'пос', 'пгт', 'с', 'сел', 'дер',
  'д', 'о', 'оз', 'обл', 'р-н', 'м', 'кв', 'корп', 'стр', 'х',
  // Russian: references inside a text and conjunction-like abbreviations
  'см', 'ср', 'рис', 'табл', 'гл', 'п', 'пп', 'ч', 'разд', 'прим', 'напр', 'т.е', 'т.к',
  'т.н', 'т.ч', 'т', 'им', 'ред', 'изд', 'вып', 'англ', 'нем', 'франц', 'фр', 'лат',
  'укр', 'рус', 'греч', 'исп', 'итал',
  // Russian: titles and ranks before a name
  'проф', 'акад', 'доц', 'канд', 'член-корр', 'ген', 'полк', 'подполк', 'лейт', 'тов',
  'гр', 'св', 'кн', 'зам', 'и.о', 'зав', 'нач', 'пом',
  // Ukrainian
  'вул', 'пров', 'смт', 'див', 'стор', 'ім', 'т.зв', 'буд',
  // Latin-script titles and references
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'vs', 'e.g', 'i.e', 'cf',
]);

/** Abbreviations that often end a sentence: a capital after them starts a new one. */
export const FINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  // enumerations: и т.д., и т.п., и др., та ін.
  'т.д', 'т.п', 'др', 'ін', 'т.ін', 'etc',
  // quantities and money after a number
  'тыс', 'млн', 'млрд', 'трлн', 'руб', 'коп', 'грн', 'долл', 'дол', 'тис', 'экз', 'чел',
  'шт',
  // eras: до н.э., до н.е.
  'н.э', 'н.е',
  // company suffixes
  'inc', 'ltd', 'corp', 'jr',
]);

/** FINAL after a number (2020 г., 1990-х гг., 2021 р., XIX в.), PREFIX otherwise. */
export const AFTER_NUMBER_FINAL: ReadonlySet<string> = new Set(['г', 'гг', 'р', 'рр', 'в', 'вв', 'ст']);

/**
 * Capitalized multi-letter first-name initials (Дж. Байден, Вл. Соловьёв). Single
 * capital letters (В. Зеленский) are recognized without a list.
 */
export const MULTI_LETTER_INITIALS: ReadonlySet<string> = new Set(['Дж', 'Вл', 'Ал', 'Ch', 'Th']);

/**
 * Capitalized words that open sentences but are never names. After an initial or a
 * prefix abbreviation they still mark a new sentence: `привиться разрешено именно
 * им. До этого …` (the pronoun им, not имени), `Sputnik V. Кто заинтересован …`.
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set([
  // Russian
  'А', 'И', 'Но', 'В', 'Во', 'На', 'По', 'До', 'С', 'Со', 'К', 'Ко', 'О', 'Об', 'От', 'Из', 'За',
  'Для', 'При', 'Без', 'Это', 'Этот', 'Эта', 'Эти', 'Он', 'Она', 'Оно', 'Они', 'Мы', 'Я', 'Вы',
  'Однако', 'Также', 'Тогда', 'Теперь', 'Затем', 'Потом', 'Поэтому', 'Кроме', 'Как', 'Когда',
  'Что', 'Кто', 'Если', 'Не', 'Ни', 'Уже', 'Еще', 'Ещё', 'Так', 'Там', 'Тут', 'Здесь', 'Впрочем',
  'Кстати', 'Сейчас', 'Сегодня', 'Вчера', 'Завтра', 'Ранее', 'Позже',
  // Ukrainian
  'Але', 'І', 'Й', 'У', 'Та', 'З', 'Із', 'Зі', 'Від', 'Про', 'Це', 'Цей', 'Ця', 'Ці', 'Він',
  'Вона', 'Воно', 'Вони', 'Ми', 'Ви', 'Однак', 'Проте', 'Також', 'Тоді', 'Тепер', 'Потім',
  'Тому', 'Крім', 'Як', 'Коли', 'Що', 'Хто', 'Якщо', 'Ні', 'Вже', 'Ще', 'Зараз', 'Сьогодні',
  'Вчора', 'Завтра', 'Раніше', 'Пізніше',
]);
