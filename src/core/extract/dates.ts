// DATE mentions: finds date expressions in an article (src/core/dates/grammar.ts)
// and resolves them to ISO values against the article's date, or the corpus's when
// the article has none. Also infers the date of an article that has no header.

import {
  addDays,
  fromDayNumber,
  isCalendarDate,
  isoDay,
  isoDayNumber,
  isoMonth,
  mondayOf,
  nearestWeekday,
  nearestYear,
  nearestYearOfMonth,
  parseIsoDay,
  shiftMonth,
  weekday,
  type Ymd,
} from '../dates/calendar';
import { type DayMonth, type RawDate, scanDates } from '../dates/grammar';
import type { PartOfDay } from '../dates/lexicon';
import { dateTokensIn } from '../dates/articleTokens';
import { containing, DateContext } from '../dates/context';
import type { Article, DateDetails, IndexedArticle, Mention, Span } from '../types';
import { foldCase } from '../text/fold';

export type { PartOfDay } from '../dates/lexicon';

export type DateResolution =
  /** The text says the full date (or month and year, or year). */
  | 'explicit'
  /** Day and month from the text, year chosen nearest to the article's date. */
  | 'year-from-article'
  /** Day and month from the text, year chosen nearest to the corpus's dates (the article has no date). */
  | 'year-from-corpus'
  /** `сегодня`, `вчора`, `на прошлой неделе`: counted from the article's date. */
  | 'relative'
  /** `во вторник`: the nearest such day around the article's date. */
  | 'weekday'
  /** Nothing to resolve against: `value` holds only what the text says (see DateMention.value). */
  | 'unresolved';

export interface DateMention extends Span {
  doc: string;
  /** Exactly text.slice(start, end). */
  text: string;
  /**
   * ISO per the extraction contract: YYYY-MM-DD, YYYY-MM or YYYY; for a range, its first day.
   * Unresolved: `--MM-DD` / `--MM` (ISO 8601 without a year) for a day or month without a
   * year, and '' for a relative date or weekday without any reference date.
   */
  value: string;
  /** The last day (or month, year) of a range, in the same form as `value`. */
  endValue?: string;
  partOfDay?: PartOfDay;
  resolution: DateResolution;
  /** A weekday said beside the date (`в четверг, 7 января`) that the date does not fall on. */
  weekdayMismatch?: boolean;
}

export interface FindDatesOptions {
  /**
   * A date standing for the corpus (e.g. the median of the articles' dates): used for
   * the year of `7 января` when there is no reference date.
   */
  corpusDate?: string;
}

/** What the grammar finds before resolution does not depend on the reference date: found once per article. */
const rawCache = new WeakMap<Article, RawDate[]>();

function rawDates(article: Article): RawDate[] {
  let raws = rawCache.get(article);
  if (!raws) {
    raws = regions(article).flatMap((region) => scanDates(dateTokensIn(article, region)));
    rawCache.set(article, raws);
  }
  return raws;
}

/** Where to look: the header's `date YYYY-MM-DD` part and the prose paragraphs (not boilerplate). */
function regions(article: Article): Span[] {
  const spans: Span[] = [];
  if (article.header) {
    const inside = article.paragraphs.find((p) => p.start >= article.header!.start && p.start < article.header!.end);
    spans.push({ start: article.header.start, end: inside ? inside.start : article.header.end });
  }
  for (const p of article.paragraphs) spans.push(p);
  return spans;
}

interface Resolver {
  ref?: Ymd;
  refIso?: string;
  /** Used for years only. */
  corpus?: Ymd;
}

