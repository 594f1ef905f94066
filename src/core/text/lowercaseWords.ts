// The words an article writes in lowercase: a capitalized word the article also writes in lowercase is likely a
// common word at a sentence start. Both the people rules and the model ask, so the set is made once per article.
import type { Article } from '../types';

const byArticle = new WeakMap<Article, ReadonlySet<string>>();

/** The article's word tokens written all in lowercase, as written. */
export function lowercaseWords(article: Article): ReadonlySet<string> {
  let words = byArticle.get(article);
  if (!words) {
    const set = new Set<string>();
    for (const t of article.tokens) if (t.kind === 'word' && t.text === t.text.toLowerCase()) set.add(t.text);
    byArticle.set(article, (words = set));
  }
  return words;
}
