import * as assert from 'node:assert/strict';
import { parseArticle } from '../../src/core/article';
import { declineWord, findPlacesOrgs, linkPlacesOrgs } from '../../src/core/extract/placesOrgs';
import { buildIndex } from '../../src/core/pipeline';
import { placesOrgsFound, tableOf } from './placesOrgsTable';

/** Mentions as "surface|TYPE|lemma|entity". */
const found = (text: string): string[] => placesOrgsFound(text, ['text', 'type', 'lemma', 'entity']);
const table = tableOf(found);

table('places: feminine -а/-я and -ия nouns (ru)', [
  ['Делегация прибыла из Украины в Москву.', ['Украины|LOC|Украина|loc:ukraine', 'Москву|LOC|Москва|loc:moscow']],
  ['Переговоры с Францией и Польшей продолжатся.', ['Францией|LOC|Франция|loc:france', 'Польшей|LOC|Польша|loc:poland']],
  ['Он живет в Германии, а работает в Европе.', ['Германии|LOC|Германия|loc:germany', 'Европе|LOC|Европа|loc:europe']],
]);

table('places: feminine nouns (uk)', [
  ['Делегація прибула з України до Франції.', ['України|LOC|Україна|loc:ukraine', 'Франції|LOC|Франція|loc:france']],
  ['Переговори з Польщею та Америці.', ['Польщею|LOC|Польща|loc:poland', 'Америці|LOC|Америка|loc:usa']],
]);

table('places: masculine consonant nouns, with Ukrainian vowel alternation', [
  ['Встреча прошла в Париже.', ['Париже|LOC|Париж|loc:paris']],
  ['Зустріч відбулася в Парижі та Києві.', ['Парижі|LOC|Париж|loc:paris', 'Києві|LOC|Київ|loc:kyiv']],
  ['Ракети летіли на Харків і зі Львова.', ['Харків|LOC|Харків|loc:kharkiv', 'Львова|LOC|Львів|loc:lviv']],
  ['Поездка по Китаю и Израилю.', ['Китаю|LOC|Китай|loc:china', 'Израилю|LOC|Израиль|loc:israel']],
  ['Он вернулся из Египта.', ['Египта|LOC|Египет|loc:egypt']],
]);

table('places: plurals, adjective + noun, indeclinables', [
  ['Позиция Соединенных Штатов не изменилась.', ['Соединенных Штатов|LOC|Соединенные Штаты|loc:usa']],
  ['Позиція Сполучених Штатів не змінилася.', ['Сполучених Штатів|LOC|Сполучені Штати|loc:usa']],
  ['Ситуация на Ближнем Востоке обострилась.', ['Ближнем Востоке|LOC|Ближний Восток|loc:middle-east']],
  ['Представители США и ФРГ встретились в Тбилиси.', ['США|LOC|США|loc:usa', 'ФРГ|LOC|ФРГ|loc:germany', 'Тбилиси|LOC|Тбилиси|loc:tbilisi']],
  ['Фермеры из Нидерландов протестуют.', ['Нидерландов|LOC|Нидерланды|loc:netherlands']],
]);

table('places: lowercase spellings', [
  ['Переговоры с россией невозможны, москва лжет.', ['россией|LOC|Россия|loc:russia', 'москва|LOC|Москва|loc:moscow']],
  ['Війна, яку розв’язала росія.', ['росія|LOC|Росія|loc:russia']],
]);

table('places: regions by rule and by name', [
  ['Пожар в Тюменской области потушен.', ['Тюменской области|LOC|Тюменская область|loc:tumenskaa-oblast']],
  ['Обстріл у Харківській області.', ['Харківській області|LOC|Харківська область|loc:kharkiv-oblast']],
  ['Бои идут в Донецкой области и в Крыму.', ['Донецкой области|LOC|Донецкая область|loc:donetsk-oblast', 'Крыму|LOC|Крым|loc:crimea']],
]);

