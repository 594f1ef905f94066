// One open Timeline panel's side in the extension: holds what the panel shows (the query), answers its requests
// from the index of the moment, and sends the timeline again when the index changes or a person is added from
// elsewhere (the People view's "Show on Timeline"). No editor here: the panel's wiring hands in how to send and
// how to open a source.
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
import { parseTimelineRequest, type TimelineMessage, type TimelineStrings } from './timelineMessages';

/** Names offered for a typed text, at most. */
const MAX_CHOICES = 12;

export type TimelineIndex = TimelineSource & Pick<CorpusIndex, 'entitiesMatching'>;

export interface TimelineHost {
  /** The index as it is now. */
  index(): TimelineIndex;
  send(message: TimelineMessage): void;
  /** Opens an article with a span selected (the extension's own open command). */
  open(source: SourceRef): void;
  strings: TimelineStrings;
}

export class TimelineSession {
  query: TimelineQuery = { zoom: 'week', filter: [], people: [] };

  constructor(private readonly host: TimelineHost) {}

  /** Acts on a message from the page; returns why a malformed one was refused (nothing is done then). */
  receive(raw: unknown): string | undefined {
    const request = parseTimelineRequest(raw);
    if (typeof request === 'string') return request;
    const index = this.host.index();
    switch (request.type) {
      case 'ready':
        this.host.send({ type: 'strings', strings: this.host.strings });
        this.refresh();
        return undefined;
      case 'query':
        this.query = request.query;
        this.refresh();
        return undefined;
      case 'bucket': {
        const details = bucketDetails(index, this.query, request.day);
        if (details) this.host.send({ type: 'bucket', details });
        return details ? undefined : `no bucket holds ${request.day}`;
      }
      case 'event': {
        const details = eventDetails(index, request.id);
        // An event gone after a re-index is not an error of the page: the pane just stays as it was.
        if (details) this.host.send({ type: 'event', details });
        return undefined;
      }
      case 'find':
        this.host.send({ type: 'choices', text: request.text, choices: entityChoices(index, request.text, MAX_CHOICES) });
        return undefined;
      case 'open': {
        const article = index.articles.get(request.source.doc);
        if (!article) return `no article ${request.source.doc} in the index`;
        if (request.source.end > article.text.length) return `the span ends past the end of ${request.source.doc}`;
        this.host.open(request.source);
        return undefined;
      }
    }
  }

  /** Sends the timeline for the query on the index of the moment: after a change of either. */
  refresh(): void {
    this.host.send({ type: 'timeline', query: this.query, data: timelineOf(this.host.index(), this.query) });
  }

  /** Plots a person's mentions (the oldest plotted person gives way past the most drawn at once). */
  showPerson(id: string): void {
    if (!this.query.people.includes(id)) this.query = { ...this.query, people: [...this.query.people, id].slice(-MAX_PLOTTED_PEOPLE) };
    this.refresh();
  }
}
