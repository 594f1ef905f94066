// Person mentions. Two passes over the articles: the first finds names that
// carry their own evidence (a known first name or initials before a
// capitalized surname, or a first name no list knows when the article shows
// the pair is a name: a title or speech verb around it, the surname alone
// elsewhere, the pair again in another case); the second finds surnames used alone, but only those
// the first pass has already seen as surnames — in the same article or
// elsewhere in the corpus — so sentence-initial words and places never become
// people just for being capitalized.
import { guessFirstName, lookupFirstName, type FirstNameForm } from '../names/firstNames';
import { type Case, patronymicLemma, surnameCandidates } from '../names/nameForms';
import { isAttribution, isInstitutionName, isNamedAfter, isPlaceLike, mayNameStreets, isRoleWord, isSpeechVerb, PLACE_NOUN, roleCase } from '../names/context';
import { fullNameKey, nameKey } from '../names/nameKey';
import { placeOfAdjective } from '../names/placeAdjectives';
import type { Article, Lang, Span, Token } from '../types';
import { FUNCTION_WORDS } from '../lexicon/functionWords';
import { NOT_SURNAMES } from '../lexicon/notSurnames';
import { ORG_NOUNS_RU, ORG_NOUNS_UK } from '../lexicon/organizations';
import { PERSON_NOUN_STEMS } from '../lexicon/personNouns';
import { foldCase } from '../text/fold';
import { breaksLine, spacesOnly } from '../text/gaps';
import { opensLowercase } from '../text/letterCase';
import { CLOSE_QUOTES, OPEN_QUOTES } from '../text/quotes';
import { lowercaseWords } from '../text/lowercaseWords';
import { findTaggedPeople, tagLines } from './tagLines';
import { personCues } from './personEvidence';
import { articleNames, type NameCandidate, nameStem } from './articleNames';
import { ListMap } from '../util/listMap';

export interface PersonMention extends Span {
  doc: string;
  text: string;
  /** Base form of the mention's own words: "Стива Уиткоффа" → "Стив Уиткофф". */
  lemma: string;
  surname: string;
  /** The first name's nominative and equivalence group, when the mention has one. */
  first?: { lemma: string; group: number };
  /** Initials as written, e.g. "В. О.". */
  initials?: string;
  /** Another mention of the same person this one restates: Йенс Шпан (Jens Spahn). */
  alias?: PersonMention;
  /** Another mention of the same person under another name, in one breath: Асия Биби (Асия Норин). */
  restates?: PersonMention;
  /** Nominatives the surname's form allows, best first, when more than one: Маэхара → Маэхар, Маэхара. */
  readings?: string[];
  /** Readings of a first name no list knows, guessed from its form (Асии → Асия), best first. */
  guessedFirst?: FirstNameForm[];
  /** A name known from its own article's evidence only (extract/articleNames): it links within that article. */
  local?: true;
}

// An optional O’- or Arabic article prefix (О’Рейли, аль-Хадж, эль-Масри), then a capitalized word.
const CAPITALIZED = /^(?:[A-ZА-ЯЁІЇЄҐ]['’ʼ](?=[A-ZА-ЯЁІЇЄҐ])|(?:аль|эль|ель|ад|ас|аш|ат|ан|уль|al|el|ad|as)-(?=[A-ZА-ЯЁІЇЄҐ]))?[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’ʼ]+(?:-[A-ZА-ЯЁІЇЄҐa-zа-яёіїєґ][a-zа-яёіїєґ'’ʼ]+)*$/u;
const INITIAL = /^[A-ZА-ЯЁІЇЄҐ]$/u;
/** Lowercase particles inside foreign multiword surnames: Ланглад де Монгро, фон дер Ляйен. */
const PARTICLES = new Set(['де', 'ді', 'ди', 'дю', 'да', 'дель', 'дос', 'фон', 'дер', 'ден', 'ван', 'ла', 'ле', 'аль', 'ибн', 'ібн', 'бен', 'бин', 'бін', 'эль', 'ель']);
/** Capitalized particles that open a surname: Марин Ле Пен, Роберт Де Ниро. */
const CAPITAL_PARTICLES = new Set(['Ле', 'Ла', 'Де', 'Ди', 'Дю', 'Ван', 'Фон', 'Аль', 'Эль', 'Ель', 'Дель', 'Дос', 'Да']);

/** Compounds that name state agencies and companies, never people: Укрзалізниця, Держгеокадастр, Нацбанк, Мінфін, Генпрокуратура. */
const AGENCY_COMPOUND = /^(?:Укр|Держ|Нац|Мін|Обл)(?=[бвгґджзклмнпрстфхцчшщ])|^Ген(?:прокурат|штаб|консульств|дирекц)/u;

const isCapitalized = (t: Token | undefined): t is Token => {
  // A lowercase first letter rules a word out unless a hyphen may follow a particle (аль-Асад): most words, no pattern.
  if (t === undefined || t.kind !== 'word' || (opensLowercase(t.text) && !t.text.includes('-')) || !CAPITALIZED.test(t.text)) return false;
  const lower = t.text.toLowerCase();
  return !NOT_SURNAMES.has(lower) && !FUNCTION_WORDS.has(lower) && !AGENCY_COMPOUND.test(t.text);
};

/** Tokens separated by spaces only (no punctuation, no line break) belong to one name. */
// Invisible marks (U+200E and the like) that pasted text carries between words count as nothing.
const adjacent = (text: string, a: Token, b: Token): boolean =>
  spacesOnly(text, a.end, b.start) || (b.start - a.end > 1 && /^[\u200b-\u200f\u2060]*[ \t\u00a0][ \t\u00a0\u200b-\u200f\u2060]{0,2}$/.test(text.slice(a.end, b.start)));
const tight = (text: string, a: Token, b: Token): boolean => /^[ \t\u00a0\u200b-\u200f\u2060]{0,3}$/.test(text.slice(a.end, b.start));

/** Per-article facts the rules consult; built once per article. */
interface View {
  /** Word forms the article writes in lowercase, outside its tag lines: a capitalized one of them is a common word (Вакцина, Но). */
  lower: ReadonlySet<string>;
  /** Token indices that open a sentence or a line. */
  initial: Set<number>;
  /** Whether each token is a capitalized word (isCapitalized), computed once: every rule asks. */
  capital: Uint8Array;
  /** Whether the article may name a street (mayNameStreets): most do not, and then no name is a street's. */
  streets: boolean;
}

const views = new WeakMap<Article, View>();

/** The article's lowercase words, less those only its tag lines write (most articles have none: the shared set). */
function lowercaseOutsideTagLines(article: Article): ReadonlySet<string> {
  const tags = tagLines(article);
  if (tags.length === 0) return lowercaseWords(article);
  const lower = new Set<string>();
  const inTags = (t: Token): boolean => tags.some((p) => p.start <= t.start && t.end <= p.end);
  for (const t of article.tokens) if (t.kind === 'word' && t.text === t.text.toLowerCase() && !inTags(t)) lower.add(t.text);
  return lower;
}

const STOP = /^[.!?…]$/;

function viewOf(article: Article): View {
  let view = views.get(article);
  if (view) return view;
  const lower = lowercaseOutsideTagLines(article);
  const initial = new Set<number>();
  const capital = new Uint8Array(article.tokens.length);
  let s = 0;
  let wordSeenIn = -1; // the sentence whose first word has been seen
  for (let i = 0; i < article.tokens.length; i++) {
    const t = article.tokens[i];
    if (t.kind !== 'word') continue;
    if (isCapitalized(t)) capital[i] = 1;
    while (s < article.sentences.length && article.sentences[s].end <= t.start) s++;
    const prev = article.tokens[i - 1];
    // The first word of a sentence (after any opening quote or dash), or the first of a line.
    // Also after a full stop the segmenter kept inside a quotation («…ефективна. Далі будуть…»), but not after an initial.
    const beforeStop = article.tokens[i - 2];
    const afterStop = prev !== undefined && STOP.test(prev.text) && beforeStop !== undefined && (beforeStop.text.length > 1 || beforeStop.kind === 'number');
    if (wordSeenIn !== s || !prev || afterStop || breaksLine(article.text, prev.end, t.start)) initial.add(i);
    wordSeenIn = s;
  }
  view = { lower, initial, capital, streets: mayNameStreets(article.text) };
  views.set(article, view);
  return view;
}

const ALL_CAPS = /^[A-ZА-ЯЁІЇЄҐ-]+$/u;

/** A capitalized word that the article also writes in lowercase, or an abbreviation: not a surname by itself. */
const isCommon = (view: View, t: Token): boolean => view.lower.has(t.text.toLowerCase()) || ALL_CAPS.test(t.text);

/** Mentions that name a person by first name or initials plus surname, or whose context says they are a person. */
export function findNamedPeople(article: Article): PersonMention[] {
  const { text } = article;
  const found = scannedNames(article, viewOf(article));
  settleGuessedFirstNames(found);
  // A surname found alone by its context takes the spelling the article gives it next to a first name (Карпова, not Карпов).
  const seen = new Map<string, string>();
  // Not beside a first name that does not decline (Фабио Панетта): it fits every case, so it shows no spelling.
  for (const m of found) if (m.first && !lookupFirstName(m.first.lemma).every((r) => r.cases.length >= 6)) seen.set(nameKey(m.surname), m.surname);
  for (const m of found) {
    if (m.first || m.initials || m.alias || m.text.includes(' ')) continue;
    const known = [m.text, ...surnameCandidates(m.text)].map((c) => seen.get(nameKey(c))).find(Boolean);
    if (known) m.lemma = m.surname = known;
  }
  const tagged = findTaggedPeople(article, NOT_ALONE);
  const named = found.filter((m) => text.slice(m.start, m.end) === m.text);
  return tagged.length > 0 ? [...named, ...tagged].sort((a, b) => a.start - b.start) : named;
}

/**
 * The names read token by token, in text order. A function apart from findNamedPeople: the optimizing compiler
 * inlines the matchers into this scan, a costly compile that a first sight of something new in the steps after
 * the scan would otherwise throw away.
 */
function scannedNames(article: Article, view: View): PersonMention[] {
  const { tokens, text } = article;
  const found: PersonMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // Every name opens with a capitalized word or an initial.
    if (!view.capital[i] && (tokens[i].text.length !== 1 || !INITIAL.test(tokens[i].text))) continue;
    const match =
      matchSurnameFirstPatronymic(article, view, i) ??
      matchQuotedNickname(article, view, i) ??
      matchFirstNameSurname(article, view, i) ??
      matchSurnameInitials(article, view, i) ??
      matchInitialsSurname(article, view, i) ??
      matchUnknownFirstName(article, view, i) ??
      matchByContext(article, view, i);
    if (!match) continue;
    if (isNamedAfter(text.slice(Math.max(0, match.mention.start - 30), match.mention.start), !!(match.mention.first || match.mention.initials), view.streets) || namesInstitution(article, i) || besideCompanyAnd(article, i, match.last)) {
      i = match.last; // Институт имени Роберта Коха: part of an organization's name.
      continue;
    }
    found.push(match.mention);
    i = match.last;
    const latin = matchLatinRestatement(article, match);
    if (latin) {
      found.push(latin.mention);
      i = latin.last;
    }
  }
  return found;
}

