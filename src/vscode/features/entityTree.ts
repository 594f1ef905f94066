// The shape People and Places & Organizations share: entity → article → each mention in context; a person who
// is quoted has a "Quotes" node first, listing what they said, newest first.
// One provider, configured per view (which entity types, whether the user sorts it, a minimum of mentions),
// plus the small registry the tree commands (filter, reveal, rename…) and the extension's API reach the views through.
import * as vscode from 'vscode';
import type { CorpusIndex } from '../../core/index/corpusIndex';
import { keywordInContext } from '../../core/text/context';
import type { Entity, EntityType, Mention, Quote } from '../../core/types';
import type { CorpusService } from '../corpusService';
import { ContextKeys } from '../commandIds';
import type { EventsProvider } from './eventsTree';
import { openSourceCommand } from './openSource';
import { foldCase } from '../../core/text/fold';
import { escapeMarkdown, markdownParagraphs, oneLine } from '../markdownText';

export type EntityNode =
  | { kind: 'entity'; entity: Entity }
  | { kind: 'quotes'; parent: EntityNode & { kind: 'entity' } }
  | { kind: 'quote'; parent: EntityNode & { kind: 'quotes' }; quote: Quote }
  | { kind: 'article'; parent: EntityNode & { kind: 'entity' }; doc: string }
  | { kind: 'mention'; parent: EntityNode & { kind: 'article' }; mention: Mention };

export type EntitySort = 'mentions' | 'name';

/** Case- and ё/е-insensitive form for filtering. */
export const foldForFilter = (s: string): string => foldCase(s.trim());

/** Whether any of the texts contains the (folded) query. */
export function matchesFilter(query: string, texts: Iterable<string>): boolean {
  const q = foldForFilter(query);
  if (!q) return true;
  for (const text of texts) if (foldForFilter(text).includes(q)) return true;
  return false;
}

export const CONTEXT_VALUE: Record<EntityType, string> = { PER: 'person', LOC: 'place', ORG: 'organization' };
export const ENTITY_ICON: Record<EntityType, string> = { PER: 'person', LOC: 'location', ORG: 'organization' };

export function typeLabel(type: EntityType): string {
  return type === 'PER' ? vscode.l10n.t('Person') : type === 'LOC' ? vscode.l10n.t('Place') : vscode.l10n.t('Organization');
}

export function mentionCount(count: number): string {
  return count === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', count);
}

/** What every sidebar tree offers the commands: a filter, a refresh, and its view. */
export interface SidebarTree<T> extends vscode.TreeDataProvider<T> {
  readonly viewId: string;
  view?: vscode.TreeView<T>;
  filter: string;
  setFilter(query: string): void;
  refresh(): void;
}

export interface EntityTreeOptions {
  viewId: string;
  types: readonly EntityType[];
  /** The setting with the minimum number of mentions an entity needs to be listed. */
  minMentionsSetting?: string;
  sort?: EntitySort;
}

