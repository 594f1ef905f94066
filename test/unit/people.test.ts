import * as assert from 'node:assert/strict';
import { parseArticle } from '../../src/core/article';
import { findBareSurnames, findNamedPeople, surnameLexicon } from '../../src/core/extract/people';
import { isPlaceLike, isRoleWord, isSpeechVerb, roleCase } from '../../src/core/names/context';
import { lookupFirstName } from '../../src/core/names/firstNames';

/** Person mentions of one article as "surface → lemma". */
function people(text: string): string[] {
  const article = parseArticle('a.txt', text);
  const named = findNamedPeople(article);
  const bare = findBareSurnames(article, surnameLexicon(named), named);
  return [...named, ...bare].sort((a, b) => a.start - b.start).map((m) => `${m.text} → ${m.lemma}`);
}

function check(rows: [string, string[]][]): void {
  for (const [text, expected] of rows) {
    it(text, () => assert.deepEqual(people(text), expected));
  }
}

describe('people: first name and surname', () => {
  check([
    ['Об этом заявил Мустафа Джемилев.', ['Мустафа Джемилев → Мустафа Джемилев']],
    ['Встреча с Ангелой Меркель прошла в Берлине.', ['Ангелой Меркель → Ангела Меркель']],
    ['Про це сказала Юлія Тимошенко.', ['Юлія Тимошенко → Юлія Тимошенко']],
    ['Он говорил с Ольгой Стефанишиной вчера.', ['Ольгой Стефанишиной → Ольга Стефанишина']],
    ['Марина Ле Пен стала кандидатом.', ['Марина Ле Пен → Марина Ле Пен']],
    ['Это признал Джошуа Вольфа друг.', ['Джошуа Вольфа → Джошуа Вольф']],
    ['Она встретилась с Нино Бурджанадзе.', ['Нино Бурджанадзе → Нино Бурджанадзе']],
    ['Грузию возглавлял Михаил Саакашвили.', ['Михаил Саакашвили → Михаил Саакашвили']],
    ['Папа Бенедикт XVI сделал прививку.', ['Бенедикт XVI → Бенедикт XVI']],
    ['После смерти Кима Чен Ира многое изменилось.', ['Кима Чен Ира → Ким Чен Ир']],
    ['Как нагадує Федір \u200eЛапій, вакцини працюють.', ['Федір \u200eЛапій → Федір Лапій']],
  ]);
});

describe('people: initials', () => {
  check([
    ['Главный редактор: Гаврилова А.В. Адрес редакции: Москва.', ['Гаврилова А.В. → Гаврилова А.В.']],
    ['Доклад сделал А. Кудрин в пятницу.', ['А. Кудрин → А. Кудрин']],
    ['Температура +2 - +8 С. Вакцина боится тепла, вакцина хранится в холоде.', []],
    ['Вакцина Sputnik V. Кто заинтересован в ней?', []],
  ]);
});

describe('people: surnames marked by context', () => {
  check([
    // A title before the surname, in the case the title shows.
    ['Он встретился с президентом Макроном в Париже.', ['Макроном → Макрон']],
    ['Президент Путин распорядился начать вакцинацию.', ['Путин → Путин']],
    ['Позицию премьер-министра Италии Берлускони раскритиковали.', ['Берлускони → Берлускони']],
    ['Професор Шахін та доктор Тюреджі заснували компанію.', ['Шахін → Шахін', 'Тюреджі → Тюреджі']],
    ['Президент Гвинеи Альфа Конде сделал прививку.', ['Альфа Конде → Альфа Конде']],
    // A speech verb or an attribution.
    ['«Это было тяжело», — сказал Клинсман.', ['Клинсман → Клинсман']],
    ['"Це важливо", - зауважила Іванченко.', ['Іванченко → Іванченко']],
    ['По словам Зеленского, решения нет.', ['Зеленского → Зеленский']],
    ['За словами Юркемікової, стан стабільний.', ['Юркемікової → Юркемікова']],
    // A surname ending, inside a sentence.
    ['Вчера в Москве выступил Топалов, а за ним Бойченко.', ['Топалов → Топалов', 'Бойченко → Бойченко']],
  ]);
});