table('organizations: names, abbreviations and Latin', [
  ['Заявление Белого дома опубликовано.', ['Белого дома|ORG|Белый дом|org:white-house']],
  ['Заява Білого дому оприлюднена.', ['Білого дому|ORG|Білий дім|org:white-house']],
  ['Секретарь СНБО и глава Офиса Президента.', ['СНБО|ORG|СНБО|org:nsdc', 'Офиса Президента|ORG|Офис Президента|org:ua-presidents-office']],
  ['Секретар РНБО та керівник Офісу президента.', ['РНБО|ORG|РНБО|org:nsdc', 'Офісу президента|ORG|Офіс президента|org:ua-presidents-office']],
  ['Как сообщает Reuters, в ОП это подтвердили.', ['Reuters|ORG|Reuters|org:reuters', 'ОП|ORG|ОП|org:ua-presidents-office']],
  ['Про це повідомляє УНН з посиланням на Генштаб ЗСУ.', ['УНН|ORG|УНН|org:unn', 'Генштаб ЗСУ|ORG|Генштаб ЗСУ|org:general-staff-ua']],
  ['Представитель МИД России заявил.', ['МИД России|ORG|МИД России|org:mfa-russia']],
]);

table('places: a compass adjective widens a place', [
  ['Страны Западной Европы и Восточном Иерусалиме.', ['Западной Европы|LOC|Западная Европа|loc:europe-zapadn', 'Восточном Иерусалиме|LOC|Восточный Иерусалим|loc:jerusalem-vostochn']],
  ['Міста Західної Європи.', ['Західної Європи|LOC|Західна Європа|loc:europe-zahidn']],
]);

table('organizations: a ministry or government takes its country', [
  ['Решение принимает Министерство здравоохранения РФ.', ['Министерство здравоохранения РФ|ORG|Министерство здравоохранения РФ|org:moh-russia']],
  ['Зампред Правительства РФ сообщила.', ['Правительства РФ|ORG|Правительство РФ|org:government-russia']],
  ['Правительство ушло в отставку.', []],
  ['Заява Посольства США в Києві.', ['Посольства США|ORG|Посольство США|org:embassy-usa', 'Києві|LOC|Київ|loc:kyiv']],
]);

table('organizations: capitalized adjectives before an institution noun', [
  ['Решение Конституционного суда вступило в силу.', ['Конституционного суда|ORG|Конституционный суд|org:constitutional-court']],
  ['Ученые Оксфордского университета и Научного центра.', ['Оксфордского университета|ORG|Оксфордский университет|org:oksfordskii-universitet', 'Научного центра|ORG|Научный центр|org:nauchnii-centr']],
  ['Рішення Національного банку оприлюднено.', ['Національного банку|ORG|Національний банк|org:nacionalnii-bank']],
  ['Первые партии вакцины прибыли.', []],
  ['Ранее Главный центр сообщил об этом.', ['Главный центр|ORG|Главный центр|org:glavnii-centr']],
  ['Вакцина схвалена державним управлінням.', []],
]);

table('organizations: the coalition of the willing', [
  ['Встреча «коалиции желающих» прошла в Париже.', ['коалиции желающих|ORG|коалиция желающих|org:coalition', 'Париже|LOC|Париж|loc:paris']],
  ['Лидеры коалиции решительных договорились.', ['коалиции решительных|ORG|коалиция решительных|org:coalition']],
  ['Декларація саміту "Коаліції охочих".', ['Коаліції охочих|ORG|Коаліція охочих|org:coalition']],
]);

table('organizations: quoted names after an organization noun', [
  ['Депутат фракции "Слуга народа" выступил.', ['Слуга народа|ORG|Слуга народа|org:servant-of-the-people']],
  ['Как сообщает издание «Городские вести», это не так.', ['Городские вести|ORG|Городские вести|org:gorodskie-vesti']],
  ['Представник партії «Голос» заявив.', ['Голос|ORG|Голос|org:golos']],
  ['Профспілка «Захист праці» оголосила страйк. Як заявили у «Захисті праці», це не так, а «Захист праці» не відступить.', ['Захист праці|ORG|Захист праці|org:zahist-praci', 'Захист праці|ORG|Захист праці|org:zahist-praci']],
  ['Перевозчик «Северный ветер» отменил рейсы; «Северный ветер» извинился.', ['Северный ветер|ORG|Северный ветер|org:severnii-veter', 'Северный ветер|ORG|Северный ветер|org:severnii-veter']],
  ['Сделку одобрил НАК «Нефтегаз».', ['Нефтегаз|ORG|Нефтегаз|org:neftegaz']],
]);

