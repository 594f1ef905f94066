// A build that differs from the one the host shows in a few articles, entities or events (a live edit, a
// corpus.yaml correction) updates that index's tables instead of building them all again: the tables of 250,000
// mentions took the editor's thread 0.6 s to rebuild at 10,000 articles. The held tables are never changed (the
// views read them until the new index replaces them): every table changed is a copy, and every list changed a new
// list. The result is the tables IndexTablesBuilder makes of the whole new snapshot, list for list.
import type { CorpusEvent, Entity, IndexedArticle, Mention, Problem, Quote } from '../types';
import { ListMap } from '../util/listMap';
import { sameMention } from '../util/sameData';
import { DateCover } from './dateCover';
import { addDate, addEvent, addQuote, byDocThenStart, byStart, type IndexTables, rankOf, SORT_BUDGET } from './indexTables';

/** How a build differs from the one whose tables are held. */
export interface TablesDelta {
  /** Every article of the build, in its order (unchanged ones the very records held). */
  articles: IndexedArticle[];
  /** How the mentions of the articles whose mentions changed did (an article gone: all dropped). */
  changes: DocChange[];
  /** The mentions added: those of each change, in the order of its `at`, the changes in their order. */
  mentions: Mention[];
  /** Entities added or changed. */
  entities: Entity[];
  /** Every entity id in the build's order, when that is not the held order (entities added, removed or moved). */
  entityOrder?: string[];
  /** Every event, when they changed; otherwise the held ones stand. */
  events?: CorpusEvent[];
  /** Every quote, when they changed; otherwise the held ones stand. */
  quotes?: Quote[];
  /** Every problem, when they changed; otherwise the held ones stand. */
  problems?: Problem[];
}

/**
 * The held tables with the delta applied, one step per `next()`: each step sorts lists of about `budget`
 * mentions in all (or one longer list alone) or does a comparable share of other work, and yields that amount.
 */
export function* applyDelta(held: IndexTables, delta: TablesDelta, budget = SORT_BUDGET): Generator<number, IndexTables> {
  const articles = new Map(delta.articles.map((a) => [a.path, a]));
  const received = new ListMap<string, Mention>();
  for (const m of delta.mentions) received.add(m.doc, m);
  yield delta.articles.length + delta.mentions.length;

  // The mentions an article keeps stay the very records held, in every table: only the entities whose mentions
  // were dropped or added get new lists (a correction renames one entity in thousands of articles).
  const byDoc = new ListMap(held.byDoc);
  const docs = new Set<string>();
  const touched = new Set<string>();
  let datesTouched = false;
  let looked = 0;
  for (const change of delta.changes) {
    const before = held.byDoc.get(change.doc) ?? [];
    const added = received.get(change.doc) ?? [];
    const mentions = patched(before, change, added);
    for (const m of [...change.dropped.map((i) => before[i]), ...added]) {
      if (m.entity) touched.add(m.entity);
      datesTouched ||= isDated(m);
    }
    docs.add(change.doc);
    if (mentions.length > 0) byDoc.set(change.doc, mentions);
    else byDoc.delete(change.doc);
    looked += before.length + mentions.length;
    if (looked >= budget) {
      yield looked;
      looked = 0;
    }
  }
  const byEntityInDocs = new ListMap<string, Mention>();
  for (const doc of docs) for (const m of byDoc.get(doc) ?? []) if (m.entity && touched.has(m.entity)) byEntityInDocs.add(m.entity, m);
  yield looked;

  const byEntity = new ListMap(held.byEntity);
  let sorted = 0;
  for (const id of touched) {
    const kept = (held.byEntity.get(id) ?? []).filter((m) => !docs.has(m.doc));
    const list = [...kept, ...(byEntityInDocs.get(id) ?? [])].sort(byDocThenStart);
    if (list.length > 0) byEntity.set(id, list);
    else byEntity.delete(id);
    sorted += list.length;
    if (sorted >= budget) {
      yield sorted;
      sorted = 0;
    }
  }
  if (sorted > 0) yield sorted;

  const dates = datesTouched ? yield* datesOf(delta.articles, byDoc, budget) : held.dates;
  const entities = entitiesOf(held.entities, delta);
  yield entities.size;
  const events = delta.events ? eventTablesOf(delta.events) : held;
  const quotes = delta.quotes ? quoteTablesOf(delta.quotes) : held;
  const tables: IndexTables = {
    articles,
    entities,
    events: events.events,
    quotes: quotes.quotes,
    problems: delta.problems ?? held.problems,
    byEntity,
    byDoc,
    dates,
    eventsByEntity: events.eventsByEntity,
    eventDates: events.eventDates,
    quotesBySpeaker: quotes.quotesBySpeaker,
    rank: sameRanking(held.articles, articles) ? held.rank : rankOf(articles.values()),
  };
  yield delta.articles.length;
  return tables;
}

/**
 * How an article's mentions changed, both lists in text order (byStart, as the index lists them): the places in
 * the held list of those dropped, and the places in the new list of those added; the others are the same, in
 * the same order.
 */