function resolveDay(d: DayMonth, r: Resolver): { value: string; resolution: DateResolution; year?: number } {
  if (d.yearOffset !== undefined) {
    if (!r.ref) return { value: `--${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`, resolution: 'unresolved' };
    const year = r.ref.year + d.yearOffset;
    if (!isCalendarDate(year, d.month, d.day)) return { value: '', resolution: 'unresolved' };
    return { value: isoDay(year, d.month, d.day), resolution: 'relative', year };
  }
  if (d.year !== undefined) {
    if (!isCalendarDate(d.year, d.month, d.day)) return { value: '', resolution: 'unresolved' };
    return { value: isoDay(d.year, d.month, d.day), resolution: 'explicit', year: d.year };
  }
  const around = r.ref ?? r.corpus;
  const year = around && nearestYear(d.month, d.day, around);
  if (year === undefined) {
    return { value: `--${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`, resolution: 'unresolved' };
  }
  return { value: isoDay(year, d.month, d.day), resolution: r.ref ? 'year-from-article' : 'year-from-corpus', year };
}

function resolve(raw: RawDate, r: Resolver): Omit<DateMention, 'doc' | 'start' | 'end' | 'text'> | undefined {
  switch (raw.kind) {
    case 'day': {
      const first = resolveDay(raw.date, r);
      if (first.value === '') return undefined;
      const out: Omit<DateMention, 'doc' | 'start' | 'end' | 'text'> = { value: first.value, resolution: first.resolution };
      if (raw.last) {
        const last = first.year !== undefined && isCalendarDate(first.year, raw.last.month, raw.last.day)
          ? isoDay(first.year, raw.last.month, raw.last.day)
          : resolveDay(raw.last, r).value;
        if (last) out.endValue = last;
      }
      if (raw.weekday !== undefined && first.year !== undefined) {
        out.weekdayMismatch = weekday(first.year, raw.date.month, raw.date.day) !== raw.weekday;
      }
      return out;
    }
    case 'month': {
      if (raw.year !== undefined) return { value: isoMonth(raw.year, raw.month), resolution: 'explicit' };
      if (raw.yearOffset !== undefined) {
        if (!r.ref) return { value: `--${String(raw.month).padStart(2, '0')}`, resolution: 'unresolved' };
        return { value: isoMonth(r.ref.year + raw.yearOffset, raw.month), resolution: 'relative' };
      }
      const around = r.ref ?? r.corpus;
      if (!around) return { value: `--${String(raw.month).padStart(2, '0')}`, resolution: 'unresolved' };
      return { value: isoMonth(nearestYearOfMonth(raw.month, around), raw.month), resolution: r.ref ? 'year-from-article' : 'year-from-corpus' };
    }
    case 'year':
      return { value: String(raw.year), resolution: 'explicit', ...(raw.lastYear ? { endValue: String(raw.lastYear) } : {}) };
    case 'relative':
      if (!r.refIso) return { value: '', resolution: 'unresolved' };
      return { value: addDays(r.refIso, raw.offset) as string, resolution: 'relative' };
    case 'weekday':
      if (!r.ref) return { value: '', resolution: 'unresolved' };
      return { value: nearestWeekday(raw.weekday, r.ref, raw.direction), resolution: 'weekday' };
    case 'period': {
      if (!r.ref) return { value: '', resolution: 'unresolved' };
      if (raw.unit === 'year') return { value: String(r.ref.year + raw.offset), resolution: 'relative' };
      if (raw.unit === 'month') {
        const m = shiftMonth(r.ref.year, r.ref.month, raw.offset);
        return { value: isoMonth(m.year, m.month), resolution: 'relative' };
      }
      const monday = mondayOf(r.ref) + 7 * raw.offset;
      return { value: fromDayNumber(monday), endValue: fromDayNumber(monday + 6), resolution: 'relative' };
    }
  }
}

/**
 * Every DATE mention of the article, in text order, resolved against `referenceDate`
 * (the article's date, YYYY-MM-DD; pass the header date or inferArticleDate's). Without
 * one, years come from `options.corpusDate` and relative dates stay unresolved. Linear
 * in the article's length.
 */
export function findDates(article: Article, referenceDate: string | undefined, options: FindDatesOptions = {}): DateMention[] {
  return tracedDates(article, referenceDate, options).mentions;
}

