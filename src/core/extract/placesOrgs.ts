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
import { lookupFirstName } from '../names/firstNames';
import { abbreviatedPlaceAt, type ContextPlace, lawTitleBefore, locativePlaceAt, sameStemPlaces, stemKey } from './contextPlaces';
import { findLatinNames, latinEntity, modelNumberAfter } from './latinOrgs';
import { findAcronyms } from './acronyms';
import { findLegalNames, LEGAL_FORM, mentionIncludesForm } from './legalForms';
import { slug } from '../names/nameKey';
import { attachedMark } from '../text/segment';
import { CLOSE_QUOTE_OF, CLOSE_QUOTES, OPEN_QUOTES } from '../text/quotes';
import { foldCase as fold, foldedTokens } from '../text/fold';
import { spacesOnly } from '../text/gaps';
import { opensLowercase } from '../text/letterCase';
import { WordClasses } from './wordClasses';
import type { Article, Entity, Lang, Mention, Span, Token } from '../types';
import { indexStartingAt } from '../util/spans';
import { ListMap } from '../util/listMap';
import { mostFrequent } from '../util/mostFrequent';
import type { GroupMemo } from '../incremental/groupMemo';
import { perRecord } from '../incremental/recordMemo';

export interface PlaceOrgMention extends Span {
  doc: string;
  type: 'LOC' | 'ORG';
  text: string;
  lemma: string;
  /** Entity id: the gazetteer's (loc:usa), or one made from the base form. */
  entity: string;
  lang?: Lang;
  /** Read from the gazetteer, so it outweighs a surname guessed from context alone (Питере, Фэйсбук). */
  known?: boolean;
  /** Proposed by the statistical model where no rule found anything: weaker than a person's evidence. */
  guessed?: true;
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
  exact: string | undefined;
  /** May take a following place in the genitive: МИД России, Минздрав Украины. */
  absorbs: boolean;
  /** Also a common word (Штаты, Рада, Перу): not read at the start of a sentence. */
  homograph: boolean;
  /** Also a first name (Джорджия, Вирджиния, Виктория): a place only in place context (штат Джорджия, в Джорджии). */
  firstName: boolean;
  /** Counts only with a place after it: Правительство РФ, Посольство США. */
  absorbOnly: boolean;
  /** Also written in lowercase (минздрав, мид, правительство РФ). */
  lower: boolean;
}
// Every reading has every field, so the matchers meet one shape of reading (optional fields made eight, and the
// compiled matchers were thrown away at each new one).
// A reading's type is the mention's; its entity keeps the organization's id, so a union that
// Ukrainian news (and both Ukrainian gold sets) treat as a territory in в ЄС, до Євросоюзу stays one
// entity with its Russian mentions (the `^` flag); linkPlacesOrgs types the entity by its id.

// ---------------------------------------------------------------------------
// Declension

const RU_ADJ = /(ый|ий|ой|ая|яя|ое|ее|ые|ие)$/;
const UK_ADJ = /(ий|ій|[нквц]і|[нквц]а|[нквц]е|ська|цька|зька|ня|нє)$/;

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
  // Soft stems: Всесвітня → Всесвітньої, Всесвітнє, Всесвітні.
  if (l.endsWith('ня')) return withEndings(s, ['ьої', 'ій', 'ю', 'ьою']);
  if (l.endsWith('нє')) return withEndings(s, ['ього', 'ьому', 'ім']);
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
  // Soft neuter nouns: море → моря, Гуляйполе → Гуляйполя.
  if (/[рл]е$/.test(l)) return withEndings(s, ['я', 'ю', 'ем']);
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
  if (/[рл]е$/.test(l)) return withEndings(s, ['я', 'ю', 'і', 'ем']);
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
  /** Every form's leading words short of the whole, joined (южная of южная корея): a longer key goes on only from one of these. */
  leadingWords: Set<string>;
}

let compiled: Gazetteer | undefined;

const EXACT_WORD = /^[\p{Lu}\d&.-]+$|[A-Za-z]/u;

/**
 * One lexicon line: `id|ru name;ru name|uk name;…`. Per name: leading `!` keeps
 * the exact spelling, `=` means it never declines, `%` marks a fleeting vowel
 * (Египет → Египта), `+` lets it take a place in the genitive (МИД России),
 * `*` only with such a place (Правительство РФ), `~` may be written in lowercase (минздрав),
 * `^` an organization read as a place outside the nominative (ЄС, до Євросоюзу: the Ukrainian convention);
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
  const leadingWords = new Set<string>();
  for (const key of byForm.keys()) {
    const words = key.split(' ');
    for (let k = 1; k < words.length; k++) leadingWords.add(words.slice(0, k).join(' '));
  }
  return { byForm, longest, firstWords, leadingWords };
}

function addName(byForm: Map<string, Reading[]>, raw: string, entity: string, type: 'LOC' | 'ORG', lang: Lang, seen: (n: number) => void): void {
  let spec = raw;
  const flags = new Set<string>();
  while (/^[!=%+*~^?]/.test(spec)) {
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
    // `^`: an organization read as a place where the name is not in the nominative (в ЄС, до Євросоюзу); see the interface.
    const asPlace = flags.has('^') && (indeclinable || form.join(' ') !== words.join(' '));
    const reading: Reading = { entity, type: asPlace ? 'LOC' : type, lang, lemma: words, fixed, absorbs: flags.has('+') || flags.has('*'), absorbOnly: flags.has('*'), homograph: flags.has('!'), firstName: flags.has('?'), lower: flags.has('~'), exact: exactName ? form.join(' ') : undefined };
    const key = fold(form.join(' '));
    const list = byForm.get(key);
    if (!list) byForm.set(key, [reading]);
    else if (!list.some((r) => r.entity === entity && r.lang === lang && r.exact === reading.exact)) list.push(reading);
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

// The word lists every token is asked about, one bit each (wordClasses.ts). A bit says the folded word is in the
// list; the lists keyed by the form as written (region and institution nouns) still look the word up, the bit only
// rules out the words that cannot be there.
const NAME_START = 1; // the first word of a gazetteer name
const LISTED = 2; // a one-word gazetteer name
const STREET_NOUN = 4;
const LANDMARK_NOUN = 8;
const PLACE_NOUN = 16;
const REGION_NOUN = 32;
const CHAIN_HEAD = 64;
const INSTITUTION_NOUN = 128;

let wordClasses: WordClasses | undefined;

/** The classes of the article's tokens, worked out once per article. */
function classesOf(tokens: readonly Token[]): Uint8Array {
  wordClasses ??= new WordClasses()
    .add(gazetteer().firstWords, NAME_START)
    .add(gazetteer().byForm.keys(), LISTED)
    .add(streetNounForms().keys(), STREET_NOUN)
    .add(landmarkNounForms().keys(), LANDMARK_NOUN)
    .add(placeNounForms(), PLACE_NOUN)
    .add([...regionNounForms().keys(), ...REGION_ABBREVIATIONS.keys()].map(fold), REGION_NOUN)
    .add(chainHeadForms().keys(), CHAIN_HEAD)
    .add([...institutionNounForms().keys()].map(fold), INSTITUTION_NOUN);
  return wordClasses.ofTokens(tokens);
}

// ---------------------------------------------------------------------------
// Matching

// The matchers' hot tests, compiled once: a pattern literal inside a function is a new object at every call.
const CAPITALIZED_WORD = /^\p{Lu}\p{Ll}/u;
const LOWERCASE_START = /^\p{Ll}/u;
const UPPERCASE_START = /^\p{Lu}/u;

/** Tokens separated by spaces only belong to one name. */
const adjacent = (text: string, a: Token, b: Token): boolean => spacesOnly(text, a.end, b.start);

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Does the surface spell the reading acceptably? Exact names must match exactly (or in capitals). */
function spellingFits(reading: Reading, surface: string): boolean {
  if (reading.lower && surface === surface.toLowerCase()) return reading.exact === undefined || surface === reading.exact.toLowerCase();
  if (reading.exact !== undefined) return surface === reading.exact || (surface.length > 1 && surface === reading.exact.toUpperCase());
  // донецька влада, луганськ-ий: a lowercase -ськ-/-цьк- form is the adjective, not the city's genitive (Донецька).
  if (reading.type === 'LOC' && surface === surface.toLowerCase() && /(?:ськ|цьк|зьк|ск|цк)[аеіиоуя]$/u.test(surface)) return false;
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
  /** The second organization of a hyphenated token (Pfizer-BioNTech). */
  second?: { reading: Reading; text: string; start: number };
  /** Named after a legal form (ТОВ «…»): as sure as a listed name. */
  legal?: boolean;
  /** A one-word place no list knows, read from its context (в Петриківці, селищі Петриківка): its other forms in the article are places too. */
  fromContext?: boolean;
}

/** What a Found may have besides its tokens and mention. */
type FoundExtras = Pick<Found, 'reading' | 'second' | 'legal' | 'fromContext'>;

/**
 * Every Found is made here, with every field in one order (undefined where absent): the passes over found names
 * (extendChains, readKnown, findQuotedOrgs …) then meet one object shape and are not compiled again for another.
 */
function foundName(first: number, last: number, mention: PlaceOrgMention, extras: FoundExtras = {}): Found {
  return { mention, reading: extras.reading, first, last, second: extras.second, legal: extras.legal, fromContext: extras.fromContext };
}

/** Place and organization mentions of one article, in text order, never overlapping. */
export function findPlacesOrgs(article: Article): PlaceOrgMention[] {
  return withOtherNames(article, widened(article, scanned(article)));
}

// findPlacesOrgs runs in three functions, not one: the optimizing compiler inlines the matchers into the token
// scan, a costly compile, and each part's first sight of a new kind of list (an empty one, say) throws away the
// compiled code of the whole function it is in. Apart, a change in the later steps leaves the scan compiled.

/** The names the gazetteer and the rules find token by token, in text order, never overlapping. */
function scanned(article: Article): Found[] {
  const { tokens } = article;
  const { byForm, longest } = gazetteer();
  const found: Found[] = [];
  const sentenceStarts = new Set(article.sentences.map((s) => s.start));
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].kind !== 'word') continue;
    const match = matchAt(article, i, byForm, longest, sentenceStarts);
    if (!match) continue;
    // газети «Житомирщина», «Майкрософт Україна»: a quoted place ends the name of a newspaper, a company or a venue.
    // After a name found right before it («Нафтогаз України») it stays: that name takes it (Нафтогаз Украины) or
    // it stands beside it, as BSNLP marks it.
    const joined = found.length > 0 && found[found.length - 1].last === match.first - 1;
    if (joined || !(match.mention.type === 'LOC' && match.reading && (quotedAfterOrganizationNoun(article, match) || afterLawTitle(article, match)))) found.push(match);
    i = match.last;
  }
  return found;
}

