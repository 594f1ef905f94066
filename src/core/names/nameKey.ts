// Keys that make spellings of one name compare equal across Russian, Ukrainian
// and transliteration variants: Виткофф = Уиткофф = Віткофф, Грюнбаум =
// Груенбаум, Умеров = Умєров, Кислица = Кислиця.

const LATIN: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', є: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', і: 'i', ї: 'i',
  й: 'i', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'c',
  ч: 'ch', ш: 'sh', щ: 'sh', ъ: '', ы: 'i', ь: '', э: 'e', ю: 'u', я: 'a', "'": '', '’': '', 'ʼ': '',
};

/** Lowercase Latin transliteration, one letter at a time. */
export function transliterate(text: string): string {
  let out = '';
  for (const ch of text.toLowerCase()) out += LATIN[ch] ?? ch;
  return out;
}

/** A squeezed key: transliterated, leading "ui"→"vi" (Уиткофф/Виткофф), doubled letters and vowel runs collapsed. */
const keyCache = new Map<string, string>();

export function nameKey(name: string): string {
  let key = keyCache.get(name);
  if (key === undefined) {
    key = squeeze(name);
    keyCache.set(name, key);
  }
  return key;
}

function squeeze(name: string): string {
  return transliterate(name)
    .replace(/[^a-z]+/g, '')
    .replace(/^ui/, 'vi')
    .replace(/([a-z])\1+/g, '$1')
    .replace(/([aeiou])[aeiou]+/g, '$1');
}

/**
 * A key for one word form across Russian and Ukrainian spellings (Умеров = Умєров, Барклі = Баркли) that,
 * unlike nameKey, keeps endings apart: Асия, Асии and Асий are three forms of one paradigm, not one spelling.
 */
const spellingCache = new Map<string, string>();

export function spellingKey(word: string): string {
  let key = spellingCache.get(word);
  if (key === undefined) {
    key = transliterate(word.toLowerCase().replace(/й/g, 'j')).replace(/([a-z])\1+/g, '$1');
    spellingCache.set(word, key);
  }
  return key;
}

/** A readable ASCII slug for entity ids. */
export function slug(name: string): string {
  return transliterate(name)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The key of a first name and a surname together (Азія Бібі): the pair a named mention makes known. */
export const fullNameKey = (first: string, surname: string): string => `${nameKey(first)}|${nameKey(surname)}`;