export interface DocChange {
  doc: string;
  dropped: number[];
  at: number[];
}

/**
 * The change from `before` to `after` (both in text order), with the mentions added; undefined when none.
 * Walks both side by side; mentions of one span (rare) are kept only when all are the same, in the same order,
 * so that the kept ones keep their places exactly.
 */
export function docChange(doc: string, before: readonly Mention[], after: readonly Mention[]): { change: DocChange; added: Mention[] } | undefined {
  const change: DocChange = { doc, dropped: [], at: [] };
  const added: Mention[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    const order = i === before.length ? 1 : j === after.length ? -1 : byStart(before[i], after[j]);
    const heldEnd = order <= 0 ? endOfSpan(before, i) : i;
    const newEnd = order >= 0 ? endOfSpan(after, j) : j;
    const same = heldEnd - i === newEnd - j && before.slice(i, heldEnd).every((m, k) => sameMention(m, after[j + k]));
    if (!same) {
      for (let k = i; k < heldEnd; k++) change.dropped.push(k);
      for (let k = j; k < newEnd; k++) {
        change.at.push(k);
        added.push(after[k]);
      }
    }
    i = heldEnd;
    j = newEnd;
  }
  return change.dropped.length + change.at.length > 0 ? { change, added } : undefined;
}

/** The held list with a change applied: `added` (in the order of `change.at`) put in their places. */
function patched(before: readonly Mention[], change: DocChange, added: readonly Mention[]): Mention[] {
  // A malformed delta would leave holes or misplace records: said as the bug it is.
  if (added.length !== change.at.length) throw new Error(`the index delta for ${JSON.stringify(change.doc)} places ${change.at.length} mentions but sends ${added.length}`);
  const dropped = new Set(change.dropped);
  const kept = before.filter((_, i) => !dropped.has(i));
  const mentions: Mention[] = [];
  let next = 0;
  for (let k = 0, a = 0; k < kept.length + added.length; k++) mentions.push(change.at[a] === k ? added[a++] : kept[next++]);
  if (next !== kept.length) throw new Error(`the index delta for ${JSON.stringify(change.doc)} does not fit the mentions held`);
  return mentions;
}

/** The index past the mentions of the same span as list[from]. */
function endOfSpan(list: readonly Mention[], from: number): number {
  let end = from + 1;
  while (end < list.length && byStart(list[from], list[end]) === 0) end++;
  return end;
}

const isDated = (m: Mention): boolean => m.type === 'DATE' && Boolean(m.value);

/** The DATE mentions' cover made again, article by article: a few tens of thousands of dates, in steps. */
function* datesOf(articles: IndexedArticle[], byDoc: ListMap<string, Mention>, budget: number): Generator<number, DateCover<Mention>> {
  const dates = new DateCover<Mention>();
  let seen = 0;
  for (const article of articles) {
    const mentions = byDoc.get(article.path) ?? [];
    for (const m of mentions) addDate(dates, m);
    seen += mentions.length;
    // Looking at a mention costs a fraction of sorting it: twice the sorting budget per step.
    if (seen >= 2 * budget) {
      yield seen;
      seen = 0;
    }
  }
  return dates;
}

function eventTablesOf(events: CorpusEvent[]): Pick<IndexTables, 'events' | 'eventDates' | 'eventsByEntity'> {
  const tables = { events: [], eventDates: new DateCover<CorpusEvent>(), eventsByEntity: new ListMap<string, CorpusEvent>() };
  for (const e of events) addEvent(tables, e);
  return tables;
}

function quoteTablesOf(quotes: Quote[]): Pick<IndexTables, 'quotes' | 'quotesBySpeaker'> {
  const tables = { quotes: [], quotesBySpeaker: new ListMap<string, Quote>() };
  for (const q of quotes) addQuote(tables, q);
  return tables;
}

function entitiesOf(held: ReadonlyMap<string, Entity>, delta: TablesDelta): Map<string, Entity> {
  const changed = new Map(delta.entities.map((e) => [e.id, e]));
  if (!delta.entityOrder) {
    // Setting a key a Map has keeps its place: the held order, which the build has.
    const entities = new Map(held);
    for (const [id, e] of changed) entities.set(id, e);
    return entities;
  }
  return new Map(
    delta.entityOrder.map((id) => {
      const entity = changed.get(id) ?? held.get(id);
      // The sender sends every entity the held build lacks: a miss is a bug, said as one.
      if (!entity) throw new Error(`the index delta lists entity ${JSON.stringify(id)} without sending it, and this thread does not hold it`);
      return [id, entity];
    }),
  );
}

/** Whether two sets of articles rank the same: the same paths with the same dates. */
function sameRanking(held: ReadonlyMap<string, IndexedArticle>, articles: ReadonlyMap<string, IndexedArticle>): boolean {
  if (held.size !== articles.size) return false;
  for (const [path, a] of articles) {
    const before = held.get(path);
    if (!before || before.date !== a.date) return false;
  }
  return true;
}
