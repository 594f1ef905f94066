// "Corpus: Search Events…": events with their date and place, participants and sources;
// the first source previews as you move, Enter opens it.
import * as vscode from 'vscode';
import type { CorpusEvent } from '../../core/types';
import type { CorpusService } from '../corpusService';
import { Commands } from '../commandIds';
import { escapeIcons } from '../quickPickText';
import { type IndexSource, kwicLine, type PreviewItem, pickWithPreview } from './pickWithPreview';
import { foldCase } from '../../core/text/fold';

interface EventItem extends PreviewItem {
  event: CorpusEvent;
}

export function registerSearchEvents(corpus: CorpusService): vscode.Disposable {
  /** With a query: the events whose title, place or participants contain it, and no UI. */
  return vscode.commands.registerCommand(Commands.searchEvents, async (query?: unknown): Promise<CorpusEvent[] | CorpusEvent | undefined> => {
    const items = [...corpus.index.events]
      .sort((a, b) => a.date.localeCompare(b.date) || a.title.localeCompare(b.title))
      .map((event) => eventItem(corpus, event));
    if (typeof query === 'string') {
      const q = fold(query);
      return items.filter((i) => [i.label, i.description ?? '', i.detail ?? ''].some((t) => fold(t).includes(q))).map((i) => i.event);
    }
    if (items.length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No events in the corpus yet.'));
      return undefined;
    }
    const picked = await pickWithPreview(corpus, {
      placeholder: vscode.l10n.t('Search events by title, date, place or participant'),
      items,
    });
    return picked?.event;
  });
}

/** An event's item; titles and names come from articles and corpus.yaml, so their icons are escaped. */
export function eventItem(corpus: IndexSource, event: CorpusEvent): EventItem {
  const index = corpus.index;
  const name = (id: string): string => index.entities.get(id)?.name ?? id;
  const date = event.end && event.end !== event.date ? `${event.date} – ${event.end}` : event.date;
  const place = event.place ? ` · ${name(event.place)}` : '';
  const participants = event.participants.map(name).join(', ');
  const first = event.sources[0];
  const sources = vscode.l10n.t('{0} sources', event.sources.length);
  return {
    event,
    label: `$(calendar) ${escapeIcons(event.title)}`,
    description: escapeIcons(`${date}${place}`),
    detail: escapeIcons([participants, sources, first ? kwicLine(corpus, first) : ''].filter(Boolean).join(' · ')),
    source: first,
  };
}

const fold = (s: string): string => foldCase(s.trim());
