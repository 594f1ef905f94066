// Lines of scraped news that are not article prose: ad markers, photo credits,
// cross-links, source and subscription lines. Each pattern sees one trimmed line and
// is deliberately narrow: a prose sentence that merely mentions реклама or фото must
// stay prose, so patterns are anchored, demand a colon or a credit shape, and most
// carry a length cap (credits are short; paragraphs are not).
//
// JavaScript's \b only knows ASCII letters, so Cyrillic word edges are written as
// (?![\p{L}]) lookarounds.

export interface BoilerplatePattern {
  family: string;
  pattern: RegExp;
  /** Longer lines are prose whatever they start with. */
  maxLength: number;
}

const END = '(?![\\p{L}\\p{N}])';

function pattern(source: string): RegExp {
  return new RegExp(source, 'iu');
}

export const BOILERPLATE_PATTERNS: readonly BoilerplatePattern[] = [
  // Ad markers left where a banner was: `Реклама`, `РЕКЛАМА`, `Реклама:`, `Advertisement`.
  { family: 'ad', pattern: pattern('^(?:реклама|advertisement)\\s*[.:]?$'), maxLength: 20 },
  // Ad breaks: `Продолжение после рекламы`, `Продовження після реклами`.
  { family: 'ad', pattern: pattern('^(?:продолжение\\s+после\\s+рекламы|продовження\\s+після\\s+реклами)\\s*[.:…]*$'), maxLength: 40 },
  // Cross-links: `Читайте также: …`, `Читайте також …`, `ЧИТАЙТЕ ТАКЖЕ`, `Смотрите также:`, `Дивіться також:`.
  {
    family: 'link',
    pattern: pattern(`^(?:читайте|читати|смотрите|дивіться|дивитися)\\s+(?:также|також|еще|ещё|більше)${END}`),
    maxLength: 200,
  },
  // Photo credits opening the line: `Фото: Reuters`, `Фото:novostivolgograda.ru`, `Иллюстративное фото: …`.
  {
    family: 'photo',
    pattern: pattern('^(?:(?:иллюстративное|ілюстративне|главное|головне)\\s+)?(?:фото|фотография|світлина|иллюстрация|ілюстрація|скриншот|скріншот|коллаж|колаж)\\s*:'),
    maxLength: 120,
  },
  // Photo credits without a colon: `Фото Густаво Зырянова / Сиб.фм`, `Фото с турнира`; a
  // prose sentence (`Фото было опубликовано.`) ends with final punctuation and stays.
  { family: 'photo', pattern: pattern(`^(?:фото|photo)${END}.*[^.!?…]$`), maxLength: 80 },
  // Captions ending in a credit: `Стив Виткофф / © Getty Images`, `… / фото REUTERS`, `… / Фото: REUTERS`, `… / ілюстрація REUTERS`.
  { family: 'photo', pattern: pattern(`\\s[/|]\\s*(?:©|фото|photo|ілюстрація|иллюстрация)${END}[^/]*$`), maxLength: 200 },
  // Captions with a trailing credit sentence: `52% українців … . Фото: УП`.
  { family: 'photo', pattern: pattern('[.!?]\\s+(?:фото|photo)\\s*:\\s*\\S.{0,60}$'), maxLength: 200 },
  // Any short line with a copyright sign: `© РИА Новости`, `Фото © AP`.
  { family: 'copyright', pattern: pattern('©'), maxLength: 120 },
  // Source lines: `Источник: ТАСС`, `Джерело: Гебреєсус в Twitter`, `По материалам: …`, `За матеріалами: …`.
  {
    family: 'source',
    pattern: pattern('^(?:источник|источники|джерело|джерела|по\\s+материалам|за\\s+матеріалами)\\s*:'),
    maxLength: 120,
  },
  // Subscription and channel promos: `Подписывайтесь на наш канал в Telegram`,
  // `Хочете отримувати … новини в месенджер? Підписуйтеся на наш Telegram або Viber!`.
  // The verb alone is not enough: `«Подпишитесь под петицией», — призвал он` is prose.
  {
    family: 'subscribe',
    pattern: pattern(
      `(?<![\\p{L}])(?:подписывайтесь|подпишитесь|підписуйтесь|підписуйтеся|підпишіться|присоединяйтесь|приєднуйтесь|приєднуйтеся)${END}.{0,40}(?:наш|нас|нам|канал|telegram|viber|facebook|instagram|youtube|twitter|соцсет|соцмереж|сторінк|страниц)`,
    ),
    maxLength: 250,
  },
  // Channel promos phrased as reading advice: `Читайте последние новости … на канале УНИАН в Telegram`, `Читайте нас у Telegram.`
  { family: 'subscribe', pattern: pattern('^читайте\\s.*(?:telegram|viber|facebook|instagram|youtube|twitter)'), maxLength: 200 },
  // Site chrome: `Нашли опечатку? Выделите её и нажмите Ctrl+Enter`.
  { family: 'chrome', pattern: pattern('ctrl\\s*\\+\\s*enter'), maxLength: 150 },
];

/** The family of boilerplate a trimmed line belongs to, or undefined for prose. */
export function boilerplateFamily(line: string): string | undefined {
  for (const { family, pattern, maxLength } of BOILERPLATE_PATTERNS) {
    if (line.length <= maxLength && pattern.test(line)) return family;
  }
  return undefined;
}
