// Which of several word lists each token of an article is in, looked up once per token. The place and
// organization matchers each ask their own list about the same token (is it a street noun, a place noun,
// the first word of a listed name, a chain head…), and most answers are no: one map from a folded word to
// the bits of its lists answers all of them, and a matcher reads a bit before it does its own lookup.
import { foldedTokens } from '../text/fold';

export class WordClasses {
  private readonly bits = new Map<string, number>();
  private last: { tokens: readonly { text: string }[] | undefined; classes: Uint8Array } = { tokens: undefined, classes: new Uint8Array(0) };

  /** Marks the folded words with a bit (1, 2, 4 … 128). */
  add(folded: Iterable<string>, bit: number): this {
    for (const word of folded) this.bits.set(word, (this.bits.get(word) ?? 0) | bit);
    return this;
  }

  /** The bits of one folded word. */
  of(folded: string): number {
    return this.bits.get(folded) ?? 0;
  }

  /** The bits of every token, computed once per token list (the matchers of one article ask again and again). */
  ofTokens(tokens: readonly { text: string }[]): Uint8Array {
    if (tokens === this.last.tokens) return this.last.classes;
    const folded = foldedTokens(tokens);
    const classes = new Uint8Array(folded.length);
    for (let i = 0; i < folded.length; i++) classes[i] = this.bits.get(folded[i]) ?? 0;
    this.last = { tokens, classes };
    return classes;
  }
}
