import * as assert from 'node:assert/strict';
import { parseArticle } from '../../src/core/article';
import { mayBePlace, stemKey } from '../../src/core/extract/contextPlaces';
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
  ['Він народився у Врадіївці і жив на Підгаєччині.', ['Врадіївці|Врадіївці', 'Підгаєччині|Підгаєччині']],
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

table('abbreviated heads: a settlement name after м./с./смт/г. (the name alone), a street with вул./ул. (included, with its house number)', [
  ['Виробнича база розташована у м. Буча, поруч із лісом.', ['Буча|Буча']],
  ['Ділянка знаходиться в с. Нова Дофіновка, під забудову.', ['Нова Дофіновка|Нова Дофіновка']],
  ['Засновник – мешканець смт Андріївка, що на Харківщині.', ['Андріївка|Андріївка', 'Харківщині|Харківщина']],
  ['Фірма зареєстрована у с.\nПодвірки та має офіс.', ['Подвірки|Подвірки']],
  ['Завод открыли в г. Урюпинск в прошлом году.', ['Урюпинск|Урюпинск']],
  ['Будівля на вул. Равська, 15д у Львові.', ['вул. Равська, 15д|вул. Равська', 'Львові|Львів']],
  ['Офіс по вул . Богдана Хмельницького , 58-А стоїть порожній .', ['вул . Богдана Хмельницького , 58-А|вул . Богдана Хмельницького']],
  ['Будинки по вул. І. Федорова, 32 знесуть.', ['вул. І. Федорова, 32|вул. І. Федорова']],
]);

table('… not metres, and a known name keeps its own reading', [
  ['Квартира площею 44,3 кв м.\nЇздить він на автомобілі.', []],
  ['Суд у м. Києві розглянув справу.', ['Києві|Київ']],
]);

table('region abbreviations: обл, р-н (the dot left outside)', [
  ['Вибори пройшли у Бородянському р-ні та в селі поблизу.', ['Бородянському р-ні|Бородянський район']],
  ['Мешканець Харківської обл. Андрій Ігнатов заявив.', ['Харківської обл|Харківська область']],
]);

table('a capitalized adjective before a landmark noun names it, the noun included', [
  ['Ми гуляли в Стрийському парку і біля Гостинного двору .', ['Стрийському парку|Стрийському парку', 'Гостинного двору|Гостинного двору']],
  ['Вони задивляються на Північне море і на Високий Замок .', ['Північне море|Північне море', 'Високий Замок|Високий Замок']],
  ['На Байковому цвинтарі у Києві поховали поета.', ['Байковому цвинтарі|Байковому цвинтарі', 'Києві|Київ']],
  ['Великий ліс горів цілу ніч , і дим ішов до міста .', []],
  ['Було видно Краківське передмістя , а на Студентську алею ми не ходили .', ['Краківське передмістя|Краківське передмістя', 'Студентську алею|Студентську алею']],
]);

table('a known place before площею (an area) is no street adjective', [
  ['Будинок у Києві площею 40 метрів продали .', ['Києві|Київ']],
]);

table('places listed: the Crimea in full, the self-proclaimed republics, regions and rivers of Ukraine', [
  ['Громада в межах Автономної Республіки Крим та АР Крим.', ['Автономної Республіки Крим|Автономна Республіка Крим', 'АР Крим|АР Крим']],
  ['Бойовики ДНР відступили до Дністра, на Поділля і в Галичину.', ['ДНР|ДНР', 'Дністра|Дністер', 'Поділля|Поділля', 'Галичину|Галичина']],
]);

describe('mayBePlace: one capitalized word a statistical guess reads as a place', () => {
  const rows: [string, string, boolean][] = [
    ['Данко дивився на Олену захоплено .', 'Олену', false],
    ['Ми з Аделею — не подруги .', 'Аделею', false],
    ['Цитати з Біблії та Конституції .', 'Біблії', false],
    ['Церква святкує Різдво .', 'Різдво', false],
    ['Він приїхав з Кременця вчора .', 'Кременця', true],
    ['Навесні військо стояло під Пилявцями .', 'Пилявцями', true],
  ];
  for (const [text, word, expected] of rows) {
    it(`${text} → ${word}: ${expected}`, () => {
      const article = parseArticle('a.txt', text);
      const token = article.tokens.find((t) => t.text === word);
      assert.ok(token);
      assert.equal(mayBePlace(article, token), expected);
    });
  }
});

table('a toponym-suffixed genitive after до/з/від is a place; a first name there is not', [
  ['Корган переправляє яблука до Вижниці, а з Мирополя везе їжу і сіль.', ['Вижниці|Вижниці', 'Мирополя|Мирополя']],
  ['Він пішов до Ірини та від Петра.', []],
]);

