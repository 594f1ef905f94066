// A build that differs from the one the host shows in a few articles, entities or events (a live edit, a
// corpus.yaml correction) updates that index's tables instead of building them all again: the tables of 250,000
// mentions took the editor's thread 0.6 s to rebuild at 10,000 articles. The held tables are never changed (the
// views read them until the new index replaces them): every table changed is a copy, and every list changed a new
// list. The result is the tables IndexTablesBuilder makes of the whole new snapshot, list for list.
import type { CorpusEvent, Entity, IndexedArticle, Mention, Problem } from '../types';
import { ListMap } from '../util/listMap';
import { sameMention } from '../util/sameData';
import { DateCover } from './dateCover';
import { addDate, addEvent, byDocThenStart, byStart, type IndexTables, rankOf, SORT_BUDGET } from './indexTables';

/** How a build differs from the one whose tables are held. */
export interface TablesDelta {
  /** Every article of the build, in its order (unchanged ones the very records held). */
  articles: IndexedArticle[];
  /** Articles whose mentions are replaced (including articles gone, whose mentions go with them). */
  docs: ReadonlySet<string>;
  /** The new mentions of `docs`, in the build's order. */
  mentions: Mention[];
  /** Entities added or changed. */
  entities: Entity[];
  /** Every entity id in the build's order, when that is not the held order (entities added, removed or moved). */
  entityOrder?: string[];
  /** Every event, when they changed; otherwise the held ones stand. */
  events?: CorpusEvent[];
  problems: Problem[];
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

  // An article's mentions that are the same as before stay the very records held, in every table: then only
  // the entities whose mentions did change get new lists (a correction replaces the mentions of thousands of
  // articles, most of them only for one entity's sake).
  const byDoc = new ListMap(held.byDoc);
  const touched = new Set<string>();
  let datesTouched = false;
  let looked = 0;
  for (const doc of delta.docs) {
    const before = held.byDoc.get(doc) ?? [];
    const { mentions, added, dropped } = reuseHeld(before, received.get(doc) ?? []);
    for (const m of [...added, ...dropped]) {
      if (m.entity) touched.add(m.entity);
      datesTouched ||= isDated(m);
    }
    if (mentions.length > 0) byDoc.set(doc, mentions);
    else byDoc.delete(doc);
    looked += before.length + mentions.length;
    if (looked >= budget) {
      yield looked;
      looked = 0;
    }
  }
  const byEntityInDocs = new ListMap<string, Mention>();
  for (const doc of delta.docs) for (const m of byDoc.get(doc) ?? []) if (m.entity && touched.has(m.entity)) byEntityInDocs.add(m.entity, m);
  yield looked;

  const byEntity = new ListMap(held.byEntity);
  let sorted = 0;
  for (const id of touched) {
    const kept = (held.byEntity.get(id) ?? []).filter((m) => !delta.docs.has(m.doc));
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
  const tables: IndexTables = {
    articles,
    entities,
    events: events.events,
    problems: delta.problems,
    byEntity,
    byDoc,
    dates,
    eventsByEntity: events.eventsByEntity,
    eventDates: events.eventDates,
    rank: sameRanking(held.articles, articles) ? held.rank : rankOf(articles.values()),
  };
  yield delta.articles.length;
  return tables;
}

/**
 * An article's new mentions in text order (byStart), each the held record where one is the same (sameMention);
 * the new ones that are not, and the held ones no longer there. Both lists in text order, walked side by side.
 */
function reuseHeld(before: readonly Mention[], received: readonly Mention[]): { mentions: Mention[]; added: Mention[]; dropped: Mention[] } {
  const after = [...received].sort(byStart);
  const added: Mention[] = [];
  const dropped: Mention[] = [];
  const mentions: Mention[] = [];
  let i = 0;
  for (let j = 0; j < after.length; ) {
    const order = i < before.length ? byStart(before[i], after[j]) : 1;
    if (order < 0) dropped.push(before[i++]);
    else if (order > 0) added.push((mentions[mentions.length] = after[j++]));
    else {
      // Mentions of one span (rarely more than one): each new one takes the first held one that is the same.
      const held = before.slice(i, (i = endOfSpan(before, i)));
      for (const end = endOfSpan(after, j); j < end; j++) {
        const at = held.findIndex((h) => sameMention(h, after[j]));
        if (at < 0) added.push((mentions[mentions.length] = after[j]));
        else mentions.push(held.splice(at, 1)[0]);
      }
      dropped.push(...held);
    }
  }
  while (i < before.length) dropped.push(before[i++]);
  return { mentions, added, dropped };
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
