// The Timeline picture's data: articles, events and the mentions of chosen people counted per day, ISO week or
// month. One pass over the articles, one over the events, and one over the mentions of the entities asked about:
// linear in the corpus, so 10,000 articles answer in milliseconds. Only buckets holding something are listed;
// each knows its place on the axis (`offset`), so an axis over years costs nothing for its empty days.
import { dayNumber, daysInMonth, fromDayNumber, isoDayNumber, isoMonth } from '../dates/calendar';
import type { CorpusIndex } from '../index/corpusIndex';
import type { CorpusEvent, EntityType, IndexedArticle } from '../types';

export type TimelineZoom = 'day' | 'week' | 'month';
/** From the widest bucket to the narrowest: zooming in moves right. */
export const TIMELINE_ZOOMS: readonly TimelineZoom[] = ['month', 'week', 'day'];

/** People whose mentions are drawn at once, at most: more lines than this cannot be told apart. */
export const MAX_PLOTTED_PEOPLE = 6;
/** Entities an article must all mention, at most. */
export const MAX_FILTERS = 4;
/** Articles or sources a list in the panel shows, at most; the rest are counted. */
export const MAX_LISTED = 200;
/** Characters of a source's sentence shown in the panel. */
const SNIPPET_CHARS = 240;

/** What the panel asks to see. */
export interface TimelineQuery {
  zoom: TimelineZoom;
  /** Entity ids (people, places, organizations): only articles mentioning every one of them count. */
  filter: string[];
  /** People (entity ids) whose mentions per bucket are drawn. */
  people: string[];
}

/** What a timeline reads of the index: the tests count these reads. */
export type TimelineSource = Pick<CorpusIndex, 'articles' | 'events' | 'entities' | 'mentionsOf'>;

export interface TimelineBucket {
  /** Buckets since the axis's first one. */
  offset: number;
  /** 2018-06-21, 2018-W25 or 2018-06. */
  key: string;
  /** First and last day, ISO. */
  start: string;
  end: string;
  /** Dated articles kept by the filter. */
  articles: number;
  /** Events that start in the bucket. */
  events: number;
  /** Mentions of each plotted person in the bucket's articles, in TimelineData.people's order. */
  mentions: number[];
}

export interface TimelineEventMark {
  id: string;
  title: string;
  /** First and last day, ISO: a month-only date covers the month. */
  start: string;
  end: string;
  /** Offsets of the first and last bucket it covers. */
  from: number;
  to: number;
  /** How finely the text dates it. */
  precision: 'day' | 'month' | 'year';
  place?: string;
  sources: number;
}

export interface TimelineEntity {
  id: string;
  name: string;
  type: EntityType;
  /** Mentions in the corpus. */
  mentions: number;
}

export interface TimelineData {
  zoom: TimelineZoom;
  /** Buckets on the axis, the empty ones included (0 when nothing is dated). */
  length: number;
  /** The first bucket's key and first day (undefined when nothing is dated). */
  first?: { key: string; start: string };
  /** Buckets holding an article or the start of an event, by offset. */
  buckets: TimelineBucket[];
  events: TimelineEventMark[];
  /** The plotted people the index knows, in the query's order. */
  people: TimelineEntity[];
  /** The filter's entities the index knows. */
  filter: TimelineEntity[];
  /** Articles kept by the filter; of them, those without a date (not on the axis). */
  articles: number;
  undated: number;
  /** Events kept by the filter. */
  eventCount: number;
}

/** One article in a bucket's list. */
export interface TimelineArticle {
  doc: string;
  title: string;
  date?: string;
}

export interface TimelineBucketDetails {
  key: string;
  start: string;
  end: string;
  /** The bucket's articles by date then path, at most MAX_LISTED; `total` counts them all. */
  articles: TimelineArticle[];
  total: number;
  /** Events covering some day of the bucket. */
  events: { id: string; title: string; start: string; end: string }[];
}

export interface TimelineSourceLine {
  doc: string;
  start: number;
  end: number;
  /** The article's title and the reporting sentence (clipped). */
  title: string;
  text: string;
}

