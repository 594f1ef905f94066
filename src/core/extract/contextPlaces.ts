// Places no list knows, read from the words around them. A capitalized noun in the locative right after a
// preposition of place (в Петриківці, у Шахтарську, на Поділлі, под Урюпинском) is a place: people and
// organizations rarely stand there in that case, and the few that do are told apart by the first-name list and
// the institution nouns. Each reading gets an id from the word's stem (stemKey), so the forms of one unknown
// place (Петриківці, Петриківка, Петриківки) are one entity.
import { lookupFirstName } from '../names/firstNames';
import { foldCase as fold, foldedTokens } from '../text/fold';
import type { Article, Lang, Token } from '../types';

/** A place read from context: tokens[first..last] and its base form. */
export interface ContextPlace {
  first: number;
  last: number;
  lemma: string;
}

/** Prepositions governing the locative (в, на) or, under/під, the instrumental. */
const LOCATIVE_PREPOSITIONS: Record<Lang, Set<string>> = { uk: new Set(['в', 'у', 'на']), ru: new Set(['в', 'во', 'на']) };
const UNDER: Record<Lang, Set<string>> = { uk: new Set(['під']), ru: new Set(['под']) };

// Noun endings of the locative: Петриківці, Львові, Поділлі, Коломиї, Шахтарську; Урюпинске, Тольятти-less.
// An adjective's locative (Київському, Західній) and the plural (Карпатах) are left out: they open longer names.
const LOCATIVE: Record<Lang, RegExp> = {
  uk: /(?:[бвгґджзклмнпрстфхцчшщ]і|[ое]ві|ії|[^і]ї|[сцз]ьку)$/u,
  ru: /(?:[бвгджзклмнпрстфхцчшщ]е|ии)$/u,
};
const INSTRUMENTAL: Record<Lang, RegExp> = { uk: /(?:[бвгджзклмнпрстфхцчшщ]ом|[жчшщц]ем)$/u, ru: /(?:[бвгджзклмнпрстфхцчшщ]ом|[жчшщц]ем)$/u };
// Adjective forms that look like nouns' (Великі, Давні, Другій): an adjective opens a longer name or none.
const ADJECTIVE: Record<Lang, RegExp> = { uk: /(?:ому|ьому|ій|ім|[кгх]і|ьні)$/u, ru: /(?:ое|ее)$/u };

/**
 * Capitalized common nouns that follow в/у/на as often as places do (в Інтернеті, у Положенні, в Міністерстві),
 * by their folded stem: documents, institutions, the web. Place nouns themselves are read as heads elsewhere.
 */
const COMMON_NOUN_STEM =
  /^(інтернет|интернет|мереж|сети$|положенн|положени|закон|кодекс|указ|статут|додатк|приложени|конституці|конституци|біблі|библи|євангелі|евангели|всесвіт|договор|догові|угод|объединени|об.єднанн|царств|міністерств|министерств|управлінн|управлени|академі|академи|інститут|институт|університет|университет|палат|кабінет|кабинет|комітет|комитет|департамент|агентств|центр|фонд[іе]$|банк[уе]$|суд[іе]$|раді$|совет|парті|парти|церкв|храм|собор|фейсбук|твіттер|твиттер|телеграм|ютуб|ютюб)/u;

/** Company and agency names compounded with an industry or office word (у Росздравнадзорі, в Укрнафті). */
const COMPANY_COMPOUND = /.{3}(?:надзор|нагляд|банк|пром|газ|нафт|нефт|енерго|энерго|інвест|инвест|трейд|холдинг|комтех)/u;

/**
 * A capitalized noun in the locative (or, after під/под, the instrumental) right after a preposition of place:
 * в Петриківці, у Шахтарську, на Поділлі, под Урюпинском. Not a first name (в Олені, на Дору), not a word the
 * article also writes in lowercase (в Мережі … мережа), and not one word of a longer capitalized name.
 */
export function locativePlaceAt(article: Article, i: number, lowercase: ReadonlySet<string>): ContextPlace | undefined {
  const { tokens, text, lang } = article;
  const t = tokens[i];
  const prev = tokens[i - 1];
  if (!prev || t.kind !== 'word' || prev.kind !== 'word' || !spaced(text, prev, t)) return undefined;
  if (!/^\p{Lu}\p{Ll}{3,}(?:-\p{Lu}\p{Ll}+)?$/u.test(t.text)) return undefined;
  const folded = foldedTokens(tokens);
  const preposition = folded[i - 1];
  const word = folded[i];
  const locative = LOCATIVE_PREPOSITIONS[lang].has(preposition) && LOCATIVE[lang].test(word);
  const instrumental = UNDER[lang].has(preposition) && INSTRUMENTAL[lang].test(word);
  if (!(locative || instrumental) || ADJECTIVE[lang].test(word) || COMMON_NOUN_STEM.test(word) || COMPANY_COMPOUND.test(word)) return undefined;
  if (lowercase.has(word) || lookupFirstName(t.text).length > 0) return undefined;
  const next = tokens[i + 1];
  if (next && next.kind === 'word' && /^\p{Lu}/u.test(next.text) && spaced(text, t, next)) return undefined;
  return { first: i, last: i, lemma: t.text };
}

/** Tokens separated by spaces only (one or two: pre-tokenized text doubles none). */
const spaced = (text: string, a: Token, b: Token): boolean => /^[ \t\u00a0]{1,2}$/.test(text.slice(a.end, b.start));

const lowercaseByTokens = new WeakMap<readonly Token[], ReadonlySet<string>>();

/** The words an article writes in lowercase, folded: a capitalized one of them is a common word. */
export function lowercaseWords(tokens: readonly Token[]): ReadonlySet<string> {
  let found = lowercaseByTokens.get(tokens);
  if (!found) {
    const set = new Set<string>();
    const folded = foldedTokens(tokens);
    tokens.forEach((t, k) => {
      if (t.kind === 'word' && t.text === folded[k]) set.add(folded[k]);
    });
    found = set;
    lowercaseByTokens.set(tokens, found);
  }
  return found;
}

/**
 * The stem of a place name's form, for the id its unknown forms share: the case ending dropped and the
 * consonant it softened restored (Петриківці, Петриківка → петриківк; Шахтарську, Шахтарськ → шахтарськ).
 */
export function stemKey(word: string): string {
  const w = fold(word);
  const stem = w.replace(/(?:ові|еві|ами|ями|ою|ею|ом|ем|ах|ях|ів|ї|і|и|ы|а|я|у|ю|е|о|ь|й)$/u, '');
  const base = stem.length >= 3 ? stem : w;
  return base.replace(/ц$/u, 'к').replace(/з$/u, 'г');
}
