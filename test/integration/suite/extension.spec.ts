// The extension in a real VS Code extension host, on the sample corpus.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, articleUri, positionOf } from './helpers';

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (typeof c === 'string' ? c : c.value))
    .join('\n')
    // MarkdownString.appendText escapes spaces as &nbsp;.
    .replace(/&nbsp;/g, ' ');
}

describe('Corpus Navigator in VS Code', () => {
  it('activates and indexes the sample corpus in the background', async () => {
    const { index } = await api();
    const stats = index.stats();
    assert.equal(stats.articles, 5);
    assert.ok(stats.people >= 10, `${stats.people} people`);
  });

  it('contributes the Corpus views and the Reindex command', async () => {
    await api();
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('corpusNavigator.reindex'));
    // The view container's focus command exists only when the container is contributed.
    assert.ok(commands.includes('workbench.view.extension.corpusNavigator'));
    await vscode.commands.executeCommand('workbench.view.extension.corpusNavigator');
    await vscode.commands.executeCommand('corpusNavigator.people.focus');
  });

  it('shows a hover card on an inflected name', async () => {
    await api();
    const document = await vscode.workspace.openTextDocument(articleUri('000_e37b06c1d52fef68.txt'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      document.uri,
      positionOf(document, 'Стива Уиткоффа', 8),
    );
    const text = hoverText(hovers);
    assert.match(text, /Уиткофф/);
    assert.match(text, /\d+ mentions in [2-5] articles/);
  });

  it('has no hover on ordinary words', async () => {
    await api();
    const document = await vscode.workspace.openTextDocument(articleUri('000_e37b06c1d52fef68.txt'));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      'vscode.executeHoverProvider',
      document.uri,
      positionOf(document, 'значительного'),
    );
    assert.doesNotMatch(hoverText(hovers), /mentions in/);
  });

  it('opens articles with the article grammar', async () => {
    await api();
    const document = await vscode.workspace.openTextDocument(articleUri('003_d450a8c0e07fb2e9.txt'));
    await vscode.window.showTextDocument(document);
    for (let i = 0; i < 50 && vscode.window.activeTextEditor?.document.languageId !== 'corpus-article'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.equal(vscode.window.activeTextEditor?.document.languageId, 'corpus-article');
  });

  it('reindexes on command and reports the counts', async () => {
    await api();
    const stats = await vscode.commands.executeCommand<{ articles: number; people: number }>('corpusNavigator.reindex');
    assert.equal(stats.articles, 5);
  });

  it('opens a source with its span selected', async () => {
    const { index } = await api();
    const [witkoff] = index.entitiesByName('Уиткофф', 'PER');
    const mention = index.mentionsOf(witkoff.id).find((m) => m.doc === '002_f4c982d170557a16.txt');
    assert.ok(mention);
    await vscode.commands.executeCommand('corpusNavigator.openSource', mention);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    assert.equal(editor.document.getText(editor.selection), mention.text);
  });
});
