// Places no list knows, read from the words around them. A capitalized noun in the locative right after a
// preposition of place (в Петриківці, у Шахтарську, на Поділлі, под Урюпинском) is a place: people and
// organizations rarely stand there in that case, and the few that do are told apart by the first-name list and
// the institution nouns. Each reading gets an id from the word's stem (stemKey), so the forms of one unknown
// place (Петриківці, Петриківка, Петриківки) are one entity.
import { spacesOnly } from '../text/gaps';
import { lookupFirstName } from '../names/firstNames';
import { foldCase as fold, foldedTokens } from '../text/fold';
import type { Article, Lang, Token } from '../types';

/** A place read from context: tokens[first..last] and its base form (a street's without its house number). */
export interface ContextPlace {
  first: number;
  last: number;
  lemma: string;
  /** The context leaves no other reading, so the word's other forms in the article are the place too (see sameStemPlaces). */
  sure: boolean;
}

/** Prepositions governing the locative (в, на) or, under/під, the instrumental. */
const LOCATIVE_PREPOSITIONS: Record<Lang, Set<string>> = { uk: new Set(['в', 'у', 'на']), ru: new Set(['в', 'во', 'на']) };
const UNDER: Record<Lang, Set<string>> = { uk: new Set(['під']), ru: new Set(['под']) };

/** Prepositions of direction governing the genitive (до Вижниці, з Петриківки), where people stand as often. */
const FROM_TO: Record<Lang, Set<string>> = { uk: new Set(['до', 'з', 'із', 'зі', 'від', 'біля', 'поблизу', 'неподалік']), ru: new Set(['до', 'из', 'изо', 'от', 'около', 'возле', 'близ']) };
// …so there the word must also have a toponym's suffix in the genitive: Вижниці, Петриківки, Шахтарська, Тернополя, Ужгорода.
const TOPONYM_GENITIVE: Record<Lang, RegExp> = {
  uk: /(?:[іїи]вки|ниці|ичі|ичів|[сцз]ька|пол[яю]|піля|город[ау]|град[ау]|ївц[яі])$/u,
  ru: /(?:[ео]вки|ницы|ичей|[сц]ка|пол[яю]|город[ау]|град[ау])$/u,
};

const SOFT_GENITIVE = /(?:ї|[лнрдтсз]і)$/u;

// Noun endings of the locative: Петриківці, Львові, Поділлі, Коломиї, Шахтарську; Урюпинске, Тольятти-less.
// An adjective's locative (Київському, Західній) and the plural (Карпатах) are left out: they open longer names.
const LOCATIVE: Record<Lang, RegExp> = {
  uk: /(?:[бвгґджзклмнпрстфхцчшщ]і|[ое]ві|ії|[^і]ї|[сцз]ьку)$/u,
  ru: /(?:[бвгджзклмнпрстфхцчшщ]е|ии)$/u,
};
const INSTRUMENTAL: Record<Lang, RegExp> = { uk: /(?:[бвгджзклмнпрстфхцчшщ]ом|[жчшщц]ем)$/u, ru: /(?:[бвгджзклмнпрстфхцчшщ]ом|[жчшщц]ем)$/u };
// Adjective forms that look like nouns' (Великі, Давні, Другій): an adjective opens a longer name or none.
const ADJECTIVE: Record<Lang, RegExp> = { uk: /(?:ому|ьому|ій|ім|[кгх]і|ьні)$/u, ru: /(?:ое|ее)$/u };

/**
 * Capitalized common nouns that follow в/у/на as often as places do (в Інтернеті, у Положенні, в Міністерстві),
 * by their folded stem: documents, institutions, the web. Place nouns themselves are read as heads elsewhere.
 */
const COMMON_NOUN_STEM =
  /^(інтернет|интернет|мереж|сети$|положенн|положени|закон|кодекс|указ|статут|додатк|приложени|конституці|конституци|біблі|библи|євангелі|евангели|всесвіт|договор|догові|угод|объединени|об.єднанн|царств|міністерств|министерств|управлінн|управлени|академі|академи|інститут|институт|університет|университет|палат|кабінет|кабинет|комітет|комитет|департамент|агентств|центр|фонд[іе]$|банк[уе]$|суд[іе]$|раді$|совет|парті|парти|церкв|храм|собор|фейсбук|твіттер|твиттер|телеграм|ютуб|ютюб)/u;

// Capitalized words of faith, feasts and founding documents (Бог, Церква, Біблії, Різдво, Конституції): often
// capitalized in prose, never places.
const REVERED_WORD = /^(?:бог|господ|церкв|церков|біблі|библи|євангел|евангел|різдв|рождеств|великд|пасх|трійц|троиц|реформаці|реформаци|конституці|конституци|христ)/u;
const COMPANION = new Set(['з', 'із', 'зі', 'с', 'со']);
const INSTRUMENTAL_ENDING = /(?:ою|ею|єю|ом|ем|єм)$/u;

