// What the tagger sees of a token: its own form (lowercase, shape, prefix, suffixes), its neighbours, where it
// stands in the sentence, and what the project's word lists and name morphology say about it (a known first
// name, a title word, a word of a place or organization name, a surname ending). Each feature is a string,
// hashed into a fixed table of weight rows, so the model has no vocabulary to ship.
import { ORGANIZATIONS, ORG_NOUNS_RU, ORG_NOUNS_UK } from '../lexicon/organizations';
import { PLACES } from '../lexicon/places';
import { NOT_SURNAMES } from '../lexicon/notSurnames';
import { isPlaceLikeFolded, isSpeechVerb, PLACE_NOUN, roleNounOfFolded } from '../names/context';
import { lookupFolded } from '../names/firstNames';
import { patronymicLemma } from '../names/nameForms';
import { foldLowercase } from '../text/fold';
import { lowercaseWords } from '../text/lowercaseWords';
import { WordClasses } from '../extract/wordClasses';
import type { Article, Token } from '../types';
import { type IntegerWeights, LABEL_COUNT } from './tagger';

/** One run of tokens the tagger labels as a whole: a paragraph's tokens. */
export interface TokenSequence {
  tokens: Token[];
  /** Hashed feature ids of each token (see hashFeature). */
  features: Uint32Array[];
}

/** Words that open a place or an organization name in the gazetteers, lowercased; and their 5-letter prefixes. */
interface NameWords {
  exact: Set<string>;
  prefixes: Set<string>;
}

const PREFIX = 5;
const prefixOf = (w: string): string => (w.length > PREFIX ? w.slice(0, PREFIX) : w);

/** The words of a gazetteer (`id|ru names;…|uk names;…`), flags and irregular forms stripped. */
function gazetteerWords(lexicon: string, extra = ''): NameWords {
  const exact = new Set<string>();
  for (const line of lexicon.split('\n')) {
    if (!line.includes('|') || line.startsWith('#')) continue;
    const names = line.split('|').slice(1).join(';');
    for (const name of names.split(';')) {
      for (const word of name.replace(/\/[^;|]*/g, '').replace(/^[!=%+*]+/, '').split(/\s+/)) {
        const w = word.replace(/^[!=%+*]+/, '').toLowerCase();
        if (w.length > 1 && /\p{L}/u.test(w)) exact.add(w);
      }
    }
  }
  for (const w of extra.split(/\s+/)) if (w) exact.add(w.toLowerCase());
  return { exact, prefixes: new Set([...exact].map(prefixOf)) };
}

// The word lists of the hints, one bit each: one look-up of the word and one of its prefix answer all of them.
const LOC_WORD = 1;
const ORG_WORD = 2;
const NOT_SURNAME = 4;
const LOC_PREFIX = 1;
const ORG_PREFIX = 2;
const ORG_NOUN = 4;

/** The lowercase words in the lists (LOC_WORD, ORG_WORD, NOT_SURNAME), and the prefixes (prefixOf) of their words. */
let listed: { words: WordClasses; prefixes: WordClasses } | undefined;

function listedWords(): { words: WordClasses; prefixes: WordClasses } {
  if (!listed) {
    const places = gazetteerWords(PLACES);
    const organizations = gazetteerWords(ORGANIZATIONS);
    // The organization head nouns (партия, компания) by prefix, so inflected forms match too.
    const orgNouns = `${ORG_NOUNS_RU} ${ORG_NOUNS_UK}`.split(/\s+/).filter(Boolean).map(prefixOf);
    listed = {
      words: new WordClasses().add(places.exact, LOC_WORD).add(organizations.exact, ORG_WORD).add(NOT_SURNAMES, NOT_SURNAME),
      prefixes: new WordClasses().add(places.prefixes, LOC_PREFIX).add(organizations.prefixes, ORG_PREFIX).add(orgNouns, ORG_NOUN),
    };
  }
  return listed;
}

