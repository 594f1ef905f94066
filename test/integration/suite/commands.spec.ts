// The command-palette features, driven through their commands' no-UI arguments, plus the live preview
// of the quick picks, in a real VS Code on the sample corpus.
import * as assert from 'node:assert/strict';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { parse } from 'yaml';
import type { ExtractionJson } from '../../../src/core/export';
import type { SearchHit } from '../../../src/core/search/searchIndex';
import type { SearchCorpusPage } from '../../../src/vscode/features/searchCorpus';
import type { Entity, Quote, SourceRef } from '../../../src/core/types';
import { api, articleUri, deleteIfPresent, sleep } from './helpers';

const RU_ARTICLE = '002_f4c982d170557a16.txt';
const UK_ARTICLE = '003_d450a8c0e07fb2e9.txt';

async function until(condition: () => boolean, what: string, ms = 5000): Promise<void> {
  for (const started = Date.now(); !condition(); ) {
    if (Date.now() - started > ms) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const activePath = (): string | undefined => vscode.window.activeTextEditor?.document.uri.path;

describe('Corpus commands', () => {
  before(async () => {
    await api();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('Search Corpus finds every form of a name in both languages', async () => {
    const { index } = await api();
    const surfaces = async (query: string): Promise<{ doc: string; text: string }[]> => {
      const hits = await vscode.commands.executeCommand<SearchHit[]>('corpusNavigator.searchCorpus', query);
      return hits.map((h) => ({ doc: h.doc, text: index.articles.get(h.doc)!.text.slice(h.start, h.end) }));
    };
    // The samples write Буданов only in the nominative: an oblique query finds it in both languages.
    const budanov = await surfaces('Буданова');
    assert.ok(budanov.some((h) => h.doc === RU_ARTICLE && h.text === 'Буданов'), JSON.stringify(budanov));
    assert.ok(budanov.some((h) => h.doc === UK_ARTICLE && h.text === 'Буданов'), JSON.stringify(budanov));
    // Уиткофф: genitive and instrumental in Russian, the Ukrainian spelling Віткоффом.
    const witkoff = (await surfaces('Уиткофф')).map((h) => h.text);
    for (const form of ['Уиткоффа', 'Уиткоффом', 'Віткоффом']) assert.ok(witkoff.includes(form), `${form} in ${witkoff.join(', ')}`);
    const talks = (await surfaces('переговоры')).map((h) => h.text.toLowerCase());
    for (const form of ['переговоров', 'переговорах', 'переговорів']) assert.ok(talks.includes(form), `${form} in ${talks.join(', ')}`);
  });

  it('Search Corpus opens the exact span of the hit picked (initial query from the selection)', async () => {
    const document = await vscode.workspace.openTextDocument(articleUri(RU_ARTICLE));
    const offset = document.getText().indexOf('Уиткоффом');
    assert.ok(offset >= 0);
    await vscode.window.showTextDocument(document, {
      selection: new vscode.Range(document.positionAt(offset), document.positionAt(offset + 'Уиткоффом'.length)),
    });
    const picked = vscode.commands.executeCommand<SearchHit | undefined>('corpusNavigator.searchCorpus');
    // Wait for the debounced search to fill the pick, then accept the first hit.
    await new Promise((resolve) => setTimeout(resolve, 1200));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const hit = await picked;
    assert.ok(hit, 'a hit was picked');
    await until(() => activePath()?.endsWith(hit.doc) === true, `${hit.doc} to open`);
    const editor = vscode.window.activeTextEditor!;
    assert.match(editor.document.getText(editor.selection), /^(?:Уиткофф|Віткофф)/);
  });

  it('Search Corpus shows the hit as the label, its context as text, the count of hits, and when they were cut', async () => {
    const corpus = await api();
    // Article text and file names are untrusted: brackets of their own and icon syntax, and enough hits to be cut.
    const name = 'zz-search-$(gear).txt';
    const uri = articleUri(name);
    const text = ' date 2026-01-09 Проверка поиска\nВ [скобках] и $(terminal) о переговорах.\n' + 'переговорах '.repeat(320) + '\n';
    try {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
      for (let i = 0; i < 60 && !corpus.index.articles.has(name); i++) await corpus.ready().then(() => sleep(100));
      assert.ok(corpus.index.articles.has(name), 'the test article is indexed');
      const hits = await vscode.commands.executeCommand<SearchHit[]>('corpusNavigator.searchCorpus', 'переговоры');
      const page = await vscode.commands.executeCommand<SearchCorpusPage>('corpusNavigator.searchCorpus', { query: 'переговоры' });
      assert.equal(page.items.length, 300);
      assert.equal(page.title, `Showing the first 300 of ${hits.length.toLocaleString('en')} hits — refine the query`);
      for (const item of page.items) {
        const surface = corpus.index.articles.get(item.hit.doc)!.text.slice(item.hit.start, item.hit.end);
        assert.equal(item.label, surface, 'the label is the word found, with no brackets around it');
      }
      const own = page.items.find((item) => item.hit.doc === name && item.hit.line === 1);
      assert.ok(own, 'the hit on the bracket line is shown');
      assert.equal(own.detail, 'В [скобках] и \\$(terminal) о переговорах.', 'the context keeps the text’s own brackets; $(…) stays text');
      assert.equal(own.description, 'zz-search-\\$(gear).txt:2');

      const few = await vscode.commands.executeCommand<SearchCorpusPage>('corpusNavigator.searchCorpus', { query: 'Уиткофф' });
      const all = await vscode.commands.executeCommand<SearchHit[]>('corpusNavigator.searchCorpus', 'Уиткофф');
      assert.ok(all.length > 1 && all.length < 300);
      assert.equal(few.items.length, all.length);
      assert.equal(few.title, `${all.length} hits in ${new Set(all.map((h) => h.doc)).size} articles`);
      const none = await vscode.commands.executeCommand<SearchCorpusPage>('corpusNavigator.searchCorpus', { query: 'абырвалгщ' });
      assert.deepEqual([none.items.length, none.title], [0, 'No hits']);
    } finally {
      await deleteIfPresent(uri);
    }
  });

  it('Export Index writes valid JSON and YAML', async () => {
    const { index } = await api();
    for (const format of ['json', 'yaml'] as const) {
      const uri = vscode.Uri.file(path.join(os.tmpdir(), `corpus-nav-export-${process.pid}-${Date.now()}.${format}`));
      try {
        const written = await vscode.commands.executeCommand<vscode.Uri>('corpusNavigator.exportIndex', { format, uri });
        assert.equal(written?.toString(), uri.toString());
        const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
        const data = (format === 'json' ? JSON.parse(text) : parse(text)) as ExtractionJson;
        assert.equal(data.documents.length, index.articles.size);
        assert.equal(data.entities.length, index.entities.size);
        assert.ok(data.documents.every((d) => Array.isArray(d.mentions)));
        assert.deepEqual(data.quotes, index.quotes.map((q) => ({ speaker: q.speaker, doc: q.doc, start: q.start, end: q.end })));
        assert.ok(data.quotes.length > 0, 'the samples have quotes');
      } finally {
        await deleteIfPresent(uri);
      }
    }
  });

  it('Quotes by… picks a person, then a quote, and opens its span', async () => {
    const { index } = await api();
    const [top] = index.quotedPeople();
    const picked = vscode.commands.executeCommand<Quote | undefined>('corpusNavigator.quotesBy');
    // The people first (most quoted on top), then that person's quotes (newest on top), each accepted as it shows.
    await new Promise((resolve) => setTimeout(resolve, 800));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await sleep(800);
    const newest = index.quotesOf(top.entity.id)[0];
    await until(() => activePath()?.endsWith(newest.doc) === true, `a preview of ${newest.doc}`);
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    assert.deepEqual(await picked, newest);
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.getText(editor.selection), index.textAt(newest));
  });

  it('Quotes by… with a person’s id lists only their quotes', async () => {
    const { index } = await api();
    const [budanov] = index.entitiesByName('Буданов', 'PER');
    const quotes = index.quotesOf(budanov.id);
    assert.ok(quotes.length > 0);
    const picked = vscode.commands.executeCommand<Quote | undefined>('corpusNavigator.quotesBy', budanov.id);
    await until(() => activePath()?.endsWith(quotes[0].doc) === true, `a preview of ${quotes[0].doc}`);
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    assert.deepEqual(await picked, quotes[0]);
  });

  it('Go to Date opens an article on the day with the span selected', async () => {
    const { index } = await api();
    const source = await vscode.commands.executeCommand<SourceRef | undefined>('corpusNavigator.goToDate', '2026-01-06');
    assert.ok(source, 'the day has a source');
    await until(() => activePath()?.endsWith(source.doc) === true, `${source.doc} to open`);
    const editor = vscode.window.activeTextEditor!;
    assert.ok(!editor.selection.isEmpty, 'a selection');
    assert.equal(editor.document.getText(editor.selection), index.articles.get(source.doc)!.text.slice(source.start, source.end));
  });

  it('Search People finds a person by another spelling', async () => {
    const people = await vscode.commands.executeCommand<Entity[]>('corpusNavigator.searchPeople', 'Віткофф');
    assert.ok(people.some((p) => p.name === 'Стив Уиткофф'), people.map((p) => p.name).join(', '));
  });

  it('Search Events filters the events', async () => {
    const { index } = await api();
    const all = await vscode.commands.executeCommand<unknown[]>('corpusNavigator.searchEvents', '');
    assert.equal(all.length, index.events.length);
    const none = await vscode.commands.executeCommand<unknown[]>('corpusNavigator.searchEvents', 'no such event anywhere');
    assert.equal(none.length, 0);
  });

  it('the pick previews the active item and Escape restores the editor that was active', async () => {
    const { index } = await api();
    const [top] = index
      .entitiesOfType('PER')
      .map((e) => [e, index.mentionsOf(e.id).length] as const)
      .sort((a, b) => b[1] - a[1] || a[0].name.localeCompare(b[0].name));
    const firstDoc = index.mentionsOf(top[0].id)[0].doc;
    const other = [...index.articles.keys()].find((p) => p !== firstDoc)!;
    const document = await vscode.workspace.openTextDocument(articleUri(other));
    await vscode.window.showTextDocument(document, { preview: false });
    const picked = vscode.commands.executeCommand('corpusNavigator.searchPeople');
    await until(() => activePath()?.endsWith(firstDoc) === true, `a preview of ${firstDoc}`);
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    assert.equal(await picked, undefined);
    await until(() => activePath()?.endsWith(other) === true, `${other} to come back`);
  });

  it('Open corpus.yaml opens the file at the root, and does not create it unless asked', async () => {
    const file = articleUri('corpus.yaml');
    const existed = await vscode.workspace.fs.stat(file).then(() => true, () => false);
    const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('corpusNavigator.openCorrections', { create: false });
    if (existed) {
      assert.equal(uri?.toString(), file.toString());
      await until(() => activePath() === file.path, 'corpus.yaml to open');
    } else {
      assert.equal(uri, undefined);
      assert.equal(await vscode.workspace.fs.stat(file).then(() => true, () => false), false);
    }
  });
});
