// Untrusted text stays inert outside hovers too, in a real VS Code: tree tooltips show links, addresses and file
// names as text, quick picks show `$(icon)` as written, and symbolic links neither loop nor reach out of the corpus.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CorpusEvent, Entity } from '../../../src/core/types';
import type { CorpusNavigatorApi } from '../../../src/vscode/extension';
import { dayItem, daysOf, daySourceItem, weekdayFormat } from '../../../src/vscode/features/goToDate';
import { eventItem } from '../../../src/vscode/features/searchEvents';
import { personItem } from '../../../src/vscode/features/searchPeople';
import { quoteItem } from '../../../src/vscode/features/quotesBy';
import { mergeTargetItem } from '../../../src/vscode/features/treeCommands';
import { autolinkIn } from '../../unit/gfmAutolink';
import { api, articleUri, deleteIfPresent, folder } from './helpers';

/** A file name GFM would autolink, and an article whose title and text hold a URL, an address and an icon. */
const NAME = 'www.evil.example.txt';
const TEXT =
  ' date 2026-01-09 https://evil.example/login $(terminal)\n\n' +
  'Спецпосланник президента США Стив Уиткофф прилетел в Париж 9 января на встречу https://evil.example/login ' +
  'boss@evil.example $(terminal) с президентом Франции Эммануэлем Макроном.\n\n' +
  '«Смотрите https://evil.example/quote $(terminal) [жми](command:workbench.action.terminal.new)», — заявил Стив Уиткофф.\n';

/** An icon not escaped: a quick pick would render it. */
const LIVE_ICON = /(?<!\\)\$\(terminal\)/;

const tooltipOf = (item: vscode.TreeItem): string => {
  assert.ok(item.tooltip instanceof vscode.MarkdownString, `${String(item.label)} has a markdown tooltip`);
  return item.tooltip.value;
};

function assertInert(markdown: string, what: string): void {
  assert.equal(autolinkIn(markdown), undefined, `${what}: ${markdown}`);
}

function assertNoIcon(item: vscode.QuickPickItem, what: string): void {
  for (const text of [item.label.replace(/^\$\((?:person|calendar)\) /, ''), item.description ?? '', item.detail ?? '']) {
    assert.doesNotMatch(text, LIVE_ICON, `${what}: ${text}`);
  }
}