table('no false positives', [
  ['Январь выдался холодным.', []],
  ['Штаты сотрудников сокращены, газа нет.', []],
  ['Рада помочь, сказала она.', []],
  ['Вона досі не відповіла.', []],
  ['Он рада была видеть перу и вену.', []],
  ['Новая политика вступила в силу.', []],
]);

describe('declension generator', () => {
  const cases: [string, 'ru' | 'uk', boolean, string[]][] = [
    ['Украина', 'ru', false, ['Украины', 'Украине', 'Украину', 'Украиной']],
    ['Україна', 'uk', false, ['України', 'Україні', 'Україну', 'Україною']],
    ['Франция', 'ru', false, ['Франции', 'Францию', 'Францией']],
    ['Франція', 'uk', false, ['Франції', 'Францію', 'Францією']],
    ['Париж', 'ru', false, ['Парижа', 'Парижу', 'Париже', 'Парижем']],
    ['Штаты', 'ru', false, ['Штатов', 'Штатам', 'Штатах']],
    ['Штати', 'uk', false, ['Штатів', 'Штатам', 'Штатах']],
    ['Белый', 'ru', true, ['Белого', 'Белому', 'Белом']],
    ['Запоріжжя', 'uk', false, ['Запоріжжю', 'Запоріжжям', 'Запоріжжі']],
  ];
  for (const [word, lang, adjective, forms] of cases) {
    it(`${word} (${lang})`, () => {
      const all = declineWord(word, lang, adjective);
      for (const f of forms) assert.ok(all.includes(f), `${f} not in ${all.join(', ')}`);
    });
  }
});

describe('linking places and organizations', () => {
  it('joins synonyms and languages under one id, named in the majority language', () => {
    const ru = parseArticle('ru.txt', 'США и Соединенные Штаты, Америка. Встреча коалиции решительных и коалиции желающих. СНБО.');
    const uk = parseArticle('uk.txt', 'Сполучені Штати та Коаліція охочих. РНБО і ще раз РНБО, Офіс президента.');
    const { entities } = linkPlacesOrgs([...findPlacesOrgs(ru), ...findPlacesOrgs(uk)], (doc) => (doc === 'uk.txt' ? 'uk' : 'ru'));
    const byId = new Map(entities.map((e) => [e.id, e]));
    assert.deepEqual([byId.get('loc:usa')?.name, byId.get('loc:usa')?.aliases], ['Америка', ['США', 'Соединенные Штаты', 'Сполучені Штати']]);
    assert.deepEqual(byId.get('org:coalition')?.aliases.length, 2);
    assert.equal(byId.get('org:nsdc')?.name, 'РНБО');
    assert.deepEqual(byId.get('org:nsdc')?.aliases, ['СНБО']);
  });

  it('lets a person win where a place overlaps a name', () => {
    const index = buildIndex([parseArticle('p.txt', 'Вчера Владимир Зеленский прибыл в Париж.')]);
    const mentions = index.mentionsIn('p.txt').map((m) => `${m.text}|${m.type}`);
    assert.deepEqual(mentions, ['Владимир Зеленский|PER', 'Париж|LOC']);
  });
});

table('organizations: an institution noun with its genitive chain', [
  ['Вчера Федеральной службы по надзору в сфере защиты прав потребителей и благополучия человека нет.', ['Федеральной службы по надзору в сфере защиты прав потребителей и благополучия человека|ORG|Федеральная служба по надзору в сфере защиты прав потребителей и благополучия человека|org:federalnaa-sluzhba-po-nadzoru-v-sfere-zashiti-prav-potrebitelei-i-blagopoluchia-cheloveka']],
  ['Глава Фонда прямых инвестиций РФ заявил.', ['Фонда прямых инвестиций РФ|ORG|Фонд прямых инвестиций РФ|org:fond-pramih-investicii-rf']],
  ['Данные Центра контроля и профилактики заболеваний США опубликованы.', ['Центра контроля и профилактики заболеваний США|ORG|Центр контроля и профилактики заболеваний США|org:centr-kontrola-i-profilaktiki-zabolevanii-ssha']],
  ['Ведомство и Федеральной службе по надзору в сфере связи, информационных технологий и массовых коммуникаций.', ['Федеральной службе по надзору в сфере связи, информационных технологий и массовых коммуникаций|ORG|Федеральная служба по надзору в сфере связи, информационных технологий и массовых коммуникаций|org:federalnaa-sluzhba-po-nadzoru-v-sfere-svazi-informacionnih-tehnologii-i-massovih-kommunikacii']],
  ['Директор Научного центра сообщил об этом.', ['Научного центра|ORG|Научный центр|org:nauchnii-centr']],
  ['Фонд заработной платы вырос.', []],
]);

