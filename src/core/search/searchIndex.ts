// Morphology-aware full-text search over the corpus, in one pass over every article's words, so linear in corpus
// size. It runs on the indexing thread (engineServer keeps one per built corpus and answers `search` requests),
// so the editor's thread never builds it; `update` re-indexes only the articles whose words or name forms changed.
// A query of several words finds the sentences that hold all of them, the tightest stretch first; a query in
// quotes wants the words next to each other, in order.
import type { CorpusIndex, IndexData } from '../index/corpusIndex';
import { byStart } from '../index/indexTables';
import { ListMap } from '../util/listMap';
import { type Kwic, keywordInContext, lineAt, lineStartsOf } from '../text/context';
import type { IndexedArticle, Mention, Span } from '../types';
import { nameTerms, ovSurnameBase, queryTerms, stemTerm } from './terms';
import { fold, words } from './tokenize';

export interface SearchHit extends Span {
  doc: string;
  /** Each matched word, in text order; start/end cover them all. */
  words: Span[];
  kwic: Kwic;
  /** 0-based line of the start. */
  line: number;
  /** 0-based column of the start. */
  character: number;
}

/** The hits a query shows, and how many it has in all. */
export interface SearchResult {
  /** The first `limit` hits, best first. */
  hits: SearchHit[];
  /** Every hit of the query, shown or not. */
  total: number;
  /** Articles holding at least one of the `total` hits. */
  articles: number;
  /** The limit left hits out (`total > hits.length`). */
  truncated: boolean;
}

export interface SearchOptions {
  /** At most this many hits (default 500). */
  limit?: number;
}

interface DocWords {
  article: IndexedArticle;
  starts: Int32Array;
  ends: Int32Array;
  /** Sentence (or, outside sentences, line) number of each word. */
  segments: Int32Array;
  lineStarts: number[];
  /** Position of the article in the corpus's order: hits are listed in it, whatever order articles were added in. */
  order: number;
  /** The person names' base forms the words were indexed with (see namesKey): a change re-indexes the article. */
  names: string;
  /** How many (doc, word) pairs the article put into the postings. */
  pairs: number;
}

/** What the search index reads: the articles in corpus order, and each article's mentions (for the base forms of names). */
export interface SearchSource {
  articles: ReadonlyMap<string, IndexedArticle>;
  mentionsIn(doc: string): readonly Mention[];
}

/** A snapshot's records as a SearchSource, without building a CorpusIndex (the indexing thread has none). */
export function searchSourceOf(data: Pick<IndexData, 'articles' | 'mentions'>): SearchSource {
  const people = new ListMap<string, Mention>();
  for (const m of data.mentions) if (m.type === 'PER') people.add(m.doc, m);
  // In text order, as CorpusIndex.mentionsIn gives them: where two names share a word, the same one wins.
  for (const list of people.values()) list.sort(byStart);
  return { articles: new Map(data.articles.map((a) => [a.path, a])), mentionsIn: (doc) => people.get(doc) ?? [] };
}

const DEFAULT_LIMIT = 500;

export class SearchIndex {
  /** By doc number; a removed article leaves a hole, so the numbers in the postings stay valid. */
  private docs: (DocWords | undefined)[] = [];
  private readonly byPath = new Map<string, number>();
  /** term → flat pairs (doc number, word number), in text order; pairs of removed docs stay until a rebuild. */
  private postings = new Map<string, number[]>();
  private livePairs = 0;
  private deadPairs = 0;

  constructor(source?: SearchSource) {
    if (source) this.update(source);
  }

  get documents(): number {
    return this.byPath.size;
  }

  /**
   * Brings the index to `source`: an article whose text, sentences or person-name base forms changed is indexed
   * again, a removed one dropped, the rest kept as they are. Returns how many articles were (re)indexed. Once the
   * removed articles' pairs outnumber the live ones, the postings are rebuilt, so they stay proportional to the corpus.
   */
  update(source: SearchSource): number {
    if (this.deadPairs > this.livePairs) this.clear();
    const gone = new Set(this.byPath.keys());
    let order = 0;
    let indexed = 0;
    for (const article of source.articles.values()) {
      gone.delete(article.path);
      const people = source.mentionsIn(article.path).filter((m) => m.type === 'PER');
      const names = namesKey(people);
      const d = this.byPath.get(article.path);
      const kept = d === undefined ? undefined : this.docs[d];
      if (kept && kept.names === names && sameWords(kept.article, article)) {
        kept.article = article;
        kept.order = order++;
        continue;
      }
      if (d !== undefined) this.drop(d);
      this.add(article, people, names, order++);
      indexed++;
    }
    for (const path of gone) this.drop(this.byPath.get(path) as number);
    return indexed;
  }

  private clear(): void {
    this.docs = [];
    this.byPath.clear();
    this.postings = new Map();
    this.livePairs = 0;
    this.deadPairs = 0;
  }

