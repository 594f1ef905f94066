// Indexing as the user sees it: the views count the articles while a full build runs, Cancel Indexing stops it
// and keeps the last index, and the sort order and filters of the views come back after a reload.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CorpusNavigatorApi } from '../../../src/vscode/extension';
import { api } from './helpers';

const viewMessages = (corpus: CorpusNavigatorApi): (string | undefined)[] =>
  [corpus.trees.people, corpus.trees.events, corpus.trees.placesOrgs].map((tree) => tree?.view?.message);

describe('indexing', () => {
  it('is taken for a corpus and indexed on its own: its .txt files read like news', async () => {
    const corpus = await api();
    assert.equal(corpus.indexState, 'indexed');
    assert.equal(corpus.index.stats().articles, 5);
  });

  it('says in every view how many articles it has read', async () => {
    const corpus = await api();
    const seen: (string | undefined)[][] = [];
    const listening = corpus.onDidChangeProgress((progress) => {
      // The first article is always reported; five are read before the next report is due.
      if (progress?.done === 1) seen.push(viewMessages(corpus));
    });
    try {
      await vscode.commands.executeCommand('corpusNavigator.reindex');
    } finally {
      listening.dispose();
    }
    assert.deepEqual(seen, [Array(3).fill('Indexing 1 of 5 articles…')]);
    assert.equal(corpus.indexState, 'indexed');
    for (const message of viewMessages(corpus)) assert.doesNotMatch(message ?? '', /Indexing/);
  });

  it('reports progress at most four times a second: tree views show a message only once changes pause for 200 ms', async () => {
    const corpus = await api();
    const times: number[] = [];
    const listening = corpus.onDidChangeProgress((progress) => {
      if (progress?.total !== undefined) times.push(Date.now());
    });
    try {
      await vscode.commands.executeCommand('corpusNavigator.reindex');
    } finally {
      listening.dispose();
    }
    assert.ok(times.length >= 1, 'the first article is reported');
    const gaps = times.slice(1).map((time, i) => time - times[i]);
    assert.ok(gaps.every((gap) => gap >= 250), `gaps between reports: ${gaps.join(', ')} ms`);
  });

  it('stops on Cancel Indexing, keeps the index it had, and Reindex starts again', async () => {
    const corpus = await api();
    const before = corpus.index;
    const fullBuilds = corpus.buildCounts.full;
    const listening = corpus.onDidChangeProgress((progress) => {
      if (progress?.done === 1) void vscode.commands.executeCommand('corpusNavigator.cancelIndexing');
    });
    let result: unknown;
    try {
      result = await vscode.commands.executeCommand('corpusNavigator.reindex');
    } finally {
      listening.dispose();
    }
    assert.equal(result, undefined, 'a cancelled reindex reports no counts');
    assert.equal(corpus.indexState, 'cancelled');
    assert.equal(corpus.index, before);
    assert.equal(corpus.buildCounts.full, fullBuilds);
    for (const message of viewMessages(corpus)) assert.doesNotMatch(message ?? '', /Indexing/);

    const stats = await vscode.commands.executeCommand<{ articles: number }>('corpusNavigator.reindex');
    assert.equal(stats?.articles, 5);
    assert.equal(corpus.indexState, 'indexed');
  });

  it('brings back the People sort and the filters after a reload', async () => {
    const corpus = await api();
    const { people, events, placesOrgs } = corpus.trees;
    assert.ok(people && events && placesOrgs);
    try {
      await vscode.commands.executeCommand('corpusNavigator.sortByName');
      await vscode.commands.executeCommand('corpusNavigator.filterPeople', 'Уит');
      await vscode.commands.executeCommand('corpusNavigator.filterEvents', 'Париж');
      // A new window starts with new trees: forget the state in memory, not in workspace state.
      people.sort = 'mentions';
      people.filter = '';
      events.filter = '';
      await corpus.restoreViewState();
      assert.equal(people.sort, 'name');
      assert.equal(people.filter, 'Уит');
      assert.equal(events.filter, 'Париж');
      assert.equal(placesOrgs.filter, '');
      assert.equal(people.view?.description, 'filter: Уит');
      assert.ok(people.getChildren().length > 0, 'the filter is applied to a tree that still lists Уиткофф');
    } finally {
      await vscode.commands.executeCommand('corpusNavigator.sortByMentions');
      await vscode.commands.executeCommand('corpusNavigator.clearFilter');
    }
  });
});
