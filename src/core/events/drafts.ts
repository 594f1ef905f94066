// Events in the making while reports are assembled (events/assemble), and the indexes that find the drafts a
// report may join — by key and day, by article, by the place of an organization's gathering — so that a report
// meets a few drafts, not all of them.
import type { Report } from './reports';
import { ListMap } from '../util/listMap';

export interface Draft {
  key: string;
  /** Its place in the order drafts were founded, which decides between drafts that fit alike. */
  index: number;
  date: string;
  end: string;
  /** date and end as day numbers, so that comparing days parses no string. */
  firstDay: number;
  lastDay: number;
  /** The most days one of its reports states (6–7 января: 1): how far joining reports may stretch it. */
  longestStated: number;
  reports: Report[];
  /** Everyone and every place its reports name, kept as reports join: a report is compared with a draft in steps of its own size. */
  people: Set<string>;
  places: Set<string>;
  hasPeople: boolean;
}

export const dayNumber = (iso: string): number => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;
export const MAX_GAP_DAYS = 1;
/** Longer drafts are few (a year's programme, a season of talks); they are compared with every report of their key. */
const MAX_INDEXED_DAYS = 31;

export const hasPeople = (ids: readonly string[]): boolean => ids.some((id) => id.startsWith('per:'));

const byIndex = (a: Draft, b: Draft): number => a.index - b.index;

interface ArticleDrafts {
  has: Set<Draft>;
  firstOfKey: Map<string, Draft>;
  gatherings: Draft[];
}

/** Where a draft of this index goes in drafts in founding order: a draft most often joins an article as its newest. */
function placeFor(drafts: readonly Draft[], index: number): number {
  let [low, high] = [0, drafts.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (drafts[mid].index < index) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Drafts found by what a report must share with them — their key, their article, a place of an organization's
 * gathering — so that assembling is near-linear in the reports: 8,000 reports of one event cost 8,000 steps.
 */
export class Drafts {
  readonly all: Draft[] = [];
  private readonly byKey = new ListMap<string, Draft>();
  /** Drafts of a key under every day they span, unless they span more than MAX_INDEXED_DAYS: those are in `long`. */
  private readonly byKeyDay = new ListMap<string, Draft>();
  private readonly long = new ListMap<string, Draft>();
  private readonly indexedDays = new Map<Draft, [number, number] | 'long'>();
  /** What an undated report asks of its article: its first draft of each key, its organizations' gatherings in founding order. */
  private readonly byDoc = new Map<string, ArticleDrafts>();
  private readonly gatheringsAt = new ListMap<string, Draft>();

  found(key: string, date: string, end: string): Draft {
    const draft: Draft = {
      key,
      index: this.all.length,
      date,
      end,
      firstDay: dayNumber(date),
      lastDay: dayNumber(end),
      longestStated: dayNumber(end) - dayNumber(date),
      reports: [],
      people: new Set(),
      places: new Set(),
      hasPeople: false,
    };
    this.all.push(draft);
    this.byKey.add(key, draft);
    this.indexDays(draft);
    return draft;
  }

  /** Files the draft under the days it spans that it is not filed under yet. */
  private indexDays(draft: Draft): void {
    const filed = this.indexedDays.get(draft);
    if (filed === 'long' || (filed && filed[0] === draft.firstDay && filed[1] === draft.lastDay)) return;
    if (draft.lastDay - draft.firstDay > MAX_INDEXED_DAYS) {
      this.long.add(draft.key, draft);
      this.indexedDays.set(draft, 'long');
      return;
    }
    for (let day = draft.firstDay; day <= draft.lastDay; day++) if (!filed || day < filed[0] || day > filed[1]) this.byKeyDay.add(`${draft.key}|${day}`, draft);
    this.indexedDays.set(draft, [draft.firstDay, draft.lastDay]);
  }

  /**
   * The drafts of a key that may overlap or touch these days, in the order they were founded: those filed under
   * a day from the day before to the day after, and those too long to file.
   */
  nearDays(key: string, firstDay: number, lastDay: number): readonly Draft[] {
    if (lastDay - firstDay > MAX_INDEXED_DAYS) return this.withKey(key);
    const near = new Set(this.long.get(key));
    for (let day = firstDay - MAX_GAP_DAYS; day <= lastDay + MAX_GAP_DAYS; day++) for (const d of this.byKeyDay.get(`${key}|${day}`) ?? []) near.add(d);
    return [...near].sort(byIndex);
  }

  join(draft: Draft, r: Report): void {
    draft.reports.push(r);
    if (r.date && r.date < draft.date) {
      draft.date = r.date;
      draft.firstDay = dayNumber(r.date);
    }
    const end = r.end ?? r.date;
    if (end && end > draft.end) {
      draft.end = end;
      draft.lastDay = dayNumber(end);
    }
    if (r.date && r.end) draft.longestStated = Math.max(draft.longestStated, dayNumber(r.end) - dayNumber(r.date));
    this.indexDays(draft);
    for (const p of r.participants) draft.people.add(p);
    draft.hasPeople ||= hasPeople(r.participants);
    for (const p of r.places) {
      if (draft.places.has(p)) continue;
      draft.places.add(p);
      if (draft.key.startsWith('org:')) this.gatheringsAt.add(p, draft);
    }
    let ofDoc = this.byDoc.get(r.doc);
    if (!ofDoc) {
      ofDoc = { has: new Set(), firstOfKey: new Map(), gatherings: [] };
      this.byDoc.set(r.doc, ofDoc);
    }
    if (ofDoc.has.has(draft)) return;
    ofDoc.has.add(draft);
    const first = ofDoc.firstOfKey.get(draft.key);
    if (!first || draft.index < first.index) ofDoc.firstOfKey.set(draft.key, draft);
    if (draft.key.startsWith('org:')) ofDoc.gatherings.splice(placeFor(ofDoc.gatherings, draft.index), 0, draft);
  }

  withKey(key: string): readonly Draft[] {
    return this.byKey.get(key) ?? [];
  }

  /** The first-founded draft of this key that has a report of this article. */
  firstInDoc(doc: string, key: string): Draft | undefined {
    return this.byDoc.get(doc)?.firstOfKey.get(key);
  }

  /** The organizations' gatherings that have a report of this article, in founding order. */
  gatheringsInDoc(doc: string): readonly Draft[] {
    return this.byDoc.get(doc)?.gatherings ?? [];
  }

  /** The first-founded gathering of an organization in one of these places that these days fall within. */
  gatheringAround(places: readonly string[], date: string, end: string): Draft | undefined {
    let first: Draft | undefined;
    for (const p of places)
      for (const d of this.gatheringsAt.get(p) ?? []) if (d.date <= date && end <= d.end && (!first || d.index < first.index)) first = d;
    return first;
  }
}
