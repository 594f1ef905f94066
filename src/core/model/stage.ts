// The statistical stage of one article's extraction, after the rules: the tagger proposes PER/LOC/ORG spans, and
// a span it is confident of is added where no rule found anything. The rules keep every span they found (their
// base forms and ids are better informed); the model fills the gaps word lists leave: people with first names no
// list holds, places no gazetteer holds. Thresholds are in the model's real weight units, chosen by
// leave-one-topic-out runs (scripts/loto.mjs).
import type { ResolvedMentions } from '../extract/overlaps';
import { type PersonMention, readUnknownPair } from '../extract/people';
import type { PlaceOrgMention } from '../extract/placesOrgs';
import { mayBePlace } from '../extract/contextPlaces';
import { FUNCTION_WORDS } from '../lexicon/functionWords';
import { isRoleWord } from '../names/context';
import { lookupFirstName } from '../names/firstNames';
import { surnameCandidates } from '../names/nameForms';
import { slug } from '../names/nameKey';
import { foldCase } from '../text/fold';
import { insideQuotedName } from '../text/quotes';
import { writtenInLowercase } from '../text/lowercaseWords';
import type { Article, Span, Token } from '../types';
import { activeModel } from './active';
import { emissionsOf, featureContext, paragraphRanges } from './features';
import { type IntegerWeights, LABEL_COUNT, type ModelSpan, type ModelType, tagEmissions } from './tagger';
import { disjointUnion, indexStartingAt, overlapsDisjoint } from '../util/spans';

/**
 * The least confidence at which a model span is added, per type, from leave-one-topic-out runs over the six
 * bsnlp-train topics (thresholds 10, 25, 35, 50): people at 50 gain up to 15 points of PER F1 where the rules
 * miss unknown first names (asia_bibi, ryanair) and lose at most 0.5 elsewhere (at 35 and below covid-19 loses
 * more); places at 10 gain on five topics of six and lose at most 0.1; organizations lowered ORG F1 at every
 * threshold, so the model proposes none.
 */
export const MODEL_THRESHOLDS: Record<ModelType, number> = { PER: 50, LOC: 10, ORG: Infinity };

/** Tokens either side of an uncovered capitalized word that the tagger also reads, so a window has context. */
const WINDOW_MARGIN = 1;

/**
 * Spans the model finds in an article, outside the spans the rules took. Only windows around capitalized words
 * no rule took, and that the article does not also write in lowercase, are tagged: names are capitalized, and the
 * rest of the text would cost time and add nothing the stage keeps. A line without lowercase words is no prose
 * (a page's menu: Отмена Отправить, Реклама Разжигание) and is skipped.
 */
export function modelSpans(article: Article, weights: IntegerWeights, taken: readonly Span[] = []): ModelSpan[] {
  return tagArticle(article, weights, taken).spans;
}

function tagArticle(article: Article, weights: IntegerWeights, taken: readonly Span[]): { spans: ModelSpan[]; lowerSeen: ReadonlySet<string> } {
  const context = featureContext(article);
  const ranges = paragraphRanges(article);
  const spans: ModelSpan[] = [];
  for (let r = 0; r < ranges.length; r += 2) {
    const lo = ranges[r];
    const hi = ranges[r + 1];
    // Read in article.tokens: most paragraphs have no candidate, and are never copied.
    const first = firstCandidate(article.tokens, lo, hi, context.lowerSeen, taken);
    if (first < 0 || !isProse(article.tokens, lo, hi)) continue;
    const tokens = article.tokens.slice(lo, hi);
    let from = -1;
    let to = -1;
    // No window opens before the first candidate.
    for (let i = first - lo; i <= tokens.length; i++) {
      const candidate = i < tokens.length && isUntakenCandidate(tokens[i], context.lowerSeen, taken);
      if (candidate && from >= 0 && i - WINDOW_MARGIN <= to) to = Math.min(tokens.length, i + WINDOW_MARGIN + 1);
      else if (candidate || i === tokens.length) {
        if (from >= 0) for (const span of tagEmissions(weights, tokens.slice(from, to), emissionsOf(weights, tokens, from, to, context, emissionTable(to - from)))) spans.push(span);
        from = Math.max(0, i - WINDOW_MARGIN);
        to = Math.min(tokens.length, i + WINDOW_MARGIN + 1);
      }
    }
  }
  return { spans, lowerSeen: context.lowerSeen };
}

/** Does tokens[lo, hi) hold a word longer than two letters written in lowercase (is it prose, not a menu)? */
function isProse(tokens: readonly Token[], lo: number, hi: number): boolean {
  for (let i = lo; i < hi; i++) if (tokens[i].kind === 'word' && tokens[i].text.length > 2 && writtenInLowercase(tokens[i].text)) return true;
  return false;
}

