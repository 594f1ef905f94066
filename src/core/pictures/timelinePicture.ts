// The Timeline panel's side in the extension (a Picture for src/vscode/pictures/picturePanel.ts): keeps what the
// panel shows (the query, the bucket or event in the details pane, the typed name) and makes the page's data from
// the index of the moment, so a live update redraws all of it. No editor here: the wiring hands in how to open a
// source. A refused action returns false, and the panel logs it.
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
import { parseTimelineAction, type TimelinePanelData, type TimelineStrings } from './timelineMessages';

/** Names offered for a typed text, at most. */
const MAX_CHOICES = 12;

export type TimelineIndex = TimelineSource & Pick<CorpusIndex, 'entitiesMatching'>;

export interface TimelineHost {
  /** The index as it is now: an action is checked against it. */
  index(): TimelineIndex;
  /** Opens an article with a span selected (the extension's own open command). */
  open(source: SourceRef): unknown;
  strings(): TimelineStrings;
}

export class TimelinePicture {
  query: TimelineQuery = { zoom: 'week', filter: [], people: [] };
  private shown: { kind: 'bucket'; day: string } | { kind: 'event'; id: string } | undefined;
  private found: string | undefined;

  constructor(private readonly host: TimelineHost) {}

  data(index: TimelineIndex): TimelinePanelData {
    const data: TimelinePanelData = { strings: this.host.strings(), query: this.query, timeline: timelineOf(index, this.query) };
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
        this.query = action.query;
        break;
      case 'plot':
        if (this.host.index().entities.get(action.id)?.type !== 'PER') return false;
        if (!this.query.people.includes(action.id)) this.query = { ...this.query, people: [...this.query.people, action.id].slice(-MAX_PLOTTED_PEOPLE) };
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