// Закону України, Податкового кодексу України, Герба України: Ukrainian news and the Ukrainian gold read the country
// after the title of a law or a state symbol as part of that title, not as a place (Russian gold marks it: кодекса России).
const LAW_TITLE_UK = /(?:^|[\s(«"])(?:закон|закону|законом|законі|кодекс|кодексу|кодексом|кодексі|конституція|конституції|конституцію|конституцією|указ|указу|указом|герб|герба|гербу|гімн|гімну|кк|цк|кпк)\s{1,2}$/iu;

/** Does a Ukrainian law's or state symbol's title stand right before the word (Закону України)? */
export function lawTitleBefore(article: Article, word: Token): boolean {
  return article.lang === 'uk' && LAW_TITLE_UK.test(article.text.slice(Math.max(0, word.start - 14), word.start));
}

/**
 * May one capitalized word that no rule read be a place, as a statistical guess has it? Not a first name (на Дору,
 * до Ілії: a place that is also a first name needs a place context the rules read, в Софії, місто Софія), not a
 * companion in the instrumental (з Аделею), not a word of faith or a founding document.
 */
export function mayBePlace(article: Article, word: Token): boolean {
  const folded = fold(word.text);
  if (lookupFirstName(word.text).length > 0 || REVERED_WORD.test(folded) || COMMON_NOUN_STEM.test(folded) || lawTitleBefore(article, word)) return false;
  const before = /(\p{L}+)\s+$/u.exec(article.text.slice(Math.max(0, word.start - 6), word.start));
  return !(before && COMPANION.has(fold(before[1])) && INSTRUMENTAL_ENDING.test(folded));
}

/** Company and agency names compounded with an industry or office word (у Росздравнадзорі, в Укрнафті). */
const COMPANY_COMPOUND = /.{3}(?:надзор|нагляд|банк|пром|газ|нафт|нефт|енерго|энерго|інвест|инвест|трейд|холдинг|комтех)/u;

/**
 * A capitalized noun in the locative (or, after під/под, the instrumental) right after a preposition of place:
 * в Петриківці, у Шахтарську, на Поділлі, под Урюпинском. Not a first name (в Олені, на Дору), not a word the
 * article also writes in lowercase (в Мережі … мережа), and not one word of a longer capitalized name.
 */
export function locativePlaceAt(article: Article, i: number): ContextPlace | undefined {
  const { tokens, text, lang } = article;
  const t = tokens[i];
  const prev = tokens[i - 1];
  // This runs for every word no other matcher took: the cheap tests first (a Cyrillic capital, a short word before).
  if (!prev || t.kind !== 'word' || !cyrillicCapital(t.text) || prev.kind !== 'word' || prev.text.length > 9) return undefined;
  const folded = foldedTokens(tokens);
  const preposition = folded[i - 1];
  if (!LOCATIVE_PREPOSITIONS[lang].has(preposition) && !UNDER[lang].has(preposition) && !FROM_TO[lang].has(preposition)) return undefined;
  if (!spaced(text, prev, t) || !/^\p{Lu}\p{Ll}{3,}(?:-\p{Lu}\p{Ll}+)?$/u.test(t.text)) return undefined;
  const word = folded[i];
  const locative = LOCATIVE_PREPOSITIONS[lang].has(preposition) && LOCATIVE[lang].test(word);
  const instrumental = UNDER[lang].has(preposition) && INSTRUMENTAL[lang].test(word);
  const genitive = FROM_TO[lang].has(preposition) && TOPONYM_GENITIVE[lang].test(word);
  if (!(locative || instrumental || genitive) || ADJECTIVE[lang].test(word) || COMMON_NOUN_STEM.test(word) || COMPANY_COMPOUND.test(word)) return undefined;
  if (foldedLowercaseWords(tokens).has(word) || lookupFirstName(t.text).length > 0) return undefined;
  const next = tokens[i + 1];
  if (next && next.kind === 'word' && /^\p{Lu}/u.test(next.text) && spaced(text, t, next)) return undefined;
  // у Ілії, в Аделі: a soft feminine noun's genitive is its locative, and у + genitive is a possessor (у Ілії є син).
  const possessor = lang === 'uk' && (preposition === 'у' || preposition === 'в') && SOFT_GENITIVE.test(word);
  return { first: i, last: i, lemma: t.text, sure: !possessor };
}

/** Does the word open with a Cyrillic capital (А–Я, Ё, Є, І, Ї, Ґ)? A code-point test, no pattern. */
function cyrillicCapital(word: string): boolean {
  const c = word.charCodeAt(0);
  return (c >= 0x400 && c <= 0x42f) || c === 0x490;
}

/** Tokens separated by spaces only (one or two: pre-tokenized text doubles none). */
const spaced = (text: string, a: Token, b: Token): boolean => spacesOnly(text, a.end, b.start);

const lowercaseByTokens = new WeakMap<readonly Token[], ReadonlySet<string>>();

/** The words an article writes in lowercase, folded (ё as е: text/lowercaseWords keeps them as written): a capitalized one of them is a common word. */
function foldedLowercaseWords(tokens: readonly Token[]): ReadonlySet<string> {
  let found = lowercaseByTokens.get(tokens);
  if (!found) {
    const set = new Set<string>();
    const folded = foldedTokens(tokens);
    tokens.forEach((t, k) => {
      if (t.kind === 'word' && t.text === folded[k]) set.add(folded[k]);
    });
    found = set;
    lowercaseByTokens.set(tokens, found);
  }
  return found;
}

/**
 * The stem of a place name's form, for the id its unknown forms share: the case ending dropped and the
 * consonant it softened restored (Петриківці, Петриківка → петриківк; Шахтарську, Шахтарськ → шахтарськ).
 */
export function stemKey(word: string): string {
  const w = fold(word);
  const stem = w.replace(/(?:ові|еві|ами|ями|ою|ею|ом|ем|ах|ях|ів|ї|і|и|ы|а|я|у|ю|е|о|ь|й)$/u, '');
  const base = stem.length >= 3 ? stem : w;
  return base.replace(/ц$/u, 'к').replace(/з$/u, 'г');
}

// Abbreviated place heads, in both spellings of a dot (м. Буча; pre-tokenized м . Буча). A settlement's abbreviation
// stays outside its name (с. Рашків), a street's is part of it (вул. Горького), with the house number after a comma
// (вул. Равська, 15д): the conventions of Ukrainian and Russian news alike.
const SETTLEMENT_ABBREVIATIONS: Record<Lang, Set<string>> = { uk: new Set(['м', 'с', 'смт', 'сел', 'хут']), ru: new Set(['г', 'с', 'пос', 'пгт', 'дер', 'ст-ца']) };
const STREET_ABBREVIATIONS: Record<Lang, Set<string>> = { uk: new Set(['вул', 'пров', 'просп', 'пл', 'бул', 'узв']), ru: new Set(['ул', 'пер', 'просп', 'пр-т', 'пл', 'бул', 'наб']) };
/** Abbreviations written without a dot too (смт Андріївка). */
const UNDOTTED = new Set(['смт', 'пгт', 'пр-т', 'ст-ца']);
/**
 * A nominative adjective that opens a two-word settlement name: Нова Дофіновка, Кривий Ріг, Белая Калитва,
 * Софіївська Борщагівка. The common toponym adjectives and the -ськ- ones: a noun (Андріївка) ends alike.
 */
const NAME_ADJECTIVE =
  /^(?:(?:Нов|Стар|Велик|Мал|Біл|Бел|Верхн|Нижн|Середн|Червон|Красн|Чорн|Черн|Зелен|Жовт|Крив|Сух|Широк|Висок|Глибок|Золот|Срібн|Кам[’'ʼ]ян|Камен|Ясн|Свят)|\p{Lu}\p{Ll}+(?:ськ|цьк|зьк|ск|цк))(?:а|ая|яя|ий|ый|ій|ой|е|ое|ее|і|ые|ие|я)$/u;
const ADJECTIVE_FORM = /(?:ого|его|ому|ему|ой|ий|ый|ій|ої|ій|ая|яя|а|е)$/u;
/** Lowercase nouns that end a street's name after an adjective (Обводного канала, Військовий проїзд). */
const NAME_NOUN = /^(?:канал|проїзд|проезд|узвіз|узвоз|спуск|тупик|шосе|шоссе|міст|мост|вал|остр|парк|сквер|сад|бульвар|переул|провул|набережн|площ|майдан|линия|лінія)/u;
const CAPITALIZED = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u;

/**
 * A place after an abbreviated settlement or street head: м. Буча, с. Нова Дофіновка, смт Андріївка, г. Урюпинск
 * (the name alone), вул. Горького, вул. І. Федорова, 32, ул. Большая Ордынка (the abbreviation included). The
 * `м`/`г` of metres and years is told apart by the number before it.
 */
export function abbreviatedPlaceAt(article: Article, i: number): ContextPlace | undefined {
  const { tokens, text, lang } = article;
  const t = tokens[i];
  // Abbreviations are short lowercase words: most tokens fail here before any lookup.
  if (t.kind !== 'word' || t.text.length > 5 || cyrillicCapital(t.text)) return undefined;
  const folded = foldedTokens(tokens)[i];
  const settlement = SETTLEMENT_ABBREVIATIONS[lang].has(folded);
  if (!settlement && !STREET_ABBREVIATIONS[lang].has(folded)) return undefined;
  // 44 м., 100 кв. м., 2019 г.: a unit or a year, not a settlement.
  const before = tokens[i - 1]?.text === '.' ? tokens[i - 2] : tokens[i - 1];
  if (t.text !== folded || tokens[i - 1]?.kind === 'number' || (before && /^(?:кв|куб|км|тис|тыс)$/u.test(before.text))) return undefined;
  let k = i + 1;
  const dot = tokens[k]?.text === '.' && /^ ?$/.test(text.slice(t.end, tokens[k].start));
  if (dot) k++;
  else if (!UNDOTTED.has(folded)) return undefined;
  // A settlement's name may open the next line (с.\nКатюжанка); a metre's м. ends a sentence on the same one.
  const gap = tokens[k] ? text.slice(tokens[k - 1].end, tokens[k].start) : '';
  if (!(tokens[k] && spacesOnly(text, tokens[k - 1].end, tokens[k].start)) && !(settlement && folded !== 'м' && folded !== 'г' && gap === '\n')) return undefined;
  const first = k;
  // вул. І. Федорова: a street named after a person may carry an initial.
  if (!settlement && /^\p{Lu}$/u.test(tokens[k]?.text ?? '') && tokens[k + 1]?.text === '.' && tokens[k + 2]) k += 2;
  // м. Про це свідчить: a word the article writes in lowercase opens the next sentence, not a name.
  if (!CAPITALIZED.test(tokens[k]?.text ?? '') || foldedLowercaseWords(tokens).has(foldedTokens(tokens)[k])) return undefined;
  let last = k;
  const next = tokens[k + 1];
  if (next && CAPITALIZED.test(next.text) && spaced(text, tokens[k], next) && (NAME_ADJECTIVE.test(tokens[k].text) || !settlement)) last = k + 1;
  // наб. Обводного канала, вул. Військовий проїзд: an adjective before a lowercase noun is no name of its own.
  const after = tokens[last + 1];
  if (after && after.kind === 'word' && NAME_NOUN.test(after.text) && spaced(text, tokens[last], after) && ADJECTIVE_FORM.test(tokens[last].text)) return undefined;
  const lemma = text.slice(tokens[settlement ? first : i].start, tokens[last].end);
  return settlement ? { first, last, lemma, sure: true } : { first: i, last: houseNumberEnd(article, last), lemma, sure: false };
}

/** The last token of a house number after a street's name (Равська, 15д; Крилова , 7-а), else the name's last token. */
function houseNumberEnd(article: Article, last: number): number {
  const { tokens, text } = article;
  const comma = tokens[last + 1];
  const number = tokens[last + 2];
  if (comma?.text !== ',' || number?.kind !== 'number' || !/^ ?$/.test(text.slice(tokens[last].end, comma.start)) || !/^ $/.test(text.slice(comma.end, number.start))) return last;
  let end = last + 2;
  // 15д, 7-а, 132-А: a letter glued to the number, directly or by a hyphen.
  const glued = (k: number): boolean => !!tokens[k] && tokens[k].start === tokens[k - 1].end;
  if (glued(end + 1) && tokens[end + 1].text === '-' && glued(end + 2) && /^\p{L}$/u.test(tokens[end + 2].text)) end += 2;
  else if (glued(end + 1) && /^\p{L}$/u.test(tokens[end + 1].text)) end += 1;
  return end;
}

/**
 * Other forms of the places an article's context named (в Петриківці … селищі Петриківка): capitalized words
 * whose stem is one of `stems`, outside the spans already taken. The context made the stem a place in this
 * article, so its bare forms are that place too (Петриківка вперше згадується, відвідувачі Петриківки).
 */
export function sameStemPlaces(article: Article, stems: ReadonlySet<string>, taken: (i: number) => boolean): number[] {
  if (stems.size === 0) return [];
  const { tokens } = article;
  const lowercase = foldedLowercaseWords(tokens);
  const folded = foldedTokens(tokens);
  const out: number[] = [];
  tokens.forEach((t, i) => {
    if (t.kind !== 'word' || taken(i) || !/^\p{Lu}\p{Ll}{3,}$/u.test(t.text) || lowercase.has(folded[i])) return;
    if (ADJECTIVE[article.lang].test(folded[i]) || !stems.has(stemKey(t.text)) || lookupFirstName(t.text).length > 0) return;
    out.push(i);
  });
  return out;
}
