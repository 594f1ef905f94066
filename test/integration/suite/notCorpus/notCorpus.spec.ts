// Opened on test/fixtures/plain-repo (README.md, LICENSE.txt, src/index.ts): a repository, not a news corpus.
// It must not be indexed on its own; the views offer Index This Folder, which indexes it with progress.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { api, folder, sleep, deleteIfPresent } from '../helpers';

const RUSSIAN_PROSE = 'Президент встретился с министрами в столице, чтобы обсудить подготовку к саммиту. '.repeat(5);

describe('a code repository, not a corpus', () => {
  it('is not indexed when the extension starts', async () => {
    const corpus = await api();
    assert.ok(folder().path.endsWith('/test/fixtures/plain-repo'), folder().toString());
    assert.equal(corpus.indexState, 'notCorpus');
    assert.equal(corpus.index.stats().articles, 0);
    assert.equal(corpus.buildCounts.full, 0);
    assert.ok((await vscode.commands.getCommands(true)).includes('corpusNavigator.indexThisFolder'));
  });

  it('is not followed while it is not indexed: a new file reindexes nothing', async () => {
    const corpus = await api();
    const note = vscode.Uri.joinPath(folder(), 'notes.txt');
    try {
      await vscode.workspace.fs.writeFile(note, new TextEncoder().encode(RUSSIAN_PROSE));
      // Longer than the live-update delay (300 ms).
      await sleep(1500);
      await corpus.ready();
      assert.deepEqual({ ...corpus.buildCounts }, { full: 0, incremental: 0 });
    } finally {
      await deleteIfPresent(note);
    }
  });

  it('is indexed on Index This Folder, the views counting the articles meanwhile', async () => {
    const corpus = await api();
    const messages: (string | undefined)[][] = [];
    const listening = corpus.onDidChangeProgress((progress) => {
      if (progress?.done === 1) messages.push([corpus.trees.people?.view?.message, corpus.trees.events?.view?.message, corpus.trees.placesOrgs?.view?.message]);
    });
    let stats: { articles: number } | undefined;
    try {
      stats = await vscode.commands.executeCommand<{ articles: number }>('corpusNavigator.indexThisFolder');
    } finally {
      listening.dispose();
    }
    assert.deepEqual(messages, [Array(3).fill('Indexing 1 of 2 articles…')]);
    // README.md and LICENSE.txt: the default include globs.
    assert.equal(stats?.articles, 2);
    assert.equal(corpus.indexState, 'indexed');
  });
});
