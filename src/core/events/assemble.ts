// reports → events. Reports with a date found events; reports of one kind on
// overlapping or adjacent days with something in common (the organization
// they are of, a participant) are one event; undated reports join the event
// their article or their organization already has, or take the date of the
// event their sentence names with them ("по итогам встречи подписали декларацию").
import { mostFrequent } from '../util/mostFrequent';
import { type EventKind, GATHERINGS, KIND_LABEL } from '../lexicon/eventTriggers';
import { slug } from '../names/nameKey';
import type { CorpusEvent, Entity, Lang, SourceRef } from '../types';
import { type Draft, Drafts, dayNumber, hasPeople, MAX_GAP_DAYS } from './drafts';
import type { Report } from './reports';
import { ListMap } from '../util/listMap';
import { shortHash } from '../util/shortHash';
import { unique } from '../util/unique';

/** Reports of one gathering kind of one organization are one event whatever the trigger word. */
const keyOf = (r: Report): string => (r.qualifier && GATHERINGS.has(r.kind) ? `org:${r.qualifier.entity}` : r.kind);

const GATHERING_NAMES: EventKind[] = ['summit', 'session', 'conference', 'meeting'];

function overlapsOrTouches(draft: Draft, firstDay: number, lastDay: number): boolean {
  return firstDay <= draft.lastDay + MAX_GAP_DAYS && lastDay >= draft.firstDay - MAX_GAP_DAYS;
}

function shareSomething(draft: Draft, report: Report): boolean {
  if (draft.key.startsWith('org:')) return true;
  const samePeople = report.participants.some((p) => draft.people.has(p));
  const samePlace = report.places.some((p) => draft.places.has(p));
  // Without named people on one side, a place or a date is all there is to go by.
  const nobodyToCompare = !hasPeople(report.participants) || !draft.hasPeople;
  return samePeople || samePlace || nobodyToCompare;
}

/** A meeting report with people who are not at the organization's gathering is a meeting of its own. */
function joinsGathering(draft: Draft, report: Report): boolean {
  if (!hasPeople(report.participants)) return true;
  return report.participants.some((p) => draft.people.has(p));
}

export function assembleEvents(reports: readonly Report[], entities: ReadonlyMap<string, Entity>, articleDate: (doc: string) => string | undefined): CorpusEvent[] {
  const drafts = new Drafts();
  const draftOf = new Map<Report, Draft>();
  const join = (draft: Draft, r: Report): void => {
    drafts.join(draft, r);
    draftOf.set(r, draft);
  };
  const found = (r: Report, date: string, end = date): void => {
    const key = keyOf(r);
    const [firstDay, lastDay] = [dayNumber(date), dayNumber(end)];
    const draft =
      drafts.nearDays(key, firstDay, lastDay).find((d) => overlapsOrTouches(d, firstDay, lastDay) && shareSomething(d, r)) ??
      // An unnamed meeting on the day and in the place of an organization's gathering is part of it.
      (GATHERINGS.has(r.kind) && !r.qualifier ? drafts.gatheringAround(r.places, date, end) : undefined);
    if (draft) join(draft, r);
    else {
      const fresh = drafts.found(key, date, end);
      join(fresh, { ...r, date, end });
      draftOf.set(r, fresh);
    }
  };
  // The reports of each sentence, in their order: "по итогам встречи … подписали декларацию" reports two events.
  const sentenceMates = new ListMap<string, Report>();
  const sentenceOf = (r: Report): string => `${r.doc}\0${r.source.start}`;
  for (const r of reports) sentenceMates.add(sentenceOf(r), r);
  const matesOf = (r: Report): readonly Report[] => sentenceMates.get(sentenceOf(r)) ?? [];

  // Gatherings of a named organization first, so that unnamed meetings of the same day can join them.
  const orgFirst = (r: Report): number => (keyOf(r).startsWith('org:') ? 0 : 1);
  const dated = reports.filter((r) => r.date && !r.joinOnly).sort((a, b) => orgFirst(a) - orgFirst(b) || a.date!.localeCompare(b.date!));
  for (const r of dated) found(r, r.date!, r.end);

  // Undated reports, in two rounds: the second sees the dates the first gave to their sentence-mates.
  let pending = reports.filter((r) => !r.date || r.joinOnly);
  for (let round = 0; round < 2 && pending.length > 0; round++) {
    pending = pending.filter((r) => {
      const key = keyOf(r);
      // An article that reports one event of a kind means that one whenever it names the kind again.
      const target =
        drafts.firstInDoc(r.doc, key) ??
        (key.startsWith('org:') ? drafts.withKey(key).find((d) => shareSomething(d, r)) : undefined) ??
        (GATHERINGS.has(r.kind) && !r.qualifier ? only(drafts.gatheringsInDoc(r.doc).filter((d) => joinsGathering(d, r))) : undefined);
      if (target) {
        join(target, r);
        return false;
      }
      if (r.joinOnly) return false;
      const mate = matesOf(r).find((x) => x !== r && draftOf.has(x));
      if (mate) {
        found(r, draftOf.get(mate)!.date);
        return false;
      }
      return true;
    });
  }
  // A report naming two or more people is news of its own, on its article's day.
  for (const r of pending) {
    const date = articleDate(r.doc);
    if (date && r.participants.filter((p) => p.startsWith('per:')).length >= 2) found(r, date);
  }
  const media = new Set(reports.flatMap((r) => r.media));
  const own = new Map(drafts.all.map((d) => [d, ownPlace(d)]));
  // Events of the same days that a sentence reports together with this one: "по итогам встречи … подписали декларацию".
  const companions = (d: Draft): Draft[] =>
    unique(unique(d.reports.map(sentenceOf)).flatMap((sentence) => sentenceMates.get(sentence)!.map((x) => draftOf.get(x)))).filter(
      (c): c is Draft => c !== undefined && c !== d && c.date <= d.end && c.end >= d.date,
    );
  // An event with no place of its own is where the event it came out of was, and only failing that where its text goes to.
  const placeOf = (d: Draft): string | undefined =>
    own.get(d) ?? mostFrequent(companions(d).flatMap((c) => own.get(c) ?? [])) ?? mostFrequent(d.reports.flatMap((r) => r.destinations));
  return withUniqueIds(drafts.all.filter(isMeaningful).map((d) => toEvent(d, entities, media, placeOf(d))));
}

