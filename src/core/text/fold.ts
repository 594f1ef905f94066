// One comparison key for Russian and Ukrainian words and names: letter case
// and ё/е do not tell words apart (Семён = Семен), so every lookup folds them away.

export function foldCase(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е');
}
