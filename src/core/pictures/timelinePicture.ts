// The Timeline panel's side in the extension (a Picture for src/vscode/pictures/picturePanel.ts): keeps what the
// panel shows (the query, the bucket or event in the details pane, the typed name) and makes the page's data from
// the index of the moment, so a live update redraws all of it. No editor here: the wiring hands in how to open a
// source, nor where the query is kept (the workspace state: a reload or a reopened panel shows the same zoom, filter
// and people). A refused action returns false, and the panel logs it.
import type { CorpusIndex } from '../index/corpusIndex';
import type { SourceRef } from '../types';
import {
  bucketDetails,
  entityChoices,
  eventDetails,
  MAX_PLOTTED_PEOPLE,
  timelineOf,
  type TimelineQuery,
  type TimelineSource,
} from './timeline';
import { parseQuery, parseTimelineAction, type TimelinePanelData, type TimelineStrings } from './timelineMessages';

/** Names offered for a typed text, at most. */
const MAX_CHOICES = 12;

export type TimelineIndex = TimelineSource & Pick<CorpusIndex, 'entitiesMatching'>;

export interface TimelineHost {
  /** The index as it is now: an action is checked against it. */
  index(): TimelineIndex;
  /** Opens an article with a span selected (the extension's own open command). */
  open(source: SourceRef): unknown;
  strings(): TimelineStrings;
  /** The editor's language tag, for the dates the page writes. */
  locale(): string;
  /** The query kept by the last panel, as stored: any value (an older version's, a hand-edited one), checked before use. */
  savedQuery(): unknown;
  saveQuery(query: TimelineQuery): unknown;
  /** Whether the index is complete: only then is an entity it lacks gone rather than not indexed yet. */
  indexed(): boolean;
}

export const DEFAULT_QUERY: TimelineQuery = { zoom: 'week', filter: [], people: [] };

/**
 * The query a new panel starts with: the saved one, checked as a query from the page is (the default when it is
 * not one); with a complete index, the entities it no longer has are left out (a filter or a person that vanished
 * from the corpus), and a plotted entity that is no longer a person too.
 */
export function restoredQuery(saved: unknown, index: TimelineIndex | undefined): TimelineQuery {
  const query = parseQuery(saved);
  if (!query) return DEFAULT_QUERY;
  if (!index) return query;
  return {
    zoom: query.zoom,
    filter: query.filter.filter((id) => index.entities.has(id)),
    people: query.people.filter((id) => index.entities.get(id)?.type === 'PER'),
  };
}

export class TimelinePicture {
  query: TimelineQuery;
  private shown: { kind: 'bucket'; day: string } | { kind: 'event'; id: string } | undefined;
  private found: string | undefined;

  constructor(private readonly host: TimelineHost) {
    this.query = restoredQuery(host.savedQuery(), host.indexed() ? host.index() : undefined);
  }

  private async setQuery(query: TimelineQuery): Promise<void> {
    this.query = query;
    await this.host.saveQuery(query);
  }

  data(index: TimelineIndex): TimelinePanelData {
    const data: TimelinePanelData = { strings: this.host.strings(), locale: this.host.locale(), query: this.query, timeline: timelineOf(index, this.query) };
    if (this.shown?.kind === 'bucket') {
      const bucket = bucketDetails(index, this.query, this.shown.day);
      if (bucket) data.details = { kind: 'bucket', bucket };
    } else if (this.shown) {
      // An event gone after a re-index leaves the pane empty.
      const event = eventDetails(index, this.shown.id);
      if (event) data.details = { kind: 'event', event };
    }
    if (this.found !== undefined) data.choices = { text: this.found, entities: entityChoices(index, this.found, MAX_CHOICES) };
    return data;
  }

  /** Acts on an action from the page: false, doing nothing, when it is malformed (parseTimelineAction) or impossible. */
  async act(raw: unknown, panel: { refresh(): void }): Promise<boolean> {
    const action = parseTimelineAction(raw);
    if (typeof action === 'string') return false;
    switch (action.type) {
      case 'query':
        await this.setQuery(action.query);
        break;
      case 'plot':
        if (this.host.index().entities.get(action.id)?.type !== 'PER') return false;
        if (!this.query.people.includes(action.id)) await this.setQuery({ ...this.query, people: [...this.query.people, action.id].slice(-MAX_PLOTTED_PEOPLE) });
        break;
      case 'bucket':
        this.shown = { kind: 'bucket', day: action.day };
        break;
      case 'event':
        this.shown = { kind: 'event', id: action.id };
        break;
      case 'find':
        this.found = action.text.trim() ? action.text : undefined;
        break;
      case 'open': {
        const article = this.host.index().articles.get(action.source.doc);
        // Only a span inside an article the index holds: the page cannot open other files.
        if (!article || action.source.end > article.text.length) return false;
        await this.host.open(action.source);
        return true;
      }
    }
    panel.refresh();
    return true;
  }
}