export class EntityTreeProvider implements SidebarTree<EntityNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<EntityNode | undefined | void>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly viewId: string;
  view?: vscode.TreeView<EntityNode>;
  filter = '';
  sort: EntitySort;
  /** Entity nodes by id, rebuilt after every index change, so reveal and the tree share the same objects. */
  private nodes = new Map<string, EntityNode & { kind: 'entity' }>();

  constructor(
    private readonly corpus: CorpusService,
    readonly options: EntityTreeOptions,
  ) {
    this.viewId = options.viewId;
    this.sort = options.sort ?? 'mentions';
  }

  private get index(): CorpusIndex {
    return this.corpus.index;
  }

  types(): readonly EntityType[] {
    return this.options.types;
  }

  refresh(): void {
    this.nodes.clear();
    this.updateView();
    this.changed.fire();
  }

  setFilter(query: string): void {
    this.filter = query.trim();
    this.refresh();
  }

  setSort(sort: EntitySort): void {
    this.sort = sort;
    this.refresh();
  }

  minMentions(): number {
    const setting = this.options.minMentionsSetting;
    if (!setting) return 1;
    const value = vscode.workspace.getConfiguration().get<number>(setting) ?? 1;
    return Number.isFinite(value) ? Math.max(1, value) : 1;
  }

  /** The entities listed at the root, before the filter. */
  private listed(): Entity[] {
    const index = this.index;
    const min = this.minMentions();
    return [...index.entities.values()].filter((e) => this.options.types.includes(e.type) && index.mentionsOf(e.id).length >= min);
  }

  /** Why an entity is not in the tree, if it is not (for Reveal). */
  isListed(entity: Entity): 'yes' | 'filtered' | 'hidden' {
    if (!this.listed().some((e) => e.id === entity.id)) return 'hidden';
    return matchesFilter(this.filter, [entity.name, ...entity.aliases]) ? 'yes' : 'filtered';
  }

  /** The node of an entity; the same object the tree shows. */
  entityNode(entity: Entity): EntityNode & { kind: 'entity' } {
    let node = this.nodes.get(entity.id);
    if (!node || node.entity !== entity) {
      node = { kind: 'entity', entity };
      this.nodes.set(entity.id, node);
    }
    return node;
  }

  getChildren(node?: EntityNode): EntityNode[] {
    const index = this.index;
    if (!node) {
      const count = (e: Entity): number => index.mentionsOf(e.id).length;
      const byName = (a: Entity, b: Entity): number => a.name.localeCompare(b.name, 'ru');
      return this.listed()
        .filter((e) => matchesFilter(this.filter, [e.name, ...e.aliases]))
        .sort(this.sort === 'name' ? byName : (a, b) => count(b) - count(a) || byName(a, b))
        .map((e) => this.entityNode(e));
    }
    if (node.kind === 'entity') {
      const quoted: EntityNode[] = index.quoteCountOf(node.entity.id) > 0 ? [{ kind: 'quotes', parent: node }] : [];
      return [
        ...quoted,
        ...index
          .articlesOf(node.entity.id)
          .sort((a, b) => (index.articles.get(a)?.date ?? '').localeCompare(index.articles.get(b)?.date ?? '') || a.localeCompare(b))
          .map((doc): EntityNode => ({ kind: 'article', parent: node, doc })),
      ];
    }
    if (node.kind === 'quotes') return index.quotesOf(node.parent.entity.id).map((quote) => ({ kind: 'quote', parent: node, quote }));
    if (node.kind === 'article') {
      return index
        .mentionsOf(node.parent.entity.id)
        .filter((m) => m.doc === node.doc)
        .map((mention) => ({ kind: 'mention', parent: node, mention }));
    }
    return [];
  }

  getParent(node: EntityNode): EntityNode | undefined {
    return node.kind === 'entity' ? undefined : node.parent;
  }

  getTreeItem(node: EntityNode): vscode.TreeItem {
    const index = this.index;
    if (node.kind === 'entity') return entityItem(index, node.entity, `${this.viewId}/${node.entity.id}`);
    if (node.kind === 'quotes') return quotesItem(index, node.parent.entity, `${this.viewId}/${node.parent.entity.id}/quotes`);
    if (node.kind === 'quote') return quoteItem(index, node.quote, `${this.viewId}/${node.parent.parent.entity.id}/quotes/${node.quote.doc}@${node.quote.start}`);
    if (node.kind === 'article') {
      const article = index.articles.get(node.doc);
      const count = index.mentionsOf(node.parent.entity.id).filter((m) => m.doc === node.doc).length;
      const item = new vscode.TreeItem(article?.title || node.doc, vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `${this.viewId}/${node.parent.entity.id}/${node.doc}`;
      item.description = [article?.date, String(count)].filter(Boolean).join(' · ');
      item.resourceUri = this.corpus.uriOf(node.doc);
      item.iconPath = vscode.ThemeIcon.File;
      item.contextValue = 'article';
      item.tooltip = new vscode.MarkdownString(
        markdownParagraphs(article?.title ?? node.doc, `${node.doc}${article?.date ? ` · ${article.date}` : ''} · ${mentionCount(count)}`),
      );
      return item;
    }
    const { mention } = node;
    const article = index.articles.get(mention.doc);
    const text = article?.text ?? '';
    const k = keywordInContext(text, mention, 5);
    const label = `${k.left}${k.match}${k.right}`;
    const item = new vscode.TreeItem({ label, highlights: [[k.left.length, k.left.length + k.match.length]] });
    item.id = `${this.viewId}/${node.parent.parent.entity.id}/${mention.doc}@${mention.start}`;
    const sentence = article?.sentences.find((s) => s.start <= mention.start && mention.end <= s.end);
    // A plain string tooltip: article text is data, never markup.
    item.tooltip = sentence ? text.slice(sentence.start, sentence.end).replace(/\s+/g, ' ') : label;
    item.command = openSourceCommand(mention, vscode.l10n.t('Open Mention'));
    item.contextValue = 'mention';
    return item;
  }

  /** The view's description and message: the filter in force, or why the tree is empty. */
  private updateView(): void {
    const view = this.view;
    if (!view) return;
    const parts: string[] = [];
    const min = this.minMentions();
    if (this.filter) parts.push(vscode.l10n.t('filter: {0}', this.filter));
    if (min > 1) parts.push(vscode.l10n.t('{0}+ mentions', min));
    view.description = parts.join(' · ') || undefined;
    const empty = this.index.articles.size > 0 && this.getChildren().length === 0;
    view.message = !empty
      ? undefined
      : this.filter
        ? vscode.l10n.t('Nothing matches “{0}”.', this.filter)
        : vscode.l10n.t('Nothing found in these articles.');
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** The "Quotes" node under a quoted person. */
function quotesItem(index: CorpusIndex, entity: Entity, id: string): vscode.TreeItem {
  const item = new vscode.TreeItem(vscode.l10n.t('Quotes'), vscode.TreeItemCollapsibleState.Collapsed);
  item.id = id;
  item.description = String(index.quoteCountOf(entity.id));
  item.iconPath = new vscode.ThemeIcon('quote');
  item.contextValue = 'quotes';
  item.tooltip = vscode.l10n.t('What {0} said, newest first', entity.name);
  return item;
}

/** Longer quotes are cut in the tree's label; the tooltip has them whole. */
const QUOTE_LABEL_CHARS = 100;

/** A quote: its words as the label (plain text, never markup), its article and date; a click opens its span. */
function quoteItem(index: CorpusIndex, quote: Quote, id: string): vscode.TreeItem {
  const article = index.articles.get(quote.doc);
  const words = oneLine(index.textAt(quote));
  const item = new vscode.TreeItem(`«${oneLine(words, QUOTE_LABEL_CHARS)}»`);
  item.id = id;
  item.description = [article?.date, article?.title || quote.doc].filter(Boolean).join(' · ');
  item.iconPath = new vscode.ThemeIcon('quote');
  item.tooltip = `«${words}»\n${quote.doc}${article?.date ? ` · ${article.date}` : ''}`;
  item.command = openSourceCommand(quote, vscode.l10n.t('Open Quote'));
  item.contextValue = 'quote';
  return item;
}

/** The tree item of an entity (also used for event participants): name, role and count, a tooltip, a menu. */
export function entityItem(index: CorpusIndex, entity: Entity, id: string, collapsible = true): vscode.TreeItem {
  const mentions = index.mentionsOf(entity.id).length;
  const articles = index.articlesOf(entity.id).length;
  const item = new vscode.TreeItem(entity.name, collapsible ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  item.id = id;
  const role = entity.roles[0]?.title;
  item.description = role ? `${role} · ${mentions}` : String(mentions);
  item.iconPath = new vscode.ThemeIcon(ENTITY_ICON[entity.type]);
  item.contextValue = CONTEXT_VALUE[entity.type];
  // Names, roles and aliases come from articles and corpus.yaml: escaped, so no link or markup can form.
  const heading = `**${escapeMarkdown(entity.name)}** — ${escapeMarkdown(typeLabel(entity.type))}`;
  const lines = markdownParagraphs(
    ...entity.roles.map((r) => r.title),
    articles === 1 ? vscode.l10n.t('{0} in 1 article', mentionCount(mentions)) : vscode.l10n.t('{0} in {1} articles', mentionCount(mentions), articles),
    entity.aliases.length > 0 ? vscode.l10n.t('Also written: {0}', entity.aliases.join(', ')) : '',
  );
  item.tooltip = new vscode.MarkdownString(`${heading}\n\n${lines}`);
  return item;
}

/** The sidebar's trees, for the tree commands and the extension's API. */
export interface SidebarTrees {
  people?: EntityTreeProvider;
  placesOrgs?: EntityTreeProvider;
  events?: EventsProvider;
}

const registries = new WeakMap<CorpusService, SidebarTrees>();

export function sidebarTrees(corpus: CorpusService): SidebarTrees {
  let trees = registries.get(corpus);
  if (!trees) registries.set(corpus, (trees = {}));
  return trees;
}

/** The tree that lists entities of a type. */
export function treeFor(trees: SidebarTrees, type: EntityType): EntityTreeProvider | undefined {
  return type === 'PER' ? trees.people : trees.placesOrgs;
}

export function allTrees(trees: SidebarTrees): SidebarTree<unknown>[] {
  return [trees.events, trees.people, trees.placesOrgs].filter((t) => t !== undefined) as SidebarTree<unknown>[];
}

/** Sets corpusNavigator.filtered: whether any tree has a filter (the Clear Filter button's `when`). */
export function updateFilteredContext(trees: SidebarTrees): Thenable<unknown> {
  return vscode.commands.executeCommand('setContext', ContextKeys.filtered, allTrees(trees).some((t) => t.filter !== ''));
}

/** Creates the view of an entity tree and keeps it fresh. */
export function registerEntityTree(corpus: CorpusService, provider: EntityTreeProvider): vscode.Disposable[] {
  const view = vscode.window.createTreeView(provider.viewId, { treeDataProvider: provider, showCollapseAll: true });
  provider.view = view;
  const setting = provider.options.minMentionsSetting;
  return [
    view,
    provider,
    corpus.onDidChange(() => provider.refresh()),
    vscode.workspace.onDidChangeConfiguration((e) => setting && e.affectsConfiguration(setting) && provider.refresh()),
  ];
}
