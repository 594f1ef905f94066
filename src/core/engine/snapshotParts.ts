// A snapshot crosses to the editor's thread in parts, each as JSON text. A thread rebuilds every message waiting
// for it in one go (Node reads a port's whole queue at once), and the index of a thousand articles, as objects,
// held the editor up for about 80 ms; text arrives as one copy, and the receiver parses one part at a time,
// letting its other work in between, and indexing its records as they come (IndexTablesBuilder).
//
// The format, for whatever stores or sends a snapshot: each part is plain JSON, `{ "field": F, "items": [...] }`,
// where F is one of `articles`, `mentions`, `entities`, `events`, `quotes`, `problems` and the items are that field's
// records of IndexData (src/core/index/corpusIndex.ts, types in src/core/types.ts) as JSON.stringify writes
// them. Every article comes before any mention; within a field, records keep the snapshot's order.
// Between threads only, a build the receiver holds an earlier one of goes as a delta to it (stores never hold
// one): a first part `{ "field": "delta", ... }` (DeltaHeader) says which mentions of which articles are dropped
// and where the added ones go, and whether the events and quotes changed; then every article, those unchanged as a
// KeptArticle, `{ "path": P, "kept": true }`; the mentions added only; the entities added or changed only; the
// events, the quotes and the problems, each only if they changed. A live edit or a correction then sends what changed, not the corpus's hundreds of thousands
// of mentions, and the receiver updates the tables it holds (indexTablesDelta.ts) instead of building them again.
import { byStart, type IndexRecords, type IndexTables, IndexTablesBuilder, SORT_BUDGET } from '../index/indexTables';
import { applyDelta, type DocChange, docChange, type TablesDelta } from '../index/indexTablesDelta';
import type { CorpusEvent, Entity, IndexedArticle, Mention, Problem, Quote } from '../types';
import { ListMap } from '../util/listMap';
import { sameData, sameMention } from '../util/sameData';
import type { IndexSnapshot } from './indexEngine';

/** The first part of a delta (see above): how the build differs from the held one beyond the records sent. */
export interface DeltaHeader {
  field: 'delta';
  /** How the mentions of each article whose mentions changed did; the `mentions` parts carry those added. */
  changes: DocChange[];
  /** Every entity id in the build's order, when that is not the held order (entities added, removed or moved). */
  entityOrder?: string[];
  /** Whether the `events` parts carry every event (they changed); without them, the held events stand. */
  events: boolean;
  /** Whether the `quotes` parts carry every quote (they changed); without them, the held quotes stand. */
  quotes: boolean;
  /** Whether the `problems` parts carry every problem (they changed); without them, the held problems stand. */
  problems: boolean;
}

/** Some of the records of one field of a snapshot. */
export type SnapshotPart = IndexRecords;
/** What a build sends: a snapshot's parts, or a delta's. */
export type BuildPart = SnapshotPart | DeltaHeader;

/** Article text per part (UTF-16 code units): about 2 ms to rebuild on the receiving side. */
const TEXT_PER_PART = 256 * 1024;
/** Other records per part (mentions, entities, events, quotes, problems). */
const RECORDS_PER_PART = 2000;

/** An article the receiver holds from the earlier build it said it has (see `have` in protocol.ts). */
interface KeptArticle {
  path: string;
  kept: true;
}

/** What the sender keeps of a build it sent, to tell what the next one changed. */
export interface SentBuild {
  articles: ReadonlyMap<string, IndexedArticle>;
  /** Each article's mentions, in the build's order. */
  mentionsByDoc: ReadonlyMap<string, readonly Mention[]>;
  entities: ReadonlyMap<string, Entity>;
  events: readonly CorpusEvent[];
  quotes: readonly Quote[];
  problems: readonly Problem[];
}

