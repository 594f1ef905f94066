// reports → events. Reports with a date found events; reports of one kind on
// overlapping or adjacent days with something in common (the organization
// they are of, a participant) are one event; undated reports join the event
// their article or their organization already has, or take the date of the
// event their sentence dates them by ("по итогам встречи подписали декларацию").
// Titles: events/titles.
import { mostFrequent } from '../util/mostFrequent';
import { type EventKind, GATHERINGS, STATED_DAY_ONLY } from '../lexicon/eventTriggers';
import { slug } from '../names/nameKey';
import { foldCase } from '../text/fold';
import type { CorpusEvent, Entity, Lang, SourceRef } from '../types';
import { type Draft, Drafts, dayNumber, hasPeople, MAX_GAP_DAYS } from './drafts';
import type { Report } from './reports';
import { eventTitle, nameIn, type TitleParts } from './titles';
import { compareCodeUnits } from '../util/compareCodeUnits';
import { ListMap } from '../util/listMap';
import { shortHash } from '../util/shortHash';
import { unique } from '../util/unique';

/** Reports of one gathering kind of one organization are one event whatever the trigger word. */
const keyOf = (r: Report): string => (r.qualifier && GATHERINGS.has(r.kind) ? `org:${r.qualifier.entity}` : r.kind);

const GATHERING_NAMES: EventKind[] = ['summit', 'session', 'conference', 'meeting'];

/**
 * A report fits a draft's days when they overlap or touch, and together they last no longer than the longest
 * stretch one report states, give or take a day: reports of neighbouring days never chain into a season
 * («Саміт» of every day from June to November).
 */
export function fitsDays(draft: Draft, firstDay: number, lastDay: number): boolean {
  const touches = firstDay <= draft.lastDay + MAX_GAP_DAYS && lastDay >= draft.firstDay - MAX_GAP_DAYS;
  const together = Math.max(draft.lastDay, lastDay) - Math.min(draft.firstDay, firstDay);
  return touches && together <= Math.max(draft.longestStated, lastDay - firstDay) + MAX_GAP_DAYS;
}

const sharePeople = (draft: Draft, report: Report): boolean => report.participants.some((p) => draft.people.has(p));

/**
 * The people of a report are those of an event, or the event's are among the report's: reports on an assumed day
 * that each share one person with the next (Мэй and her cabinet, Джонсон and Кэмерон, Джонсон and Зариф) are as
 * many meetings, not one.
 */
function samePeople(draft: Draft, report: Report): boolean {
  const people = report.participants.filter((p) => p.startsWith('per:'));
  if (people.length === 0 || !draft.hasPeople) return false;
  const draftPeople = [...draft.people].filter((p) => p.startsWith('per:'));
  return people.every((p) => draft.people.has(p)) || draftPeople.every((p) => people.includes(p));
}

function shareSomething(draft: Draft, report: Report): boolean {
  if (draft.key.startsWith('org:')) return true;
  const samePeople = sharePeople(draft, report);
  const samePlace = report.places.some((p) => draft.places.has(p));
  // Without named people on one side, a place or a date is all there is to go by, unless both name who takes part
  // (organizations) and none of them is the same, or both name where and it is not the same place.
  const nobodyToCompare = !hasPeople(report.participants) || !draft.hasPeople;
  const othersTakePart = report.participants.length > 0 && draft.people.size > 0;
  const elsewhere = report.places.length > 0 && draft.places.size > 0;
  return samePeople || samePlace || (nobodyToCompare && !othersTakePart && !elsewhere);
}

