// Go to Definition, Find All References, document highlights and workspace symbols, in a real VS Code.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, articleUri, positionOf } from './helpers';

const fileName = (uri: vscode.Uri): string => uri.path.slice(uri.path.lastIndexOf('/') + 1);

async function textAt(location: vscode.Location): Promise<string> {
  return (await vscode.workspace.openTextDocument(location.uri)).getText(location.range);
}

function asLocation(l: vscode.Location | vscode.LocationLink): vscode.Location {
  return 'targetUri' in l ? new vscode.Location(l.targetUri, l.targetSelectionRange ?? l.targetRange) : l;
}

describe('Navigation: definition, references, highlights, symbols', () => {
  it('goes from a surname in 002 to the mention that introduces the person', async () => {
    const { index } = await api();
    const [witkoff] = index.entitiesByName('Уиткофф', 'PER');
    const intro = index.introducingMention(witkoff.id);
    assert.ok(intro);
    const document = await vscode.workspace.openTextDocument(articleUri('002_f4c982d170557a16.txt'));
    const results = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>(
      'vscode.executeDefinitionProvider',
      document.uri,
      positionOf(document, 'Уиткоффом', 3),
    );
    assert.equal(results.length, 1);
    const target = asLocation(results[0]);
    assert.equal(fileName(target.uri), intro.doc);
    assert.equal(await textAt(target), intro.text);
    assert.ok(intro.text.trim().split(/\s+/).length >= 2, `a full name: ${intro.text}`);
    assert.ok(index.roleOf(intro), 'given with a role');
    if ('originSelectionRange' in results[0] && results[0].originSelectionRange) {
      assert.equal(document.getText(results[0].originSelectionRange), 'Уиткоффом');
    }
  });

  it('has no definition on ordinary words', async () => {
    await api();
    const document = await vscode.workspace.openTextDocument(articleUri('000_e37b06c1d52fef68.txt'));
    const results = await vscode.commands.executeCommand<unknown[]>('vscode.executeDefinitionProvider', document.uri, positionOf(document, 'значительного'));
    assert.equal(results.length, 0);
  });

  it('finds every mention in every article, in all forms and both languages', async () => {
    const { index } = await api();
    const [witkoff] = index.entitiesByName('Уиткофф', 'PER');
    const document = await vscode.workspace.openTextDocument(articleUri('000_e37b06c1d52fef68.txt'));
    const locations = await vscode.commands.executeCommand<vscode.Location[]>(
      'vscode.executeReferenceProvider',
      document.uri,
      positionOf(document, 'Стива Уиткоффа', 8),
    );
    assert.equal(locations.length, index.mentionsOf(witkoff.id).length);
    assert.equal(new Set(locations.map((l) => fileName(l.uri))).size, index.articlesOf(witkoff.id).length);
    const texts = await Promise.all(locations.map(async (l) => `${fileName(l.uri)}:${await textAt(l)}`));
    assert.ok(texts.includes('003_d450a8c0e07fb2e9.txt:Стівом Віткоффом'), texts.join('\n'));
    assert.ok(texts.includes('002_f4c982d170557a16.txt:Стивеном Уиткоффом'), texts.join('\n'));
    assert.ok(texts.includes('001_491d49c81bf1f61b.txt:Виткофф'), texts.join('\n'));
  });

  it('highlights the entity’s mentions in the current article only', async () => {
    const { index } = await api();
    const [witkoff] = index.entitiesByName('Уиткофф', 'PER');
    const document = await vscode.workspace.openTextDocument(articleUri('000_e37b06c1d52fef68.txt'));
    const highlights = await vscode.commands.executeCommand<vscode.DocumentHighlight[]>(
      'vscode.executeDocumentHighlights',
      document.uri,
      positionOf(document, 'Стива Уиткоффа', 8),
    );
    const expected = index.mentionsIn('000_e37b06c1d52fef68.txt').filter((m) => m.entity === witkoff.id);
    assert.equal(highlights.length, expected.length);
    assert.deepEqual(highlights.map((h) => document.getText(h.range)).sort(), expected.map((m) => m.text).sort());
  });

  it('finds people by a loose query as workspace symbols, at their introducing mention', async () => {
    const { index } = await api();
    const [witkoff] = index.entitiesByName('Уиткофф', 'PER');
    const intro = index.introducingMention(witkoff.id);
    assert.ok(intro);
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'уитк');
    const symbol = symbols.find((s) => s.name === 'Стив Уиткофф');
    assert.ok(symbol, symbols.map((s) => s.name).join(', '));
    assert.equal(fileName(symbol.location.uri), intro.doc);
    assert.equal(await textAt(symbol.location), intro.text);
    assert.ok(symbol.containerName, 'a role or type as container');
    const upper = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'УТКФ');
    assert.ok(upper.some((s) => s.name === 'Стив Уиткофф'), 'subsequence, any case');
    // Only a Ukrainian spelling matches: the symbol is named by it, the display name in its container.
    const ukrainian = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Віткоф');
    const spelled = ukrainian.find((s) => s.name === 'Стів Віткофф');
    assert.ok(spelled, ukrainian.map((s) => s.name).join(', '));
    assert.match(spelled.containerName, /Стив Уиткофф/);
    const places = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'париж');
    assert.ok(places.some((s) => s.name === 'Париж' && s.kind === vscode.SymbolKind.Package));
  });

  it('lists events as workspace symbols at their first source', async function () {
    const { index } = await api();
    const event = index.events[0];
    if (!event) this.skip(); // the index does not assemble events yet
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', event.title.slice(0, 4));
    assert.ok(symbols.some((s) => s.name === event.title && s.kind === vscode.SymbolKind.Event));
  });

  it('never gives a wrong answer on an edited, unsaved article', async () => {
    await api();
    const document = await vscode.workspace.openTextDocument(articleUri('000_e37b06c1d52fef68.txt'));
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, new vscode.Position(0, 0), 'Вставка. ');
    assert.ok(await vscode.workspace.applyEdit(edit));
    try {
      const position = positionOf(document, 'Стива Уиткоффа', 8);
      const results = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', document.uri, position);
      // Either nothing (the index has the saved text) or the right person (the index follows the edit).
      for (const l of results.filter((r) => r.uri.toString() === document.uri.toString())) {
        assert.match(document.getText(l.range), /[УВ]иткофф|Стив/);
      }
    } finally {
      const undo = new vscode.WorkspaceEdit();
      undo.delete(document.uri, new vscode.Range(0, 0, 0, 'Вставка. '.length));
      await vscode.workspace.applyEdit(undo);
      // Back to the file on disk, without writing to it.
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
  });
});
