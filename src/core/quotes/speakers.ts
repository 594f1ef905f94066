// Who said it: a quote candidate's speaker words (candidates.ts) resolved to a person entity of the linked
// corpus. Precision first: a candidate whose speaker cannot be told for sure is dropped.
//   - a name among the speaker's words is the speaker; the subject of a speech verb is in the nominative, so
//     "Зеленский после встречи с Макроном заявил" is Зеленский's, and "подчеркнул спецпредставитель Трампа" no
//     one's by name;
//   - a title (спецпосланник президента США) is the one person of the article holding it, by the roles linking
//     gave: the same title, else the same head noun with every other word of it found in the role (so
//     "украинский лидер" is not the article's "американский лидер");
//   - a pronoun (сказал он) is the one person named as a subject in the nearest sentence before that names one,
//     at most two sentences back, not counting names inside quotes (people spoken about); with none there, the
//     speaker of a quote that ended in those sentences.
import { foldCase } from '../text/fold';
import type { Entity, IndexedArticle, Mention, Quote } from '../types';
import { firstStartingFrom, overlapsDisjoint } from '../util/spans';
import { ListMap } from '../util/listMap';
import type { QuoteCandidate, SpeakerTitle } from './candidates';

/** How many sentences back a pronoun's antecedent may stand. */
const PRONOUN_REACH = 2;
/** How many person mentions a pronoun's look-back reads at most: bounded work in a sentence full of names. */
const PRONOUN_LOOKBACK = 40;

/**
 * The quotes of one article whose speaker is known. `people`: the article's person mentions with an entity,
 * sorted by start; `entities`: the corpus's entities by id.
 */
export function resolveQuotes(candidates: readonly QuoteCandidate[], article: IndexedArticle, people: readonly Mention[], entities: ReadonlyMap<string, Entity>): Quote[] {
  const quotes: Quote[] = [];
  let titles: TitleHolders | undefined;
  for (const candidate of candidates) {
    const speaker =
      namedSpeaker(candidate, people) ??
      (candidate.pronoun ? pronounSpeaker(candidate, candidates, article, people, quotes[quotes.length - 1]) : undefined) ??
      (candidate.title ? titledSpeaker(candidate.title, (titles ??= titleHolders(people, entities))) : undefined);
    if (speaker) quotes.push({ speaker, doc: candidate.doc, start: candidate.start, end: candidate.end });
  }
  return quotes;
}

/** The first person mention among the speaker's words, in the nominative when the words are the verb's subject. */
function namedSpeaker(candidate: QuoteCandidate, people: readonly Mention[]): string | undefined {
  const { speaker } = candidate;
  let k = firstStartingFrom(people, speaker.start);
  // A name may start before the speaker's words: its initials' full stop ends a clause (Т.Мей наголосила).
  if (k > 0 && people[k - 1].end > speaker.start) k--;
  for (; k < people.length && people[k].start < speaker.end; k++) {
    if (!candidate.nominative || isNominative(people[k])) return people[k].entity;
  }
  return undefined;
}

/** The mention is its base form, initials aside: the nominative (Стив Уиткофф, Т.Мей; not Стива Уиткоффа, Терезі Мей). */
function isNominative(m: Mention): boolean {
  const text = foldCase(m.text);
  const lemma = foldCase(m.lemma);
  const surname = text.replace(INITIALS, '');
  return text === lemma || (surname !== text && (lemma === surname || lemma.endsWith(` ${surname}`)));
}
const INITIALS = /^(?:\p{L}\.\s?)+/u;

/**
 * Who a pronoun stands for: the one entity named in the nominative in the nearest sentence before it that names
 * anyone so (at most PRONOUN_REACH back, names inside quotes aside); with no such sentence, `previous`'s speaker
 * when that quote ended within reach.
 */
function pronounSpeaker(candidate: QuoteCandidate, candidates: readonly QuoteCandidate[], article: IndexedArticle, people: readonly Mention[], previous: Quote | undefined): string | undefined {
  const { sentences } = article;
  const here = firstStartingFrom(sentences, candidate.speaker.start + 1) - 1;
  const before = firstStartingFrom(people, candidate.speaker.start);
  let sentence = -1;
  const subjects = new Set<string>();
  for (let k = before - 1; k >= 0 && before - k <= PRONOUN_LOOKBACK; k--) {
    const m = people[k];
    if (!isNominative(m) || overlapsDisjoint(candidates, m) || !m.entity) continue;
    const at = firstStartingFrom(sentences, m.start + 1) - 1;
    if (sentence >= 0 && at < sentence) break;
    if (here - at > PRONOUN_REACH) break;
    sentence = at;
    subjects.add(m.entity);
  }
  if (subjects.size > 0) return subjects.size === 1 ? [...subjects][0] : undefined;
  const previousEnds = previous ? firstStartingFrom(sentences, previous.end) - 1 : -Infinity;
  return here - previousEnds <= PRONOUN_REACH ? previous?.speaker : undefined;
}

/** A role an entity holds, folded, with the stems of its words. */
interface HeldTitle {
  id: string;
  stems: Set<string>;
}

/** The article's people by the titles they hold, and by those titles' head nouns; folded. */
interface TitleHolders {
  byTitle: ListMap<string, string>;
  byHead: ListMap<string, HeldTitle>;
}

function titleHolders(people: readonly Mention[], entities: ReadonlyMap<string, Entity>): TitleHolders {
  const holders: TitleHolders = { byTitle: new ListMap(), byHead: new ListMap() };
  for (const id of new Set(people.flatMap((m) => (m.entity ? [m.entity] : [])))) {
    for (const role of entities.get(id)?.roles ?? []) {
      const title = foldCase(role.title);
      const words = title.split(' ');
      holders.byTitle.add(title, id);
      holders.byHead.add(words[0], { id, stems: new Set(words.map(stemOf)) });
    }
  }
  return holders;
}

/** A word's first letters: enough to tell "Трампа" is "Трамп", whatever the case ending. */
const stemOf = (word: string): string => word.slice(0, STEM_LENGTH);
const STEM_LENGTH = 4;

/** The one person of the article holding the title: the same title, else the same head with every other word of the title in the role. */
function titledSpeaker(title: SpeakerTitle, holders: TitleHolders): string | undefined {
  const folded = foldCase(title.text);
  const exact = new Set(holders.byTitle.get(folded));
  if (exact.size > 0) return exact.size === 1 ? [...exact][0] : undefined;
  const words = folded.split(' ');
  const holding = new Set<string>();
  for (const held of holders.byHead.get(foldCase(title.head)) ?? []) if (words.every((w) => held.stems.has(stemOf(w)) || w === foldCase(title.head))) holding.add(held.id);
  return holding.size === 1 ? [...holding][0] : undefined;
}
