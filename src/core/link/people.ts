// mentions → entities for people. A person is a first-name group plus a
// surname key, so spellings across languages and transliterations meet, while
// Джаред and Чарльз Кушнер stay apart. Mentions without a first name attach to
// the person the same article names, then to the corpus's; a first name alone
// only ever to its own article's.
import type { PersonMention } from '../extract/people';
import { nameKey, slug, transliterate } from '../names/nameKey';
import { GroupNames, nameTailMerges, particleVariantMerges, vowelVariant } from './nameTails';

export { vowelVariant };
import type { Entity, Lang, Mention } from '../types';
import { GroupMemo } from '../incremental/groupMemo';
import { ListMap } from '../util/listMap';
import { mostFrequent } from '../util/mostFrequent';

interface Person {
  key: string;
  surnameKey: string;
  group?: number;
  /** Latin first letter of the first name, to match initials. */
  initial?: string;
  mentions: PersonMention[];
  /** Mentions with a first name, by article: where a bare surname looks first. */
  namedIn: ListMap<string, PersonMention>;
}

export interface LinkedPeople {
  entities: Entity[];
  mentions: Mention[];
}

/** A person's name and other names, as their mentions give them. */
export interface PersonNames {
  name: string;
  aliases: string[];
  /** The name's slug, which the person's id is made of. */
  slug: string;
}

/** What an incremental build keeps of linking people, each per person while its mentions are the same records. */
export class KeptPeople {
  /** The names and the slug of each person linked. */
  readonly names = new GroupMemo<PersonMention, PersonNames>();
  /** What the merges of shortened names and of names with particles read of each person's names. */
  readonly tailNames = new GroupMemo<PersonMention, GroupNames>();
  readonly particleNames = new GroupMemo<PersonMention, GroupNames>();
}

/**
 * People from their mentions. `kept` (an incremental build's) keeps what is worked out per person while its
 * mentions are the same records; ids are given on every build, in the same order, so a person keeps its id while
 * its name does.
 */
