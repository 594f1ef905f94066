// Looks up first names in any case form and tells which given name they are.
import { FIRST_NAME_GROUPS } from '../lexicon/firstNames';
import { type Case, firstNameForms } from './nameForms';
import { foldCase } from '../text/fold';
import type { Lang } from '../types';

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

/** Groups for double first names (Жан-Мари, Ливиу-Дитер), numbered after the lexicon's. */
const doubleGroups = new Map<string, number>();

/** Every reading of a word as a first name (usually zero or one). */
export function lookupFirstName(word: string): FirstNameForm[] {
  table ??= buildTable();
  const key = foldCase(word);
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
    let group = doubleGroups.get(lemma.toLowerCase());
    if (group === undefined) {
      group = FIRST_NAME_GROUPS.length + doubleGroups.size;
      doubleGroups.set(lemma.toLowerCase(), group);
    }
    return { lemma, group, gender: first.gender, cases: r.cases }; // Жан-Мари is a man
  });
}

/** The equivalence group of a nominative first name, if it is known. */
export function firstNameGroup(lemma: string): number | undefined {
  return lookupFirstName(lemma).find((f) => f.cases.includes('nom'))?.group;
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
