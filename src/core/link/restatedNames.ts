// One person under two names in one breath: a name restated in brackets (Асия Биби (Асия Норин), Азия Биби
// (Норин), Асия Биби (настоящее имя Асия Норин)) or after "известная как" (Азия Норин, известная как Азия Биби).
// The second mention is marked as restating the first, and linking then makes one person of the two names
// everywhere in the corpus, not only in this sentence.
import { mentionsByArticle } from './mentionsByArticle';
import type { PersonMention } from '../extract/people';

/** Between the two names: an opening bracket, perhaps with "real name" words. */
const BRACKET_OPEN = /^[ \t\u00a0]*\([ \t\u00a0]*(?:(?:настоящее|настоящая|справжнє|справжня|урожд[её]нная|урожд[её]нный|в девичестве|в дівоцтві)(?:[ \t\u00a0]+(?:имя|фамилия|ім['’ʼ]я|прізвище))?[ \t\u00a0:—–-]*)?$/iu;
const BRACKET_CLOSE = /^[ \t\u00a0]*\)/u;
/** Between the two names: ", известная как", ", більш відомий як". */
const KNOWN_AS = /^,?[ \t\u00a0]+(?:(?:более|більш)[ \t\u00a0]+)?(?:известн|відом)\p{L}*[ \t\u00a0]+(?:как|як|под именем|під ім['’ʼ]ям)[ \t\u00a0]+$/iu;

/** The mentions, each second name of such a pair marked with the mention it restates (`restates`); order kept. */
export function markRestatedNames(mentions: readonly PersonMention[], textOf: (doc: string) => string | undefined): PersonMention[] {
  const byDoc = mentionsByArticle(mentions);
  const restating = new Map<PersonMention, PersonMention>();
  for (const [doc, sorted] of byDoc) {
    const text = textOf(doc);
    if (text === undefined) continue;
    for (let n = 0; n + 1 < sorted.length; n++) {
      const [named, restated] = [sorted[n], sorted[n + 1]];
      if (named.end > restated.start || named.alias || restated.alias) continue;
      const between = text.slice(named.end, restated.start);
      const bracketed = BRACKET_OPEN.test(between) && BRACKET_CLOSE.test(text.slice(restated.end, restated.end + 4));
      if (bracketed || KNOWN_AS.test(between)) restating.set(restated, named);
    }
  }
  if (restating.size === 0) return [...mentions];
  // A restating mention may itself be restated (A (B), известная как C): point at the copies.
  const copies = new Map<PersonMention, PersonMention>([...restating.keys()].map((m) => [m, { ...m }]));
  for (const [m, named] of restating) copies.get(m)!.restates = copies.get(named) ?? named;
  return mentions.map((m) => copies.get(m) ?? m);
}