/** The names found widened: other forms of places read from context, a ministry's country, a compass adjective, a genitive chain. */
function widened(article: Article, found: Found[]): Found[] {
  const { tokens, text } = article;
  withSameStemPlaces(article, found);
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
  const chained = extendChains(article, merged);
  for (let k = 0; k < chained.length; k++) if (chained[k].mention.type === 'ORG' && chained[k - 1]?.last !== chained[k].first - 1) widenByPlaceAdjective(article, chained[k]);
  return chained;
}

/** The mentions: the names found, with legal, quoted, Latin and abbreviated names, in text order. */
function withOtherNames(article: Article, chained: Found[]): PlaceOrgMention[] {
  const { tokens, path, lang } = article;
  const named = withLegalNames(article, chained);
  const quoted = findQuotedOrgs(article, named);
  const latin = latinOrgs(article, named, quoted);
  const acronyms = acronymOrgs(article, [...named.map((f) => f.mention), ...quoted, ...latin]);
  const kept = (m: PlaceOrgMention): boolean => !acronyms.absorbed.has(m);
  // Boeing 737: a known maker before a model number names the product.
  const makers = named.filter((f) => kept(f.mention) && !(f.mention.type === 'ORG' && /^[A-Za-z]+$/.test(f.mention.text) && modelNumberAfter(tokens, f.last)));
  const seconds = named.flatMap((f) => (f.second ? [{ doc: article.path, type: 'ORG' as const, start: f.second.start, end: f.second.start + f.second.text.length, text: f.second.text, lemma: lemmaOf(f.second.reading, [f.second.text]), entity: f.second.reading.entity }] : []));
  return [...makers.map((f) => ((f.reading && !beforeName(article, f)) || f.legal ? { ...f.mention, known: true } : f.mention)), ...seconds, ...quoted.filter(kept), ...latin.filter(kept), ...acronyms.mentions]
    .map((m) => ({ ...m, doc: path, lang }))
    .sort((a, b) => a.start - b.start);
}

/**
 * ТОВ «Бюро Ейнштейн», ООО «Алтек»: a quoted name after a legal form is an organization, whatever was found
 * inside it; the mention's extent follows mentionIncludesForm, its base form and id are the bare name's (a
 * listed name keeps its id: НАК «Нафтогаз України»).
 */
function withLegalNames(article: Article, found: Found[]): Found[] {
  const names = findLegalNames(article, (word) => !!gazetteer().byForm.get(fold(word))?.some((r) => r.type === 'LOC'));
  if (names.length === 0) return found;
  const { tokens, text } = article;
  const out = found.filter((f) => !names.some((n) => f.first <= n.close && n.form <= f.last));
  for (const n of names) {
    const bare = found.find((f) => f.first === n.first && f.last === n.last && f.mention.type === 'ORG');
    const lemma = bare?.mention.lemma ?? text.slice(tokens[n.first].start, tokens[n.last].end);
    const whole = mentionIncludesForm(article.lang, n.legal);
    const first = whole ? n.form : n.first;
    const last = whole ? n.close : n.last;
    const start = tokens[first].start;
    const end = tokens[last].end;
    out.push(foundName(first, last, { doc: article.path, type: 'ORG', start, end, text: text.slice(start, end), lemma, entity: bare?.mention.entity ?? `org:${slug(lemma) || 'org'}` }, { legal: true }));
  }
  return out.sort((a, b) => a.first - b.first);
}

/**
 * АМКУ, КМДА, ЮКОСа: abbreviations no list holds, outside the names found so far (see acronyms.ts). One name
 * takes in the abbreviations next to it (ГУ ДФС, АТЦ СБУ), a place adjective before it (Сокирянська РДА,
 * Черкаське ОТВ АМКУ) and a place in the genitive after it (ЗС України, НАН України); the mentions it takes in
 * are returned as `absorbed`.
 */
function acronymOrgs(article: Article, found: readonly PlaceOrgMention[]): { mentions: PlaceOrgMention[]; absorbed: Set<PlaceOrgMention> } {
  const { tokens, text, lang } = article;
  // The tokens the names found so far cover, worked out only when a word looks like an abbreviation (most articles have few).
  let taken: Set<number> | undefined;
  const isTaken = (index: number): boolean => {
    if (!taken) {
      taken = new Set<number>();
      const spans = [...found].sort((a, b) => a.start - b.start);
      for (let i = 0, k = 0; i < tokens.length && k < spans.length; i++) {
        while (k < spans.length && spans[k].end <= tokens[i].start) k++;
        if (k < spans.length && spans[k].start < tokens[i].end) taken.add(i);
      }
    }
    return taken.has(index);
  };
  const { byForm } = gazetteer();
  const acronyms = findAcronyms(article, isTaken, (folded) => byForm.has(folded));
  if (acronyms.length === 0) return { mentions: [], absorbed: new Set() };
  const startingAt = new Map<number, PlaceOrgMention>(found.map((m) => [m.start, m]));
  const absorbed = new Set<PlaceOrgMention>();
  const mentions: PlaceOrgMention[] = [];
  const near = (a: number, b: number): boolean => !!tokens[a] && !!tokens[b] && adjacent(text, tokens[a], tokens[b]);
  for (let n = 0; n < acronyms.length; n++) {
    let first = acronyms[n].index;
    let last = first;
    const lemmas = [acronyms[n].lemma];
    while (n + 1 < acronyms.length && acronyms[n + 1].index === last + 1 && near(last, last + 1)) {
      last = acronyms[++n].index;
      lemmas.push(acronyms[n].lemma);
    }
    // АТЦ СБУ: a listed abbreviation after it; ЗС України: a place in the genitive (written unlike its base form).
    const next = tokens[last + 1] && startingAt.get(tokens[last + 1].start);
    if (next && near(last, last + 1) && !absorbed.has(next)) {
      const listedAcronym = next.type === 'ORG' && /^\p{Lu}{2,}$/u.test(next.text);
      const placeGenitive = next.type === 'LOC' && next.text !== next.lemma && !/\s/.test(next.text) && !/^\p{Lu}+$/u.test(next.text);
      if (listedAcronym || placeGenitive) {
        absorbed.add(next);
        lemmas.push(next.text);
        while (tokens[last + 1] && tokens[last + 1].end <= next.end) last++;
      }
    }
    // Сокирянська РДА, Черкаського ОТВ: a capitalized place adjective before it.
    // The id keeps the adjective's stem, so its cases are one organization (Сокирянська РДА, Сокирянської РДА).
    const key = [...lemmas];
    const adjective = PLACE_ADJ[lang].exec(tokens[first - 1]?.text ?? '');
    if (adjective && /^\p{Lu}/u.test(tokens[first - 1].text) && !isTaken(first - 1) && near(first - 1, first)) {
      first--;
      lemmas.unshift(tokens[first].text);
      key.unshift(adjective[1]);
    }
    const start = tokens[first].start;
    const end = tokens[last].end;
    mentions.push({ doc: article.path, type: 'ORG', start, end, text: text.slice(start, end), lemma: lemmas.join(' '), entity: `org:${slug(key.join(' '))}` });
  }
  return { mentions, absorbed };
}

/**
 * Азия Биби, Виктория Нуланд: a one-word place right before a capitalized word the gazetteer does not know may
 * be a first name; it stays a place, but not a known one, so a person the people stage reads there wins.
 */
function beforeName(article: Article, f: Found): boolean {
  const { tokens, text } = article;
  const next = tokens[f.last + 1];
  if (f.first !== f.last || f.mention.type !== 'LOC' || !next || next.kind !== 'word' || !adjacent(text, tokens[f.last], next)) return false;
  return /^\p{Lu}\p{Ll}/u.test(f.mention.text) && /^\p{Lu}\p{Ll}/u.test(next.text) && !gazetteer().firstWords.has(fold(next.text));
}

/**
 * Latin-script names the gazetteer and the rules above left: Ryanair, Vereinigung Cockpit (see
 * latinOrgs.ts). A listed Latin name that goes on in Latin (BBC News, Moderna Inc., Welt am Sonntag)
 * is widened over the rest and keeps its entity.
 */
function latinOrgs(article: Article, found: Found[], quoted: PlaceOrgMention[]): PlaceOrgMention[] {
  const taken = new Set<number>();
  const listedLatin = new Map<number, Found>();
  for (const f of found) {
    if (f.reading && f.mention.type === 'ORG' && f.second === undefined && /^[A-Za-z][A-Za-z\d .&-]*$/.test(f.mention.text)) listedLatin.set(f.first, f);
    else for (let k = f.first; k <= f.last; k++) taken.add(k);
  }
  return findLatinNames(article, taken)
    .filter((n) => {
      const listed = [...listedLatin.values()].find((f) => f.first <= n.last && n.first <= f.last);
      if (!listed) return true;
      if (listed.first === n.first && n.last > listed.last) {
        listed.last = n.last;
        listed.mention = { ...listed.mention, end: n.end, text: n.text, lemma: n.text };
      }
      return false;
    })
    .filter((n) => !quoted.some((q) => q.start < n.end && n.start < q.end))
    .map((n) => {
      // Johnson & Johnson: a listed name the word matcher cannot read (a symbol inside) keeps its listed id.
      const listed = gazetteer().byForm.get(fold(n.text))?.find((r) => r.type === 'ORG');
      return { doc: article.path, type: 'ORG', start: n.start, end: n.end, text: n.text, lemma: n.text, entity: listed?.entity ?? latinEntity(n.text) };
    });
}

function matchAt(article: Article, i: number, byForm: Map<string, Reading[]>, longest: number, sentenceStarts: Set<number>): Found | undefined {
  const known = matchKnown(article, i, byForm, longest, sentenceStarts.has(article.tokens[i].start));
  if (known && known.last > i) return known;
  return matchAbbreviated(article, i, byForm, longest) ?? matchRegion(article, i) ?? matchRegionList(article, i) ?? matchStreet(article, i) ?? matchNamedPlace(article, i, byForm, longest) ?? matchInstitution(article, i) ?? known ?? matchHyphenated(article, i, byForm) ?? matchLatinCompany(article, i) ?? (compoundable(article.tokens[i]) ? (matchCompoundCompany(article, i) ?? (sentenceStarts.has(article.tokens[i].start) ? undefined : matchCompoundBody(article, i))) : undefined) ?? matchByContext(article, i);
}