describe('Untrusted text outside hovers', () => {
  let corpus: CorpusNavigatorApi;
  let witkoff: Entity;
  let event: CorpusEvent;
  const correctionsUri = (): vscode.Uri => vscode.Uri.joinPath(folder(), 'corpus.yaml');

  before(async () => {
    corpus = await api();
    await vscode.workspace.fs.writeFile(articleUri(NAME), new TextEncoder().encode(TEXT));
    await vscode.commands.executeCommand('corpusNavigator.reindex');
    const [found] = corpus.index.entitiesByName('Стив Уиткофф', 'PER');
    assert.ok(found, 'Стив Уиткофф is in the corpus');
    // A name, aliases and a role from corpus.yaml, which comes with the workspace.
    const yaml = [
      'rename:',
      `  ${found.id}: "www.evil.example $(terminal)"`,
      'aliases:',
      `  ${found.id}: ["mailto:boss@evil.example", "$(terminal) https://evil.example/alias"]`,
      'roles:',
      `  ${found.id}: ["boss@evil.example $(terminal)"]`,
      '',
    ].join('\n');
    await vscode.workspace.fs.writeFile(correctionsUri(), new TextEncoder().encode(yaml));
    await vscode.commands.executeCommand('corpusNavigator.reindex');
    corpus = await api();
    const entity = corpus.index.entities.get(found.id);
    assert.equal(entity?.name, 'www.evil.example $(terminal)', JSON.stringify(corpus.index.problems));
    witkoff = entity;
    const fromArticle = corpus.index.events.find((e) => e.sources.some((s) => s.doc === NAME));
    assert.ok(fromArticle, 'the article reports an event');
    event = fromArticle;
  });

  after(async () => {
    await deleteIfPresent(articleUri(NAME));
    await deleteIfPresent(correctionsUri());
    await vscode.commands.executeCommand('corpusNavigator.reindex');
  });

  it('People: the person and the article tooltips show names, roles, aliases, titles and file names as text', async () => {
    const people = corpus.trees.people!;
    const node = (await people.getChildren()).find((n) => n.kind === 'entity' && n.entity.id === witkoff.id);
    assert.ok(node, 'the person is listed');
    const person = tooltipOf(people.getTreeItem(node));
    assertInert(person, 'person tooltip');
    assert.ok(person.includes('www\\.evil\\.example \\$\\(terminal\\)'), person);
    const article = (await people.getChildren(node)).find((n) => n.kind === 'article' && n.doc === NAME);
    assert.ok(article, `${NAME} is listed under the person`);
    const markdown = tooltipOf(people.getTreeItem(article));
    assertInert(markdown, 'article tooltip');
    assert.ok(markdown.includes('https\\://evil\\.example/login'), markdown);
    assert.ok(markdown.includes('www\\.evil\\.example\\.txt'), markdown);
  });

  it('Events: the event, participant and source tooltips show the sentence and names as text', async () => {
    const events = corpus.trees.events!;
    const day = (await events.getChildren()).find((d) => d.kind === 'day' && d.date === event.date);
    assert.ok(day, `the day ${event.date} is listed`);
    const eventNode = (await events.getChildren(day)).find((n) => n.kind === 'event' && n.event.id === event.id);
    assert.ok(eventNode, 'the event is listed');
    assertInert(tooltipOf(events.getTreeItem(eventNode)), 'event tooltip');
    const children = await events.getChildren(eventNode);
    const source = children.find((n) => n.kind === 'source' && n.source.doc === NAME);
    assert.ok(source, 'the article is a source');
    const sentence = tooltipOf(events.getTreeItem(source));
    assertInert(sentence, 'source tooltip');
    assert.ok(sentence.includes('boss@evil\\.example'), sentence);
    for (const participant of children.filter((n) => n.kind === 'participant')) {
      assertInert(tooltipOf(events.getTreeItem(participant)), 'participant tooltip');
    }
  });

  it('Hover cards use the same escaping: no autolink outside link targets', async () => {
    const document = await vscode.workspace.openTextDocument(articleUri(NAME));
    const at = document.positionAt(document.getText().indexOf('Стив Уиткофф') + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, at);
    const markdown = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
    assert.ok(markdown.includes('www\\.evil\\.example \\$\\(terminal\\)'), markdown);
    // Link targets and titles are no text a reader sees (a title is an attribute, not markdown).
    assertInert(markdown.replace(/\]\([^)\s]*(?: "(?:[^"\\]|\\.)*")?\)/g, ']'), 'hover card');
    // The quote's words are in the card, its link text escaped: no link of its own forms.
    assert.ok(markdown.includes('https\\://evil\\.example/quote'), markdown);
    assert.ok(!markdown.includes('](command:workbench'), markdown);
  });

  it('Quotes: the People tree and Quotes by… show a quote’s words as written, never as markup or an icon', async () => {
    const quote = corpus.index.quotesOf(witkoff.id).find((q) => q.doc === NAME);
    assert.ok(quote, 'the article’s quote is Уиткофф’s');
    const item = quoteItem(corpus, quote);
    assertNoIcon(item, 'quote');
    assert.ok(item.label.includes('[жми](command:workbench.action.terminal.new)'), item.label);
    const people = corpus.trees.people!;
    const node = (await people.getChildren()).find((n) => n.kind === 'entity' && n.entity.id === witkoff.id);
    assert.ok(node);
    const [quotes] = await people.getChildren(node);
    const quoteNode = (await people.getChildren(quotes)).find((n) => n.kind === 'quote' && n.quote.doc === NAME);
    assert.ok(quoteNode, 'the quote is listed');
    const treeItem = people.getTreeItem(quoteNode);
    assert.equal(typeof treeItem.tooltip, 'string', 'a plain-text tooltip');
    assert.ok(String(treeItem.label).includes('https://evil.example/quote $(terminal)'), String(treeItem.label));
  });

  it('Search People, Search Events, Go to Date and Merge Into show $(terminal) as written', () => {
    const person = personItem(corpus, witkoff, corpus.index.mentionsOf(witkoff.id).length);
    assertNoIcon(person, 'person');
    assert.equal(person.label, '$(person) www.evil.example \\$(terminal)');
    assert.match(person.description ?? '', /\\\$\(terminal\)/);
    assertNoIcon(mergeTargetItem(witkoff, 1), 'merge target');
    assertNoIcon(eventItem(corpus, event), 'event');
    const source = event.sources.find((s) => s.doc === NAME)!;
    const mention = daySourceItem(corpus, source);
    assertNoIcon(mention, 'mention of the day');
    assert.match(mention.label, /\\\$\(terminal\)/);
    assert.match(mention.description ?? '', /\\\$\(terminal\)/, 'the title');
    const days = daysOf(corpus.index).filter((d) => d.sources.some((s) => s.doc === NAME));
    assert.ok(days.length > 0);
    for (const day of days) assertNoIcon(dayItem(corpus, day, weekdayFormat()), `day ${day.day}`);
  });

  describe('symbolic links', () => {
    let outside: string;
    const links = ['zz_loop', 'zz_out', 'zz_leak.txt'];
    const linkPath = (name: string): string => path.join(folder().fsPath, name);

    before(async () => {
      outside = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-outside-'));
      fs.writeFileSync(path.join(outside, 'secret.txt'), 'Секретный текст вне корпуса.');
      fs.symlinkSync('.', linkPath('zz_loop'));
      fs.symlinkSync(outside, linkPath('zz_out'));
      fs.symlinkSync(path.join(outside, 'secret.txt'), linkPath('zz_leak.txt'));
      await vscode.commands.executeCommand('corpusNavigator.reindex');
      corpus = await api();
    });

    after(async () => {
      for (const name of links) fs.rmSync(linkPath(name), { force: true });
      fs.rmSync(outside, { recursive: true, force: true });
      await vscode.commands.executeCommand('corpusNavigator.reindex');
    });

    it('index each article once, read nothing outside the corpus, and say so once per link out', () => {
      const paths = [...corpus.index.articles.keys()];
      const throughLinks = paths.filter((p) => p.startsWith('zz_'));
      assert.equal(throughLinks.length, 0, `read through links: ${throughLinks.slice(0, 5).join(', ')}…`);
      assert.ok(paths.includes(NAME));
      const linkProblems = corpus.index.problems.filter((p) => p.path.startsWith('zz_'));
      assert.deepEqual(linkProblems.map((p) => `${p.path} ${p.severity}`).sort(), ['zz_leak.txt warning', 'zz_out warning'], JSON.stringify(linkProblems));
    });
  });
});
