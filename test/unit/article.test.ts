import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { TITLE_MAX_LENGTH, parseArticle, shortenTitle } from '../../src/core/article';
import { boilerplateFamily } from '../../src/core/text/boilerplate';
import type { Article, Span } from '../../src/core/types';

const slices = (text: string, spans: Span[]): string[] => spans.map((span) => text.slice(span.start, span.end));

/** Invariants every Article must satisfy, whatever its input. */
function assertWellFormed(article: Article): void {
  const { text } = article;
  const isTrimmed = (span: Span): boolean =>
    span.start < span.end && text.slice(span.start, span.end) === text.slice(span.start, span.end).trim();
  for (const span of [...article.paragraphs, ...article.sentences, ...article.boilerplate]) {
    assert.ok(isTrimmed(span), `untrimmed or empty span ${JSON.stringify(text.slice(span.start, span.end))}`);
  }
  for (const sentence of article.sentences) {
    const paragraph = article.paragraphs[sentence.paragraph];
    assert.ok(paragraph.start <= sentence.start && sentence.end <= paragraph.end, 'sentence outside its paragraph');
  }
  for (let i = 1; i < article.sentences.length; i++) {
    assert.ok(article.sentences[i - 1].end <= article.sentences[i].start, 'sentences overlap or are out of order');
  }
  const prose = article.paragraphs;
  for (const token of article.tokens) {
    assert.equal(text.slice(token.start, token.end), token.text);
    assert.ok(
      prose.some((p) => p.start <= token.start && token.end <= p.end),
      `token ${token.text} outside prose`,
    );
  }
  // Only the header's title is prose; its `date YYYY-MM-DD` never is.
  const datePrefix = article.header && /^\s*date\s+\S+/i.exec(text.slice(article.header.start, article.header.end))?.[0].length;
  if (datePrefix) assert.ok(prose.every((p) => p.start >= datePrefix), 'prose overlaps the header date');
}

describe('parseArticle: header line', () => {
  const cases: {
    name: string;
    text: string;
    date?: string;
    title: string;
    header?: Span;
    paragraphs: string[];
  }[] = [
    {
      name: 'header with a leading space',
      text: ' date 2026-01-07 Зеленский продолжил встречу\nПрезидент встретился с делегацией.',
      date: '2026-01-07',
      title: 'Зеленский продолжил встречу',
      header: { start: 0, end: 44 },
      paragraphs: ['Зеленский продолжил встречу', 'Президент встретился с делегацией.'],
    },
    {
      name: 'header without a leading space, CRLF line end',
      text: 'date 2026-01-06 Союзники встречаются\r\n\r\nТекст статьи.',
      date: '2026-01-06',
      title: 'Союзники встречаются',
      header: { start: 0, end: 36 },
      paragraphs: ['Союзники встречаются', 'Текст статьи.'],
    },
    {
      name: 'header title is trimmed',
      text: 'date 2024-02-29   Високосный день  \nТекст.',
      date: '2024-02-29',
      title: 'Високосный день',
      header: { start: 0, end: 35 },
      paragraphs: ['Високосный день', 'Текст.'],
    },
    {
      name: 'impossible date: still a header, no date',
      text: ' date 2026-02-30 Заголовок\nТекст.',
      title: 'Заголовок',
      header: { start: 0, end: 26 },
      paragraphs: ['Заголовок', 'Текст.'],
    },
    {
      name: 'February 29 of a non-leap year is impossible',
      text: 'date 2025-02-29 Заголовок\nТекст.',
      title: 'Заголовок',
      header: { start: 0, end: 25 },
      paragraphs: ['Заголовок', 'Текст.'],
    },
    {
      name: 'header without a title takes the first sentence',
      text: 'date 2026-01-07\nПервое предложение. Второе.',
      date: '2026-01-07',
      title: 'Первое предложение.',
      header: { start: 0, end: 15 },
      paragraphs: ['Первое предложение. Второе.'],
    },
    {
      name: 'a date line that is not first is prose',
      text: 'Заголовок\ndate 2026-01-07 не заголовок',
      title: 'Заголовок',
      paragraphs: ['Заголовок', 'date 2026-01-07 не заголовок'],
    },
    {
      name: 'a malformed date is not a header',
      text: 'date 2026-1-7 Заголовок\nТекст.',
      title: 'date 2026-1-7 Заголовок',
      paragraphs: ['date 2026-1-7 Заголовок', 'Текст.'],
    },
    {
      name: 'the date must be a separate word',
      text: 'date 2026-01-07Заголовок\nТекст.',
      title: 'date 2026-01-07Заголовок',
      paragraphs: ['date 2026-01-07Заголовок', 'Текст.'],
    },
  ];
  for (const { name, text, date, title, header, paragraphs } of cases) {
    it(name, () => {
      const article = parseArticle('a.txt', text);
      assert.equal(article.date, date);
      assert.equal(article.title, title);
      assert.deepEqual(article.header, header);
      assert.deepEqual(slices(text, article.paragraphs), paragraphs);
      assertWellFormed(article);
    });
  }
});

