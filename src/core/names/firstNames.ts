// Looks up first names in any case form and tells which given name they are.
import { FIRST_NAME_GROUPS } from '../lexicon/firstNames';
import { type Case, firstNameForms } from './nameForms';

export interface FirstNameForm {
  /** The nominative spelling this form belongs to. */
  lemma: string;
  /** Index of the equivalence group (Кирилл = Кирило). */
  group: number;
  gender: 'm' | 'f';
  cases: Case[];
}

let table: Map<string, FirstNameForm[]> | undefined;

function buildTable(): Map<string, FirstNameForm[]> {
  const map = new Map<string, FirstNameForm[]>();
  FIRST_NAME_GROUPS.forEach(({ names, gender }, group) => {
    for (const lemma of names) {
      for (const [form, cases] of firstNameForms(lemma, gender)) {
        const key = form.toLowerCase().replace(/ё/g, 'е');
        const list = map.get(key) ?? [];
        list.push({ lemma, group, gender, cases });
        map.set(key, list);
      }
    }
  });
  return map;
}

/** Every reading of a word as a first name (usually zero or one). */
export function lookupFirstName(word: string): FirstNameForm[] {
  table ??= buildTable();
  return table.get(word.toLowerCase().replace(/ё/g, 'е')) ?? [];
}

/** The equivalence group of a nominative first name, if it is known. */
export function firstNameGroup(lemma: string): number | undefined {
  return lookupFirstName(lemma).find((f) => f.cases.includes('nom'))?.group;
}
