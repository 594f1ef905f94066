// Live updates: the index follows files created, changed, renamed and deleted,
// and unsaved edits, without full rebuilds.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CorpusNavigatorApi } from '../../../src/vscode/extension';
import { api, deleteIfPresent, folder, sleep } from './helpers';

const encoder = new TextEncoder();


/** Waits until the index satisfies the predicate (file events arrive asynchronously). */
async function until(corpus: CorpusNavigatorApi, predicate: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await corpus.ready();
    if (predicate()) return;
    await sleep(100);
  }
  assert.fail(`timed out waiting for: ${what}`);
}

const hasPerson = (corpus: CorpusNavigatorApi, name: string): boolean => corpus.index.entitiesOfType('PER').some((e) => e.name === name);

describe('live updates', () => {
  const created = vscode.Uri.joinPath(folder(), 'zz-live-test.txt');
  const renamed = vscode.Uri.joinPath(folder(), 'zz-live-renamed.txt');

  after(async () => {
    for (const uri of [created, renamed]) await deleteIfPresent(uri);
  });

  it('a new file is indexed, a change re-extracted, a rename followed, a delete forgotten — all incrementally', async () => {
    const corpus = await api();
    const fullBefore = corpus.buildCounts.full;
    const articles = corpus.index.articles.size;

    await vscode.workspace.fs.writeFile(created, encoder.encode('Премьер-министр Канады Марк Карни прибыл в Париж.'));
    await until(corpus, () => hasPerson(corpus, 'Марк Карни'), 'the new article’s person');
    assert.equal(corpus.index.articles.size, articles + 1);

    await vscode.workspace.fs.writeFile(created, encoder.encode('Канцлер Германии Фридрих Мерц прибыл в Париж.'));
    await until(corpus, () => hasPerson(corpus, 'Фридрих Мерц') && !hasPerson(corpus, 'Марк Карни'), 'the changed article');

    await vscode.workspace.fs.rename(created, renamed);
    await until(corpus, () => corpus.index.articles.has('zz-live-renamed.txt') && !corpus.index.articles.has('zz-live-test.txt'), 'the rename');

    await vscode.workspace.fs.delete(renamed);
    await until(corpus, () => !hasPerson(corpus, 'Фридрих Мерц'), 'the deleted article forgotten');
    assert.equal(corpus.index.articles.size, articles);
    assert.equal(corpus.buildCounts.full, fullBefore, 'no full rebuild');
    assert.ok(corpus.buildCounts.incremental >= 4);
  });

  it('unsaved edits in an open article update the index; closing without saving restores it', async () => {
    const corpus = await api();
    const uri = vscode.Uri.joinPath(folder(), '001_491d49c81bf1f61b.txt');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const edit = new vscode.WorkspaceEdit();
    edit.insert(uri, new vscode.Position(0, 0), 'Министр иностранных дел Польши Радослав Сикорский тоже был там. ');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await until(corpus, () => hasPerson(corpus, 'Радослав Сикорский'), 'the unsaved edit');
    assert.equal(corpus.index.articles.get('001_491d49c81bf1f61b.txt')?.text, document.getText());

    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await until(corpus, () => !hasPerson(corpus, 'Радослав Сикорский'), 'the revert');
  });
});

describe('live updates of folders', () => {
  // Moved in from beside the workspace folder (the same disk, so a move is one rename): the watcher then reports
  // the folder alone, never the articles in it; so it does for a folder renamed or deleted.
  const staging = path.join(folder().fsPath, '..', `zz-staging-${process.pid}`);
  const moved = vscode.Uri.joinPath(folder(), 'zz-moved');
  const renamed = vscode.Uri.joinPath(folder(), 'zz-renamed');

  after(async () => {
    fs.rmSync(staging, { recursive: true, force: true });
    for (const uri of [moved, renamed]) await vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  it('a folder of articles moved in is indexed, a rename followed, a delete forgotten — all incrementally', async () => {
    const corpus = await api();
    const fullBefore = corpus.buildCounts.full;
    const articles = corpus.index.articles.size;
    fs.mkdirSync(path.join(staging, 'deep'), { recursive: true });
    fs.writeFileSync(path.join(staging, 'one.txt'), 'Премьер-министр Канады Марк Карни прибыл в Париж.');
    fs.writeFileSync(path.join(staging, 'deep', 'two.md'), 'Канцлер Германии Фридрих Мерц прибыл в Париж.');

    fs.renameSync(staging, moved.fsPath);
    await until(corpus, () => corpus.index.articles.has('zz-moved/one.txt') && corpus.index.articles.has('zz-moved/deep/two.md'), 'the folder moved in');
    assert.ok(hasPerson(corpus, 'Марк Карни') && hasPerson(corpus, 'Фридрих Мерц'));

    fs.renameSync(moved.fsPath, renamed.fsPath);
    await until(corpus, () => corpus.index.articles.has('zz-renamed/deep/two.md') && !corpus.index.articles.has('zz-moved/deep/two.md'), 'the renamed folder');
    assert.equal(corpus.index.articles.size, articles + 2);

    fs.rmSync(renamed.fsPath, { recursive: true });
    await until(corpus, () => corpus.index.articles.size === articles, 'the deleted folder forgotten');
    assert.ok(!hasPerson(corpus, 'Марк Карни') && !hasPerson(corpus, 'Фридрих Мерц'));
    assert.equal(corpus.buildCounts.full, fullBefore, 'no full rebuild');
  });
});

describe('corpus folder setting', () => {
  it('a subfolder becomes the corpus; an empty setting restores the workspace folder', async () => {
    const corpus = await api();
    const config = vscode.workspace.getConfiguration('corpusNavigator');
    const sub = vscode.Uri.joinPath(folder(), 'zz-sub');
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(sub, 'only.txt'), encoder.encode('Канцлер Германии Фридрих Мерц прибыл в Париж.'));
    try {
      await config.update('folder', 'zz-sub', vscode.ConfigurationTarget.Global);
      await until(corpus, () => corpus.index.articles.size === 1 && corpus.index.articles.has('only.txt'), 'the subfolder as the corpus');
    } finally {
      await config.update('folder', undefined, vscode.ConfigurationTarget.Global);
      await vscode.workspace.fs.delete(sub, { recursive: true });
    }
    await until(corpus, () => corpus.index.articles.size === 5, 'the whole sample corpus again');
  });
});