describe('parseArticle: title without a header', () => {
  const long =
    'Представники України та Сполучених Штатів провели новий раунд переговорів у столиці Франції 7 січня, де обговорили безпеку та мир.';
  const cases: { name: string; path: string; text: string; title: string }[] = [
    { name: 'the first sentence of the first paragraph', path: 'a.txt', text: 'Первое. Второе.\nТретье.', title: 'Первое.' },
    { name: 'boilerplate lines are skipped', path: 'a.txt', text: 'Фото: Reuters\nРеклама\nСуть дела. Детали.', title: 'Суть дела.' },
    { name: 'a headline line without punctuation', path: 'a.txt', text: 'Вакцина от коронавируса \n\nТекст статьи.', title: 'Вакцина от коронавируса' },
    {
      name: 'a long sentence is shortened on a word boundary',
      path: 'a.txt',
      text: long,
      title: 'Представники України та Сполучених Штатів провели новий раунд переговорів у столиці Франції 7 січня, де обговорили…',
    },
    { name: 'no prose: the file name without extension', path: 'corpus/2026/empty-article.txt', text: '', title: 'empty-article' },
    { name: 'only boilerplate: the file name', path: 'x/ads.md', text: 'Реклама\n\nРЕКЛАМА', title: 'ads' },
  ];
  for (const { name, path: file, text, title } of cases) {
    it(name, () => assert.equal(parseArticle(file, text).title, title));
  }

  it('shortened titles stay within the limit and end with …', () => {
    const title = shortenTitle(long);
    assert.ok(title.length <= TITLE_MAX_LENGTH);
    assert.ok(title.endsWith('…'));
  });

  it('a title without spaces is cut inside the word', () => {
    const title = shortenTitle('а'.repeat(300));
    assert.equal(title, `${'а'.repeat(TITLE_MAX_LENGTH - 1)}…`);
  });

  it('whitespace runs inside the title collapse', () => {
    assert.equal(parseArticle('a.txt', 'Один\t  два.').title, 'Один два.');
  });
});

describe('parseArticle: a photographer named in a credit line is prose', () => {
  const cases: { line: string; prose: string[] }[] = [
    { line: 'Фото: Алексей БУЛАТОВ', prose: ['Алексей БУЛАТОВ'] },
    { line: 'Фото: Мария Ленц', prose: ['Мария Ленц'] },
    { line: 'Иллюстративное фото: Олег Золото', prose: ['Олег Золото'] },
    { line: 'Фото: Reuters', prose: [] },
    { line: 'Фото: РИА Новости', prose: [] },
    { line: 'Фото:novostivolgograda.ru', prose: [] },
    { line: 'Фото: пресс-служба мэрии', prose: [] },
  ];
  for (const { line, prose } of cases) {
    it(line, () => {
      const article = parseArticle('a.txt', `Суть дела.\n\n${line}\n\nДетали.`);
      assertWellFormed(article);
      const credits = slices(article.text, article.paragraphs).filter((p) => p !== 'Суть дела.' && p !== 'Детали.');
      assert.deepEqual(credits, prose);
      assert.equal(article.title, 'Суть дела.');
    });
  }
});