export function sentBuildOf(snapshot: IndexSnapshot): SentBuild {
  return {
    articles: new Map(snapshot.articles.map((a) => [a.path, a])),
    mentionsByDoc: mentionsByDoc(snapshot.mentions),
    entities: new Map(snapshot.entities.map((e) => [e.id, e])),
    events: snapshot.events,
    quotes: snapshot.quotes,
    problems: snapshot.problems,
  };
}

function mentionsByDoc(mentions: readonly Mention[]): ListMap<string, Mention> {
  const byDoc = new ListMap<string, Mention>();
  for (const m of mentions) byDoc.add(m.doc, m);
  return byDoc;
}

/** The snapshot in parts. */
export const splitSnapshot = (snapshot: IndexSnapshot): SnapshotPart[] => [...articleParts(snapshot.articles), ...recordParts(snapshot)];

/**
 * The snapshot as a delta to `held`, the build the receiver holds: only what differs from it. `sent`: the snapshot
 * as the sender keeps it once sent, when the caller has made it already (its mentions grouped by article once).
 */
export function splitDelta(snapshot: IndexSnapshot, held: SentBuild, sent: SentBuild = sentBuildOf(snapshot)): BuildPart[] {
  const byDoc = sent.mentionsByDoc;
  const changes: DocChange[] = [];
  const added: Mention[] = [];
  const compare = (doc: string, before: readonly Mention[], after: readonly Mention[]): void => {
    // The linker makes new mention objects on every build: an article's are compared by value, and only a list
    // that differs is walked in text order, the order the receiver's index lists them in.
    if (sameList(before, after)) return;
    const changed = docChange(doc, [...before].sort(byStart), [...after].sort(byStart));
    if (!changed) return;
    changes.push(changed.change);
    for (const m of changed.added) added.push(m);
  };
  for (const [doc, mentions] of byDoc) compare(doc, held.mentionsByDoc.get(doc) ?? [], mentions);
  for (const [doc, mentions] of held.mentionsByDoc) if (!byDoc.has(doc)) compare(doc, mentions, []);
  const sameOrder = snapshot.entities.length === held.entities.size && [...held.entities.keys()].every((id, i) => snapshot.entities[i].id === id);
  const eventsChanged = !sameData(held.events, snapshot.events);
  const quotesChanged = !sameData(held.quotes, snapshot.quotes);
  // Every file without a date header has a problem: thousands, the same from one edit to the next.
  const problemsChanged = !sameData(held.problems, snapshot.problems);
  const header: DeltaHeader = { field: 'delta', changes, events: eventsChanged, quotes: quotesChanged, problems: problemsChanged, ...(sameOrder ? {} : { entityOrder: snapshot.entities.map((e) => e.id) }) };
  return [
    header,
    ...articleParts(snapshot.articles, held.articles),
    ...recordParts({
      mentions: added,
      entities: snapshot.entities.filter((e) => !sameData(held.entities.get(e.id), e)),
      events: eventsChanged ? snapshot.events : [],
      quotes: quotesChanged ? snapshot.quotes : [],
      problems: problemsChanged ? snapshot.problems : [],
    }),
  ];
}

function sameList(held: readonly Mention[], mentions: readonly Mention[]): boolean {
  return held.length === mentions.length && held.every((m, i) => sameMention(m, mentions[i]));
}


/**
 * The articles in parts; each the same as the one `held` has goes as a KeptArticle. The engine keeps an unchanged
 * article's record, yet makes some again, the same (about a tenth of 10,000 after one edit): those are compared
 * by value.
 */
function articleParts(snapshotArticles: readonly IndexedArticle[], held?: ReadonlyMap<string, IndexedArticle>): IndexRecords[] {
  const parts: IndexRecords[] = [];
  let articles: (IndexedArticle | KeptArticle)[] = [];
  let text = 0;
  for (const article of snapshotArticles) {
    const before = held?.get(article.path);
    const kept = before !== undefined && (before === article || sameData(before, article));
    if (articles.length > 0 && !kept && text + article.text.length > TEXT_PER_PART) {
      parts.push({ field: 'articles', items: articles as IndexedArticle[] });
      articles = [];
      text = 0;
    }
    articles.push(kept ? { path: article.path, kept: true } : article);
    if (!kept) text += article.text.length;
  }
  if (articles.length > 0) parts.push({ field: 'articles', items: articles as IndexedArticle[] });
  return parts;
}

