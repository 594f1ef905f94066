// What the Timeline's page and the extension say to each other, inside the shared picture messages
// (core/pictures/pictureMessages.ts). What the page sends is untrusted (a page can post anything):
// parseTimelineAction checks every field before the extension acts.
import type { SourceRef } from '../types';
import { isRecord } from './pictureMessages';
import {
  MAX_FILTERS,
  MAX_PLOTTED_PEOPLE,
  TIMELINE_ZOOMS,
  type TimelineBucketDetails,
  type TimelineData,
  type TimelineEntity,
  type TimelineEventDetails,
  type TimelineQuery,
  type TimelineZoom,
} from './timeline';

/** The panel's words, translated by the extension (the webview has no l10n of its own). */
export interface TimelineStrings {
  zoomLabel: string;
  day: string;
  week: string;
  month: string;
  find: string;
  /** The buttons beside a found name. */
  filterButton: string;
  plotButton: string;
  /** {0}: a name the articles must mention. */
  filterChip: string;
  /** {0}: a person whose mentions are drawn. */
  plotChip: string;
  remove: string;
  /** {0} articles, {1} events. */
  summary: string;
  /** {0}: articles without a date. */
  undated: string;
  nothingDated: string;
  /** {0}: a bucket's key. */
  articlesIn: string;
  eventsIn: string;
  sources: string;
  participants: string;
  /** {0}: how many more are not listed. */
  more: string;
  articlesAxis: string;
  eventsAxis: string;
  /** {0} articles, {1} events in bucket {2}. */
  bucketLabel: string;
  noChoices: string;
  help: string;
}

/** Extension → page: everything the page shows, sent whole on every index and every change (the `data` message). */
export interface TimelinePanelData {
  strings: TimelineStrings;
  /** The editor's language tag (en, ru, uk…): the page writes dates in it (core/pictures/timelineDates.ts). */
  locale: string;
  query: TimelineQuery;
  timeline: TimelineData;
  /** What the details pane shows: a bucket's articles or an event's sources. */
  details?: { kind: 'bucket'; bucket: TimelineBucketDetails } | { kind: 'event'; event: TimelineEventDetails };
  /** The names matching what was typed in the finder. */
  choices?: { text: string; entities: TimelineEntity[] };
}

/** Page → extension: the picture's actions (inside the shared `action` message). */
export type TimelineAction =
  | { type: 'query'; query: TimelineQuery }
  /** Show the articles and events of the bucket holding this day. */
  | { type: 'bucket'; day: string }
  /** Show an event's place, participants and sources. */
  | { type: 'event'; id: string }
  /** Offer the entities matching a typed name, for the filter and the people plotted. */
  | { type: 'find'; text: string }
  /** Open an article with a span selected. */
  | { type: 'open'; source: SourceRef }
  /** Plot a person's mentions (the People view's "Show on Timeline" sends it too). */
  | { type: 'plot'; id: string };

/** Longest id, path or typed text accepted from the page: far beyond any real one, short of a flood. */
const MAX_TEXT = 2_000;

const isText = (value: unknown): value is string => typeof value === 'string' && value.length <= MAX_TEXT;
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 0;
const isTextList = (value: unknown, max: number): value is string[] => Array.isArray(value) && value.length <= max && value.every(isText);

/** A query, rebuilt from its checked fields only: from the page, or as kept in workspace state (just as untrusted). */
export function parseQuery(value: unknown): TimelineQuery | undefined {
  if (!isRecord(value) || !TIMELINE_ZOOMS.includes(value.zoom as TimelineZoom)) return undefined;
  if (!isTextList(value.filter, MAX_FILTERS) || !isTextList(value.people, MAX_PLOTTED_PEOPLE)) return undefined;
  return { zoom: value.zoom as TimelineZoom, filter: [...value.filter], people: [...value.people] };
}

function parseSource(value: unknown): SourceRef | undefined {
  if (!isRecord(value) || !isText(value.doc) || !isCount(value.start) || !isCount(value.end) || value.end < value.start) return undefined;
  return { doc: value.doc, start: value.start, end: value.end };
}

/** An action from the page, rebuilt from its checked fields only; a string saying what is wrong otherwise. */
export function parseTimelineAction(value: unknown): TimelineAction | string {
  if (!isRecord(value) || typeof value.type !== 'string') return 'not an action';
  switch (value.type) {
    case 'query': {
      const query = parseQuery(value.query);
      return query ? { type: 'query', query } : 'a query needs a zoom (day, week, month) and lists of entity ids';
    }
    case 'bucket':
      return isText(value.day) && /^\d{4}-\d{2}-\d{2}$/.test(value.day) ? { type: 'bucket', day: value.day } : 'a bucket request needs a day (YYYY-MM-DD)';
    case 'event':
    case 'plot':
      return isText(value.id) ? { type: value.type, id: value.id } : `${value.type === 'event' ? 'an event' : 'a person to plot'} needs an id`;
    case 'find':
      return isText(value.text) ? { type: 'find', text: value.text } : 'a search needs its text';
    case 'open': {
      const source = parseSource(value.source);
      return source ? { type: 'open', source } : 'opening needs a source: an article path and a start and end offset';
    }
    default:
      return `unknown action ${JSON.stringify(value.type.slice(0, 40))}`;
  }
}