export interface TimelineEventDetails {
  id: string;
  title: string;
  start: string;
  end: string;
  place?: string;
  participants: string[];
  sources: TimelineSourceLine[];
  total: number;
}

/**
 * The points of a plotted person's line, as [buckets from the axis's start to the point, mentions]: one at the
 * middle of each listed bucket, and zeros at the edges of a gap between two (its buckets hold no article). The
 * line starts at the first bucket: nothing before it is a gap.
 */
export function volumeLine(buckets: readonly Pick<TimelineBucket, 'offset' | 'mentions'>[], person: number): [number, number][] {
  const points: [number, number][] = [];
  let last: number | undefined;
  for (const bucket of buckets) {
    if (last !== undefined && bucket.offset > last + 1) points.push([last + 1.5, 0], [bucket.offset - 0.5, 0]);
    points.push([bucket.offset + 0.5, bucket.mentions[person]]);
    last = bucket.offset;
  }
  return points;
}

/** A bucket's ordinal on an unbounded axis: days since 1970-01-01, weeks since the Monday before, months since year 0. */
export function bucketOrdinal(zoom: TimelineZoom, day: number): number {
  if (zoom === 'day') return day;
  // Day 0 is a Thursday: the Monday three days before starts week 0.
  if (zoom === 'week') return Math.floor((day + 3) / 7);
  const iso = fromDayNumber(day);
  return Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
}

/** The first day (day number) of a bucket. */
function bucketStartDay(zoom: TimelineZoom, ordinal: number): number {
  if (zoom === 'day') return ordinal;
  if (zoom === 'week') return ordinal * 7 - 3;
  return dayNumber(Math.floor(ordinal / 12), (ordinal % 12) + 1, 1);
}

/** The ISO week key of the week starting on a Monday: its year is the year of its Thursday. */
function isoWeekKey(monday: number): string {
  const thursday = fromDayNumber(monday + 3);
  const year = Number(thursday.slice(0, 4));
  const week = Math.floor((monday + 3 - dayNumber(year, 1, 1)) / 7) + 1;
  return `${thursday.slice(0, 4)}-W${String(week).padStart(2, '0')}`;
}

/** A bucket's key, first and last day. */
export function bucketBounds(zoom: TimelineZoom, ordinal: number): { key: string; start: string; end: string } {
  const first = bucketStartDay(zoom, ordinal);
  const start = fromDayNumber(first);
  if (zoom === 'day') return { key: start, start, end: start };
  if (zoom === 'week') return { key: isoWeekKey(first), start, end: fromDayNumber(first + 6) };
  const [year, month] = [Math.floor(ordinal / 12), (ordinal % 12) + 1];
  return { key: isoMonth(year, month), start, end: fromDayNumber(first + daysInMonth(year, month) - 1) };
}

/** An event's first and last day: a month or year covers all its days. Undefined for a malformed date. */
export function eventDays(event: Pick<CorpusEvent, 'date' | 'end'>): { first: number; last: number; precision: TimelineEventMark['precision'] } | undefined {
  const first = firstDayOf(event.date);
  const last = lastDayOf(event.end ?? event.date);
  if (first === undefined || last === undefined) return undefined;
  const precision = event.date.length === 10 ? 'day' : event.date.length === 7 ? 'month' : 'year';
  return { first, last: Math.max(first, last), precision };
}

function firstDayOf(value: string): number | undefined {
  if (/^\d{4}$/.test(value)) return isoDayNumber(`${value}-01-01`);
  if (/^\d{4}-\d{2}$/.test(value)) return isoDayNumber(`${value}-01`);
  return isoDayNumber(value);
}

function lastDayOf(value: string): number | undefined {
  if (/^\d{4}$/.test(value)) return isoDayNumber(`${value}-12-31`);
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) return isoDayNumber(`${value}-${String(daysInMonth(Number(month[1]), Number(month[2])) || 0).padStart(2, '0')}`);
  return isoDayNumber(value);
}

