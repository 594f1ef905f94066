// Quotes one article gives on its own: the quoted or reported words and the words that name their speaker.
// Who the speaker is (an entity) needs the linked corpus and is settled by speakers.ts; these are plain
// records, found on an extraction thread and kept in the store with the article's other findings.
//
// The forms found, Russian and Ukrainian:
//   «…», — заявил спецпосланник президента США      a direct quote, a dash, a speech verb and its speaker
//   «…», — Уиткофф добавил                           … or the speaker first
//   «…», — говорится в посте (Зеленского)            … or a writing, the writer named or the subject before
//   Зеленский написал: «…»                           a quotation introduced by a colon after a name
//   По словам Уиткоффа, … / Как добавил Зеленский, …  reported speech led by its source (По его словам, …)
//   Зеленський написав, що … / заявил Виткофф, что …  reported speech after a speech verb
// Every search looks a bounded number of tokens around a quotation mark or a cue word, so the work is linear in
// the article's size.
import { roleNounOf } from '../names/context';
import { displayText, quotationsIn } from '../text/segment';
import type { Article, Span, Token } from '../types';
import { indexStartingAt } from '../util/spans';
import { AS_SAID, CLAUSE_ENDS, DASHES, EXPRESSED, IMPERSONAL_SAYING, isQuoteVerb, PERSONAL_WRITINGS, POSSESSIVE_PRONOUNS, REPORTED_THAT, SPEAKER_PRONOUNS, STANCES, WORDS_OF, WRITINGS } from './cues';

export interface QuoteCandidate extends Span {
  doc: string;
  /** The words naming the speaker: a name, a title or a pronoun, and what else stands in their clause. */
  speaker: Span;
  /** The speaker's words are the speech verb's subject, so the speaker's name is in the nominative (not after "по словам"). */
  nominative: boolean;
  /** The title the speaker's words give, if any. */
  title?: SpeakerTitle;
  /** The speaker's words hold a personal pronoun: who it is comes from the sentences before. */
  pronoun?: boolean;
}

/** The speaker's words are short; a longer stretch is a clause of its own. */
const MAX_SPEAKER_TOKENS = 14;
/** How far back a clause-opening verb's subject may stand (", подчеркнув, что"). */
const MAX_SUBJECT_REACH = 3 * MAX_SPEAKER_TOKENS;
/** A name standing alone before a colon (Зеленский: «…») has at most this many words. */
const MAX_BARE_NAME_WORDS = 3;

/** Quote candidates of one article, sorted by start, none overlapping another. */
export function findQuoteCandidates(article: Article): QuoteCandidate[] {
  const found: QuoteCandidate[] = [];
  const { tokens, text } = article;
  const add = (span: Span | undefined, speaker: SpeakerWords | undefined): void => {
    if (span && speaker && span.end > span.start) found.push({ doc: article.path, start: span.start, end: span.end, ...speaker });
  };
  for (const paragraph of article.paragraphs) {
    for (const quotation of quotationsIn(text, paragraph)) {
      const open = indexStartingAt(tokens, quotation.start);
      const close = indexStartingAt(tokens, quotation.end - 1);
      if (open === undefined || close === undefined || close - open < 2) continue;
      const inner = { start: tokens[open + 1].start, end: tokens[close - 1].end };
      add(inner, authorAfter(article, close) ?? authorBeforeColon(article, open));
    }
  }
  const sentence = sentenceBounds(article);
  for (let i = 0; i < tokens.length; i++) {
    const word = tokens[i].text.toLowerCase();
    const next = tokens[i + 1]?.text.toLowerCase();
    if (next === undefined) break;
    if (WORDS_OF[word] === next || (AS_SAID.has(word) && isQuoteVerb(next))) add(...reportedAfterLead(article, i, sentence.starts[i], sentence.ends[i]));
    else if (WORDS_OF[word] === tokens[i + 2]?.text.toLowerCase() && POSSESSIVE_PRONOUNS.has(next)) add(...reportedAfterPossessive(article, i, sentence.ends[i]));
    else if (isQuoteVerb(word)) add(...reportedAfterVerb(article, i, i, sentence.starts[i], sentence.ends[i]));
    else if (EXPRESSED.has(word) && STANCES.has(next)) add(...reportedAfterVerb(article, i, i + 1, sentence.starts[i], sentence.ends[i]));
  }
  return withoutOverlaps(found);
}

/** A title naming the speaker: "украинский лидер", "спецпосланник президента США". */
export interface SpeakerTitle {
  /** The head noun's nominative: лидер, спецпосланник. */
  head: string;
  /** The title, its head in the nominative and the words around it as written. */
  text: string;
}

