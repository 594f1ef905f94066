// The index every view reads: articles, mentions, entities and events, with
// the lookups the editor needs (what is at this offset, who is called this).
import { drain, sortInSteps } from '../util/steps';
import { nameKey } from '../names/nameKey';
import type { CorpusEvent, Entity, EntityType, IndexedArticle, Mention, Problem, Quote, Role, SourceRef, Span } from '../types';
import { lineStartsOf } from '../text/context';
import { foldCase } from '../text/fold';
import type { ListMap } from '../util/listMap';
import type { DateCover } from './dateCover';
import { type IndexTables, tablesOf } from './indexTables';

export interface IndexData {
  articles: IndexedArticle[];
  mentions: Mention[];
  entities: Entity[];
  events: CorpusEvent[];
  /** Words people said, each with its speaker; in corpus order (by article path, then position). */
  quotes: Quote[];
  problems: Problem[];
}

export interface CorpusStats {
  articles: number;
  languages: Record<string, number>;
  firstDate?: string;
  lastDate?: string;
  people: number;
  places: number;
  organizations: number;
  events: number;
  mentions: number;
}


/** How often another entity appears with one: in the same sentence, in the same article. */
export interface CoMention {
  entity: Entity;
  sentences: number;
  articles: number;
}

/** An entity's mentions in one article: mentionsOf(entity)[from, to). */
interface ArticleRun {
  doc: string;
  from: number;
  to: number;
}

/**
 * Loose matching for symbol search: every character of the query, in order, somewhere in the text
 * (a subsequence), ignoring case, ё/е and the query's spaces. "уитк" and "ств уит" match "Стив Уиткофф".
 */
export function looseMatch(query: string, text: string): boolean {
  const q = foldCase(query).replace(/\s+/g, '');
  if (!q) return true;
  const t = foldCase(text);
  let i = 0;
  for (let j = 0; j < t.length && i < q.length; j++) if (t[j] === q[i]) i++;
  return i === q.length;
}

/** The co-mentioned entities a hover card lists. */
const DEFAULT_CO_MENTIONS = 5;
/** Mentions a step of prepareHovers reads (counting co-mentions, finding a date's articles): a few milliseconds. */
const MENTIONS_PER_STEP = 5_000;
/** Articles a step of prepareHovers orders by corpus order, at most. */
const ARTICLES_SORTED_PER_STEP = 1_000;

const coMentionKey = (entityId: string, limit: number, type: EntityType | undefined): string => `${entityId}\u0000${limit}\u0000${type ?? ''}`;

/** Entities whose co-mentions prepareHovers counts ahead, at most: the most mentioned, whose count is costly. */
const HOVERS_PREPARED = 32;
/** Below this many mentions an entity's co-mentions count in well under a millisecond: not worth preparing. */
const PREPARE_FROM_MENTIONS = 200;
/** Dates (days, months, years) whose articles prepareHovers lists ahead, at most: the most mentioned. */
const DATE_HOVERS_PREPARED = 32;
/** Below this many mentions a date's articles are listed in well under a millisecond: not worth preparing. */
const PREPARE_DATES_FROM_MENTIONS = 200;

export class CorpusIndex {
  readonly articles: ReadonlyMap<string, IndexedArticle>;
  readonly entities: ReadonlyMap<string, Entity>;
  readonly events: readonly CorpusEvent[];
  readonly quotes: readonly Quote[];
  readonly problems: readonly Problem[];
  private readonly byEntity: ListMap<string, Mention>;
  private readonly byDoc: ListMap<string, Mention>;
  private readonly dates: DateCover<Mention>;
  private readonly eventsByEntity: ListMap<string, CorpusEvent>;
  private readonly eventDates: DateCover<CorpusEvent>;
  private readonly quotesBySpeaker: ListMap<string, Quote>;
  private readonly rank: ReadonlyMap<string, number>;
  /** mentionsInCorpusOrder's answers so far: Find All References on a frequent name asks for tens of thousands. */
  private readonly inCorpusOrder = new Map<string, readonly Mention[]>();
  /** Each article's line starts, found on first use (references turn thousands of offsets into lines). */
  private readonly lines = new Map<string, readonly number[]>();
  /** coMentioned's answers so far: each costs a pass over the entity's articles, and hovers ask again and again. */
  private readonly coMentions = new Map<string, CoMention[]>();
  /** dateMentionsOn's answers so far: Find All References on a year reads thousands of dates, sorted in corpus order. */
  private readonly datesOn = new Map<string, readonly Mention[]>();
  /** dateArticlesOn's answers so far: a year's hover card lists its articles out of thousands of mentions. */
  private readonly dateArticles = new Map<string, ReadonlyMap<string, Mention>>();
  /** articleRuns' answers so far: every hover card on an entity counts its articles, a walk over all its mentions. */
  private readonly runs = new Map<string, readonly ArticleRun[]>();
  /** firstMentionInCorpus's answers so far (null: the entity has no mention), for the same hovers. */
  private readonly firstMentions = new Map<string, Mention | null>();

