// The Events view: event → participants and sources; a source opens the sentence that reports it.
import * as vscode from 'vscode';
import type { CorpusEvent, Entity, SourceRef } from '../../core/types';
import type { CorpusService } from '../corpusService';
import { Views } from '../commandIds';
import { openSourceCommand } from './openSource';

type Node =
  | { kind: 'event'; event: CorpusEvent }
  | { kind: 'participant'; event: CorpusEvent; entity: Entity }
  | { kind: 'source'; event: CorpusEvent; source: SourceRef };

class EventsProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly corpus: CorpusService) {}

  refresh(): void {
    this.changed.fire();
  }

  getChildren(node?: Node): Node[] {
    const index = this.corpus.index;
    if (!node) {
      return [...index.events].sort((a, b) => a.date.localeCompare(b.date)).map((event) => ({ kind: 'event', event }));
    }
    if (node.kind !== 'event') return [];
    const participants = node.event.participants
      .map((id) => index.entities.get(id))
      .filter((e): e is Entity => e !== undefined)
      .map((entity): Node => ({ kind: 'participant', event: node.event, entity }));
    const sources = node.event.sources.map((source): Node => ({ kind: 'source', event: node.event, source }));
    return [...participants, ...sources];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    if (node.kind === 'event') {
      const { event } = node;
      const item = new vscode.TreeItem(event.title, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `event:${event.id}`;
      item.description = event.end ? `${event.date} – ${event.end}` : event.date;
      item.iconPath = new vscode.ThemeIcon('calendar');
      item.contextValue = 'event';
      return item;
    }
    if (node.kind === 'participant') {
      const item = new vscode.TreeItem(node.entity.name);
      item.id = `event:${node.event.id}/${node.entity.id}`;
      item.iconPath = new vscode.ThemeIcon(node.entity.type === 'PER' ? 'person' : 'organization');
      item.contextValue = 'participant';
      return item;
    }
    const { source } = node;
    const article = this.corpus.index.articles.get(source.doc);
    const sentence = article?.text.slice(source.start, source.end).replace(/\s+/g, ' ') ?? source.doc;
    const item = new vscode.TreeItem(sentence);
    item.id = `event:${node.event.id}/${source.doc}:${source.start}`;
    item.description = source.doc;
    item.tooltip = sentence;
    item.iconPath = vscode.ThemeIcon.File;
    item.command = openSourceCommand(source);
    item.contextValue = 'source';
    return item;
  }
}

export function registerEventsTree(corpus: CorpusService): vscode.Disposable[] {
  const provider = new EventsProvider(corpus);
  const view = vscode.window.createTreeView(Views.events, { treeDataProvider: provider, showCollapseAll: true });
  const updateMessage = (): void => {
    const index = corpus.index;
    view.message = index.articles.size > 0 && index.events.length === 0 ? 'No dated events found in these articles yet.' : undefined;
  };
  return [view, corpus.onDidChange(() => (provider.refresh(), updateMessage()))];
}
