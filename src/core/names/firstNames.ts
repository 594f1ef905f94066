// Looks up first names in any case form and tells which given name they are.
import { FIRST_NAME_GROUPS } from '../lexicon/firstNames';
import { type Case, firstNameForms } from './nameForms';
import { nameKey } from './nameKey';
import { foldCase } from '../text/fold';
import type { Lang } from '../types';
import { wideHash } from '../util/shortHash';

export interface FirstNameForm {
  /** The nominative spelling this form belongs to. */
  lemma: string;
  /** Index of the equivalence group (Кирилл = Кирило). */
  group: number;
  gender: 'm' | 'f';
  cases: Case[];
}

/** Forms that are both a woman's name and a man's genitive, read as the man's (news write about Александр more often). */
const MALE_GENITIVE_FIRST = new Set(['александра', 'олександра', 'евгения', 'валентина', 'станислава', 'станіслава', 'владислава', 'ярослава', 'мирослава', 'богдана']);

let table: Map<string, FirstNameForm[]> | undefined;

function buildTable(): Map<string, FirstNameForm[]> {
  const map = new Map<string, FirstNameForm[]>();
  FIRST_NAME_GROUPS.forEach(({ names, gender }, group) => {
    for (const lemma of names) {
      for (const [form, cases] of firstNameForms(lemma, gender)) {
        const key = foldCase(form);
        const list = map.get(key) ?? [];
        list.push({ lemma, group, gender, cases });
        map.set(key, list);
      }
    }
  });
  // Best reading first: a nominative (Нино, not Нина's vocative), then a consonant-final lemma (Марка → Марк, not Марко).
  const rank = (f: FirstNameForm, key: string): number =>
    (f.cases.includes('nom') && foldCase(f.lemma) === key ? 0 : 2) + (/[оo]$/.test(f.lemma) ? 1 : 0);
  for (const [key, list] of map) {
    list.sort((a, b) => rank(a, key) - rank(b, key));
    // Александра, Евгения, Валентина: news more often write the man's genitive than the woman's name.
    const male = list.findIndex((f) => f.gender === 'm' && f.cases.includes('gen'));
    if (male > 0 && list[0].gender === 'f' && MALE_GENITIVE_FIRST.has(key)) list.unshift(...list.splice(male, 1));
  }
  return map;
}

/**
 * Groups for names the lexicon lacks — double first names (Жан-Мари) and guessed ones (Асия) — numbered after its
 * own, by the name alone: not by which name an article asked about first, since articles are extracted on several
 * threads, each with its own memory, and linking compares the groups they found.
 */
const extraGroup = (key: string): number => FIRST_NAME_GROUPS.length + wideHash(key);

/** Readings by the word as written, so the many lookups of one form skip folding it. */
const byWritten = new Map<string, FirstNameForm[]>();

/** Every reading of a word as a first name (usually zero or one). */
export function lookupFirstName(word: string): FirstNameForm[] {
  let found = byWritten.get(word);
  if (!found) {
    found = lookupFolded(word);
    byWritten.set(word, found);
  }
  return found;
}

/**
 * lookupFirstName of a word whose folded form (foldCase) the caller has, without keeping the answer: for a caller
 * that asks once per word form and folds it anyway (the model's hints), most of whose words no rule asks about.
 */
export function lookupFolded(word: string, key = foldCase(word)): FirstNameForm[] {
  table ??= buildTable();
  const found = table.get(key);
  if (found || !key.includes('-')) return found ?? [];
  return doubleFirstName(word);
}

/** A hyphenated pair of known first names is one first name: the last part declines (Ханс-Дитриха → Ханс-Дитрих), the first tells the gender. */
function doubleFirstName(word: string): FirstNameForm[] {
  const parts = word.split('-');
  if (parts.length !== 2 || parts.some((p) => p.length < 2 || !/^\p{Lu}/u.test(p))) return [];
  const [head, tail] = parts.map((p) => table!.get(foldCase(p)) ?? []);
  const first = head.find((r) => r.cases.includes('nom') && r.lemma.toLowerCase() === parts[0].toLowerCase());
  if (!first || tail.length === 0) return [];
  return tail.map((r) => {
    const lemma = `${first.lemma}-${r.lemma}`;
    return { lemma, group: extraGroup(lemma.toLowerCase()), gender: first.gender, cases: r.cases }; // Жан-Мари is a man
  });
}

/** The equivalence group of a nominative first name, if it is known. */
export function firstNameGroup(lemma: string): number | undefined {
  return lookupFirstName(lemma).find((f) => f.cases.includes('nom'))?.group;
}

/** [ending of an oblique form, the nominative endings it may come from, the gender]; the empty ending is the form itself. */
const GUESS_RULES: [string, string[], 'm' | 'f'][] = [
  ['', [''], 'm'],
  ['', [''], 'f'],
  ['а', [''], 'm'],
  ['у', [''], 'm'],
  ['ом', [''], 'm'],
  ['ем', ['', 'ь', 'й'], 'm'],
  ['єм', ['й'], 'm'],
  ['е', ['', 'й'], 'm'],
  ['ові', [''], 'm'],
  ['і', [''], 'm'],
  ['я', ['ь', 'й'], 'm'],
  ['ю', ['ь', 'й'], 'm'],
  ['ии', ['ия'], 'f'],
  ['ию', ['ия'], 'f'],
  ['ией', ['ия'], 'f'],
  ['ие', ['ия'], 'f'], // a common misspelling of the dative: Асие
  ['ії', ['ія'], 'f'],
  ['ію', ['ія'], 'f'],
  ['ією', ['ія'], 'f'],
  ['ы', ['а'], 'f'],
  ['и', ['а', 'я'], 'f'],
  ['і', ['а', 'я'], 'f'],
  ['е', ['а', 'я'], 'f'],
  ['у', ['а'], 'f'],
  ['ю', ['я'], 'f'],
  ['ой', ['а'], 'f'],
  ['ою', ['а'], 'f'],
  ['ей', ['я', 'а'], 'f'],
  ['ею', ['я', 'а'], 'f'],
];

