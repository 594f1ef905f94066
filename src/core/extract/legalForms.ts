// A company's legal form before its quoted name: ТОВ «Бюро Ейнштейн», ДП «НАЕК «Енергоатом», ООО «Алтек».
// Whether the form and the quotes belong to the mention is a convention the corpora disagree on, decided here
// only (mentionIncludesForm); the organization's base form and id are the bare name either way, so
// ТОВ «X» and «X» are one organization.
import { CLOSE_QUOTE_OF, CLOSE_QUOTES, OPEN_QUOTES } from '../text/quotes';
import type { Article, Lang, Token } from '../types';

/**
 * Legal forms of Russian and Ukrainian companies and bodies, as abbreviations: ООО, ПАО, ТОВ, ПрАТ, ДП, КП…
 * (also national companies, state enterprises, farms, public organizations: НАК, ДП, ФГ, ГО).
 */
export const LEGAL_FORM = /^(ООО|ОАО|ЗАО|АО|ПАО|НАО|ГУП|МУП|ФГУП|ФГБУ|ФБУН|ФГУ|ГБУ|АНО|НКО|ИА|ИП|ЧП|ТОВ|ТзОВ|ТДВ|ПрАТ|ПАТ|АТ|ВАТ|ЗАТ|ДП|КП|ПП|ВП|МП|СП|ПФ|НАК|ДК|ДАК|ГО|ВГО|БФ|ФК|ФГ|ХК|ІА|НВО|НВП|НПП|НВФ|ВО|КБ|ТД|АК|ПВКП|СВКП|КВП|ПК|ОСББ)$/;

/** Other abbreviations of a kind of organization before its quoted name: ГНЦ «Вектор», ІАЦ «Спейс-Інформ», РИА «Новости». */
const TYPE_ABBREVIATION = /^[А-ЯЁІЇЄҐ][а-яёіїєґ]?[А-ЯЁІЇЄҐ]{1,4}$/;

/**
 * Does the mention of a quoted name after a legal form or another abbreviation include it and the quotes (ТОВ
 * «Бюро Ейнштейн», ГНЦ "Вектор") or only the name (ООО «[Алтек]»)? Measured on the shared gold. A legal form:
 * ner-uk (Ukrainian) includes it in all 840 cases; BSNLP Ukrainian in 7, leaving it out in 16; BSNLP Russian 13
 * and 22; factRuEval (Russian) leaves it out in all 6: Ukrainian includes it (847 of 863), Russian leaves it out
 * (28 of 41). Another abbreviation: included in 44 of 45 (ner-uk) and 16 of 24 (BSNLP Russian) cases.
 */
export function mentionIncludesForm(lang: Lang, legal: boolean): boolean {
  return !legal || lang === 'uk';
}

/** A legal form, its quoted name and the quotes, as token indices. */
export interface LegalName {
  /** The legal form (ТОВ) or other abbreviation (ГНЦ). */
  form: number;
  /** Is the form a legal one (ТОВ, ООО), not another abbreviation? */
  legal: boolean;
  /** The first and last tokens of the bare name: НАЕК «Енергоатом» of ДП «НАЕК «Енергоатом», НВП «Інтертерм» of ТОВ «НВП «Інтертерм»». */
  first: number;
  last: number;
  /** The closing quote: the last token of the whole (the same as `last` when nested quotes close as one: «НАЕК «Енергоатом»). */
  close: number;
}

const QUOTE = /[«"“„]/;
/** The longest quoted name read, in tokens: ТОВ «Демурінський гірничо-збагачувальний комбінат» has 7. */
const MAX_NAME = 14;

/** Is tokens[k] a quote that opens (a guillemet, or a straight quote with no word right before it)? */
function opens(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || !OPEN_QUOTES.has(t.text)) return false;
  if (t.text === '«' || t.text === '„') return true;
  const prev = tokens[k - 1];
  const next = tokens[k + 1];
  // "НАК "Нафтогаз України": an opening straight quote is glued to the next word, not to the previous one.
  return !!next && next.start === t.end && !(prev && prev.end === t.start && prev.kind === 'word');
}

/**
 * The legal-form names of one article: ТОВ «X», ДП «НАЕК «Енергоатом», ТОВ « Грімальді » (spaced), and names
 * after another abbreviation that is not a place (`isPlace`: США "…" is a place before a title).
 */
export function findLegalNames(article: Article, isPlace: (word: string) => boolean): LegalName[] {
  const { tokens } = article;
  const out: LegalName[] = [];
  if (!QUOTE.test(article.text)) return out;
  for (let i = 0; i + 2 < tokens.length; i++) {
    // Most words have no quote after them: that test first, it is the cheapest.
    if (tokens[i + 1].kind !== 'punct' || !OPEN_QUOTES.has(tokens[i + 1].text) || tokens[i].kind !== 'word') continue;
    const legal = LEGAL_FORM.test(tokens[i].text);
    if (!legal && !(TYPE_ABBREVIATION.test(tokens[i].text) && !isPlace(tokens[i].text))) continue;
    const open = i + 1;
    if (/\n/.test(article.text.slice(tokens[i].end, tokens[open].start))) continue;
    const first = open + 1;
    if (!/^[\p{Lu}\d]/u.test(tokens[first].text)) continue;
    const name = quotedName(article, open);
    if (!name) continue;
    out.push({ form: i, legal, first, last: name.last, close: name.close });
    i = name.close;
  }
  return out;
}

/** The end of the quoted name opened at tokens[open], nested quotes included; undefined when it does not close. */
function quotedName(article: Article, open: number): { last: number; close: number } | undefined {
  const { tokens, text } = article;
  const closers = CLOSE_QUOTE_OF[tokens[open].text] ?? [];
  let depth = 1;
  for (let k = open + 1; k < tokens.length && k - open <= MAX_NAME; k++) {
    const t = tokens[k];
    if (/\n/.test(text.slice(tokens[k - 1].end, t.start))) return undefined;
    // A sentence ends at a full stop with a space after it; a dot inside a word (Театр.doc) does not.
    if (/^[.!?;]$/.test(t.text) && tokens[k + 1]?.start !== t.end) return undefined;
    if (opens(tokens, k)) {
      depth++;
      continue;
    }
    if (!closers.includes(t.text) && !(depth > 1 && CLOSE_QUOTES.has(t.text))) continue;
    if (k === open + 1) return undefined;
    // ТОВ «НВП «Інтертерм»»: nested quotes close together; ДП «НАЕК «Енергоатом»: or the inner one closes both.
    let close = k;
    while (depth > 1 && tokens[close + 1] && CLOSE_QUOTES.has(tokens[close + 1].text) && tokens[close + 1].start - tokens[close].end <= 1) {
      close++;
      depth--;
    }
    return { last: depth > 1 ? close : close - 1, close };
  }
  return undefined;
}