const LATIN_WORD_IN_NAME = String.raw`(?:(?:al|el|ad|as)-)?[A-Z][a-zà-ÿ'’-]+`;
const LATIN_PARTICLE = '(?:von|van|der|den|de|la|le|du|da|di|dos|del|bin|ibn|ben) ';
// Pre-tokenized text spaces the brackets out: `( Jens Spahn )`.
const LATIN_NAME = new RegExp(String.raw`^[ \t\u00a0]*\( ?(${LATIN_WORD_IN_NAME}(?: (?:${LATIN_PARTICLE}){0,2}${LATIN_WORD_IN_NAME}){1,2}) ?\)`, 'u');

/** A Latin-script restatement in brackets right after a name: Йенс Шпан (Jens Spahn). */
function matchLatinRestatement(article: Article, match: Match): Match | undefined {
  const { tokens, text, path } = article;
  const m = LATIN_NAME.exec(text.slice(match.mention.end, match.mention.end + 80));
  if (!m) return undefined;
  const start = match.mention.end + m[0].indexOf(m[1]);
  const end = start + m[1].length;
  let last = match.last;
  while (last + 1 < tokens.length && tokens[last + 1].start < end + 1) last++;
  const words = m[1].split(' ');
  return {
    last,
    mention: { doc: path, start, end, text: m[1], lemma: m[1], surname: words[words.length - 1], alias: match.mention },
  };
}

/** The English "and" written in Cyrillic joins the words of a company's name, never a person's: Трейдинг энд Финанс. */
const COMPANY_AND = /^(?:энд|енд)$/;

/** True when the words first..last stand right beside a Cyrillic "энд": "ОМВ Газ Маркетинг Трейдинг энд Финанс Б.В.". */
function besideCompanyAnd(article: Article, first: number, last: number): boolean {
  const { tokens, text } = article;
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  return (before !== undefined && COMPANY_AND.test(before.text) && adjacent(text, before, tokens[first])) || (after !== undefined && COMPANY_AND.test(after.text) && adjacent(text, tokens[last], after));
}

/** A first name in the genitive right after an institution's noun: Общества [Макса] Планка, университета [Петра] Великого. */
function namesInstitution(article: Article, i: number): boolean {
  const { tokens, text } = article;
  const head = tokens[i - 1];
  if (!head || head.kind !== 'word' || !adjacent(text, head, tokens[i])) return false;
  const readings = lookupFirstName(tokens[i].text);
  const genitiveOnly = readings.length > 0 && readings.every((r) => !r.cases.includes('nom'));
  const beforeHead = tokens[i - 2];
  return isInstitutionName(head.text, beforeHead?.kind === 'word' && adjacent(text, beforeHead, head) ? beforeHead.text : undefined, genitiveOnly);
}

interface Match {
  mention: PersonMention;
  /** Index of the last token used. */
  last: number;
}

function matchFirstNameSurname(article: Article, view: View, i: number): Match | undefined {
  const { tokens, text, path } = article;
  const firstToken = tokens[i];
  if (!view.capital[i]) return undefined;
  const readings = lookupFirstName(firstToken.text);
  if (readings.length === 0) return undefined;
  const reading = readings[0];
  const cases = mergeCases(readings);
  // "в Джорджии Мелони": after в a form that is no accusative is a locative, and only places take it.
  if (article.lang === 'ru' && /^во?$/i.test(tokens[i - 1]?.text ?? '') && !cases.includes('acc') && !cases.includes('nom')) return undefined;
  let j = i + 1;
  let patronymic: string | undefined;
  const next = tokens[j];
  const joined = (k: number): boolean => view.capital[k] === 1 && adjacent(text, tokens[k - 1], tokens[k]);
  // A patronymic only when a surname follows: Алексус Гринкевич ends in -ич but is a surname.
  if (joined(j) && joined(j + 1)) {
    patronymic = patronymicLemma(next.text);
    if (patronymic) j++;
  } else if (joined(j) && firstNamePatronymic(next.text)) {
    // A first name and a patronymic with no surname: Наина Иосифовна.
    const lemma = `${reading.lemma} ${firstNamePatronymic(next.text)}`;
    return {
      last: j,
      mention: { doc: path, start: firstToken.start, end: next.end, text: text.slice(firstToken.start, next.end), lemma, surname: '', first: { lemma: reading.lemma, group: reading.group } },
    };
  }
  const surnameStart = tokens[j];
  const regnal = matchRegnal(article, i, reading);
  if (regnal) return regnal;
  if (!patronymic && !joined(j)) {
    const initialOrCaps = matchInitial(article, i, j, reading) ?? matchCapsSurname(article, i, j, reading, cases);
    if (initialOrCaps) return initialOrCaps;
  }
  // A surname opening with particles: Фридриху фон Болену, Урсула фон дер Ляйен.
  if (!joined(j) && !(surnameStart && adjacent(text, tokens[j - 1], surnameStart) && leadingParticles(article, j) > 0)) return undefined;
  // A middle name between the first name and the surname: Реджеп Тайип Эрдоган, Хуан Пабло Монтойя;
  // or the first of two Spanish surnames, which does not decline: Николаса Мадуро Герра;
  // or another part of a foreign name: Тедрос Адханом Гебреисус.
  let middle: string | undefined;
  let second: string | undefined;
  const middleReadings = lookupFirstName(surnameStart.text);
  if (!patronymic && joined(j) && joined(j + 1) && !joined(j + 2) && plainSurname(tokens[j + 1])) {
    if (middleReadings.length > 0) {
      middle = (middleReadings.find((r) => r.cases.some((c) => cases.includes(c))) ?? middleReadings[0]).lemma;
      j++;
    } else if (/[оеиуюіэ]$/.test(surnameStart.text) && !CAPITAL_PARTICLES.has(surnameStart.text) && surnameStart.text.length >= 4 && plainSurname(surnameStart)) {
      second = tokens[j + 1].text;
    } else if (plainSurname(surnameStart) && !ADJECTIVE_OR_PLACE.test(surnameStart.text.toLowerCase())) {
      middle = surnameCandidates(surnameStart.text, cases, reading.gender)[0];
      j++;
    }
  } else if (middleReadings.length > 0 && !joined(j + 1)) {
    // Two first names: a name and a surname that is also a first name (Виктора Мартина, Сальвадор Илья)
    // when their cases agree; else two people or two given names (Стив Джаред).
    if (!middleReadings.some((r) => r.cases.some((c) => cases.includes(c)))) return undefined;
    if (/[аяи]$/.test(surnameStart.text) && reading.gender === 'f') return undefined; // Анна Мария: two given names.
  }
  const surnameTokens = surnameRun(article, j);
  // Right before a past-tense verb or right after a speech verb the name is the subject: Сэйдзи Маэхара заявил.
  const after = tokens[surnameTokens.last + 1];
  const before = tokens[i - 1];
  // Only when the name opens its clause or follows a title in the nominative: in "Сторонник Джо Байдена заявил"
  // the verb belongs to the noun before the name.
  const opensClause = !before || before.kind !== 'word' || viewOf(article).initial.has(i) || (isRoleWord(before.text) && (before.text === before.text.toLowerCase() || viewOf(article).initial.has(i - 1)) && roleCase(before.text) === 'nom');
  const subject =
    cases.includes('nom') &&
    ((opensClause && after?.kind === 'word' && after.text === after.text.toLowerCase() && /(?:ал|ял|ил|ел|ла|ли)$/.test(after.text) && adjacent(text, tokens[surnameTokens.last], after)) ||
      (before?.kind === 'word' && INTRANSITIVE_SPEECH.test(before.text) && adjacent(text, before, firstToken)));
  // A man's first name with a feminine -ова/-ина surname is a slip of case (Сергей Елкина): read the genitive.
  const slipped = reading.gender === 'm' && surnameTokens.last === j && /(?:ов|ев|ёв|єв|ин|ын|ін)а$/.test(surnameStart.text) && !cases.some((c) => c !== 'nom');
  const surnameCases: Case[] = slipped ? ['gen'] : subject ? ['nom'] : cases;
  const surname = surnameTokens.lemmaParts(surnameCases, reading.gender);
  const surnameReadings = surnameTokens.last === j ? surnameCandidates(surnameStart.text, surnameCases, reading.gender) : [];
  const last = second ? j + 1 : surnameTokens.last;
  const lastToken = tokens[last];
  const lemmaParts = [reading.lemma, patronymic, middle, surname, second].filter(Boolean);
  return {
    last,
    mention: {
      doc: path,
      start: firstToken.start,
      end: lastToken.end,
      text: text.slice(firstToken.start, lastToken.end),
      lemma: lemmaParts.join(' '),
      surname,
      first: { lemma: reading.lemma, group: reading.group },
      ...(surnameReadings.length > 1 && !second ? { readings: [...surnameReadings] } : {}),
    },
  };
}

/**
 * A surname before a first name and a patronymic, as registers, courts and lists write people: Мельник Андрій
 * Володимирович, Веліжанським Сергієм Сергійовичем. The surname takes the first name's case.
 */
function matchSurnameFirstPatronymic(article: Article, view: View, i: number): Match | undefined {
  const { tokens, text, path } = article;
  if (!view.capital[i + 1] || !view.capital[i + 2]) return undefined;
  const joined = (k: number): boolean => view.capital[k] === 1 && adjacent(text, tokens[k - 1], tokens[k]);
  // Not a fourth capitalized word after (Федерации Дмитрий Анатольевич Медведев: the surname comes last there).
  if (!joined(i + 1) || !joined(i + 2) || joined(i + 3)) return undefined;
  const surnameToken = tokens[i];
  // Not a sentence's first word capitalized only there (Похороны Людмилы Марковны), nor a possessor after a word for
  // a person (вдова Ельцина Наина Иосифовна).
  if (view.initial.has(i) && !pairIndexOf(article).inside.has(surnameToken.text)) return undefined;
  const prev = tokens[i - 1];
  if (prev?.kind === 'word' && PERSON_NOUN.test(prev.text.toLowerCase())) return undefined;
  // The first name and patronymic after it are evidence enough for an adjectival surname (Веліжанським), not for a place's adjective.
  const w = surnameToken.text;
  if (LATIN_WORD.test(w) || w.length < 3 || ALL_CAPS.test(w) || isCommon(view, surnameToken) || lookupFirstName(w).length > 0 || isPlaceLike(w) || placeOfAdjective(w)) return undefined;
  const patronymic = firstNamePatronymic(tokens[i + 2].text);
  if (!patronymic) return undefined;
  const readings = lookupFirstName(tokens[i + 1].text);
  const patronymicFemale = /на$/.test(patronymic);
  const reading = readings.find((r) => (r.gender === 'f') === patronymicFemale);
  if (!reading) return undefined;
  const surname = surnameCandidates(surnameToken.text, reading.cases, reading.gender)[0];
  const end = tokens[i + 2].end;
  return {
    last: i + 2,
    mention: {
      doc: path,
      start: surnameToken.start,
      end,
      text: text.slice(surnameToken.start, end),
      lemma: `${reading.lemma} ${patronymic} ${surname}`,
      surname,
      first: { lemma: reading.lemma, group: reading.group },
    },
  };
}