function recordParts(records: Omit<IndexSnapshot, 'articles'>): SnapshotPart[] {
  const parts: SnapshotPart[] = [];
  for (const field of ['mentions', 'entities', 'events', 'quotes', 'problems'] as const) {
    const items: unknown[] = records[field];
    for (let i = 0; i < items.length; i += RECORDS_PER_PART) parts.push({ field, items: items.slice(i, i + RECORDS_PER_PART) } as SnapshotPart);
  }
  return parts;
}

/**
 * Collects the parts of one snapshot, in the order they were sent, and fills the index's tables as they come;
 * or, for a delta, the records that changed, which `finish` applies to the held tables.
 */
export class SnapshotAssembler {
  private readonly snapshot: IndexSnapshot = { articles: [], mentions: [], entities: [], events: [], quotes: [], problems: [] };
  private readonly tables = new IndexTablesBuilder();
  private delta: DeltaHeader | undefined;

  /** `held`: the tables of the earlier build the sender was told the receiver has, for a delta to it. */
  constructor(private readonly held?: IndexTables) {}

  add(received: BuildPart): void {
    if (received.field === 'delta') {
      if (!this.held) throw new Error('the index came as changes to an earlier one, which this thread does not hold');
      this.delta = received;
      return;
    }
    const part = received.field === 'articles' ? { field: received.field, items: received.items.map((a) => this.article(a)) } : received;
    // Each field's parts arrive in order; push one by one, since a spread of a long list can overflow the stack.
    const into = this.snapshot[part.field] as unknown[];
    for (const item of part.items) into.push(item);
    // A delta's records are applied to the held tables at the end (they are changes, not the whole).
    if (!this.delta) this.tables.add(part);
  }

  private article(received: IndexedArticle | KeptArticle): IndexedArticle {
    if (!('kept' in received)) return received;
    const held = this.held?.articles.get(received.path);
    // The sender keeps what it last sent only for the build the receiver says it has: a miss is a bug, said as one.
    if (!held) throw new Error(`the index refers to an earlier record of ${JSON.stringify(received.path)}, which this thread does not hold`);
    return held;
  }

  /** The snapshot of the parts taken in; of a delta, once `finish` is done, the whole new snapshot. */
  get result(): IndexSnapshot {
    return this.snapshot;
  }

  /** Once every part is in: the index's last steps (see IndexTablesBuilder.finish, applyDelta), one per `next()`. */
  *finish(budget = SORT_BUDGET): Generator<number, IndexTables> {
    if (!this.delta || !this.held) return yield* this.tables.finish(budget);
    const received = this.snapshot;
    const delta: TablesDelta = {
      articles: received.articles,
      changes: this.delta.changes,
      mentions: received.mentions,
      entities: received.entities,
      entityOrder: this.delta.entityOrder,
      events: this.delta.events ? received.events : undefined,
      quotes: this.delta.quotes ? received.quotes : undefined,
      problems: this.delta.problems ? received.problems : undefined,
    };
    const tables = yield* applyDelta(this.held, delta, budget);
    // What a full build would have sent, but for the order of the mentions: here article by article, in text order.
    received.mentions = [];
    for (const a of received.articles) for (const m of tables.byDoc.get(a.path) ?? []) received.mentions.push(m);
    yield received.mentions.length;
    received.entities = [...tables.entities.values()];
    received.events = tables.events;
    received.quotes = tables.quotes;
    received.problems = tables.problems;
    return tables;
  }
}