describe('people: what is not a person', () => {
  check([
    ['Председатель Конституционного суда высказал сомнения.', []],
    ['Глава Минздрава заявил о начале вакцинации.', []],
    ['Представители Украины и Соединенных Штатов провели переговоры.', []],
    ['Центр имени Н. Ф. Гамалеи разработал вакцину.', []],
    ['Вакцину разработали в институте имени Роберта Коха.', []],
    ['Банкомат стоял в Таллине, а переговоры прошли в Женеве.', []],
    ['Пункт работает в поликлинике на ул. Ломоносова, 15.', []],
    ['Власти объявили, что после Рождества ограничения снимут.', []],
    ['Вакцина проверена. Вакцина безопасна, заявил врач, и вакцина доступна.', []],
    ['Руководитель Офиса Президента заявил о переговорах.', []],
  ]);
});

describe('people: bare surnames and first names', () => {
  check([
    ['Мнение высказал Штефан Кауфман. Как рассказал Кауфман, работа идет.', ['Штефан Кауфман → Штефан Кауфман', 'Кауфман → Кауфман']],
    ['Компанію заснував Угур Шахін. «Угур — унікальна людина», — розповів Бурла.', ['Угур Шахін → Угур Шахін', 'Угур → Угур', 'Бурла → Бурла']],
    ['Письмо передала Анна Карпова. Позже Карпова уехала.', ['Анна Карпова → Анна Карпова', 'Карпова → Карпова']],
    ['Министр здравоохранения ФРГ Йенс Шпан (Jens Spahn) выступил.', ['Йенс Шпан → Йенс Шпан', 'Jens Spahn → Jens Spahn']],
  ]);
});

describe('name context lexicon', () => {
  it('knows titles in any case and not lookalikes', () => {
    for (const w of ['президентом', 'прем’єр-міністра', 'канцлерку', 'глава', 'послом', 'профессора']) assert.ok(isRoleWord(w), w);
    for (const w of ['после', 'главный', 'меры']) assert.ok(!isRoleWord(w), w);
  });
  it('reads the case a title shows', () => {
    assert.equal(roleCase('президентом'), 'ins');
    assert.equal(roleCase('президента'), 'gen');
    assert.equal(roleCase('президент'), 'nom');
    assert.equal(roleCase('глава'), 'nom');
  });
  it('knows speech verbs of both languages', () => {
    for (const w of ['сказал', 'заявила', 'додав', 'зауважила', 'розповів']) assert.ok(isSpeechVerb(w), w);
    assert.ok(!isSpeechVerb('вакцина'));
  });
  it('knows frequent places and organizations', () => {
    for (const w of ['России', 'Франції', 'Минздрава', 'Таллине', 'Словаччини', 'Києва']) assert.ok(isPlaceLike(w), w);
    for (const w of ['Путин', 'Иванов', 'Берлускони', 'Шахін']) assert.ok(!isPlaceLike(w), w);
  });
  it('has common first names of both languages with gender', () => {
    for (const [w, lemma, gender] of [
      ['Мустафы', 'Мустафа', 'm'],
      ['Олени', 'Олена', 'f'],
      ['Веселином', 'Веселин', 'm'],
      ['Нэнси', 'Нэнси', 'f'],
      ['Марка', 'Марк', 'm'],
      ['Александра', 'Александр', 'm'],
    ] as const) {
      const [reading] = lookupFirstName(w);
      assert.equal(reading?.lemma, lemma, w);
      assert.equal(reading?.gender, gender, w);
    }
    assert.equal(lookupFirstName('Кирилл')[0].group, lookupFirstName('Кирило')[0].group);
    assert.equal(lookupFirstName('Олена')[0].group, lookupFirstName('Елена')[0].group);
  });
});
