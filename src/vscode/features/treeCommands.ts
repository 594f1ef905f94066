// The sidebar's commands: filter and clear, reveal (from the editor or a hover link), and the entity context
// menu — Show All Mentions, Copy Name, and the three that write corpus.yaml (Rename, Merge Into, Hide).
// Every command that takes an entity accepts a tree node (from a menu) or an entity id (from a link).
import * as vscode from 'vscode';
import { CORRECTIONS_FILE } from '../../core/corrections';
import { addIgnore, addMerge, addRename } from '../../core/correctionsEdit';
import type { Entity } from '../../core/types';
import type { CorpusService } from '../corpusService';
import { Commands, Views } from '../commandIds';
import { rangeInText } from '../convert';
import { openCorrectionsEditor, showCorrections } from '../correctionsWriter';
import { breakLinks, escapeIcons } from '../quickPickText';
import { allTrees, mentionCount, type SidebarTree, type SidebarTrees, sidebarTrees, treeFor, updateFilteredContext } from './entityTree';

export function registerTreeCommands(corpus: CorpusService): vscode.Disposable[] {
  const trees = sidebarTrees(corpus);
  const register = (id: string, run: (...args: never[]) => unknown): vscode.Disposable => vscode.commands.registerCommand(id, run);
  return [
    register(Commands.filterPeople, (query?: string) => filter(trees, trees.people, query)),
    register(Commands.filterPlacesOrgs, (query?: string) => filter(trees, trees.placesOrgs, query)),
    register(Commands.filterEvents, (query?: string) => filter(trees, trees.events, query)),
    register(Commands.clearFilter, (viewId?: string) => clearFilter(trees, viewId)),
    register(Commands.revealEntity, (arg?: unknown) => revealEntity(trees, entityOf(corpus, arg))),
    register(Commands.revealInCorpus, () => revealInCorpus(corpus, trees)),
    register(Commands.showAllMentions, (arg?: unknown) => showAllMentions(corpus, entityOf(corpus, arg))),
    register(Commands.copyName, async (arg?: unknown) => {
      const entity = entityOf(corpus, arg);
      if (entity) await vscode.env.clipboard.writeText(entity.name);
    }),
    register(Commands.renameEntity, (arg?: unknown, name?: string) => renameEntity(corpus, entityOf(corpus, arg), name)),
    register(Commands.mergeEntity, (arg?: unknown, into?: string) => mergeEntity(corpus, entityOf(corpus, arg), into)),
    register(Commands.hideEntity, (arg?: unknown) => hideEntity(corpus, entityOf(corpus, arg))),
  ];
}

/** The entity a command is about: a tree node carrying one, or an entity id; looked up in the current index. */
export function entityOf(corpus: CorpusService, arg: unknown): Entity | undefined {
  let id: string | undefined;
  if (typeof arg === 'string') id = arg;
  else if (arg && typeof arg === 'object' && 'entity' in arg) {
    const entity = (arg as { entity: unknown }).entity;
    if (entity && typeof entity === 'object' && 'id' in entity) id = String((entity as Entity).id);
  }
  return id === undefined ? undefined : corpus.index.entities.get(id);
}

// ── Filters ────────────────────────────────────────────────────────────────────────────────────────────────

async function filter(trees: SidebarTrees, tree: SidebarTree<unknown> | undefined, query?: string): Promise<void> {
  if (!tree) return;
  let value = typeof query === 'string' ? query : undefined;
  if (value === undefined) {
    value = await vscode.window.showInputBox({
      title: tree.viewId === Views.events ? vscode.l10n.t('Filter Events') : tree.viewId === Views.people ? vscode.l10n.t('Filter People') : vscode.l10n.t('Filter Places & Organizations'),
      value: tree.filter,
      placeHolder: vscode.l10n.t('Part of a name or spelling; empty shows everything'),
      prompt: vscode.l10n.t('Letter case and ё/е do not matter.'),
    });
    if (value === undefined) return;
  }
  tree.setFilter(value);
  await updateFilteredContext(trees);
}

async function clearFilter(trees: SidebarTrees, viewId?: string): Promise<void> {
  // The title-bar button passes no argument: it clears every tree's filter.
  for (const tree of allTrees(trees)) if (tree.filter && (typeof viewId !== 'string' || tree.viewId === viewId)) tree.setFilter('');
  await updateFilteredContext(trees);
}

// ── Reveal ─────────────────────────────────────────────────────────────────────────────────────────────────

/** Reveals and selects the entity in its tree; `focus: false` leaves the keyboard where it is (the Network picture). */
export async function revealEntity(trees: SidebarTrees, entity: Entity | undefined, focus = true): Promise<boolean> {
  if (!entity) return false;
  const tree = treeFor(trees, entity.type);
  if (!tree?.view) return false;
  const listed = tree.isListed(entity);
  if (listed === 'hidden') {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('{0} has too few mentions to be listed (see the setting corpusNavigator.people.minMentions).', breakLinks(entity.name)),
    );
    return false;
  }
  if (listed === 'filtered') {
    tree.setFilter('');
    await updateFilteredContext(trees);
  }
  await tree.view.reveal(tree.entityNode(entity), { select: true, focus, expand: false });
  return true;
}