const VOWELS = 'аеёиоуыэюяіїє';
/** Endings no first name's nominative has, by gender: oblique endings (Асии, Хадимом), a soft sign after a vowel. */
const IMPOSSIBLE_NOMINATIVE = {
  // Men's names in -а/-я (Никита, Илья) are few and listed; a guessed one in -а is far likelier a genitive.
  // Nor in -ий/-ій, which are Slavic and listed: Чехословакию is no Чехословакий's dative.
  m: new RegExp(`(?:ии|ие|ию|ией|ії|ію|ією|ую|ою|ом|ы|[${VOWELS}]ь|[^${VOWELS}]й|[иі]й|[ая])$`),
  f: new RegExp(`(?:ии|ие|ию|ией|ії|ію|ією|[иеуюыіоэ]|ой|ою|ей|ею|ом|ем|ь|й|[${VOWELS}]а)$`),
};

/** A key blind to voicing, which transliterations of one foreign name disagree on: Азия = Асия, Дональт = Дональд. */
const devoiced = (lemma: string): string =>
  nameKey(lemma).replace(/zh/g, 'sh').replace(/[zdbgv]/g, (c) => ({ z: 's', d: 't', b: 'p', g: 'k', v: 'f' })[c]!);

let knownByDevoiced: Map<string, number> | undefined;

/** A guessed name's group: a listed name's when only voicing tells them apart, else its own, shared by its spellings. */
function guessedGroup(lemma: string): number {
  if (!knownByDevoiced) {
    knownByDevoiced = new Map();
    FIRST_NAME_GROUPS.forEach(({ names }, group) => {
      for (const name of names) if (!knownByDevoiced!.has(devoiced(name))) knownByDevoiced!.set(devoiced(name), group);
    });
  }
  const key = devoiced(lemma);
  return knownByDevoiced.get(key) ?? extraGroup(`guess:${key}`);
}

/**
 * Readings of a capitalized word as a first name the lexicon does not know (Асии → Асия, Фавада → Фавад or
 * Фавада), each a nominative whose generated paradigm holds the word; the word itself as a nominative first.
 * Whoever calls this must have other evidence that the word is a first name: every word has readings.
 */
export function guessFirstName(word: string): FirstNameForm[] {
  let found = guessed.get(word);
  if (!found) {
    found = computeGuesses(word);
    guessed.set(word, found);
  }
  return found;
}

const guessed = new Map<string, FirstNameForm[]>();

function computeGuesses(word: string): FirstNameForm[] {
  const out: FirstNameForm[] = [];
  const lower = word.toLowerCase();
  for (const [ending, nominatives, gender] of GUESS_RULES) {
    if (!lower.endsWith(ending) || word.length - ending.length < 2) continue;
    for (const nominative of nominatives) {
      const lemma = word.slice(0, word.length - ending.length) + nominative;
      if (!/^\p{Lu}\p{Ll}+$/u.test(lemma) || IMPOSSIBLE_NOMINATIVE[gender].test(lemma) || out.some((r) => r.lemma === lemma && r.gender === gender)) continue;
      // A masculine name in a vowel other than -о does not decline (Биби, Абе): only the form itself.
      if (gender === 'm' && ending !== '' && /[аеиіуыэюяє]$/.test(lemma)) continue;
      const cases = firstNameForms(lemma, gender).get(word) ?? (ending === 'ие' ? (['dat', 'loc'] as Case[]) : undefined);
      if (cases) out.push({ lemma, group: guessedGroup(lemma), gender, cases });
    }
  }
  // The form itself first, a woman's name when it ends in -а/-я; then the oblique readings.
  const rank = (r: FirstNameForm): number => (r.lemma === word ? 0 : 2) + (r.gender === (/[ая]$/.test(lower) ? 'f' : 'm') ? 0 : 1);
  return out.sort((a, b) => rank(a) - rank(b));
}

/**
 * The language a first name's spelling shows: і, ї, є, ґ or a man's -о (Павло, Петро) are Ukrainian; ы, э, ъ
 * Russian. Not ё, which Russian news mostly leave out (Петр, not Пётр).
 */
function spellingLanguage(f: FirstNameForm): Lang | undefined {
  if (/[іїєґ'’]/i.test(f.lemma) || (f.gender === 'm' && /о$/.test(f.lemma))) return 'uk';
  if (/[ыэъ]/i.test(f.lemma)) return 'ru';
  return undefined;
}

/**
 * Among readings of one written form, the one of `group` spelled in the article's language: Павлом is
 * Павел in a Russian text and Павло in a Ukrainian one. Undefined when the group has no reading.
 */
export function firstNameInLanguage(readings: readonly FirstNameForm[], group: number, lang: Lang): FirstNameForm | undefined {
  const rank = (f: FirstNameForm): number => {
    const shown = spellingLanguage(f);
    return shown === lang ? 0 : shown === undefined ? 1 : 2;
  };
  let best: FirstNameForm | undefined;
  for (const f of readings) if (f.group === group && (!best || rank(f) < rank(best))) best = f;
  return best;
}