/** The index of the first untaken candidate in tokens[lo, hi), or -1. */
function firstCandidate(tokens: readonly Token[], lo: number, hi: number, lowerSeen: ReadonlySet<string>, taken: readonly Span[]): number {
  for (let i = lo; i < hi; i++) if (isUntakenCandidate(tokens[i], lowerSeen, taken)) return i;
  return -1;
}

/** A candidate (isCandidate) no rule took; the span test before isCandidate's lowercase copy, and after its cheap first-code test. */
const isUntakenCandidate = (t: Token, lowerSeen: ReadonlySet<string>, taken: readonly Span[]): boolean =>
  opensWithCyrillicCapital(t.text) && !overlapsDisjoint(taken, t) && isCandidate(t, lowerSeen);

let emissions = new Float64Array(0);

/** The emission scores of a window of n tokens go here: one table for every window, not one allocation each. */
function emissionTable(n: number): Float64Array {
  if (emissions.length < n * LABEL_COUNT) emissions = new Float64Array(Math.max(n * LABEL_COUNT, 2 * emissions.length));
  return emissions;
}

/** A word that may open or hold a span the stage would keep (see plausible): capitalized Cyrillic, not a common word. */
const isCandidate = (t: Token, lowerSeen: ReadonlySet<string>): boolean => opensWithCyrillicCapital(t.text) && !lowerSeen.has(t.text.toLowerCase());

/** /^[А-ЯЁІЇЄҐ]/ read from the first code: the stage asks it of every token of every article. */
function opensWithCyrillicCapital(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 0x410 && c <= 0x42f) || c === 0x401 || c === 0x404 || c === 0x406 || c === 0x407 || c === 0x490;
}

/** The rules' mentions plus the model's confident spans that overlap none of them. */
export function withModelMentions(article: Article, rules: ResolvedMentions, weights: IntegerWeights | null = activeModel()): ResolvedMentions {
  if (!weights) return rules;
  const taken = disjointUnion([...rules.people, ...rules.placesOrgs]);
  const people = [...rules.people];
  const placesOrgs = [...rules.placesOrgs];
  const { spans, lowerSeen } = tagArticle(article, weights, taken);
  // Made only for an article with a span confident enough to be kept: most have none.
  let sentenceStarts: Set<number> | undefined;
  let nameHeads: Set<string> | undefined;
  for (const span of spans) {
    if (span.confidence < MODEL_THRESHOLDS[span.type] || overlapsDisjoint(taken, span) || !plausible(span, lowerSeen)) continue;
    nameHeads ??= namesOpenedBy(article, rules.placesOrgs);
    if (span.tokens.length === 1 && nameHeads.has(foldCase(span.tokens[0].text))) continue;
    if (span.type === 'LOC' && span.tokens.length === 1 && !mayBePlace(article, span.tokens[0])) continue;
    if (span.type === 'PER') {
      if (quotedName(article, span)) continue;
      sentenceStarts ??= new Set(article.sentences.map((s) => s.start));
      const person = personMention(article, span, sentenceStarts);
      if (person) people.push(person);
    } else placesOrgs.push(placeOrgMention(article, span, span.type));
  }
  if (people.length === rules.people.length && placesOrgs.length === rules.placesOrgs.length) return rules;
  const byStart = (a: Span, b: Span): number => a.start - b.start;
  return { people: people.sort(byStart), placesOrgs: placesOrgs.sort(byStart) };
}

/** Is the span inside a quoted company or title name ("ОМВ Газ Маркетинг Трейдинг энд Финанс Б.В.")? */
function quotedName(article: Article, span: ModelSpan): boolean {
  const first = indexStartingAt(article.tokens, span.start);
  return first !== undefined && insideQuotedName(article.tokens, first, first + span.tokens.length - 1);
}

/**
 * The first words of the longer place and organization names the rules found in the article, folded: the same
 * word alone elsewhere in the article is that name cut short (руководителя Офиса … советник Офиса Президента),
 * not a place or person of its own, and the model, seeing one capitalized word, would guess a place.
 */
function namesOpenedBy(article: Article, placesOrgs: readonly PlaceOrgMention[]): Set<string> {
  const heads = new Set<string>();
  for (const m of placesOrgs) {
    const words = article.text.slice(m.start, m.end).split(/[\s\u00a0]+/u);
    if (words.length > 1) heads.add(foldCase(words[0]));
  }
  return heads;
}

