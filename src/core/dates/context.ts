// What the inference of an article's date reads around its dates: the clause a date stands in, that clause's
// content keys and verb tenses, whether its sentence is an imprint and its line a dateline. Each is worked out
// once per clause, sentence or line and kept for the article's other dates: an article with thousands of dates in
// one sentence would otherwise rescan that sentence for every date (quadratic: 4,000 dates took 21 s).

import type { Article, Span } from '../types';
import { firstStartingFrom } from '../util/spans';
import { dateTokensIn } from './articleTokens';

/** The span of a sorted, non-overlapping list that holds [start, end): binary search, so per-mention work stays logarithmic. */
export function containing<T extends Span>(spans: readonly T[], start: number, end: number): T | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (s.end < end) lo = mid + 1;
    else if (s.start > start) hi = mid - 1;
    else return s.start <= start && end <= s.end ? s : undefined;
  }
  return undefined;
}

export type Tense = 'past' | 'non-past';

/** A verb form of a clause, where it stands and its tense. */
interface Verb extends Span {
  tense: Tense;
}

/** Where clauses break: , ; : ( ) – —. */
const isClauseBreak = (code: number): boolean =>
  code < 0x2013 ? code === 0x2c || code === 0x3b || code === 0x3a || code === 0x28 || code === 0x29 : code === 0x2013 || code === 0x2014;
/** A clause shorter than this (`сегодня и завтра`) says nothing: the sentence stands for it. */
const MIN_CLAUSE = 25;

const KEY_LENGTH = 5;
const STOP_KEYS = new Set(
  'также after после котор котор которы этого этому этой более однак однако тому через время всего своей свого сообщ заявил заяви заявив зазна повідо говор сказа кроме крім також якого якому після перед между между'.split(' '),
);

