// The Events view: day (in calendar order) → event → participants and sources; a source opens the sentence
// that reports the event, a participant reveals it in its own view.
import * as vscode from 'vscode';
import type { CorpusIndex } from '../../core/index/corpusIndex';
import type { CorpusEvent, Entity, SourceRef } from '../../core/types';
import type { CorpusService } from '../corpusService';
import { Commands, Views } from '../commandIds';
import { entityItem, matchesFilter, type SidebarTree, sidebarTrees } from './entityTree';
import { openSourceCommand } from './openSource';
import { escapeMarkdown, markdownParagraphs } from '../markdownText';

type DayNode = { kind: 'day'; date: string; events: CorpusEvent[] };
type EventNode = { kind: 'event'; parent: DayNode; event: CorpusEvent };
export type EventsNode =
  | DayNode
  | EventNode
  | { kind: 'participant'; parent: EventNode; entity: Entity }
  | { kind: 'source'; parent: EventNode; source: SourceRef };

/** The day an event is listed under: its first day (or month, or year, when that is all the text says). */
const dayOf = (event: CorpusEvent): string => event.date;

/** "Tuesday, 6 January 2026" in the editor's language; a month or a year as such. */
export function dayLabel(date: string, locale = vscode.env.language): string {
  const [y, m, d] = date.split('-').map(Number);
  try {
    if (d) return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    if (m) return new Date(Date.UTC(y, m - 1, 1)).toLocaleDateString(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  } catch {
    // An unknown locale or a malformed date: the ISO form is still readable.
  }
  return date;
}

export class EventsProvider implements SidebarTree<EventsNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<EventsNode | undefined | void>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly viewId = Views.events;
  view?: vscode.TreeView<EventsNode>;
  filter = '';

  constructor(private readonly corpus: CorpusService) {}

  private get index(): CorpusIndex {
    return this.corpus.index;
  }

  refresh(): void {
    this.updateView();
    this.changed.fire();
  }

  setFilter(query: string): void {
    this.filter = query.trim();
    this.refresh();
  }

  /** Title, date, place and participants (names and spellings) are what a filter matches. */
  private matches(event: CorpusEvent): boolean {
    if (!this.filter) return true;
    const index = this.index;
    const names = [event.place, ...event.participants]
      .map((id) => (id ? index.entities.get(id) : undefined))
      .flatMap((e) => (e ? [e.name, ...e.aliases] : []));
    return matchesFilter(this.filter, [event.title, event.date, event.end ?? '', ...names]);
  }

  getChildren(node?: EventsNode): EventsNode[] {
    const index = this.index;
    if (!node) {
      const days = new Map<string, CorpusEvent[]>();
      for (const event of index.events) {
        if (!this.matches(event)) continue;
        const day = dayOf(event);
        days.set(day, [...(days.get(day) ?? []), event]);
      }
      return [...days.entries()]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([date, events]) => ({ kind: 'day', date, events }));
    }
    if (node.kind === 'day') {
      return [...node.events]
        .sort((a, b) => (a.end ?? a.date).localeCompare(b.end ?? b.date) || a.title.localeCompare(b.title, 'ru'))
        .map((event) => ({ kind: 'event', parent: node, event }));
    }
    if (node.kind !== 'event') return [];
    // Deduplicated: tree item ids must be unique.
    const participants = [...new Set(node.event.participants)]
      .map((id) => index.entities.get(id))
      .filter((e): e is Entity => e !== undefined)
      .map((entity): EventsNode => ({ kind: 'participant', parent: node, entity }));
    const seen = new Set<string>();
    const sources = node.event.sources
      .filter((source) => !seen.has(`${source.doc}:${source.start}`) && !!seen.add(`${source.doc}:${source.start}`))
      .map((source): EventsNode => ({ kind: 'source', parent: node, source }));
    return [...participants, ...sources];
  }

  /** The day listing events of a date (YYYY-MM-DD, or a month or year: its first day with events), if any. */
  dayNode(date: string): EventsNode | undefined {
    return this.getChildren().find((d) => d.kind === 'day' && (d.date === date || d.date.startsWith(`${date}-`)));
  }

  getParent(node: EventsNode): EventsNode | undefined {
    return node.kind === 'day' ? undefined : node.parent;
  }

  getTreeItem(node: EventsNode): vscode.TreeItem {
    const index = this.index;
    if (node.kind === 'day') {
      const item = new vscode.TreeItem(dayLabel(node.date), vscode.TreeItemCollapsibleState.Expanded);
      item.id = `day:${node.date}`;
      item.description = node.events.length === 1 ? vscode.l10n.t('1 event') : vscode.l10n.t('{0} events', node.events.length);
      item.tooltip = node.date;
      item.iconPath = new vscode.ThemeIcon('calendar');
      item.contextValue = 'day';
      return item;
    }
    if (node.kind === 'event') {
      const { event } = node;
      const place = event.place ? index.entities.get(event.place) : undefined;
      const item = new vscode.TreeItem(event.title, vscode.TreeItemCollapsibleState.Collapsed);
      // Unique in an index (core/events/assemble.ts), and the stem of its participants' and sources' ids.
      item.id = event.id;
      // The title says what happened; where and, for more than a day, until when are beside it (the row's day is its first).
      item.description = [place?.name, event.end ? vscode.l10n.t('until {0}', dayLabel(event.end)) : undefined].filter(Boolean).join(' · ') || undefined;
      item.iconPath = new vscode.ThemeIcon('symbol-event');
      item.contextValue = 'event';
      const who = event.participants.map((id) => index.entities.get(id)?.name).filter(Boolean);
      // Titles and names come from articles and corpus.yaml: escaped, so no link or markup can form.
      const lines = markdownParagraphs(
        event.end ? `${event.date} – ${event.end}` : event.date,
        place ? vscode.l10n.t('Place: {0}', place.name) : '',
        who.length ? vscode.l10n.t('Participants: {0}', who.join(', ')) : '',
        vscode.l10n.t('Sources: {0}', event.sources.length),
      );
      item.tooltip = new vscode.MarkdownString(`**${escapeMarkdown(event.title)}**\n\n${lines}`);
      return item;
    }
    if (node.kind === 'participant') {
      const item = entityItem(index, node.entity, `${node.parent.event.id}/with/${node.entity.id}`, false);
      item.command = { command: Commands.revealEntity, title: vscode.l10n.t('Reveal in Sidebar'), arguments: [node.entity.id] };
      return item;
    }
    const { source } = node;
    const article = index.articles.get(source.doc);
    const sentence = article?.text.slice(source.start, source.end).replace(/\s+/g, ' ').trim() || source.doc;
    const item = new vscode.TreeItem(sentence);
    item.id = `${node.parent.event.id}/source/${source.doc}:${source.start}`;
    item.description = article?.title ?? source.doc;
    item.tooltip = new vscode.MarkdownString(markdownParagraphs(sentence, source.doc));
    item.iconPath = new vscode.ThemeIcon('quote');
    item.command = openSourceCommand(source, vscode.l10n.t('Open Source'));
    item.contextValue = 'source';
    return item;
  }

  private updateView(): void {
    const view = this.view;
    if (!view) return;
    const index = this.index;
    view.description = this.filter ? vscode.l10n.t('filter: {0}', this.filter) : undefined;
    if (index.articles.size > 0 && index.events.length === 0) view.message = vscode.l10n.t('No dated events found in these articles yet.');
    else if (this.filter && this.getChildren().length === 0) view.message = vscode.l10n.t('Nothing matches “{0}”.', this.filter);
    else view.message = undefined;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

export function registerEventsTree(corpus: CorpusService): vscode.Disposable[] {
  const provider = new EventsProvider(corpus);
  sidebarTrees(corpus).events = provider;
  const view = vscode.window.createTreeView(Views.events, { treeDataProvider: provider, showCollapseAll: true });
  provider.view = view;
  return [view, provider, corpus.onDidChange(() => provider.refresh())];
}
