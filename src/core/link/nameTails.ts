// A shorter name whose words end a longer name in the same article (else the
// only such longer name in the corpus) is that person: Хусейн Ризви or Хадим Ризви beside Хадим Хусейн Ризви. Names of
// three words (an Arabic or Spanish name, a first name with a middle one) are
// shortened to their last two words or to the first and the last; linking by
// first name and surname alone would make these two or three people.
import type { PersonMention } from '../extract/people';
import { nameKey } from '../names/nameKey';
import { ListMap } from '../util/listMap';

/** Keys of one word in two forms: equal, or one a case ending longer (Хадима / Хадим, Хуссейна / Хусейн). */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 3 && long.length === short.length + 1 && long.startsWith(short) && /[aeiouy]$/.test(long);
}

/**
 * True when `short` (two words or more) names the person `long` names with more words: its last word is the
 * last of `long`, and its other words stand in `long` in the same order (Хусейн Ризви, Хадим Ризви in
 * Хадим Хусейн Ризви).
 */
export function shortensName(short: readonly string[], long: readonly string[]): boolean {
  if (short.length < 2 || long.length <= short.length) return false;
  const keys = (words: readonly string[]): string[] => words.map(nameKey);
  const [s, l] = [keys(short), keys(long)];
  if (!sameWord(s[s.length - 1], l[l.length - 1])) return false;
  let k = 0;
  for (const word of s.slice(0, -1)) {
    while (k < l.length - 1 && !sameWord(word, l[k])) k++;
    if (k >= l.length - 1) return false;
    k++;
  }
  return true;
}

/** A person as linking builds it: its mentions. */
export interface NamedGroup {
  mentions: PersonMention[];
}

/**
 * What the merges below read of a group's names, worked out on first use: a function of its mentions alone, so an
 * incremental build keeps it with them (link/people).
 */
export class GroupNames {
  private byDoc?: Map<string, string[][]>;
  private distinct?: string[];
  private keyLists?: string[][];
  private strippedLists?: string[][];

  constructor(private readonly mentions: readonly PersonMention[]) {}

  /** The words of each full name, by article (namesByDoc). */
  get names(): Map<string, string[][]> {
    return (this.byDoc ??= namesByDoc(this.mentions));
  }

  /** The most words a full name of the group has. */
  get longest(): number {
    let most = 0;
    for (const names of this.names.values()) for (const words of names) most = Math.max(most, words.length);
    return most;
  }

  /** Its names (lemmas), each once, without initials or restatements. */
  get lemmas(): string[] {
    return (this.distinct ??= [...new Set(this.mentions.filter((m) => !m.initials && !m.alias).map((m) => m.lemma))]);
  }

  /** Each name's word keys, particles left out (of two words or more). */
  get keys(): string[][] {
    return (this.keyLists ??= this.lemmas.map((l) => withoutParticles(l) ?? plainKeys(l)).filter((keys) => keys.length >= 2));
  }

  /** The word keys of its names that have a particle, without it. */
  get stripped(): string[][] {
    return (this.strippedLists ??= this.lemmas.map(withoutParticles).filter((k): k is string[] => k !== undefined));
  }
}

const plainKeys = (lemma: string): string[] => lemma.split(/[\s-]+/).filter(Boolean).map(nameKey);
const namesOfGroup = (g: NamedGroup): GroupNames => new GroupNames(g.mentions);

/**
 * The words of each full name (no initials, no restatement) a group's mentions give, by article, each name once:
 * a person named 16,000 times in one article is compared by the few names it has, not by every mention.
 */
function namesByDoc(mentions: readonly PersonMention[]): Map<string, string[][]> {
  const lemmas = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.initials || m.alias) continue;
    const ofDoc = lemmas.get(m.doc);
    if (ofDoc) ofDoc.add(m.lemma);
    else lemmas.set(m.doc, new Set([m.lemma]));
  }
  const out = new Map<string, string[][]>();
  for (const [doc, ofDoc] of lemmas) {
    const names = [...ofDoc].map((lemma) => lemma.split(/\s+/).filter(Boolean)).filter((words) => words.length >= 2);
    if (names.length > 0) out.set(doc, names);
  }
  return out;
}

/**
 * Pairs [shorter, longer]: each group one of whose names shortens a longer name exactly one other group gives in
 * the same article (else in the corpus). The longer group never itself moves.
 */