/** A nickname in quotes between a first name and a surname: Дмитро «Бобін» Александров. */
function matchQuotedNickname(article: Article, view: View, i: number): Match | undefined {
  const { tokens, text, path } = article;
  if (!view.capital[i + 2] || !view.capital[i + 4]) return undefined;
  const [open, nick, close, last] = [tokens[i + 1], tokens[i + 2], tokens[i + 3], tokens[i + 4]];
  if (!open || !OPEN_QUOTES.has(open.text) || !view.capital[i + 2] || !close || !CLOSE_QUOTES.has(close.text) || !view.capital[i + 4]) return undefined;
  if (!tight(text, open, nick) || !tight(text, nick, close) || !adjacent(text, close, last) || !/^[ \t\u00a0]{1,3}$/.test(text.slice(tokens[i].end, open.start))) return undefined;
  const reading = lookupFirstName(tokens[i].text)[0];
  if (!reading || !plainSurname(last) || isCapitalized(tokens[i + 5]) && adjacent(text, last, tokens[i + 5])) return undefined;
  const surname = surnameCandidates(last.text, reading.cases, reading.gender)[0];
  return {
    last: i + 4,
    mention: {
      doc: path,
      start: tokens[i].start,
      end: last.end,
      text: text.slice(tokens[i].start, last.end),
      lemma: `${reading.lemma} ${surname}`,
      surname,
      first: { lemma: reading.lemma, group: reading.group },
    },
  };
}

/** Speech verbs that take no person as their object, so the name after them is the speaker: заявил Сэйдзи Маэхара. */
const INTRANSITIVE_SPEECH = /^(?:заяви|сказа|добави|подчеркну|поясни|уточни|сообщи|зазначи|наголоси|повідоми|дода)(?:л|ла|в)$/i;

/** Last parts of a hyphenated street or square: Даунинг-стрит, Уолл-стріт, Таймс-сквер. */
const STREET_PART = /^(?:стрит|стріт|авеню|сквер|плаза|хаус)$/i;

/**
 * A hyphenated word with a place in it names an agency, a region or a street, not a person: Интерфакс-Украина,
 * Даунинг-стрит.
 */
const hasPlacePart = (word: string): boolean =>
  word.includes('-') && word.split('-').some((part, k) => (part.length >= 3 && isPlaceLike(part)) || (k > 0 && STREET_PART.test(part)));

/** A capitalized word that may close a name: not a first name, a place, a month or an abbreviation. */
const plainSurname = (t: Token): boolean =>
  t.text.length >= 3 && lookupFirstName(t.text).length === 0 && !isPlaceLike(t.text) && !hasPlacePart(t.text) && !ALL_CAPS.test(t.text) && !ADJECTIVE_OR_PLACE.test(t.text.toLowerCase());

const STRICT_PATRONYMIC = /^(.+?)(?:ович|евич|євич|ич|овн|евн|івн|ївн|ичн|ічн)(?:а|у|ем|ом|е|і|ой|ою|ы|и|ї|ій|ої)?$/i;

/** The nominative of a patronymic made from a known first name (Иосифовна, Николаевичу), else undefined. */
export function firstNamePatronymic(form: string): string | undefined {
  const lemma = patronymicLemma(form);
  const m = STRICT_PATRONYMIC.exec(form);
  if (!lemma || !m) return undefined;
  const stem = m[1];
  const fromName = [stem, `${stem}й`, `${stem}ь`, stem.replace(/ь$/, 'я'), stem.replace(/ь$/, 'ий')].some((n) =>
    lookupFirstName(n).some((r) => r.gender === 'm' && r.cases.includes('nom') && r.lemma.toLowerCase() === n.toLowerCase()),
  );
  return fromName ? lemma : undefined;
}

const ROMAN = /^[IVXL]{1,6}$/;

/** A monarch's or a pope's name: Бенедикт XVI, Карл Густав XVI, Карла III. */
function matchRegnal(article: Article, i: number, reading: FirstNameForm): Match | undefined {
  const { tokens, text, path } = article;
  let k = i + 1;
  const second = tokens[k];
  // A second given name, known or not, when the numeral follows it: Карл Густав XVI.
  if (second && (lookupFirstName(second.text).length > 0 || (isCapitalized(second) && ROMAN.test(tokens[k + 1]?.text ?? ''))) && adjacent(text, tokens[i], second)) k++;
  const numeral = tokens[k];
  if (!numeral || !ROMAN.test(numeral.text) || !adjacent(text, tokens[k - 1], numeral)) return undefined;
  const names = [reading.lemma, ...(k > i + 1 ? [lookupFirstName(tokens[i + 1].text)[0]?.lemma ?? tokens[i + 1].text] : []), numeral.text];
  return {
    last: k,
    mention: {
      doc: path,
      start: tokens[i].start,
      end: numeral.end,
      text: text.slice(tokens[i].start, numeral.end),
      lemma: names.join(' '),
      surname: numeral.text,
      first: { lemma: reading.lemma, group: reading.group },
    },
  };
}

/** An initial right after token k-1: "Р." in "Ліндсі Р. Баден". */
function initialAt(article: Article, k: number): boolean {
  const { tokens, text } = article;
  const t = tokens[k];
  return !!t && INITIAL.test(t.text) && tokens[k + 1]?.text === '.' && tight(text, t, tokens[k + 1]) && adjacent(text, tokens[k - 1], t);
}

/**
 * A first name and an initial: a middle initial before the surname (Ліндсі Р. Баден), or the surname's
 * initial alone, as papers write private people (Олена Л.).
 */
function matchInitial(article: Article, i: number, j: number, reading: FirstNameForm): Match | undefined {
  const { tokens, text, path } = article;
  if (!initialAt(article, j) || LATIN_WORD.test(tokens[j].text) !== LATIN_WORD.test(tokens[i].text)) return undefined;
  const first = { lemma: reading.lemma, group: reading.group };
  const initial = `${tokens[j].text}.`;
  const surnameAt = j + 2;
  if (isCapitalized(tokens[surnameAt]) && adjacent(text, tokens[j + 1], tokens[surnameAt]) && lookupFirstName(tokens[surnameAt].text).length === 0) {
    const run = surnameRun(article, surnameAt);
    const surname = run.lemmaParts(mergeCases([reading]), reading.gender);
    const end = tokens[run.last].end;
    return { last: run.last, mention: { doc: path, start: tokens[i].start, end, text: text.slice(tokens[i].start, end), lemma: `${reading.lemma} ${initial} ${surname}`, surname, first } };
  }
  const end = tokens[j + 1].end;
  return { last: j + 1, mention: { doc: path, start: tokens[i].start, end, text: text.slice(tokens[i].start, end), lemma: `${reading.lemma} ${initial}`, surname: '', first } };
}

const CAPS_SURNAME = /^[А-ЯЁІЇЄҐ]{4,}(?:-[А-ЯЁІЇЄҐ]{2,})?$/u;

/** A first name and a surname in capitals, as photo credits write them: Алексей БУЛАТОВ. */
function matchCapsSurname(article: Article, i: number, j: number, reading: FirstNameForm, cases: Case[]): Match | undefined {
  const { tokens, text, path } = article;
  const t = tokens[j];
  if (!t || !CAPS_SURNAME.test(t.text) || !adjacent(text, tokens[i], t) || ALL_CAPS.test(tokens[i].text)) return undefined;
  // A capitals headline or an abbreviation run is no credit line.
  if (tokens[j + 1] && ALL_CAPS.test(tokens[j + 1].text) && adjacent(text, t, tokens[j + 1])) return undefined;
  const written = t.text.charAt(0) + t.text.slice(1).toLowerCase();
  if (isPlaceLike(written)) return undefined;
  const surname = surnameCandidates(written, cases, reading.gender)[0];
  return {
    last: j,
    mention: { doc: path, start: tokens[i].start, end: t.end, text: text.slice(tokens[i].start, t.end), lemma: `${reading.lemma} ${surname}`, surname, first: { lemma: reading.lemma, group: reading.group } },
  };
}

function matchInitialsSurname(article: Article, view: View, i: number): Match | undefined {
  const { tokens, text, path } = article;
  const initials: Token[] = [];
  // "+8 С. Вакцина", "10 G. Но": a unit or a sentence's end after a number, not an initial.
  const before = tokens[i - 1];
  if (before && (before.kind === 'number' || /\d$/.test(before.text)) && tight(text, before, tokens[i])) return undefined;
  if (before && /[+°]$/.test(before.text)) return undefined;
  let j = i;
  while (initials.length < 2 && INITIAL.test(tokens[j]?.text ?? '') && tokens[j + 1]?.text === '.' && tight(text, tokens[j], tokens[j + 1])) {
    initials.push(tokens[j]);
    j += 2;
    if (tokens[j] && !tight(text, tokens[j - 1], tokens[j])) return undefined;
  }
  if (initials.length === 0 || !isCapitalized(tokens[j]) || lookupFirstName(tokens[j].text).length > 0 || isCommon(view, tokens[j])) return undefined;
  // One script: "Sputnik V. Кто" is no name.
  if (initials.some((t) => LATIN_WORD.test(t.text) !== LATIN_WORD.test(tokens[j].text))) return undefined;
  if (before && /\d/.test(text.slice(Math.max(0, initials[0].start - 3), initials[0].start))) return undefined;
  const run = surnameRun(article, j);
  const surname = run.lemmaParts(undefined, undefined);
  const written = initials.map((t) => `${t.text}.`).join(' ');
  const lastToken = tokens[run.last];
  return {
    last: run.last,
    mention: {
      doc: path,
      start: initials[0].start,
      end: lastToken.end,
      text: text.slice(initials[0].start, lastToken.end),
      lemma: `${written} ${surname}`,
      surname,
      initials: written,
    },
  };
}

/** Surname then initials, as in signatures and lists: Гаврилова А.В., Зеленский В. А. */
function matchSurnameInitials(article: Article, view: View, i: number): Match | undefined {
  const { tokens, text, path } = article;
  const surname = tokens[i];
  // Initials must follow (one letter and a dot): asked first, as almost no capitalized word has them.
  if (tokens[i + 2]?.text !== '.' || !INITIAL.test(tokens[i + 1].text)) return undefined;
  if (!isCapitalized(surname) || LATIN_WORD.test(surname.text) || isCommon(view, surname) || lookupFirstName(surname.text).length > 0 || isPlaceLike(surname.text)) return undefined;
  // After another capitalized word the letters close a company's name (Газпром Экспорт Финанс Б.В.), not a signature.
  const before = tokens[i - 1];
  if (isCapitalized(before) && adjacent(text, before, surname) && !viewOf(article).initial.has(i)) return undefined;
  const initials: Token[] = [];
  let j = i + 1;
  while (initials.length < 2 && INITIAL.test(tokens[j]?.text ?? '') && tokens[j + 1]?.text === '.' && tight(text, tokens[j], tokens[j + 1])) {
    if (!(initials.length === 0 ? adjacent(text, surname, tokens[j]) : tight(text, tokens[j - 1], tokens[j]))) break;
    initials.push(tokens[j]);
    j += 2;
  }
  // Two initials, or one that no capitalized word follows (else it is "А. Петров" starting after a surname).
  if (initials.length === 0) return undefined;
  const after = tokens[j];
  if (initials.length === 1 && after && isCapitalized(after) && tight(text, tokens[j - 1], after)) return undefined;
  // A closing quote right after the letters ends a quoted company's name ("… энд Трейдинг Б.В."), not a signature.
  const dot = tokens[j - 1];
  if (after && CLOSE_QUOTES.has(after.text) && tight(text, dot, after)) return undefined;
  const last = j - 1;
  const written = initials.map((t) => `${t.text}.`).join('');
  const lemma = surname.text; // Signatures and lists write the nominative: Гаврилова А.В.
  return {
    last,
    mention: {
      doc: path,
      start: surname.start,
      end: tokens[last].end,
      text: text.slice(surname.start, tokens[last].end),
      lemma: `${lemma} ${written}`,
      surname: lemma,
      initials: written,
    },
  };
}