table('organizations: named after a person (имени, им.)', [
  ['Вакцину Национального исследовательского центра эпидемиологии и микробиологии имени Н. Ф. Гамалеи Минздрава России одобрили.', ['Национального исследовательского центра эпидемиологии и микробиологии имени Н. Ф. Гамалеи Минздрава России|ORG|Национальный исследовательский центр эпидемиологии и микробиологии имени Н. Ф. Гамалеи Минздрава России|org:nacionalnii-issledovatelskii-centr-epidemiologii-i-mikrobiologii-imeni-n-f-gamalei-minzdrava-rossii']],
  ['Её разработал институт имени Гамалеи.', ['институт имени Гамалеи|ORG|институт имени Гамалеи|org:institut-imeni-gamalei']],
  ['Вакцина центра им. Чумакова готова.', ['центра им. Чумакова|ORG|центр им. Чумакова|org:centr-im-chumakova']],
  ['Его имени никто не знал.', []],
]);

table('organizations: a capitalized name right after a capitalized institution noun', [
  ['Ученые из Центра Гамалеи заявили.', ['Центра Гамалеи|ORG|Центр Гамалеи|org:centr-gamalei']],
  // An undeclined foreign name is left out: Пью shows no genitive.
  ['Данные Исследовательского центра Пью опубликованы.', ['Исследовательского центра|ORG|Исследовательский центр|org:issledovatelskii-centr']],
]);

table('organizations: lowercase ministries and a place adjective before an organization', [
  ['Как сообщили в минздраве, вакцина готова.', ['минздраве|ORG|минздрав|org:moh']],
  ['Представитель японского МИДа заявил.', ['японского МИДа|ORG|японский МИД|org:mfa-aponsk']],
  ['Позиция российского Минфина не изменилась.', ['российского Минфина|ORG|российский Минфин|org:minfin-rossiisk']],
  ['Правительство ушло, правительство осталось.', []],
  ['Политического Минфина не бывает.', ['Минфина|ORG|Минфин|org:minfin']],
  // Ukrainian mentions leave the adjective out (the measured convention, see widenByPlaceAdjective).
  ['Позиція британського Мінфіну не змінилася.', ['Мінфіну|ORG|Мінфін|org:minfin']],
]);

table('organizations: spellings, soft adjectives, hyphenated pairs and Latin company names', [
  ['Рекомендації Всесвітньої організації охорони здоров\'я.', ["Всесвітньої організації охорони здоров'я|ORG|Всесвітня організація охорони здоров'я|org:who"]],
  ['Акции Curevac и CureVac выросли.', ['Curevac|ORG|Curevac|org:curevac', 'CureVac|ORG|CureVac|org:curevac']],
  ['Вакцина Pfizer-BioNTech одобрена.', ['Pfizer|ORG|Pfizer|org:pfizer', 'BioNTech|ORG|BioNTech|org:biontech']],
  ['Ее производит Serum Institute of India и Piedmont Airlines.', ['Serum Institute of India|ORG|Serum Institute of India|org:serum-institute-of-india', 'Piedmont Airlines|ORG|Piedmont Airlines|org:piedmont-airlines']],
  ['Он сыграл в Doctor Who.', []],
]);

table('organizations: a quoted name after a legal form, an organization noun or a reporting verb', [
  ['Поставщиком стало ЗАО «Северный ветер».', ['Северный ветер|ORG|Северный ветер|org:severnii-veter']],
  // Ukrainian mentions include the legal form and the quotes (legalForms.ts); the base form is the bare name.
  ['Договір підписало ТОВ "Зелена долина".', ['ТОВ "Зелена долина"|ORG|Зелена долина|org:zelena-dolina']],
  ['Спектакль показал театр «Мастерская».', ['Мастерская|ORG|Мастерская|org:masterskaa']],
  ['Як пише „Дзеркало“, угоду скасовано.', ['Дзеркало|ORG|Дзеркало|org:dzerkalo']],
  ['Об этом сообщает «Вечерний город».', ['Вечерний город|ORG|Вечерний город|org:vechernii-gorod']],
  ['Он прочитал книгу «Война и мир».', []],
]);

