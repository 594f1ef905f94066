// The Timeline panel in the real editor, on the samples: the page draws what the index holds, a zoom rebuckets,
// an event's sources and a bucket's articles open in the editor, a person is plotted from the People view's
// command, a refused action opens nothing, the query outlives the panel (closed and opened again), and the picture
// follows a new article.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TimelineQuery } from '../../../src/core/pictures/timeline';
import type { PictureProbe } from '../../../src/vscode/pictures/picturePanel';
import type { CorpusNavigatorApi } from '../../../src/vscode/extension';
import { api, deleteIfPresent, folder, sleep } from './helpers';
import { click, drawn, openedEditor, reveal, timelineProbe } from './timelineProbe';

describe('Timeline panel', function () {
  this.timeout(60_000);
  let corpus: CorpusNavigatorApi;
  let probe: PictureProbe;

  before(async () => {
    corpus = await api();
    probe = timelineProbe(corpus);
    await vscode.commands.executeCommand('corpusNavigator.showTimeline');
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens from its command and the page draws every article, the undated counted apart, and the events', async () => {
    const { data, counts } = await drawn(probe, 'the first timeline');
    assert.ok(probe.isOpen);
    const index = corpus.index;
    const undated = [...index.articles.values()].filter((a) => !a.date).length;
    assert.equal(data.timeline.articles, index.articles.size);
    assert.equal(data.timeline.undated, undated);
    assert.equal(counts.articles, index.articles.size);
    assert.equal(counts.undated, undated);
    assert.equal(counts.events, index.events.length, 'every event is drawn');
    assert.equal(counts.buckets, data.timeline.buckets.length, 'every bucket is drawn');
    assert.ok(counts.buckets > 0);
    assert.equal(data.strings.day.length > 0, true, 'the page has its words');
    assert.equal(data.locale, vscode.env.language, 'the page is told the editor\'s language, for its dates');
  });

  it('zooms to days and to months: the buckets follow', async () => {
    const query = (await reveal(probe, 'the timeline')).data.query;
    const days = await click(probe, { type: 'query', query: { ...query, zoom: 'day' } }, 'the days');
    assert.equal(days.data.timeline.zoom, 'day');
    assert.ok(days.data.timeline.buckets.every((b) => b.start === b.end));
    const months = await click(probe, { type: 'query', query: { ...query, zoom: 'month' } }, 'the months');
    assert.ok(months.data.timeline.buckets.every((b) => /^\d{4}-\d{2}$/.test(b.key)));
    assert.ok(months.counts.buckets <= days.counts.buckets);
  });

  it('an event lists its sources, and a source opens with its sentence selected', async () => {
    const event = corpus.index.events[0];
    assert.ok(event, 'the samples have an event');
    const { data, counts } = await click(probe, { type: 'event', id: event.id }, 'the event');
    assert.ok(data.details?.kind === 'event');
    assert.equal(counts.listed, event.sources.length);
    const source = data.details.event.sources[0];
    await probe.receive({ type: 'action', action: { type: 'open', source: { doc: source.doc, start: source.start, end: source.end } } });
    const editor = await openedEditor(source.doc);
    assert.equal(editor.document.offsetAt(editor.selection.start), source.start);
    assert.equal(editor.document.offsetAt(editor.selection.end), source.end);
  });

  it('a bucket lists its articles, and one opens', async () => {
    const { data } = await reveal(probe, 'the timeline');
    const bucket = data.timeline.buckets.find((b) => b.articles > 0);
    assert.ok(bucket);
    const shown = await click(probe, { type: 'bucket', day: bucket.start }, 'the bucket');
    assert.ok(shown.data.details?.kind === 'bucket');
    assert.equal(shown.data.details.bucket.total, bucket.articles);
    assert.equal(shown.counts.listed, bucket.articles + shown.data.details.bucket.events.length);
    const article = shown.data.details.bucket.articles[0];
    await probe.receive({ type: 'action', action: { type: 'open', source: { doc: article.doc, start: 0, end: 0 } } });
    await openedEditor(article.doc);
  });

  it('refuses to open a file outside the index', async () => {
    await reveal(probe, 'the timeline');
    await probe.receive({ type: 'action', action: { type: 'open', source: { doc: '../package.json', start: 0, end: 0 } } });
    await sleep(300);
    assert.ok(!vscode.window.visibleTextEditors.some((e) => e.document.uri.path.endsWith('/package.json')), 'nothing opened');
    assert.ok(probe.isOpen);
  });

  it('"Show on Timeline" on a person plots their mentions per bucket', async () => {
    const person = corpus.index.entitiesOfType('PER').sort((a, b) => corpus.index.mentionsOf(b.id).length - corpus.index.mentionsOf(a.id).length)[0];
    await vscode.commands.executeCommand('corpusNavigator.showOnTimeline', person.id);
    let shown = await reveal(probe, 'the plotted person');
    for (const until = Date.now() + 10_000; !shown.data.timeline.people.some((p) => p.id === person.id) && Date.now() < until; ) {
      await sleep(50);
      shown = await drawn(probe, 'the plotted person');
    }
    assert.deepEqual(shown.data.timeline.people.map((p) => p.id), [person.id]);
    assert.equal(shown.counts.people, 1);
    const dated = new Set([...corpus.index.articles.values()].filter((a) => a.date).map((a) => a.path));
    const expected = corpus.index.mentionsOf(person.id).filter((m) => dated.has(m.doc)).length;
    assert.equal(shown.data.timeline.buckets.reduce((n, b) => n + b.mentions[0], 0), expected);
  });

  it('"Show on Timeline" from the People view\'s context menu (a tree node) adds a second person; a place is not plotted', async () => {
    const people = corpus.trees.people;
    assert.ok(people, 'the People view is registered');
    const node = people.getChildren().find((n) => 'entity' in n && n.entity.type === 'PER' && !(probe.lastData?.data as { query: { people: string[] } }).query.people.includes(n.entity.id));
    assert.ok(node && 'entity' in node);
    await vscode.commands.executeCommand('corpusNavigator.showOnTimeline', node);
    let shown = await reveal(probe, 'two people');
    for (const until = Date.now() + 10_000; shown.data.timeline.people.length < 2 && Date.now() < until; await sleep(50)) shown = await drawn(probe, 'two people');
    assert.equal(shown.data.timeline.people[1]?.id, node.entity.id);
    assert.equal(shown.counts.people, 2);
    await vscode.commands.executeCommand('corpusNavigator.showOnTimeline', corpus.index.entitiesOfType('LOC')[0].id);
    await sleep(300);
    assert.equal((await drawn(probe, 'the same two people')).data.timeline.people.length, 2);
  });

  it('filters by a place: only the articles mentioning it', async () => {
    const place = corpus.index.entitiesOfType('LOC')[0];
    const query = (await reveal(probe, 'the timeline')).data.query;
    const { data } = await click(probe, { type: 'query', query: { ...query, filter: [place.id] } }, 'the filtered timeline');
    assert.equal(data.timeline.articles, corpus.index.articlesOf(place.id).length);
    await click(probe, { type: 'query', query: { ...query, filter: [] } }, 'the whole timeline');
  });

  it('keeps its zoom, filter and plotted people when closed and opened again (a reload restores the panel the same way)', async () => {
    const place = corpus.index.entitiesOfType('LOC')[0];
    const person = corpus.index.entitiesOfType('PER')[0];
    const kept: TimelineQuery = { zoom: 'month', filter: [place.id], people: [person.id] };
    await click(probe, { type: 'query', query: kept }, 'the query to keep');
    try {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      for (const until = Date.now() + 10_000; probe.isOpen && Date.now() < until; ) await sleep(50);
      assert.ok(!probe.isOpen, 'the panel closed');
      // A new panel: a new TimelinePicture, made by the same kind.open the reload's serializer calls.
      const { data, counts } = await reveal(probe, 'the reopened timeline');
      assert.deepEqual(data.query, kept);
      assert.equal(data.timeline.zoom, 'month');
      assert.deepEqual(data.timeline.filter.map((e) => e.id), [place.id]);
      assert.deepEqual(data.timeline.people.map((e) => e.id), [person.id]);
      assert.equal(counts.filter, 1);
      assert.equal(counts.people, 1);
      assert.equal(data.timeline.articles, corpus.index.articlesOf(place.id).length);
    } finally {
      await click(probe, { type: 'query', query: { zoom: 'week', filter: [], people: [] } }, 'the default query');
    }
  });

  it('follows the index: a new dated article is drawn', async () => {
    const { data: before } = await reveal(probe, 'the timeline');
    const uri = vscode.Uri.joinPath(folder(), 'zz-timeline-test.txt');
    try {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(' date 2026-03-02 Проверка\nКанцлер Германии Фридрих Мерц прибыл в Париж.'));
      let after = before;
      for (const until = Date.now() + 20_000; after.timeline.articles === before.timeline.articles && Date.now() < until; await sleep(100)) {
        after = (await drawn(probe, 'the updated timeline')).data;
      }
      assert.equal(after.timeline.articles, before.timeline.articles + 1);
      assert.equal(after.timeline.undated, before.timeline.undated);
    } finally {
      await deleteIfPresent(uri);
      await corpus.ready();
    }
  });
});