const afterLawTitle = (article: Article, f: Found): boolean => lawTitleBefore(article, article.tokens[f.first]);

/**
 * Is tokens[f.first..f.last] a quoted name's end: alone inside quotes (газети «Житомирщина», кінотеатрі «Україна») or
 * after other capitalized words of the same quotes («Майкрософт Україна»)? A quoted place is the name of a
 * newspaper, a company or a venue; findQuotedOrgs reads it after an organization noun.
 */
function quotedAfterOrganizationNoun(article: Article, f: Found): boolean {
  const { tokens } = article;
  const close = tokens[f.last + 1];
  if (!close || !CLOSE_QUOTES.has(close.text)) return false;
  let k = f.first - 1;
  while (k >= 0 && k > f.first - 6 && isUpper(tokens[k])) k--;
  const open = tokens[k];
  return !!open && OPEN_QUOTES.has(open.text) && CLOSE_QUOTE_OF[open.text].includes(close.text);
}

/** Adds to `found` (in text order) the other forms of the one-word places the article's context named. */
function withSameStemPlaces(article: Article, found: Found[]): void {
  const stems = new Set(found.filter((f) => f.fromContext && f.first === f.last).map((f) => stemKey(f.mention.text)));
  const taken = new Set<number>();
  for (const f of found) for (let k = f.first; k <= f.last; k++) taken.add(k);
  const more = sameStemPlaces(article, stems, (k) => taken.has(k)).map((k) => contextFound(article, { first: k, last: k, lemma: article.tokens[k].text, sure: false }));
  if (more.length === 0) return;
  found.push(...more);
  found.sort((a, b) => a.first - b.first);
}

/** м. Буча, с. Рашків, вул. Горького (contextPlaces.ts); a name after a settlement's abbreviation that the gazetteer knows (м. Києва) is read there. */
function matchAbbreviated(article: Article, i: number, byForm: Map<string, Reading[]>, longest: number): Found | undefined {
  // Abbreviations are short: a longer word costs no call.
  if (article.tokens[i].text.length > 5) return undefined;
  const place = abbreviatedPlaceAt(article, i);
  if (!place || (place.first > i && matchKnown(article, place.first, byForm, longest, false))) return undefined;
  return contextFound(article, place);
}

/**
 * A place no list knows, read from its context (contextPlaces.ts); its id is its stem's, shared by its forms. The
 * context is evidence of its own, so it outweighs a surname read there only because the corpus uses the word as
 * one elsewhere (на Майдані, with Майдан a surname in another article): the mention is `known`.
 */
function matchByContext(article: Article, i: number): Found | undefined {
  const place = locativePlaceAt(article, i);
  return place && contextFound(article, place);
}

function contextFound(article: Article, place: ContextPlace): Found {
  const { tokens, text } = article;
  const start = tokens[place.first].start;
  const end = tokens[place.last].end;
  return foundName(place.first, place.last, { doc: article.path, type: 'LOC', start, end, text: text.slice(start, end), lemma: place.lemma, entity: `loc:${slug(stemKey(place.lemma))}`, known: true }, { fromContext: place.sure });
}

// Совкомбанк, Севмаш, Росэлектроника, Укренерго: Russian and Ukrainian company names compounded with an
// industry word. The stem before it needs three letters (Банк, Газа are no names); case endings are read off.
const HARD_INDUSTRY = /^(\p{Lu}\p{Ll}{2,}?)(банк|флот|маш|газ|пром|атом|строй|буд|торг|холдинг|инвест|фарм|телеком|лизинг|трейд|металл|метал|транс|хим|хім|сбыт|збут)(а|у|ом|е|і|ові|ем)?$/u;
// Industry words that decline on their last letter: нефть → нефти, электроника → электроники, нафта → нафти.
const SOFT_INDUSTRY = /^(\p{Lu}\p{Ll}{2,}?)(нефт|нафт|стал|электроник|електронік)(ь|и|ью|а|ы|у|ой|ою|е|і|ої)$/u;
const SOFT_NOMINATIVE: Record<string, string> = { нефт: 'ь', стал: 'ь', нафт: 'а', электроник: 'а', електронік: 'а' };
const FIXED_INDUSTRY = /^(\p{Lu}\p{Ll}{2,}?)(энерго|енерго|авиа|агро)$/u;

// Київради, Мосгорсуда; Укравтодору, Держрезерв, Мінюсту, Нацбанку: a public body compounded with рада/суд, or
// with the prefix of a state (Укр-, Держ-), ministry (Мін-, Мин-) or national (Нац-) body. Common words with
// the same beginnings (Кіровоград, Україна, Держава, Міністр, Минута, Нація) are left out, and so is a sentence's
// first word (Награда).
const COMPOUND_COUNCIL = /^(\p{Lu}\p{Ll}{2,}?)(?<!г)(рад|дум)(а|и|і|у|ою|ой|е|ы)$|^(\p{Lu}\p{Ll}{2,}?суд)(а|у|ом|е|і|ові)?$/u;
const BODY_PREFIX = /^(?:Укр(?!аїн|аин|аін|ит|ыт|іп|еп|оп)|Держ(?!а)|Мін(?!іст|ськ|ус|ім|ерал|ь|ія)|Мин(?!ист|ск|ус|им|ут|увш|ерал|ь|ия)|Нац(?!іо|ио|ія|ия|ист|изм|ізм))\p{Ll}{3,}$/u;
const CONSONANT_CASE = /([бвгґджзклмнпрстфхцчшщ])(у|ом|ові|а|е)$/u;

/** Only a word of six letters or more opening with a Cyrillic capital can be a compound name: Мінюст, Совкомбанк (by code point: this runs for most words). */
function compoundable(t: Token): boolean {
  const code = t.text.charCodeAt(0);
  return t.text.length >= 6 && ((code >= 0x410 && code <= 0x42f) || code === 0x401 || code === 0x404 || code === 0x406 || code === 0x407 || code === 0x490);
}

function matchCompoundBody(article: Article, i: number): Found | undefined {
  const t = article.tokens[i];
  let lemma: string | undefined;
  const council = COMPOUND_COUNCIL.exec(t.text);
  if (council) lemma = council[1] ? `${council[1]}${council[2]}а` : council[4];
  else if (BODY_PREFIX.test(t.text)) lemma = t.text.replace(CONSONANT_CASE, '$1').replace(/ії$/u, 'ія').replace(/ии$/u, 'ия');
  if (!lemma) return undefined;
  const mention: PlaceOrgMention = { doc: article.path, type: 'ORG', start: t.start, end: t.end, text: t.text, lemma, entity: `org:${slug(lemma)}` };
  return foundName(i, i, mention);
}

function matchCompoundCompany(article: Article, i: number): Found | undefined {
  const t = article.tokens[i];
  if (t.text.length < 6 || !/^[А-ЯЁІЇЄҐ]/.test(t.text)) return undefined;
  let lemma: string | undefined;
  // Each pattern only where the one before it failed: this runs for most long capitalized words.
  const hard = HARD_INDUSTRY.exec(t.text);
  const soft = hard ? null : SOFT_INDUSTRY.exec(t.text);
  if (hard) lemma = hard[1] + hard[2];
  else if (soft) lemma = soft[1] + soft[2] + SOFT_NOMINATIVE[soft[2]];
  else if (FIXED_INDUSTRY.test(t.text)) lemma = t.text;
  if (!lemma) return undefined;
  const mention: PlaceOrgMention = { doc: article.path, type: 'ORG', start: t.start, end: t.end, text: t.text, lemma, entity: `org:${slug(lemma)}` };
  return foundName(i, i, mention);
}

/** Pfizer-BioNTech: one token naming two known organizations, read as each. */
function matchHyphenated(article: Article, i: number, byForm: Map<string, Reading[]>): Found | undefined {
  return article.tokens[i].text.includes('-') ? readHyphenated(article, i, byForm) : undefined;
}

function readHyphenated(article: Article, i: number, byForm: Map<string, Reading[]>): Found | undefined {
  const token = article.tokens[i];
  const parts = token.text.split('-');
  if (parts.length !== 2 || parts.some((p) => !p)) return undefined;
  const readings = parts.map((p) => byForm.get(fold(p))?.find((r) => r.type === 'ORG' && spellingFits(r, p) && !r.absorbOnly));
  if (readings.some((r) => !r)) return undefined;
  const [a] = readings as Reading[];
  const text = parts[0];
  // The second part is found by findPlacesOrgs's follow-up (see splitHyphenated).
  return foundName(i, i, { doc: article.path, type: 'ORG', start: token.start, end: token.start + text.length, text, lemma: lemmaOf(a, [text]), entity: a.entity }, { reading: a, second: { reading: readings[1] as Reading, text: parts[1], start: token.start + text.length + 1 } });
}

// Serum Institute of India, Piedmont Airlines, Moderna Inc.: Latin capitalized words ending in (or opening with) a company word.
const LATIN_COMPANY_WORD = /^(Inc|Ltd|LLC|Corp|Corporation|Company|AG|GmbH|SE|SA|PLC|Plc|Group|Holding|Holdings|Pharmaceuticals?|Pharma|Biotech|Biotec|Biologics?|Biological|Therapeutics|Diagnostics|Laboratories|Technologies|Technology|Systems|Microsystems|Partners|Capital|Airlines|Airways|Motors|Bank|Institute|University|Foundation|Association|Agency|Network|Media|Communications|Entertainment|Studios|Labs)$/;
const LATIN_CONNECTOR = /^(of|and|de|del|della|für|for|the)$/;

const LATIN_CAPITALIZED = /^[A-Z][A-Za-z\d-]*$/;
/** A capital A–Z first read off its code: this runs for most words, nearly all of them Cyrillic. */
const isCap = (t: Token | undefined): boolean => !!t && t.kind === 'word' && t.text.charCodeAt(0) >= 0x41 && t.text.charCodeAt(0) <= 0x5a && LATIN_CAPITALIZED.test(t.text);