/**
 * A span of capitalized Cyrillic words only (not Ryanair скасувала, Загалом 400), none of which the article
 * writes in lowercase elsewhere (Вместо Дэвиса at a sentence start). Latin words in Russian and Ukrainian news
 * are mostly brands, unions and projects (Wizz Air, Vereinigung Cockpit, Nord Stream) that a model never shown
 * them takes for places or people. A place does not open with a first name (Кенни Джейкобс), and one word with
 * an adjective's ending is an adjective (Парижскую декларацию), not a place. A person's name has no word after
 * the first with an abstract noun's ending (the first may be a first name: Патриция).
 */
export function plausible(span: ModelSpan, lowerSeen: ReadonlySet<string>): boolean {
  const capitalizedCyrillic = span.tokens.every((t) => t.kind === 'punct' || (t.kind === 'word' && isCandidate(t, lowerSeen)));
  if (capitalizedCyrillic && span.type === 'PER') return opensName(span.tokens[0]) && !span.tokens.slice(1).some((t) => ABSTRACT_NOUN_ENDING.test(t.text));
  if (!capitalizedCyrillic || span.type !== 'LOC') return capitalizedCyrillic;
  if (span.tokens.length === 1) return !ADJECTIVE_ENDING.test(span.tokens[0].text);
  return lookupFirstName(span.tokens[0].text).length === 0;
}

/**
 * A word a person's name may open with: not a function word opening a sentence whose full stop was lost (Водночас
 * Мей), nor a title (Папой Римский: the title and its epithet; after a title the rules read the name themselves).
 */
const opensName = (t: Token): boolean => !FUNCTION_WORDS.has(t.text.toLowerCase()) && !isRoleWord(t.text);

/** Adjective endings no place name in the nominative or an oblique case has (-ая is left out: Китая, Парагвая). */
const ADJECTIVE_ENDING = /(?:[ыи]й|ую|юю|ое|ее|ые|ие|ых|их|ого|его|ому|ему|ыми|ими|ськ[аоуиі]\S*|цьк[аоуиі]\S*)$/;

/**
 * Endings of abstract and institutional nouns, which no person's name has: a page's menu or a form's fields
 * (Флуд Нарушение, Реклама Разжигание, Телефон Редакции) are capitalized word pairs the model takes for names.
 */
const ABSTRACT_NOUN_ENDING = /(?:ние|нием|нию|ння|нню|ност[ьи]|ство|ства|ству|ции|ция|цию|цией|ції|ція|цію)$/;


/**
 * A person from a model span. A sentence-initial word that is no known first name is left out (Вместо Дэвиса,
 * Разногласия Мэй: the model reads capitals, and a sentence's first word has one). The surname's base form follows
 * from the first name's case (Марией Захаровой → Мария Захарова), a first name no list knows read in the case
 * its surname's form agrees with (Шейлеша Вару → Шейлеш Вара), as the rules read one, and its middle words in that case
 * (Хадима Хуссейна Ризви → Хадим Хуссейн Ризви); beside a known first name middle words stay as written. A name opening with a lowercase particle or an initial is left to the rules. One word alone is no person here (Брекзита): it would enter the corpus's surname list
 * and spread to every bare occurrence (one Nord Stream read as a person made Stream one 174 times).
 */
function personMention(article: Article, span: ModelSpan, sentenceStarts: ReadonlySet<number>): PersonMention | undefined {
  let words = span.tokens.filter((t) => t.kind === 'word');
  if (sentenceStarts.has(words[0].start) && lookupFirstName(words[0].text).length === 0) words = words.slice(1);
  if (words.length < 2 || !NAME_WORD.test(words[0].text)) return undefined;
  const start = words[0].start;
  const end = span.end;
  const text = article.text.slice(start, end);
  const last = words[words.length - 1].text;
  const known = lookupFirstName(words[0].text)[0];
  const written = words.slice(1, -1).map((t) => t.text);
  // A first name no list knows is read as the rules read one: in the case its surname's form agrees with.
  const pair = known ? { first: known, middles: written, surname: surnameCandidates(last, known.cases, known.gender)[0] ?? last } : readUnknownPair(words[0].text, last, written);
  if (!pair) return undefined;
  const { first, middles, surname } = pair;
  return { doc: article.path, start, end, text, lemma: [first.lemma, ...middles, surname].join(' '), surname, first: { lemma: first.lemma, group: first.group } };
}

/** A name's first word: capitalized, no initial (the rules read initials, and leave them alone for a reason: Н. Ф. Гамалеи). */
const NAME_WORD = /^\p{Lu}\p{Ll}/u;

/** A place or organization from a model span: its words as written, an id made from them. */
function placeOrgMention(article: Article, span: ModelSpan, type: 'LOC' | 'ORG'): PlaceOrgMention {
  const text = article.text.slice(span.start, span.end);
  return { doc: article.path, start: span.start, end: span.end, type, text, lemma: text, entity: `${type.toLowerCase()}:${slug(text)}`, lang: article.lang, guessed: true };
}
