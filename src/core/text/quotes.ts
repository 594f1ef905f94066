// Quotation marks as news writes them around names: «…», "…", “…”, „…“. One definition for every stage that
// asks whether a word opens, closes or sits inside a quoted name.
import type { Token } from '../types';

export const OPEN_QUOTES: ReadonlySet<string> = new Set(['«', '"', '“', '„']);
export const CLOSE_QUOTES: ReadonlySet<string> = new Set(['»', '"', '”', '“']);
/** The closing marks that may pair with each opening one. */
export const CLOSE_QUOTE_OF: Readonly<Record<string, readonly string[]>> = { '«': ['»'], '"': ['"', '“', '”'], '“': ['”', '“', '"'], '„': ['“', '”', '"'] };

/** Words that join the capitalized words of a company's name (Маркетинг Трейдинг энд Финанс, Johnson & Johnson). */
const NAME_CONNECTORS = new Set(['энд', 'енд', 'and', 'und', '&', '-', '.', ',', '(', ')']);
/** A quoted name is short; a longer quote is speech or a title with ordinary words. */
const MAX_QUOTED_WORDS = 8;

const inName = (t: Token): boolean => (t.kind === 'word' && /^[\p{Lu}\d]/u.test(t.text)) || NAME_CONNECTORS.has(t.text) || (t.kind === 'word' && t.text.length === 1);

/**
 * Are tokens[first..last] inside a quoted name — quotes holding only capitalized words, numbers and name
 * connectors ("ОМВ Газ Маркетинг Трейдинг энд Финанс Б.В.")? Such quotes name a company, a ship or a work, so
 * capitalized words in them are not a person; a quote with any ordinary lowercase word is speech, where people are.
 */
export function insideQuotedName(tokens: readonly Token[], first: number, last: number): boolean {
  let open = first - 1;
  while (open >= 0 && first - open <= MAX_QUOTED_WORDS && !OPEN_QUOTES.has(tokens[open].text) && inName(tokens[open])) open--;
  if (open < 0 || !OPEN_QUOTES.has(tokens[open].text)) return false;
  let close = last + 1;
  while (close < tokens.length && close - last <= MAX_QUOTED_WORDS && !CLOSE_QUOTES.has(tokens[close].text) && inName(tokens[close])) close++;
  return close < tokens.length && CLOSE_QUOTE_OF[tokens[open].text].includes(tokens[close].text);
}
