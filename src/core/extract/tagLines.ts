// People named in a line of lowercase keywords, as news sites print an article's tags under it:
// "коронавирус в россии, россия, здоровье - общество, татьяна голикова, владимир путин, москва". The
// capitalized-word rules never see these names; a tag of a known first name in the nominative and one more word
// is a person, and tags are written in the nominative, so the lemma is the tag capitalized.
import { lookupFirstName } from '../names/firstNames';
import type { Article, Span } from '../types';
import type { PersonMention } from './people';

/** Fewer comma-separated items than this make a sentence, not a tag line. */
const MIN_TAGS = 4;
/** A tag of two lowercase words, a first name and a surname, perhaps with a note in brackets: александр сергеев (ран). */
const NAME_TAG = /^([а-яёіїєґ]{3,}) ([а-яёіїєґ]{3,}(?:-[а-яёіїєґ]{2,})?)(?: \([^)]*\))?$/u;
const UPPERCASE = /\p{Lu}/u;

const capitalize = (word: string): string => word.replace(/(^|-)(\p{Ll})/gu, (_, dash: string, letter: string) => dash + letter.toUpperCase());

/** A line of lowercase keywords: no capital letter, at least MIN_TAGS comma-separated items. */
const isTagLine = (line: string): boolean => !UPPERCASE.test(line) && line.split(',').length >= MIN_TAGS;

/**
 * The article's tag lines. Their words are lowercase only because tags are written so: they say nothing about
 * whether a capitalized word elsewhere is a common word (волчков in the tags, Волчков in the text).
 */
export function tagLines(article: Article): Span[] {
  let lines = tagLinesOf.get(article);
  if (!lines) {
    // A tag line opens with a lowercase letter: most paragraphs are ruled out without being copied.
    lines = article.paragraphs.filter((p) => LOWERCASE_START.test(article.text.charAt(p.start)) && isTagLine(article.text.slice(p.start, p.end)));
    tagLinesOf.set(article, lines);
  }
  return lines;
}

const tagLinesOf = new WeakMap<Article, Span[]>();
const LOWERCASE_START = /\p{Ll}/u;

/** A first name written as itself, in the nominative: владимир, not владимира. */
const isFirstNameNominative = (word: string): boolean => lookupFirstName(capitalize(word)).some((r) => r.cases.includes('nom') && r.lemma.toLowerCase() === word);

/**
 * The people a lowercase tag line of the article names (none when it has no such line). `ambiguous` holds the
 * first names that are also common words (вера, роман), which need more evidence than a tag gives.
 */
export function findTaggedPeople(article: Article, ambiguous: ReadonlySet<string>): PersonMention[] {
  const found: PersonMention[] = [];
  for (const paragraph of tagLines(article)) {
    const line = article.text.slice(paragraph.start, paragraph.end);
    let offset = paragraph.start;
    for (const item of line.split(',')) {
      const tag = item.trim();
      const start = offset + item.indexOf(tag);
      offset += item.length + 1;
      const match = NAME_TAG.exec(tag);
      if (!match) continue;
      const [, first, surname] = match;
      const text = `${first} ${surname}`;
      const reading = lookupFirstName(capitalize(first)).find((r) => r.cases.includes('nom') && r.lemma.toLowerCase() === first);
      if (!reading || ambiguous.has(first) || isFirstNameNominative(surname)) continue;
      const lemma = `${reading.lemma} ${capitalize(surname)}`;
      found.push({ doc: article.path, start, end: start + text.length, text, lemma, surname: capitalize(surname), first: { lemma: reading.lemma, group: reading.group } });
    }
  }
  return found;
}
