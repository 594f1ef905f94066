// What the tagger sees of a token: its own form (lowercase, shape, prefix, suffixes), its neighbours, where it
// stands in the sentence, and what the project's word lists and name morphology say about it (a known first
// name, a title word, a word of a place or organization name, a surname ending). Each feature is a string,
// hashed into a fixed table of weight rows, so the model has no vocabulary to ship.
import { ORGANIZATIONS, ORG_NOUNS_RU, ORG_NOUNS_UK } from '../lexicon/organizations';
import { PLACES } from '../lexicon/places';
import { NOT_SURNAMES } from '../lexicon/notSurnames';
import { isPlaceLike, isRoleWord, isSpeechVerb, PLACE_NOUN } from '../names/context';
import { lookupFirstName } from '../names/firstNames';
import { patronymicLemma } from '../names/nameForms';
import type { Article, Token } from '../types';

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

let places: NameWords | undefined;
let organizations: NameWords | undefined;
let orgNouns: Set<string> | undefined;

/** Prefixes of the organization head nouns (партия, компания), so inflected forms match too. */
function isOrgNoun(lower: string): boolean {
  orgNouns ??= new Set(`${ORG_NOUNS_RU} ${ORG_NOUNS_UK}`.split(/\s+/).filter(Boolean).map(prefixOf));
  return lower.length >= 4 && orgNouns.has(prefixOf(lower));
}

/** A coarse picture of the characters: Xx for a capitalized word, X for all caps, d for digits; runs collapsed. */
export function wordShape(text: string): string {
  let shape = '';
  for (const ch of text) {
    const upper = ch.toUpperCase();
    const lower = ch.toLowerCase();
    const c = upper !== lower ? (ch === upper ? 'X' : 'x') : ch >= '0' && ch <= '9' ? 'd' : ch === '-' || ch === "'" || ch === '’' ? ch : '.';
    if (shape.length < 2 || c !== shape[shape.length - 1] || c !== shape[shape.length - 2]) shape += c;
  }
  return shape.length > 6 ? shape.slice(0, 6) : shape;
}

const SURNAME_ENDING = /(?:ов|ев|ёв|ин|ын|ский|цкий|ська|цька|ская|цкая|енко|ук|юк|чук|ич|швили|дзе|ян|янц|ова|ева|іна|ина)(?:а|у|ым|ом|им|ой|ою|ої|ому|ого|е|і|ий|им)?$/;
const LATIN = /^[A-Za-z]/;

/** The lexicon and morphology hints for one word form. */
function lexiconHints(text: string): string[] {
  places ??= gazetteerWords(PLACES);
  organizations ??= gazetteerWords(ORGANIZATIONS);
  const lower = text.toLowerCase();
  const hints: string[] = [];
  const first = lookupFirstName(text);
  if (first.length > 0) hints.push(first.some((f) => f.cases.includes('nom')) ? 'fn:nom' : 'fn:obl');
  if (isRoleWord(lower)) hints.push('role');
  if (isSpeechVerb(lower)) hints.push('speech');
  if (isPlaceLike(text)) hints.push('placelike');
  if (PLACE_NOUN.test(lower)) hints.push('placenoun');
  if (isOrgNoun(lower)) hints.push('orgnoun');
  if (places.exact.has(lower)) hints.push('loc:word');
  else if (places.prefixes.has(prefixOf(lower))) hints.push('loc:prefix');
  if (organizations.exact.has(lower)) hints.push('org:word');
  else if (organizations.prefixes.has(prefixOf(lower))) hints.push('org:prefix');
  if (NOT_SURNAMES.has(lower)) hints.push('notsurname');
  if (SURNAME_ENDING.test(lower)) hints.push('surname-ending');
  if (patronymicLemma(text)) hints.push('patronymic');
  if (LATIN.test(text)) hints.push('latin');
  return hints;
}