table('organizations: a news site named after a reporting verb', [
  ['Об этом сообщает Pressa.ru со ссылкой на источники.', ['Pressa.ru|ORG|Pressa.ru|org:pressa-ru']],
  ['Як повідомляє Novyny.com.ua, рішення ухвалено.', ['Novyny.com.ua|ORG|Novyny.com.ua|org:novyny-com-ua']],
  ['Как пишет «Вести.ру», сделка закрыта.', ['Вести.ру|ORG|Вести.ру|org:vesti-ru']],
  ['Записаться можно на сайте zapis.ru до пятницы.', []],
]);

// The id is the name's stem's, so its forms (Новоуральск, Новоуральске) are one place.
table('places: a capitalized name after a settlement or river noun', [
  ['Завод построят в городе Новоуральске.', ['Новоуральске|LOC|Новоуральске|loc:novouralsk']],
  ['Жители поселка Верхний и реки Сосновки.', ['Верхний|LOC|Верхний|loc:verhni', 'Сосновки|LOC|Сосновки|loc:sosnovk']],
  ['Фабрика працює у місті Тернівка.', ['Тернівка|LOC|Тернівка|loc:ternivk']],
  ['В городе Москве похолодало.', ['Москве|LOC|Москва|loc:moscow']],
  ['В городе шумно.', []],
]);

table('places: streets and squares', [
  ['Митинг прошел на Садовой площади.', ['Садовой площади|LOC|Садовой площади|loc:sadovoi-ploshadi']],
  ['Офис находится на улице Малая Ордынка.', ['улице Малая Ордынка|LOC|улице Малая Ордынка|loc:ulice-malaa-ordinka']],
  ['Пробка на шоссе Строителей.', ['шоссе Строителей|LOC|шоссе Строителей|loc:shosse-stroitelei']],
  ['Кафе на вулиці Січових Стрільців.', ['вулиці Січових Стрільців|LOC|вулиці Січових Стрільців|loc:vulici-sichovih-strilciv']],
  ['Общая площадь квартиры невелика.', []],
  ['Площадь Франции больше.', ['Франции|LOC|Франция|loc:france']],
]);

table('organizations: named after a person without имени, and after two people', [
  ['Сотрудники Общества Карла Шмидта пришли.', ['Общества Карла Шмидта|ORG|Общество Карла Шмидта|org:obshestvo-karla-shmidta']],
  ['Науковці Інституту Карла Шмідта відповіли.', ['Інституту Карла Шмідта|ORG|Інститут Карла Шмідта|org:institut-karla-shmidta']],
  ['Гастроли театра имени Щукина и Вахтангова начались.', ['театра имени Щукина и Вахтангова|ORG|театр имени Щукина и Вахтангова|org:teatr-imeni-shukina-i-vahtangova']],
  ['Как сказал директор центра имени Павлова Игорь Смирнов, всё готово.', ['центра имени Павлова|ORG|центр имени Павлова|org:centr-imeni-pavlova']],
  ['Глава Европейской комиссии Урсула приехала.', ['Европейской комиссии|ORG|Европейская комиссия|org:european-commission']],
]);

table('gazetteer: colloquial and alternative spellings', [
  ['Весной в Питере холодно.', ['Питере|LOC|Питер|loc:st-petersburg']],
  ['Новость опубликовали Викиновости и Фэйсбук.', ['Викиновости|ORG|Викиновости|org:wikinews', 'Фэйсбук|ORG|Фэйсбук|org:facebook']],
]);

table('the EU in Ukrainian: a territory outside the nominative (both Ukrainian gold sets), an organization in Russian', [
  ['Британія вийшла з ЄС.', ['Британія|LOC|Британія|loc:uk', 'ЄС|LOC|ЄС|org:eu']],
  ['Торгівля з Євросоюзом і в Євросоюзі.', ['Євросоюзом|LOC|Євросоюз|org:eu', 'Євросоюзі|LOC|Євросоюз|org:eu']],
  ['Євросоюз ухвалив рішення.', ['Євросоюз|ORG|Євросоюз|org:eu']],
  ['Британия вышла из ЕС и Евросоюза.', ['Британия|LOC|Британия|loc:uk', 'ЕС|ORG|ЕС|org:eu', 'Евросоюза|ORG|Евросоюз|org:eu']],
]);

