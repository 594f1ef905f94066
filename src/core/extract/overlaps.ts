// Where a person and a place or organization claim the same words of one article.
// A person's name usually wins: its evidence (a first name, initials, a title) is
// stronger than a capitalized word's. Two exceptions: a surname guessed from its
// context alone yields to a name the gazetteer knows (в Питере, «Фэйсбук») or to a place or organization of
// several words (Чорного моря, Андріївський узвіз, Zilington Limited, Інвест Груп: its other words are evidence too), and a
// person inside an organization named after them is part of its name (Общество
// Макса Планка).
import type { Span } from '../types';
import type { PersonMention } from './people';
import { namedAfter, type PlaceOrgMention } from './placesOrgs';
import { firstStartingFrom } from '../util/spans';
import { ListMap } from '../util/listMap';

export interface ResolvedMentions {
  people: PersonMention[];
  placesOrgs: PlaceOrgMention[];
}

/** Settles overlaps between one article's person mentions and its place and organization mentions. */
export function resolveOverlaps(people: readonly PersonMention[], placesOrgs: readonly PlaceOrgMention[]): ResolvedMentions {
  // A name of several words (Чорного моря, Андріївський узвіз, Інвест Груп) has its other words for evidence.
  const known = sortedSpans(placesOrgs.filter((m) => m.known || /\s/.test(m.text)));
  const kept = people.filter((p) => !(guessedFromContext(p) && anyOverlap(known, p)));
  const places = withoutOverlaps([...placesOrgs], kept);
  const orgs = sortedSpans(places.filter((m) => m.type === 'ORG'));
  return { people: kept.filter((p) => !anyContains(orgs, p)), placesOrgs: places };
}

/** One capitalized word, a surname or a first name, with nothing but its context to make it a person. */
function guessedFromContext(m: PersonMention): boolean {
  return !m.initials && !m.alias && !/\s/.test(m.text);
}

function sortedSpans(spans: readonly Span[]): Span[] {
  return [...spans].sort((a, b) => a.start - b.start);
}

/** Drops place and organization mentions that overlap a person mention: people win, except over an institution named after them. */
function withoutOverlaps<T extends Span & { doc: string; type?: string; text?: string }>(mentions: T[], winners: readonly (Span & { doc: string })[]): T[] {
  const byDoc = new ListMap<string, Span>();
  for (const w of winners) byDoc.add(w.doc, w);
  for (const list of byDoc.values()) list.sort((a, b) => a.start - b.start);
  return mentions.filter((m) => overlapping(byDoc.get(m.doc) ?? [], m).every((person) => namedAfter(m, person)));
}

// Spans of one extractor never overlap each other, so only the few before `m.end` can reach `m`.
const NEIGHBOURS = 50;

/** The spans of a list sorted by start that overlap `m`. */
function overlapping(spans: readonly Span[], m: Span): Span[] {
  const upTo = firstStartingFrom(spans, m.end);
  const found: Span[] = [];
  for (let k = upTo - 1; k >= 0 && k >= upTo - NEIGHBOURS; k--) if (spans[k].end > m.start) found.push(spans[k]);
  return found;
}

const anyOverlap = (spans: readonly Span[], m: Span): boolean => overlapping(spans, m).length > 0;

const anyContains = (spans: readonly Span[], m: Span): boolean =>
  overlapping(spans, m).some((s) => s.start <= m.start && s.end >= m.end && s.end - s.start > m.end - m.start);