/** 32-bit FNV-1a of a feature string: the row of the weight table is this modulo its size. */
export function hashFeature(feature: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * What a word form contributes, hashed once per distinct form: its own features, and the features it gives the
 * tokens around it (as the previous word, the next, two before, two after). News repeats its words, so most
 * tokens cost only a cache lookup and a few array copies.
 */
interface FormFeatures {
  shape: string;
  own: number[];
  asPrev: number[];
  asNext: number[];
  asPrev2: number[];
  asNext2: number[];
}

const formCache = new Map<string, FormFeatures>();
const MAX_CACHED_FORMS = 200_000;

function formFeatures(token: Token | undefined): FormFeatures {
  const text = token?.text ?? '';
  let f = formCache.get(text);
  if (f) return f;
  const lower = text.toLowerCase();
  const shape = wordShape(text);
  const hints = token?.kind === 'word' ? lexiconHints(text) : [];
  const s3 = lower.slice(-3);
  f = {
    shape,
    own: [`w=${lower}`, `sh=${shape}`, `s2=${lower.slice(-2)}`, `s3=${s3}`, `s4=${lower.slice(-4)}`, `p3=${lower.slice(0, 3)}`, ...hints.flatMap((h) => [`h=${h}`, `h|sh=${h}|${shape}`])].map(hashFeature),
    asPrev: [`pw=${lower}`, `psh=${shape}`, `ps3=${s3}`, ...hints.map((h) => `ph=${h}`)].map(hashFeature),
    asNext: [`nw=${lower}`, `nsh=${shape}`, `ns3=${s3}`, ...hints.map((h) => `nh=${h}`)].map(hashFeature),
    asPrev2: [hashFeature(`p2w=${lower}`)],
    asNext2: [hashFeature(`n2w=${lower}`)],
  };
  if (formCache.size >= MAX_CACHED_FORMS) formCache.clear();
  formCache.set(text, f);
  return f;
}

/** What the features of a token need of its article beyond its paragraph. */
interface ArticleContext {
  lang: string;
  /** Sentence-initial tokens. */
  initial: ReadonlySet<Token>;
  /** Word forms the article writes in lowercase: a capitalized one of them is likely a common word. */
  lowerSeen: ReadonlySet<string>;
}

const pairHashes = new Map<string, Map<string, Map<string, number>>>();

/**
 * The hash of a feature made of two shapes; a few hundred pairs exist, so they are cached, keyed by the parts
 * (which are cached strings already) rather than by a key string built for every token.
 */
function pairHash(name: string, a: string, b: string): number {
  let byA = pairHashes.get(name);
  if (!byA) pairHashes.set(name, (byA = new Map()));
  let byB = byA.get(a);
  if (!byB) byA.set(a, (byB = new Map()));
  let h = byB.get(b);
  if (h === undefined) {
    h = hashFeature(`${name}=${a}|${b}`);
    byB.set(b, h);
  }
  return h;
}

const BIAS = hashFeature('b');
const CAP_ALSO_LOWER = hashFeature('cap-also-lower');
const LANG = { ru: hashFeature('lang=ru'), uk: hashFeature('lang=uk') } as Record<string, number>;

/** Hashed features of tokens[i] within its paragraph. */
export function tokenFeatures(tokens: readonly Token[], i: number, context: ArticleContext): Uint32Array {
  const t = tokens[i];
  const own = formFeatures(t);
  const prev = formFeatures(tokens[i - 1]);
  const next = formFeatures(tokens[i + 1]);
  const prev2 = formFeatures(tokens[i - 2]);
  const next2 = formFeatures(tokens[i + 2]);
  const initial = context.initial.has(t);
  const lower = t.text.toLowerCase();
  const capAlsoLower = t.text !== lower && context.lowerSeen.has(lower);
  // Sized exactly: one typed array per token, not a larger one and a view of it (the tagger reads millions).
  const n = 4 + own.own.length + prev.asPrev.length + next.asNext.length + prev2.asPrev2.length + next2.asNext2.length + (initial ? 1 : 0) + (capAlsoLower ? 1 : 0);
  const out = new Uint32Array(n);
  let k = 0;
  out[k++] = BIAS;
  out[k++] = LANG[context.lang] ?? hashFeature(`lang=${context.lang}`);
  // In this order: the tagger sums the rows in feature order, and a float sum depends on it.
  k = copyInto(out, k, own.own);
  k = copyInto(out, k, prev.asPrev);
  k = copyInto(out, k, next.asNext);
  k = copyInto(out, k, prev2.asPrev2);
  k = copyInto(out, k, next2.asNext2);
  out[k++] = pairHash('sh|nsh', own.shape, next.shape);
  out[k++] = pairHash('psh|sh', prev.shape, own.shape);
  if (initial) out[k++] = pairHash('init|sh', own.shape, '');
  if (capAlsoLower) out[k++] = CAP_ALSO_LOWER;
  return out;
}

/** Copies hashes into out from index k; returns the index after them. */
function copyInto(out: Uint32Array, k: number, hashes: readonly number[]): number {
  for (let j = 0; j < hashes.length; j++) out[k++] = hashes[j];
  return k;
}

/** Sentence-initial tokens of an article: the first token at or after each sentence start. */
function sentenceInitialTokens(article: Article): Set<Token> {
  const initial = new Set<Token>();
  let s = 0;
  for (const t of article.tokens) {
    while (s < article.sentences.length && article.sentences[s].end <= t.start) s++;
    const sentence = article.sentences[s];
    if (sentence && t.start >= sentence.start && !initial.has(t)) {
      initial.add(t);
      s++;
    }
  }
  return initial;
}

/** The article's paragraphs as token lists, and what features need of the article as a whole. */
export function articleContext(article: Article): { context: ArticleContext; paragraphs: Token[][] } {
  const lowerSeen = new Set<string>();
  for (const t of article.tokens) if (t.kind === 'word' && t.text === t.text.toLowerCase()) lowerSeen.add(t.text);
  const paragraphs: Token[][] = [];
  let k = 0;
  for (const paragraph of article.paragraphs) {
    const tokens: Token[] = [];
    while (k < article.tokens.length && article.tokens[k].start < paragraph.end) {
      if (article.tokens[k].start >= paragraph.start) tokens.push(article.tokens[k]);
      k++;
    }
    if (tokens.length > 0) paragraphs.push(tokens);
  }
  return { context: { lang: article.lang, initial: sentenceInitialTokens(article), lowerSeen }, paragraphs };
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