/** Surname endings that few other capitalized words share (after a case ending is stripped). */
const SURNAME_SUFFIX = /(?:енко|швили|швілі|дзе|чук|юк|ук|ян|янц|ов|ев|ёв|єв|ин|ын|їн|ова|ева|ина|іна|ына)$/;
/** Surname endings no common word has, so such a word opening a sentence is a surname: Лукашенко, Саакашвили. */
const STRONG_SURNAME_SUFFIX = /(?:енко|швили|швілі|дзе|йчук)$/;
/** Endings of adjectives and of places in -ия: Европейской комиссии, Франции. */
const ADJECTIVE_OR_PLACE = /(?:ый|ий|ой|ая|ое|ые|ого|ому|ым|ых|ой|ую|ая|ої|ою|ії|ія|ию|ии|ией|ією|их|іх|ими|ыми|ния|ние|нию|нии|ння|нню|нні|ств|ства|ство|ству|ством|ччин\p{L}?|щин\p{L}?|ськ(?:ий|ого|ому|им|а|ої|ій|у|ою|і|их)|ск(?:ий|ого|ому|им|ом|ая|ой|ую|ие|их|ими))$/u;

/** Not a verb form (заявил, сказав, посетит), so it may sit between a title and a name: министр здравоохранения Шпан. */
const VERB_LIKE = /(?:л|ла|ло|ли|в|ть|ться|ет|ит|ут|ют|ят|ат|ется|ится|ся|сь)$/;

/** A capitalized word that may be a surname standing alone. */
/** Is tokens[k] a word a surname may be (capitalized, no common word, place or first name)? */
function surnameLike(view: View, tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return (
    view.capital[k] === 1 &&
    t.text.length >= 3 &&
    !isCommon(view, t) &&
    !isPlaceLike(t.text) &&
    !hasPlacePart(t.text) &&
    lookupFirstName(t.text).length === 0
  );
}

/**
 * True when a title stands before token i, possibly with its complement: президент России, министр здравоохранения ФРГ;
 * with `prepositional`, also one with a preposition (директор по маркетингу), which is safe only before two names.
 */
function afterRole(article: Article, view: View, i: number, prepositional = false): Token | undefined {
  const { tokens, text } = article;
  for (let k = i - 1, gap = 0; k >= 0 && gap <= 4; k--, gap++) {
    const t = tokens[k];
    if (t.kind !== 'word' || !adjacent(text, t, tokens[k + 1])) return undefined;
    if (isRoleWord(t.text) && (t.text === t.text.toLowerCase() || view.initial.has(k))) return t;
    const lower = t.text === t.text.toLowerCase();
    // Between the title and the name only complements: здравоохранения, иностранных дел, России, США.
    // Capitalized complements: places, abbreviations, and a genitive completing one (НИИ Гамалеи).
    // A Latin-script company (директор Ryanair) is a complement too.
    const complement = isPlaceLike(t.text) || ALL_CAPS.test(t.text) || LATIN_WORD.test(t.text) || (/[иы]$/.test(t.text) && ALL_CAPS.test(tokens[k - 1]?.text ?? ''));
    const short = t.text.length < 5 && !COMPLEMENT_WORDS.has(t.text) && !(prepositional && ROLE_PREPOSITIONS.has(t.text));
    if (lower ? VERB_LIKE.test(t.text) || short : !complement) return undefined;
  }
  return undefined;
}

/** Lowercase endings of a genitive plural noun (украинцев, спецопераций, украинок); no verb form has them. */
const GENITIVE_PLURAL = /^[а-яёіїєґ]+(?:цев|нцев|ций|ний|ерей|ок|ів|ей)$/;

/** A lowercase genitive or prepositional plural adjective: специальных, вооруженных. */
const PLURAL_ADJECTIVE = /^[а-яёіїєґ]{4,}(?:ых|их|іх)$/;


/** True when tokens[i] closes a quoted title of two words whose first is no first name: «Механик Погодин». */
function quotedTitle(article: Article, i: number): boolean {
  const { tokens, text } = article;
  const prev = tokens[i - 1];
  const open = tokens[i - 2];
  const close = tokens[i + 1];
  return (
    isCapitalized(prev) &&
    adjacent(text, prev, tokens[i]) &&
    lookupFirstName(prev.text).length === 0 &&
    open !== undefined && OPEN_QUOTES.has(open.text) && tight(text, open, prev) &&
    close !== undefined && CLOSE_QUOTES.has(close.text) && tight(text, tokens[i], close)
  );
}

const COMPLEMENT_WORDS = new Set(['дел', 'справ', 'мвф', 'оон']);
const ROLE_PREPOSITIONS = new Set(['по', 'з', 'із', 'с', 'со']);
const LATIN_WORD = /^[A-Za-z]/;

/** A surname (or an unknown first name and a surname) that its context marks as a person. */
function matchByContext(article: Article, view: View, i: number): Match | undefined {
  const { tokens, text, path } = article;
  const t = tokens[i];
  if (!surnameLike(view, tokens, i) || LATIN_WORD.test(t.text)) return undefined;
  const prev = tokens[i - 1];
  if (prev && PLACE_NOUN.test(prev.text.toLowerCase())) return undefined;
  // A word the article uses as a place (в Джорджии; губернатор штата Вирджиния) is no surname by its context;
  // after a capitalized adjective it ends an organization's or a place's name (Українські Новини).
  if (usedAsPlace(article, t.text)) return undefined;
  // The view's capital flags are isCapitalized of each token, worked out once.
  if (view.capital[i - 1] === 1 && adjacent(text, prev, t) && ADJECTIVE_SHAPE.test(prev.text.toLowerCase())) return undefined;
  const next = tokens[i + 1];
  const nextCapitalized = view.capital[i + 1] === 1 && spacesOnly(text, t.end, next.start);
  const adjectival = ADJECTIVE_OR_PLACE.test(t.text.toLowerCase());
  // A title with a preposition (министр по делам религии) is safe before two names only.
  const role = afterRole(article, view, i) ?? (nextCapitalized ? afterRole(article, view, i, true) : undefined);
  const cases: Case[] | undefined = role ? caseList(roleCase(role.text)) : undefined;
  if (role && nextCapitalized) {
    // "директор НИИ Гамалеи Гинзбург": a genitive after an abbreviation completes the institution's name.
    if (prev && ALL_CAPS.test(prev.text) && /[иы]$/.test(t.text)) return undefined;
    // "лидера Аль-Кайды Усамы бин Ладена": a known first name opens the name; its own rule reads it.
    if (lookupFirstName(next.text).length > 0) return undefined;
    // "президент Гвинеи Альфа Конде": an unknown first name and a surname.
    const third = tokens[i + 2];
    if (!surnameLike(view, tokens, i + 1) || adjectival || ADJECTIVE_OR_PLACE.test(next.text.toLowerCase())) return undefined;
    if (view.capital[i + 2] === 1 && spacesOnly(text, next.end, third.start)) return undefined;
    const surname = surnameCandidates(next.text, cases)[0];
    return {
      last: i + 1,
      mention: { doc: path, start: t.start, end: next.end, text: text.slice(t.start, next.end), lemma: `${t.text} ${surname}`, surname },
    };
  }
  if (nextCapitalized) return undefined;
  const speech = prev !== undefined && prev.kind === 'word' && isSpeechVerb(prev.text) && adjacent(text, prev, t) && (!next || next.kind !== 'word');
  const attributed = prev !== undefined && isAttribution(tokens[i - 2]?.text, prev.text) && adjacent(text, prev, t);
  // "в Таллине", "на Неве": a place's locative, not a person.
  const locative = prev !== undefined && /^(?:в|во|на|у|при)$/i.test(prev.text) && /[еі]$/.test(t.text);
  const candidates = surnameCandidates(t.text);
  // "Лукашенко уже обвинил": a sentence may open with a surname whose ending nothing else has.
  const subjectSurname = view.initial.has(i) && t.text.length >= 6 && STRONG_SURNAME_SUFFIX.test(t.text) && next?.kind === 'word' && next.text === next.text.toLowerCase() && adjacent(text, t, next);
  // "синдромом Дауна", "болезни Альцгеймера": a condition named after the person who described it, in the genitive.
  const eponym = prev !== undefined && EPONYM_NOUN.test(prev.text) && adjacent(text, prev, t) && !nextCapitalized && !adjectival;
  // "градусов по Цельсию", "градусів за Фаренгейтом": a scale named after its author.
  const scale = prev !== undefined && /^(?:по|за)$/i.test(prev.text) && /^градус/i.test(tokens[i - 2]?.text ?? '');
  const suffixed =
    !view.initial.has(i) &&
    !adjectival &&
    !locative &&
    candidates.slice(0, 2).some((c) => c.length >= 6 && SURNAME_SUFFIX.test(c.toLowerCase()));
  // "председатель Конституционного суда": an adjective before its noun; "президент Зеленский заявил": a surname.
  const beforeNoun = adjectival && next !== undefined && next.kind === 'word' && adjacent(text, t, next) && !VERB_LIKE.test(next.text);
  // "командующий Силами спецопераций", "глава Лиги украинцев": a genitive plural after the word makes it an
  // organization's head noun, not a surname.
  // Also with an adjective between them: "командующего Силами специальных операций".
  const pluralAt = (k: number): boolean => {
    const w = tokens[k];
    return w !== undefined && w.kind === 'word' && w.text.length >= 5 && GENITIVE_PLURAL.test(w.text) && adjacent(text, tokens[k - 1], w);
  };
  const pluralAdjective = next !== undefined && next.kind === 'word' && PLURAL_ADJECTIVE.test(next.text) && adjacent(text, t, next);
  const headOfPlural = pluralAt(i + 1) || (pluralAdjective && pluralAt(i + 2));
  if (role && headOfPlural) return undefined;
  // «Механик Погодин», "Академик Ломоносов": a quoted title (a ship, a company) that ends in a surname-like word;
  // ТОВ «Ваго-Рев»: one word in quotes names a company or a title, not a person.
  if (quotedTitle(article, i) || (prev !== undefined && OPEN_QUOTES.has(prev.text) && next !== undefined && CLOSE_QUOTES.has(next.text))) return undefined;
  if (!(role && !beforeNoun) && !speech && !attributed && !suffixed && !subjectSurname && !scale && !eponym) return undefined;
  let surname: string;
  if (role && cases) surname = surnameCandidates(t.text, cases)[0];
  else if (speech || subjectSurname) surname = t.text; // The speaker is the subject: nominative.
  else if (scale) surname = surnameCandidates(t.text, [prev.text.toLowerCase() === 'по' ? 'dat' : 'ins'])[0];
  else if (attributed || eponym) surname = surnameCandidates(t.text, ['gen'])[0];
  else surname = candidates.find((c) => SURNAME_SUFFIX.test(c.toLowerCase())) ?? candidates[0];
  return { last: i, mention: { doc: path, start: t.start, end: t.end, text: t.text, lemma: surname, surname } };
}