function matchLatinCompany(article: Article, i: number): Found | undefined {
  const { tokens, text } = article;
  if (!isCap(tokens[i]) || (tokens[i - 1] && tokens[i - 1].kind === 'word' && /^[A-Za-z]/.test(tokens[i - 1].text) && adjacent(text, tokens[i - 1], tokens[i]))) return undefined;
  let j = i;
  let company = LATIN_COMPANY_WORD.test(tokens[i].text) ? i : -1;
  while (j - i < 6) {
    const next = tokens[j + 1];
    if (isCap(next) && adjacent(text, tokens[j], next)) j++;
    else if (next && next.kind === 'word' && LATIN_CONNECTOR.test(next.text) && isCap(tokens[j + 2]) && adjacent(text, tokens[j], next) && adjacent(text, next, tokens[j + 2])) j += 2;
    else break;
    if (LATIN_COMPANY_WORD.test(tokens[j].text)) company = j;
  }
  if (company < 0 || j === i) return undefined;
  // Inc. and Ltd. keep their dot.
  let end = tokens[j].end;
  if (/^(Inc|Ltd|Corp)$/.test(tokens[j].text) && tokens[j + 1]?.text === '.' && attachedMark(text, tokens[j], tokens[j + 1])) end = tokens[j + 1].end;
  const name = text.slice(tokens[i].start, end);
  return foundName(i, j, { doc: article.path, type: 'ORG', start: tokens[i].start, end, text: name, lemma: name, entity: `org:${slug(name)}` });
}

// Конституционного суда, Оксфордского университета, Національного банку: capitalized adjectives before an institution noun.
const INSTITUTION_NOUNS: [Lang, string, 'f' | 'm' | 'n'][] = [
  ...'университет суд театр институт банк фонд центр совет комитет фронт союз конгресс музей горсовет облсовет райсовет горсуд райсуд облсуд департамент колледж завод комбинат'.split(' ').map((w) => ['ru', w, 'm'] as [Lang, string, 'm']),
  ...'служба палата партия академия ассамблея комиссия федерация администрация прокуратура полиция инспекция дума облдума гордума ассоциация организация электростанция биржа'.split(' ').map((w) => ['ru', w, 'f'] as [Lang, string, 'f']),
  ...'собрание агентство министерство управление общество объединение движение'.split(' ').map((w) => ['ru', w, 'n'] as [Lang, string, 'n']),
  ...'університет суд театр інститут банк фонд центр комітет фронт союз конгрес музей райсуд госпсуд адмінсуд міськсуд департамент коледж завод комбінат рух'.split(' ').map((w) => ['uk', w, 'm'] as [Lang, string, 'm']),
  ...'служба палата партія академія асамблея комісія федерація рада міськрада облрада райрада сільрада держадміністрація облдержадміністрація райдержадміністрація міськдержадміністрація адміністрація прокуратура поліція інспекція асоціація спілка організація залізниця церква електростанція біржа'.split(' ').map((w) => ['uk', w, 'f'] as [Lang, string, 'f']),
  ...'агентство міністерство управління товариство об\'єднання'.split(' ').map((w) => ['uk', w, 'n'] as [Lang, string, 'n']),
];
let institutionNouns: Map<string, { lemma: string; gender: 'f' | 'm' | 'n'; lang: Lang }[]> | undefined;
/** Adjectives that open ordinary phrases, not names: Первые партии, Новый центр, Наступний комітет. */
const COMMON_ADJECTIVE = /^(перв|втор|трет|последн|следующ|нов|стар|друг|кажд|весь|эт|наш|ваш|сво|как|котор|одн|мног|некотор|остальн|ближайш|будущ|бывш|прошл|нинішн|наступн|останн|інш|кожн|ц|як|перш|друг|колишн|минул|майбутн|гражданск|громадянськ|голов)$/i;
const UK_CLEAR_ADJ = /(ого|ому|ими|им|ім|ій|ої|ою|ий|их|ього|ьому|(?:н|ськ|цьк|зьк|ов|ев|ів)[ауеі])$/;
const RU_ADJ_FORM = /^([\p{L}-]+?)(ого|его|ому|ему|ыми|ими|ым|им|ом|ем|ой|ую|ою|ей|ый|ий|ая|ое|ее|ые|ие|ых|их)$/u;
const UK_ADJ_FORM = /^([\p{L}-]+?)(ього|ьому|ого|ому|ими|им|ім|ій|ої|ою|у|ий|а|е|і|их)$/u;
const FEMININE_ADJ: Record<Lang, RegExp> = { ru: /(ая|яя|ой|ей|ую|юю|ою|ею)$/, uk: /([^и]а|я|ої|ьої|ій|[^и]у|ю|ою|ьою)$/ };
const MASC_NEUTER_ADJ: Record<Lang, RegExp> = { ru: /(ый|ий|ой|ого|его|ому|ему|ым|им|ом|ем|ое|ее)$/, uk: /(ий|ій|ого|ього|ому|ьому|им|ім|е|є)$/ };
const RU_ADJ_NOM = { m: 'ый', f: 'ая', n: 'ое' };
const UK_ADJ_NOM = { m: 'ий', f: 'а', n: 'е' };

function matchInstitution(article: Article, i: number): Found | undefined {
  const word = article.tokens[i].text;
  return !opensLowercase(word) && CAPITALIZED_WORD.test(word) ? readInstitution(article, i) : undefined;
}

/** The institution nouns' forms as written (lowercase), with their lemmas. */
function institutionNounForms(): Map<string, { lemma: string; gender: 'f' | 'm' | 'n'; lang: Lang }[]> {
  institutionNouns ??= new Map(
    INSTITUTION_NOUNS.flatMap(([lang, lemma, gender]) => declineWord(lemma, lang, false).map((f) => [f, { lemma, gender, lang }] as const)).reduce(
      (map, [form, reading]) => map.set(form, [...(map.get(form) ?? []), reading]),
      new Map<string, { lemma: string; gender: 'f' | 'm' | 'n'; lang: Lang }[]>(),
    ),
  );
  return institutionNouns;
}

function readInstitution(article: Article, i: number): Found | undefined {
  const { tokens, text } = article;
  const nouns = institutionNounForms();
  const classes = classesOf(tokens);
  // A form as written folds to a word of the class: the bit rules out most words before the lookup.
  let j = i;
  while (j - i < 3 && tokens[j + 1]?.kind === 'word' && adjacent(text, tokens[j], tokens[j + 1]) && !(classes[j + 1] & INSTITUTION_NOUN && nouns.has(tokens[j + 1].text))) j++;
  const noun = tokens[j + 1];
  const heads = noun && classes[j + 1] & INSTITUTION_NOUN && adjacent(text, tokens[j], noun) ? nouns.get(noun.text) : undefined;
  const head = heads?.find((h) => h.lang === article.lang) ?? heads?.[0];
  if (!head) return undefined;
  // Международная организация заявила, Японская полиция.: one place or international adjective capitalized only
  // because it opens the sentence, and a lowercase noun with no name after it, is a phrase, not a name (Вищий
  // госпсуд is one).
  const after = tokens[j + 2];
  const ends = !after || after.kind !== 'word' || !adjacent(text, noun, after) || CHAIN_VERB[head.lang].test(fold(after.text));
  const generic = PLACE_ADJ[head.lang].test(tokens[i].text) || /^(междунар|міжнар)/i.test(tokens[i].text);
  if (j === i && generic && ends && /^\p{Ll}/u.test(noun.text) && opensSentence(article, tokens[i])) return undefined;
  const form = head.lang === 'ru' ? RU_ADJ_FORM : UK_ADJ_FORM;
  const nominative = head.lang === 'ru' ? RU_ADJ_NOM : UK_ADJ_NOM;
  const adjectives: string[] = [];
  for (let k = i; k <= j; k++) {
    const m = form.exec(tokens[k].text);
    if (!m || !(head.lang === 'ru' ? RU_ADJ : UK_ADJ).test(`${m[1]}${nominative[head.gender]}`)) return undefined;
    // The adjective agrees with the noun's gender (singular): Решение суда and Ученые университета are no names.
    if (!(head.gender === 'f' ? FEMININE_ADJ[head.lang] : MASC_NEUTER_ADJ[head.lang]).test(tokens[k].text.toLowerCase())) return undefined;
    // Ранее Верховный суд: a neuter (or comparative) -ое/-ее form does not agree with a masculine noun.
    if (head.lang === 'ru' && head.gender === 'm' && /(ое|ее)$/.test(tokens[k].text.toLowerCase())) return undefined;
    if (COMMON_ADJECTIVE.test(m[1]) || /(ющ|ящ|ущ|ащ|вш|уюч|ююч|ач|яч)$/i.test(m[1])) return undefined;
    if (head.lang === 'uk' && !UK_CLEAR_ADJ.test(tokens[k].text.toLowerCase())) return undefined;
    let ending = nominative[head.gender];
    if (head.lang === 'ru' && head.gender === 'm' && /[кгхжшчщ]$/.test(m[1])) ending = 'ий';
    adjectives.push(`${m[1]}${ending}`);
  }
  const lemma = `${adjectives.join(' ')} ${head.lemma}`;
  return foundName(i, j + 1, { doc: article.path, type: 'ORG', start: tokens[i].start, end: noun.end, text: text.slice(tokens[i].start, noun.end), lemma, entity: `org:${slug(lemma)}` });
}