/** findDates' mentions, and whether a year was looked for in `options.corpusDate`: else they do not depend on it. */
export interface TracedDates {
  mentions: DateMention[];
  readCorpusDate: boolean;
}

/** findDates, saying whether it read the corpus date: an incremental build re-runs it when that date changes only then. */
export function tracedDates(article: Article, referenceDate: string | undefined, options: FindDatesOptions = {}): TracedDates {
  const ref = parseIsoDay(referenceDate);
  const corpus = parseIsoDay(options.corpusDate);
  let readCorpusDate = false;
  const resolver: Resolver = {
    get corpus() {
      readCorpusDate = true;
      return corpus;
    },
  };
  if (ref) {
    resolver.ref = ref;
    resolver.refIso = referenceDate;
  }
  const mentions: DateMention[] = [];
  for (const raw of rawDates(article)) {
    const resolved = resolve(raw, resolver);
    if (!resolved) continue;
    const mention: DateMention = { doc: article.path, start: raw.start, end: raw.end, text: article.text.slice(raw.start, raw.end), ...resolved };
    if (raw.partOfDay) mention.partOfDay = raw.partOfDay;
    mentions.push(mention);
  }
  return { mentions, readCorpusDate };
}

/** The pipeline's Mention for a DATE (lemma: the surface text; details in `date`); none for an unresolved one. */
export function dateToMention(date: DateMention): Mention | undefined {
  if (date.resolution === 'unresolved' || !date.value) return undefined;
  const details: DateDetails = { resolution: date.resolution };
  if (date.endValue) details.end = date.endValue;
  if (date.partOfDay) details.partOfDay = date.partOfDay;
  if (date.weekdayMismatch !== undefined) details.weekdayMismatch = date.weekdayMismatch;
  return { doc: date.doc, start: date.start, end: date.end, type: 'DATE', text: date.text, lemma: date.text, value: date.value, date: details };
}

// ---------------------------------------------------------------------------
// The article's own date

export interface InferredDate {
  /** YYYY-MM-DD. */
  date: string;
  /** Why, in words, quoting the text. */
  evidence: string;
  /** The stretch of this article the evidence rests on. */
  source: Span;
  /** Another article's sentence the evidence matched, when it came from the corpus. */
  matched?: { doc: string; start: number; end: number };
  confidence: 'high' | 'medium' | 'low';
}

/** One dated clause of a corpus article, for matching `сегодня …` clauses of undated articles. */
export interface DatedClause {
  doc: string;
  date: string;
  start: number;
  end: number;
  keys: string[];
}

/** What inferArticleDate needs from the rest of the corpus; build once with dateCorpus(). */
export interface DateCorpus {
  /** Header dates of the corpus, sorted. */
  dates: string[];
  /** The median header date: the year of an undated article's `7 января`. */
  median?: string;
  clauses: DatedClause[];
  /** Clause indexes by key (a word's first letters). */
  index: Map<string, number[]>;
}

/** A key posted in more clauses than this says nothing about which event is meant. */
const MAX_POSTINGS = 200;

function median(sorted: string[]): string | undefined {
  return sorted.length ? sorted[Math.floor((sorted.length - 1) / 2)] : undefined;
}

/**
 * The corpus's dated clauses, for inferArticleDate: every day-precise date of the
 * articles with a header date, and the explicit dates (`6 января`, year from the
 * corpus) of those without. Linear in the corpus.
 */
export function dateCorpus(articles: readonly Article[]): DateCorpus {
  const dates = headerDates(articles);
  const mid = median(dates);
  return clauseCorpus(dates, mid, articles.map((a) => articleClauses(a, mid)));
}

function headerDates(articles: readonly IndexedArticle[]): string[] {
  return articles.map((a) => a.date).filter((d): d is string => !!parseIsoDay(d)).sort();
}