describe('boilerplate lines', () => {
  const cases: { line: string; family?: string }[] = [
    { line: 'Реклама', family: 'ad' },
    { line: 'РЕКЛАМА', family: 'ad' },
    { line: 'Реклама:', family: 'ad' },
    { line: 'Продолжение после рекламы', family: 'ad' },
    { line: 'Продовження після реклами', family: 'ad' },
    { line: 'Читайте также: Зеленский прибыл в Париж', family: 'link' },
    { line: 'Читайте також:', family: 'link' },
    { line: 'ЧИТАЙТЕ ТАКЖЕ', family: 'link' },
    { line: 'Смотрите также:', family: 'link' },
    { line: 'Фото: Reuters', family: 'photo' },
    { line: 'Фото:novostivolgograda.ru', family: 'photo' },
    { line: 'Иллюстративное фото: primeminister.kz', family: 'photo' },
    { line: 'Фото Густаво Зырянова / Сиб.фм', family: 'photo' },
    { line: 'Стив Виткофф / © Getty Images', family: 'photo' },
    { line: 'Британия разрешит смешивать вакцины против COVID-19 / фото REUTERS', family: 'photo' },
    { line: 'Чи готова Україна до отримання вакцин / ілюстрація REUTERS', family: 'photo' },
    { line: '52% українців не хочуть безкоштовно вакцинуватися від COVID-19. Фото: УП', family: 'photo' },
    { line: 'Першу дозу вводять пацієнту в Делі, Індія. Фото: www.business-standard.com', family: 'photo' },
    { line: '© РИА Новости, 2026', family: 'copyright' },
    { line: 'Джерело: Гебреєсус в Twitter', family: 'source' },
    { line: 'Источник: ТАСС', family: 'source' },
    { line: 'Подписывайтесь на наш канал в Telegram', family: 'subscribe' },
    { line: 'Хочете отримувати головні новини в месенджер? Підписуйтеся на наш Telegram або Viber!', family: 'subscribe' },
    { line: 'Підписуйтесь на "Новинарню" в соцмережах: Telegram, Facebook.', family: 'subscribe' },
    { line: 'Читайте последние новости Украины и мира на канале УНИАН в Telegram', family: 'subscribe' },
    { line: 'Нашли опечатку? Выделите её и нажмите Ctrl+Enter', family: 'chrome' },

    // prose that merely mentions the same words
    { line: 'Реклама стала главным источником дохода компании.' },
    { line: 'Продолжение после рекламы не последовало, сообщили зрители.' },
    { line: 'Фото было опубликовано в соцсетях.' },
    { line: 'Фотографии показывают разрушения в Харькове' },
    { line: 'Источник в правительстве сообщил, что встреча состоится.' },
    { line: '«Подпишитесь под петицией», — призвал он.' },
    { line: 'Читайте внимательно условия договора, советуют юристы.' },
    {
      line: 'Компания потратила на рекламу миллионы, а фото продукции с логотипом © появлялись на каждом углу, отмечает издание в своём подробном расследовании.',
    },
    { line: 'Детали' },
  ];
  for (const { line, family } of cases) {
    it(`${family ?? 'prose'}: ${line}`, () => assert.equal(boilerplateFamily(line), family));
  }
});

describe('parseArticle: prose, sentences and tokens', () => {
  it('excludes the header date and boilerplate from paragraphs, sentences and tokens', () => {
    const text = ' date 2026-01-07 Заголовок\nФото: Reuters\nПервое. Второе.\n\nРеклама\n\nТретье.';
    const article = parseArticle('a.txt', text);
    assert.deepEqual(slices(text, article.boilerplate), ['Фото: Reuters', 'Реклама']);
    assert.deepEqual(slices(text, article.paragraphs), ['Заголовок', 'Первое. Второе.', 'Третье.']);
    assert.deepEqual(
      article.sentences.map((s) => [text.slice(s.start, s.end), s.paragraph]),
      [
        ['Заголовок', 0],
        ['Первое.', 1],
        ['Второе.', 1],
        ['Третье.', 2],
      ],
    );
    assert.deepEqual(
      article.tokens.map((t) => t.text),
      ['Заголовок', 'Первое', '.', 'Второе', '.', 'Третье', '.'],
    );
    assertWellFormed(article);
  });

  it('keeps the text exactly as given', () => {
    const text = 'Строка один.\r\nСтрока два.\r\n';
    const article = parseArticle('a.txt', text);
    assert.equal(article.text, text);
    assert.equal(article.path, 'a.txt');
    assertWellFormed(article);
  });

  it('detects the language from prose only', () => {
    const text = 'Читайте також: що це було\nОн сказал, что это было непросто.';
    assert.equal(parseArticle('a.txt', text).lang, 'ru');
  });

  it('an empty file yields an empty Russian article', () => {
    const article = parseArticle('dir/empty.txt', '');
    assert.deepEqual(
      { ...article },
      {
        path: 'dir/empty.txt',
        text: '',
        lang: 'ru',
        date: undefined,
        dateEvidence: undefined,
        title: 'empty',
        header: undefined,
        boilerplate: [],
        paragraphs: [],
        sentences: [],
        tokens: [],
      },
    );
  });
});