type SpeakerWords = Omit<QuoteCandidate, 'doc' | keyof Span>;

/** «…», — заявил X / «…», — X заявил: the author after the closing mark at token `close`. */
function authorAfter(article: Article, close: number): SpeakerWords | undefined {
  const { tokens } = article;
  let k = close + 1;
  if (tokens[k]?.text === ',') k++;
  if (!tokens[k] || !DASHES.has(tokens[k].text)) return undefined;
  k++;
  const end = clauseEnd(tokens, k);
  const writing = tokens[k + 2]?.text.toLowerCase() ?? '';
  if (IMPERSONAL_SAYING.has(tokens[k]?.text.toLowerCase() ?? '') && WRITINGS.has(writing)) {
    // The writer named in any case (в заявлении Зеленского); a post's, unnamed, is found as a pronoun's would be.
    return { speaker: { start: tokens[k].start, end: tokens[end - 1].end }, nominative: false, ...(PERSONAL_WRITINGS.has(writing) ? { pronoun: true } : {}) };
  }
  return speakerAround(article, k, end);
}

/** X написал: «…» / Зеленский: «…»: the author before the colon that precedes the opening mark at `open`. */
function authorBeforeColon(article: Article, open: number): SpeakerWords | undefined {
  const { tokens } = article;
  if (tokens[open - 1]?.text !== ':') return undefined;
  const from = clauseStart(tokens, open - 2, article.text);
  return speakerAround(article, from, open - 1);
}

/**
 * "По словам X, …" and "Как заявил X, …" (the lead at `lead`, the speaker's words from `from` to a comma): the
 * words after the comma to the sentence's end, or, when the lead closes the sentence ("…, по словам X."), the words
 * before it.
 */
function reportedAfterLead(article: Article, lead: number, sentenceStart: number, sentenceEnd: number): [Span | undefined, SpeakerWords | undefined] {
  const { tokens } = article;
  const from = lead + 2;
  const end = clauseEnd(tokens, from);
  if (end === from) return [undefined, undefined];
  // "По словам X" takes X in the genitive; "Как заявил X" in the nominative.
  const speaker = speakerWords(article, from, end, AS_SAID.has(tokens[lead].text.toLowerCase()));
  if (tokens[end]?.text === ',' && end + 1 < sentenceEnd) return [reportedSpan(tokens, end + 1, sentenceEnd), speaker];
  if (end >= sentenceEnd - 1 && tokens[lead - 1]?.text === ',' && sentenceStart < lead - 1) return [reportedSpan(tokens, sentenceStart, lead - 1), speaker];
  return [undefined, undefined];
}

/** "По его словам, …", "За її словами, …": the words after the comma, the pronoun naming the speaker. */
function reportedAfterPossessive(article: Article, lead: number, sentenceEnd: number): [Span | undefined, SpeakerWords | undefined] {
  const { tokens } = article;
  if (tokens[lead + 3]?.text !== ',' || lead + 4 >= sentenceEnd) return [undefined, undefined];
  const pronoun = tokens[lead + 1];
  return [reportedSpan(tokens, lead + 4, sentenceEnd), { speaker: { start: pronoun.start, end: pronoun.end }, nominative: false, pronoun: true }];
}

/**
 * "X заявил, что …", "заявил X, что …", "X выразил надежду, что …" (the verb's words tokens[verb, last]): the words
 * after что to the sentence's end. A verb opening a clause (", подчеркнув, что …"; "Зеленський, який …, заявив,
 * що …") has its subject at the sentence's start.
 */
function reportedAfterVerb(article: Article, verb: number, last: number, sentenceStart: number, sentenceEnd: number): [Span | undefined, SpeakerWords | undefined] {
  const { tokens, text } = article;
  if (tokens[last + 1]?.text === ',' && REPORTED_THAT.has(tokens[last + 2]?.text.toLowerCase() ?? '')) {
    const clause = clauseStart(tokens, verb - 1, text);
    const from = clause === verb && tokens[verb - 1]?.text === ',' ? Math.max(sentenceStart, verb - MAX_SUBJECT_REACH) : clause;
    if (from >= verb) return [undefined, undefined];
    return [reportedSpan(tokens, last + 3, sentenceEnd), speakerWords(article, from, verb)];
  }
  if (last > verb) return [undefined, undefined];
  const end = clauseEnd(tokens, verb + 1);
  if (end === verb + 1 || tokens[end]?.text !== ',' || !REPORTED_THAT.has(tokens[end + 1]?.text.toLowerCase() ?? '')) return [undefined, undefined];
  // The speaker's name closes the words after the verb (заявил премьер Польши Туск, что …); other words there are
  // a clause of their own (написала Захарова в … стало известно, что …).
  if (!/^\p{Lu}/u.test(tokens[end - 1].text)) return [undefined, undefined];
  return [reportedSpan(tokens, end + 2, sentenceEnd), speakerWords(article, verb + 1, end)];
}