  /** From a whole snapshot, or from tables filled in steps (IndexTablesBuilder). */
  constructor(source: IndexData | IndexTables) {
    const tables = 'byDoc' in source ? source : tablesOf(source);
    this.articles = tables.articles;
    this.entities = tables.entities;
    this.events = tables.events;
    this.quotes = tables.quotes;
    this.quotesBySpeaker = tables.quotesBySpeaker;
    this.problems = tables.problems;
    this.byEntity = tables.byEntity;
    this.byDoc = tables.byDoc;
    this.dates = tables.dates;
    this.eventsByEntity = tables.eventsByEntity;
    this.eventDates = tables.eventDates;
    this.rank = tables.rank;
  }

  static empty(): CorpusIndex {
    return new CorpusIndex({ articles: [], mentions: [], entities: [], events: [], quotes: [], problems: [] });
  }

  /** Every mention of an entity, by article then position. */
  mentionsOf(entityId: string): readonly Mention[] {
    return this.byEntity.get(entityId) ?? [];
  }

  /** An article's mentions in text order. */
  mentionsIn(doc: string): readonly Mention[] {
    return this.byDoc.get(doc) ?? [];
  }

  /** The innermost mention covering the offset (end inclusive, so a cursor right after a name still finds it). */
  mentionAt(doc: string, offset: number): Mention | undefined {
    const list = this.byDoc.get(doc);
    if (!list) return undefined;
    // Binary search for the last mention starting at or before offset.
    let lo = 0;
    let hi = list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    for (let i = found; i >= 0 && i >= found - 4; i--) {
      if (list[i].start <= offset && offset <= list[i].end) return list[i];
    }
    return undefined;
  }

  entityAt(doc: string, offset: number): Entity | undefined {
    const entity = this.mentionAt(doc, offset)?.entity;
    return entity ? this.entities.get(entity) : undefined;
  }

  entitiesOfType(type: EntityType): Entity[] {
    return [...this.entities.values()].filter((e) => e.type === type);
  }

  /**
   * Entities whose name or an alias matches the query: exact spelling first,
   * then the same name in another spelling (Виткофф finds Уиткофф), then a
   * prefix of any word.
   */
  entitiesByName(query: string, type?: EntityType): Entity[] {
    const q = foldCase(query.trim());
    if (!q) return [];
    const qKey = nameKey(q);
    const scored: [Entity, number][] = [];
    for (const entity of this.entities.values()) {
      if (type && entity.type !== type) continue;
      const names = [entity.name, ...entity.aliases];
      let score = 0;
      for (const name of names) {
        const n = foldCase(name);
        if (n === q) score = Math.max(score, 3);
        else if (qKey && nameKey(n) === qKey) score = Math.max(score, 2);
        else if (n.split(/\s+/).some((w) => w.startsWith(q)) || (qKey && n.split(/\s+/).some((w) => nameKey(w) === qKey))) score = Math.max(score, 1);
      }
      if (score > 0) scored.push([entity, score]);
    }
    return scored
      .sort((a, b) => b[1] - a[1] || this.mentionsOf(b[0].id).length - this.mentionsOf(a[0].id).length)
      .map(([e]) => e);
  }

