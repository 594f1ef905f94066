// A decoded article file to the Article record: header line, boilerplate lines,
// prose paragraphs, sentences, tokens, language and title.

import type { Article, Sentence, Span, Token } from './types';
import { boilerplateFamily } from './text/boilerplate';
import { detectLanguage } from './text/language';
import { splitParagraphs, splitSentences, tokenize, trimSpan } from './text/segment';

/** Titles made from the first sentence are cut to about this many characters. */
export const TITLE_MAX_LENGTH = 120;

// ` date 2026-01-07 Зеленский после саммита …`: some exporters put a space first.
const HEADER = /^[ \t\u00a0]*date[ \t\u00a0]+(\d{4})-(\d{2})-(\d{2})(?:[ \t\u00a0]+(.*))?$/i;

interface Header {
  span: Span;
  date?: string;
  title: string;
  /** Where the title stands in the text. */
  titleSpan?: Span;
}

/**
 * In `Стив Виткофф / © Getty Images` the caption names who is in the photo and
 * only the credit after the slash is boilerplate.
 */
function captionBeforeCredit(text: string, line: Span): Span | undefined {
  const slash = text.lastIndexOf('/', line.end);
  if (slash <= line.start) return undefined;
  return trimSpan(text, line.start, slash);
}

/** A credit that is a person's name, as newspapers sign photos: `Фото: Алексей БУЛАТОВ`, `Фото: Мария Ленц`. */
const PERSON_CREDIT = /^[ \t\u00a0]*[\p{L} ]{2,30}:[ \t\u00a0]*(\p{Lu}\p{Ll}+[ \t\u00a0]+\p{Lu}[\p{L}-]+)[ \t\u00a0.]*$/u;

/**
 * The photographer named in a photo credit line: a person the article names, though the rest of the line is
 * boilerplate. Only a first-name-and-surname shape qualifies; agencies (`Фото: РИА Новости`) stay out by the
 * people rules, which need a known first name or context.
 */
function creditedPerson(text: string, line: Span): Span | undefined {
  const match = PERSON_CREDIT.exec(text.slice(line.start, line.end));
  if (!match) return undefined;
  const start = line.start + match.index + match[0].indexOf(match[1], match[0].indexOf(':'));
  return { start, end: start + match[1].length };
}

export function parseArticle(path: string, text: string): Article {
  const header = parseHeader(text);
  const boilerplate: Span[] = [];
  // The header's title is prose: headlines name people and places too.
  const paragraphs: Span[] = header?.titleSpan ? [header.titleSpan] : [];
  /** Indexes of photo captions among the paragraphs: prose, but never the article's title. */
  const captions = new Set<number>();
  for (const paragraph of splitParagraphs(text, header ? header.span.end : 0)) {
    const family = boilerplateFamily(text.slice(paragraph.start, paragraph.end));
    if (family === undefined) paragraphs.push(paragraph);
    else {
      const caption = family === 'photo' ? captionBeforeCredit(text, paragraph) : undefined;
      if (caption) captions.add(paragraphs.push(caption) - 1);
      const credit = family === 'photo' && !caption ? creditedPerson(text, paragraph) : undefined;
      if (credit) captions.add(paragraphs.push(credit) - 1);
      boilerplate.push((caption && trimSpan(text, caption.end, paragraph.end)) || (credit && trimSpan(text, paragraph.start, credit.start)) || paragraph);
    }
  }

  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  paragraphs.forEach((paragraph, index) => {
    for (const { start, end } of splitSentences(text, paragraph)) sentences.push({ start, end, paragraph: index });
    tokenize(text, paragraph, tokens);
  });

  const titleSentence = sentences.find((sentence) => !captions.has(sentence.paragraph));
  const firstSentence = titleSentence ? text.slice(titleSentence.start, titleSentence.end) : '';
  const title = header?.title || shortenTitle(firstSentence) || fileStem(path);

  // Every article has every field, in one order (undefined where the file has no header or date), so the
  // extractors' reads of article fields meet one object shape and stay compiled.
  return {
    path,
    text,
    lang: detectLanguage(text, paragraphs),
    date: header?.date,
    dateEvidence: undefined,
    title,
    header: header?.span,
    boilerplate,
    paragraphs,
    sentences,
    tokens,
  };
}

/**
 * The ` date YYYY-MM-DD title` first line, if the file has one. A line of that form
 * with an impossible date (2026-02-30) is still a header, so it stays out of the
 * prose, but it yields no date.
 */
function parseHeader(text: string): Header | undefined {
  let lineEnd = 0;
  while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
  const match = HEADER.exec(text.slice(0, lineEnd));
  if (!match) return undefined;
  const [, year, month, day, rest] = match;
  const titleSpan = rest === undefined ? undefined : trimSpan(rest, 0, rest.length);
  const restStart = lineEnd - (rest?.length ?? 0);
  const header: Header = {
    span: { start: 0, end: lineEnd },
    title: titleSpan ? rest.slice(titleSpan.start, titleSpan.end) : '',
    titleSpan: titleSpan && { start: restStart + titleSpan.start, end: restStart + titleSpan.end },
  };
  if (isCalendarDate(Number(year), Number(month), Number(day))) header.date = `${year}-${month}-${day}`;
  return header;
}

function isCalendarDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return day <= days;
}

/** One line of at most ~TITLE_MAX_LENGTH characters, cut on a word boundary with `…`. */
export function shortenTitle(sentence: string): string {
  const line = sentence.replace(/\s+/g, ' ').trim();
  if (line.length <= TITLE_MAX_LENGTH) return line;
  let cut = line.lastIndexOf(' ', TITLE_MAX_LENGTH - 1);
  // Without a space in the second half, a word boundary would waste too much; cut the word.
  if (cut < TITLE_MAX_LENGTH / 2) cut = TITLE_MAX_LENGTH - 1;
  // Never split a surrogate pair.
  if (/[\ud800-\udbff]/.test(line[cut - 1])) cut--;
  return `${line.slice(0, cut).replace(/[\s,;:—–-]+$/, '')}…`;
}

function fileStem(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}