/** The words of tokens[from, to) that name the speaker, around the speech verb among them if there is one. */
function speakerAround(article: Article, from: number, to: number): SpeakerWords | undefined {
  const { tokens } = article;
  let verb = from;
  while (verb < to && !isQuoteVerb(tokens[verb].text)) verb++;
  if (verb === from) return to > from + 1 ? speakerWords(article, from + 1, to) : undefined;
  if (verb < to) return speakerWords(article, from, verb);
  // No verb: only a bare name may introduce a quotation (Зеленский: «…»).
  const bare = to - from <= MAX_BARE_NAME_WORDS && tokens.slice(from, to).every((t) => t.kind === 'word' && /^\p{Lu}/u.test(t.text));
  return bare ? speakerWords(article, from, to) : undefined;
}

function speakerWords(article: Article, from: number, to: number, nominative = true): SpeakerWords | undefined {
  const { tokens, text } = article;
  if (to <= from) return undefined;
  const words = tokens.slice(from, to);
  const pronoun = words.some((t) => SPEAKER_PRONOUNS.has(t.text.toLowerCase()));
  const head = words.findIndex((t) => t.kind === 'word' && roleNounOf(t.text)?.shown);
  const title = head < 0 ? undefined : titleFrom(text, words, head);
  return { speaker: { start: words[0].start, end: words[words.length - 1].end }, nominative, ...(title ? { title } : {}), ...(pronoun ? { pronoun } : {}) };
}

/** The title with its head noun in the nominative, the words before and after it as written (as roles.ts writes it). */
function titleFrom(text: string, words: readonly Token[], head: number): SpeakerTitle | undefined {
  const lemma = roleNounOf(words[head].text)?.lemma;
  if (!lemma) return undefined;
  const before = displayText(text.slice(words[0].start, words[head].start));
  const after = displayText(text.slice(words[head].end, words[words.length - 1].end));
  return { head: lemma, text: [before, lemma, after].filter((part) => part).join(' ') };
}

/** The first token at or after `from` that ends the clause, at most MAX_SPEAKER_TOKENS on. */
function clauseEnd(tokens: readonly Token[], from: number): number {
  let k = from;
  while (k < tokens.length && k - from < MAX_SPEAKER_TOKENS && !CLAUSE_ENDS.has(tokens[k].text)) k++;
  return k;
}

/** The first token of the clause that token `last` ends, at most MAX_SPEAKER_TOKENS back, never across a line. */
function clauseStart(tokens: readonly Token[], last: number, text: string): number {
  let k = last + 1;
  while (k > 0 && last - k + 1 < MAX_SPEAKER_TOKENS && !CLAUSE_ENDS.has(tokens[k - 1].text) && !text.slice(tokens[k - 1].end, tokens[k].start).includes('\n')) k--;
  return k;
}

/** The span of tokens[from, to) without the sentence's closing marks. */
function reportedSpan(tokens: readonly Token[], from: number, to: number): Span | undefined {
  let last = to - 1;
  while (last >= from && tokens[last].kind === 'punct' && !/[»"”“)]/.test(tokens[last].text)) last--;
  return last >= from ? { start: tokens[from].start, end: tokens[last].end } : undefined;
}

/** For each token, the indices of its sentence's first token and of the token just past its last: one pass. */
function sentenceBounds(article: Article): { starts: Int32Array; ends: Int32Array } {
  const { tokens, sentences } = article;
  const starts = new Int32Array(tokens.length);
  const ends = new Int32Array(tokens.length);
  let s = 0;
  let i = 0;
  while (i < tokens.length) {
    while (s < sentences.length && sentences[s].end <= tokens[i].start) s++;
    const end = s < sentences.length ? sentences[s].end : Infinity;
    let j = i + 1;
    while (j < tokens.length && tokens[j].start < end) j++;
    starts.fill(i, i, j);
    ends.fill(j, i, j);
    i = j;
  }
  return { starts, ends };
}

/** The candidates in order of start, a later one dropped where it overlaps one kept (two cues for one quote). */
function withoutOverlaps(found: QuoteCandidate[]): QuoteCandidate[] {
  const kept: QuoteCandidate[] = [];
  for (const q of found.sort((a, b) => a.start - b.start || a.end - b.end)) {
    const last = kept[kept.length - 1];
    if (!last || q.start >= last.end) kept.push(q);
  }
  return kept;
}
