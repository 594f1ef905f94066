import * as assert from 'node:assert/strict';
import { parseArticle } from '../../src/core/article';
import { findBareSurnames, findNamedPeople, firstNamePatronymic, surnameLexicon } from '../../src/core/extract/people';
import { isNamedAfter, isPlaceLike, isRoleWord, isSpeechVerb, roleCase } from '../../src/core/names/context';
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

describe('people: longer and unusual name shapes', () => {
  check([
    // A middle name that is a first name: the surname is the last word.
    ['Премьер Турции Реджеп Тайип Эрдоган прибыл в Киев.', ['Реджеп Тайип Эрдоган → Реджеп Тайип Эрдоган']],
    ['Вторым финишировал Хуан Пабло Монтойя из Колумбии.', ['Хуан Пабло Монтойя → Хуан Пабло Монтойя']],
    // Two Spanish surnames, the first indeclinable.
    ['Сын Николаса Мадуро Герра сделал прививку.', ['Николаса Мадуро Герра → Николас Мадуро Герра']],
    // A surname that is also a first name, in the first name's case.
    ['Бенефициаром выступает Виктор Мартин, гражданин Германии.', ['Виктор Мартин → Виктор Мартин']],
    ['Долю купил у Виктора Мартина немецкий фонд.', ['Виктора Мартина → Виктор Мартин']],
    ['Как сообщил министр Сальвадор Илья, реестр закрыт.', ['Сальвадор Илья → Сальвадор Илья']],
    // A first name and a patronymic without a surname.
    ['На церемонии была вдова Ельцина Наина Иосифовна и друзья.', ['Наина Иосифовна → Наина Иосифовна']],
    // A double first name.
    ['Партию основал Жан-Мари Ле Пен в 1972 году.', ['Жан-Мари Ле Пен → Жан-Мари Ле Пен']],
    // Foreign first names.
    ['Кампанию проводит предприниматель Бессель Кок из Нидерландов.', ['Бессель Кок → Бессель Кок']],
    ['Слухи опровергает Кондолиза Райс в интервью.', ['Кондолиза Райс → Кондолиза Райс']],
  ]);
});

describe('people: a name after "имени"', () => {
  check([
    ['Как заявил директор центра им. Гамалеи Александр Гинцбург, кампания началась.', ['Александр Гинцбург → Александр Гинцбург']],
    ['В институте имени Гамалеи профессор Александр Бутенко рассказал о вакцине.', ['Александр Бутенко → Александр Бутенко']],
  ]);
  it('keeps names inside an organization name and after a street', () => {
    for (const [before, full, expected] of [
      ['институт имени ', true, true],
      ['центр им. ', true, true],
      ['центр им. Гамалеи ', true, false],
      ['центр им. Гамалеи ', false, true],
      ['центр имени Гамалеи профессор ', true, false],
      ['центр имени Гамалеи профессор ', false, false],
      ['на ул. ', false, true],
      ['на Улице ', true, true],
    ] as const) assert.equal(isNamedAfter(before, full), expected, `${before}|${full}`);
  });
});

describe('people: the surname\'s nominative', () => {
  check([
    // The case is certain before a past-tense verb: an indeclinable first name shows none.
    ['Сэйдзи Маэхара отметил, что визит важен.', ['Сэйдзи Маэхара → Сэйдзи Маэхара']],
    // Italian surnames in -чи do not decline.
    ['Об этом рассказал Энтони Фаучи журналистам.', ['Энтони Фаучи → Энтони Фаучи']],
    // The corpus's certain nominative wins over a guessed stem: Альберт Бурла, so Альберта Бурла → Бурла.
    ['Глава Pfizer Альберт Бурла выступил. Слова Альберта Бурла процитировали.', ['Альберт Бурла → Альберт Бурла', 'Альберта Бурла → Альберт Бурла']],
    // Without such evidence the genitive reading stays: Джо Байдена → Байден.
    ['Сторонники Джо Байдена вышли на улицы.', ['Джо Байдена → Джо Байден']],
    ['Сторонник Джо Байдена заявил о победе.', ['Джо Байдена → Джо Байден']],
    ['Министр Сэйдзи Маэхара заявил о визите.', ['Сэйдзи Маэхара → Сэйдзи Маэхара']],
  ]);
  it('reads patronymics made from known first names only', () => {
    for (const [form, expected] of [
      ['Иосифовна', 'Иосифовна'],
      ['Николаевичу', 'Николаевич'],
      ['Юрьевича', 'Юрьевич'],
      ['Гринкевич', undefined],
      ['Ильинична', undefined],
    ] as const) assert.equal(firstNamePatronymic(form), expected, form);
  });
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
      ['Кондолизы', 'Кондолиза', 'f'],
      ['Бесселю', 'Бессель', 'm'],
      ['Жан-Мари', 'Жан-Мари', 'm'],
      ['Ханс-Дитриха', 'Ханс-Дитрих', 'm'],
    ] as const) {
      const [reading] = lookupFirstName(w);
      assert.equal(reading?.lemma, lemma, w);
      assert.equal(reading?.gender, gender, w);
    }
    assert.equal(lookupFirstName('Кирилл')[0].group, lookupFirstName('Кирило')[0].group);
    assert.equal(lookupFirstName('Олена')[0].group, lookupFirstName('Елена')[0].group);
  });
});