function entityOf(source: TimelineSource, id: string): TimelineEntity | undefined {
  const entity = source.entities.get(id);
  return entity && { id, name: entity.name, type: entity.type, mentions: source.mentionsOf(id).length };
}

/** The known entities among ids, each once, at most `limit`. */
function knownEntities(source: TimelineSource, ids: readonly string[], limit: number): TimelineEntity[] {
  return [...new Set(ids)].flatMap((id) => entityOf(source, id) ?? []).slice(0, limit);
}

/** The articles mentioning every filter entity; undefined when there is no filter (every article counts). */
function keptDocs(source: TimelineSource, filter: readonly TimelineEntity[]): Set<string> | undefined {
  let kept: Set<string> | undefined;
  for (const entity of filter) {
    const docs = new Set(source.mentionsOf(entity.id).map((m) => m.doc));
    kept = kept ? new Set([...kept].filter((doc) => docs.has(doc))) : docs;
  }
  return kept;
}

function* keptArticles(source: TimelineSource, kept: Set<string> | undefined): Generator<IndexedArticle> {
  if (!kept) yield* source.articles.values();
  else for (const doc of kept) {
    const article = source.articles.get(doc);
    if (article) yield article;
  }
}

/** An event is kept when the filter keeps one of the articles reporting it. */
const eventKept = (event: CorpusEvent, kept: Set<string> | undefined): boolean => !kept || event.sources.some((s) => kept.has(s.doc));

/** The timeline for a query: linear in the articles and events, and in the mentions of the query's entities. */
export function timelineOf(source: TimelineSource, query: TimelineQuery): TimelineData {
  const { zoom } = query;
  const filter = knownEntities(source, query.filter, MAX_FILTERS);
  const people = knownEntities(source, query.people, MAX_PLOTTED_PEOPLE).filter((e) => e.type === 'PER');
  const kept = keptDocs(source, filter);
  const buckets = new Map<number, Omit<TimelineBucket, 'offset' | 'key' | 'start' | 'end'>>();
  const bucketAt = (ordinal: number): Omit<TimelineBucket, 'offset' | 'key' | 'start' | 'end'> => {
    let bucket = buckets.get(ordinal);
    if (!bucket) buckets.set(ordinal, (bucket = { articles: 0, events: 0, mentions: people.map(() => 0) }));
    return bucket;
  };
  /** Each dated kept article's bucket, for counting its mentions. */
  const articleBucket = new Map<string, number>();
  let articles = 0;
  let undated = 0;
  for (const article of keptArticles(source, kept)) {
    articles++;
    const day = article.date === undefined ? undefined : isoDayNumber(article.date);
    if (day === undefined) {
      undated++;
      continue;
    }
    const ordinal = bucketOrdinal(zoom, day);
    bucketAt(ordinal).articles++;
    articleBucket.set(article.path, ordinal);
  }
  const marks: { event: CorpusEvent; from: number; to: number; days: NonNullable<ReturnType<typeof eventDays>> }[] = [];
  for (const event of source.events) {
    const days = eventKept(event, kept) ? eventDays(event) : undefined;
    if (!days) continue;
    const from = bucketOrdinal(zoom, days.first);
    bucketAt(from).events++;
    marks.push({ event, from, to: bucketOrdinal(zoom, days.last), days });
  }
  people.forEach((person, i) => {
    for (const m of source.mentionsOf(person.id)) {
      const ordinal = articleBucket.get(m.doc);
      if (ordinal !== undefined) bucketAt(ordinal).mentions[i]++;
    }
  });
  const ordinals = [...buckets.keys()].sort((a, b) => a - b);
  // Every event's first bucket is among the buckets: only its last can lie beyond them.
  const lowest = ordinals[0] ?? 0;
  let highest = ordinals[ordinals.length - 1] ?? -1;
  for (const mark of marks) highest = Math.max(highest, mark.to);
  const placeName = (id: string | undefined): string | undefined => (id ? source.entities.get(id)?.name : undefined);
  return {
    zoom,
    length: ordinals.length ? highest - lowest + 1 : 0,
    first: ordinals.length ? bucketBounds(zoom, lowest) : undefined,
    buckets: ordinals.map((ordinal) => ({ offset: ordinal - lowest, ...bucketBounds(zoom, ordinal), ...bucketAt(ordinal) })),
    events: marks
      .sort((a, b) => a.days.first - b.days.first || a.days.last - b.days.last || a.event.title.localeCompare(b.event.title))
      .map(({ event, from, to, days }) => ({
        id: event.id,
        title: event.title,
        start: fromDayNumber(days.first),
        end: fromDayNumber(days.last),
        from: from - lowest,
        to: to - lowest,
        precision: days.precision,
        place: placeName(event.place),
        sources: event.sources.length,
      })),
    people,
    filter,
    articles,
    undated,
    eventCount: marks.length,
  };
}

