// Place (LOC) and organization (ORG) mentions from a gazetteer. Each entry of
// src/core/lexicon/{places,organizations}.ts names one real place or
// organization in Russian and Ukrainian, in the nominative; the inflected
// forms are generated here by ending rules (noun and adjective declension of
// both languages) into one Map from a folded word sequence to its readings,
// built once. Matching is longest-first over tokens, so an article costs
// tokens × the longest name. Rules add what no list can hold: -ск- adjective +
// область/район/край (Тюменской области), capitalized adjectives + an
// institution noun (Оксфордского университета), a compass adjective before a
// place (Западной Европы), a ministry taking its country (МИД России), and a
// capitalized quoted name after an organization noun (партия «…») as an ORG.
import { PLACES } from '../lexicon/places';
import { ORGANIZATIONS, ORG_NOUNS_RU, ORG_NOUNS_UK } from '../lexicon/organizations';
import { slug } from '../names/nameKey';
import type { Article, Entity, Lang, Mention, Span, Token } from '../types';

export interface PlaceOrgMention extends Span {
  doc: string;
  type: 'LOC' | 'ORG';
  text: string;
  lemma: string;
  /** Entity id: the gazetteer's (loc:usa), or one made from the base form. */
  entity: string;
  lang?: Lang;
}

interface Reading {
  entity: string;
  type: 'LOC' | 'ORG';
  lang: Lang;
  /** The nominative name, word by word. */
  lemma: string[];
  /** Word positions that do not decline: the lemma copies the surface there. */
  fixed: boolean[];
  /** Exact spelling required (abbreviations, Latin names, common words). */
  exact?: string;
  /** May take a following place in the genitive: МИД России, Минздрав Украины. */
  absorbs: boolean;
  /** Also a common word (Штаты, Рада, Перу): not read at the start of a sentence. */
  homograph: boolean;
  /** Counts only with a place after it: Правительство РФ, Посольство США. */
  absorbOnly: boolean;
}

// ---------------------------------------------------------------------------
// Declension

