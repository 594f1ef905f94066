// One comparison key for Russian and Ukrainian words and names: letter case, ё/е and the apostrophe's
// spelling do not tell words apart (Семён = Семен; Мар'яна = Мар’яна = Марʼяна: Ukrainian texts and
// tokenized corpora write U+0027, U+2019 or U+02BC), so every lookup folds them away. One character stays
// one character, so offsets into a folded text are offsets into the original.

export function foldCase(text: string): string {
  return foldLowercase(text.toLowerCase());
}

/** foldCase of a word its caller has lowercased already. */
export function foldLowercase(lower: string): string {
  // Most words have none of these: one test is cheaper than two replacements (this runs for every token lookup).
  return FOLDED_AWAY.test(lower) ? lower.replace(/ё/g, 'е').replace(/[’ʼ`]/g, "'") : lower;
}

const FOLDED_AWAY = /[ё’ʼ`]/;

/**
 * The folded text of every token of an article, folded once: the matchers look the same tokens up again
 * and again (gazetteer, chain heads, street nouns), and folding is a lowercase copy each time.
 * Kept per token list, which an article never changes after parsing.
 */
export function foldedTokens(tokens: readonly { text: string }[]): readonly string[] {
  // The matchers ask several times per token of the article at hand: the last answer is kept before the map.
  if (tokens === last.tokens) return last.folded;
  let folded = foldedByTokens.get(tokens);
  if (!folded) {
    folded = tokens.map((t) => foldCase(t.text));
    foldedByTokens.set(tokens, folded);
  }
  last = { tokens, folded };
  return folded;
}

const foldedByTokens = new WeakMap<readonly { text: string }[], readonly string[]>();
let last: { tokens: readonly { text: string }[] | undefined; folded: readonly string[] } = { tokens: undefined, folded: [] };
