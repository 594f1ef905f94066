// Person mentions. Two passes over the articles: the first finds names that
// carry their own evidence (a known first name or initials before a
// capitalized surname); the second finds surnames used alone, but only those
// the first pass has already seen as surnames — in the same article or
// elsewhere in the corpus — so sentence-initial words and places never become
// people just for being capitalized.
import { lookupFirstName, type FirstNameForm } from '../names/firstNames';
import { type Case, patronymicLemma, surnameCandidates } from '../names/nameForms';
import { nameKey } from '../names/nameKey';
import type { Article, Span, Token } from '../types';
import { NOT_SURNAMES } from '../lexicon/notSurnames';

export interface PersonMention extends Span {
  doc: string;
  text: string;
  /** Base form of the mention's own words: "Стива Уиткоффа" → "Стив Уиткофф". */
  lemma: string;
  surname: string;
  /** The first name's nominative and equivalence group, when the mention has one. */
  first?: { lemma: string; group: number };
  /** Initials as written, e.g. "В. О.". */
  initials?: string;
}

const CAPITALIZED = /^[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’ʼ]+(?:-[A-ZА-ЯЁІЇЄҐa-zа-яёіїєґ][a-zа-яёіїєґ'’ʼ]+)*$/u;
const INITIAL = /^[A-ZА-ЯЁІЇЄҐ]$/u;
/** Lowercase particles inside foreign multiword surnames: Ланглад де Монгро, фон дер Ляйен. */
const PARTICLES = new Set(['де', 'ді', 'ди', 'дю', 'да', 'фон', 'дер', 'ван', 'ла', 'ле', 'аль', 'ибн', 'бен', 'бин', 'эль']);

const isCapitalized = (t: Token | undefined): t is Token =>
  t !== undefined && t.kind === 'word' && CAPITALIZED.test(t.text) && !NOT_SURNAMES.has(t.text.toLowerCase());

/** Tokens separated by spaces only (no punctuation, no line break) belong to one name. */
const adjacent = (text: string, a: Token, b: Token): boolean => /^[ \t\u00a0]{1,2}$/.test(text.slice(a.end, b.start));
const tight = (text: string, a: Token, b: Token): boolean => /^[ \t\u00a0]{0,2}$/.test(text.slice(a.end, b.start));

/** Mentions that name a person by first name or initials plus surname. */
export function findNamedPeople(article: Article): PersonMention[] {
  const { tokens, text } = article;
  const found: PersonMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const match = matchFirstNameSurname(article, i) ?? matchInitialsSurname(article, i);
    if (!match) continue;
    found.push(match.mention);
    i = match.last;
  }
  return found.filter((m) => text.slice(m.start, m.end) === m.text);
}

interface Match {
  mention: PersonMention;
  /** Index of the last token used. */
  last: number;
}

function matchFirstNameSurname(article: Article, i: number): Match | undefined {
  const { tokens, text, path } = article;
  const firstToken = tokens[i];
  if (!isCapitalized(firstToken)) return undefined;
  const readings = lookupFirstName(firstToken.text);
  if (readings.length === 0) return undefined;
  let j = i + 1;
  let patronymic: string | undefined;
  const next = tokens[j];
  // A patronymic only when a surname follows: Алексус Гринкевич ends in -ич but is a surname.
  if (isCapitalized(next) && adjacent(text, firstToken, next) && isCapitalized(tokens[j + 1]) && adjacent(text, next, tokens[j + 1])) {
    patronymic = patronymicLemma(next.text);
    if (patronymic) j++;
  }
  const surnameStart = tokens[j];
  if (!isCapitalized(surnameStart) || !adjacent(text, tokens[j - 1], surnameStart)) return undefined;
  if (lookupFirstName(surnameStart.text).length > 0 && !isCapitalized(tokens[j + 1])) {
    // "Стив Джаред" is two first names, not a name and surname; let the next token start over.
    return undefined;
  }
  const reading = readings[0];
  const cases = mergeCases(readings);
  const surnameTokens = surnameRun(article, j);
  const surname = surnameTokens.lemmaParts(cases, reading.gender);
  const lastToken = tokens[surnameTokens.last];
  const lemmaParts = [reading.lemma, patronymic, surname].filter(Boolean);
  return {
    last: surnameTokens.last,
    mention: {
      doc: path,
      start: firstToken.start,
      end: lastToken.end,
      text: text.slice(firstToken.start, lastToken.end),
      lemma: lemmaParts.join(' '),
      surname,
      first: { lemma: reading.lemma, group: reading.group },
    },
  };
}

function matchInitialsSurname(article: Article, i: number): Match | undefined {
  const { tokens, text, path } = article;
  const initials: Token[] = [];
  let j = i;
  while (initials.length < 2 && INITIAL.test(tokens[j]?.text ?? '') && tokens[j + 1]?.text === '.' && tight(text, tokens[j], tokens[j + 1])) {
    initials.push(tokens[j]);
    j += 2;
    if (tokens[j] && !tight(text, tokens[j - 1], tokens[j])) return undefined;
  }
  if (initials.length === 0 || !isCapitalized(tokens[j]) || lookupFirstName(tokens[j].text).length > 0) return undefined;
  const run = surnameRun(article, j);
  const surname = run.lemmaParts(undefined, undefined);
  const written = initials.map((t) => `${t.text}.`).join(' ');
  const lastToken = tokens[run.last];
  return {
    last: run.last,
    mention: {
      doc: path,
      start: initials[0].start,
      end: lastToken.end,
      text: text.slice(initials[0].start, lastToken.end),
      lemma: `${written} ${surname}`,
      surname,
      initials: written,
    },
  };
}

/** A surname from token j: one word, a hyphenated word, or words joined by particles. */
function surnameRun(article: Article, j: number) {
  const { tokens, text } = article;
  const parts: Token[] = [tokens[j]];
  const joiners: string[] = [];
  let last = j;
  while (
    PARTICLES.has(tokens[last + 1]?.text ?? '') &&
    isCapitalized(tokens[last + 2]) &&
    adjacent(text, tokens[last], tokens[last + 1]) &&
    adjacent(text, tokens[last + 1], tokens[last + 2])
  ) {
    joiners.push(tokens[last + 1].text);
    parts.push(tokens[last + 2]);
    last += 2;
  }
  return {
    last,
    lemmaParts(cases: Case[] | undefined, gender: 'm' | 'f' | undefined): string {
      // Only the head word declines: Лангладом де Монгро → Ланглад де Монгро.
      const head = surnameCandidates(parts[0].text, cases, gender)[0];
      return [head, ...parts.slice(1).flatMap((p, k) => [joiners[k], p.text])].join(' ');
    },
  };
}

function mergeCases(readings: FirstNameForm[]): Case[] {
  return [...new Set(readings.flatMap((r) => r.cases))];
}

/** Surnames known from named mentions, by key; each key lists the spellings seen. */
export type SurnameLexicon = Map<string, string[]>;

export function surnameLexicon(mentions: PersonMention[]): SurnameLexicon {
  const lexicon: SurnameLexicon = new Map();
  for (const m of mentions) {
    const key = nameKey(m.surname);
    const spellings = lexicon.get(key) ?? [];
    if (!spellings.includes(m.surname)) spellings.push(m.surname);
    lexicon.set(key, spellings);
  }
  return lexicon;
}

/** Surnames used alone, recognized because the lexicon knows them; skips the spans (in text order) already taken. */
export function findBareSurnames(article: Article, lexicon: SurnameLexicon, taken: readonly Span[]): PersonMention[] {
  const { tokens, text, path } = article;
  const found: PersonMention[] = [];
  let next = 0;
  for (const token of tokens) {
    while (next < taken.length && taken[next].end <= token.start) next++;
    const covered = next < taken.length && taken[next].start < token.end;
    if (!isCapitalized(token) || covered || lookupFirstName(token.text).length > 0) continue;
    const surname = surnameCandidates(token.text).find((candidate) => lexicon.has(nameKey(candidate)));
    if (!surname) continue;
    found.push({ doc: path, start: token.start, end: token.end, text: text.slice(token.start, token.end), lemma: surname, surname });
  }
  return found;
}