  private drop(d: number): void {
    const doc = this.docs[d] as DocWords;
    this.docs[d] = undefined;
    this.byPath.delete(doc.article.path);
    this.livePairs -= doc.pairs;
    this.deadPairs += doc.pairs;
  }

  private add(article: IndexedArticle, people: readonly Mention[], names: string, order: number): void {
    const { text } = article;
    const list = words(text);
    const d = this.docs.length;
    const starts = new Int32Array(list.length);
    const ends = new Int32Array(list.length);
    const segments = new Int32Array(list.length);
    const lineStarts = lineStartsOf(text);

    // The base form of each word of a person's name, from the mention lemmas: Будановым → Буданов.
    const nameBase = new Map<number, string>();
    for (const m of people) {
      const surface = words(text, m.start, m.end);
      const lemma = m.lemma.split(/\s+/).filter(Boolean);
      if (surface.length === lemma.length) surface.forEach((w, i) => nameBase.set(w.start, lemma[i]));
      else for (const w of surface) nameBase.set(w.start, text.slice(w.start, w.end));
    }

    const sentences = article.sentences;
    let s = 0;
    let line = 0;
    let pairs = 0;
    const sentenceStarts = new Set(sentences.map((x) => x.start));
    const terms: string[] = [];
    list.forEach((w, i) => {
      starts[i] = w.start;
      ends[i] = w.end;
      while (line + 1 < lineStarts.length && lineStarts[line + 1] <= w.start) line++;
      while (s < sentences.length && sentences[s].end <= w.start) s++;
      segments[i] = s < sentences.length && sentences[s].start <= w.start ? s : sentences.length + line;

      terms.length = 0;
      terms.push(stemTerm(w.folded, article.lang));
      if (w.folded.includes('-')) for (const part of w.folded.split('-')) if (part) terms.push(stemTerm(part, article.lang));
      const base = nameBase.get(w.start);
      if (base) nameTerms(base, terms);
      else if (w.capitalized && !sentenceStarts.has(w.start)) {
        // A capitalized -ов/-ин word inside a sentence is very likely a surname the extractor missed.
        const ov = ovSurnameBase(w.folded);
        if (ov) nameTerms(ov, terms);
      }
      for (const term of new Set(terms)) {
        const posting = this.postings.get(term);
        if (posting) posting.push(d, i);
        else this.postings.set(term, [d, i]);
        pairs++;
      }
    });
    this.docs.push({ article, starts, ends, segments, lineStarts, order, names, pairs });
    this.byPath.set(article.path, d);
    this.livePairs += pairs;
  }

  search(query: string, options: SearchOptions = {}): SearchHit[] {
    return this.find(query, options).hits;
  }

  /** The hits of a query up to the limit, with the count of all of them (counting builds no hit records). */
  find(query: string, options: SearchOptions = {}): SearchResult {
    const limit = options.limit ?? DEFAULT_LIMIT;
    const trimmed = query.trim();
    const exact = /^["«“].*["»”]$/.test(trimmed) && trimmed.length > 2;
    const queryWords = dedupe(words(exact ? trimmed.slice(1, -1) : trimmed).map((w) => w.folded));
    if (queryWords.length === 0) return { hits: [], total: 0, articles: 0, truncated: false };
    // Each query word's hits, as word numbers per document.
    const perWord = queryWords.map((q) => this.lookup(q));
    if (queryWords.length === 1) {
      const hits: SearchHit[] = [];
      let total = 0;
      for (const [d, list] of perWord[0]) {
        for (const i of list) if (hits.length < limit) hits.push(this.hit(d, [i], 1));
        total += list.length;
      }
      return { hits, total, articles: perWord[0].size, truncated: total > hits.length };
    }
    const hits: (SearchHit & { width: number })[] = [];
    const docsWithAll = [...perWord[0].keys()].filter((d) => perWord.every((m) => m.has(d))).sort(this.inCorpusOrder);
    let articles = 0;
    for (const d of docsWithAll) {
      const doc = this.docs[d] as DocWords;
      const before = hits.length;
      // Occurrences tagged with their query word, in text order, grouped by sentence.
      const occurrences: [number, number][] = [];
      perWord.forEach((m, q) => m.get(d)!.forEach((i) => occurrences.push([i, q])));
      occurrences.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      let from = 0;
      while (from < occurrences.length) {
        const segment = doc.segments[occurrences[from][0]];
        let to = from;
        while (to < occurrences.length && doc.segments[occurrences[to][0]] === segment) to++;
        const window = exact
          ? orderedRun(occurrences.slice(from, to), queryWords.length)
          : smallestWindow(occurrences.slice(from, to), queryWords.length);
        if (window) hits.push(this.hit(d, window, window[window.length - 1] - window[0] + 1));
        from = to;
      }
      if (hits.length > before) articles++;
    }
    hits.sort((a, b) => a.width - b.width);
    return { hits: hits.slice(0, limit), total: hits.length, articles, truncated: hits.length > limit };
  }

