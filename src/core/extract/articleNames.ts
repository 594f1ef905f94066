// Names no list knows, decided from one article's evidence (Дора, Потап, Адамек, Амфібрахій in fiction and
// reportage): a capitalized word whose occurrences behave like a person's name — the subject of a past-tense verb,
// the speaker after a speech verb, a vocative, a form of address before it — at least twice, and capitalized inside
// a sentence at least once. Never one weak guess: a single cue decides nothing. Such a name stays in its article:
// it enters no corpus-wide list of surnames.
import type { Article } from '../types';
import { foldCase } from '../text/fold';
import type { PersonMention } from './people';
import { type PersonCue, personCues } from './personEvidence';

/** One occurrence of a capitalized word that may be a name: its token, and whether it opens a sentence. */
export interface NameCandidate {
  index: number;
  initial: boolean;
  /** Shaped like an adjective (Амфібрахій, Новій): a name with the usual evidence only if another of its forms is not (Амфібрахію). */
  adjectival: boolean;
}

/** Occurrences with a cue needed before a word is a name. */
const MIN_CUED = 2;

/** Cues that say more than a vocative, which any exclamation resembles (Боже, …). */
const STRONG_CUES: ReadonlySet<PersonCue> = new Set(['subject', 'speaker', 'addressed']);

/** A word without its case ending, so one name's forms meet: Дора, Дору, Дорі → дор; Амфібрахій, Амфібрахію → амфібрах. */
export const nameStem = (word: string): string => foldCase(word).replace(/(?:ові|еві|ою|ею|ом|ем|єм|ій|ія|ію|ії|ієм|[аеиоуюяіїєйь])$/, '');

interface StemEvidence {
  occurrences: NameCandidate[];
  cued: number;
  strong: boolean;
  inside: number;
  /** Some form is not shaped like an adjective. */
  nounForm: boolean;
  /** Forms written where a cue shows the nominative (the subject or the speaker), with counts. */
  nominatives: Map<string, number>;
}

/**
 * The candidates whose stem the article's evidence shows to be a person's name, as mentions of it; `nameWord` says
 * whether a word's own letters allow a name (asked only where the evidence could decide).
 */
export function articleNames(article: Article, candidates: readonly NameCandidate[], nameWord: (word: string) => boolean): PersonMention[] {
  const { tokens, path } = article;
  const byStem = new Map<string, StemEvidence>();
  for (const c of candidates) {
    const stem = nameStem(tokens[c.index].text);
    if (stem.length < 2) continue;
    const e: StemEvidence = byStem.get(stem) ?? { occurrences: [], cued: 0, strong: false, inside: 0, nounForm: false, nominatives: new Map() };
    e.occurrences.push(c);
    if (!c.initial) e.inside++;
    if (!c.adjectival) e.nounForm = true;
    byStem.set(stem, e);
  }
  const found: PersonMention[] = [];
  for (const e of byStem.values()) {
    // The cues are read only where they could decide: a word written often enough, inside a sentence, as a noun.
    if (e.occurrences.length < MIN_CUED || e.inside === 0 || !e.occurrences.every((c) => nameWord(tokens[c.index].text))) continue;
    for (const c of e.occurrences) {
      const cues = personCues(article, c.index, undefined);
      if (cues.length > 0) e.cued++;
      if (cues.some((cue) => STRONG_CUES.has(cue))) e.strong = true;
      const word = tokens[c.index].text;
      if (cues.includes('subject') || cues.includes('speaker')) e.nominatives.set(word, (e.nominatives.get(word) ?? 0) + 1);
    }
    // A word only ever shaped like an adjective (Каньовський, Каньовського) needs one cue more.
    if (e.cued < MIN_CUED + (e.nounForm ? 0 : 1) || !e.strong) continue;
    const lemma = baseForm(e, tokens.map((t) => t.text));
    for (const c of e.occurrences) {
      const t = tokens[c.index];
      found.push({ doc: path, start: t.start, end: t.end, text: t.text, lemma, surname: lemma, local: true });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** The form the cues show as the nominative most often, else the most frequent form written. */
function baseForm(e: StemEvidence, words: readonly string[]): string {
  const counts = e.nominatives.size > 0 ? e.nominatives : new Map<string, number>();
  if (counts.size === 0) for (const c of e.occurrences) counts.set(words[c.index], (counts.get(words[c.index]) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0][0];
}