const fold = (s: string): string => s.toLowerCase().replace(/ё/g, 'е').replace(/[’ʼ`]/g, "'");

const RU_ADJ = /(ый|ий|ой|ая|яя|ое|ее|ые|ие)$/;
const UK_ADJ = /(ий|ій|[нквц]і|[нквц]а|[нквц]е|ська|цька|зька)$/;

function isAdjective(word: string, lang: Lang): boolean {
  const w = word.toLowerCase();
  return lang === 'ru' ? RU_ADJ.test(w) && !/ия$/.test(w) : UK_ADJ.test(w) && !/ія$/.test(w);
}

const withEndings = (stem: string, endings: string[]): string[] => endings.map((e) => stem + e);

/** Every form of one word (the nominative included); the declined part of a hyphenated word is its last segment. */
export function declineWord(word: string, lang: Lang, adjective: boolean, fleeting = false): string[] {
  const dash = word.lastIndexOf('-');
  if (dash > 0 && !adjective) return declineWord(word.slice(dash + 1), lang, false, fleeting).map((f) => word.slice(0, dash + 1) + f);
  const forms = [word, ...(adjective ? (lang === 'ru' ? ruAdjective(word) : ukAdjective(word)) : lang === 'ru' ? ruNoun(word, fleeting) : ukNoun(word, fleeting))];
  return [...new Set(forms)];
}

function ruAdjective(w: string): string[] {
  const m = /(ый|ий|ой|ая|яя|ое|ее|ые|ие)$/.exec(w.toLowerCase());
  if (!m) return [];
  const s = w.slice(0, -2);
  switch (m[1]) {
    case 'ый': return withEndings(s, ['ого', 'ому', 'ым', 'ом']);
    case 'ий': return withEndings(s, ['ого', 'его', 'ому', 'ему', 'им', 'ом', 'ем']);
    case 'ой': return withEndings(s, ['ого', 'ому', 'ым', 'им', 'ом']);
    case 'ая': return withEndings(s, ['ой', 'ую', 'ою']);
    case 'яя': return withEndings(s, ['ей', 'юю', 'ею']);
    case 'ое': return withEndings(s, ['ого', 'ому', 'ым', 'ом']);
    case 'ее': return withEndings(s, ['его', 'ему', 'им', 'ем']);
    case 'ые': return withEndings(s, ['ых', 'ым', 'ыми']);
    default: return withEndings(s, ['их', 'им', 'ими']);
  }
}

function ukAdjective(w: string): string[] {
  const l = w.toLowerCase();
  const s = w.slice(0, -1);
  if (l.endsWith('ій')) return withEndings(w.slice(0, -2), ['ього', 'ьому', 'ім']);
  if (l.endsWith('ий')) return withEndings(w.slice(0, -2), ['ого', 'ому', 'им', 'ім']);
  if (l.endsWith('а')) return withEndings(s, ['ої', 'ій', 'у', 'ою']);
  if (l.endsWith('е')) return withEndings(s, ['ого', 'ому', 'им', 'ім']);
  if (l.endsWith('і')) return withEndings(s, ['их', 'им', 'ими']);
  return [];
}

/** Drops the fleeting vowel of the last syllable: Египет → Египт, Орел → Орл. */
const dropVowel = (w: string): string => w.replace(/[еоёі](\p{L})$/u, '$1');

function ruNoun(w: string, fleeting: boolean): string[] {
  const l = w.toLowerCase();
  const s = w.slice(0, -1);
  if (l.endsWith('ия')) return withEndings(s, ['и', 'ю', 'ей', 'ею']);
  if (l.endsWith('ье')) return withEndings(s, ['я', 'ю', 'ем', 'е']);
  if (l.endsWith('ие')) return withEndings(s, ['я', 'ю', 'ем', 'и']);
  if (/(ство|тво)$/.test(l)) return withEndings(s, ['а', 'у', 'ом', 'е']);
  if (l.endsWith('а')) return withEndings(s, [/[гкхжшчщ]а$/.test(l) ? 'и' : 'ы', 'е', 'у', 'ой', 'ою', 'ей']);
  if (l.endsWith('я')) return withEndings(s, ['и', 'е', 'ю', 'ей', 'ею']);
  if (l.endsWith('ы')) return withEndings(s, ['ов', 'ам', 'ами', 'ах', '']);
  if (/[оеиуюэ]$/.test(l)) return [];
  if (l.endsWith('й')) return withEndings(s, ['я', 'ю', 'е', 'ем']);
  if (l.endsWith('ь')) return withEndings(s, ['я', 'ю', 'е', 'ем', 'и', 'ью']);
  if (!/\p{L}$/u.test(l)) return [];
  const stem = fleeting ? dropVowel(w) : w;
  return withEndings(stem, ['а', 'у', 'е', 'ом', ...(/[жшчщц]$/.test(l) ? ['ем'] : [])]);
}

const UK_SOFTEN: Record<string, string> = { к: 'ц', г: 'з', х: 'с' };

function ukNoun(w: string, fleeting: boolean): string[] {
  const l = w.toLowerCase();
  const s = w.slice(0, -1);
  if (/[іи]я$/.test(l) || /[аеоуєїю]я$/.test(l)) return withEndings(s, ['ї', 'ю', 'єю']);
  if (/(\p{L})\1я$/u.test(l) || /['’ʼ]я$/.test(l)) return withEndings(s, ['я', 'ю', 'ям', 'і']);
  if (l.endsWith('я')) return withEndings(s, ['і', 'ю', 'ею']);
  if (l.endsWith('а')) {
    const last = l.at(-2) ?? '';
    const soft = UK_SOFTEN[last];
    const sibilant = /[жчшщ]/.test(last);
    return [
      ...withEndings(s, [sibilant ? 'і' : 'и', 'і', 'у', sibilant ? 'ею' : 'ою']),
      ...(soft ? [s.slice(0, -1) + (s.at(-1) === s.at(-1)!.toUpperCase() ? soft.toUpperCase() : soft) + 'і'] : []),
    ];
  }
  if (l.endsWith('и')) return withEndings(s, ['ів', 'ам', 'ами', 'ах', '']);
  if (/(ство|тво)$/.test(l)) return withEndings(s, ['а', 'у', 'ом', 'і']);
  if (/[іоеуює]$/.test(l)) return [];
  if (l.endsWith('й')) return withEndings(s, ['ю', 'ї', 'єм', 'я']);
  if (l.endsWith('ь')) {
    const doubled = s + s.at(-1);
    return [...withEndings(s, ['я', 'ю', 'і', 'ем']), doubled + 'ю'];
  }
  if (!/\p{L}$/u.test(l)) return [];
  // Київ → Києва, Харків → Харкова, Львів → Львова, дім → дому.
  const stems = new Set([w]);
  const m = /([іїе])([^аеиіїоуюяєь]+)$/.exec(w);
  if (m) {
    const head = w.slice(0, m.index);
    if (m[1] === 'ї') stems.add(`${head}є${m[2]}`);
    else if (m[1] === 'і') {
      stems.add(`${head}о${m[2]}`);
      stems.add(`${head}е${m[2]}`);
    }
  }
  if (fleeting) stems.add(dropVowel(w));
  const sibilant = /[жчшщц]$/.test(l);
  return [...stems].flatMap((st) => withEndings(st, ['а', 'у', 'і', 'ові', sibilant ? 'ем' : 'ом']));
}

// ---------------------------------------------------------------------------
// The gazetteer, compiled once

interface Gazetteer {
  byForm: Map<string, Reading[]>;
  longest: number;
  /** The first word of every form: most tokens start no name, and this says so without building n-grams. */
  firstWords: Set<string>;
}

let compiled: Gazetteer | undefined;

const EXACT_WORD = /^[\p{Lu}\d&.-]+$|[A-Za-z]/u;

/**
 * One lexicon line: `id|ru name;ru name|uk name;…`. Per name: leading `!` keeps
 * the exact spelling, `=` means it never declines, `%` marks a fleeting vowel
 * (Египет → Египта), `+` lets it take a place in the genitive (МИД России),
 * `*` only with such a place (Правительство РФ);
 * `/form/form` lists irregular forms of the same name.
 */
function compile(): Gazetteer {
  const byForm = new Map<string, Reading[]>();
  let longest = 1;
  const add = (lines: string, type: 'LOC' | 'ORG'): void => {
    for (const line of lines.split('\n')) {
      const trimmed = line.trim();
      if (!trimmed || trimmed.startsWith('#')) continue;
      const [id, ru = '', uk = ''] = trimmed.split('|');
      const entity = `${type.toLowerCase()}:${id}`;
      for (const [lang, names] of [['ru', ru], ['uk', uk]] as [Lang, string][]) {
        for (const raw of names.split(';')) {
          if (raw.trim()) addName(byForm, raw.trim(), entity, type, lang, (n) => (longest = Math.max(longest, n)));
        }
      }
    }
  };
  add(PLACES, 'LOC');
  add(ORGANIZATIONS, 'ORG');
  const firstWords = new Set([...byForm.keys()].map((key) => key.split(' ')[0]));
  return { byForm, longest, firstWords };
}

function addName(byForm: Map<string, Reading[]>, raw: string, entity: string, type: 'LOC' | 'ORG', lang: Lang, seen: (n: number) => void): void {
  let spec = raw;
  const flags = new Set<string>();
  while (/^[!=%+*]/.test(spec)) {
    flags.add(spec[0]);
    spec = spec.slice(1);
  }
  const [name, ...irregular] = spec.split('/');
  const words = name.split(/\s+/);
  const exactName = flags.has('!') || words.every((w) => EXACT_WORD.test(w));
  const indeclinable = flags.has('=') || (words.length === 1 && EXACT_WORD.test(name));
  // Leading adjectives and the first noun decline; what follows (a genitive, an abbreviation) does not.
  let head = words.findIndex((w, i) => i === words.length - 1 || !isAdjective(w, lang) || EXACT_WORD.test(w));
  if (indeclinable) head = -1;
  // A lone adjective is a name of its own: Хмельницкий, Грозный, Кривий.
  const loneAdjective = words.length === 1 && (lang === 'ru' ? /(ый|ий|ой)$/ : /(ий|ій)$/).test(name.toLowerCase());
  const fixed = words.map((w, i) => i > head || EXACT_WORD.test(w));
  const variants = words.map((w, i) => (fixed[i] ? [w] : declineWord(w, lang, i < head || loneAdjective, flags.has('%'))));
  const forms: string[][] = [[]];
  for (const v of variants) {
    const next: string[][] = [];
    for (const prefix of forms) for (const f of v) next.push([...prefix, f]);
    forms.splice(0, forms.length, ...next);
  }
  for (const extra of irregular) forms.push(extra.split(/\s+/));
  seen(words.length);
  for (const form of forms) {
    const reading: Reading = { entity, type, lang, lemma: words, fixed, absorbs: flags.has('+') || flags.has('*'), absorbOnly: flags.has('*'), homograph: flags.has('!'), ...(exactName ? { exact: form.join(' ') } : {}) };
    const key = fold(form.join(' '));
    const list = byForm.get(key);
    if (!list) byForm.set(key, [reading]);
    else if (!list.some((r) => r.entity === entity && r.lang === lang)) list.push(reading);
  }
}

let orgNouns: Set<string> | undefined;

/** Every form of the organization nouns, folded. */
function organizationNouns(): Set<string> {
  orgNouns ??= new Set(
    ([['ru', ORG_NOUNS_RU], ['uk', ORG_NOUNS_UK]] as [Lang, string][]).flatMap(([lang, list]) =>
      list.trim().split(/\s+/).flatMap((w) => declineWord(w, lang, false).map(fold)),
    ),
  );
  return orgNouns;
}

function gazetteer(): Gazetteer {
  compiled ??= compile();
  return compiled;
}

// ---------------------------------------------------------------------------
// Matching

/** Tokens separated by spaces only belong to one name. */
const adjacent = (text: string, a: Token, b: Token): boolean => /^[ \t\u00a0]{1,2}$/.test(text.slice(a.end, b.start));

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Does the surface spell the reading acceptably? Exact names must match exactly (or in capitals). */
function spellingFits(reading: Reading, surface: string): boolean {
  if (reading.exact !== undefined) return surface === reading.exact || (surface.length > 1 && surface === reading.exact.toUpperCase());
  // Organizations named by common words (коалиция желающих) may be lowercase; proper names are capitalized, except places.
  if (reading.type === 'ORG' && reading.lemma[0] !== reading.lemma[0].toLowerCase() && surface[0] === surface[0].toLowerCase()) return false;
  return true;
}

function lemmaOf(reading: Reading, words: string[]): string {
  return reading.lemma
    .map((w, i) => {
      const surface = words[i] ?? w;
      if (reading.fixed[i] && reading.exact === undefined) return surface;
      if (reading.exact !== undefined) return w;
      const upper = /^\p{Lu}/u.test(surface);
      if (upper && !/^\p{Lu}/u.test(w)) return capitalize(w);
      if (!upper && reading.type === 'ORG' && i === 0) return w.charAt(0).toLowerCase() + w.slice(1);
      return w;
    })
    .join(' ');
}

interface Found {
  mention: PlaceOrgMention;
  reading?: Reading;
  first: number;
  last: number;
}

/** Place and organization mentions of one article, in text order, never overlapping. */
export function findPlacesOrgs(article: Article): PlaceOrgMention[] {
  const { tokens, text, path, lang } = article;
  const { byForm, longest } = gazetteer();
  const found: Found[] = [];
  const sentenceStarts = new Set(article.sentences.map((s) => s.start));
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'word') continue;
    const match = matchAt(article, i, byForm, longest, sentenceStarts);
    if (!match) continue;
    found.push(match);
    i = match.last;
  }
  // МИД России, Минздрав Украины: the ministry takes its country.
  const merged: Found[] = [];
  for (let k = 0; k < found.length; k++) {
    const a = found[k];
    const b = found[k + 1];
    const absorbs = b && a.reading?.absorbs && b.mention.type === 'LOC' && b.first === a.last + 1 && adjacent(text, tokens[a.last], tokens[b.first]);
    if (!absorbs && a.reading?.absorbOnly) continue;
    merged.push(a);
    if (b && absorbs) {
      a.mention = {
        ...a.mention,
        end: b.mention.end,
        text: text.slice(a.mention.start, b.mention.end),
        lemma: `${a.mention.lemma} ${b.mention.text}`,
        entity: `${a.mention.entity}-${b.mention.entity.replace(/^loc:/, '')}`,
      };
      a.last = b.last;
      k++;
    }
  }
  for (const f of merged) widenByDirection(article, f);
  const quoted = findQuotedOrgs(article, merged);
  return [...merged.map((f) => f.mention), ...quoted]
    .map((m) => ({ ...m, doc: path, lang }))
    .sort((a, b) => a.start - b.start);
}

function matchAt(article: Article, i: number, byForm: Map<string, Reading[]>, longest: number, sentenceStarts: Set<number>): Found | undefined {
  const known = matchKnown(article, i, byForm, longest, sentenceStarts.has(article.tokens[i].start));
  if (known && known.last > i) return known;
  return matchRegion(article, i) ?? matchInstitution(article, i) ?? known;
}

// Конституционного суда, Оксфордского университета, Національного банку: capitalized adjectives before an institution noun.
const INSTITUTION_NOUNS: [Lang, string, 'f' | 'm' | 'n'][] = [
  ...'университет суд театр институт банк фонд центр совет комитет фронт союз конгресс музей'.split(' ').map((w) => ['ru', w, 'm'] as [Lang, string, 'm']),
  ...'служба палата партия академия ассамблея комиссия федерация'.split(' ').map((w) => ['ru', w, 'f'] as [Lang, string, 'f']),
  ...'собрание агентство министерство управление'.split(' ').map((w) => ['ru', w, 'n'] as [Lang, string, 'n']),
  ...'університет суд театр інститут банк фонд центр комітет фронт союз конгрес музей'.split(' ').map((w) => ['uk', w, 'm'] as [Lang, string, 'm']),
  ...'служба палата партія академія асамблея комісія федерація рада'.split(' ').map((w) => ['uk', w, 'f'] as [Lang, string, 'f']),
  ...'агентство міністерство управління'.split(' ').map((w) => ['uk', w, 'n'] as [Lang, string, 'n']),
];
let institutionNouns: Map<string, { lemma: string; gender: 'f' | 'm' | 'n'; lang: Lang }[]> | undefined;
/** Adjectives that open ordinary phrases, not names: Первые партии, Новый центр, Наступний комітет. */
const COMMON_ADJECTIVE = /^(перв|втор|трет|последн|следующ|нов|стар|друг|кажд|весь|эт|наш|ваш|сво|как|котор|одн|мног|некотор|остальн|ближайш|будущ|бывш|прошл|нинішн|наступн|останн|інш|кожн|ц|як|перш|друг|колишн|минул|майбутн)$/i;
const UK_CLEAR_ADJ = /(ого|ому|ими|им|ім|ій|ої|ою|ий|их|ього|ьому|(?:н|ськ|цьк|зьк|ов|ев|ів)[ауеі])$/;
const RU_ADJ_FORM = /^(\p{L}+?)(ого|его|ому|ему|ыми|ими|ым|им|ом|ем|ой|ую|ою|ей|ый|ий|ая|ое|ее|ые|ие|ых|их)$/u;
const UK_ADJ_FORM = /^(\p{L}+?)(ього|ьому|ого|ому|ими|им|ім|ій|ої|ою|у|ий|а|е|і|их)$/u;
const FEMININE_ADJ: Record<Lang, RegExp> = { ru: /(ая|яя|ой|ей|ую|юю|ою|ею)$/, uk: /([^и]а|я|ої|ьої|ій|[^и]у|ю|ою|ьою)$/ };
const MASC_NEUTER_ADJ: Record<Lang, RegExp> = { ru: /(ый|ий|ой|ого|его|ому|ему|ым|им|ом|ем|ое|ее)$/, uk: /(ий|ій|ого|ього|ому|ьому|им|ім|е|є)$/ };
const RU_ADJ_NOM = { m: 'ый', f: 'ая', n: 'ое' };
const UK_ADJ_NOM = { m: 'ий', f: 'а', n: 'е' };

function matchInstitution(article: Article, i: number): Found | undefined {
  const { tokens, text } = article;
  if (!/^\p{Lu}\p{Ll}/u.test(tokens[i].text)) return undefined;
  institutionNouns ??= new Map(
    INSTITUTION_NOUNS.flatMap(([lang, lemma, gender]) => declineWord(lemma, lang, false).map((f) => [f, { lemma, gender, lang }] as const)).reduce(
      (map, [form, reading]) => map.set(form, [...(map.get(form) ?? []), reading]),
      new Map<string, { lemma: string; gender: 'f' | 'm' | 'n'; lang: Lang }[]>(),
    ),
  );
  let j = i;
  while (j - i < 3 && tokens[j + 1]?.kind === 'word' && adjacent(text, tokens[j], tokens[j + 1]) && !institutionNouns.has(tokens[j + 1].text)) j++;
  const noun = tokens[j + 1];
  const heads = noun && adjacent(text, tokens[j], noun) ? institutionNouns.get(noun.text) : undefined;
  const head = heads?.find((h) => h.lang === article.lang) ?? heads?.[0];
  if (!head) return undefined;
  const form = head.lang === 'ru' ? RU_ADJ_FORM : UK_ADJ_FORM;
  const nominative = head.lang === 'ru' ? RU_ADJ_NOM : UK_ADJ_NOM;
  const adjectives: string[] = [];
  for (let k = i; k <= j; k++) {
    const m = form.exec(tokens[k].text);
    if (!m || !(head.lang === 'ru' ? RU_ADJ : UK_ADJ).test(`${m[1]}${nominative[head.gender]}`)) return undefined;
    // The adjective agrees with the noun's gender (singular): Решение суда and Ученые университета are no names.
    if (!(head.gender === 'f' ? FEMININE_ADJ[head.lang] : MASC_NEUTER_ADJ[head.lang]).test(tokens[k].text.toLowerCase())) return undefined;
    if (COMMON_ADJECTIVE.test(m[1]) || /(ющ|ящ|ущ|ащ|вш|уюч|ююч|ач|яч)$/i.test(m[1])) return undefined;
    if (head.lang === 'uk' && !UK_CLEAR_ADJ.test(tokens[k].text.toLowerCase())) return undefined;
    let ending = nominative[head.gender];
    if (head.lang === 'ru' && head.gender === 'm' && /[кгхжшчщ]$/.test(m[1])) ending = 'ий';
    adjectives.push(`${m[1]}${ending}`);
  }
  const lemma = `${adjectives.join(' ')} ${head.lemma}`;
  return {
    first: i,
    last: j + 1,
    mention: { doc: article.path, type: 'ORG', start: tokens[i].start, end: noun.end, text: text.slice(tokens[i].start, noun.end), lemma, entity: `org:${slug(lemma)}` },
  };
}

// Тюменской области, Дарницькому районі, Приморский край: a capitalized -ск-/-цк- adjective before a region noun.
const REGION_NOUNS: [Lang, string, 'f' | 'm'][] = [
  ['ru', 'область', 'f'], ['ru', 'район', 'm'], ['ru', 'край', 'm'], ['ru', 'округ', 'm'], ['ru', 'республика', 'f'], ['ru', 'губерния', 'f'],
  ['uk', 'область', 'f'], ['uk', 'район', 'm'], ['uk', 'край', 'm'], ['uk', 'округ', 'm'], ['uk', 'республіка', 'f'], ['uk', 'губернія', 'f'],
];
let regionNouns: Map<string, { lemma: string; gender: 'f' | 'm'; lang: Lang }> | undefined;
const RU_REGION_ADJ = /^(\p{Lu}[\p{L}-]*(?:ск|цк))(?:ая|ой|ую|ою|ий|ого|ому|ом|им)$/u;
const UK_REGION_ADJ = /^(\p{Lu}[\p{L}'’ʼ-]*(?:ськ|цьк|зьк))(?:а|ої|ій|у|ою|ий|ого|ому|им|ім)$/u;

function matchRegion(article: Article, i: number): Found | undefined {
  const { tokens, text } = article;
  const adj = tokens[i];
  const noun = tokens[i + 1];
  if (!noun || noun.kind !== 'word' || !adjacent(text, adj, noun)) return undefined;
  regionNouns ??= new Map(
    REGION_NOUNS.flatMap(([lang, lemma, gender]) => declineWord(lemma, lang, false).map((f) => [f, { lemma, gender, lang }] as const)),
  );
  const head = regionNouns.get(noun.text);
  if (!head) return undefined;
  const m = (head.lang === 'ru' ? RU_REGION_ADJ : UK_REGION_ADJ).exec(adj.text);
  if (!m) return undefined;
  const ending = head.lang === 'ru' ? (head.gender === 'f' ? 'ая' : 'ий') : head.gender === 'f' ? 'а' : 'ий';
  const lemma = `${m[1]}${ending} ${head.lemma}`;
  const found = gazetteer().byForm.get(fold(lemma))?.find((r) => r.type === 'LOC');
  return {
    first: i,
    last: i + 1,
    mention: { doc: article.path, type: 'LOC', start: adj.start, end: noun.end, text: text.slice(adj.start, noun.end), lemma, entity: found?.entity ?? `loc:${slug(lemma)}` },
  };
}

function matchKnown(article: Article, i: number, byForm: Map<string, Reading[]>, longest: number, sentenceStart: boolean): Found | undefined {
  const { tokens, text, lang } = article;
  if (!gazetteer().firstWords.has(fold(tokens[i].text))) return undefined;
  let n = 1;
  while (n < longest && i + n < tokens.length && tokens[i + n].kind === 'word' && adjacent(text, tokens[i + n - 1], tokens[i + n])) n++;
  for (; n >= 1; n--) {
    const words = tokens.slice(i, i + n).map((t) => t.text);
    const readings = byForm.get(fold(words.join(' ')));
    if (!readings) continue;
    const surface = words.join(' ');
    // Abbreviations read in their own language only: МКС is the space station in Russian, the ICC in Ukrainian.
    const fitting = readings.filter((r) => spellingFits(r, surface) && !(r.homograph && sentenceStart) && (r.exact === undefined || r.lang === lang || !/^[\p{Lu}]+$/u.test(surface) || !readings.some((o) => o.lang === lang)));
    if (fitting.length === 0) continue;
    const reading = fitting.find((r) => r.lang === lang) ?? fitting[0];
    const first = tokens[i];
    const last = tokens[i + n - 1];
    if (text.slice(first.start, last.end) !== surface) continue;
    return {
      reading,
      first: i,
      last: i + n - 1,
      mention: { doc: article.path, type: reading.type, start: first.start, end: last.end, text: surface, lemma: lemmaOf(reading, words), entity: reading.entity },
    };
  }
  return undefined;
}

// Западной Европы, Восточном Иерусалиме: a compass adjective widens a place the gazetteer found (Южная Корея is listed whole).
const DIRECTION = /^(западн|восточн|северн|южн|центральн|західн|східн|північн|південн|центральн)(\p{L}+)$/iu;

function widenByDirection(article: Article, f: Found): void {
  const { tokens, text } = article;
  const prev = tokens[f.first - 1];
  if (f.mention.type !== 'LOC' || !prev || prev.kind !== 'word' || !adjacent(text, prev, tokens[f.first])) return;
  const m = DIRECTION.exec(prev.text);
  if (!m || !/^\p{Lu}/u.test(f.mention.text)) return;
  const head = f.mention.lemma.toLowerCase();
  const uk = /[іїєґ]/.test(m[1]) || /^(західн|східн|північн|південн)/i.test(m[1]) || f.reading?.lang === 'uk';
  let ending: string;
  if (/[ая]$/.test(head)) ending = uk ? 'а' : 'ая';
  else if (/[ыи]$/.test(head) || (uk && /і$/.test(head))) ending = uk ? 'і' : 'ые';
  else ending = uk ? 'ий' : (/[кгх]$/.test(m[1]) ? 'ий' : 'ый');
  const adjective = `${m[1]}${ending}`;
  const lemma = `${/^\p{Lu}/u.test(prev.text) ? capitalize(adjective.toLowerCase()) : adjective.toLowerCase()} ${f.mention.lemma}`;
  f.mention = { ...f.mention, start: prev.start, text: text.slice(prev.start, f.mention.end), lemma, entity: `${f.mention.entity}-${m[1].toLowerCase().slice(0, 3) === 'цен' ? 'central' : slug(m[1].toLowerCase())}` };
  f.first -= 1;
}

const OPEN_QUOTES = new Set(['«', '"', '“', '„']);
const CLOSE_QUOTES = new Set(['»', '"', '”', '“']);

/** партия «Слуга народа», видання "Європейська правда": a capitalized quoted name after an organization noun. */
function findQuotedOrgs(article: Article, known: Found[]): PlaceOrgMention[] {
  const { tokens, text } = article;
  const taken = new Set<number>();
  for (const f of known) for (let k = f.first; k <= f.last; k++) taken.add(k);
  const out: PlaceOrgMention[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i].kind !== 'word' || !organizationNouns().has(fold(tokens[i].text))) continue;
    if (!OPEN_QUOTES.has(tokens[i + 1].text)) continue;
    const start = i + 2;
    if (!/^[\p{Lu}\d]/u.test(tokens[start].text)) continue;
    let end = start;
    while (end < tokens.length && end - start < 6 && !CLOSE_QUOTES.has(tokens[end].text) && !OPEN_QUOTES.has(tokens[end].text) && !/[.!?]/.test(tokens[end].text)) end++;
    if (end >= tokens.length || !CLOSE_QUOTES.has(tokens[end].text) || end === start) continue;
    let overlapsKnown = false;
    for (let k = start; k < end; k++) if (taken.has(k)) overlapsKnown = true;
    if (overlapsKnown) continue;
    const s = tokens[start].start;
    const e = tokens[end - 1].end;
    const name = text.slice(s, e);
    if (/\n/.test(name)) continue;
    out.push({ doc: article.path, type: 'ORG', start: s, end: e, text: name, lemma: name, entity: `org:${slug(name) || 'org'}` });
    i = end;
  }
  return out;
}

// ---------------------------------------------------------------------------
// Linking

export interface LinkedPlacesOrgs {
  entities: Entity[];
  mentions: Mention[];
}

/** One entity per id; its name is the most frequent base form in the language most of its mentions use. */
export function linkPlacesOrgs(mentions: PlaceOrgMention[], langOf: (doc: string) => Lang): LinkedPlacesOrgs {
  const groups = new Map<string, PlaceOrgMention[]>();
  for (const m of mentions) {
    const list = groups.get(m.entity);
    if (list) list.push(m);
    else groups.set(m.entity, [m]);
  }
  const entities: Entity[] = [];
  for (const [id, list] of groups) {
    const langCounts = new Map<Lang, number>();
    for (const m of list) langCounts.set(langOf(m.doc), (langCounts.get(langOf(m.doc)) ?? 0) + 1);
    const lang = [...langCounts].sort((a, b) => b[1] - a[1])[0][0];
    const counts = new Map<string, number>();
    for (const m of list.filter((x) => langOf(x.doc) === lang)) counts.set(m.lemma, (counts.get(m.lemma) ?? 0) + 1);
    const name = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
    const aliases = [...new Set(list.map((m) => m.lemma))].filter((a) => a !== name).sort();
    entities.push({ id, type: list[0].type, name, aliases, roles: [] });
  }
  const linked: Mention[] = mentions.map((m) => ({ doc: m.doc, start: m.start, end: m.end, type: m.type, text: m.text, lemma: m.lemma, entity: m.entity }));
  return { entities, mentions: linked };
}

/** Drops place and organization mentions that overlap a person mention: people win. */
export function withoutOverlaps<T extends Span & { doc: string }>(mentions: T[], winners: (Span & { doc: string })[]): T[] {
  const byDoc = new Map<string, Span[]>();
  for (const w of winners) {
    const list = byDoc.get(w.doc);
    if (list) list.push(w);
    else byDoc.set(w.doc, [w]);
  }
  for (const list of byDoc.values()) list.sort((a, b) => a.start - b.start);
  return mentions.filter((m) => {
    const list = byDoc.get(m.doc);
    if (!list) return true;
    // Binary search for the first winner ending after m.start.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].start < m.end) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo - 1; k >= 0 && k >= lo - 50; k--) if (list[k].end > m.start && list[k].start < m.end) return false;
    return true;
  });
}
