// One comparison key for Russian and Ukrainian words and names: letter case, ё/е and the apostrophe's
// spelling do not tell words apart (Семён = Семен; Мар'яна = Мар’яна = Марʼяна: Ukrainian texts and
// tokenized corpora write U+0027, U+2019 or U+02BC), so every lookup folds them away. One character stays
// one character, so offsets into a folded text are offsets into the original.

export function foldCase(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(/[’ʼ`]/g, "'");
}
