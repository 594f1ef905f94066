// The corpus-wide stage between finding people and linking them: each
// mention's surname takes the base the whole corpus supports (names/paradigms),
// and its first name the reading that agrees with that base in case and
// gender (Доминика Рааба → Доминик Рааб when the corpus knows Рааб). The
// per-article records stay as extracted (the pipeline caches them); changed
// mentions come back as new records.
import type { PersonMention, SurnameLexicon } from '../extract/people';
import type { Lang } from '../types';
import { firstNameInLanguage, lookupFirstName } from '../names/firstNames';
import { fullNameKey, nameKey } from '../names/nameKey';
import { surnameCandidates } from '../names/nameForms';
import { casesOf, familyName, readingsOf, SurnameEvidence, type SurnameObservation, type SurnameReading } from '../names/paradigms';
import { perRecord } from '../incremental/recordMemo';
import { keptPersons } from './keptPersons';

/** How much stronger the surname's own paradigm must be before a disagreeing first name is dropped. */
const DROP_FIRST_RATIO = 4;

/** What a mention says about its surname, or undefined when it has no one-word surname to weigh (Ле Пен, Мадуро Герра). */
function observe(m: PersonMention, bare: boolean): SurnameObservation | undefined {
  if (m.alias || !m.surname || m.surname.includes(' ') || !m.lemma.endsWith(m.surname)) return undefined;
  // Words of the mention; initials and dots are not part of them: С.Барклі.
  const words = m.text.split(/[^\p{L}'’ʼ-]+/u).filter(Boolean);
  const form = words[words.length - 1];
  if (!form || !surnameCandidates(form).includes(m.surname)) return undefined;
  if (m.first) {
    const firstNames = lookupFirstName(words[0]);
    return { form, chosen: m.surname, evidence: 'firstName', ...(firstNames.length > 0 ? { firstNames } : {}) };
  }
  return { form, chosen: m.surname, evidence: m.initials ? 'initials' : bare ? 'bare' : 'context' };
}

/**
 * The surnames the named mentions make known, for finding the same surnames used alone: every base a
 * full name's readings allow (Доминика Рааба makes Рааб known), since the final choice waits for all the evidence.
 */
export function surnameLexicon(named: readonly PersonMention[]): SurnameLexicon {
  const lexicon: SurnameLexicon = new Map();
  const add = (spelling: string): void => {
    const key = nameKey(spelling);
    const spellings = lexicon.get(key) ?? [];
    if (!spellings.includes(spelling)) spellings.push(spelling);
    lexicon.set(key, spellings);
  };
  for (const m of named) for (const spelling of knownSpellings(m)) add(spelling);
  return lexicon;
}

/** The spellings a named mention makes known; a record's own, so kept from build to build while it lives. */
const knownSpellings = perRecord((m: PersonMention): string[] => {
  // Only a first name beside it makes its other readings known: a surname found by context alone is a guess.
  const o = m.first ? observe(m, false) : undefined;
  if (o) return readingsOf(o, false).map((r) => r.base);
  return m.surname ? [m.surname] : [];
});

/** What a mention says about its surname and the readings it allows; a record's own, so kept while it lives. */
interface Observed {
  o: SurnameObservation | undefined;
  readings: SurnameReading[];
}
const observedAs = (bare: boolean) =>
  perRecord((m: PersonMention): Observed => {
    const o = observe(m, bare);
    return { o, readings: o ? readingsOf(o) : [] };
  });
const observedNamed = observedAs(false);
const observedBare = observedAs(true);

/**
 * The pairs of a first name and a surname the named mentions make known (Азія Бібі), so the same pair elsewhere is
 * that name even where its own article gives no evidence for it (Це Азія Бібі: Азія is also a continent).
 */
export function knownFullNames(named: readonly PersonMention[]): Set<string> {
  const pairs = new Set<string>();
  for (const m of named) if (m.first && m.surname && !m.alias && !m.surname.includes(' ')) pairs.add(fullNameKey(m.first.lemma, m.surname));
  return pairs;
}

/**
 * The named mentions, then the bare surnames (found alone because the corpus knows them), each with the
 * surname and first name the corpus supports; unchanged mentions are returned as they are.
 */
export function reconcileNames(named: readonly PersonMention[], bare: readonly PersonMention[] = [], langOf?: (doc: string) => Lang): PersonMention[] {
  const mentions = [...named, ...bare];
  const observed = mentions.map((m, n) => (n >= named.length ? observedBare(m) : observedNamed(m)));
  const observations = observed.map((x) => x.o);
  const readings = observed.map((x) => x.readings);
  const evidence = new SurnameEvidence();
  observations.forEach((o, n) => o && evidence.add(o, readings[n]));
  const namedGroups = groupsNamedIn(mentions);
  const replaced = new Map<PersonMention, PersonMention>();
  const out = mentions.map((m, n) => {
    const o = observations[n];
    const lang = langOf?.(m.doc);
    const made = o ? reconcile(m, o, readings[n], evidence, lang) : m.first && !m.surname ? firstNameAlone(m, namedGroups, lang) : m;
    if (made === m) return m;
    const next = keptReconciled(m, made);
    replaced.set(m, next);
    return next;
  });
  // A Latin restatement points at the record it restates: keep it pointing at the one linking will see.
  return out.map((m) => (m.alias && replaced.has(m.alias) ? keptRepointed(m, { ...m, alias: replaced.get(m.alias) }) : m));
}

const keptReconciled = keptPersons();
const keptRepointed = keptPersons();

function reconcile(m: PersonMention, o: SurnameObservation, readings: readonly SurnameReading[], evidence: SurnameEvidence, lang?: Lang): PersonMention {
  let best = evidence.best(readings);
  if (best.plural && !m.first) return familyMention(m, o.form, evidence.singular(best.base));
  // Юлия Скрипали (Сергей и Юлия Скрипали): the plural surname after a first name names that one person.
  if (best.plural) best = { ...best, base: evidence.singular(best.base), plural: false };
  if (m.first && o.firstNames) {
    const dropped = dropDisagreeingFirstName(m, o, evidence, best.key);
    if (dropped) return dropped;
  }
  let lemma = m.lemma.slice(0, m.lemma.length - m.surname.length) + best.base;
  let first = m.first;
  if (m.first && best.first && lemma.startsWith(`${m.first.lemma} `)) {
    // The reading that agrees with the surname, spelled in the article's language: Павлом Климкиным → Павел in Russian.
    const agreeing = o.firstNames!.filter((f) => f.cases.some((c) => best.first!.cases.includes(c)));
    const own = (lang && firstNameInLanguage(agreeing, best.first.group, lang)) || best.first;
    if (own.lemma !== m.first.lemma) {
      lemma = own.lemma + lemma.slice(m.first.lemma.length);
      first = { lemma: own.lemma, group: own.group };
    }
  }
  if (m.initials && m.text.endsWith(o.form)) lemma = m.text.slice(0, m.text.length - o.form.length) + best.base; // Т.Мей: initials as written
  else if (!m.first && !m.initials) lemma = declineUnknownFirstName(m, o.form, best.base, lemma);
  else if (first) lemma = nominativeMiddle(m.text, lemma);
  if (lemma === m.lemma && best.base === m.surname && first === m.first) return m;
  return { ...m, lemma, surname: best.base, ...(first ? { first } : {}) };
}

/** The first-name groups each article names with a surname, and ('' key) those the whole corpus does. */
function groupsNamedIn(mentions: readonly PersonMention[]): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>([['', new Set()]]);
  for (const m of mentions) {
    if (!m.first || !m.surname) continue;
    out.set(m.doc, (out.get(m.doc) ?? new Set()).add(m.first.group));
    out.get('')!.add(m.first.group);
  }
  return out;
}

/**
 * A first name alone is read as the name the article (else the corpus) gives someone in full (Юлии → Юлия
 * where Юлия Скрипаль is named, not Юлий), and spelled in the article's language (Павла: Павел in Russian,
 * Павло in Ukrainian).
 */
function firstNameAlone(m: PersonMention, namedGroups: ReadonlyMap<string, ReadonlySet<number>>, lang: Lang | undefined): PersonMention {
  if (m.lemma !== m.first!.lemma) return m;
  const readings = lookupFirstName(m.text);
  let group = m.first!.group;
  for (const named of [namedGroups.get(m.doc) ?? new Set<number>(), namedGroups.get('')!]) {
    if (named.has(group)) break;
    const other = readings.find((r) => named.has(r.group));
    if (other) {
      group = other.group;
      break;
    }
  }
  const own = (lang && firstNameInLanguage(readings, group, lang)) || readings.find((r) => r.group === group);
  if (!own || own.lemma === m.first!.lemma) return m;
  return { ...m, lemma: own.lemma, first: { lemma: own.lemma, group: own.group } };
}

/**
 * A woman's first name beside a surname form the corpus reads as a man's oblique case is no first name of
 * his (Надежды Макрона on … where Макрон is known): the mention is the surname alone.
 */
function dropDisagreeingFirstName(m: PersonMention, o: SurnameObservation, evidence: SurnameEvidence, bestKey: string): PersonMention | undefined {
  if (!o.firstNames!.every((f) => f.gender === 'f') || !m.text.endsWith(o.form)) return undefined;
  const alone = evidence.best(readingsOf({ form: o.form, chosen: o.form, evidence: 'bare' }));
  if (alone.key === bestKey || casesOf(o.form, alone.base).length === 0) return undefined;
  if (evidence.score(alone.key) < DROP_FIRST_RATIO * evidence.score(bestKey)) return undefined;
  return { doc: m.doc, start: m.end - o.form.length, end: m.end, text: o.form, lemma: alone.base, surname: alone.base };
}

/** A family named in the plural (Скрипалей, Скрипалів) is its own entry, named by the plural nominative. */
function familyMention(m: PersonMention, form: string, base: string): PersonMention {
  const family = familyName(base, form);
  return { doc: m.doc, start: m.start, end: m.end, text: m.text, lemma: family, surname: family };
}

/**
 * The words of one name agree in case: when the first name and the surname stand as written in the lemma
 * (nominatives), so do the words between them (Мариано Гарсия Фресно, not a guessed Гарсий).
 */
function nominativeMiddle(text: string, lemma: string): string {
  const written = text.split(/[\s\u200b-\u200f\u2060]+/).filter(Boolean);
  const words = lemma.split(' ');
  if (words.length < 3 || written.length !== words.length) return lemma;
  if (written[0] !== words[0] || written[written.length - 1] !== words[words.length - 1]) return lemma;
  return written.join(' ');
}

/**
 * An unknown first name found by context (министра Гэвина Уильямсона) stands in the case its surname
 * shows: Гэвин Уильямсон, not Гэвина Уильямсон.
 */
function declineUnknownFirstName(m: PersonMention, form: string, base: string, lemma: string): string {
  const words = lemma.split(' ');
  if (words.length !== 2 || !m.text.startsWith(words[0])) return lemma;
  const cases = casesOf(form, base);
  if (cases.length === 0) return lemma;
  return `${surnameCandidates(words[0], cases, 'm')[0]} ${words[1]}`;
}