/** A report with people none of whom an event has is another event: a meeting of its own, not the organization's gathering. */
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
  /** `assumed`: the date is the article's, not the report's own: only an event with someone of the report is it. */
  const found = (r: Report, date: string, end = date, assumed = false): void => {
    const key = keyOf(r);
    const [firstDay, lastDay] = [dayNumber(date), dayNumber(end)];
    const fits = (d: Draft): boolean => fitsDays(d, firstDay, lastDay) && (assumed ? samePeople(d, r) : shareSomething(d, r));
    const draft =
      // An unnamed meeting on the day and in the place of an organization's gathering is part of it, rather than of
      // another unnamed meeting of that day.
      (GATHERINGS.has(r.kind) && !r.qualifier ? drafts.gatheringAround(r.places, date, end) : undefined) ??
      drafts.nearDays(key, firstDay, lastDay).find(fits);
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
      // The day of the event its sentence dates it by ("по итогам встречи … подписали"), when that is one day: a
      // sentence that only names two things ("обсудили ход переговоров и предстоящий саммит") dates neither by the
      // other, and "второй день переговоров" tells no day of talks that lasted two.
      const day = matesOf(r)
        .map((x) => (x === r || !x.anchors ? undefined : (x.date ?? oneDayOf(draftOf.get(x)))))
        .find((d) => d !== undefined);
      if (day) {
        found(r, day);
        return false;
      }
      return true;
    });
  }
  // A report naming two or more people is news of its own, on its article's day, in an article that reports
  // something of its own day: one that tells what happened on other days names its meetings as background
  // ("через несколько дней после закрытой встречи…").
  const tellsItsDay = new Set(reports.filter((r) => r.date !== undefined && r.date === articleDate(r.doc)).map((r) => r.doc));
  for (const r of pending) {
    const date = articleDate(r.doc);
    if (date && tellsItsDay.has(r.doc) && !STATED_DAY_ONLY.has(r.kind) && r.participants.filter((p) => p.startsWith('per:')).length >= 2) found(r, date, date, true);
  }
  const events = oneHappeningOneEvent(drafts.all, join);
  const media = new Set(reports.flatMap((r) => r.media));
  const own = new Map(events.map((d) => [d, ownPlace(d)]));
  // Events of the same days that a sentence reports together with this one: "по итогам встречи … подписали декларацию".
  const companions = (d: Draft): Draft[] =>
    unique(unique(d.reports.map(sentenceOf)).flatMap((sentence) => sentenceMates.get(sentence)!.map((x) => draftOf.get(x)))).filter(
      (c): c is Draft => c !== undefined && c !== d && c.date <= d.end && c.end >= d.date,
    );
  // An event with no place of its own is where the event it came out of was, and only failing that where its text goes to.
  const placeOf = (d: Draft): string | undefined =>
    own.get(d) ?? mostFrequent(companions(d).flatMap((c) => own.get(c) ?? [])) ?? mostFrequent(d.reports.flatMap((r) => r.destinations));
  return withUniqueIds(events.filter((d) => isMeaningful(d, media)).map((d) => toEvent(d, entities, media, placeOf(d))));
}

/**
 * One happening reported under two gathering words — «встреча» in one article, «заседание» in another — on the same
 * days, with a person or its place in common, is one event (titled by the more specific word, see toEvent). An
 * organization's gathering takes in such a draft but never goes into one: its title names the organization.
 */
function oneHappeningOneEvent(drafts: readonly Draft[], join: (draft: Draft, r: Report) => void): Draft[] {
  const kept: Draft[] = [];
  const byDays = new ListMap<string, Draft>();
  const common = (a: Draft, b: Draft): boolean =>
    [...b.people].some((p) => p.startsWith('per:') && a.people.has(p)) || [...b.places].some((p) => a.places.has(p));
  for (const d of drafts) {
    const ofOrg = d.key.startsWith('org:');
    if (!ofOrg && !GATHERINGS.has(d.key as EventKind)) {
      kept.push(d);
      continue;
    }
    const days = `${d.date}|${d.end}`;
    const same = ofOrg ? undefined : byDays.get(days)?.find((k) => k.key !== d.key && common(k, d));
    if (same) for (const r of d.reports) join(same, r);
    else {
      byDays.add(days, d);
      kept.push(d);
    }
  }
  return kept;
}

/** An event needs someone or something it is of: a date alone is not news, nor is the medium that reports it. */
function isMeaningful(draft: Draft, media: ReadonlySet<string>): boolean {
  return draft.key.startsWith('org:') || draft.reports.some((r) => r.participants.some((p) => !media.has(p)));
}