/** What one article adds to the corpus's dates: its mentions resolved as corpusDates resolves them, and its dated clauses. */
export interface ArticleClauses {
  mentions: DateMention[];
  clauses: DatedClause[];
  /** Whether a year came from the median header date: else the clauses do not depend on it. */
  readMedian: boolean;
}

/** One article's part of dateCorpus; depends on the article and (`readMedian`) the corpus's median header date alone. */
export function articleClauses(article: Article, mid: string | undefined): ArticleClauses {
  const { mentions, readCorpusDate } = tracedDates(article, article.date, mid ? { corpusDate: mid } : {});
  const around = new DateContext(article);
  const clauses: DatedClause[] = [];
  for (const m of mentions) {
    if (m.value.length !== 10 || m.resolution === 'unresolved') continue;
    if (!article.date && m.resolution !== 'explicit' && m.resolution !== 'year-from-corpus') continue;
    const clause = around.clauseAround(m.start, m.end);
    clauses.push({ doc: article.path, date: m.value, start: clause.start, end: clause.end, keys: around.clauseKeys(clause) });
  }
  return { mentions, clauses, readMedian: readCorpusDate };
}

/** The corpus of dated clauses from each article's, in the articles' order (the postings' bound keeps the first ones). */
export function clauseCorpus(dates: string[], mid: string | undefined, perArticle: readonly ArticleClauses[]): DateCorpus {
  const corpus: DateCorpus = { dates, clauses: [], index: new Map() };
  if (mid) corpus.median = mid;
  for (const { clauses } of perArticle) {
    for (const clause of clauses) {
      const id = corpus.clauses.push(clause) - 1;
      for (const key of clause.keys) {
        let list = corpus.index.get(key);
        if (!list) corpus.index.set(key, (list = []));
        if (list.length <= MAX_POSTINGS) list.push(id);
      }
    }
  }
  return corpus;
}

const quote = (article: Pick<Article, 'text'>, span: Span): string => `«${article.text.slice(span.start, span.end).replace(/\s+/g, ' ').trim()}»`;

/**
 * The date of an article without a header, from its own text and the corpus: a date
 * the text tells in the past tense (the latest such), a `сегодня` that sits next to
 * an explicit date, a `сегодня` clause that matches another article's dated clause,
 * or, weakest, the earliest date the text tells as still to come. An article with a
 * header date gets that date back. `corpus`: dateCorpus() of the corpus, or just its
 * header dates. Undefined when nothing in the text dates it.
 */
export function inferArticleDate(article: Article, corpus: DateCorpus | readonly string[]): InferredDate | undefined {
  return tracedInference(article, corpus).inferred;
}

/** An inferred date, and what of the corpus finding it read: its clauses, its median date (else neither matters). */
export interface TracedInference {
  inferred: InferredDate | undefined;
  readClauses: boolean;
  readMedian: boolean;
}

/** inferArticleDate, saying what of the corpus it consulted: an incremental build re-runs it when that changes only. */
export function tracedInference(article: Article, corpus: DateCorpus | readonly string[]): TracedInference {
  const context: DateCorpus = Array.isArray(corpus)
    ? (() => {
        const dates = [...(corpus as readonly string[])].filter((d) => parseIsoDay(d)).sort();
        const mid = median(dates);
        return { dates, clauses: [], index: new Map(), ...(mid ? { median: mid } : {}) };
      })()
    : (corpus as DateCorpus);
  return corpusInference(article, ownInference(article, context.median), context);
}

/** A `сегодня` of the article and the clause around it, as matching it against the corpus's dated clauses reads them. */
export interface RelativeClause {
  mention: DateMention;
  offset: number;
  span: Span;
  keys: string[];
}

/**
 * What inferring an article's date reads in the article itself (its tokens), given the corpus's median date: the
 * date its text alone tells (`decided`), else its `сегодня` clauses to match against the corpus's dated clauses and
 * the weakest date to fall back on. Matching (corpusInference) then needs the article's text alone, so a change
 * of the corpus's clauses re-matches an article without reading it again.
 */