/** A coarse picture of the characters: Xx for a capitalized word, X for all caps, d for digits; runs collapsed. */
export function wordShape(text: string): string {
  let shape = '';
  let last = '';
  let beforeLast = '';
  // Only the first six characters of the shape are kept, and later ones never change them.
  for (let i = 0; i < text.length && shape.length < 6; i++) {
    const code = text.charCodeAt(i);
    let c = shapeOfCode(code);
    if (c === undefined) {
      // A character of two code units (a surrogate pair) is read whole, as for..of would read it.
      const next = text.charCodeAt(i + 1);
      const width = code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
      c = shapeOfCharacter(text.slice(i, i + width));
      i += width - 1;
    }
    if (shape.length < 2 || c !== last || c !== beforeLast) {
      shape += c;
      beforeLast = last;
      last = c;
    }
  }
  return shape;
}

/** A code unit's place in a shape, for Latin and the Cyrillic letters of Russian and Ukrainian, and ASCII; else undefined. */
function shapeOfCode(c: number): string | undefined {
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x400 && c <= 0x42f)) return 'X';
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x430 && c <= 0x45f)) return 'x';
  if (c < 0x80) return c >= 0x30 && c <= 0x39 ? 'd' : c === 0x2d ? '-' : c === 0x27 ? "'" : '.';
  return undefined;
}

/** Any other character's place in a shape, by its case. */
function shapeOfCharacter(ch: string): string {
  const upper = ch.toUpperCase();
  const lower = ch.toLowerCase();
  return upper !== lower ? (ch === upper ? 'X' : 'x') : ch === '’' ? ch : '.';
}

const SURNAME_ENDING = /(?:ов|ев|ёв|ин|ын|ский|цкий|ська|цька|ская|цкая|енко|ук|юк|чук|ич|швили|дзе|ян|янц|ова|ева|іна|ина)(?:а|у|ым|ом|им|ой|ою|ої|ому|ого|е|і|ий|им)?$/;
const LATIN = /^[A-Za-z]/;

/** The lexicon and morphology hints for one word form (text, and lower, its lowercase). */
function lexiconHints(text: string, lower: string): HintHashes[] {
  const { words, prefixes } = listedWords();
  const hints: HintHashes[] = [];
  // Each form is asked about once, and most (lowercase words beside a name) are words no rule asks about: the
  // lists are read by one folded key, their answers not kept.
  const folded = foldLowercase(lower);
  const first = lookupFolded(text, folded);
  if (first.length > 0) hints.push(first.some((f) => f.cases.includes('nom')) ? HINT.fnNom : HINT.fnObl);
  if (roleNounOfFolded(folded)?.marksName) hints.push(HINT.role);
  if (isSpeechVerb(lower)) hints.push(HINT.speech);
  if (isPlaceLikeFolded(folded)) hints.push(HINT.placelike);
  if (PLACE_NOUN.test(lower)) hints.push(HINT.placenoun);
  const word = words.of(lower);
  const prefix = prefixes.of(prefixOf(lower));
  if (lower.length >= 4 && prefix & ORG_NOUN) hints.push(HINT.orgnoun);
  if (word & LOC_WORD) hints.push(HINT.locWord);
  else if (prefix & LOC_PREFIX) hints.push(HINT.locPrefix);
  if (word & ORG_WORD) hints.push(HINT.orgWord);
  else if (prefix & ORG_PREFIX) hints.push(HINT.orgPrefix);
  if (word & NOT_SURNAME) hints.push(HINT.notsurname);
  if (SURNAME_ENDING.test(lower)) hints.push(HINT.surnameEnding);
  if (patronymicLemma(text)) hints.push(HINT.patronymic);
  if (LATIN.test(text)) hints.push(HINT.latin);
  return hints;
}

/** 32-bit FNV-1a of a feature string: the row of the weight table is this modulo its size. */
export function hashFeature(feature: string): number {
  return hashOn(0x811c9dc5, feature);
}

/**
 * FNV-1a continued over text[from, to): hashOn(hashFeature(a), b) is hashFeature(a + b), so a feature made of a
 * name and a word is hashed without building its string.
 */