export function linkPeople(mentions: PersonMention[], langOf: (doc: string) => Lang, kept?: KeptPeople): LinkedPeople {
  const people = new Map<string, Person>();
  const personOf = new Map<PersonMention, Person>();
  const bySurname = new ListMap<string, Person>();
  const byGroup = new ListMap<number, Person>();
  /**
   * People each article names in full, where a surname's spelling variant looks, by article and the consonants of
   * their surname in their places: a vowel variant differs in one vowel only, so it looks among a few people.
   */
  const variantsIn = new ListMap<string, Person>();
  const variantKey = (doc: string, surnameKey: string): string => `${doc}|${surnameKey.replace(/[aeiouy]/g, '*')}`;
  const assign = (m: PersonMention, person: Person): void => {
    person.mentions.push(m);
    personOf.set(m, person);
    if (m.first && m.surname) {
      person.namedIn.add(m.doc, m);
      if (person.namedIn.get(m.doc)!.length === 1) variantsIn.add(variantKey(m.doc, person.surnameKey), person);
    }
  };
  /** The person of `key`, made from `init` when new (made only then: most mentions find their person). */
  const getPerson = (key: string, init: () => Omit<Person, 'key' | 'mentions' | 'namedIn'>): Person => {
    let person = people.get(key);
    if (!person) {
      const fields = init();
      person = { key, mentions: [], namedIn: new ListMap(), ...fields };
      people.set(key, person);
      bySurname.add(fields.surnameKey, person);
      if (fields.group !== undefined) byGroup.add(fields.group, person);
    }
    return person;
  };

  // Full names first: they define who exists.
  for (const m of mentions.filter((x) => x.first && x.surname && !x.alias)) {
    const surnameKey = nameKey(m.surname);
    const group = m.first!.group;
    assign(m, getPerson(`${group}|${surnameKey}`, () => ({ surnameKey, group, initial: transliterate(m.first!.lemma)[0] })));
  }

  // A first name alone (Угур) joins the person the article names with it. Otherwise it stands for someone of its
  // article only: the Андрій of one story is no evidence about the Андрій of another, so they never merge into one
  // row of mixed people. A name the corpus mostly uses by itself is a person known by that name alone (пророк
  // Мухаммед, Папа Франциск), whoever else bears it, and one person across the corpus.
  const lone = mentions.filter((x) => x.first && !x.surname && !x.alias);
  // The people of each first name each article names in full, in the order they were found: a first name alone
  // looks them up instead of going through everyone with that first name. Only full names fill namedIn, and they
  // are all linked by now.
  const namedByGroupIn = new ListMap<string, Person>();
  const groupInDoc = (group: number, doc: string): string => `${group}|${doc}`;
  for (const [group, persons] of byGroup) for (const p of persons) for (const doc of p.namedIn.keys()) namedByGroupIn.add(groupInDoc(group, doc), p);
  const mononyms = mononymGroups(lone, (m) => namedByGroupIn.has(groupInDoc(m.first!.group, m.doc)));
  for (const m of lone) {
    const group = m.first!.group;
    const single = mononyms.has(group);
    const candidates = single ? [] : (namedByGroupIn.get(groupInDoc(group, m.doc)) ?? []);
    const chosen = nearestInArticle(m, candidates);
    const scope = single ? '' : `@${m.doc}`;
    assign(m, chosen ?? getPerson(`${group}|${scope}`, () => ({ surnameKey: '', group, initial: transliterate(m.first!.lemma)[0] })));
  }

  // Surnames alone: after the people the surname names, a spelling variant the same article names in full
  // (Поллочика after Дирк Поллочек), then a name whose first word no list knows (Асии after Асия Биби).
  // Names with an unknown first word go first, so that the word alone finds them.
  const isFull = (m: PersonMention): boolean => !m.initials && m.lemma.includes(' ');
  const bare = mentions.filter((x) => !x.first && !x.alias && isFull(x));
  bare.push(...mentions.filter((x) => !x.first && !x.alias && !isFull(x)));
  const byFirstWord = new Map<string, Person>();
  for (const m of bare) {
    const surnameKey = nameKey(m.surname);
    const initial = m.initials ? transliterate(m.initials)[0] : undefined;
    // A name with a first word no list knows joins no one named with another first name (Нур-уль-Хак Кадри, Мумтаз Кадри).
    // A name known from its article's evidence alone looks for its person in that article only, else is one
    // person with the same name known that way elsewhere (Діоклетіан), never a person the corpus names in full.
    const fullInitial = isFull(m) ? transliterate(m.lemma)[0] : undefined;
    const candidates = (bySurname.get(surnameKey) ?? []).filter(
      (p) => (!initial || p.initial === initial) && (!fullInitial || !p.initial || p.initial === fullInitial) && (!m.local || p.namedIn.has(m.doc)),
    );
    const variants = candidates.length > 0 || initial ? [] : (variantsIn.get(variantKey(m.doc, surnameKey)) ?? []).filter((p) => vowelVariant(surnameKey, p.surnameKey));
    const chosen = nearestInArticle(m, candidates) ?? mostMentioned(candidates) ?? nearestInArticle(m, variants);
    const person = chosen ?? (isFull(m) || m.local ? undefined : byFirstWord.get(surnameKey)) ?? getPerson(`${initial ?? ''}|${surnameKey}${m.local ? '|local' : ''}`, () => ({ surnameKey, initial: initial ?? (isFull(m) ? transliterate(m.lemma)[0] : undefined) }));
    assign(m, person);
    const firstWord = isFull(m) ? nameKey(m.lemma.split(' ')[0]) : undefined;
    if (firstWord && !byFirstWord.has(firstWord)) byFirstWord.set(firstWord, person);
  }

  // Restatements (Jens Spahn after Йенс Шпан) belong to the mention they restate.
  for (const m of mentions.filter((x) => x.alias)) {
    const target = personOf.get(m.alias!);
    if (target) assign(m, target);
    else assign(m, getPerson(`|${nameKey(m.surname)}`, () => ({ surnameKey: nameKey(m.surname) })));
  }

  for (const [from, into] of [...endingVariants(people.values()), ...voicingVariants(people.values())]) {
    if (!people.has(from.key) || !people.has(into.key)) continue;
    for (const m of from.mentions) assign(m, into);
    people.delete(from.key);
  }
  for (const [merges, memo] of [
    [nameTailMerges, kept?.tailNames],
    [particleVariantMerges, kept?.particleNames],
  ] as const) {
    // A copy of the mentions as they are now: the merges below add to the lists.
    const namesOf =
      memo &&
      ((p: Person): GroupNames => {
        const now = p.mentions.slice();
        return memo.get(p.key, now, () => new GroupNames(now));
      });
    for (const [from, into] of merges(people.values(), namesOf)) {
      for (const m of from.mentions) assign(m, into);
      people.delete(from.key);
    }
    memo?.endBuild();
  }
  // A name restated in one breath (Асия Биби (Асия Норин)) makes one person of both names; the smaller joins.
  for (const m of mentions) {
    const [a, b] = [personOf.get(m), m.restates && personOf.get(m.restates)];
    if (!a || !b || a === b) continue;
    const [from, into] = a.mentions.length > b.mentions.length ? [b, a] : [a, b];
    for (const x of from.mentions) assign(x, into);
    people.delete(from.key);
  }

  const entities: Entity[] = [];
  const idOf = new Map<Person, string>();
  const usedIds = new Set<string>();
  for (const person of people.values()) {
    const names = kept ? kept.names.get(person.key, person.mentions, () => personNames(person, langOf)) : personNames(person, langOf);
    let id = `per:${names.slug || 'person'}`;
    for (let n = 2; usedIds.has(id); n++) id = `per:${names.slug}-${n}`;
    usedIds.add(id);
    idOf.set(person, id);
    entities.push({ id, type: 'PER', name: names.name, aliases: names.aliases, roles: [] });
  }
  kept?.names.endBuild();
  return { entities, mentions: mentions.map((m) => linkedPerson(m, idOf.get(personOf.get(m)!)!)) };
}