/** An event needs someone or something it is of: a date alone is not news. */
function isMeaningful(draft: Draft): boolean {
  return draft.key.startsWith('org:') || draft.reports.some((r) => r.participants.length > 0);
}

function only<T>(values: T[]): T | undefined {
  return values.length === 1 ? values[0] : undefined;
}

/** A visit is where it goes ("визит в Киев"); anything else is where its reports say things are ("в Париже"). */
function ownPlace(draft: Draft): string | undefined {
  const within = mostFrequent(draft.reports.flatMap((r) => r.places));
  return draft.key === 'visit' ? (mostFrequent(draft.reports.flatMap((r) => r.destinations)) ?? within) : within;
}

function toEvent(draft: Draft, entities: ReadonlyMap<string, Entity>, media: ReadonlySet<string>, place: string | undefined): CorpusEvent {
  const { reports } = draft;
  const lang = mostFrequent(reports.map((r) => r.lang)) ?? 'ru';
  // A gathering is called by its most specific name: a summit is also "a meeting", not the other way round.
  const kinds = reports.map((r) => r.kind);
  const kind = draft.key.startsWith('org:') ? GATHERING_NAMES.find((k) => kinds.includes(k))! : mostFrequent(kinds)!;
  // An article may name a medium without a cue that another article gives: "сообщает Reuters" here, "пишет Reuters" there.
  const participants = unique(reports.flatMap((r) => r.participants)).filter((id) => `org:${id}` !== draft.key && !media.has(id));
  const qualifier = draft.key.startsWith('org:') ? mostFrequent(reports.filter((r) => r.qualifier && r.lang === lang).map((r) => r.qualifier!.text)) : undefined;
  const end = draft.end !== draft.date ? draft.end : undefined;
  const sources = uniqueSources(reports.map((r) => r.source));

  const people = participants.filter((id) => id.startsWith('per:')).map((id) => entities.get(id)?.name).filter(Boolean);
  const what = qualifier ? ` «${qualifier}»` : !place && people.length > 0 && people.length <= 2 ? ` — ${people.join(', ')}` : '';
  const where = place ? `, ${entities.get(place)?.name ?? place}` : '';
  const title = `${KIND_LABEL[kind][lang]}${what}${where}, ${formatDays(draft.date, end, lang)}`;
  return {
    id: baseId(draft.date, slug(draft.key.replace(/^org:/, '')) || kind, sources[0].doc),
    title,
    date: draft.date,
    ...(end ? { end } : {}),
    ...(place ? { place } : {}),
    participants,
    sources,
  };
}

/**
 * An event's id says what it is from its own records only: its first day, its kind (or organization), and a
 * hash of the path of the first (by path) article that reports it — not where in it, so editing that
 * article elsewhere keeps the id.
 * Nothing another article changes goes in, so an edit or a new file renames no event it has no part in.
 */
function baseId(date: string, what: string, firstDoc: string): string {
  return `event:${date}-${what}-${shortHash(firstDoc)}`;
}

/**
 * Events that share a base id — two meetings of one day first reported by one article — are numbered in the
 * order that article reports them; only events of that article can shift, never another article's.
 */
function withUniqueIds(events: CorpusEvent[]): CorpusEvent[] {
  const byId = new ListMap<string, CorpusEvent>();
  for (const event of events) byId.add(event.id, event);
  for (const same of byId.values()) {
    if (same.length < 2) continue;
    same.sort((a, b) => a.sources[0].start - b.sources[0].start || compareContent(a, b));
    same.forEach((event, i) => {
      if (i > 0) event.id = `${event.id}-${i + 1}`;
    });
  }
  return events;
}

/** A total order, so that even twins are numbered the same way in every build. */
const compareContent = (a: CorpusEvent, b: CorpusEvent): number => {
  const [x, y] = [JSON.stringify(a), JSON.stringify(b)];
  return x < y ? -1 : x > y ? 1 : 0;
};

// A formatter is slow to make and quick to use: one per language, for thousands of event titles.
const fullDates = new Map<Lang, Intl.DateTimeFormat>();
function fullDate(lang: Lang): Intl.DateTimeFormat {
  let format = fullDates.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    fullDates.set(lang, format);
  }
  return format;
}

/** "6 января 2026", "6–7 січня 2026", "31 декабря 2025 – 2 января 2026". */
export function formatDays(date: string, end: string | undefined, lang: Lang): string {
  const full = (iso: string): string => fullDate(lang).format(new Date(`${iso}T00:00:00Z`)).replace(/\s*(?:г\.|р\.)$/, '');
  if (!end) return full(date);
  if (date.slice(0, 7) === end.slice(0, 7)) return `${Number(date.slice(8))}–${full(end)}`;
  return `${full(date)} – ${full(end)}`;
}

function uniqueSources(sources: SourceRef[]): SourceRef[] {
  const seen = new Map<string, SourceRef>();
  for (const s of sources) seen.set(`${s.doc}:${s.start}`, s);
  return [...seen.values()].sort((a, b) => a.doc.localeCompare(b.doc) || a.start - b.start);
}