describe('parseArticle: sample corpus samples/paris-2026-01', () => {
  const dir = path.resolve(__dirname, '../../../samples/paris-2026-01');
  const read = (prefix: string): { file: string; text: string } => {
    const file = fs.readdirSync(dir).find((name) => name.startsWith(prefix));
    assert.ok(file, `sample ${prefix} missing`);
    return { file, text: fs.readFileSync(path.join(dir, file), 'utf8') };
  };
  const parse = (prefix: string): Article => {
    const { file, text } = read(prefix);
    return parseArticle(`paris-2026-01/${file}`, text);
  };

  const expectations: {
    prefix: string;
    lang: 'ru' | 'uk';
    date?: string;
    title: string;
    boilerplate: string[];
    firstParagraph: string;
    sentenceCount: number;
  }[] = [
    {
      prefix: '000',
      lang: 'ru',
      title: 'Соединенные Штаты достигли значительного прогресса в переговорах с Украиной по разработке двусторонних гарантий…',
      boilerplate: ['/ © Getty Images', 'Реклама', 'Реклама', 'Реклама'],
      firstParagraph: 'Стив Виткофф',
      sentenceCount: 16,
    },
    {
      prefix: '001',
      lang: 'ru',
      title: 'Советник и спецпосланник президента Дональда Трампа Стив Виткофф после встречи "коалиции решительных" в Париже заявил…',
      boilerplate: [],
      firstParagraph: 'Советник и спецпосланник',
      sentenceCount: 12,
    },
    {
      prefix: '002',
      lang: 'ru',
      date: '2026-01-07',
      title: 'Зеленский после саммита коалиции продолжил встречу с Уиткоффом и Кушнером',
      boilerplate: [],
      firstParagraph: 'Зеленский после саммита',
      sentenceCount: 15,
    },
    {
      prefix: '003',
      lang: 'uk',
      title: 'Представники України та Сполучених Штатів провели новий раунд переговорів у столиці Франції 7 січня, де обговорили…',
      boilerplate: ['Продовження після реклами', 'РЕКЛАМА', 'Продовження після реклами', 'РЕКЛАМА'],
      firstParagraph: 'Представники України',
      sentenceCount: 12,
    },
    {
      prefix: '004',
      lang: 'ru',
      date: '2026-01-06',
      title:
        'Союзники Украины встречаются в Париже во вторник, стремясь максимально согласовать свой вклад в будущие гарантии безопасности, чтобы заверить Украину в случае прекращения огня с россией, со ссылкой на дипломатов и чиновников сообщает Reuters, пишет УНН.',
      boilerplate: [],
      firstParagraph: 'Союзники Украины встречаются',
      sentenceCount: 16,
    },
  ];
  for (const expected of expectations) {
    it(`${expected.prefix}: ${expected.lang}, date ${expected.date ?? 'none'}, ${expected.boilerplate.length} boilerplate lines`, () => {
      const article = parse(expected.prefix);
      assert.equal(article.lang, expected.lang);
      assert.equal(article.date, expected.date);
      assert.equal(article.title, expected.title);
      assert.equal(article.header !== undefined, expected.date !== undefined);
      assert.deepEqual(slices(article.text, article.boilerplate), expected.boilerplate);
      assert.ok(article.text.slice(article.paragraphs[0].start).startsWith(expected.firstParagraph));
      assert.equal(article.sentences.length, expected.sentenceCount);
      assertWellFormed(article);
    });
  }

  it('002: the header is the whole first line; its title is the first paragraph', () => {
    const article = parse('002');
    const firstLineEnd = article.text.indexOf('\n');
    assert.deepEqual(article.header, { start: 0, end: firstLineEnd });
    assert.equal(slices(article.text, article.paragraphs.slice(0, 1))[0], article.title);
    assert.ok(article.paragraphs[1].start > firstLineEnd);
  });

  it('000: a photo caption is prose, its credit boilerplate, and it is not the title', () => {
    const article = parse('000');
    assert.equal(slices(article.text, article.paragraphs.slice(0, 1))[0], 'Стив Виткофф');
    assert.ok(article.title.startsWith('Соединенные Штаты'));
  });

  it('003: a quotation of several sentences with its author is one sentence', () => {
    const article = parse('003');
    const quote = article.sentences
      .map((s) => article.text.slice(s.start, s.end))
      .find((s) => s.startsWith('"Другий день'));
    assert.ok(quote?.endsWith('— йдеться у повідомленні.'));
  });

  it('003: the apostrophe word зобов’язання is one token', () => {
    assert.ok(parse('003').tokens.some((t) => t.text === 'зобов’язання' && t.kind === 'word'));
  });
});