describe('linkPlacesOrgs: an entity is typed by its id, whatever its mentions are typed', () => {
  it('org:eu stays an organization when its Ukrainian mentions are places', () => {
    const mentions = [
      { doc: 'uk.txt', start: 0, end: 2, type: 'LOC' as const, text: 'ЄС', lemma: 'ЄС', entity: 'org:eu' },
      { doc: 'ru.txt', start: 0, end: 2, type: 'ORG' as const, text: 'ЕС', lemma: 'ЕС', entity: 'org:eu' },
    ];
    const { entities } = linkPlacesOrgs(mentions, (doc) => (doc.startsWith('uk') ? 'uk' : 'ru'));
    assert.equal(entities[0].type, 'ORG');
  });
});

table('regions of other countries, and places that are also first names (`?`): places only in place context', [
  ['Выборы в штате Джорджия и в Вирджинии.', ['Джорджия|LOC|Джорджия|loc:us-georgia', 'Вирджинии|LOC|Вирджиния|loc:virginia']],
  ['Вибори у штаті Джорджія та в Пенсільванії.', ['Джорджія|LOC|Джорджія|loc:us-georgia', 'Пенсільванії|LOC|Пенсільванія|loc:pennsylvania']],
  ['Джорджия Мелони встретилась с Викторией.', []],
  ['Премьер в Виктории Нуланд не видел.', []],
  ['Пожары в Виктории и Новом Южном Уэльсе.', ['Виктории|LOC|Виктория|loc:victoria-au', 'Новом Южном Уэльсе|LOC|Новый Южный Уэльс|loc:new-south-wales']],
  ['Выборы в Баварии и Северном Рейне-Вестфалии.', ['Баварии|LOC|Бавария|loc:bavaria', 'Северном Рейне-Вестфалии|LOC|Северный Рейн-Вестфалия|loc:north-rhine-westphalia']],
  ['Протесты в Техасе, Калифорнии и на Гавайях.', ['Техасе|LOC|Техас|loc:texas', 'Калифорнии|LOC|Калифорния|loc:california', 'Гавайях|LOC|Гавайи|loc:hawaii']],
  ['Уитни Хьюстон пела, а рейс ушел в Хьюстон.', ['Хьюстон|LOC|Хьюстон|loc:houston']],
]);

table('organizations: company names compounded with an industry word', [
  ['Санкции против Совкомбанка и Севмаша.', ['Совкомбанка|ORG|Совкомбанк|org:sovkombank', 'Севмаша|ORG|Севмаш|org:sevmash']],
  ['Акции Росэлектроники и Транснефти.', ['Росэлектроники|ORG|Росэлектроника|org:roselektronika', 'Транснефти|ORG|Транснефть|org:transneft']],
  ['Укренерго попередило про відключення.', ['Укренерго|ORG|Укренерго|org:ukrenergo']],
  ['Банк и Клара Прома.', []],
]);

describe('a one-word place before an unknown capitalized word is not a known place (Азия Биби may be a person)', () => {
  const known = (text: string): (boolean | undefined)[] => findPlacesOrgs(parseArticle('a.txt', text)).map((m) => m.known);
  const rows: [string, (boolean | undefined)[]][] = [
    ['Суд оправдал Азию Биби в среду.', [undefined]],
    ['Христианка Азия Биби покинула тюрьму.', [undefined]],
    ['Он уехал в Азию в среду.', [true]],
    ['Товары из Азии Европа покупает.', [true, true]],
  ];
  for (const [text, expected] of rows) it(text, () => assert.deepEqual(known(text), expected));
});

table('organizations: a listed name is whole; a quoted listed organization is its own mention', [
  ['Осмотр предложенного для Конституционного суда здания завершен.', ['Конституционного суда|ORG|Конституционный суд|org:constitutional-court']],
  ['Решение Верховного суда Пакистана окончательное.', ['Верховного суда Пакистана|ORG|Верховный суд Пакистана|org:verhovnii-sud-pakistana']],
  ['Он сказал Русской службе «Голоса Америки» это.', ['Русской службе|ORG|Русская служба|org:russkaa-sluzhba', 'Голоса Америки|ORG|Голос Америки|org:voa']],
]);
