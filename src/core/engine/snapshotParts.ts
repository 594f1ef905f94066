// A snapshot crosses to the editor's thread in parts, each as JSON text. A thread rebuilds every message waiting
// for it in one go (Node reads a port's whole queue at once), and the index of a thousand articles, as objects,
// held the editor up for about 80 ms; text arrives as one copy, and the receiver parses one part at a time,
// letting its other work in between, and indexing its records as they come (IndexTablesBuilder).
//
// The format, for whatever stores or sends a snapshot: each part is plain JSON, `{ "field": F, "items": [...] }`,
// where F is one of `articles`, `mentions`, `entities`, `events`, `problems` and the items are that field's
// records of IndexData (src/core/index/corpusIndex.ts, types in src/core/types.ts) as JSON.stringify writes
// them. Every article comes before any mention; within a field, records keep the snapshot's order.
// Between threads only, an article the receiver already holds from an earlier build may come as a KeptArticle,
// `{ "path": P, "kept": true }`: a live edit sends one article's text, not the corpus's (stores never hold one).
import { type IndexRecords, type IndexTables, IndexTablesBuilder } from '../index/indexTables';
import type { IndexedArticle } from '../types';
import type { IndexSnapshot } from './indexEngine';

/** Some of the records of one field of a snapshot. */
export type SnapshotPart = IndexRecords;

/** Article text per part (UTF-16 code units): about 2 ms to rebuild on the receiving side. */
const TEXT_PER_PART = 256 * 1024;
/** Other records per part (mentions, entities, events, problems). */
const RECORDS_PER_PART = 2000;

/** An article the receiver holds from the earlier build it said it has (see `have` in protocol.ts). */
interface KeptArticle {
  path: string;
  kept: true;
}

/** Articles by path, as a thread last sent or received them. */
export type ArticlesByPath = ReadonlyMap<string, IndexedArticle>;

export const articlesByPath = (snapshot: IndexSnapshot): ArticlesByPath => new Map(snapshot.articles.map((a) => [a.path, a]));

/**
 * The snapshot in parts; with `held`, the articles the receiver holds, each article that is the very record
 * held (unchanged since: the engine keeps an unchanged article's record) goes as a KeptArticle.
 */
export function splitSnapshot(snapshot: IndexSnapshot, held?: ArticlesByPath): SnapshotPart[] {
  const parts: SnapshotPart[] = [];
  let articles: (IndexedArticle | KeptArticle)[] = [];
  let text = 0;
  for (const article of snapshot.articles) {
    const kept = held?.get(article.path) === article;
    if (articles.length > 0 && !kept && text + article.text.length > TEXT_PER_PART) {
      parts.push({ field: 'articles', items: articles as IndexedArticle[] });
      articles = [];
      text = 0;
    }
    articles.push(kept ? { path: article.path, kept: true } : article);
    if (!kept) text += article.text.length;
  }
  if (articles.length > 0) parts.push({ field: 'articles', items: articles as IndexedArticle[] });
  for (const field of ['mentions', 'entities', 'events', 'problems'] as const) {
    const records: unknown[] = snapshot[field];
    for (let i = 0; i < records.length; i += RECORDS_PER_PART) parts.push({ field, items: records.slice(i, i + RECORDS_PER_PART) } as SnapshotPart);
  }
  return parts;
}

/** Collects the parts of one snapshot, in the order they were sent, and fills the index's tables as they come. */
export class SnapshotAssembler {
  private readonly snapshot: IndexSnapshot = { articles: [], mentions: [], entities: [], events: [], problems: [] };
  private readonly tables = new IndexTablesBuilder();

  /** `held`: the articles of the earlier build the sender was told the receiver has, for its KeptArticles. */
  constructor(private readonly held?: ArticlesByPath) {}

  add(received: SnapshotPart): void {
    const part = received.field === 'articles' ? { field: received.field, items: received.items.map((a) => this.article(a)) } : received;
    // Each field's parts arrive in order; push one by one, since a spread of a long list can overflow the stack.
    const into = this.snapshot[part.field] as unknown[];
    for (const item of part.items) into.push(item);
    this.tables.add(part);
  }

  private article(received: IndexedArticle | KeptArticle): IndexedArticle {
    if (!('kept' in received)) return received;
    const held = this.held?.get(received.path);
    // The sender keeps what it last sent only for the build the receiver says it has: a miss is a bug, said as one.
    if (!held) throw new Error(`the index refers to an earlier record of ${JSON.stringify(received.path)}, which this thread does not hold`);
    return held;
  }

  get result(): IndexSnapshot {
    return this.snapshot;
  }

  /** Once every part is in: the index's last steps (see IndexTablesBuilder.finish), one per `next()`. */
  finish(): Generator<number, IndexTables> {
    return this.tables.finish();
  }
}