  /** Distinct articles an entity is mentioned in. */
  articlesOf(entityId: string): string[] {
    return this.articleRuns(entityId).map((run) => run.doc);
  }

  /** How many distinct articles an entity is mentioned in (articlesOf's length, without the list). */
  articleCountOf(entityId: string): number {
    return this.articleRuns(entityId).length;
  }

  /** An entity's mentions article by article: its list holds each article's mentions together, in path order. */
  private articleRuns(entityId: string): readonly ArticleRun[] {
    let runs = this.runs.get(entityId);
    if (!runs) {
      const mentions = this.mentionsOf(entityId);
      const found: ArticleRun[] = [];
      for (let from = 0, to = 0; from < mentions.length; from = to) {
        while (to < mentions.length && mentions[to].doc === mentions[from].doc) to++;
        found.push({ doc: mentions[from].doc, from, to });
      }
      this.runs.set(entityId, (runs = found));
    }
    return runs;
  }

  /** Article paths in corpus order: by date (undated last), then path. */
  articleOrder(): string[] {
    return [...this.rank.keys()];
  }

  /** Orders mentions or sources by corpus order of their article, then by position. */
  compareInCorpus = (a: Span & { doc: string }, b: Span & { doc: string }): number => {
    // Most comparisons in a sort are within one article: no rank look-ups and no collation for those.
    if (a.doc === b.doc) return a.start - b.start || b.end - a.end;
    const rank = this.rank;
    return (rank.get(a.doc) ?? Infinity) - (rank.get(b.doc) ?? Infinity) || a.doc.localeCompare(b.doc) || a.start - b.start || b.end - a.end;
  };

  /**
   * Every mention of an entity in corpus order (by article date, path, then position). Its list holds each
   * article's mentions together in text order, so only the articles are ordered: linear in its mentions.
   */
  mentionsInCorpusOrder(entityId: string): readonly Mention[] {
    let ordered = this.inCorpusOrder.get(entityId);
    if (!ordered) {
      const mentions = this.mentionsOf(entityId);
      const ranked = this.articleRuns(entityId).map(({ from, to, doc }) => ({ from, to, rank: this.rank.get(doc) ?? Infinity }));
      // Articles the index does not hold rank last, in path order, which is their order in the list: a stable sort keeps it.
      ranked.sort((a, b) => a.rank - b.rank || 0);
      ordered = ranked.flatMap(({ from, to }) => mentions.slice(from, to));
      this.inCorpusOrder.set(entityId, ordered);
    }
    return ordered;
  }

  /** Where each line of an article starts (empty for an article the index does not hold). */
  lineStarts(doc: string): readonly number[] {
    let starts = this.lines.get(doc);
    if (!starts) {
      const text = this.articles.get(doc)?.text;
      if (text === undefined) return [];
      this.lines.set(doc, (starts = lineStartsOf(text)));
    }
    return starts;
  }

  /** An entity's first mention in corpus order, without ordering the rest: where a hover's "first mention" link goes. */
  firstMentionInCorpus(entityId: string): Mention | undefined {
    let found = this.firstMentions.get(entityId);
    if (found === undefined) {
      let first: { rank: number; from: number } | undefined;
      for (const run of this.articleRuns(entityId)) {
        const rank = this.rank.get(run.doc) ?? Infinity;
        if (!first || rank < first.rank) first = { rank, from: run.from };
      }
      this.firstMentions.set(entityId, (found = first ? this.mentionsOf(entityId)[first.from] : null));
    }
    return found ?? undefined;
  }

  /** The first of some spans in corpus order: what a link to the earliest of an event's sources opens. */
  firstInCorpus<S extends Span & { doc: string }>(spans: readonly S[]): S | undefined {
    let first: S | undefined;
    for (const span of spans) if (!first || this.compareInCorpus(span, first) < 0) first = span;
    return first;
  }

  /** The role a mention is given with: a role source in the mention's sentence to which this mention is the nearest of its entity's. */
  roleOf(mention: Mention): Role | undefined {
    return mention.entity ? this.roleMentions(mention.entity).get(mention) : undefined;
  }

