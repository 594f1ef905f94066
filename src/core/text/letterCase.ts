// Whether a word opens with a lowercase letter, read off its first code where that code is a plain Latin or
// Cyrillic lowercase letter, as most words of the articles open. The matchers ask a pattern such as /^\p{Lu}/u of
// nearly every token; this answers most of them first, without the pattern.

/**
 * Does the text open with a lowercase Latin (a–z) or Cyrillic (а–я, ѐ–џ: ё, є, і, ї…) letter, or ґ? Then it opens
 * with no uppercase letter (\p{Lu}). False says nothing: the caller's own test decides.
 */
export function opensLowercase(text: string): boolean {
  const c = text.charCodeAt(0);
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x430 && c <= 0x45f) || c === 0x491;
}
