// The sidebar trees in a real VS Code, on the sample corpus: order, sort, filter, mentions in context,
// reveal, and the context-menu commands that write corpus.yaml.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CorpusNavigatorApi } from '../../../src/vscode/extension';
import type { EntityNode, EntityTreeProvider } from '../../../src/vscode/features/entityTree';
import type { EventsNode } from '../../../src/vscode/features/eventsTree';
import { encodeText } from '../../../src/core/text/encode';
import { api, deleteIfPresent, folder } from './helpers';

const label = (item: vscode.TreeItem): string => (typeof item.label === 'string' ? item.label : (item.label?.label ?? ''));

async function labels(tree: EntityTreeProvider): Promise<string[]> {
  const nodes = await tree.getChildren();
  return nodes.map((n) => label(tree.getTreeItem(n)));
}

async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 10_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('Sidebar trees', () => {
  let trees: CorpusNavigatorApi['trees'];
  let people: EntityTreeProvider;
  let placesOrgs: EntityTreeProvider;

  before(async () => {
    trees = (await api()).trees;
    assert.ok(trees.people && trees.placesOrgs && trees.events, 'all three trees are registered');
    people = trees.people;
    placesOrgs = trees.placesOrgs;
  });

  afterEach(async () => {
    await vscode.commands.executeCommand('corpusNavigator.clearFilter');
    await vscode.commands.executeCommand('corpusNavigator.sortByMentions');
  });

  describe('People', () => {
    it('lists people by mentions, Стив Уиткофф first, with role/count, icon, menu and stable ids', async () => {
      const nodes = await people.getChildren();
      assert.ok(nodes.length >= 10, `${nodes.length} people`);
      const first = people.getTreeItem(nodes[0]);
      assert.equal(label(first), 'Стив Уиткофф');
      assert.equal(first.contextValue, 'person');
      assert.match(String(first.description), /\b16$/);
      assert.ok(first.iconPath instanceof vscode.ThemeIcon);
      assert.ok(first.tooltip instanceof vscode.MarkdownString);
      const ids = nodes.map((n) => people.getTreeItem(n).id);
      assert.equal(new Set(ids).size, ids.length);
      // The same id after a reindex, so expansion survives.
      await vscode.commands.executeCommand('corpusNavigator.reindex');
      assert.equal(people.getTreeItem((await people.getChildren())[0]).id, first.id);
    });

    it('sorts by name and back by mentions', async () => {
      await vscode.commands.executeCommand('corpusNavigator.sortByName');
      const byName = await labels(people);
      assert.deepEqual(byName, [...byName].sort((a, b) => a.localeCompare(b, 'ru')));
      assert.notEqual(byName[0], 'Стив Уиткофф');
      await vscode.commands.executeCommand('corpusNavigator.sortByMentions');
      assert.equal((await labels(people))[0], 'Стив Уиткофф');
    });

    it('filters by name, case- and ё/е-insensitively, and clears', async () => {
      const all = (await labels(people)).length;
      await vscode.commands.executeCommand('corpusNavigator.filterPeople', 'КУШНЕР');
      assert.deepEqual((await labels(people)).sort(), ['Джаред Кушнер', 'Чарльз Кушнер']);
      assert.equal(people.filter, 'КУШНЕР');
      assert.match(String(people.view?.description), /КУШНЕР/);
      await vscode.commands.executeCommand('corpusNavigator.filterPeople', 'рустём');
      assert.ok((await labels(people)).some((l) => l.startsWith('Рустем')), 'ё finds е');
      await vscode.commands.executeCommand('corpusNavigator.filterPeople', 'нет такого имени');
      assert.equal((await labels(people)).length, 0);
      assert.ok(people.view?.message, 'an empty filtered tree says why');
      await vscode.commands.executeCommand('corpusNavigator.clearFilter');
      assert.equal((await labels(people)).length, all);
      assert.equal(people.view?.description, undefined);
    });

    it('filters on aliases too (Виткофф finds Стив Уиткофф)', async () => {
      await vscode.commands.executeCommand('corpusNavigator.filterPeople', 'виткофф');
      assert.deepEqual(await labels(people), ['Стив Уиткофф']);
    });

    it('respects corpusNavigator.people.minMentions', async () => {
      const config = vscode.workspace.getConfiguration('corpusNavigator');
      try {
        await config.update('people.minMentions', 3, vscode.ConfigurationTarget.Global);
        const names = await waitFor('the setting to apply', async () => {
          const l = await labels(people);
          return l.length < 10 ? l : undefined;
        });
        const { index } = await api();
        for (const node of await people.getChildren()) {
          assert.ok(index.mentionsOf((node as EntityNode & { kind: 'entity' }).entity.id).length >= 3);
        }
        assert.ok(names.includes('Стив Уиткофф'));
      } finally {
        await config.update('people.minMentions', undefined, vscode.ConfigurationTarget.Global);
      }
      await waitFor('the setting to reset', async () => ((await labels(people)).length >= 10 ? true : undefined));
    });

    it('shows each mention in context; clicking opens that exact span', async () => {
      const [witkoff] = await people.getChildren();
      const articles = (await people.getChildren(witkoff)).filter((n) => n.kind === 'article');
      assert.ok(articles.length >= 2);
      const article = people.getTreeItem(articles[0]);
      assert.equal(article.contextValue, 'article');
      assert.equal(people.getParent(articles[0]), witkoff);
      const [node] = await people.getChildren(articles[0]);
      assert.equal(node.kind, 'mention');
      assert.equal(people.getParent(node), articles[0]);
      const item = people.getTreeItem(node);
      const treeLabel = item.label as vscode.TreeItemLabel;
      const [[from, to]] = treeLabel.highlights!;
      const mention = (node as EntityNode & { kind: 'mention' }).mention;
      assert.equal(treeLabel.label.slice(from, to), mention.text);
      assert.ok(treeLabel.label.length > mention.text.length, 'words around the match');
      assert.equal(item.command?.command, 'corpusNavigator.openSource');
      await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
      const editor = vscode.window.activeTextEditor;
      assert.ok(editor);
      assert.ok(editor.document.uri.path.endsWith(mention.doc));
      assert.equal(editor.document.getText(editor.selection), mention.text);
      assert.equal(editor.document.offsetAt(editor.selection.start), mention.start);
    });
  });

  describe('Quotes in People', () => {
    it('lists a quoted person’s quotes under “Quotes”, newest first; a click opens the quote’s span', async () => {
      const { index } = await api();
      const [witkoff] = await people.getChildren();
      const [quotesNode, ...rest] = await people.getChildren(witkoff);
      assert.equal(quotesNode.kind, 'quotes', 'the first child is the quotes');
      assert.ok(rest.every((n) => n.kind === 'article'));
      const quotesItem = people.getTreeItem(quotesNode);
      assert.equal(label(quotesItem), 'Quotes');
      assert.equal(quotesItem.contextValue, 'quotes');
      const entity = (witkoff as EntityNode & { kind: 'entity' }).entity;
      const expected = index.quotesOf(entity.id);
      assert.ok(expected.length >= 5, `${expected.length} quotes`);
      assert.equal(quotesItem.description, String(expected.length));
      const nodes = await people.getChildren(quotesNode);
      assert.deepEqual(
        nodes.map((n) => (n as EntityNode & { kind: 'quote' }).quote),
        expected,
      );
      const dates = expected.map((q) => index.articles.get(q.doc)?.date ?? '');
      assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
      assert.equal(people.getParent(nodes[0]), quotesNode);
      const item = people.getTreeItem(nodes[0]);
      const quote = expected[0];
      const words = index.textAt(quote);
      assert.ok(label(item).startsWith(`«${words.replace(/\s+/g, ' ').slice(0, 40)}`), label(item));
      assert.equal(typeof item.tooltip, 'string', 'plain text, never markup');
      assert.equal(item.command?.command, 'corpusNavigator.openSource');
      await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
      const editor = vscode.window.activeTextEditor;
      assert.ok(editor && editor.document.uri.path.endsWith(quote.doc));
      assert.equal(editor.document.getText(editor.selection), words);
    });

    it('gives no “Quotes” node to a person who is not quoted', async () => {
      const { index } = await api();
      const unquoted = (await people.getChildren()).find((n) => n.kind === 'entity' && index.quotesOf(n.entity.id).length === 0);
      assert.ok(unquoted, 'someone is not quoted');
      assert.ok((await people.getChildren(unquoted)).every((n) => n.kind === 'article'));
    });
  });

  describe('Places & Organizations', () => {
    it('lists places and organizations with their own menus and icons', async () => {
      const nodes = await placesOrgs.getChildren();
      const items = nodes.map((n) => placesOrgs.getTreeItem(n));
      const kinds = new Set(items.map((i) => i.contextValue));
      assert.ok(kinds.has('place') && kinds.has('organization'), [...kinds].join());
      assert.ok(items.every((i) => i.collapsibleState === vscode.TreeItemCollapsibleState.Collapsed));
      const [first] = nodes;
      const [article] = await placesOrgs.getChildren(first);
      assert.equal((await placesOrgs.getChildren(article))[0].kind, 'mention');
    });

    it('filters', async () => {
      await vscode.commands.executeCommand('corpusNavigator.filterPlacesOrgs', 'ПАРИЖ');
      const nodes = (await placesOrgs.getChildren()) as (EntityNode & { kind: 'entity' })[];
      assert.ok(nodes.length >= 1);
      for (const { entity } of nodes) assert.ok([entity.name, ...entity.aliases].some((n) => /париж/i.test(n)), entity.name);
      assert.ok(nodes.some(({ entity }) => entity.name === 'Париж'), nodes.map((n) => n.entity.name).join());
    });
  });

  describe('Events', () => {
    it('groups events by day in calendar order, with weekday; sources open their sentence', async function () {
      const events = trees.events!;
      const days = (await events.getChildren()) as EventsNode[];
      const { index } = await api();
      if (index.events.length === 0) {
        assert.equal(days.length, 0);
        assert.ok(events.view?.message, 'says there are no events');
        return this.skip();
      }
      const dates = days.map((d) => (d as EventsNode & { kind: 'day' }).date);
      assert.deepEqual(dates, [...dates].sort());
      const dayItem = events.getTreeItem(days[0]);
      assert.match(label(dayItem), /\d/);
      assert.ok(label(dayItem) !== dates[0], 'a readable day, not the ISO date');
      const [event] = await events.getChildren(days[0]);
      assert.equal(event.kind, 'event');
      assert.equal(events.getParent(event), days[0]);
      const { event: record } = event as EventsNode & { kind: 'event' };
      const eventItem = events.getTreeItem(event);
      assert.equal(label(eventItem), record.title);
      // Where it was, beside a title that no longer says it.
      if (record.place) assert.ok(String(eventItem.description).startsWith(index.entities.get(record.place)!.name), String(eventItem.description));
      const children = await events.getChildren(event);
      const participant = children.find((c) => c.kind === 'participant');
      if (participant) assert.equal(events.getTreeItem(participant).command?.command, 'corpusNavigator.revealEntity');
      const source = children.find((c) => c.kind === 'source');
      assert.ok(source, 'an event has a source');
      const command = events.getTreeItem(source).command!;
      await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
      const editor = vscode.window.activeTextEditor!;
      const ref = (source as EventsNode & { kind: 'source' }).source;
      assert.equal(editor.document.offsetAt(editor.selection.start), ref.start);
    });
  });

  describe('Events filter', () => {
    it('matches titles and participants', async function () {
      const { index } = await api();
      if (index.events.length === 0) return this.skip();
      const events = trees.events!;
      const count = async (): Promise<number> => {
        let n = 0;
        for (const day of await events.getChildren()) n += (await events.getChildren(day)).length;
        return n;
      };
      const all = await count();
      await vscode.commands.executeCommand('corpusNavigator.filterEvents', 'уиткофф');
      const withWitkoff = index.events.filter((e) => e.participants.some((p) => index.entities.get(p)?.name === 'Стив Уиткофф') || /уиткофф/i.test(e.title));
      assert.equal(await count(), withWitkoff.length);
      await vscode.commands.executeCommand('corpusNavigator.filterEvents', 'нет такого события');
      assert.equal(await count(), 0);
      assert.ok(events.view?.message);
      await vscode.commands.executeCommand('corpusNavigator.clearFilter');
      assert.equal(await count(), all);
    });
  });

  describe('Reveal and Show All Mentions', () => {
    it('reveals an entity by id and selects it in its tree', async () => {
      const { index } = await api();
      const [paris] = index.entitiesByName('Париж', 'LOC');
      assert.ok(paris);
      assert.equal(await vscode.commands.executeCommand('corpusNavigator.revealEntity', paris.id), true);
      const selected = await waitFor('the selection', () => placesOrgs.view?.selection[0]);
      assert.equal((selected as EntityNode & { kind: 'entity' }).entity.id, paris.id);
    });

    it('reveals the entity under the cursor, clearing a filter that hides it', async () => {
      await vscode.commands.executeCommand('corpusNavigator.filterPeople', 'кушнер');
      const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), '000_e37b06c1d52fef68.txt'));
      const editor = await vscode.window.showTextDocument(document);
      const offset = document.getText().indexOf('Стива Уиткоффа') + 8;
      editor.selection = new vscode.Selection(document.positionAt(offset), document.positionAt(offset));
      assert.equal(await vscode.commands.executeCommand('corpusNavigator.revealInCorpus'), true);
      assert.equal(people.filter, '');
      const selected = await waitFor('the selection', () => {
        const node = people.view?.selection[0] as (EntityNode & { kind: 'entity' }) | undefined;
        return node?.entity.name === 'Стив Уиткофф' ? node : undefined;
      });
      assert.ok(selected);
    });

    it('reveals the day of a date under the cursor in Events', async function () {
      const { index } = await api();
      const date = [...index.articles.keys()]
        .flatMap((doc) => index.mentionsIn(doc))
        .find((m) => m.type === 'DATE' && m.value && index.events.some((e) => e.date === m.value));
      if (!date) return this.skip();
      const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), date.doc));
      const editor = await vscode.window.showTextDocument(document);
      editor.selection = new vscode.Selection(document.positionAt(date.start + 1), document.positionAt(date.start + 1));
      assert.equal(await vscode.commands.executeCommand('corpusNavigator.revealInCorpus'), true);
      const selected = await waitFor('the day', () => trees.events?.view?.selection[0] as (EventsNode & { kind: 'day' }) | undefined);
      assert.equal(selected.date, date.value);
    });

    it('shows all mentions as references at the first one', async () => {
      const { index } = await api();
      const [witkoff] = index.entitiesByName('Уиткофф', 'PER');
      await vscode.commands.executeCommand('corpusNavigator.showAllMentions', witkoff.id);
      const first = index.mentionsOf(witkoff.id)[0];
      const editor = await waitFor('the editor', () => {
        const e = vscode.window.activeTextEditor;
        return e?.document.uri.path.endsWith(first.doc) ? e : undefined;
      });
      assert.ok(editor);
      await vscode.commands.executeCommand('closeReferenceSearch');
    });

    it('copies the display name', async () => {
      const [node] = await people.getChildren();
      await vscode.commands.executeCommand('corpusNavigator.copyName', node);
      assert.equal(await vscode.env.clipboard.readText(), 'Стив Уиткофф');
    });
  });

  describe('corpus.yaml from the context menu', () => {
    const correctionsUri = (): vscode.Uri => vscode.Uri.joinPath(folder(), 'corpus.yaml');
    const read = async (): Promise<string> => new TextDecoder().decode(await vscode.workspace.fs.readFile(correctionsUri()));

    after(async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await deleteIfPresent(correctionsUri());
      await vscode.commands.executeCommand('corpusNavigator.reindex');
      await waitFor('the original names', async () => ((await labels(people))[0] === 'Стив Уиткофф' ? true : undefined));
    });

    it('renames a display name; the file is created with a header and the tree changes', async () => {
      const [witkoff] = await people.getChildren();
      assert.equal(await vscode.commands.executeCommand('corpusNavigator.renameEntity', witkoff, 'Стивен Уиткофф'), true);
      const text = await read();
      assert.match(text, /^# corpus\.yaml/);
      assert.match(text, /rename:\n {2}Стив Уиткофф: Стивен Уиткофф/);
      await waitFor('the new name', async () => ((await labels(people))[0] === 'Стивен Уиткофф' ? true : undefined));
    });

    it('hides an entity, keeping the earlier rename', async () => {
      const { index } = await api();
      const [grunbaum] = index.entitiesByName('Грюнбаум', 'PER');
      assert.ok(grunbaum);
      assert.equal(await vscode.commands.executeCommand('corpusNavigator.hideEntity', grunbaum.id), true);
      const text = await read();
      assert.match(text, new RegExp(`ignore:\\n {2}- ${grunbaum.name}`));
      assert.match(text, /Стив Уиткофф: Стивен Уиткофф/);
      await waitFor('the entity to go', async () => (!(await labels(people)).includes(grunbaum.name) ? true : undefined));
    });

    it('merges one entity into another of the same type', async () => {
      const { index } = await api();
      const [jared] = index.entitiesByName('Джаред Кушнер', 'PER');
      const [charles] = index.entitiesByName('Чарльз Кушнер', 'PER');
      const before = index.mentionsOf(jared.id).length + index.mentionsOf(charles.id).length;
      assert.equal(await vscode.commands.executeCommand('corpusNavigator.mergeEntity', charles.id, jared.id), true);
      assert.match(await read(), /merge:\n {2}- \[Джаред Кушнер, Чарльз Кушнер\]/);
      await waitFor('the merge', async () => {
        const l = await labels(people);
        return !l.includes('Чарльз Кушнер') && l.includes('Джаред Кушнер') ? true : undefined;
      });
      const { index: after } = await api();
      assert.equal(after.mentionsOf(jared.id).length, before);
    });

    it('edits corpus.yaml in its editor when that has unsaved changes, and leaves saving to the user', async () => {
      const onDisk = await read();
      const document = await vscode.workspace.openTextDocument(correctionsUri());
      await vscode.window.showTextDocument(document);
      const typed = new vscode.WorkspaceEdit();
      typed.insert(document.uri, new vscode.Position(0, 0), '# checked by hand\n');
      assert.ok(await vscode.workspace.applyEdit(typed));
      assert.ok(document.isDirty);
      const { index } = await api();
      const [trump] = index.entitiesByName('Трамп', 'PER');
      assert.equal(await vscode.commands.executeCommand('corpusNavigator.hideEntity', trump.id), true);
      assert.ok(document.isDirty, 'the user’s text is not saved for them');
      const text = document.getText();
      assert.ok(text.includes(`  - ${trump.name}\n`), text);
      assert.equal(text.replace(`  - ${trump.name}\n`, ''), `# checked by hand\n${onDisk}`);
      assert.equal(await read(), onDisk, 'the file is untouched');
      await vscode.commands.executeCommand('workbench.action.files.revert');
      assert.ok(!document.isDirty);
    });

    it('writes a windows-1251 corpus.yaml back in windows-1251, its Cyrillic intact', async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      const text = '# Поправки в windows-1251\nrename:\n  Стив Уиткофф: Стивен Уиткофф  # полное имя\n';
      await vscode.workspace.fs.writeFile(correctionsUri(), encodeText(text, 'windows-1251'));
      const { index } = await api();
      const [jared] = index.entitiesByName('Джаред Кушнер', 'PER');
      assert.equal(await vscode.commands.executeCommand('corpusNavigator.hideEntity', jared.id), true);
      const bytes = await vscode.workspace.fs.readFile(correctionsUri());
      assert.deepEqual([...bytes], [...encodeText(`${text}ignore:\n  - ${jared.name}\n`, 'windows-1251')]);
      await waitFor('the rename and the hide from the windows-1251 file', async () => {
        const l = await labels(people);
        return l.includes('Стивен Уиткофф') && !l.includes('Джаред Кушнер') ? true : undefined;
      });
    });

    it('keeps a change made to corpus.yaml while the Merge pick was open', async () => {
      const utf8 = (t: string): Uint8Array => new TextEncoder().encode(t);
      await vscode.workspace.fs.writeFile(correctionsUri(), utf8('# base\n'));
      const { index } = await api();
      const [charles] = index.entitiesByName('Чарльз Кушнер', 'PER');
      assert.ok(charles);
      const merged = vscode.commands.executeCommand<boolean>('corpusNavigator.mergeEntity', charles.id);
      // The file was read when the pick opened; it changes before the user picks.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      await vscode.workspace.fs.writeFile(correctionsUri(), utf8('# base\nignore:\n  - Реклама  # added meanwhile\n'));
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      assert.equal(await merged, true);
      const text = await read();
      assert.match(text, /^# base\nignore:\n {2}- Реклама {2}# added meanwhile\nmerge:\n {2}- \[[^\]]+, Чарльз Кушнер\]\n$/);
    });
  });
});
