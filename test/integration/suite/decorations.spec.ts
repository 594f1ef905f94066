// Names and dates colored in visible articles, and the setting that turns it off.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CorpusNavigatorApi } from '../../../src/vscode/extension';
import { api, articleUri, sleep } from './helpers';


async function shownArticle(name: string): Promise<{ api: CorpusNavigatorApi; editor: vscode.TextEditor }> {
  const corpus = await api();
  const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(articleUri(name)));
  return { api: corpus, editor };
}

/** The decorated texts of an editor, once they settle. */
async function decorated(api: CorpusNavigatorApi, editor: vscode.TextEditor, expectAny: boolean): Promise<[string, string][]> {
  for (let i = 0; i < 30; i++) {
    const applied = api.decorations.get(editor.document.uri.toString()) ?? [];
    if (applied.length > 0 === expectAny) return applied.map(({ type, range }) => [editor.document.getText(range), type]);
    await sleep(100);
  }
  assert.fail(`decorations did not ${expectAny ? 'appear' : 'go away'}`);
}

describe('decorations', () => {
  it('color people, places, organizations and dates', async () => {
    const { api, editor } = await shownArticle('002_f4c982d170557a16.txt');
    const texts = await decorated(api, editor, true);
    const has = (text: string, type: string) => texts.some(([t, k]) => t === text && k === type);
    assert.ok(has('Стивеном Уиткоффом', 'PER'), JSON.stringify(texts.slice(0, 8)));
    assert.ok(has('Париже', 'LOC'));
    assert.ok(has('СНБО', 'ORG'));
    assert.ok(has('6 января', 'DATE'));
  });

  it('the setting turns them off and on', async () => {
    const { api, editor } = await shownArticle('003_d450a8c0e07fb2e9.txt');
    const config = vscode.workspace.getConfiguration('corpusNavigator');
    await config.update('decorations.enabled', false, vscode.ConfigurationTarget.Global);
    try {
      assert.deepEqual(await decorated(api, editor, false), []);
    } finally {
      await config.update('decorations.enabled', undefined, vscode.ConfigurationTarget.Global);
    }
    assert.ok((await decorated(api, editor, true)).length > 0);
  });
});