// Tense of the clause a date stands in: past (`6 января встретилась`) or not (`7 января продолжит`).
const PAST = /^[\p{L}']{2,}(?:[аеиоуыяюі]л(?:а|о|и)?|[аиуяо]в)(?:ся|сь)?$/u;
const NON_PAST = /^[\p{L}']{2,}(?:ет|ит|ут|ют|ат|ят|ть|уть|ють|ить|ать|ять)(?:ся)?$|^(?:будет|будут|буде|будуть|станет|стане)$/u;
const NOT_VERBS = new Set(
  'если или были недели неделю земли модели цели роли мысли доли воли дела числа села стола сила начала правила ' +
  'бюджет совет кредит визит ответ предмет объект проект кабинет пакет лимит элит могут хотят ' +
  'мали більш дали далі після коли тоді весь опять нет лет свет ' +
  'часть власть область честь связь сеть путь радость ' +
  'участь влада влади'.split(' '),
);

/** A media registration or copyright imprint (`Свидетельство о регистрации СМИ … от 06 июня 2012 года`): not news. */
const IMPRINT = /свидетельств|свідоцтв|зарегистрир|зареєстр|ФС\s?77|©|copyright/i;

const TIME = /^[\s,—–-]*\d{1,2}:\d{2}\b/;
const TIME_BEFORE = /\b\d{1,2}:\d{2}[\s,—–-]*$/;

const spanKey = (span: Span): string => `${span.start}:${span.end}`;

/** One article's date surroundings; made for one pass over its dates, so nothing outlives the build. */
export class DateContext {
  /** Offsets of the clause breaks by sentence (its start), ascending. */
  private readonly breaksBySentence = new Map<number, number[]>();
  private readonly keysByClause = new Map<string, string[]>();
  private readonly verbsByClause = new Map<string, Verb[]>();
  private readonly imprintBySentence = new Map<number, boolean>();
  /** A line's length without spaces, commas and dots. */
  private readonly inkByLine = new Map<number, number>();

  constructor(private readonly article: Article) {}

  /** The clause around [start, end) inside its sentence: cut at commas, dashes, colons, brackets. */
  clauseAround(start: number, end: number): Span {
    const sentence = containing(this.article.sentences, start, end);
    if (!sentence) return { start, end };
    const breaks = this.breaksIn(sentence);
    const previous = firstAtOrAfter(breaks, start) - 1;
    const next = firstAtOrAfter(breaks, end);
    const a = previous >= 0 ? breaks[previous] + 1 : sentence.start;
    const b = next < breaks.length ? breaks[next] : sentence.end;
    return b - a < MIN_CLAUSE ? sentence : { start: a, end: b };
  }

  /** Content keys of a stretch of text: first letters of its longer words, minus date words. */
  clauseKeys(span: Span): string[] {
    const id = spanKey(span);
    let keys = this.keysByClause.get(id);
    if (!keys) {
      const set = new Set<string>();
      for (const t of dateTokensIn(this.article, span)) {
        if (t.kind !== 'word' || t.w.length < 4) continue;
        const key = t.w.slice(0, KEY_LENGTH);
        if (!STOP_KEYS.has(key)) set.add(key);
      }
      keys = [...set];
      this.keysByClause.set(id, keys);
    }
    return keys;
  }

  /** The tense of the verb nearest the date in its clause (the earlier one on a tie). */
  tenseNear(mention: Span): Tense | undefined {
    const verbs = this.verbsIn(this.clauseAround(mention.start, mention.end));
    // Verbs are in text order: the nearest is the last one starting before the date's end or the first one after.
    const k = firstStartingFrom(verbs, mention.end);
    const before = verbs[k - 1];
    const after = verbs[k];
    if (!before || !after) return (before ?? after)?.tense;
    return after.start - mention.end < mention.start - before.end ? after.tense : before.tense;
  }

  /** Whether the date's sentence is a media registration or copyright imprint. */
  isImprint(span: Span): boolean {
    const sentence = containing(this.article.sentences, span.start, span.end);
    if (!sentence) return false;
    let imprint = this.imprintBySentence.get(sentence.start);
    if (imprint === undefined) {
      imprint = IMPRINT.test(this.article.text.slice(sentence.start, sentence.end));
      this.imprintBySentence.set(sentence.start, imprint);
    }
    return imprint;
  }

  /** `30 декабря 2020, 15:13`, `04:42 27.12.2020`, or a line that is only the date. */
  isDateline(d: Span): boolean {
    const { text } = this.article;
    const line = containing(this.article.paragraphs, d.start, d.end);
    if (!line) return false;
    const before = text.slice(Math.max(line.start, d.start - 12), d.start);
    const after = text.slice(d.end, Math.min(line.end, d.end + 12));
    if (TIME.test(after) || TIME_BEFORE.test(before)) return true;
    // `РИА Новости, 07.12.2020`, `Обновлено: 14.10.2020`: a short lead-in at the start of a line.
    if (d.start - line.start <= 30 && /[,:—–-]\s*$/.test(text.slice(line.start, d.start)) && /^[\s.,;:)]*$/.test(text.slice(d.end, Math.min(line.end, d.end + 3)))) {
      return true;
    }
    let ink = this.inkByLine.get(line.start);
    if (ink === undefined) {
      ink = text.slice(line.start, line.end).replace(/[\s,.]/g, '').length;
      this.inkByLine.set(line.start, ink);
    }
    return ink <= d.end - d.start + 2;
  }

  private breaksIn(sentence: Span): number[] {
    let breaks = this.breaksBySentence.get(sentence.start);
    if (!breaks) {
      breaks = [];
      const { text } = this.article;
      for (let i = sentence.start; i < sentence.end; i++) if (isClauseBreak(text.charCodeAt(i))) breaks.push(i);
      this.breaksBySentence.set(sentence.start, breaks);
    }
    return breaks;
  }

  /** The clause's verb forms with their tense, in text order. */
  private verbsIn(clause: Span): Verb[] {
    const id = spanKey(clause);
    let verbs = this.verbsByClause.get(id);
    if (!verbs) {
      verbs = [];
      for (const t of dateTokensIn(this.article, clause)) {
        if (t.kind !== 'word' || t.w.length < 4 || NOT_VERBS.has(t.w) || /^\p{Lu}/u.test(t.text)) continue;
        const tense = PAST.test(t.w) ? 'past' : NON_PAST.test(t.w) ? 'non-past' : undefined;
        if (tense) verbs.push({ start: t.start, end: t.end, tense });
      }
      this.verbsByClause.set(id, verbs);
    }
    return verbs;
  }
}

/** Index of the first offset at or after `offset` in an ascending list (binary search). */
function firstAtOrAfter(offsets: readonly number[], offset: number): number {
  let lo = 0;
  let hi = offsets.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (offsets[mid] < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