  /** Each role source's mention: the entity's nearest mention in the source's sentence. */
  private roleMentions(entityId: string): Map<Mention, Role> {
    const out = new Map<Mention, Role>();
    const entity = this.entities.get(entityId);
    if (!entity) return out;
    // Only the entity's mentions in the source's article are candidates: its run of them, not every mention.
    const mentions = this.mentionsOf(entityId);
    const runs = new Map(this.articleRuns(entityId).map((run) => [run.doc, run]));
    for (const role of entity.roles) {
      for (const source of role.sources) {
        const sentence = this.sentenceAt(source.doc, source.start);
        const run = runs.get(source.doc);
        if (sentence === undefined || !run) continue;
        let nearest: Mention | undefined;
        for (const m of mentions.slice(run.from, run.to)) {
          if (this.sentenceAt(m.doc, m.start) !== sentence) continue;
          if (!nearest || gap(m, source) < gap(nearest, source)) nearest = m;
        }
        if (nearest && !out.has(nearest)) out.set(nearest, role);
      }
    }
    return out;
  }

  /**
   * The mention that introduces an entity, where Go to Definition lands: in corpus order, the first full name
   * given with a role, else the first full name, else the first mention. A person's full name has two or more
   * words; a place's or organization's is its display name.
   */
  introducingMention(entityId: string): Mention | undefined {
    const entity = this.entities.get(entityId);
    const mentions = this.mentionsInCorpusOrder(entityId);
    if (!entity || mentions.length === 0) return undefined;
    const full = mentions.filter((m) =>
      entity.type === 'PER' ? (m.lemma || m.text).trim().split(/\s+/).length >= 2 : foldCase(m.lemma) === foldCase(entity.name),
    );
    const withRole = this.roleMentions(entityId);
    return full.find((m) => withRole.has(m)) ?? full[0] ?? mentions[0];
  }

