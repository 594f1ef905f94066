// The People view: person → article → mention in context; a mention opens its exact span.
import * as vscode from 'vscode';
import type { CorpusIndex } from '../../core/index/corpusIndex';
import { keywordInContext } from '../../core/text/context';
import type { Entity, Mention } from '../../core/types';
import type { CorpusService } from '../corpusService';
import { Views } from '../commandIds';
import { openSourceCommand } from './openSource';

type Node =
  | { kind: 'person'; entity: Entity }
  | { kind: 'article'; entity: Entity; doc: string }
  | { kind: 'mention'; mention: Mention };

class PeopleProvider implements vscode.TreeDataProvider<Node> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly corpus: CorpusService) {}

  refresh(): void {
    this.changed.fire();
  }

  private get index(): CorpusIndex {
    return this.corpus.index;
  }

  getChildren(node?: Node): Node[] {
    const index = this.index;
    if (!node) {
      return index
        .entitiesOfType('PER')
        .sort((a, b) => index.mentionsOf(b.id).length - index.mentionsOf(a.id).length || a.name.localeCompare(b.name))
        .map((entity) => ({ kind: 'person', entity }));
    }
    if (node.kind === 'person') return index.articlesOf(node.entity.id).map((doc) => ({ kind: 'article', entity: node.entity, doc }));
    if (node.kind === 'article') {
      return index
        .mentionsOf(node.entity.id)
        .filter((m) => m.doc === node.doc)
        .map((mention) => ({ kind: 'mention', mention }));
    }
    return [];
  }

  getTreeItem(node: Node): vscode.TreeItem {
    const index = this.index;
    if (node.kind === 'person') {
      const mentions = index.mentionsOf(node.entity.id).length;
      const item = new vscode.TreeItem(node.entity.name, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `person:${node.entity.id}`;
      item.description = String(mentions);
      item.iconPath = new vscode.ThemeIcon('person');
      item.contextValue = 'person';
      item.tooltip = new vscode.MarkdownString().appendText(
        `${node.entity.name}\n${mentions} mentions in ${index.articlesOf(node.entity.id).length} articles` +
          (node.entity.aliases.length ? `\nAlso: ${node.entity.aliases.join(', ')}` : ''),
      );
      return item;
    }
    if (node.kind === 'article') {
      const article = index.articles.get(node.doc);
      const item = new vscode.TreeItem(article?.title ?? node.doc, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `person:${node.entity.id}/${node.doc}`;
      item.description = node.doc;
      item.resourceUri = this.corpus.uriOf(node.doc);
      item.iconPath = vscode.ThemeIcon.File;
      item.contextValue = 'article';
      return item;
    }
    const { mention } = node;
    const text = index.articles.get(mention.doc)?.text ?? '';
    const k = keywordInContext(text, mention, 5);
    const label = `${k.left}${k.match}${k.right}`;
    const item = new vscode.TreeItem({ label, highlights: [[k.left.length, k.left.length + k.match.length]] });
    item.id = `mention:${mention.doc}:${mention.start}`;
    item.tooltip = label;
    item.command = openSourceCommand(mention);
    item.contextValue = 'mention';
    return item;
  }
}

export function registerPeopleTree(corpus: CorpusService): vscode.Disposable[] {
  const provider = new PeopleProvider(corpus);
  const view = vscode.window.createTreeView(Views.people, { treeDataProvider: provider, showCollapseAll: true });
  return [view, corpus.onDidChange(() => provider.refresh())];
}