export interface OwnInference {
  decided?: InferredDate;
  relatives: RelativeClause[];
  fallback?: InferredDate;
  readMedian: boolean;
}

/** The date inferred from the article's own text and the corpus's clauses, as tracedInference traces it. */
export function corpusInference(article: Pick<Article, 'path' | 'text'>, own: OwnInference, corpus: DateCorpus): TracedInference {
  if (own.decided) return { inferred: own.decided, readClauses: false, readMedian: own.readMedian };
  const inferred = matchCorpus(article, own.relatives, corpus) ?? own.fallback;
  return { inferred, readClauses: own.relatives.length > 0, readMedian: own.readMedian };
}

export function ownInference(article: Article, corpusMedian: string | undefined): OwnInference {
  let readMedian = false;
  const decide = (decided: InferredDate): OwnInference => ({ decided, relatives: [], readMedian });
  if (article.date && parseIsoDay(article.date)) {
    const source = article.header ?? { start: 0, end: 0 };
    return decide({ date: article.date, evidence: `the header line says ${article.date}`, source, confidence: 'high' });
  }
  const around = new DateContext(article);
  const traced = tracedDates(article, undefined, corpusMedian ? { corpusDate: corpusMedian } : {});
  let mentions = traced.mentions;
  // Without a median the text's own years stand in; with one, the years it gave, if it gave any.
  readMedian = traced.readCorpusDate || !corpusMedian;
  if (!corpusMedian) {
    // No corpus dates: the years the text itself says stand for the corpus's.
    const explicit = mentions.filter((m) => m.resolution === 'explicit' && m.value.length === 10).map((m) => m.value).sort();
    if (explicit.length) mentions = findDates(article, undefined, { corpusDate: explicit[explicit.length - 1] });
  }
  const days = mentions.filter(
    (m) => m.value.length === 10 && (m.resolution === 'explicit' || m.resolution === 'year-from-corpus') && !around.isImprint(m),
  );
  const relatives: { mention: DateMention; offset: number }[] = [];
  for (const m of mentions) {
    if (m.resolution !== 'unresolved' || m.value !== '') continue;
    const offset = RELATIVE_OFFSET.get(foldCase(m.text));
    // A bounded number: the checks below pair each with the article's dates.
    if (offset !== undefined && relatives.length < MAX_RELATIVES) relatives.push({ mention: m, offset });
  }

  // 1. `Сегодня, 7 января, …`: a relative day beside an explicit date.
  for (const { mention, offset } of relatives) {
    const sentence = containing(article.sentences, mention.start, mention.end);
    const beside = days.find((d) => sentence && d.start >= sentence.start && d.end <= sentence.end && Math.abs(d.start - mention.end) <= 12 && d.start > mention.start);
    if (beside) {
      const date = addDays(beside.value, -offset) as string;
      return decide({ date, evidence: `${quote(article, { start: mention.start, end: beside.end })}: ${mention.text} is ${beside.value}`, source: { start: mention.start, end: beside.end }, confidence: 'high' });
    }
  }

  // 2. A dateline: a full date with a time beside it (`30 декабря 2020, 15:13`) or alone on its line; the first one.
  const dateline = days.find((d) => d.resolution === 'explicit' && around.isDateline(d));
  if (dateline) {
    const line = containing(article.paragraphs, dateline.start, dateline.end) ?? dateline;
    return decide({ date: dateline.value, evidence: `${quote(article, { start: line.start, end: Math.min(line.end, dateline.end + 40) })}: a dateline`, source: { start: dateline.start, end: dateline.end }, confidence: 'high' });
  }

  // 3. The latest date the text tells in the past tense, if no date told as still to come precedes it.
  let past: DateMention | undefined;
  let future: DateMention | undefined;
  for (const d of days) {
    // `продлил до 28 февраля`, `по состоянию на 1 января`: a deadline or a cut-off, not when it happened.
    if (DEADLINE_BEFORE.test(article.text.slice(Math.max(0, d.start - 12), d.start))) continue;
    const tense = around.tenseNear(d);
    if (tense === 'past' && (!past || d.value > past.value)) past = d;
    if (tense === 'non-past' && (!future || d.value < future.value)) future = d;
  }
  if (past && (!future || future.value >= past.value)) {
    const clause = around.clauseAround(past.start, past.end);
    return decide({ date: past.value, evidence: `${quote(article, clause)}: the latest date told in the past tense`, source: { start: past.start, end: past.end }, confidence: 'medium' });
  }

  // 4. (corpusInference) A `сегодня` clause that tells the same event as a dated clause elsewhere in the corpus.
  const clauses = relatives.map(({ mention, offset }): RelativeClause => {
    const span = around.clauseAround(mention.start, mention.end);
    return { mention, offset, span, keys: around.clauseKeys(span) };
  });
  return { relatives: clauses, readMedian, ...withFallback(weakestDate(article, around, days, past, future)) };
}