/**
 * Lowercase nouns for a condition, in the singular, which take the name of whoever described it: синдром Дауна,
 * болезнь Альцгеймера (not the plural: инфекционных болезней Национального института). Ukrainian news annotated
 * here leave such names out (хворобою Фабрі), so only Russian nouns are listed.
 */
const EPONYM_NOUN = /^(?:синдром(?:а|у|ом|е)?|болезн(?:ь|и|ью))$/;

function caseList(c: Case | undefined): Case[] | undefined {
  if (!c) return undefined;
  return c === 'gen' ? ['gen', 'acc'] : c === 'loc' ? ['loc', 'dat'] : [c];
}

/**
 * How many lowercase particles open a surname at token k: 0 for a capitalized word, 2 for "фон дер Ляйен",
 * -1 when no capitalized word follows them.
 */
function leadingParticles(article: Article, k: number): number {
  const { tokens, text } = article;
  for (let n = 0; n <= 2; n++) {
    const t = tokens[k + n];
    if (n > 0 && (!t || !adjacent(text, tokens[k + n - 1], t))) return -1;
    if (!(t && PARTICLES.has(t.text))) return isCapitalized(t) ? n : -1;
  }
  return -1;
}

/** A surname from token j: one word, a hyphenated word, or words joined by particles (фон дер Ляйен, Ланглад де Монгро). */
function surnameRun(article: Article, j: number) {
  const { tokens, text } = article;
  const lead = Math.max(0, leadingParticles(article, j));
  const parts: Token[] = [tokens[j + lead]];
  /** The particles written before each part. */
  const particles: string[] = [tokens.slice(j, j + lead).map((t) => t.text).join(' ')];
  let last = j + lead;
  let declining = 0; // the part that takes the case ending
  const joinable = (k: number): boolean => isCapitalized(tokens[k]) && adjacent(text, tokens[k - 1], tokens[k]);
  if (lead === 0 && CAPITAL_PARTICLES.has(tokens[j].text) && joinable(j + 1)) {
    // Ле Пен: the particle and the name are one surname; the name declines.
    parts.push(tokens[j + 1]);
    particles.push('');
    last = j + 1;
    declining = 1;
  }
  for (let n: number; tokens[last + 1] && adjacent(text, tokens[last], tokens[last + 1]) && (n = leadingParticles(article, last + 1)) > 0; ) {
    particles.push(tokens.slice(last + 1, last + 1 + n).map((t) => t.text).join(' '));
    parts.push(tokens[last + 1 + n]);
    last += 1 + n;
  }
  // East Asian names of short syllables: Ким Чен Ир, Ли Со Ён.
  while (parts.length < 4 && tokens[last].text.length <= 3 && joinable(last + 1) && tokens[last + 1].text.length <= 4) {
    parts.push(tokens[last + 1]);
    particles.push('');
    last += 1;
    declining = parts.length - 1;
  }
  return {
    last,
    lemmaParts(cases: Case[] | undefined, gender: 'm' | 'f' | undefined): string {
      // Only one word declines: Лангладом де Монгро → Ланглад де Монгро, Кима Чен Ира → Ким Чен Ир.
      const words = parts.map((p, k) => (k === declining ? surnameCandidates(p.text, cases, gender)[0] : p.text));
      return words.map((w, k) => (particles[k] ? `${particles[k]} ${w}` : w)).join(' ');
    },
  };
}

function mergeCases(readings: FirstNameForm[]): Case[] {
  return [...new Set(readings.flatMap((r) => r.cases))];
}

/** Surnames known from named mentions, by key; each key lists the spellings seen (built by link/reconcileNames). */
export type SurnameLexicon = Map<string, string[]>;
/** What findBareSurnames asks of the lexicon: an incremental build records these look-ups (incremental/lookupReads). */
export type SurnameLookup = Pick<ReadonlyMap<string, readonly string[]>, 'get' | 'has'>;
/** What findBareSurnames asks of the corpus's full names. */
export type FullNameLookup = Pick<ReadonlySet<string>, 'has' | 'size'>;

/** Ambiguous first names that are not taken alone: Лев (lion), Роман (novel), Вера (faith). */
const NOT_ALONE = new Set(['лев', 'роман', 'вера', 'віра', 'надежда', 'надія', 'любовь', 'любов', 'роза', 'слава', 'мира', 'ислам', 'іслам', 'ким', 'кім', 'дан', 'ян', 'ника', 'ніка', 'майя', 'мая', 'злата', 'дина', 'гор']);

/**
 * Surnames used alone, recognized because the lexicon knows them, and first
 * names used alone; skips the spans (in text order) already taken.
 */
export function findBareSurnames(
  article: Article,
  lexicon: SurnameLookup,
  taken: readonly Span[],
  placesOrgs: readonly (Span & { guessed?: true })[] = [],
  fullNames: FullNameLookup = new Set(),
): PersonMention[] {
  const { text } = article;
  const candidates: NameCandidate[] = [];
  const found = scannedSurnames(article, lexicon, taken, fullNames, candidates);
  // Names no list knows, by the article's evidence; not words of a place or organization the rules found (a guess
  // of the model yields to this evidence).
  const named = candidates.length < 2 ? [] : articleNames(article, candidates, (word) => nameWord(article, word));
  if (named.length === 0) return found;
  const placeOrgStems = new Set(placesOrgs.filter((m) => !m.guessed).flatMap((m) => text.slice(m.start, m.end).split(/\s+/).map(nameStem)));
  const unknown = named.filter((m) => !placeOrgStems.has(nameStem(m.text)));
  return unknown.length === 0 ? found : [...found, ...unknown].sort((a, b) => a.start - b.start);
}

/**
 * The surnames used alone, read token by token outside the names `taken`; the words that may be names no list
 * knows go to `candidates`. A function apart from findBareSurnames for the reason scannedNames is one.
 */
function scannedSurnames(article: Article, lexicon: SurnameLookup, taken: readonly Span[], fullNames: FullNameLookup, candidates: NameCandidate[]): PersonMention[] {
  const { tokens, text, path } = article;
  const view = viewOf(article);
  const groupsNamed = new Set<number>();
  for (const m of taken as PersonMention[]) if (m.first) groupsNamed.add(m.first.group);
  let surnamesNamed: Set<string> | undefined; // built on the first place adjective the lexicon knows
  const namesBearer = (word: string): boolean => {
    surnamesNamed ??= new Set((taken as PersonMention[]).filter((m) => (m.first || m.initials) && m.surname).map((m) => surnameKey(m.surname)));
    return surnamesNamed.has(surnameKey(word));
  };
  const found: PersonMention[] = [];
  let next = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    while (next < taken.length && taken[next].end <= token.start) next++;
    const covered = next < taken.length && taken[next].start < token.end;
    if (covered) continue;
    // Only a particle or a capitalized word opens a surname with particles (see leadingParticles).
    const particled = view.capital[i] === 1 || PARTICLES.has(token.text) ? bareParticleSurname(article, lexicon, i) : undefined;
    if (particled) {
      found.push(particled.mention);
      i = particled.last;
      continue;
    }
    if (view.capital[i] !== 1 || isCommon(view, token)) continue;
    // Part of an organization's or a street's name (namedAfter): asked only of a word that would be a name, the test being the costliest.
    const readings = lookupFirstName(token.text);
    if (readings.length > 0) {
      const first = namedAfter(article, view, i) ? undefined : bareFirstName(article, view, i, readings, groupsNamed);
      if (first) found.push(first);
      continue;
    }
    if (token.text.length < 3) continue;
    const surname = knownSurnameOf(lexicon, token.text);
    if (!surname) {
      if (mayNameAlone(article, view, i) && !namedAfter(article, view, i)) candidates.push({ index: i, initial: view.initial.has(i), adjectival: ADJECTIVE_SHAPE.test(token.text.toLowerCase()) });
      continue;
    }
    if (namedAfter(article, view, i)) continue;
    // Київської, Хмельницького: an adjective of a place is a surname alone only where the article names its bearer.
    // Where the article uses the word as a place (у Харкові), or as an adjective before its noun (Чорного моря,
    // Медової печери), likewise.
    if ((placeOfAdjective(token.text) || usedAsPlace(article, token.text) || adjectiveBeforeNoun(article, i)) && !namesBearer(token.text)) continue;
    // Prefer a spelling the corpus has seen (Голикова, not a guessed Голиков).
    const spelling = lexicon.get(nameKey(surname))!.includes(token.text) ? token.text : surname;
    const pair = knownPairBefore(article, view, i, spelling, fullNames, found[found.length - 1]?.end ?? 0);
    if (pair) {
      found.push(pair);
      continue;
    }
    const openedAfter = found.length > 0 ? found[found.length - 1].end : -1;
    found.push(withUnknownFirstName(article, view, lexicon, i, Math.max(openedAfter, next > 0 ? taken[next - 1].end : -1)) ?? { doc: path, start: token.start, end: token.end, text: text.slice(token.start, token.end), lemma: spelling, surname: spelling });
  }
  return found;
}

/**
 * Is tokens[i] part of an organization's or a street's name? A function of its own, not a callback in the loop:
 * one there would make the loop allocate a context for every token.
 */
const namedAfter = (article: Article, view: View, i: number): boolean => isNamedAfter(article.text.slice(Math.max(0, article.tokens[i].start - 30), article.tokens[i].start), false, view.streets) || namesInstitution(article, i);

/**
 * A word no list knows right before a surname the corpus knows, that may be a first name (not common, a place, a
 * title, an adjective, or a surname the corpus knows): the surname's corpus-wide evidence makes the pair a name
 * (его убийца, Мумтаз Кадри, был казнен). One such word, or two (Хадима Хуссейна Ризви); none at a sentence's
 * start, where any word is capitalized. `free` is where the words before the surname may start.
 */
function withUnknownFirstName(article: Article, view: View, lexicon: SurnameLookup, i: number, free: number): PersonMention | undefined {
  const { tokens, text, path } = article;
  const givenName = (k: number): boolean => {
    const t = tokens[k];
    return (
      k >= 0 &&
      t.start >= free &&
      view.capital[k] === 1 &&
      !view.initial.has(k) &&
      adjacent(text, t, tokens[k + 1]) &&
      t.text.length >= 3 &&
      !LATIN_WORD.test(t.text) &&
      !isCommon(view, t) &&
      lookupFirstName(t.text).length === 0 &&
      !lexicon.has(nameKey(t.text)) &&
      !isRoleWord(t.text) &&
      !PERSON_NOUN.test(t.text.toLowerCase()) &&
      !CAPITAL_PARTICLES.has(t.text) &&
      !isPlaceLike(t.text) &&
      !hasPlacePart(t.text) &&
      !ADJECTIVE_OR_PLACE.test(t.text.toLowerCase()) &&
      !usedAsPlace(article, t.text) &&
      !PLACE_NOUN.test(tokens[k - 1]?.text.toLowerCase() ?? '')
    );
  };
  // Ukrainian news scraped here lose sentence breaks before a surname (пише Водночас Мей): Russian only, for now.
  if (article.lang !== 'ru' || !givenName(i - 1)) return undefined;
  const two = givenName(i - 2);
  const first = two ? i - 2 : i - 1;
  // A capitalized word before them makes them part of a longer name (лидер Техрик-э-Лабаик Пакистан Хадим Ризви).
  if (view.capital[first - 1] === 1 && adjacent(text, tokens[first - 1], tokens[first])) return undefined;
  const pair = readUnknownPair(tokens[first].text, tokens[i].text, two ? [tokens[i - 1].text] : []);
  if (!pair) return undefined;
  const surname = lexicon.get(nameKey(pair.surname))?.includes(pair.surname) || !lexicon.get(nameKey(tokens[i].text))?.includes(tokens[i].text) ? pair.surname : tokens[i].text;
  const start = tokens[first].start;
  const end = tokens[i].end;
  return {
    doc: path,
    start,
    end,
    text: text.slice(start, end),
    lemma: [pair.first.lemma, ...pair.middles, surname].join(' '),
    surname,
    first: { lemma: pair.first.lemma, group: pair.first.group },
  };
}