function personNames(person: Person, langOf: (doc: string) => Lang): PersonNames {
  const name = displayName(person, langOf);
  return { name, aliases: [...new Set(person.mentions.map((m) => m.lemma))].filter((a) => a !== name).sort(), slug: slug(name) };
}

/** The mention as the index keeps it: the same record as last build's while it is the same mention of the same entity. */
const linkedOf = new WeakMap<PersonMention, Mention>();
function linkedPerson(m: PersonMention, entity: string): Mention {
  const last = linkedOf.get(m);
  if (last?.entity === entity) return last;
  const linked: Mention = { doc: m.doc, start: m.start, end: m.end, type: 'PER', text: m.text, lemma: m.lemma, entity };
  linkedOf.set(m, linked);
  return linked;
}

/** Articles that must use a first name alone, naming nobody in full with it, for it to be a name of its own. */
const MONONYM_ARTICLES = 3;

/**
 * First-name groups the corpus uses alone in at least MONONYM_ARTICLES articles that name nobody in full with
 * them, and in more than twice as many articles as those that do: a person known by one name. A lone name the
 * corpus uses mostly beside a full name (Угур after Угур Шахин) is that person's.
 */
function mononymGroups(lone: readonly PersonMention[], besideFullName: (m: PersonMention) => boolean): Set<number> {
  const alone = new Map<number, Set<string>>();
  const beside = new Map<number, Set<string>>();
  for (const m of lone) {
    const into = besideFullName(m) ? beside : alone;
    const docs = into.get(m.first!.group) ?? new Set<string>();
    into.set(m.first!.group, docs.add(m.doc));
  }
  const groups = new Set<number>();
  for (const [group, docs] of alone) if (docs.size >= MONONYM_ARTICLES && docs.size > 2 * (beside.get(group)?.size ?? 0)) groups.add(group);
  return groups;
}

/** How many times bigger a person must be to absorb a spelling of the same name that differs by a final vowel. */
const VARIANT_RATIO = 2;

/**
 * People with one first name whose surnames differ only by a final vowel (Мартин Лохер and Мартін Лохера,
 * Вольфганг Бюхеле and Вольфганг Бюхель): an oblique form or a variant spelling the case rules could not
 * undo. The smaller joins the bigger; a woman's -а surname has a woman's first name, so no couple merges.
 */
function endingVariants(people: Iterable<Person>): [Person, Person][] {
  const byKey = new Map<string, Person>();
  for (const p of people) if (p.group !== undefined && p.surnameKey) byKey.set(`${p.group}|${p.surnameKey}`, p);
  const merges: [Person, Person][] = [];
  for (const p of byKey.values()) {
    const m = /^(.{3,})[aeiou]$/.exec(p.surnameKey);
    const other = m ? byKey.get(`${p.group}|${m[1]}`) : undefined;
    if (!other) continue;
    if (other.mentions.length >= VARIANT_RATIO * p.mentions.length) merges.push([p, other]);
    else if (p.mentions.length >= VARIANT_RATIO * other.mentions.length) merges.push([other, p]);
  }
  return merges;
}