  /** Index into the article's sentences of the sentence holding the offset. */
  sentenceAt(doc: string, offset: number): number | undefined {
    const sentences = this.articles.get(doc)?.sentences;
    if (!sentences) return undefined;
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid].end <= offset) lo = mid + 1;
      else if (sentences[mid].start > offset) hi = mid - 1;
      else return mid;
    }
    return undefined;
  }

  /**
   * The entities (people by default) most often mentioned with one. A shared sentence counts twice, a shared
   * article once: score = 2 × sentences + articles; ties go to the more mentioned, then by name. One pass over
   * the mentions of the entity's articles, remembered for the next hover.
   */
  coMentioned(entityId: string, limit = DEFAULT_CO_MENTIONS, type: EntityType | undefined = 'PER'): CoMention[] {
    const key = coMentionKey(entityId, limit, type);
    let answer = this.coMentions.get(key);
    if (!answer) this.coMentions.set(key, (answer = drain(this.countCoMentions(entityId, limit, type))));
    return [...answer];
  }

  /**
   * Counts ahead, one entity or date per step, what a hover card shows for the most mentioned entities
   * (coMentioned with its defaults), whose count passes over thousands of articles, and the articles of the most
   * mentioned dates (dateArticlesOn): run between other work, a hover on them then answers at once. Yields the
   * entity id or date each step prepared.
   */
  *prepareHovers(): Generator<string> {
    const costly = [...this.byEntity]
      .filter(([, mentions]) => mentions.length >= PREPARE_FROM_MENTIONS)
      .sort((a, b) => b[1].length - a[1].length)
      .slice(0, HOVERS_PREPARED);
    for (const [id] of costly) {
      // Counted in steps: the most mentioned entity's count passes over thousands of articles (0.2 s at 10,000).
      const key = coMentionKey(id, DEFAULT_CO_MENTIONS, 'PER');
      if (!this.coMentions.has(key)) this.coMentions.set(key, yield* this.countCoMentions(id, DEFAULT_CO_MENTIONS, 'PER'));
      yield id;
    }
    for (const value of this.dates.busiest(DATE_HOVERS_PREPARED, PREPARE_DATES_FROM_MENTIONS)) {
      if (!this.dateArticles.has(value)) this.dateArticles.set(value, yield* this.findDateArticles(value));
      yield value;
    }
  }

  /** Yields `entityId` after every MENTIONS_PER_STEP mentions read, so a caller can count in steps. */
  private *countCoMentions(entityId: string, limit: number, type: EntityType | undefined): Generator<string, CoMention[]> {
    /** Per other entity: sentences and articles shared, and the last ones counted (an article's mentions come in text order). */
    const seen = new Map<string, { sentences: number; articles: number; doc: string; sentence: number; outsideInDoc: boolean }>();
    let read = 0;
    for (const doc of new Set(this.mentionsOf(entityId).map((m) => m.doc))) {
      const inDoc = this.mentionsIn(doc);
      read += inDoc.length;
      if (read >= MENTIONS_PER_STEP) {
        read = 0;
        yield entityId;
      }
      const sentenceOf = this.sentencesOfMentions(doc, inDoc);
      const mine = new Set<number>();
      inDoc.forEach((m, i) => m.entity === entityId && mine.add(sentenceOf[i]));
      inDoc.forEach((m, i) => {
        if (!m.entity || m.entity === entityId) return;
        const other = this.entities.get(m.entity);
        if (!other || (type && other.type !== type)) return;
        let record = seen.get(m.entity);
        if (!record) seen.set(m.entity, (record = { sentences: 0, articles: 0, doc: '', sentence: -2, outsideInDoc: false }));
        if (record.doc !== doc) Object.assign(record, { articles: record.articles + 1, doc, sentence: -2, outsideInDoc: false });
        const sentence = sentenceOf[i];
        if (!mine.has(sentence)) return;
        // Mentions outside any sentence share one key per article (-1), which can come back after a sentence.
        if (sentence === -1 ? !record.outsideInDoc : sentence !== record.sentence) record.sentences++;
        if (sentence === -1) record.outsideInDoc = true;
        else record.sentence = sentence;
      });
    }
    const score = (c: CoMention): number => 2 * c.sentences + c.articles;
    return [...seen]
      .map(([id, r]) => ({ entity: this.entities.get(id) as Entity, sentences: r.sentences, articles: r.articles }))
      .sort(
        (a, b) =>
          score(b) - score(a) ||
          this.mentionsOf(b.entity.id).length - this.mentionsOf(a.entity.id).length ||
          a.entity.name.localeCompare(b.entity.name),
      )
      .slice(0, limit);
  }

  /** The sentence number of each of an article's mentions (given in text order), -1 outside sentences: one walk. */
  private sentencesOfMentions(doc: string, mentions: readonly Mention[]): Int32Array {
    const sentences = this.articles.get(doc)?.sentences ?? [];
    const out = new Int32Array(mentions.length);
    let s = 0;
    mentions.forEach((m, i) => {
      while (s < sentences.length && sentences[s].end <= m.start) s++;
      out[i] = s < sentences.length && sentences[s].start <= m.start ? s : -1;
    });
    return out;
  }

  /** The text a source spans; empty when the index does not hold its article. */
  textAt(source: SourceRef): string {
    return this.articles.get(source.doc)?.text.slice(source.start, source.end) ?? '';
  }

  /** What a person said, newest article first (undated ones last), in text order within an article. */
  quotesOf(entityId: string): Quote[] {
    const dateOf = (q: Quote): string => this.articles.get(q.doc)?.date ?? '';
    return [...(this.quotesBySpeaker.get(entityId) ?? [])].sort((a, b) => dateOf(b).localeCompare(dateOf(a)) || a.doc.localeCompare(b.doc) || a.start - b.start);
  }

  /** How many quotes a person has: without quotesOf's sorting, for a count or a check. */
  quoteCountOf(entityId: string): number {
    return this.quotesBySpeaker.get(entityId)?.length ?? 0;
  }

  /** The people with quotes, most quoted first. */
  quotedPeople(): { entity: Entity; quotes: number }[] {
    const people: { entity: Entity; quotes: number }[] = [];
    for (const [id, quotes] of this.quotesBySpeaker) {
      const entity = this.entities.get(id);
      if (entity) people.push({ entity, quotes: quotes.length });
    }
    return people.sort((a, b) => b.quotes - a.quotes || a.entity.name.localeCompare(b.entity.name));
  }

  /** Events an entity takes part in, or that happen at a place, by date. */
  eventsOf(entityId: string): CorpusEvent[] {
    return [...(this.eventsByEntity.get(entityId) ?? [])].sort(byDate);
  }

  /**
   * Events on a date: for a day (YYYY-MM-DD), the events whose span covers it; for a month or year, the events
   * that start in it.
   */
  eventsOn(value: string): CorpusEvent[] {
    return this.eventDates.covering(value).sort(byDate);
  }

  /** DATE mentions naming a date (a day within a mentioned range counts), in corpus order. */
  dateMentionsOn(value: string): readonly Mention[] {
    let found = this.datesOn.get(value);
    if (!found) this.datesOn.set(value, (found = this.dates.covering(value).sort(this.compareInCorpus)));
    return found;
  }

  /**
   * The articles with DATE mentions naming a date (as dateMentionsOn), each with its first such mention, in
   * corpus order: what a date's hover card lists. One pass keeps each article's first mention, then only the
   * articles are ordered, not the thousands of mentions a year has.
   */
  dateArticlesOn(value: string): ReadonlyMap<string, Mention> {
    let found = this.dateArticles.get(value);
    if (!found) this.dateArticles.set(value, (found = drain(this.findDateArticles(value))));
    return found;
  }

  /** dateArticlesOn's answer; yields `value` after every MENTIONS_PER_STEP mentions read or articles ordered. */
  private *findDateArticles(value: string): Generator<string, ReadonlyMap<string, Mention>> {
    const first = new Map<string, Mention>();
    let read = 0;
    for (const m of this.dates.covering(value)) {
      const seen = first.get(m.doc);
      if (!seen || this.compareInCorpus(m, seen) < 0) first.set(m.doc, m);
      if (++read === MENTIONS_PER_STEP) {
        read = 0;
        yield value;
      }
    }
    const articles = [...first.values()];
    // A year's thousands of articles ordered at once took 50 ms at 10,000 articles.
    if (articles.length <= ARTICLES_SORTED_PER_STEP) articles.sort(this.compareInCorpus);
    else for (const _ of sortInSteps(articles, this.compareInCorpus, ARTICLES_SORTED_PER_STEP)) yield value;
    return new Map(articles.map((m) => [m.doc, m]));
  }

  /** Entities whose name or a spelling loosely matches the query (see looseMatch), the most mentioned first. */
  entitiesMatching(query: string): Entity[] {
    return [...this.entities.values()]
      .filter((e) => [e.name, ...e.aliases].some((n) => looseMatch(query, n)))
      .sort((a, b) => this.mentionsOf(b.id).length - this.mentionsOf(a.id).length || a.name.localeCompare(b.name));
  }

  /** Events whose title loosely matches the query, by date. */
  eventsMatching(query: string): CorpusEvent[] {
    return this.events.filter((e) => looseMatch(query, e.title)).sort(byDate);
  }

  stats(): CorpusStats {
    const languages: Record<string, number> = {};
    const dates: string[] = [];
    for (const a of this.articles.values()) {
      languages[a.lang] = (languages[a.lang] ?? 0) + 1;
      if (a.date) dates.push(a.date);
    }
    dates.sort();
    let mentions = 0;
    for (const list of this.byDoc.values()) mentions += list.length;
    return {
      articles: this.articles.size,
      languages,
      firstDate: dates[0],
      lastDate: dates[dates.length - 1],
      people: this.entitiesOfType('PER').length,
      places: this.entitiesOfType('LOC').length,
      organizations: this.entitiesOfType('ORG').length,
      events: this.events.length,
      mentions,
    };
  }
}

const byDate = (a: CorpusEvent, b: CorpusEvent): number => a.date.localeCompare(b.date) || a.title.localeCompare(b.title);

/** Characters between two spans (0 when they touch or overlap). */
function gap(a: Span, b: Span): number {
  return Math.max(0, a.start - b.end, b.start - a.end);
}