/**
 * The surname at token i with the capitalized word before it, when some article names that first name and surname
 * together (Азія Бібі named elsewhere makes «Це Азія Бібі» the name, though Азія is also a continent).
 */
function knownPairBefore(article: Article, view: View, i: number, surname: string, fullNames: FullNameLookup, freeFrom: number): PersonMention | undefined {
  const { tokens, text, path } = article;
  const prev = tokens[i - 1];
  if (fullNames.size === 0 || !view.capital[i - 1] || prev.start < freeFrom || !adjacent(text, prev, tokens[i])) return undefined;
  const known = lookupFirstName(prev.text);
  const reading = (known.length > 0 ? known : guessFirstName(prev.text)).find((r) => fullNames.has(fullNameKey(r.lemma, surname)));
  if (!reading) return undefined;
  return {
    doc: path,
    start: prev.start,
    end: tokens[i].end,
    text: text.slice(prev.start, tokens[i].end),
    lemma: `${reading.lemma} ${surname}`,
    surname,
    first: { lemma: reading.lemma, group: reading.group },
  };
}

/** A capitalized word that may be a name no list knows, standing alone: not beside another capitalized word, not a quoted title («Київський»). */
function mayNameAlone(article: Article, view: View, i: number): boolean {
  const { tokens, text } = article;
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  if (view.capital[i + 1] && adjacent(text, t, next)) return false;
  if (view.capital[i - 1] && adjacent(text, prev, t) && !(view.initial.has(i - 1) && !pairIndexOf(article).inside.has(prev.text))) return false;
  return !(prev && OPEN_QUOTES.has(prev.text) && next && CLOSE_QUOTES.has(next.text));
}

/** A word that may be a name by its own letters: no Latin, abbreviation, place, title, word for a person or institution. */
function nameWord(article: Article, w: string): boolean {
  if (LATIN_WORD.test(w) || ALL_CAPS.test(w) || isPlaceLike(w) || hasPlacePart(w) || placeOfAdjective(w)) return false;
  return !(isRoleWord(w) || PERSON_NOUN.test(w.toLowerCase()) || INSTITUTION_STEMS.has(nameStem(w)) || usedAsPlace(article, w));
}

/** Nouns for institutions, capitalized as their names (Церква заявила, Колегія вирішила): no person's name. */
const INSTITUTION_STEMS = new Set(
  `${ORG_NOUNS_RU} ${ORG_NOUNS_UK} церква церковь колегія коллегия закон суд рада уряд правительство парламент міністерство министерство комітет комитет служба держава государство`
    .split(/\s+/)
    .map(nameStem),
);

/**
 * Words that follow a name as readily as an adjective: the function words (lexicon/functionWords), and a few more
 * forms of the relative pronoun, але, від and the past of быть/бути.
 */
const FOLLOWS_NAME = new Set(['але', 'якого', 'якій', 'яким', 'якому', 'від', 'був', 'була', 'було', 'були', 'был', 'была', 'было', 'были']);

/**
 * Adjective endings few surnames share (Чорного, Медової, Медове); not -ський (Бродський вважав), nor the
 * instrumental -ым, -ой of Russian surnames (Гагариным, Соботкой).
 */
const PLAIN_ADJECTIVE = /^(?!.*(?:ськ|цьк|зьк|ск|цк)[а-яіїє]+$).+(?:ого|ому|ої|ій|ий|ый|ое|ее|ове|еве)$/;

/** An adjective-shaped word right before a lowercase word that is no verb or function word: its noun (Чорного моря). */
function adjectiveBeforeNoun(article: Article, i: number): boolean {
  const { tokens, text } = article;
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!PLAIN_ADJECTIVE.test(t.text.toLowerCase()) || !next || next.kind !== 'word' || !adjacent(text, t, next)) return false;
  const w = next.text;
  // Not an adverb either: вчора, давно (a name's verb may follow it).
  return w.length >= 3 && w === w.toLowerCase() && !VERB_LIKE.test(w) && !FUNCTION_WORDS.has(w) && !FOLLOWS_NAME.has(w) && !NOT_SURNAMES.has(w) && !/о$/.test(w) && !isSpeechVerb(w);
}

/**
 * The surname the corpus knows a capitalized word as: the word itself where the lexicon has that spelling, else
 * the first of its nominatives (then its -ко reading) whose key the lexicon has. Every capitalized word that is
 * no first name asks, so the word's key is made once and no list of readings is copied.
 */
function knownSurnameOf(lexicon: SurnameLookup, word: string): string | undefined {
  if (lexicon.get(nameKey(word))?.includes(word)) return word;
  for (const candidate of surnameCandidates(word)) if (lexicon.has(nameKey(candidate))) return candidate;
  return koSurname(word).find((candidate) => lexicon.has(nameKey(candidate)));
}

/** The -ко nominative of a Ukrainian oblique form (Дудка, Бойкові → Дудко, Бойко), for matching a surname the corpus knows. */
const koSurname = (form: string): string[] => {
  const m = /^(.{2,}к)(?:а|у|ом|ові)$/.exec(form);
  return m ? [`${m[1]}о`] : [];
};

/** A known surname with particles, used alone: фон дер Ляйен, Ланглад де Монгро. */
function bareParticleSurname(article: Article, lexicon: SurnameLookup, i: number): Match | undefined {
  const { tokens, text, path } = article;
  const lead = leadingParticles(article, i);
  if (lead < 0 || (lead === 0 && !PARTICLES.has(tokens[i + 1]?.text ?? ''))) return undefined;
  const run = surnameRun(article, i);
  if (run.last === i) return undefined; // one word: the one-word lookup handles it
  const lemma = run.lemmaParts(undefined, undefined);
  const spelling = lexicon.get(nameKey(lemma))?.find((known) => nameKey(known) === nameKey(lemma));
  if (!spelling) return undefined;
  const end = tokens[run.last].end;
  return { last: run.last, mention: { doc: path, start: tokens[i].start, end, text: text.slice(tokens[i].start, end), lemma: spelling, surname: spelling } };
}

/**
 * A first name alone: one the article names in full elsewhere (Угур), or one inside a sentence and not a common
 * word. At a sentence's start (where every word is capitalized) it needs more: the name again inside a sentence of
 * the article, or a cue at this occurrence (Андрій уважно огледів). A first name that is also a common word
 * (Роман, Віра, Надія) needs the cues: a verb agreeing with it, a speech verb, a vocative, a form of address —
 * at this occurrence, or, inside a sentence, at another occurrence of the name in the article.
 */
function bareFirstName(article: Article, view: View, i: number, readings: FirstNameForm[], groupsNamed: Set<number>): PersonMention | undefined {
  const { tokens, text, path } = article;
  const token = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // Next to another capitalized word it is part of a longer name or title that the first pass did not take; not
  // after a sentence's first word that is capitalized only there (Учора Роман сказав).
  const capitalOnlyOpening = view.initial.has(i - 1) && lookupFirstName(prev.text).length === 0 && !pairIndexOf(article).inside.has(prev.text);
  if ((isCapitalized(next) && adjacent(text, token, next)) || (isCapitalized(prev) && adjacent(text, prev, token) && !capitalOnlyOpening)) return undefined;
  if (next?.text === '.' && INITIAL.test(tokens[i + 2]?.text ?? '')) return undefined;
  const reading = readings.find((r) => groupsNamed.has(r.group)) ?? readings[0];
  const named = groupsNamed.has(reading.group);
  // A first name that is also a place (Джорджия, Вирджиния, Виктория) is the place where the article uses it as one.
  if (!named && usedAsPlace(article, token.text)) return undefined;
  if (!named && !aloneNameAttested(article, view, i, reading)) return undefined;
  return {
    doc: path,
    start: token.start,
    end: token.end,
    text: token.text,
    lemma: reading.lemma,
    surname: '',
    first: { lemma: reading.lemma, group: reading.group },
  };
}

/** Whether a first name alone, that the article names no one in full with, reads as a person here (see bareFirstName). */
function aloneNameAttested(article: Article, view: View, i: number, reading: FirstNameForm): boolean {
  const token = article.tokens[i];
  if (token.text.length < 3) return false;
  const homograph = NOT_ALONE.has(reading.lemma.toLowerCase());
  const initial = view.initial.has(i);
  if (!homograph && !initial) return true;
  const cued = hasNameCue(article, i, reading, homograph ? 0 : 2);
  const seen = lonelyNamesOf(article, view).get(reading.group);
  if (!homograph) return cued || (seen?.inside ?? 0) > 0;
  return cued ? !initial || (seen?.inside ?? 0) > 0 : !initial && (seen?.cued ?? 0) > 0;
}

/** A cue at this occurrence that the first name names a person; a vocative only for a form that can be one. */
function hasNameCue(article: Article, i: number, reading: FirstNameForm, gap: number): boolean {
  return personCues(article, i, reading.gender, gap).some((cue) => cue !== 'vocative' || reading.cases.includes('voc'));
}

/** Per first-name group, how often the article writes it alone inside a sentence, and with a cue anywhere. */
interface LonelyNameCounts {
  inside: number;
  cued: number;
}

const lonelyNames = new WeakMap<Article, Map<number, LonelyNameCounts>>();

function lonelyNamesOf(article: Article, view: View): Map<number, LonelyNameCounts> {
  let counts = lonelyNames.get(article);
  if (counts) return counts;
  counts = new Map();
  const { tokens, text } = article;
  for (let k = 0; k < tokens.length; k++) {
    if (!view.capital[k]) continue;
    const readings = lookupFirstName(tokens[k].text);
    if (readings.length === 0) continue;
    if ((view.capital[k + 1] && adjacent(text, tokens[k], tokens[k + 1])) || (view.capital[k - 1] && adjacent(text, tokens[k - 1], tokens[k]))) continue;
    for (const r of readings) {
      const c = counts.get(r.group) ?? { inside: 0, cued: 0 };
      if (!view.initial.has(k)) c.inside++;
      if (hasNameCue(article, k, r, 0)) c.cued++;
      counts.set(r.group, c);
    }
  }
  lonelyNames.set(article, counts);
  return counts;
}

const PERSON_NOUN = new RegExp(`^(?:${PERSON_NOUN_STEMS.join('|')})[а-яёіїєґ]{0,3}$`);
/** Adjective endings (Европейской, Объединенных, Українські): a first name never has them. */
const ADJECTIVE_SHAPE = /(?:ый|ий|ій|ой|ая|ое|ые|ого|ому|ым|ых|ую|ої|ою|ими|ыми|[чдстл]ном|ські|ськ(?:ий|ого|ому|им|а|ої|ій|у|ою|і|их)|ск(?:ий|ого|ому|им|ом|ая|ой|ую|ие|их|ими))$/;
/** Oblique forms of a-stem names in -ия, which places and institutions share (Франции, Комиссии): need more evidence. */
const IA_FORM = /(?:ия|ии|ию|ией|ие|ія|ії|ію|ією)$/;