// Тюменской области, Дарницькому районі, Приморский край: a capitalized -ск-/-цк- adjective before a region noun.
const REGION_NOUNS: [Lang, string, 'f' | 'm'][] = [
  ['ru', 'область', 'f'], ['ru', 'район', 'm'], ['ru', 'край', 'm'], ['ru', 'округ', 'm'], ['ru', 'республика', 'f'], ['ru', 'губерния', 'f'],
  ['uk', 'область', 'f'], ['uk', 'район', 'm'], ['uk', 'край', 'm'], ['uk', 'округ', 'm'], ['uk', 'республіка', 'f'], ['uk', 'губернія', 'f'],
];
interface RegionNoun {
  lemma: string;
  gender: 'f' | 'm';
  lang: Lang;
}
let regionNouns: Map<string, RegionNoun[]> | undefined;
/** The plural forms a list of regions ends in: Херсонської і Запорізької областей. */
const REGION_PLURALS: Record<string, string[]> = {
  'uk:область': ['області', 'областей', 'областях', 'областям', 'областями'],
  'ru:область': ['области', 'областей', 'областях', 'областям', 'областями'],
  'uk:район': ['райони', 'районів', 'районах'],
  'ru:район': ['районы', 'районов', 'районах'],
};
/** Донецька обл, Бородянський р-н: the abbreviation (its dot left outside) names the region as the noun does. */
const REGION_ABBREVIATIONS = new Map<string, { lemma: string; gender: 'f' | 'm' }>([
  ['обл', { lemma: 'область', gender: 'f' }],
  ...['р-н', 'р-на', 'р-ну', 'р-ні', 'р-не', 'р-ном'].map((f): [string, { lemma: string; gender: 'm' }] => [f, { lemma: 'район', gender: 'm' }]),
]);
const RU_REGION_ADJ = /^(\p{Lu}[\p{L}-]*(?:ск|цк))(?:ая|ой|ую|ою|ий|ого|ому|ом|им)$/u;
const UK_REGION_ADJ = /^(\p{Lu}[\p{L}'’ʼ-]*(?:ськ|цьк|зьк))(?:а|ої|ій|у|ою|ий|ого|ому|им|ім)$/u;

function matchRegion(article: Article, i: number): Found | undefined {
  const { tokens, text } = article;
  const adj = tokens[i];
  const noun = tokens[i + 1];
  if (!noun || noun.kind !== 'word') return undefined;
  // The noun's class first: it rejects almost every word, and cheaper than the spacing test.
  const head = classesOf(tokens)[i + 1] & REGION_NOUN ? regionNoun(article, noun.text) : undefined;
  if (!head || !adjacent(text, adj, noun)) return undefined;
  return regionFound(article, i, i + 1, head);
}

/** The region nouns' forms as written (lowercase), singular and plural. */
function regionNounForms(): Map<string, RegionNoun[]> {
  if (!regionNouns) {
    const map = new Map<string, RegionNoun[]>();
    for (const [lang, lemma, gender] of REGION_NOUNS) {
      for (const f of [...declineWord(lemma, lang, false), ...(REGION_PLURALS[`${lang}:${lemma}`] ?? [])]) map.set(f, [...(map.get(f) ?? []), { lemma, gender, lang }]);
    }
    regionNouns = map;
  }
  return regionNouns;
}

/** The region noun a word form is (області, районах, обл), with its gender and language. */
function regionNoun(article: Article, word: string): RegionNoun | undefined {
  const readings = regionNounForms().get(word);
  // The article's language first: областях and район are both languages' words.
  if (readings) return readings.find((r) => r.lang === article.lang) ?? readings[0];
  const abbreviated = REGION_ABBREVIATIONS.get(word);
  return abbreviated && { ...abbreviated, lang: article.lang };
}

/** The region named by the adjective tokens[i], its noun ending at tokens[last] (the noun itself, or the adjective in a list). */
function regionFound(article: Article, i: number, last: number, head: RegionNoun): Found | undefined {
  const { tokens, text } = article;
  const m = (head.lang === 'ru' ? RU_REGION_ADJ : UK_REGION_ADJ).exec(tokens[i].text);
  if (!m) return undefined;
  const ending = head.lang === 'ru' ? (head.gender === 'f' ? 'ая' : 'ий') : head.gender === 'f' ? 'а' : 'ий';
  const lemma = `${m[1]}${ending} ${head.lemma}`;
  const found = gazetteer().byForm.get(fold(lemma))?.find((r) => r.type === 'LOC');
  const { start } = tokens[i];
  const { end } = tokens[last];
  return foundName(i, last, { doc: article.path, type: 'LOC', start, end, text: text.slice(start, end), lemma, entity: found?.entity ?? `loc:${slug(lemma)}` });
}

const LIST_JOINERS = new Set([',', 'та', 'і', 'й', 'и']);

/**
 * Волинська, Закарпатська … та Харківська області; Херсонської і Запорізької областей: each region adjective of a
 * list that one region noun ends is a region of its own; the last takes the noun (matchRegion).
 */
function matchRegionList(article: Article, i: number): Found | undefined {
  const { tokens, lang } = article;
  const adjective = lang === 'ru' ? RU_REGION_ADJ : UK_REGION_ADJ;
  const after = tokens[i + 1];
  // Most words are followed by no joiner and no adjective: one set lookup says so before any pattern runs.
  // The adjective opens with a capital: most words are ruled out by their first code, before the pattern.
  if (!after || (!LIST_JOINERS.has(after.text) && after.kind !== 'word') || opensLowercase(tokens[i].text) || !adjective.test(tokens[i].text)) return undefined;
  let k = i;
  for (let n = 0; n < 30; n++) {
    const joiner = tokens[k + 1];
    const next = tokens[k + 2];
    if (!joiner) return undefined;
    // Чернігівська Сумська: a comma may be missing between two adjectives.
    if (adjective.test(joiner.text)) k += 1;
    else if (next && LIST_JOINERS.has(joiner.text) && adjective.test(next.text)) k += 2;
    else return undefined;
    const head = tokens[k + 1] && regionNoun(article, tokens[k + 1].text);
    if (head) return regionFound(article, i, i, head);
  }
  return undefined;
}

// в городе Урюпинске, реку Славянку, у місті Майнц: a capitalized name after a lowercase
// settlement or water noun is a place, whatever the gazetteer knows. The noun stays outside.
const PLACE_NOUNS: [Lang, string][] = [
  ...'город %поселок село деревня станица хутор аул река озеро остров полуостров штат провинция графство кантон префектура пригород курорт'.split(' ').map((w) => ['ru', w] as [Lang, string]),
  ...'місто містечко селище село хутір смт річка озеро острів півострів штат провінція графство кантон префектура передмістя курорт'.split(' ').map((w) => ['uk', w] as [Lang, string]),
];
// `%` marks a fleeting vowel (поселок → поселке). Neuter nouns in -о/-е that declineWord leaves alone (it reads them as indeclinable loans).
const NEUTER_FORMS: Record<string, string[]> = { село: ['села', 'селу', 'селе', 'селом', 'селі'], озеро: ['озера', 'озеру', 'озере', 'озером', 'озері'], місто: ['міста', 'місту', 'місті', 'містом'], передмістя: ['передмісті', 'передмістю'], селище: ['селища', 'селищу', 'селищі', 'селищем'], містечко: ['містечка', 'містечку', 'містечком'] };
let placeNouns: Set<string> | undefined;

/** Is the folded word a form of a settlement, water or region noun (городе, штата, провінції)? */
function isPlaceNoun(folded: string): boolean {
  return placeNounForms().has(folded);
}

function placeNounForms(): Set<string> {
  placeNouns ??= new Set(PLACE_NOUNS.flatMap(([lang, w]) => [...declineWord(w.replace('%', ''), lang, false, w.startsWith('%')), ...(NEUTER_FORMS[w] ?? [])].map(fold)));
  return placeNouns;
}

/** A region adjective in an oblique case: Дніпропетровської (області), Шекхупурского (округа). */
const REGION_GENITIVE = /(?:ої|ого|ому|ій|ой|ом)$/u;

function matchNamedPlace(article: Article, i: number, byForm: Map<string, Reading[]>, longest: number): Found | undefined {
  const { tokens, text } = article;
  const noun = tokens[i];
  const name = tokens[i + 1];
  if (!name || noun.kind !== 'word' || !LOWERCASE_START.test(noun.text) || !adjacent(text, noun, name)) return undefined;
  const classes = classesOf(tokens);
  if (!(classes[i] & PLACE_NOUN) || !CAPITALIZED_WORD.test(name.text)) return undefined;
  // A name the gazetteer knows (город Москва) is read there, with its own lemma.
  if (matchKnown(article, i + 1, byForm, longest, false)) return undefined;
  // деревне Иттан Вали, села Мала Костромка: a second capitalized word is the name's, unless it opens a region (Петриківка Дніпропетровської області).
  const second = tokens[i + 2];
  const two = second && /^\p{Lu}\p{Ll}+$/u.test(second.text) && adjacent(text, name, second) && !REGION_GENITIVE.test(second.text) && !(classes[i + 2] & NAME_START);
  if (two) {
    const surface = text.slice(name.start, second.end);
    return foundName(i + 1, i + 2, { doc: article.path, type: 'LOC', start: name.start, end: second.end, text: surface, lemma: surface, entity: `loc:${slug(surface)}` });
  }
  return foundName(i + 1, i + 1, { doc: article.path, type: 'LOC', start: name.start, end: name.end, text: name.text, lemma: name.text, entity: `loc:${slug(stemKey(name.text))}` }, { fromContext: true });
}

// Кутузовский проспект, на Манежной площади, улица Большая Никитская, шоссе Энтузиастов: streets and squares, the noun included.
const STREET_NOUNS: [Lang, string][] = [
  ...'улица проспект площадь бульвар шоссе переулок набережная проезд'.split(' ').map((w) => ['ru', w] as [Lang, string]),
  ...'вулиця проспект площа бульвар шосе провулок набережна узвіз'.split(' ').map((w) => ['uk', w] as [Lang, string]),
];
let streetNouns: Map<string, string> | undefined;
const STREET_ADJ: Record<Lang, RegExp> = { ru: /^\p{Lu}\p{Ll}+(ый|ий|ой|ая|яя|ое|ее|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ою|ей|ых|их|ые|ие)$/u, uk: /^\p{Lu}[\p{Ll}'’]+(ий|ій|а|я|е|є|ого|ього|ому|ьому|им|ім|ій|ої|ьої|у|ю|ою|ьою|их|і)$/u };

/** The street noun (lemma) of a folded word form. */
function streetNoun(key: string): string | undefined {
  return streetNounForms().get(key);
}

function streetNounForms(): Map<string, string> {
  streetNouns ??= new Map(
    STREET_NOUNS.flatMap(([lang, w]) => (/(ая|на)$/.test(w) ? [w, ...(lang === 'ru' ? ruAdjective(w) : ukAdjective(w))] : declineWord(w, lang, false)).map((f) => [fold(f), w] as const)),
  );
  return streetNouns;
}

// Стрийський парк, Байковому цвинтарі, Північне море, Високому Замку, Гостинного двору: a capitalized adjective
// before a landmark noun names it, the noun included. Unlike a street noun, a landmark noun before a name
// (ліс Петра, море Ірини) makes no place of it, so these are read after an adjective only.
const LANDMARK_NOUNS: [Lang, string][] = [
  ...'парк сквер сад кладбище собор монастырь %замок двор вокзал гора лес пустырь море залив пролив канал мост долина урочище заповедник аллея пляж лиман водохранилище холм пещера крепость'.split(' ').map((w) => ['ru', w] as [Lang, string]),
  ...'парк сквер сад цвинтар кладовище собор монастир %замок двір вокзал гора ліс пустир шлях море затока протока острів канал міст ставок долина урочище заповідник алея передмістя пляж лиман водосховище заказник пагорб печера фортеця'.split(' ').map((w) => ['uk', w] as [Lang, string]),
];
// Neuter nouns in -е that declineWord reads as indeclinable loans.
const LANDMARK_NEUTER: Record<string, string[]> = { море: ['моря', 'морю', 'морі', 'морем'], урочище: ['урочища', 'урочищу', 'урочищі', 'урочищем', 'урочище'], передмістя: ['передмісті', 'передмістю'], водосховище: ['водосховища', 'водосховищу', 'водосховищі', 'водосховищем'], водохранилище: ['водохранилища', 'водохранилищу', 'водохранилищем'] };
/** A place adjective at a sentence start: Стрийський парк is a park there, Великий ліс is not. */
const TOPONYM_ADJ = /^\p{Lu}[\p{L}'’ʼ-]*(?:ськ|цьк|зьк|ск|цк|ов|ев|ів|ин|їн)\p{Ll}{1,3}$/u;
let landmarkNouns: Map<string, string> | undefined;

/** The landmark noun (lemma) of a folded word form (парку → парк, морі → море). */
function landmarkNoun(key: string): string | undefined {
  return landmarkNounForms().get(key);
}

function landmarkNounForms(): Map<string, string> {
  landmarkNouns ??= new Map(
    LANDMARK_NOUNS.flatMap(([lang, w]) => {
      const lemma = w.replace('%', '');
      return [...declineWord(lemma, lang, false, w.startsWith('%')), ...(LANDMARK_NEUTER[lemma] ?? [])].map((f) => [fold(f), lemma] as const);
    }),
  );
  return landmarkNouns;
}

function matchStreet(article: Article, i: number): Found | undefined {
  const { tokens, text, lang } = article;
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!next || t.kind !== 'word' || next.kind !== 'word' || !adjacent(text, t, next)) return undefined;
  // The words' classes first, the pattern tests only when the next word is a street or landmark noun.
  const folded = foldedTokens(tokens);
  const classes = classesOf(tokens);
  const street = classes[i + 1] & STREET_NOUN ? streetNoun(folded[i + 1]) : undefined;
  // A landmark's adjective is capitalized: lowercase words skip the lookup.
  const after = street ?? (classes[i + 1] & LANDMARK_NOUN && /^\p{Lu}/u.test(t.text) ? landmarkNoun(folded[i + 1]) : undefined);
  // Києві площею (an area): a name the gazetteer knows is no street's adjective.
  if (after && STREET_ADJ[lang].test(t.text) && !(classes[i] & LISTED)) {
    // Общая площадь квартиры: at a sentence start площадь is an area, not a square; Великий ліс is a big forest.
    if ((/^площ/.test(after) || (!street && !TOPONYM_ADJ.test(t.text))) && opensSentence(article, t)) return undefined;
    // ТОВ "Зелена долина": a quoted name after a legal form or an organization noun is the company's, not a landmark.
    const cue = tokens[i - 2];
    if (!street && OPEN_QUOTES.has(tokens[i - 1]?.text ?? '') && cue && (LEGAL_FORM.test(cue.text) || organizationNouns().has(folded[i - 2]))) return undefined;
    if (COMMON_ADJECTIVE.test(t.text.replace(/\p{Ll}{2,3}$/u, ''))) return undefined;
    return streetFound(article, i, i + 1);
  }
  if (!(classes[i] & STREET_NOUN) || !LOWERCASE_START.test(t.text) || !CAPITALIZED_WORD.test(next.text)) return undefined;
  // площадь Украины is the country's area; a known name after the noun is not a street's.
  if (classes[i + 1] & LISTED) return undefined;
  const second = tokens[i + 2];
  const two = second && second.kind === 'word' && adjacent(text, next, second) && /^\p{Lu}\p{Ll}/u.test(second.text) && STREET_ADJ[lang].test(next.text);
  return streetFound(article, i, two ? i + 2 : i + 1);
}

/** Does a sentence open at the token? By halving the sentences, which are in text order: asked of a place in a 5 MB article, a scan of its 40,000 sentences was most of the article's time. */
const opensSentence = (article: Article, t: Token): boolean => indexStartingAt(article.sentences, t.start) !== undefined;

/** The street named by tokens[first..last], the noun included. */
function streetFound(article: Article, first: number, last: number): Found {
  const { tokens, text } = article;
  const surface = text.slice(tokens[first].start, tokens[last].end);
  return foundName(first, last, { doc: article.path, type: 'LOC', start: tokens[first].start, end: tokens[last].end, text: surface, lemma: surface, entity: `loc:${slug(surface)}` });
}

// The matchers below ask most words one cheap question first, in a function of its own: a function whose
// callbacks use its variables allocates their context on every call, and most calls end at that question.

function matchKnown(article: Article, i: number, byForm: Map<string, Reading[]>, longest: number, sentenceStart: boolean): Found | undefined {
  if (!(classesOf(article.tokens)[i] & NAME_START)) return undefined;
  return readKnown(article, i, byForm, longest, sentenceStart);
}

function readKnown(article: Article, i: number, byForm: Map<string, Reading[]>, longest: number, sentenceStart: boolean): Found | undefined {
  const { tokens, text, lang } = article;
  const folded = foldedTokens(tokens);
  const { leadingWords } = gazetteer();
  // keys[k]: the folded words tokens[i..i+k] joined, the gazetteer's key for them (folding goes letter by letter);
  // they grow only while the words so far open some longer form.
  const keys = [folded[i]];
  for (let k = 1; k < longest && leadingWords.has(keys[k - 1]) && i + k < tokens.length && tokens[i + k].kind === 'word' && adjacent(text, tokens[i + k - 1], tokens[i + k]); k++) {
    keys.push(`${keys[k - 1]} ${folded[i + k]}`);
  }
  for (let n = keys.length; n >= 1; n--) {
    const readings = byForm.get(keys[n - 1]);
    if (!readings) continue;
    const words = tokens.slice(i, i + n).map((t) => t.text);
    const surface = words.join(' ');
    // Abbreviations read in their own language only: МКС is the space station in Russian, the ICC in Ukrainian.
    const fitting = readings.filter((r) => spellingFits(r, surface) && !(r.homograph && sentenceStart) && (!r.firstName || placeContext(article, i, i + n - 1)) && (r.exact === undefined || r.lang === lang || !/^[\p{Lu}]+$/u.test(surface) || !readings.some((o) => o.lang === lang)));
    if (fitting.length === 0) continue;
    const reading = fitting.find((r) => r.lang === lang) ?? fitting[0];
    const first = tokens[i];
    const last = tokens[i + n - 1];
    if (text.slice(first.start, last.end) !== surface) continue;
    return foundName(i, i + n - 1, { doc: article.path, type: reading.type, start: first.start, end: last.end, text: surface, lemma: lemmaOf(reading, words), entity: reading.entity }, { reading });
  }
  return undefined;
}

// Prepositions of place: в Джорджии, из Вирджинии, до Вікторії, у штаті.
const PLACE_PREPOSITIONS = new Set(['в', 'во', 'из', 'изо', 'на', 'до', 'под', 'через', 'у', 'з', 'із', 'зі', 'по']);

/**
 * Does the context make tokens[first..last] a place rather than a first name: a place noun or a
 * preposition of place before it (штат Джорджия, в Джорджии), and no capitalized word after it
 * (Джорджия Мелони is a person)?
 */
function placeContext(article: Article, first: number, last: number): boolean {
  const { tokens, text } = article;
  const next = tokens[last + 1];
  if (next && next.kind === 'word' && /^\p{Lu}/u.test(next.text) && adjacent(text, tokens[last], next)) return false;
  const prev = tokens[first - 1];
  if (!prev || prev.kind !== 'word' || !adjacent(text, prev, tokens[first])) return false;
  const w = fold(prev.text);
  return PLACE_PREPOSITIONS.has(w) || isPlaceNoun(w);
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

// Verbs and phrases that name a source (сообщает NEWSru.com, пишет «Коммерсантъ», повідомляє "Укрінформ"): the next name is a medium, an organization.
const REPORTING = new Set(
  `сообщает сообщают сообщил сообщила сообщило сообщили сообщала пишет пишут писал писала передает передаёт передают передал передала цитирует цитируют отмечает отметил отметила данным сообщению
  повідомляє повідомляють повідомив повідомила повідомило повідомили повідомляло пише пишуть писав писала передає передають передав передала цитує цитують зазначає зазначив зазначила даними повідомленням`.split(/\s+/),
);
// Top-level domains of news sites: NEWSru.com, Лента.ру, RBC.UA.
const DOMAIN_END = /^(ru|ру|com|net|ua|org|рф|by|kz|info|su|uk|de|eu|io|tv|me)$/i;

/** The last token of a site name starting at tokens[i] (Lenta.ru, NEWSru.com, m.baltinfo.ru), or -1. */
function domainEnd(tokens: Token[], i: number): number {
  if (tokens[i]?.kind !== 'word') return -1;
  let k = i;
  while (tokens[k + 2]?.kind === 'word' && tokens[k + 1].text === '.' && tokens[k + 1].start === tokens[k].end && tokens[k + 2].start === tokens[k + 1].end) k += 2;
  return k > i && DOMAIN_END.test(tokens[k].text) ? k : -1;
}

/**
 * партия «Слуга народа», ООО «Алтек», сообщает «Коммерсантъ», пишет Lenta.ru: a capitalized
 * quoted name after an organization noun, a legal form or a reporting verb, and a site name
 * after a reporting verb. The quotes stay outside the name.
 */
function findQuotedOrgs(article: Article, known: Found[]): PlaceOrgMention[] {
  const { tokens, text } = article;
  const taken = new Set<number>();
  for (const f of known) for (let k = f.first; k <= f.last; k++) taken.add(k);
  const out: PlaceOrgMention[] = [];
  const push = (first: number, last: number): void => {
    for (let k = first; k <= last; k++) if (taken.has(k)) return;
    const s = tokens[first].start;
    const e = tokens[last].end;
    const name = text.slice(s, e);
    if (/\n/.test(name)) return;
    out.push({ doc: article.path, type: 'ORG', start: s, end: e, text: name, lemma: name, entity: `org:${slug(name) || 'org'}` });
    for (let k = first; k <= last; k++) taken.add(k);
  };
  const folded = foldedTokens(tokens);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    const w = folded[i];
    const reporting = t.kind === 'word' && REPORTING.has(w);
    // Any cue but a reporting verb counts only before a quote: that cheap test first.
    const cue = reporting || (t.kind === 'word' && OPEN_QUOTES.has(tokens[i + 1].text) && (organizationNouns().has(w) || LEGAL_FORM.test(t.text)));
    if (!cue) continue;
    const open = OPEN_QUOTES.has(tokens[i + 1].text) ? i + 1 : -1;
    const start = open >= 0 ? open + 1 : i + 1;
    if (!tokens[start] || (open < 0 && !adjacent(text, t, tokens[start]))) continue;
    // A site name needs a reporting verb unless it is quoted: пишет Lenta.ru, сайт «Gzt.Ru».
    const site = reporting || open >= 0 ? domainEnd(tokens, start) : -1;
    if (site >= 0 && (open < 0 || CLOSE_QUOTE_OF[tokens[open].text].includes(tokens[site + 1]?.text ?? ''))) {
      push(start, site);
      i = site;
      continue;
    }
    if (open < 0 || !/^[\p{Lu}\d]/u.test(tokens[start].text)) continue;
    const closers = CLOSE_QUOTE_OF[tokens[open].text];
    // A dot inside a word (Театр.doc) is part of the name; one after a space ends the sentence.
    const glued = (k: number): boolean => tokens[k].start === tokens[k - 1].end && tokens[k + 1]?.start === tokens[k].end;
    let end = start;
    while (end < tokens.length && end - start < 6 && !closers.includes(tokens[end].text) && !OPEN_QUOTES.has(tokens[end].text) && !(/[.!?]/.test(tokens[end].text) && !glued(end))) end++;
    if (end >= tokens.length || !closers.includes(tokens[end].text) || end === start) continue;
    push(start, end - 1);
    i = end;
  }
  return [...out, ...repeatedQuotedNames(article, out, taken)].sort((a, b) => a.start - b.start);
}

/**
 * компанія «Укрнафта» … «Укрнафта» повідомила: once a cue has made a quoted name an organization, its
 * other quoted occurrences in the article are the same organization.
 */
function repeatedQuotedNames(article: Article, named: PlaceOrgMention[], taken: Set<number>): PlaceOrgMention[] {
  if (named.length === 0) return [];
  const { tokens, text } = article;
  const byName = new Map(named.map((m) => [m.text, m]));
  const out: PlaceOrgMention[] = [];
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!OPEN_QUOTES.has(tokens[i].text)) continue;
    const closers = CLOSE_QUOTE_OF[tokens[i].text];
    let end = i + 1;
    while (end < tokens.length && end - i <= 6 && !closers.includes(tokens[end].text)) end++;
    if (end >= tokens.length || !closers.includes(tokens[end].text)) continue;
    const first = i + 1;
    const last = end - 1;
    const known = byName.get(text.slice(tokens[first].start, tokens[last].end));
    let free = true;
    for (let k = first; k <= last; k++) if (taken.has(k)) free = false;
    if (known && free) {
      out.push({ ...known, start: tokens[first].start, end: tokens[last].end });
      for (let k = first; k <= last; k++) taken.add(k);
    }
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

/**
 * One entity per id; its name is the most frequent base form in the language most of its mentions use. `kept`
 * (an incremental build's) keeps each entity while its mentions are the same records.
 */
export function linkPlacesOrgs(mentions: PlaceOrgMention[], langOf: (doc: string) => Lang, kept?: GroupMemo<PlaceOrgMention, Entity>): LinkedPlacesOrgs {
  const groups = new ListMap<string, PlaceOrgMention>();
  for (const m of mentions) groups.add(m.entity, m);
  const entities: Entity[] = [];
  for (const [id, list] of groups) entities.push(kept ? kept.get(id, list, () => placeOrgEntity(id, list, langOf)) : placeOrgEntity(id, list, langOf));
  kept?.endBuild();
  return { entities, mentions: mentions.map(linkedPlaceOrg) };
}

function placeOrgEntity(id: string, list: readonly PlaceOrgMention[], langOf: (doc: string) => Lang): Entity {
  const langs = list.map((m) => langOf(m.doc));
  const lang = mostFrequent(langs);
  const counts = new Map<string, number>();
  list.forEach((m, n) => langs[n] === lang && counts.set(m.lemma, (counts.get(m.lemma) ?? 0) + 1));
  const name = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
  const aliases = [...new Set(list.map((m) => m.lemma))].filter((a) => a !== name).sort();
  const type = id.startsWith('org:') ? 'ORG' : id.startsWith('loc:') ? 'LOC' : list[0].type;
  return { id, type, name, aliases, roles: [] };
}

/** A mention as the index keeps it; the same record from build to build while the found one lives. */
const linkedPlaceOrg = perRecord(
  (m: PlaceOrgMention): Mention => ({ doc: m.doc, start: m.start, end: m.end, type: m.type, text: m.text, lemma: m.lemma, entity: m.entity }),
);

/** Does an organization headed by an institution noun hold the whole person span (Институт Роберта Коха)? */
export function namedAfter(m: Span & { type?: string; text?: string }, person: Span): boolean {
  if (m.type !== 'ORG' || m.text === undefined || person.start < m.start || person.end > m.end || (person.start === m.start && person.end === m.end)) return false;
  return m.text.slice(0, person.start - m.start).split(/\s+/).some((w) => chainHead(w) !== undefined);
}


// ---------------------------------------------------------------------------
// Official names: an institution noun and its genitive chain

// Nouns that head an official name; the chain after them is read by extendChains.
const CHAIN_HEADS: [Lang, string][] = [
  ...'университет суд институт банк фонд центр совет комитет союз конгресс музей альянс департамент штаб колледж госпиталь служба палата партия академия ассамблея комиссия федерация организация ассоциация лаборатория инспекция агентство министерство управление ведомство общество объединение представительство театр библиотека больница клиника школа завод корпорация НИИ'
    .split(' ').map((w) => ['ru', w] as [Lang, string]),
  ...'університет суд інститут банк фонд центр рада комітет союз конгрес музей альянс департамент штаб коледж госпіталь служба палата партія академія асамблея комісія федерація організація асоціація лабораторія інспекція агентство агенція міністерство управління відомство товариство об\'єднання представництво театр бібліотека лікарня клініка школа завод корпорація НДІ'
    .split(' ').map((w) => ['uk', w] as [Lang, string]),
];
let chainHeads: Map<string, { lemma: string; lang: Lang }> | undefined;
function chainHead(word: string): { lemma: string; lang: Lang } | undefined {
  return chainHeadByKey(fold(word));
}

/** chainHead of a folded word form (a token's, from foldedTokens). */
function chainHeadByKey(key: string): { lemma: string; lang: Lang } | undefined {
  return chainHeadForms().get(key);
}

function chainHeadForms(): Map<string, { lemma: string; lang: Lang }> {
  // The institution nouns that take adjectives (Печерського райсуду) head a chain too (… м. Києва).
  chainHeads ??= new Map([...CHAIN_HEADS, ...INSTITUTION_NOUNS.map(([lang, lemma]) => [lang, lemma] as [Lang, string])].flatMap(([lang, lemma]) => (/^\p{Lu}+$/u.test(lemma) ? [lemma] : declineWord(lemma, lang, false)).map((f) => [fold(f), { lemma, lang }] as const)));
  return chainHeads;
}

const CHAIN_STOP = new Set(
  `его ее её их ей этой этого того той всего всех которые которого которой которых своей своего свои нашей нашего наших сегодня вчера тогда когда тоже также уже только более менее года лет дня ряда ради кроме около после среди вокруг против вместо этих тех них нее него ним нею самого самой страны региона города республики области мира
  цього його її їх цієї цих тих всі всього всієї нього неї них сьогодні вчора тоді також вже лише року років дня більше менше після серед навколо проти замість щодо коли поки тому зокрема ще країни регіону міста республіки області світу`.split(/\s+/),
);
const CHAIN_GEN: Record<Lang, RegExp> = { ru: /(ого|его|ой|ей|ых|их|ов|ев|ий|а|я|ы|и)$/, uk: /(ого|ього|ої|ьої|их|ів|їв|ей|а|я|и|і|ї|у|ю)$/ };
const CHAIN_DAT: Record<Lang, RegExp> = { ru: /(у|ю|е|ам|ям|ому|ему|ым|им|ой|ей|и)$/, uk: /(у|ю|і|ам|ям|ому|ьому|ій|ам)$/ };
const CHAIN_VERB: Record<Lang, RegExp> = { ru: /(ла|ли|ло|ть|ся|сь|ет|ут|ют|ит|ат|ят)$/, uk: /(ла|ли|ло|ть|ся|сь|ав|ив|ув|ить|ють|ать|ять|ує|ає)$/ };
const CHAIN_ADJ_END: Record<Lang, RegExp> = { ru: /(ого|его|ой|ей|ых|их|ому|ему|ым|им)$/, uk: /(ого|ього|ої|ьої|их|ому|ьому|ій|им)$/ };
const NAMED_AFTER = new Set(['имени', 'імені']);
const CITY_NOUN = /^(м|г|міста|города)$/;
const NAMED_TITLE = /^(академика|академіка|профессора|професора|святого|святої|святителя|генерала|маршала)$/;

const isLower = (t: Token | undefined): boolean => !!t && t.kind === 'word' && LOWERCASE_START.test(t.text);
const isUpper = (t: Token | undefined): boolean => !!t && t.kind === 'word' && UPPERCASE_START.test(t.text);

/** Where the genitive chain after tokens[from - 1] ends, and which found names it swallows; undefined when it is empty. */
function chainAfter(article: Article, from: number, capitalHead: boolean, startsAt: Map<number, Found>): number | undefined {
  const { tokens, text, lang } = article;
  const near = (a: number, b: number): boolean => !!tokens[a] && !!tokens[b] && adjacent(text, tokens[a], tokens[b]);
  let good = from - 1;
  let words = 0;
  let prep = false;
  let closed = false;
  let commaAt = -1;
  let commaJoined = false;
  const folded = foldedTokens(tokens);
  let k = from;
  while (k < tokens.length && k - from < 30) {
    const t = tokens[k];
    const w = folded[k];
    if (t.text === ',' && !closed && words > 0 && attachedMark(text, tokens[k - 1], t) && isLower(tokens[k + 1]) && CHAIN_ADJ_END[lang].test(fold(tokens[k + 1].text))) {
      if (commaAt < 0) commaAt = good;
      k++;
      continue;
    }
    if (!near(k - 1, k)) break;
    if (!closed && (NAMED_AFTER.has(w) || ((w === 'им' || w === 'ім') && tokens[k + 1]?.text === '.' && attachedMark(text, t, tokens[k + 1])))) {
      // имени Н. Ф. Гамалеи, им. академика Чумакова, імені Роберта Коха
      let m = k + (NAMED_AFTER.has(w) ? 1 : 2);
      if (isLower(tokens[m]) && NAMED_TITLE.test(fold(tokens[m].text))) m++;
      let names = 0;
      let last = -1;
      let surname = false;
      while (m < tokens.length && names < 3) {
        const tm = tokens[m];
        if (isUpper(tm) && tm.text.length === 1 && tokens[m + 1]?.text === '.') {
          last = m + 1;
          m += 2;
        } else if (isUpper(tm) && tm.text.length > 1) {
          // центра имени Чумакова Айдара Ишмухаметова: a first name after the surname is the next person, the director.
          const first = lookupFirstName(tm.text);
          if (first.length > 0 && (surname || !first.some((f) => f.cases.includes('gen')))) break;
          if (first.length === 0) surname = true;
          names++;
          last = m;
          m++;
        } else break;
        if (tokens[m] && tokens[m].start - tokens[last].end > 2) break;
        // имени Станиславского и Немировича-Данченко: two people joined by и.
        if (names > 0 && /^(и|і|та)$/.test(tokens[m]?.text ?? '') && isUpper(tokens[m + 1]) && tokens[m + 1].text.length > 1 && near(m, m + 1)) m++;
      }
      if (names === 0) break;
      good = last;
      words++;
      closed = true;
      k = last + 1;
      continue;
    }
    // Господарського суду м. Києва, суда города Москвы: a city named after its noun ends the chain.
    if (!closed && CITY_NOUN.test(w)) {
      const at = tokens[k + 1]?.text === '.' ? k + 2 : k + 1;
      const place = startsAt.get(at);
      if (place && place.mention.type === 'LOC' && near(at - 1, at)) good = place.last;
      break;
    }
    const found = startsAt.get(k);
    if (found && isUpper(t)) {
      // Минздрава России, Роспотребнадзора, РАН, США: the chain ends on a place or an organization.
      if (found.mention.type === 'LOC' || !chainHeadByKey(foldedTokens(tokens)[found.first])) good = found.last;
      break;
    }
    // Русской службе «Голоса Америки»: a quoted name the gazetteer knows as an organization is its own mention.
    if (OPEN_QUOTES.has(t.text) && !closed && isUpper(tokens[k + 1]) && startsAt.get(k + 1)?.mention.type !== 'ORG') {
      let e = k + 1;
      while (e < tokens.length && e - k < 6 && !CLOSE_QUOTES.has(tokens[e].text) && !/[.!?\n]/.test(tokens[e].text)) e++;
      if (e === k + 1 || !CLOSE_QUOTES.has(tokens[e]?.text ?? '')) break;
      good = e;
      words++;
      closed = true;
      k = e + 1;
      continue;
    }
    if (closed) break;
    if (isLower(t)) {
      if (w === 'по' || w === 'при' || (lang === 'uk' && w === 'з')) {
        prep = true;
        k++;
        continue;
      }
      if ((w === 'в' || w === 'у') && /^сфер[еі]$/.test(fold(tokens[k + 1]?.text ?? '')) && near(k, k + 1)) {
        k += 2;
        continue;
      }
      if ((w === 'и' || w === 'і' || w === 'й' || w === 'та') && words > 0 && isLower(tokens[k + 1]) && near(k, k + 1)) {
        if (commaAt >= 0) commaJoined = true;
        k++;
        continue;
      }
      // прав потребителей, дел Украины: a genitive plural without an ending needs a genitive after it.
      const bare = words > 0 && isLower(tokens[k + 1]) && near(k, k + 1) && CHAIN_GEN[lang].test(fold(tokens[k + 1].text)) && !CHAIN_VERB[lang].test(fold(tokens[k + 1].text));
      if (w.length < 3 || CHAIN_STOP.has(w) || CHAIN_VERB[lang].test(w) || !(CHAIN_GEN[lang].test(w) || (prep && CHAIN_DAT[lang].test(w)) || bare)) break;
      if (prep && !CHAIN_ADJ_END[lang].test(w)) prep = false;
      words++;
      good = k;
      k++;
      continue;
    }
    // Центра Гамалеи, Университета Бонда, Института Novus: one capitalized name right after a capitalized head.
    const firstName = isUpper(t) ? lookupFirstName(t.text) : [];
    // Комиссии Урсула фон дер Ляйен: a first name in the nominative starts the person after the name.
    const nominative = firstName.length > 0 && !firstName.some((f) => f.cases.includes('gen'));
    if (capitalHead && words === 0 && isUpper(t) && t.text.length > 2 && !nominative && (/^[A-Za-z]+$/.test(t.text) || /(а|я|и|ы|ей|ова|ева|ина)$/.test(t.text))) {
      // Института Роберта Коха, Общества Макса Планка, университета Петра Великого: a first name in the genitive and a surname.
      const next = tokens[k + 1];
      const pair = firstName.length > 0 && isUpper(next) && near(k, k + 1) && !startsAt.has(k + 1) && lookupFirstName(next.text).length === 0 && /(а|я|ого|его|ова|ева|ина|ы|и)$/.test(next.text);
      good = pair ? k + 1 : k;
      words++;
      closed = true;
      k = good + 1;
      continue;
    }
    break;
  }
  if (commaAt >= 0 && !commaJoined) good = Math.min(good, commaAt);
  // A chain of one preposition-less word after a bare head is enough; nothing found means no chain.
  return good >= from ? good : undefined;
}

/** Extends organizations headed by an institution noun over their genitive chain, and finds bare heads with one (Центр контроля заболеваний США, институт имени Гамалеи). */
function extendChains(article: Article, found: Found[]): Found[] {
  const { tokens, text } = article;
  const folded = foldedTokens(tokens);
  const classes = classesOf(tokens);
  const startsAt = new Map(found.map((f) => [f.first, f]));
  const covered = new Set<number>();
  for (const f of found) for (let k = f.first; k <= f.last; k++) covered.add(k);
  const sentenceStarts = new Set(article.sentences.map((s) => s.start));
  const out: Found[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const f = startsAt.get(i);
    if (f) {
      out.push(f);
      const headWord = chainHeadByKey(folded[f.last]) ?? (f.reading ? chainHead(f.reading.lemma[0]) : undefined);
      if (f.mention.type === 'ORG' && headWord && f.second === undefined) {
        const capital = /^\p{Lu}/u.test(f.mention.text) && !(f.first === f.last && sentenceStarts.has(tokens[f.first].start));
        // A listed name is whole: a lowercase genitive after it (Конституционного суда комплекса, Верховным судом
        // смертного приговора) is the sentence's, not the name's; a place or an имени chain still joins it.
        const listed = f.reading !== undefined && f.last > f.first && isLower(tokens[f.last + 1]) && !NAMED_AFTER.has(fold(tokens[f.last + 1].text));
        const end = listed ? undefined : chainAfter(article, f.last + 1, capital, startsAt);
        if (end !== undefined) extend(f, end, `${f.mention.lemma} ${text.slice(tokens[f.last + 1].start, tokens[end].end)}`);
      }
      i = f.last;
      continue;
    }
    if (covered.has(i) || tokens[i].kind !== 'word') continue;
    const head = classes[i] & CHAIN_HEAD ? chainHeadByKey(folded[i]) : undefined;
    if (!head) continue;
    const upper = /^\p{Lu}/u.test(tokens[i].text);
    const atStart = sentenceStarts.has(tokens[i].start);
    const next = tokens[i + 1];
    // A lowercase head needs имени (институт имени Гамалеи); a capitalized one any chain, and at a sentence start a longer one.
    if (!upper && !(next && (NAMED_AFTER.has(fold(next.text)) || /^і?им$|^ім$/.test(fold(next.text))))) continue;
    const end = chainAfter(article, i + 1, upper && !atStart, startsAt);
    if (end === undefined) continue;
    if (atStart && end - i < 3) continue;
    const lemma = `${upper || /^\p{Lu}+$/u.test(head.lemma) ? capitalize(head.lemma) : head.lemma} ${text.slice(tokens[i + 1].start, tokens[end].end)}`;
    const g = foundName(i, i, { doc: article.path, type: 'ORG', start: tokens[i].start, end: tokens[i].end, text: tokens[i].text, lemma, entity: '' });
    extend(g, end, lemma);
    out.push(g);
    i = g.last;
  }
  return out;

  function extend(f: Found, end: number, lemma: string): void {
    for (let k = f.last + 1; k <= end; k++) startsAt.delete(k);
    f.last = end;
    f.reading = undefined;
    f.mention = { ...f.mention, end: tokens[end].end, text: text.slice(f.mention.start, tokens[end].end), lemma, entity: `org:${slug(lemma)}` };
    // Found names inside the chain are skipped by the loop (i = f.last).
  }
}

// японского МИДа, британского правительства, российского Минсельхоза: a place adjective before an organization,
// in Russian only. Measured on the shared gold, Russian mentions include it (BSNLP 115 of 199, factRuEval 17 of
// 19), Ukrainian ones leave it out (BSNLP 16 of 25, ner-uk 27 of 41: британського уряду → уряду).
const PLACE_ADJ: Record<Lang, RegExp> = {
  ru: /^(\p{L}+(?:ск|цк))(?:ий|ого|ому|им|ом|ая|ой|ую|ою|ое|ие|их|ими)$/u,
  uk: /^(\p{L}+(?:ськ|цьк|зьк))(?:ий|ого|ому|им|ім|а|ої|ій|у|ою|е|і|их|ими)$/u,
};
const NOT_PLACE_ADJ = /(ическ|ичн|ічн|еловеческ|людськ|мужск|женск|детск|братск|дружеск|дружн|светск|светськ)/i;

function widenByPlaceAdjective(article: Article, f: Found): boolean {
  const { tokens, text, lang } = article;
  const prev = tokens[f.first - 1];
  if (lang !== 'ru' || !prev || prev.kind !== 'word' || !adjacent(text, prev, tokens[f.first])) return false;
  if (!/^\p{Ll}/u.test(prev.text) && !opensSentence(article, prev)) return false;
  const m = PLACE_ADJ[lang].exec(prev.text);
  if (!m || NOT_PLACE_ADJ.test(m[1])) return false;
  const head = f.mention.lemma.split(' ')[0].toLowerCase();
  const gender = /[ая]$/.test(head) ? 'f' : /[оеє]$/.test(head) || /ння$/.test(head) ? 'n' : 'm';
  const ending = lang === 'ru' ? { m: 'ий', f: 'ая', n: 'ое' }[gender] : { m: 'ий', f: 'а', n: 'е' }[gender];
  const adjective = `${m[1]}${ending}`;
  f.mention = { ...f.mention, start: prev.start, text: text.slice(prev.start, f.mention.end), lemma: `${adjective} ${f.mention.lemma}`, entity: `${f.mention.entity}-${slug(m[1].toLowerCase())}` };
  f.first -= 1;
  return true;
}
