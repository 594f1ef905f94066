// The words an article writes in lowercase: a capitalized word the article also writes in lowercase is likely a
// common word at a sentence start. Both the people rules and the model ask, so the set is made once per article.
import type { Article } from '../types';

const byArticle = new WeakMap<Article, ReadonlySet<string>>();

/** The article's word tokens written all in lowercase, as written. */
export function lowercaseWords(article: Article): ReadonlySet<string> {
  let words = byArticle.get(article);
  if (!words) {
    const set = new Set<string>();
    for (const t of article.tokens) if (t.kind === 'word' && writtenInLowercase(t.text)) set.add(t.text);
    byArticle.set(article, (words = set));
  }
  return words;
}

/**
 * Is the word unchanged by lowercasing (word === word.toLowerCase())? Read letter by letter for ASCII and the
 * Russian and Ukrainian alphabets, without the lowercase copy, which every token of every article would cost;
 * any other letter is left to toLowerCase.
 */
export function writtenInLowercase(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) return false;
    } else if (c >= 0x400 && c <= 0x42f) return false;
    else if (c < 0x430 || c > 0x45f) return word === word.toLowerCase();
  }
  return true;
}
