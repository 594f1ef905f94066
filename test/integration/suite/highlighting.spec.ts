// Names and dates colored in articles through semantic tokens, and the setting that turns it off.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CorpusNavigatorApi } from '../../../src/vscode/extension';

async function openArticle(name: string): Promise<vscode.TextDocument> {
  const extension = vscode.extensions.getExtension<CorpusNavigatorApi>('corpus-navigator.corpus-navigator')!;
  await (await extension.activate()).ready();
  const uri = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, name);
  let document = await vscode.workspace.openTextDocument(uri);
  document = await vscode.languages.setTextDocumentLanguage(document, 'corpus-article');
  return document;
}

/** The token types the provider reports, decoded from the relative encoding. */
async function tokenTexts(document: vscode.TextDocument): Promise<[string, string][]> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', document.uri);
  const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', document.uri);
  const out: [string, string][] = [];
  let line = 0;
  let character = 0;
  const data = tokens?.data ?? new Uint32Array();
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    const range = new vscode.Range(line, character, line, character + data[i + 2]);
    out.push([document.getText(range), legend.tokenTypes[data[i + 3]]]);
  }
  return out;
}

describe('semantic highlighting', () => {
  it('colors people, places, organizations and dates', async () => {
    const texts = await tokenTexts(await openArticle('002_f4c982d170557a16.txt'));
    const has = (text: string, type: string) => texts.some(([t, k]) => t === text && k === type);
    assert.ok(has('Стивеном Уиткоффом', 'corpusPerson'), JSON.stringify(texts.slice(0, 10)));
    assert.ok(has('Париже', 'corpusPlace'));
    assert.ok(has('СНБО', 'corpusOrganization'));
    assert.ok(has('6 января', 'corpusDate'));
  });

  it('the setting turns it off', async () => {
    const config = vscode.workspace.getConfiguration('corpusNavigator');
    await config.update('decorations.enabled', false, vscode.ConfigurationTarget.Global);
    try {
      assert.deepEqual(await tokenTexts(await openArticle('002_f4c982d170557a16.txt')), []);
    } finally {
      await config.update('decorations.enabled', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
