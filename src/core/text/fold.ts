// One comparison key for Russian and Ukrainian words and names: letter case, ё/е and the apostrophe's
// spelling do not tell words apart (Семён = Семен; Мар'яна = Мар’яна = Марʼяна: Ukrainian texts and
// tokenized corpora write U+0027, U+2019 or U+02BC), so every lookup folds them away. One character stays
// one character, so offsets into a folded text are offsets into the original.

export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  // Most words have none of these: one test is cheaper than two replacements (this runs for every token lookup).
  return FOLDED_AWAY.test(lower) ? lower.replace(/ё/g, 'е').replace(/[’ʼ`]/g, "'") : lower;
}

const FOLDED_AWAY = /[ё’ʼ`]/;