/** The articles and events of the bucket holding a day (ISO), at the query's zoom; undefined for a malformed day. */
export function bucketDetails(source: TimelineSource, query: TimelineQuery, day: string): TimelineBucketDetails | undefined {
  const dayNo = isoDayNumber(day);
  if (dayNo === undefined) return undefined;
  const ordinal = bucketOrdinal(query.zoom, dayNo);
  const bounds = bucketBounds(query.zoom, ordinal);
  const kept = keptDocs(source, knownEntities(source, query.filter, MAX_FILTERS));
  const found: TimelineArticle[] = [];
  for (const article of keptArticles(source, kept)) {
    if (article.date !== undefined && bounds.start <= article.date && article.date <= bounds.end) found.push({ doc: article.path, title: article.title, date: article.date });
  }
  found.sort((a, b) => (a.date ?? '').localeCompare(b.date ?? '') || a.doc.localeCompare(b.doc));
  const [startDay, endDay] = [isoDayNumber(bounds.start) as number, isoDayNumber(bounds.end) as number];
  const events = source.events.flatMap((event) => {
    const days = eventKept(event, kept) ? eventDays(event) : undefined;
    return days && days.first <= endDay && days.last >= startDay
      ? [{ id: event.id, title: event.title, start: fromDayNumber(days.first), end: fromDayNumber(days.last) }]
      : [];
  });
  return { ...bounds, articles: found.slice(0, MAX_LISTED), total: found.length, events };
}

/** An event's place, participants and sources (each with its article's title and sentence); undefined for an unknown id. */
export function eventDetails(source: TimelineSource, id: string): TimelineEventDetails | undefined {
  const event = source.events.find((e) => e.id === id);
  const days = event && eventDays(event);
  if (!event || !days) return undefined;
  const name = (entityId: string): string[] => {
    const entity = source.entities.get(entityId);
    return entity ? [entity.name] : [];
  };
  return {
    id,
    title: event.title,
    start: fromDayNumber(days.first),
    end: fromDayNumber(days.last),
    place: event.place ? name(event.place)[0] : undefined,
    participants: event.participants.flatMap(name),
    sources: event.sources.slice(0, MAX_LISTED).map(({ doc, start, end }) => {
      const article = source.articles.get(doc);
      const text = article?.text.slice(start, end).replace(/\s+/g, ' ').trim() ?? '';
      return { doc, start, end, title: article?.title ?? doc, text: text.length > SNIPPET_CHARS ? `${text.slice(0, SNIPPET_CHARS - 1)}…` : text };
    }),
    total: event.sources.length,
  };
}

/** Entities whose name or a spelling matches a query, the most mentioned first: the panel's filter choices. */
export function entityChoices(index: Pick<CorpusIndex, 'entitiesMatching' | 'mentionsOf'>, text: string, limit: number): TimelineEntity[] {
  if (!text.trim()) return [];
  return index
    .entitiesMatching(text)
    .slice(0, limit)
    .map((e) => ({ id: e.id, name: e.name, type: e.type, mentions: index.mentionsOf(e.id).length }));
}
