// The statistical stage of one article's extraction, after the rules: the tagger proposes PER/LOC/ORG spans, and
// a span it is confident of is added where no rule found anything. The rules keep every span they found (their
// base forms and ids are better informed); the model fills the gaps word lists leave: unknown first names,
// places and organizations no gazetteer holds. Thresholds are in the model's real weight units, chosen by
// leave-one-topic-out runs (see scripts/train.mjs).
import type { ResolvedMentions } from '../extract/overlaps';
import type { PersonMention } from '../extract/people';
import type { PlaceOrgMention } from '../extract/placesOrgs';
import { lookupFirstName } from '../names/firstNames';
import { surnameCandidates } from '../names/nameForms';
import { slug } from '../names/nameKey';
import type { Article, Span } from '../types';
import { activeModel } from './active';
import { articleContext, sequenceOf } from './features';
import { type ModelSpan, type ModelType, tagSequence, type TaggerWeights } from './tagger';

/** The least confidence at which a model span is added, per type. */
export const MODEL_THRESHOLDS: Record<ModelType, number> = { PER: 2, LOC: 2, ORG: 2 };

/** Tokens either side of an uncovered capitalized word that the tagger also reads, so a window has context. */
const WINDOW_MARGIN = 2;

/**
 * Spans the model finds in an article, outside the spans the rules took. Only windows around capitalized words
 * no rule took are tagged: names are capitalized, and the rest of the text would cost time and add nothing.
 */
export function modelSpans(article: Article, weights: TaggerWeights, taken: readonly Span[] = []): ModelSpan[] {
  const { context, paragraphs } = articleContext(article);
  const spans: ModelSpan[] = [];
  for (const tokens of paragraphs) {
    let from = -1;
    let to = -1;
    for (let i = 0; i <= tokens.length; i++) {
      const candidate = i < tokens.length && CAPITALIZED.test(tokens[i].text) && !overlapsAny(taken, tokens[i]);
      if (candidate && from >= 0 && i - WINDOW_MARGIN <= to) to = Math.min(tokens.length, i + WINDOW_MARGIN + 1);
      else if (candidate || i === tokens.length) {
        if (from >= 0) spans.push(...tagSequence(weights, sequenceOf(tokens, from, to, context)));
        from = Math.max(0, i - WINDOW_MARGIN);
        to = Math.min(tokens.length, i + WINDOW_MARGIN + 1);
      }
    }
  }
  return spans;
}

const CAPITALIZED = /^\p{Lu}/u;

/** The rules' mentions plus the model's confident spans that overlap none of them. */
export function withModelMentions(article: Article, rules: ResolvedMentions, weights: TaggerWeights | null = activeModel()): ResolvedMentions {
  if (!weights) return rules;
  const taken = union([...rules.people, ...rules.placesOrgs]);
  const people = [...rules.people];
  const placesOrgs = [...rules.placesOrgs];
  for (const span of modelSpans(article, weights, taken)) {
    if (span.confidence < MODEL_THRESHOLDS[span.type] || overlapsAny(taken, span) || !plausible(article, span)) continue;
    if (span.type === 'PER') people.push(personMention(article, span));
    else placesOrgs.push(placeOrgMention(article, span, span.type));
  }
  if (people.length === rules.people.length && placesOrgs.length === rules.placesOrgs.length) return rules;
  const byStart = (a: Span, b: Span): number => a.start - b.start;
  return { people: people.sort(byStart), placesOrgs: placesOrgs.sort(byStart) };
}

/**
 * A person span needs two capitalized words (a first name and a surname, as the model saw them): one word alone
 * (Брекзита) would enter the corpus's surname list and spread to every bare occurrence. No span may contain a
 * word the article writes in lowercase elsewhere (Вместо Дэвиса at a sentence start).
 */
function plausible(article: Article, span: ModelSpan): boolean {
  const words = span.tokens.filter((t) => t.kind === 'word');
  if (span.type === 'PER' && words.length < 2) return false;
  return words.every((t) => !lowercaseElsewhere(article, t.text));
}

function lowercaseElsewhere(article: Article, word: string): boolean {
  const lower = word.toLowerCase();
  return lower !== word && article.tokens.some((t) => t.text === lower);
}

/** The stretches of text the spans cover, sorted and disjoint (a person may sit inside an organization's name). */
function union(spans: readonly Span[]): Span[] {
  const out: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

/** Does a span overlap any of a sorted, disjoint list? Binary search. */
function overlapsAny(sorted: readonly Span[], span: Span): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo].start < span.end;
}

/**
 * A person from a model span. With a known first name first, the surname's base form follows from the first
 * name's case (Асии Биби → Асия + Биби's nominative); otherwise the words stay as written, since a guess
 * here would become the corpus's spelling of the surname.
 */
function personMention(article: Article, span: ModelSpan): PersonMention {
  const words = span.tokens.filter((t) => t.kind === 'word');
  const text = article.text.slice(span.start, span.end);
  const last = words[words.length - 1]?.text ?? text;
  const reading = words.length > 1 ? lookupFirstName(words[0].text)[0] : undefined;
  if (!reading) return { doc: article.path, start: span.start, end: span.end, text, lemma: text, surname: last };
  const surname = surnameCandidates(last, reading.cases, reading.gender)[0] ?? last;
  const middle = words.slice(1, -1).map((t) => t.text);
  return {
    doc: article.path,
    start: span.start,
    end: span.end,
    text,
    lemma: [reading.lemma, ...middle, surname].join(' '),
    surname,
    first: { lemma: reading.lemma, group: reading.group },
  };
}

/** A place or organization from a model span: its words as written, an id made from them. */
function placeOrgMention(article: Article, span: ModelSpan, type: 'LOC' | 'ORG'): PlaceOrgMention {
  const text = article.text.slice(span.start, span.end);
  return { doc: article.path, start: span.start, end: span.end, type, text, lemma: text, entity: `${type.toLowerCase()}:${slug(text)}`, lang: article.lang };
}