/** A surname key with voiced consonants made voiceless: transliterations of one foreign name differ so (Тасир, Тазир). */
const devoiced = (key: string): string => key.replace(/zh/g, 'sh').replace(/[zdgbv]/g, (c) => ({ z: 's', d: 't', g: 'k', b: 'p', v: 'f' })[c]!);

/**
 * People with one first name whose surnames differ only in a consonant's voicing (Салман Тасир and Салман Тазир):
 * two transliterations of one name. The smaller joins one at least VARIANT_RATIO times bigger.
 */
function voicingVariants(people: Iterable<Person>): [Person, Person][] {
  const byKey = new ListMap<string, Person>();
  for (const p of people) if (p.group !== undefined && p.surnameKey.length >= 4) byKey.add(`${p.group}|${devoiced(p.surnameKey)}`, p);
  const merges: [Person, Person][] = [];
  for (const same of byKey.values()) {
    if (same.length < 2) continue;
    const [biggest, ...rest] = [...same].sort((a, b) => b.mentions.length - a.mentions.length);
    for (const p of rest) if (biggest.mentions.length >= VARIANT_RATIO * p.mentions.length) merges.push([p, biggest]);
  }
  return merges;
}

/** The candidate named closest before the mention in its article, else closest after. */
function nearestInArticle(m: PersonMention, candidates: Person[]): Person | undefined {
  let best: { person: Person; distance: number } | undefined;
  for (const person of candidates) {
    const distance = nearestDistance(m.start, sortedStarts(person.namedIn.get(m.doc)));
    if (distance !== undefined && (!best || distance < best.distance)) best = { person, distance };
  }
  return best?.person;
}

/** Mentions after the point count, but less than any before it. */
function nearestDistance(at: number, starts: readonly number[]): number | undefined {
  if (starts.length === 0) return undefined;
  // The last start at or before the point, by halving: a surname repeated thousands of times in an article looks
  // at its full names in steps of their logarithm.
  let [low, high] = [0, starts.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (starts[mid] <= at) low = mid + 1;
    else high = mid;
  }
  return low > 0 ? at - starts[low - 1] : 1e9 + starts[0] - at;
}

/** The starts of a list of mentions in order, kept while the list keeps its length (lists only grow). */
const startsOf = new WeakMap<readonly PersonMention[], { length: number; starts: number[] }>();
function sortedStarts(list: readonly PersonMention[] | undefined): readonly number[] {
  if (!list) return [];
  let cached = startsOf.get(list);
  if (cached?.length !== list.length) {
    cached = { length: list.length, starts: list.map((x) => x.start).sort((a, b) => a - b) };
    startsOf.set(list, cached);
  }
  return cached.starts;
}

function mostMentioned(candidates: Person[]): Person | undefined {
  return [...candidates].sort((a, b) => b.mentions.length - a.mentions.length)[0];
}

/**
 * The most frequent full form, in the language most of the person's mentions use. A full form has a known
 * first name, else at least a first word the context showed to be a name (министр Эмбер Радд); only a
 * person never named in full shows a surname alone.
 */
function displayName(person: Person, langOf: (doc: string) => Lang): string {
  // One look-up per mention: a person named thousands of times is read once, not once per question.
  const langs = person.mentions.map((m) => langOf(m.doc));
  const lang = mostFrequent(langs);
  const fullness = (m: PersonMention): number => (m.first ? 2 : !m.initials && !m.alias && m.lemma.includes(' ') ? 1 : 0);
  let best = 0;
  for (const m of person.mentions) best = Math.max(best, fullness(m));
  const full = person.mentions.filter((m) => fullness(m) === best);
  const inLang = person.mentions.filter((m, n) => langs[n] === lang && fullness(m) === best);
  const pool = inLang.length > 0 ? inLang : full;
  const counts = new Map<string, number>();
  for (const m of pool) counts.set(m.lemma, (counts.get(m.lemma) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
}