const withFallback = (fallback: InferredDate | undefined): { fallback?: InferredDate } => (fallback ? { fallback } : {});

/** 5. Weakest: a date told as still to come (`7 января продолжит`) — published by then. */
function weakestDate(article: Article, around: DateContext, days: readonly DateMention[], past: DateMention | undefined, future: DateMention | undefined): InferredDate | undefined {
  if (future) {
    const clause = around.clauseAround(future.start, future.end);
    return { date: future.value, evidence: `${quote(article, clause)}: the earliest date told as still to come`, source: { start: future.start, end: future.end }, confidence: 'low' };
  }
  if (past) {
    return { date: past.value, evidence: `${quote(article, around.clauseAround(past.start, past.end))}: the latest date told in the past tense`, source: { start: past.start, end: past.end }, confidence: 'low' };
  }
  if (days.length) {
    const latest = days.reduce((a, b) => (b.value > a.value ? b : a));
    return { date: latest.value, evidence: `${quote(article, around.clauseAround(latest.start, latest.end))}: the latest date the text names`, source: { start: latest.start, end: latest.end }, confidence: 'low' };
  }
  return undefined;
}

const DEADLINE_BEFORE = /(?:^|[^\p{L}])(?:до|по|(?<!(?:ночь|ніч)\s+)на|к|ко)\s+$/iu;

const MAX_RELATIVES = 50;

const RELATIVE_OFFSET = new Map<string, number>([
  ['сегодня', 0], ['сьогодні', 0], ['завтра', 1], ['вчера', -1], ['вчора', -1], ['учора', -1],
  ['позавчера', -2], ['позавчора', -2], ['послезавтра', 2], ['післязавтра', 2], ['накануне', -1], ['напередодні', -1],
]);

/** Shared keys needed for a clause match, and the weight they must reach. */
const MIN_SHARED = 2;
const MIN_WEIGHT = 3;

function matchCorpus(article: Pick<Article, 'path' | 'text'>, relatives: readonly RelativeClause[], corpus: DateCorpus): InferredDate | undefined {
  if (!corpus.clauses.length) return undefined;
  const n = corpus.clauses.length;
  let best: { weight: number; shared: number; clause: DatedClause; mention: DateMention; offset: number; span: Span } | undefined;
  for (const { mention, offset, span, keys } of relatives) {
    const weights = new Map<number, { weight: number; shared: number }>();
    for (const key of keys) {
      const list = corpus.index.get(key);
      if (!list || list.length > MAX_POSTINGS) continue;
      const idf = Math.log(1 + n / list.length);
      for (const id of list) {
        if (corpus.clauses[id].doc === article.path) continue;
        const w = weights.get(id) ?? { weight: 0, shared: 0 };
        w.weight += idf;
        w.shared++;
        weights.set(id, w);
      }
    }
    for (const [id, w] of weights) {
      if (w.shared < MIN_SHARED || w.weight < MIN_WEIGHT) continue;
      if (!best || w.weight > best.weight) best = { ...w, clause: corpus.clauses[id], mention, offset, span };
    }
  }
  if (!best) return undefined;
  const date = addDays(best.clause.date, -best.offset) as string;
  return {
    date,
    evidence: `${quote(article, best.span)} tells what ${best.clause.doc} dates ${best.clause.date}; «${best.mention.text}» is then ${date}`,
    source: { start: best.mention.start, end: best.mention.end },
    matched: { doc: best.clause.doc, start: best.clause.start, end: best.clause.end },
    confidence: 'medium',
  };
}