/** Per-article record of which capitalized pairs and lone words occur, for evidence that a pair is a name. */
interface PairIndex {
  /** Lowercased forms of capitalized words standing alone, with no capitalized word beside them. */
  alone: Set<string>;
  /** Capitalized words seen inside a sentence, as written: a sentence-initial word seen only there may be any word. */
  inside: Set<string>;
  /** By the key of a pair's second word: the distinct first words written before it. */
  firsts: Map<string, Set<string>>;
  /** Keys of surnames the article writes after a known first name (Тереза Мэй). */
  named: Set<string>;
}

const pairIndexes = new WeakMap<Article, PairIndex>();

function pairIndexOf(article: Article): PairIndex {
  let index = pairIndexes.get(article);
  if (index) return index;
  const { tokens, text } = article;
  const view = viewOf(article);
  index = { alone: new Set(), inside: new Set(), firsts: new Map(), named: new Set() };
  // One pass, each capitalized word tested once: whether it joins the next one.
  let joinedBefore = false;
  let capital = view.capital[0] === 1;
  for (let k = 0; k < tokens.length; k++) {
    const nextCapital = view.capital[k + 1] === 1;
    const joinedAfter = capital && nextCapital && adjacent(text, tokens[k], tokens[k + 1]);
    if (capital) {
      const word = tokens[k].text;
      const initial = view.initial.has(k);
      if (!joinedBefore && !joinedAfter && !initial) index.alone.add(foldCase(word));
      if (!initial) index.inside.add(word);
      if (joinedAfter) {
        const key = surnameKey(tokens[k + 1].text);
        if (lookupFirstName(word).length > 0) index.named.add(key);
        const set = index.firsts.get(key) ?? new Set<string>();
        set.add(word);
        index.firsts.set(key, set);
      }
    }
    joinedBefore = joinedAfter;
    capital = nextCapital;
  }
  pairIndexes.set(article, index);
  return index;
}

/**
 * Words after which a capitalized word is a place: в Лахоре, из Джорджии, штат Вирджиния. Not у, на, до, nor
 * Ukrainian в and з, which also stand before people: у Вікторії (Victoria has), в Марії, з Вікторією (with Victoria).
 */
const PLACE_INTRODUCER: Record<Lang, RegExp> = {
  ru: /^(?:в|во|из|изо|штат|штата|штате|штату|штатом)$/i,
  uk: /^(?:штат|штату|штаті|штатом)$/i,
};

/** Ukrainian у, в, на before a masculine locative in -ові/-еві (у Харкові, у Львові): a place, not a person. */
const LOCATIVE_PREPOSITION = /^(?:у|в|на)$/i;
const MASCULINE_LOCATIVE = /(?:ові|еві|єві)$/;
/** After на any locative in -і (на Майдані, на Поштовій): people are not where на puts a place. */
const ukrainianLocative = (preposition: string, word: string): boolean =>
  LOCATIVE_PREPOSITION.test(preposition) && (MASCULINE_LOCATIVE.test(word) || (/^на$/i.test(preposition) && /[іи]$/.test(word) && word.length > 3));

/** A word without its case ending, so the forms of one place meet: Лахора, Лахоре → лахор. */
export const placeStem = (word: string): string => foldCase(word).replace(/(?:ии|ию|ией|ія|ії|ію|ією|ия|ом|ем|ой|ою|ей|ею|[аеиоуыэюяіїєй])$/, '');

const placeIndexes = new WeakMap<Article, Set<string>>();

/** The article uses this word (in any case) as a place. */
function usedAsPlace(article: Article, word: string): boolean {
  let places = placeIndexes.get(article);
  if (!places) {
    places = new Set();
    const { tokens, text } = article;
    const introducer = PLACE_INTRODUCER[article.lang];
    for (let k = 0; k + 1 < tokens.length; k++) {
      const t = tokens[k];
      const next = tokens[k + 1];
      if (t.text.length > 6 || !(introducer.test(t.text) || (article.lang === 'uk' && ukrainianLocative(t.text, next.text)))) continue;
      if (isCapitalized(next) && adjacent(text, t, next)) places.add(placeStem(next.text));
    }
    placeIndexes.set(article, places);
  }
  return places.has(placeStem(word));
}

/**
 * The article writes the word alone, or as the second word of a name (Азія Бібі): after two forms of a first word,
 * or after one capitalized inside a sentence (not Сторонники Хадима, whose first word opens a sentence).
 */
function surnameInArticle(index: PairIndex, word: string): boolean {
  if (index.alone.has(foldCase(word))) return true;
  const firsts = index.firsts.get(surnameKey(word));
  return firsts !== undefined && (firsts.size >= 2 || [...firsts].some((f) => index.inside.has(f)));
}

/** A surname's forms share a key: Нисар, Нисару; Биби, Бібі. */
const surnameKey = (form: string): string => nameKey(surnameCandidates(form)[0]);

/** The lone forms that restate a surname: its own form, or one of its nominatives (Биби; Чаудхри). */
const restatedAlone = (index: PairIndex, surname: Token): boolean =>
  [surname.text, ...surnameCandidates(surname.text)].some((form) => index.alone.has(foldCase(form)));

/** The word after a guessed first name follows two case forms of it in the article: Асии Биби, Асию Биби. */
function inflectedRestatement(index: PairIndex, first: Token, surname: Token): boolean {
  const forms = index.firsts.get(surnameKey(surname.text));
  if (!forms || forms.size < 2) return false;
  const lemmas = new Set(guessFirstName(first.text).map((r) => r.lemma));
  return [...forms].some((form) => form !== first.text && guessFirstName(form).some((r) => lemmas.has(r.lemma)));
}

/** A word that may close a name after an unknown first name: capitalized, Cyrillic, no place, adjective or common word. */
const pairSurname = (view: View, t: Token | undefined): t is Token =>
  isCapitalized(t) && !LATIN_WORD.test(t.text) && !isCommon(view, t) && !INFINITIVE.test(t.text) && (plainSurname(t) || (SURNAME_IN_IH.test(t.text) && t.text.length >= 4 && lookupFirstName(t.text).length === 0 && !isPlaceLike(t.text)));

/** A verb in the past tense, lowercase, right after a name: its subject (Сайфул Малук бежал, Азія Бібі залишила). */
const PAST_TENSE = /^[а-яёіїєґ]+(?:[аяиеуі]л|[аяиеуі]ла|[аяиеуі]ли|[аяиеуі]в)(?:ся|сь)?$/;

/** A verb's infinitive, as buttons and captions write it (Отмена Отправить). */
const INFINITIVE = /(?:[аяиеуоі]ть|ться|тись|[аяиі]ти)$/;

/** Surnames in -их/-ых/-іх that the adjective test would reject: Масих, Масіх, Черных (a capitalized adjective is rarer after a first name). */
const SURNAME_IN_IH = /(?:их|ых|іх)$/;

/**
 * A first name no list knows before a surname (Асии Биби, Кенни Джейкобс, Хадим Хусейн Ризви), when the article
 * says it is a name: a title, a word for a person or a speech verb around it, a Latin restatement, the surname
 * alone elsewhere, or the pair again with the first name in another case.
 */