table('once the context names a place, its other forms in the article are that place', [
  [
    'Петриківка вперше згадується в листі. Навчання в Петриківці починається в садку. Відвідувачі Петриківки приїжджають.',
    ['Петриківка|Петриківка', 'Петриківці|Петриківці', 'Петриківки|Петриківки'],
  ],
  ['Петриківка вперше згадується в листі.', []],
]);

table('a quoted landmark is a landmark unless a legal form names it a company', [
  ['Будівля «Гостинного двору» стоїть , а ТОВ «Зелена долина» продали .', ['Гостинного двору|Гостинного двору']],
]);

table('у + a soft feminine genitive may be a possessor: its other forms are not taken for the place', [
  ['Ілія мовчав . А у Ілії був кіт .', ['Ілії|Ілії']],
]);

table('a settlement noun takes a two-word name, not the region after it; селище, містечко, хутір are settlement nouns', [
  ['Асия Биби из деревни Иттан Уали, штат Пенджаб.', ['Иттан Уали|Иттан Уали', 'Пенджаб|Пенджаб']],
  ['Закупівля робіт для села Мала Костромка завершилася.', ['Мала Костромка|Мала Костромка']],
  ['Фабрика у селищі Петриківка Дніпропетровської області працює.', ['Петриківка|Петриківка', 'Дніпропетровської області|Дніпропетровська область']],
  ['Він жив у містечку Вишнів і на хуторі Зелений .', ['Вишнів|Вишнів', 'Зелений|Зелений']],
]);

table('soft neuter nouns decline (моря, Гуляйполі); old names and historical states are listed', [
  ['Спілкувались у Рівному і Луцьку .', ['Рівному|Рівне', 'Луцьку|Луцьк']],
  ['На узбережжі Чорного моря та в Гуляйполі , у Кіровограді і Російській імперії .', ['Чорного моря|Чорне море', 'Гуляйполі|Гуляйполе', 'Кіровограді|Кіровоград', 'Російській імперії|Російська імперія']],
]);

table('no place: square metres before a sentence, a lowercase -цьк- adjective, a pronoun that spells a state, a rod', [
  ['Квартира в Києві площею 100 кв. м. Про це свідчить декларація , про яку говорила донецька влада .', ['Києві|Київ']],
  ['« Мені , будь ласка , каву » . Він жив у штаті Мен , а пруток і прут лежали .', ['Мен|Мен']],
]);

table('a list of region adjectives ended by one region noun: each is a region, the last takes the noun', [
  [
    'До складу входять Волинська, Закарпатська, Чернігівська Сумська й Харківська області України.',
    ['Волинська|Волинська область', 'Закарпатська|Закарпатська область', 'Чернігівська|Чернігівська область', 'Сумська|Сумська область', 'Харківська області|Харківська область', 'України|Україна'],
  ],
  ['Операція на території Луганської й Донецької областей триває.', ['Луганської|Луганська область', 'Донецької областей|Донецька область']],
  ['Снег выпал в Мурманской и Тюменской областях, а в Ярославской области дождь.', ['Мурманской|Мурманская область', 'Тюменской областях|Тюменская область', 'Ярославской области|Ярославская область']],
]);

describe('a place quoted alone after an organization noun names the organization', () => {
  it('газети « Житомирщина » is the newspaper; Житомирщину after про is the region', () => {
    const mentions = findPlacesOrgs(parseArticle('a.txt', 'Про засновництво газети « Житомирщина » та про Житомирщину писали .')).map((m) => `${m.type} ${m.text}`);
    assert.deepEqual(mentions, ['ORG Житомирщина', 'LOC Житомирщину']);
  });
  it('«ІНГО Україна» and кінотеатрі «Україна» name no place; Нафтогаз Украины keeps its country', () => {
    const mentions = findPlacesOrgs(parseArticle('a.txt', 'Зусиллями « ІНГО Україна » у кінотеатрі « Україна » показали фільм про Україну .')).filter((m) => m.type === 'LOC').map((m) => m.text);
    assert.deepEqual(mentions, ['Україну']);
    const ru = findPlacesOrgs(parseArticle('a.txt', 'Компания «Нафтогаз Украины» подала иск.')).map((m) => `${m.type} ${m.text}`);
    assert.deepEqual(ru, ['ORG Нафтогаз Украины']);
  });
});

table('Ukrainian: the country after a law or state symbol title is part of the title', [
  ['Відповідно до статті 5 Закону України та Податкового кодексу України , у Києві .', ['Києві|Київ']],
]);

describe('mayBePlace: not after a Ukrainian law title', () => {
  it('Закону України', () => {
    const article = parseArticle('a.txt', 'Відповідно до Закону України про місцеве самоврядування .');
    const token = article.tokens.find((t) => t.text === 'України');
    assert.ok(token);
    assert.equal(mayBePlace(article, token), false);
  });
});