async function revealInCorpus(corpus: CorpusService, trees: SidebarTrees): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  const article = editor && corpus.articleFor(editor.document.uri);
  if (!editor || !article) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Reveal in Corpus works in the articles of the corpus.'));
    return false;
  }
  if (editor.document.getText() !== article.text) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Save the article first: the corpus index is of the saved text.'));
    return false;
  }
  const mention = corpus.index.mentionAt(article.path, editor.document.offsetAt(editor.selection.active));
  const entity = mention?.entity ? corpus.index.entities.get(mention.entity) : undefined;
  if (entity) return revealEntity(trees, entity);
  // A date: its day in the Events view, when events happened on it.
  const events = trees.events;
  if (mention?.type === 'DATE' && mention.value && events?.view) {
    if (events.filter) {
      events.setFilter('');
      await updateFilteredContext(trees);
    }
    const day = events.dayNode(mention.value);
    if (day) {
      await events.view.reveal(day, { select: true, focus: true, expand: true });
      return true;
    }
    void vscode.window.showInformationMessage(vscode.l10n.t('No events on {0}.', mention.value));
    return false;
  }
  void vscode.window.showInformationMessage(vscode.l10n.t('No person, place, organization or date under the cursor.'));
  return false;
}

// ── Show All Mentions ──────────────────────────────────────────────────────────────────────────────────────

async function showAllMentions(corpus: CorpusService, entity: Entity | undefined): Promise<void> {
  if (!entity) return;
  const index = corpus.index;
  const locations: vscode.Location[] = [];
  for (const m of index.mentionsOf(entity.id)) {
    const uri = corpus.uriOf(m.doc);
    const text = index.articles.get(m.doc)?.text;
    if (uri && text !== undefined) locations.push(new vscode.Location(uri, rangeInText(text, m)));
  }
  if (locations.length === 0) return;
  const [first] = locations;
  await vscode.commands.executeCommand('editor.action.showReferences', first.uri, first.range.start, locations);
}

// ── corpus.yaml edits ──────────────────────────────────────────────────────────────────────────────────────

async function renameEntity(corpus: CorpusService, entity: Entity | undefined, name?: string): Promise<boolean> {
  if (!entity) return false;
  const corrections = await openCorrectionsEditor(corpus);
  if (!corrections) return false;
  const newName =
    typeof name === 'string'
      ? name
      : await vscode.window.showInputBox({
          title: vscode.l10n.t('Rename Display Name'),
          value: entity.name,
          prompt: vscode.l10n.t('The name shown for {0} everywhere; written to {1}.', escapeIcons(breakLinks(entity.name)), CORRECTIONS_FILE),
          validateInput: (value) => (value.trim() ? undefined : vscode.l10n.t('The name cannot be empty.')),
        });
  if (newName === undefined || !newName.trim() || newName.trim() === entity.name) return false;
  return (await corrections.apply((text) => addRename(text, entity, newName))) !== 'refused';
}

async function mergeEntity(corpus: CorpusService, entity: Entity | undefined, into?: string): Promise<boolean> {
  if (!entity) return false;
  const corrections = await openCorrectionsEditor(corpus);
  if (!corrections) return false;
  const index = corpus.index;
  let target: Entity | undefined;
  if (typeof into === 'string') target = index.entities.get(into);
  else {
    const count = (e: Entity): number => index.mentionsOf(e.id).length;
    const picked = await vscode.window.showQuickPick(
      index
        .entitiesOfType(entity.type)
        .filter((e) => e.id !== entity.id)
        .sort((a, b) => count(b) - count(a) || a.name.localeCompare(b.name, 'ru'))
        .map((e) => mergeTargetItem(e, count(e))),
      {
        title: vscode.l10n.t('Merge Into…'),
        placeHolder: vscode.l10n.t('Which entry is “{0}” the same as?', entity.name),
        matchOnDescription: false,
        matchOnDetail: true,
      },
    );
    target = picked?.entity;
  }
  if (!target || target.id === entity.id || target.type !== entity.type) return false;
  const merged = target;
  return (await corrections.apply((text) => addMerge(text, [merged, entity]))) !== 'refused';
}

/** An entry Merge Into offers; names and aliases come from articles and corpus.yaml, so their icons are escaped. */
export function mergeTargetItem(entity: Entity, mentions: number): vscode.QuickPickItem & { entity: Entity } {
  return { label: escapeIcons(entity.name), description: mentionCount(mentions), detail: escapeIcons(entity.aliases.join(', ')) || undefined, entity };
}

async function hideEntity(corpus: CorpusService, entity: Entity | undefined): Promise<boolean> {
  if (!entity) return false;
  const corrections = await openCorrectionsEditor(corpus);
  if (!corrections) return false;
  const outcome = await corrections.apply((text) => addIgnore(text, entity));
  if (outcome === 'saved') {
    const open = vscode.l10n.t('Open {0}', CORRECTIONS_FILE);
    void vscode.window
      .showInformationMessage(vscode.l10n.t('{0} is hidden. To show it again, remove it from "ignore" in {1}.', breakLinks(entity.name), CORRECTIONS_FILE), open)
      .then((choice) => (choice === open ? showCorrections(corpus) : undefined));
  }
  return outcome !== 'refused';
}