function matchUnknownFirstName(article: Article, view: View, i: number): Match | undefined {
  const { tokens, text, path } = article;
  const t = tokens[i];
  const joined = (k: number): boolean => view.capital[k] === 1 && adjacent(text, tokens[k - 1], tokens[k]);
  // The cheapest test first: most capitalized words have no capitalized word after them.
  if (!view.capital[i] || !joined(i + 1)) return undefined;
  if (LATIN_WORD.test(t.text) || t.text.length < 3 || ALL_CAPS.test(t.text) || isCommon(view, t) || lookupFirstName(t.text).length > 0) return undefined;
  // Христианка Асия Биби: the title opens the sentence; Аль Аин, Ле Пен: a particle opens a place or a surname.
  if (isRoleWord(t.text) || PERSON_NOUN.test(t.text.toLowerCase()) || CAPITAL_PARTICLES.has(t.text)) return undefined;
  const prev = tokens[i - 1];
  // провинции Пенджаб Салман Тасир; Острова Уайт.
  if ((prev && PLACE_NOUN.test(prev.text.toLowerCase())) || PLACE_NOUN.test(t.text.toLowerCase())) return undefined;
  // "директор НИИ Гамалеи Гинзбург": a genitive after an abbreviation completes the institution's name.
  if (prev && ALL_CAPS.test(prev.text) && /(?:[еи]и|ы)$/.test(t.text)) return undefined;
  // Two or three words: a middle name (known or not) may stand between.
  const three = joined(i + 2);
  if (three && joined(i + 3)) return undefined;
  const last = three ? i + 2 : i + 1;
  const surname = tokens[last];
  const middle = three ? tokens[i + 1] : undefined;
  if (!pairSurname(view, surname) || lookupFirstName(surname.text).length > 0) return undefined;
  if (middle && (LATIN_WORD.test(middle.text) || isPlaceLike(middle.text) || isCommon(view, middle) || ADJECTIVE_OR_PLACE.test(middle.text.toLowerCase()))) return undefined;
  const index = pairIndexOf(article);
  // After another capitalized word the pair is part of a longer name, unless that word is a title or a word for a
  // person (INTERFAX.RU - Христианка Асия Биби), or opens the sentence and is capitalized only there (Сама Асия Биби).
  const titleFirst = prev !== undefined && (isRoleWord(prev.text) || PERSON_NOUN.test(prev.text.toLowerCase()));
  // Nor does a word in another script or a place that ends an organization's name: директор Ryanair Кенни Джейкобс,
  // лидер Техрик-э-Лабаик Пакистан Хадим Ризви.
  const sameScript = prev !== undefined && !LATIN_WORD.test(prev.text) && !ALL_CAPS.test(prev.text) && !isPlaceLike(prev.text);
  // Nor does a surname the article also writes alone, standing as a possessor (Чоловік Бібі Ашіг Масіх: Bibi's husband).
  const possessor = view.capital[i - 1] === 1 && surnameInArticle(index, prev.text) && !isCommon(view, prev);
  if (view.capital[i - 1] === 1 && sameScript && adjacent(text, prev, t) && !titleFirst && !possessor && !(view.initial.has(i - 1) && !index.inside.has(prev.text))) return undefined;

  // Before a name of two words, a word the article also writes alone is a surname itself (адвокат Биби Саиф уль-Малук).
  // So is one the article writes after a first word (Азія Бібі … Чоловік Бібі Ашіг Масіх).
  if (middle && (surnameInArticle(index, t.text) || index.alone.has(foldCase(middle.text)))) return undefined;
  const prevLower = prev?.kind === 'word' && (prev.text === prev.text.toLowerCase() || titleFirst) && adjacent(text, prev, t);
  const personNoun = prevLower && PERSON_NOUN.test(prev.text.toLowerCase());
  const after = tokens[last + 1];
  const role = afterRole(article, view, i, true);
  const attributed = prev !== undefined && isAttribution(tokens[i - 2]?.text, prev.text);
  const latin = LATIN_NAME.test(text.slice(surname.end, surname.end + 80));
  // "на ім'я Ашик Масіх", "по имени …": the words say a name follows.
  const namedBy = prevLower && NAMED_BY.test(prev.text);
  const context =
    namedBy ||
    personNoun ||
    role !== undefined ||
    (prevLower && isSpeechVerb(prev.text)) ||
    attributed ||
    (after?.kind === 'word' && adjacent(text, surname, after) && (isSpeechVerb(after.text) || PAST_TENSE.test(after.text))) ||
    latin;
  const inflected = inflectedRestatement(index, t, middle ?? surname);
  const restated = restatedAlone(index, surname);
  // A place's or institution's shape (Азии, Федерации) yields only to the strongest evidence.
  const placeShaped = isPlaceLike(t.text) || hasPlacePart(t.text) || ADJECTIVE_SHAPE.test(t.text.toLowerCase());
  const iaForm = IA_FORM.test(t.text.toLowerCase());
  // A surname the article gives a known first name (Тереза Мэй) takes no other one without strong evidence
  // (в Чекерс Мэй заявила), and is no first name itself (к Мэй Джонсон предупредил).
  if (index.named.has(surnameKey(t.text))) return undefined;
  const named = !middle && index.named.has(surnameKey(surname.text));
  // Before a known first name (Отставка Бориса Джонсона), only a word for a person right before makes a word a name.
  // (A title before it wants a complement there: министр по делам Брексит Дэвид Дэвис, глава Минэнерго Александр Новак.)
  if (middle && lookupFirstName(middle.text).length > 0 && !inflected && !personNoun) return undefined;
  // A word the article uses as a place is one here too (Лахора Биби), unless a word for a person stands before it.
  if (usedAsPlace(article, t.text) && !personNoun) return undefined;
  if (middle && lookupFirstName(middle.text).length > 0 && namesInstitution(article, i + 1)) return undefined; // Общества Макса Планка
  // A sentence's first word is capitalized anyway (Сама Асия, Мужу Биби): it must be capitalized inside one too.
  if (view.initial.has(i) && !index.inside.has(t.text) && !inflected && !latin) return undefined;
  // A name of three words with an unknown middle needs more than its surname seen alone (Газ Маркетинг Трейдинг).
  const evidence = placeShaped || named ? inflected || (personNoun && iaForm && !named) : iaForm ? inflected || personNoun || context || restated : context || inflected || (restated && !middle);
  if (!evidence) return undefined;

  // The case the context shows: по словам Фавада Чаудхри (genitive), министр Фавад Чаудхри (the title's case).
  const shownCase = attributed ? caseList('gen') : role ? caseList(roleCase(role.text)) : undefined;
  const readings = agreeingReadings(guessFirstName(t.text), surname.text, shownCase);
  // A surname whose ending shows its case must agree with the first name: Собянин Путину are two people.
  if (readings.length === 0 || !readings.some((r) => surnameAgrees(r, surname.text))) return undefined;
  const middleKnown = middle ? lookupFirstName(middle.text) : [];
  // A known middle name must agree with the first word in gender and case, or the word is no first name (губернатор
  // Пенджаба Салман Тасир: a genitive complement).
  const agreesWithMiddle = (r: FirstNameForm): boolean => middleKnown.some((k) => k.gender === r.gender && k.cases.some((c) => r.cases.includes(c)));
  if (middleKnown.length > 0 && !readings.some(agreesWithMiddle)) return undefined;
  const reading = middleKnown.length > 0 ? readings.find(agreesWithMiddle)! : readings[0];
  const middleLemma = middle ? (middleKnown.find((r) => r.gender === reading.gender && r.cases.some((c) => reading.cases.includes(c))) ?? guessFirstName(middle.text)[0])?.lemma ?? middle.text : undefined;
  const surnameLemma = guessedSurnameLemma(surname.text, reading);
  return {
    last,
    mention: {
      doc: path,
      start: t.start,
      end: surname.end,
      text: text.slice(t.start, surname.end),
      lemma: [reading.lemma, middleLemma, surnameLemma].filter(Boolean).join(' '),
      surname: surnameLemma,
      first: { lemma: reading.lemma, group: reading.group },
      guessedFirst: middleKnown.length > 0 ? readings.filter(agreesWithMiddle) : readings,
    },
  };
}

/** Words after which a name follows: на ім'я, по имени, на прізвище. */
const NAMED_BY = /^(?:ім['’ʼ]я|имени|прізвище|фамилии)$/i;

/** What a surname's ending shows of the case and gender, when it is unmistakable: Дэвиса, Нисару, Кэмероном. */
const SURNAME_FORM_CASES: [RegExp, 'm' | 'f', Case[]][] = [
  [/[бвгґджзклмнпрстфхцчшщ]а$/, 'm', ['gen', 'acc']],
  [/[бвгґджзклмнпрстфхцчшщ]у$/, 'm', ['dat']],
  [/[бвгґджзклмнпрстфхцчшщ](?:ом|ем)$/, 'm', ['ins']],
];

/** The reading fits what the surname's ending shows, if it shows anything. */
function surnameAgrees(reading: FirstNameForm, surname: string): boolean {
  const shown = SURNAME_FORM_CASES.find(([ending]) => ending.test(surname));
  return !shown || (reading.gender === shown[1] && reading.cases.some((c) => shown[2].includes(c)));
}

/**
 * The readings of a guessed first name in the case the context shows, then those that agree with the surname's
 * form (Девида Дэвиса: Девид's genitive, not a woman Девида); all of them when none does: a foreign woman's
 * surname rarely takes a case ending.
 */
function agreeingReadings(readings: FirstNameForm[], surname: string, contextCases?: Case[]): FirstNameForm[] {
  const inContext = contextCases ? readings.filter((r) => r.cases.some((c) => contextCases.includes(c))) : readings;
  const pool = inContext.length > 0 ? inContext : readings;
  const agreeing = pool.filter((r) => surnameAgrees(r, surname));
  return agreeing.length > 0 ? agreeing : pool;
}

/**
 * Nominatives of a surname beside a guessed (so mostly foreign) first name, best first. A surname in -и, -і, -е, -о
 * or -ю beside one does not decline (Азії Бібі, Асии Биби); the others follow the first name's case and gender.
 */
function guessedSurnameCandidates(written: string, first: FirstNameForm): readonly string[] {
  return /[иіеоэю]$/.test(written) && !SURNAME_SUFFIX.test(written.slice(0, -1)) ? [written] : surnameCandidates(written, first.cases, first.gender);
}

const guessedSurnameLemma = (written: string, first: FirstNameForm): string => guessedSurnameCandidates(written, first)[0];

/**
 * A first name no list knows read beside its surname, for a name found by its pair's evidence (the model's, or the
 * corpus's surnames): the guessed reading that agrees with the surname's form, or whose case ending the next word
 * repeats (Сакибу Нисару, Хадима Хуссейна Ризви); middle words in its case and gender; the surname's base form.
 */
export function readUnknownPair(first: string, surname: string, middles: readonly string[] = []): { first: FirstNameForm; middles: string[]; surname: string } | undefined {
  const readings = agreeingReadings(guessFirstName(first), surname);
  const stem = parallelStem([first, ...middles, surname]);
  const reading = (stem !== undefined && readings.find((r) => r.lemma === stem)) || readings[0];
  if (!reading) return undefined;
  const agreeing = (r: FirstNameForm): boolean => r.gender === reading.gender && r.cases.some((c) => reading.cases.includes(c));
  return { first: reading, middles: middles.map((m) => guessFirstName(m).find(agreeing)?.lemma ?? m), surname: guessedSurnameLemma(surname, reading) };
}

/** A man's dative or instrumental ending after a consonant: Сакибу, Нисару; Фавадом. */
const PARALLEL_ENDING = /[бвгджзклмнпрстфхцчшщ](у|ом|ем|ові)$/;
/** A man's genitive after a consonant, shared by two given names before a surname: Хадима Хуссейна Ризви. */
const PARALLEL_GENITIVE = /[бвгджзклмнпрстфхцчшщ](а)$/;

/** The stem of a guessed first name whose case ending the next name word repeats (Сакибу Нисару, Хадима Хуссейна Ризви). */
function parallelStem(words: readonly string[]): string | undefined {
  const ending = PARALLEL_ENDING.exec(words[0])?.[1] ?? (words.length > 2 ? PARALLEL_GENITIVE.exec(words[0])?.[1] : undefined);
  const partner = words.length > 2 && PARALLEL_GENITIVE.test(words[0]) ? words[1] : words[words.length - 1];
  return ending && words.length > 1 && partner.endsWith(ending) ? words[0].slice(0, -ending.length) : undefined;
}

/**
 * One guessed first name per surname in an article: the reading that explains most of the forms written before
 * that surname (Асии, Асию, Асия → Асия), a form seen as it is counting extra; the surname's base form follows
 * the chosen reading's case and gender.
 */
function settleGuessedFirstNames(found: PersonMention[]): void {
  const bySurname = new ListMap<string, PersonMention>();
  for (const m of found) if (m.guessedFirst) bySurname.add(nameKey(m.surname), m);
  for (const mentions of bySurname.values()) {
    const score = new Map<string, number>();
    for (const m of mentions) {
      const words = m.text.split(/\s+/);
      // The form as written counts extra, unless two words show one case ending (Сакибу Нисару): then its stem does.
      const favoured = parallelStem(words) ?? words[0];
      for (const lemma of new Set(m.guessedFirst!.map((r) => r.lemma))) score.set(lemma, (score.get(lemma) ?? 0) + (lemma === favoured ? 1.5 : 1));
    }
    const bestOf = (m: PersonMention): FirstNameForm => [...m.guessedFirst!].sort((a, b) => (score.get(b.lemma) ?? 0) - (score.get(a.lemma) ?? 0))[0];
    const lastWord = (m: PersonMention): string => m.text.split(/\s+/).pop()!;
    // Where the first name is written as its nominative, the surname beside it is one too (Азія Бібі, so Азії Бібі).
    // (Not beside a name that does not decline: Кенни Джейкобса.)
    const nominatives = new Set(mentions.filter((m) => bestOf(m).lemma === m.text.split(/\s+/)[0] && bestOf(m).cases.length === 1).map(lastWord));
    for (const m of mentions) {
      const best = bestOf(m);
      const written = lastWord(m);
      const candidates = guessedSurnameCandidates(written, best);
      const surname = nominatives.has(written) ? written : (candidates.find((c) => nominatives.has(c)) ?? candidates[0]);
      if (best.lemma === m.first!.lemma && surname === m.surname) continue;
      // A middle name follows the first name's case and gender (Хуссейна → Хуссейн beside Хадим).
      const middles = m.text.split(/\s+/).slice(1, -1).map((w) => guessFirstName(w).find((r) => r.gender === best.gender && r.cases.some((c) => best.cases.includes(c)))?.lemma ?? w);
      const keptMiddles = lookupFirstName(m.text.split(/\s+/)[1] ?? '').length > 0 ? m.lemma.split(' ').slice(1, -1) : middles;
      m.lemma = [best.lemma, ...keptMiddles, surname].join(' ');
      m.surname = surname;
      m.first = { lemma: best.lemma, group: best.group };
    }
  }
}
