// The date grammar's words, Russian and Ukrainian, in every case form a date takes:
// month and weekday names, relative words, parts of the day, periods. Keys are
// lowercase with ё folded to е and every apostrophe as U+0027.

export type PartOfDay = 'morning' | 'day' | 'evening' | 'night';

/** Folds a word for look-up: lowercase, ё → е, apostrophes → '. */
const UNFOLDED = /[ё’ʼ`‘]/;

export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  // Most words need neither replacement; testing first spares two string copies each.
  return UNFOLDED.test(lower) ? lower.replace(/ё/g, 'е').replace(/[’ʼ`‘]/g, "'") : lower;
}

function table<V>(rows: [V, string][]): Map<string, V> {
  const map = new Map<string, V>();
  for (const [value, forms] of rows) for (const form of forms.split(' ')) map.set(form, value);
  return map;
}

/** Month (1–12) by word form. */
export const MONTHS: Map<string, number> = table<number>([
  [1, 'январь января январю январем январе січень січня січню січнем січні'],
  [2, 'февраль февраля февралю февралем феврале лютий лютого лютому лютим'],
  [3, 'март марта марту мартом марте березень березня березню березнем березні'],
  [4, 'апрель апреля апрелю апрелем апреле квітень квітня квітню квітнем квітні'],
  [5, 'май мая маю маем мае травень травня травню травнем травні'],
  [6, 'июнь июня июню июнем июне червень червня червню червнем червні'],
  [7, 'июль июля июлю июлем июле липень липня липню липнем липні'],
  [8, 'август августа августу августом августе серпень серпня серпню серпнем серпні'],
  [9, 'сентябрь сентября сентябрю сентябрем сентябре вересень вересня вересню вереснем вересні'],
  [10, 'октябрь октября октябрю октябрем октябре жовтень жовтня жовтню жовтнем жовтні'],
  [11, 'ноябрь ноября ноябрю ноябрем ноябре листопад листопада листопаду листопадом листопаді'],
  [12, 'декабрь декабря декабрю декабрем декабре грудень грудня грудню груднем грудні'],
]);

/**
 * Month forms that are also common other words (uk `маю` "I have", `лютий` "fierce"):
 * a month only after a day number or before a year, never alone after a preposition.
 */
export const AMBIGUOUS_BARE_MONTHS = new Set(['маю', 'лютий', 'лютим', 'март', 'август']);

/** Words after which a month name alone is a date: `с ноября`, `в конце декабря`, `у грудні`. */
export const BEFORE_BARE_MONTH = new Set(
  (
    'с со в во до к ко по после от около начиная ' +
    'начала начале середины середине конца конце половины половине ' +
    'у з із зі від після після до на ' +
    'початку середини середині кінця кінці половини половині наприкінці напочатку'
  ).split(' '),
);

/** Weekday (0 = Sunday … 6 = Saturday) by every case form, for a weekday beside a date (`в среду, 7 января`). */
export const WEEKDAYS_ANY: Map<string, number> = table<number>([
  [1, 'понедельник понедельника понедельнику понедельником понедельнике понеділок понеділка понеділку понеділком'],
  [2, 'вторник вторника вторнику вторником вторнике вівторок вівторка вівторку вівторком'],
  [3, 'среда среду среды среде средой середа середу середи середі середою'],
  [4, 'четверг четверга четвергу четвергом четверге четвер четверга четвергу четвергом'],
  [5, "пятница пятницу пятницы пятнице пятницей п'ятниця п'ятницю п'ятниці п'ятницею"],
  [6, 'суббота субботу субботы субботе субботой субота суботу суботи суботі суботою'],
  [0, "воскресенье воскресенья воскресенью воскресеньем неділя неділю неділі неділею"],
]);

/**
 * Weekday forms that make a date on their own after a preposition (`во вторник`,
 * `до пятницы`, `у середу`): accusative, genitive, dative. `в среде` (environment)
 * and `по вторникам` (habit) are not dates.
 */