export interface ArticleDates {
  /** The header date, else the inferred one. */
  date?: string;
  /** Set when the date was inferred rather than read from the header. */
  inferred?: InferredDate;
  mentions: DateMention[];
}

/**
 * The per-article steps of corpusDates, each a function of its arguments alone: an incremental build passes steps
 * that keep their results (src/core/incremental/articleStages.ts).
 */
export interface DateSteps<A extends IndexedArticle> {
  clauses(article: A, mid: string | undefined): ArticleClauses;
  corpus(dates: string[], mid: string | undefined, perArticle: readonly ArticleClauses[]): DateCorpus;
  infer(article: A, corpus: DateCorpus): TracedInference;
  mentions(article: A, date: string | undefined, corpusDate: string | undefined): DateMention[];
}

const DIRECT_DATE_STEPS: DateSteps<Article> = {
  clauses: articleClauses,
  corpus: clauseCorpus,
  infer: tracedInference,
  mentions: (article, date, corpusDate) => findDates(article, date, corpusDate ? { corpusDate } : {}),
};

/**
 * Everything about dates for a whole corpus in one call: each article's date (header
 * or inferred, with evidence) and its DATE mentions resolved against it. Linear.
 */
export function corpusDates(articles: readonly Article[]): Map<string, ArticleDates> {
  return corpusDatesBy(articles, DIRECT_DATE_STEPS);
}

/** corpusDates with its per-article steps given. */
export function corpusDatesBy<A extends IndexedArticle>(articles: readonly A[], steps: DateSteps<A>): Map<string, ArticleDates> {
  const dates = headerDates(articles);
  const headerMedian = median(dates);
  const perArticle = articles.map((a) => steps.clauses(a, headerMedian));
  let corpus = steps.corpus(dates, headerMedian, perArticle);
  const inferredDates = new Map<string, InferredDate>();
  const inferAll = (): void => {
    for (const article of articles) {
      if (article.date) continue;
      const { inferred } = steps.infer(article, corpus);
      if (inferred) inferredDates.set(article.path, inferred);
    }
  };
  inferAll();
  if (!corpus.median) {
    // No header dates at all: the well-inferred dates stand for the corpus's, and a second pass uses them.
    const good = [...inferredDates.values()].filter((d) => d.confidence !== 'low').map((d) => d.date).sort();
    const mid = median(good);
    if (mid) {
      corpus = { ...corpus, median: mid };
      inferAll();
    }
  }
  const out = new Map<string, ArticleDates>();
  articles.forEach((article, i) => {
    const inferred = inferredDates.get(article.path);
    const date = article.date ?? inferred?.date;
    // The dated articles' mentions were resolved the same way for the corpus's clauses.
    const mentions = (article.date && corpus.median === headerMedian && perArticle[i].mentions) || steps.mentions(article, date, corpus.median);
    const entry: ArticleDates = { mentions };
    if (date) entry.date = date;
    if (inferred) entry.inferred = inferred;
    out.set(article.path, entry);
  });
  return out;
}

// Kept for callers that count days between two ISO dates (hover cards: "2 days before").
export function daysBetween(from: string, to: string): number | undefined {
  const a = isoDayNumber(from);
  const b = isoDayNumber(to);
  return a === undefined || b === undefined ? undefined : b - a;
}
