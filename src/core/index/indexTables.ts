// The lookups a CorpusIndex answers from, filled a few records at a time: a snapshot that arrives in parts becomes
// an index in steps of bounded work, so the editor's thread can let its other work run between them (issue 11:
// no step over 50 ms). Building them in one go from a whole snapshot is the same steps without the pauses.
import { drain, sortInSteps } from '../util/steps';
import type { CorpusEvent, Entity, IndexedArticle, Mention, Problem, Quote } from '../types';
import { ListMap } from '../util/listMap';
import type { IndexData } from './corpusIndex';
import { DateCover } from './dateCover';

export interface IndexTables {
  articles: Map<string, IndexedArticle>;
  entities: Map<string, Entity>;
  events: CorpusEvent[];
  quotes: Quote[];
  problems: Problem[];
  /** Each entity's mentions, by article path, then position. */
  byEntity: ListMap<string, Mention>;
  /** Each article's mentions in text order. */
  byDoc: ListMap<string, Mention>;
  /** DATE mentions with a value, by the days, months and years they name. */
  dates: DateCover<Mention>;
  /** Each entity's events (as participant or place), as they came. */
  eventsByEntity: ListMap<string, CorpusEvent>;
  /** Events by the days they span, and the month and year they start in. */
  eventDates: DateCover<CorpusEvent>;
  /** Each person's quotes, as they came. */
  quotesBySpeaker: ListMap<string, Quote>;
  /** Each article's place in corpus order: by date (undated last), then path. */
  rank: Map<string, number>;
}

/** Some records of one field of the index. */
export type IndexRecords = { [K in keyof IndexData]: { field: K; items: IndexData[K] } }[keyof IndexData];

/** Mentions sorted per finishing step, at most (a longer list is sorted over several steps: sortInSteps). */
export const SORT_BUDGET = 4000;

/** Text order: by start, the longer of two starting together first. */
export const byStart = (a: Mention, b: Mention): number => a.start - b.start || b.end - a.end;

// Paths compare as String.prototype.localeCompare does (the default locale), a collator being much faster to call.
const pathCollator = new Intl.Collator();

/** Article path, then text order: how an entity's mentions are listed. */
export const byDocThenStart = (a: Mention, b: Mention): number => (a.doc === b.doc ? byStart(a, b) : pathCollator.compare(a.doc, b.doc));

/** Tables with nothing in them yet. */
export const emptyTables = (): IndexTables => ({
  articles: new Map(),
  entities: new Map(),
  events: [],
  quotes: [],
  problems: [],
  byEntity: new ListMap(),
  byDoc: new ListMap(),
  dates: new DateCover(),
  eventsByEntity: new ListMap(),
  eventDates: new DateCover(),
  quotesBySpeaker: new ListMap(),
  rank: new Map(),
});

/** Lists a DATE mention with a value under the days, months and years it names. */
export function addDate(dates: DateCover<Mention>, m: Mention): void {
  if (m.type === 'DATE' && m.value) dates.add(m, m.value, m.date?.end);
}

/** Lists an event, and under its dates and the entities in it. */
export function addEvent(t: Pick<IndexTables, 'events' | 'eventDates' | 'eventsByEntity'>, e: CorpusEvent): void {
  t.events.push(e);
  t.eventDates.add(e, e.date, e.end);
  for (const id of new Set(e.place ? [...e.participants, e.place] : e.participants)) t.eventsByEntity.add(id, e);
}

/** Lists a quote, and under its speaker. */
export function addQuote(t: Pick<IndexTables, 'quotes' | 'quotesBySpeaker'>, q: Quote): void {
  t.quotes.push(q);
  t.quotesBySpeaker.add(q.speaker, q);
}

/** Each article's place in corpus order: by date (undated last), then path. */
export function rankOf(articles: Iterable<IndexedArticle>): Map<string, number> {
  const order = [...articles].sort(
    (a, b) => (a.date && b.date ? a.date.localeCompare(b.date) : a.date ? -1 : b.date ? 1 : 0) || pathCollator.compare(a.path, b.path),
  );
  return new Map(order.map((a, i) => [a.path, i]));
}

export class IndexTablesBuilder {
  private readonly tables = emptyTables();
  /** Lists a mention was appended to out of their order: `finish` sorts them (the others are sorted already). */
  private readonly unsortedDocs = new Set<string>();
  private readonly unsortedEntities = new Set<string>();

  /** Takes some records: work in proportion to their number. */
  add(records: IndexRecords): void {
    const t = this.tables;
    switch (records.field) {
      case 'articles':
        for (const a of records.items) t.articles.set(a.path, a);
        return;
      case 'mentions':
        for (const m of records.items) {
          if (appendInOrder(t.byDoc, m.doc, m, byStart)) this.unsortedDocs.add(m.doc);
          if (m.entity && appendInOrder(t.byEntity, m.entity, m, byDocThenStart)) this.unsortedEntities.add(m.entity);
          addDate(t.dates, m);
        }
        return;
      case 'entities':
        for (const e of records.items) t.entities.set(e.id, e);
        return;
      case 'events':
        for (const e of records.items) addEvent(t, e);
        return;
      case 'quotes':
        for (const q of records.items) addQuote(t, q);
        return;
      case 'problems':
        for (const p of records.items) t.problems.push(p);
    }
  }

  /**
   * Once every record is in: sorts the lists that arrived out of order and ranks the articles, one step per
   * `next()`, each step sorting or merging at most `budget` mentions, and yielding how many. Returns the tables.
   */
  *finish(budget = SORT_BUDGET): Generator<number, IndexTables> {
    const t = this.tables;
    let sorted = 0;
    for (const [keys, lists, order] of [
      [this.unsortedDocs, t.byDoc, byStart],
      [this.unsortedEntities, t.byEntity, byDocThenStart],
    ] as const) {
      for (const key of keys) {
        const list = lists.get(key) as Mention[];
        if (sorted > 0 && sorted + list.length > budget) {
          yield sorted;
          sorted = 0;
        }
        if (list.length > budget) yield* sortInSteps(list, order, budget);
        else {
          list.sort(order);
          sorted += list.length;
        }
      }
      keys.clear();
    }
    if (sorted > 0) yield sorted;
    t.rank = rankOf(t.articles.values());
    return t;
  }
}

/** Appends to a key's list; true when the value belongs earlier in it (the list needs sorting). */
function appendInOrder<K>(lists: ListMap<K, Mention>, key: K, value: Mention, order: (a: Mention, b: Mention) => number): boolean {
  const list = lists.get(key);
  if (!list) {
    lists.set(key, [value]);
    return false;
  }
  list.push(value);
  return order(list[list.length - 2], value) > 0;
}

/** The tables of a whole snapshot, at once. */
export function tablesOf(data: IndexData): IndexTables {
  const builder = new IndexTablesBuilder();
  for (const field of ['articles', 'mentions', 'entities', 'events', 'quotes', 'problems'] as const) builder.add({ field, items: data[field] } as IndexRecords);
  return drain(builder.finish());
}