const oneDayOf = (draft: Draft | undefined): string | undefined => (draft && draft.date === draft.end ? draft.date : undefined);

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
  const ofOrg = draft.key.startsWith('org:') ? reports.filter((r) => r.qualifier && `org:${r.qualifier.entity}` === draft.key) : [];
  // A gathering is called by its most specific name its own reports give: a summit is also "a meeting", not the other way round.
  const kinds = (ofOrg.length > 0 ? ofOrg : reports).map((r) => r.kind);
  const gathering = draft.key.startsWith('org:') || GATHERINGS.has(draft.key as EventKind);
  const kind = gathering ? (GATHERING_NAMES.find((k) => kinds.includes(k)) ?? mostFrequent(kinds)!) : mostFrequent(kinds)!;
  // An article may name a medium without a cue that another article gives: "сообщает Reuters" here, "пишет Reuters" there.
  const count = reportCounts(reports);
  const participants = oncePerPerson(
    unique(reports.flatMap((r) => r.participants)).filter((id) => `org:${id}` !== draft.key && !media.has(id)),
    count,
    entities,
  );
  const end = draft.end !== draft.date ? draft.end : undefined;
  const sources = uniqueSources(reports.map((r) => r.source));
  return {
    id: baseId(draft.date, slug(draft.key.replace(/^org:/, '')) || kind, sources[0].doc),
    title: eventTitle({ kind: kind === 'declaration' && reports.every((r) => r.signing) ? 'signing' : kind, lang, qualifier: qualifierIn(draft, ofOrg, lang, entities), names: titleNames(count, participants, entities, lang) }),
    date: draft.date,
    ...(end ? { end } : {}),
    ...(place ? { place } : {}),
    participants,
    sources,
  };
}

/** The organization a gathering is of, as its sources of the title's language write it, else its name in that language. */
function qualifierIn(draft: Draft, ofOrg: readonly Report[], lang: Lang, entities: ReadonlyMap<string, Entity>): TitleParts['qualifier'] {
  if (ofOrg.length === 0) return undefined;
  const written = ofOrg.filter((r) => r.lang === lang);
  const text = mostFrequent(written.map((r) => r.qualifier!.text));
  if (text) return { text, quoted: written.some((r) => r.qualifier!.text === text && r.qualifier!.quoted) };
  const entity = entities.get(draft.key.slice('org:'.length));
  return entity && { text: nameIn(entity, lang), quoted: ofOrg.some((r) => r.qualifier!.quoted) };
}

/**
 * One entry per person: linking may leave one person as two entities under two spellings (Дэвид Кэмерон, Девид
 * Кэмеронм); among an event's participants, people with one first initial and one surname stem are one, the most
 * reported spelling kept.
 */
function oncePerPerson(participants: readonly string[], count: ReadonlyMap<string, number>, entities: ReadonlyMap<string, Entity>): string[] {
  const kept = new Map<string, string>();
  for (const id of participants) {
    const entity = entities.get(id);
    const key = entity?.type === 'PER' ? personKey(entity.name) : id;
    const other = kept.get(key);
    if (!other || count.get(id)! > count.get(other)!) kept.set(key, id);
  }
  const keep = new Set(kept.values());
  return participants.filter((id) => keep.has(id));
}

export function personKey(name: string): string {
  const words = foldCase(name).replace(/[эє]/g, 'е').replace(/[іїы]/g, 'и').split(/\s+/);
  return `${words[0][0]} ${words[words.length - 1].slice(0, SURNAME_STEM)}`;
}

/** Letters of a surname that tell people apart while its endings and misspellings do not: Кэмерон, Кэмеронм. */
const SURNAME_STEM = 5;

/** How many of its reports name each participant. */
function reportCounts(reports: readonly Report[]): Map<string, number> {
  const count = new Map<string, number>();
  for (const r of reports) for (const id of r.participants) count.set(id, (count.get(id) ?? 0) + 1);
  return count;
}

/** Who a title names: the people, else the organizations, taking part, the most often reported first. */
function titleNames(count: ReadonlyMap<string, number>, participants: readonly string[], entities: ReadonlyMap<string, Entity>, lang: Lang): string[] {
  const people = participants.filter((id) => id.startsWith('per:'));
  return [...(people.length > 0 ? people : participants)]
    .sort((a, b) => count.get(b)! - count.get(a)!)
    .flatMap((id) => {
      const entity = entities.get(id);
      return entity ? [nameIn(entity, lang)] : [];
    });
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
const compareContent = (a: CorpusEvent, b: CorpusEvent): number => compareCodeUnits(JSON.stringify(a), JSON.stringify(b));

function uniqueSources(sources: SourceRef[]): SourceRef[] {
  const seen = new Map<string, SourceRef>();
  for (const s of sources) seen.set(`${s.doc}:${s.start}`, s);
  return [...seen.values()].sort((a, b) => a.doc.localeCompare(b.doc) || a.start - b.start);
}