  /** Doc numbers by their article's place in the corpus. */
  private readonly inCorpusOrder = (a: number, b: number): number => (this.docs[a] as DocWords).order - (this.docs[b] as DocWords).order;

  /** Word numbers per document matching one folded query word, documents in corpus order. */
  private lookup(folded: string): Map<number, number[]> {
    const byDoc = new Map<number, Set<number>>();
    for (const term of queryTerms(folded)) {
      const posting = this.postings.get(term);
      if (!posting) continue;
      for (let k = 0; k < posting.length; k += 2) {
        if (!this.docs[posting[k]]) continue;
        let set = byDoc.get(posting[k]);
        if (!set) byDoc.set(posting[k], (set = new Set()));
        set.add(posting[k + 1]);
      }
    }
    const out = new Map<number, number[]>();
    for (const [d, set] of [...byDoc].sort((a, b) => this.inCorpusOrder(a[0], b[0]))) out.set(d, [...set].sort((a, b) => a - b));
    return out;
  }

  private hit(d: number, wordNumbers: number[], width: number): SearchHit & { width: number } {
    const doc = this.docs[d] as DocWords;
    const spans = wordNumbers.map((i) => ({ start: doc.starts[i], end: doc.ends[i] }));
    const start = spans[0].start;
    const end = spans[spans.length - 1].end;
    const line = lineAt(doc.lineStarts, start);
    return {
      doc: doc.article.path,
      start,
      end,
      words: spans,
      kwic: keywordInContext(doc.article.text, { start, end }),
      line,
      character: start - doc.lineStarts[line],
      width,
    };
  }
}

/** The person mentions' spans and base forms, which the words of a name are indexed under. */
function namesKey(people: readonly Mention[]): string {
  return people.map((m) => `${m.start}:${m.end}:${m.lemma}`).join('\n');
}

/** Whether an article's words and sentences are those it was indexed with (its date or title may differ). */
function sameWords(a: IndexedArticle, b: IndexedArticle): boolean {
  if (a.text !== b.text || a.lang !== b.lang || a.sentences.length !== b.sentences.length) return false;
  return a.sentences === b.sentences || a.sentences.every((x, i) => x.start === b.sentences[i].start && x.end === b.sentences[i].end);
}

function dedupe(list: string[]): string[] {
  return [...new Set(list)];
}

/** The shortest run of occurrences that holds every query word; its word numbers, one per query word. */
function smallestWindow(occ: [number, number][], n: number): number[] | undefined {
  const count = new Array<number>(n).fill(0);
  let have = 0;
  let best: [number, number] | undefined;
  let left = 0;
  for (let right = 0; right < occ.length; right++) {
    if (count[occ[right][1]]++ === 0) have++;
    while (have === n) {
      const width = occ[right][0] - occ[left][0];
      if (!best || width < occ[best[1]][0] - occ[best[0]][0]) best = [left, right];
      if (--count[occ[left][1]] === 0) have--;
      left++;
    }
  }
  if (!best) return undefined;
  const picked = new Map<number, number>();
  for (let k = best[0]; k <= best[1]; k++) if (!picked.has(occ[k][1])) picked.set(occ[k][1], occ[k][0]);
  return [...new Set(picked.values())].sort((a, b) => a - b);
}

/** The first place where the query words stand next to each other in order. */
function orderedRun(occ: [number, number][], n: number): number[] | undefined {
  const at = new Set(occ.map(([i, q]) => `${i}:${q}`));
  for (const [i, q] of occ) {
    if (q !== 0) continue;
    let ok = true;
    for (let k = 1; k < n && ok; k++) ok = at.has(`${i + k}:${k}`);
    if (ok) return Array.from({ length: n }, (_, k) => i + k);
  }
  return undefined;
}

const cache = new WeakMap<CorpusIndex, SearchIndex>();

/** The search index of a corpus index, built on first use and kept while the corpus index lives. */
export function searchIndexFor(index: CorpusIndex): SearchIndex {
  let search = cache.get(index);
  if (!search) {
    search = new SearchIndex(index);
    cache.set(index, search);
  }
  return search;
}

/** Like searchCorpus, with the count of every hit and whether the limit cut them. */
export function findInCorpus(index: CorpusIndex, query: string, options?: SearchOptions): SearchResult {
  return searchIndexFor(index).find(query, options);
}

/** Searches the corpus: `Буданов` finds Буданова and Будановым; several words find sentences holding them all. */
export function searchCorpus(index: CorpusIndex, query: string, options?: SearchOptions): SearchHit[] {
  return searchIndexFor(index).search(query, options);
}

export { fold };