export function nameTailMerges<G extends NamedGroup>(groups: Iterable<G>, namesOf: (g: G) => GroupNames = namesOfGroup): [G, G][] {
  const all = [...groups];
  const facts = new Map(all.map((g) => [g, namesOf(g)] as const));
  const names = new Map(all.map((g) => [g, facts.get(g)!.names] as const));
  const longest = new Map(all.map((g) => [g, facts.get(g)!.longest] as const));
  // Longer names by their last word's key without a final vowel, so that a short name meets only those it may end.
  const lastKey = (words: readonly string[]): string => nameKey(words[words.length - 1]).replace(/[aeiouy]$/, '');
  const longBySurname = new Map<string, Set<G>>();
  for (const g of all) {
    if (longest.get(g)! < 3) continue;
    for (const words of [...names.get(g)!.values()].flat()) longBySurname.set(lastKey(words), (longBySurname.get(lastKey(words)) ?? new Set()).add(g));
  }
  const merges: [G, G][] = [];
  const targets = new Set<G>();
  for (const short of [...all].sort((a, b) => longest.get(a)! - longest.get(b)!)) {
    if (targets.has(short) || names.get(short)!.size === 0) continue;
    // The same article first; else the corpus, when one longer name alone fits (the long form in one article,
    // the short in another).
    const inArticle = new Set<G>();
    const inCorpus = new Set<G>();
    for (const [doc, shortNames] of names.get(short)!) {
      const candidates = new Set(shortNames.flatMap((w) => [...(longBySurname.get(lastKey(w)) ?? [])]));
      for (const long of candidates) {
        if (long === short || longest.get(long)! <= longest.get(short)!) continue;
        for (const [longDoc, longNames] of names.get(long)!) {
          if (!shortNames.some((s) => longNames.some((l) => shortensName(s, l)))) continue;
          inCorpus.add(long);
          if (longDoc === doc) inArticle.add(long);
        }
      }
    }
    const into = inArticle.size > 0 ? inArticle : inCorpus;
    if (into.size !== 1) continue;
    const [target] = into;
    if (merges.some(([from]) => from === target)) continue;
    merges.push([short, target]);
    targets.add(target);
  }
  return merges;
}

/** Arabic articles and linking particles written inside a name: Саиф-ул-Мулук, Саиф уль-Малук, Абд ар-Рахман. */
const NAME_PARTICLE = /^(?:ул|уль|ал|аль|эль|ель|ад|ар|ас|аш|ат|ан|уд|ud|ul|al|el|ad|ar|as|an)$/;

/** The keys of a name's words without its particles, split at hyphens too; undefined when it has no particle. */
function withoutParticles(lemma: string): string[] | undefined {
  const parts = lemma.split(/[\s-]+/).filter(Boolean);
  const kept = parts.filter((p) => !NAME_PARTICLE.test(p));
  return kept.length < parts.length && kept.length >= 2 ? kept.map(nameKey) : undefined;
}

/** A particle written together with the word before it (Сайфул Малук for Саиф-ул-Малук): the word's key without it. */
const unglued = (key: string, n: number, keys: readonly string[]): string => (n < keys.length - 1 && /^.{3,}ul$/.test(key) ? key.slice(0, -2) : key);

/** Keys of one word as transliterations write it: the same, a case ending apart, or one inner vowel apart (Малук / Мулук). */
const variantWord = (a: string, b: string): boolean => sameWord(a, b) || vowelVariant(a, b);

/**
 * Pairs [variant, name]: a group whose name, split at hyphens, reads word for word as another group's name with a
 * particle dropped (Саиф Мулук, Саиф-ул-Мулук as Саиф уль-Малук), when exactly one such group fits. A name with
 * a particle is one transliteration among several; the particle, a hyphen and one vowel do not tell people apart.
 */
export function particleVariantMerges<G extends NamedGroup>(groups: Iterable<G>, namesOf: (g: G) => GroupNames = namesOfGroup): [G, G][] {
  const all = [...groups];
  const facts = new Map(all.map((g) => [g, namesOf(g)] as const));
  const same = (a: string[], b: string[]): boolean => a.length === b.length && a.every((w, n) => variantWord(w, b[n]));
  // Each group's names as keys of words, read once, and the groups by what a name must share with them to fit.
  const keysOf = new Map(all.map((g) => [g, facts.get(g)!.keys] as const));
  const order = new Map(all.map((g, n) => [g, n] as const));
  const byShape = new ListMap<string, G>();
  for (const g of all) for (const shape of new Set(keysOf.get(g)!.flatMap((keys) => [shapeOf(keys), shapeOf(keys.map(unglued))]))) byShape.add(shape, g);
  const merges: [G, G][] = [];
  const moved = new Set<G>();
  const targets = new Set<G>();
  for (const g of [...all].sort((a, b) => b.mentions.length - a.mentions.length)) {
    if (moved.has(g)) continue;
    const stripped = facts.get(g)!.stripped;
    if (stripped.length === 0) continue;
    const candidates = [...new Set(stripped.flatMap((keys) => byShape.get(shapeOf(keys)) ?? []))].sort((a, b) => order.get(a)! - order.get(b)!);
    for (const other of candidates) {
      if (other === g || moved.has(other) || targets.has(other)) continue;
      const fits = keysOf.get(other)!.some((keys) => stripped.some((s) => same(s, keys) || same(s, keys.map(unglued))));
      if (!fits) continue;
      merges.push([other, g]);
      moved.add(other);
      targets.add(g);
    }
  }
  return merges;
}

/**
 * What two names that read word for word alike (variantWord) always share: their words' consonants, which no
 * case ending or inner vowel changes. A name is filed under its shape with particles glued on and off.
 */
const shapeOf = (keys: readonly string[]): string => keys.map((k) => k.replace(/[aeiouy]/g, '')).join(' ');

/**
 * Surname keys that differ in one vowel inside the word (Поллочек, Поллочик; Малук, Мулук): a transliteration
 * variant. A final vowel is no such variant: it tells a case or a woman's surname (Иванов, Иванова).
 */
export function vowelVariant(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 4 || a === b) return false;
  let diff = -1;
  for (let n = 0; n < a.length; n++) {
    if (a[n] === b[n]) continue;
    if (diff >= 0 || !/[aeiouy]/.test(a[n]) || !/[aeiouy]/.test(b[n])) return false;
    diff = n;
  }
  return diff > 0 && diff < a.length - 1;
}