export const WEEKDAYS_ALONE: Map<string, number> = table<number>([
  [1, 'понедельник понедельника понедельнику понеділок понеділка'],
  [2, 'вторник вторника вторнику вівторок вівторка'],
  [3, 'среду среды середу середи'],
  [4, 'четверг четверга четвергу четвер'],
  [5, "пятницу пятницы п'ятницю п'ятниці"],
  [6, 'субботу субботы суботу суботи'],
  [0, 'воскресенье воскресенья неділю неділі'],
]);

/** Prepositions before a weekday alone. */
export const BEFORE_WEEKDAY = new Set('в во на с со до к ко у з із зі від'.split(' '));

/** `в прошлый вторник`, `у наступну середу`: -1 the last such day before, +1 the next after, 0 this week's. */
export const WEEKDAY_MODIFIERS: Map<string, number> = table<number>([
  [-1, 'прошлый прошлую прошлое прошлой минувший минувшую минувшее минулий минулу минулого минулої'],
  [0, 'этот эту это этой цей цю цього цієї'],
  [1, 'следующий следующую следующее следующей ближайший ближайшую ближайшее наступний наступну наступного наступної найближчий найближчу'],
]);

/** Relative days: offset from the reference date. */
export const RELATIVE_DAYS: Map<string, number> = table<number>([
  [0, 'сегодня сьогодні'],
  [1, 'завтра'],
  [-1, 'вчера вчора учора'],
  [-2, 'позавчера позавчора'],
  [2, 'послезавтра післязавтра'],
]);

/** `накануне` / `напередодні`: the day before, unless a preposition (`накануне встречи`). */
export const DAY_BEFORE = new Set(['накануне', 'напередодні']);

/** Parts of the day said as one word before or after a date. */
export const PARTS_OF_DAY: Map<string, PartOfDay> = table<PartOfDay>([
  ['morning', 'утром вранці зранку уранці зрання'],
  ['day', 'днем вдень удень'],
  ['evening', 'вечером ввечері увечері звечора'],
  ['night', 'ночью вночі уночі'],
]);

/** `минувшей ночью`, `цієї ночі`: the night that ends on the reference date. */
export const LAST_NIGHT_ADJECTIVES = new Set(
  'минувшей прошлой этой сегодняшней минулої минулої цієї сьогоднішньої'.split(' '),
);
export const NIGHT_NOUNS = new Set(['ночью', 'ночи', 'ночі']);

export type PeriodUnit = 'week' | 'month' | 'year';

/** `прошлой неделе`, `минулого тижня`: the adjective's offset in units. */
export const PERIOD_ADJECTIVES: Map<string, number> = table<number>([
  [-1, 'прошлой прошлую прошлом прошлого прошлый минувшей минувшую минувшем минувшего минувший минулого минулому минулий минулої минулу минулій'],
  [0, 'этой эту этом этого этот текущей текущую текущем текущего текущий цього цьому цей цієї цю цій поточного поточному поточний поточної'],
  [1, 'следующей следующую следующем следующего следующий будущей будущую будущем будущего будущий наступного наступному наступний наступної наступну наступній'],
]);

export const PERIOD_NOUNS: Map<string, PeriodUnit> = table<PeriodUnit>([
  ['week', 'неделе недели неделю неделя тижня тижні тиждень'],
  ['month', 'месяце месяца месяц місяця місяці місяць'],
  ['year', 'году года год року році рік'],
]);

/** One word for last year. */
export const LAST_YEAR_WORDS = new Set(['торік', 'торiк']);

/** Words after a year number: `2026 года`, `2026 г.`, `2026 року`, `2026 р.`. */
export const YEAR_WORDS = new Set('год года году годом г рік року році роком р'.split(' '));
/** Of those, abbreviations that take their dot. */
export const YEAR_ABBREVIATIONS = new Set(['г', 'р']);

/** Conjunctions between days of one month: `6 и 7 января`, `6, 7 та 8 січня`. */
export const DAY_LIST_JOINERS = new Set([',', 'и', 'і', 'й', 'та']);
/** `с 6 по 7 января`, `з 6 до 7 січня`. */
export const RANGE_OPENERS = new Set(['с', 'со', 'з', 'із', 'від', 'от']);
export const RANGE_CLOSERS = new Set(['по', 'до']);
export const DASHES = new Set(['-', '–', '—', '‒']);
