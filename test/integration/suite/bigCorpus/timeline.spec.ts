// The Timeline panel on 1,000 real articles (BSNLP): at each zoom the page draws every bucket and event, every
// dated article is in a bucket and the undated are counted, the busiest people's mentions add up, and an event's
// source opens in the editor.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TimelineZoom } from '../../../../src/core/pictures/timeline';
import type { CorpusNavigatorApi } from '../../../../src/vscode/extension';
import type { PictureProbe } from '../../../../src/vscode/pictures/picturePanel';
import { api } from '../helpers';
import { click, openedEditor, reveal, timelineProbe } from '../timelineProbe';

/** The page's data stays small enough to send on every index, whatever the zoom. */
const MAX_DATA_BYTES = 2_000_000;

describe('Timeline panel on 1,000 articles', function () {
  // Activation indexes the 1,000 articles first: ~10 s, several times that on a loaded machine.
  this.timeout(180_000);
  let corpus: CorpusNavigatorApi;
  let probe: PictureProbe;

  before(async () => {
    corpus = await api();
    assert.ok(corpus.index.articles.size >= 1000, `${corpus.index.articles.size} articles: the big corpus is open`);
    probe = timelineProbe(corpus);
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  for (const zoom of ['month', 'week', 'day'] as TimelineZoom[]) {
    it(`per ${zoom}: every bucket and event drawn, every article dated or counted undated`, async () => {
      const query = (await reveal(probe, 'the timeline')).data.query;
      const { data, counts } = await click(probe, { type: 'query', query: { ...query, zoom, filter: [], people: [] } }, `the ${zoom}s`);
      const index = corpus.index;
      const undated = [...index.articles.values()].filter((a) => !a.date).length;
      assert.equal(data.timeline.articles, index.articles.size);
      assert.equal(data.timeline.undated, undated);
      assert.equal(data.timeline.buckets.reduce((n, b) => n + b.articles, 0) + undated, index.articles.size);
      assert.equal(counts.buckets, data.timeline.buckets.length);
      assert.equal(counts.events, data.timeline.events.length);
      assert.ok(JSON.stringify(data).length < MAX_DATA_BYTES, `${JSON.stringify(data).length} bytes of data`);
    });
  }

  it('plots the three most mentioned people: their mentions in dated articles add up', async () => {
    const index = corpus.index;
    const people = index.entitiesOfType('PER').sort((a, b) => index.mentionsOf(b.id).length - index.mentionsOf(a.id).length).slice(0, 3);
    const query = (await reveal(probe, 'the timeline')).data.query;
    const { data, counts } = await click(probe, { type: 'query', query: { ...query, zoom: 'week', people: people.map((p) => p.id) } }, 'three people');
    assert.equal(counts.people, 3);
    const dated = new Set([...index.articles.values()].filter((a) => a.date).map((a) => a.path));
    people.forEach((person, i) => {
      const expected = index.mentionsOf(person.id).filter((m) => dated.has(m.doc)).length;
      assert.equal(data.timeline.buckets.reduce((n, b) => n + b.mentions[i], 0), expected, person.name);
    });
  });

  it('the event with the most sources lists them, and its first source opens at its sentence', async () => {
    const event = [...corpus.index.events].sort((a, b) => b.sources.length - a.sources.length)[0];
    assert.ok(event, 'the big corpus has events');
    const { data, counts } = await click(probe, { type: 'event', id: event.id }, 'the event');
    assert.ok(data.details?.kind === 'event');
    assert.equal(counts.listed, Math.min(event.sources.length, data.details.event.sources.length));
    const source = data.details.event.sources[0];
    await probe.receive({ type: 'action', action: { type: 'open', source: { doc: source.doc, start: source.start, end: source.end } } });
    const editor = await openedEditor(source.doc);
    assert.equal(editor.document.offsetAt(editor.selection.start), source.start);
  });
});