function hashOn(h: number, text: string, from = 0, to = text.length): number {
  for (let i = from; i < to; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The hashes of the feature names a word form's features start with (`w=`, `sh=`, …). */
const NAME = Object.fromEntries(['w', 'sh', 's2', 's3', 's4', 'p3', 'pw', 'psh', 'ps3', 'nw', 'nsh', 'ns3', 'p2w', 'n2w', 'sh|nsh', 'psh|sh', 'init|sh'].map((n) => [n, hashFeature(`${n}=`)]));

/** Per lexicon hint: the hashes of its features (`h=…`, `ph=…`, `nh=…`) and of `h|sh=…|`, which the shape completes. */
interface HintHashes {
  own: number;
  withShape: number;
  asPrev: number;
  asNext: number;
}

function hashesOfHint(hint: string): HintHashes {
  return { own: hashFeature(`h=${hint}`), withShape: hashFeature(`h|sh=${hint}|`), asPrev: hashFeature(`ph=${hint}`), asNext: hashFeature(`nh=${hint}`) };
}

/** The hints lexiconHints gives, by the names their features carry. */
const HINT = {
  fnNom: hashesOfHint('fn:nom'),
  fnObl: hashesOfHint('fn:obl'),
  role: hashesOfHint('role'),
  speech: hashesOfHint('speech'),
  placelike: hashesOfHint('placelike'),
  placenoun: hashesOfHint('placenoun'),
  orgnoun: hashesOfHint('orgnoun'),
  locWord: hashesOfHint('loc:word'),
  locPrefix: hashesOfHint('loc:prefix'),
  orgWord: hashesOfHint('org:word'),
  orgPrefix: hashesOfHint('org:prefix'),
  notsurname: hashesOfHint('notsurname'),
  surnameEnding: hashesOfHint('surname-ending'),
  patronymic: hashesOfHint('patronymic'),
  latin: hashesOfHint('latin'),
};

/**
 * What a word form contributes, hashed once per distinct form: its own features, and the features it gives the
 * tokens around it (as the previous word, the next, two before, two after). News repeats its words, so most
 * tokens cost only a cache lookup and a few array copies.
 */
interface FormFeatures {
  lower: string;
  /** The form differs from its lowercase: capitalized, or all caps. */
  hasCapital: boolean;
  shape: string;
  own: number[];
  asPrev: number[];
  asNext: number[];
  asPrev2: number[];
  asNext2: number[];
  /**
   * The hash states of the shape pairs this form opens (`sh|nsh=<shape>|` as the token, `psh|sh=<shape>|` as the
   * previous one), which the next token's shape completes, and the hash of `init|sh=<shape>|`.
   */
  opensPair: number;
  opensPairAsPrev: number;
  initial: number;
  /** The summed weight rows of own, asPrev and asNext (LABEL_COUNT each), for the weights named by rowsOf. */
  rows?: Rows;
  /** The same of asPrev2 and asNext2. */
  distantRows?: Rows;
  rowsOf?: IntegerWeights;
}

const formCache = new Map<string, FormFeatures>();
const MAX_CACHED_FORMS = 200_000;
const NO_HINTS: readonly HintHashes[] = [];

/** The hash state of a `name=<shape>|` feature, which a neighbour's shape completes. */
const withBar = (h: number, shape: string): number => hashOn(hashOn(h, shape), '|');

function formFeatures(token: Token | undefined): FormFeatures {
  const text = token?.text ?? '';
  let f = formCache.get(text);
  if (f) return f;
  const lower = text.toLowerCase();
  const shape = wordShape(text);
  const hints = token?.kind === 'word' ? lexiconHints(text, lower) : NO_HINTS;
  const n = lower.length;
  // Suffixes as lower.slice(-k) takes them: the whole word when it is shorter.
  const s3 = Math.max(0, n - 3);
  f = {
    lower,
    hasCapital: text !== lower,
    shape,
    // The features w=…, sh=…, s2=…, s3=…, s4=…, p3=…, then h=… and h|sh=…|… per hint, in this order.
    own: [hashOn(NAME.w, lower), hashOn(NAME.sh, shape), hashOn(NAME.s2, lower, Math.max(0, n - 2)), hashOn(NAME.s3, lower, s3), hashOn(NAME.s4, lower, Math.max(0, n - 4)), hashOn(NAME.p3, lower, 0, Math.min(3, n))],
    asPrev: [hashOn(NAME.pw, lower), hashOn(NAME.psh, shape), hashOn(NAME.ps3, lower, s3)],
    asNext: [hashOn(NAME.nw, lower), hashOn(NAME.nsh, shape), hashOn(NAME.ns3, lower, s3)],
    asPrev2: [hashOn(NAME.p2w, lower)],
    asNext2: [hashOn(NAME.n2w, lower)],
    opensPair: withBar(NAME['sh|nsh'], shape),
    opensPairAsPrev: withBar(NAME['psh|sh'], shape),
    initial: withBar(NAME['init|sh'], shape),
    rows: undefined,
    distantRows: undefined,
    rowsOf: undefined,
  };
  for (const h of hints) {
    f.own.push(h.own, hashOn(h.withShape, shape));
    f.asPrev.push(h.asPrev);
    f.asNext.push(h.asNext);
  }
  if (formCache.size >= MAX_CACHED_FORMS) formCache.clear();
  formCache.set(text, f);
  return f;
}

/** What the features of a token need of its article beyond its paragraph. */
export interface ArticleContext {
  /** The hash of the article's `lang=…` feature, which every token has. */
  lang: number;
  /** Where the sentence-initial tokens start (a number hashes faster than a token). */
  initialStarts: ReadonlySet<number>;
  /** Word forms the article writes in lowercase: a capitalized one of them is likely a common word. */
  lowerSeen: ReadonlySet<string>;
}

const BIAS = hashFeature('b');
const CAP_ALSO_LOWER = hashFeature('cap-also-lower');
const LANG = { ru: hashFeature('lang=ru'), uk: hashFeature('lang=uk') } as Record<string, number>;

/** Hashed features of tokens[i] within its paragraph. */
export function tokenFeatures(tokens: readonly Token[], i: number, context: ArticleContext): Uint32Array {
  const own = formFeatures(tokens[i]);
  const prev = formFeatures(tokens[i - 1]);
  const next = formFeatures(tokens[i + 1]);
  const prev2 = formFeatures(tokens[i - 2]);
  const next2 = formFeatures(tokens[i + 2]);
  const tail = tokenTail(tokens[i], context, own, prev, next);
  // Sized exactly: one typed array per token, not a larger one and a view of it (the tagger reads millions).
  const n = 2 + own.own.length + prev.asPrev.length + next.asNext.length + prev2.asPrev2.length + next2.asNext2.length + tail;
  const out = new Uint32Array(n);
  let k = 0;
  out[k++] = BIAS;
  out[k++] = context.lang;
  // In this order: the tagger sums the rows in feature order, and a float sum depends on it.
  k = copyInto(out, k, own.own);
  k = copyInto(out, k, prev.asPrev);
  k = copyInto(out, k, next.asNext);
  k = copyInto(out, k, prev2.asPrev2);
  k = copyInto(out, k, next2.asNext2);
  for (let j = 0; j < tail; j++) out[k++] = TAIL[j];
  return out;
}


/** The last features of a token, written by tokenTail (at most four). */
const TAIL = new Uint32Array(4);

/**
 * The features of token t that depend on the token in its place rather than on one word form: the shapes of it
 * and its neighbours paired, sentence-initial, capitalized though the article writes it in lowercase. Written
 * into TAIL; returns how many.
 */
function tokenTail(t: Token, context: ArticleContext, own: FormFeatures, prev: FormFeatures, next: FormFeatures): number {
  let k = 0;
  TAIL[k++] = hashOn(own.opensPair, next.shape);
  TAIL[k++] = hashOn(prev.opensPairAsPrev, own.shape);
  if (context.initialStarts.has(t.start)) TAIL[k++] = own.initial;
  if (own.hasCapital && context.lowerSeen.has(own.lower)) TAIL[k++] = CAP_ALSO_LOWER;
  return k;
}

/** The forms of the tokens a window reads, and their summed rows (see emissionsOf); reused from window to window. */
const windowForms: FormFeatures[] = [];
const windowRows: Rows[] = [];
const windowDistantRows: Rows[] = [];

/**
 * Per token of tokens[from, to) and per label, the sum of its features' weight rows: what emissionScores gives for
 * sequenceOf(tokens, from, to, context), to the bit. Each word form's rows (its own, and those it gives as a
 * neighbour) are summed once and kept with the form, so a token costs a few additions of label rows instead of
 * one row per feature and an array of hashes; integer rows add up exactly in any order. Each token of the window
 * is looked up once, though up to five tokens read it. Written into `into` when given (at least (to - from) ×
 * LABEL_COUNT long; the stage reuses one for all its windows).
 */
export function emissionsOf(weights: IntegerWeights, tokens: readonly Token[], from: number, to: number, context: ArticleContext, into?: Float64Array): Float64Array {
  const L = LABEL_COUNT;
  const mask = (1 << weights.bits) - 1;
  const e = weights.emission;
  const out = into ?? new Float64Array((to - from) * L);
  const bias = (BIAS & mask) * L;
  const lang = (context.lang & mask) * L;
  // Slot k holds tokens[from - 2 + k]; the two outermost are read only from two places off, so they need no
  // lexicon look-ups.
  const slots = to - from + 4;
  for (let k = 0; k < slots; k++) {
    const token = tokens[from - 2 + k];
    if (k === 0 || k === slots - 1) windowDistantRows[k] = distantRows(token, weights);
    else {
      const form = formFeatures(token);
      windowForms[k] = form;
      windowRows[k] = formRows(form, weights);
      windowDistantRows[k] = form.distantRows!;
    }
  }
  for (let i = from; i < to; i++) {
    const k = i - from + 2;
    const o = windowRows[k];
    const p = windowRows[k - 1];
    const n = windowRows[k + 1];
    const p2 = windowDistantRows[k - 2];
    const n2 = windowDistantRows[k + 2];
    const base = (i - from) * L;
    for (let l = 0; l < L; l++) out[base + l] = e[bias + l] + e[lang + l] + o[l] + p[L + l] + n[2 * L + l] + p2[l] + n2[L + l];
    const tail = tokenTail(tokens[i], context, windowForms[k], windowForms[k - 1], windowForms[k + 1]);
    for (let j = 0; j < tail; j++) {
      const row = (TAIL[j] & mask) * L;
      for (let l = 0; l < L; l++) out[base + l] += e[row + l];
    }
  }
  return out;
}

/** The summed rows of a form's feature groups under the weights, computed on first use and kept with the form. */
function formRows(f: FormFeatures, weights: IntegerWeights): Rows {
  if (f.rowsOf === weights && f.rows) return f.rows;
  const rows = zeroRows(3);
  addRows(rows, 0, f.own, weights);
  addRows(rows, LABEL_COUNT, f.asPrev, weights);
  addRows(rows, 2 * LABEL_COUNT, f.asNext, weights);
  f.rows = rows;
  f.distantRows = zeroRows(2);
  addRows(f.distantRows, 0, f.asPrev2, weights);
  addRows(f.distantRows, LABEL_COUNT, f.asNext2, weights);
  f.rowsOf = weights;
  return rows;
}

/**
 * The rows a word form gives the tokens two places from it (its p2w=… and n2w=… features, LABEL_COUNT each): all the
 * tagger reads of a word two tokens off, so a form seen only there (just outside a window) costs no lexicon look-ups.
 */
function distantRows(token: Token | undefined, weights: IntegerWeights): Rows {
  const text = token?.text ?? '';
  // A form the tagger has read up close has these rows already.
  const form = formCache.get(text);
  if (form?.rowsOf === weights) return form.distantRows!;
  let d = distantCache.get(text);
  if (d?.rowsOf === weights) return d.rows;
  const lower = text.toLowerCase();
  const rows = zeroRows(2);
  addRows(rows, 0, [hashOn(NAME.p2w, lower)], weights);
  addRows(rows, LABEL_COUNT, [hashOn(NAME.n2w, lower)], weights);
  d = { rows, rowsOf: weights };
  if (distantCache.size >= MAX_CACHED_FORMS) distantCache.clear();
  distantCache.set(text, d);
  return rows;
}

const distantCache = new Map<string, { rows: Rows; rowsOf: IntegerWeights }>();

/**
 * Summed weight rows of a form, LABEL_COUNT per feature group. Sums of integer weights, so a plain array holds them
 * as small integers: a small typed array would cost a buffer of its own for each of tens of thousands of forms.
 */
type Rows = number[];

const zeroRows = (groups: number): Rows => new Array<number>(groups * LABEL_COUNT).fill(0);

function addRows(out: Rows, at: number, hashes: readonly number[], weights: IntegerWeights): void {
  const mask = (1 << weights.bits) - 1;
  // An index, not for-of: this runs for every new word form, before the optimizer has removed the iterator.
  for (let j = 0; j < hashes.length; j++) {
    const row = (hashes[j] & mask) * LABEL_COUNT;
    for (let l = 0; l < LABEL_COUNT; l++) out[at + l] += weights.emission[row + l];
  }
}

/** Copies hashes into out from index k; returns the index after them. */
function copyInto(out: Uint32Array, k: number, hashes: readonly number[]): number {
  for (let j = 0; j < hashes.length; j++) out[k++] = hashes[j];
  return k;
}

/** Where an article's sentence-initial tokens start: the first token at or after each sentence start. */
function sentenceInitialStarts(article: Article): Set<number> {
  const initial = new Set<number>();
  let s = 0;
  for (const t of article.tokens) {
    while (s < article.sentences.length && article.sentences[s].end <= t.start) s++;
    const sentence = article.sentences[s];
    if (sentence && t.start >= sentence.start) {
      initial.add(t.start);
      s++;
    }
  }
  return initial;
}

/** What features need of the article as a whole. */
export function featureContext(article: Article): ArticleContext {
  return { lang: LANG[article.lang] ?? hashFeature(`lang=${article.lang}`), initialStarts: sentenceInitialStarts(article), lowerSeen: lowercaseWords(article) };
}

/**
 * Where each paragraph's tokens lie in article.tokens: [from, to) pairs, paragraphs without tokens left out. The
 * stage reads its windows from article.tokens and copies only a paragraph it tags.
 */
export function paragraphRanges(article: Article): number[] {
  const ranges: number[] = [];
  const tokens = article.tokens;
  let k = 0;
  for (const paragraph of article.paragraphs) {
    while (k < tokens.length && tokens[k].start < paragraph.start) k++;
    const from = k;
    while (k < tokens.length && tokens[k].start < paragraph.end) k++;
    if (k > from) ranges.push(from, k);
  }
  return ranges;
}

/** The article's paragraphs as token lists, and what features need of the article as a whole. */
export function articleContext(article: Article): { context: ArticleContext; paragraphs: Token[][] } {
  const ranges = paragraphRanges(article);
  const paragraphs: Token[][] = [];
  for (let r = 0; r < ranges.length; r += 2) paragraphs.push(article.tokens.slice(ranges[r], ranges[r + 1]));
  return { context: featureContext(article), paragraphs };
}

/** tokens[from, to) of a paragraph as a sequence to tag; features still see the words around it. */
export function sequenceOf(tokens: readonly Token[], from: number, to: number, context: ArticleContext): TokenSequence {
  const features: Uint32Array[] = [];
  for (let i = from; i < to; i++) features.push(tokenFeatures(tokens, i, context));
  return { tokens: tokens.slice(from, to), features };
}

/** The article's tokens as one sequence per paragraph, each token with its hashed features (for training). */
export function articleSequences(article: Article): TokenSequence[] {
  const { context, paragraphs } = articleContext(article);
  return paragraphs.map((tokens) => sequenceOf(tokens, 0, tokens.length, context));
}
