// The stored index in the real editor: written to the extension's storage after indexing; a new service on the
// same storage (a reopened window) shows the corpus from it without building; a damaged store is reported and
// replaced by a build from the files; Clear Stored Index removes it and reads the corpus again.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { snapshotFile } from '../../../src/core/store/storedIndex';
import type { CorpusService } from '../../../src/vscode/corpusService';
import type { CorpusNavigatorApi } from '../../../src/vscode/extension';
import { fileExists } from '../../../src/vscode/workspaceFileSystem';
import { api, folder, sleep } from './helpers';

const MANIFEST = 'manifest.json';
const ARTICLE = '000_e37b06c1d52fef68.txt';

/**
 * The store as written after the last build (a save otherwise waits for the builds to pause), once the earlier
 * specs' edits have stopped arriving: a file event still on its way would make the reopened window rightly
 * see a changed file.
 */
async function stored(corpus: CorpusNavigatorApi): Promise<void> {
  for (let builds = -1; builds !== corpus.buildCounts.full + corpus.buildCounts.incremental; ) {
    builds = corpus.buildCounts.full + corpus.buildCounts.incremental;
    await corpus.ready();
    await corpus.storeNow();
    await sleep(1000);
  }
  assert.ok(await fileExists(vscode.Uri.joinPath(corpus.storeFolder, MANIFEST)), 'the store is written');
}

/** A reopened window's service: started, with what its views were shown, in order. */
async function reopened(corpus: CorpusNavigatorApi): Promise<{ service: CorpusService; shown: number[] }> {
  const service = corpus.openAnotherService();
  const shown: number[] = [];
  service.onDidChange((index) => shown.push(index.stats().articles));
  await service.start();
  return { service, shown };
}

const names = (service: { index: CorpusNavigatorApi['index'] }): string[] =>
  service.index
    .entitiesOfType('PER')
    .map((e) => e.name)
    .sort();

describe('the stored index', function () {
  this.timeout(60_000);

  it('is written after indexing, and a reopened window shows the corpus from it without building it again', async () => {
    const corpus = await api();
    await stored(corpus);
    const { service, shown } = await reopened(corpus);
    try {
      assert.equal(service.buildCounts.full, 0, `no file changed: nothing was built (${JSON.stringify(service.storeCheck)})`);
      assert.deepEqual(shown, [5], 'shown once, from the store');
      assert.equal(service.indexState, 'indexed');
      assert.deepEqual(names(service), names(corpus));
    } finally {
      service.dispose();
    }
  });

  it('keeps an article edited back to its text and reverted as the file on disk: a reopened window builds nothing', async () => {
    const corpus = await api();
    const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder(), ARTICLE));
    try {
      const insert = new vscode.WorkspaceEdit();
      insert.insert(document.uri, new vscode.Position(0, 0), 'Вставка. ');
      assert.ok(await vscode.workspace.applyEdit(insert));
      await stored(corpus);
      const remove = new vscode.WorkspaceEdit();
      remove.delete(document.uri, new vscode.Range(0, 0, 0, 'Вставка. '.length));
      assert.ok(await vscode.workspace.applyEdit(remove));
      await stored(corpus);
      // The text is the file's again, but unsaved until the editor is reverted, which changes no text.
      assert.equal(document.isDirty, true);
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
      assert.equal(document.isDirty, false);
      await stored(corpus);
      const { service } = await reopened(corpus);
      service.dispose();
      assert.equal(service.buildCounts.full, 0, `nothing was built (${JSON.stringify(service.storeCheck)})`);
    } finally {
      if (document.isDirty) await vscode.commands.executeCommand('workbench.action.files.revert');
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
    }
  });

  it('is rebuilt from the files when damaged, never used', async () => {
    const corpus = await api();
    await stored(corpus);
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(corpus.storeFolder, snapshotFile(0)), new TextEncoder().encode('{"field":"articles","items":[{"path":'));
    const { service, shown } = await reopened(corpus);
    try {
      assert.deepEqual(shown, [5], 'shown once, from a build');
      assert.equal(service.buildCounts.full, 1);
      assert.deepEqual(names(service), names(corpus));
    } finally {
      service.dispose();
    }
  });

  it('is written when the window closes while its save still waits for its delay', async () => {
    const corpus = await api();
    // This window's saves written, none waiting; the store may be gone (a damaged one is removed when read).
    await corpus.storeNow();
    const manifest = vscode.Uri.joinPath(corpus.storeFolder, MANIFEST);
    // Without a store, the reopened window indexes from the files and saves two seconds after.
    if (await fileExists(manifest)) await vscode.workspace.fs.delete(manifest);
    const { service } = await reopened(corpus);
    try {
      assert.equal(service.buildCounts.full, 1);
      assert.equal(await fileExists(manifest), false, 'the save waits for its delay');
      await service.saveBeforeClosing();
      assert.ok(await fileExists(manifest), 'written as the window closes (deactivate)');
    } finally {
      service.dispose();
    }
  });

  it('is removed by Clear Stored Index, which reads the corpus again', async () => {
    const corpus = await api();
    const fullBuilds = corpus.buildCounts.full;
    await vscode.commands.executeCommand('corpusNavigator.clearStore');
    assert.equal(await fileExists(vscode.Uri.joinPath(corpus.storeFolder, MANIFEST)), false, 'removed (and not yet written again)');
    assert.equal(corpus.buildCounts.full, fullBuilds + 1);
    assert.equal(corpus.index.stats().articles, 5);
    await stored(corpus);
  });
});
