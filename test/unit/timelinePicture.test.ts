// The Timeline panel's side in the extension, on the samples: the page's data follows its actions and the index of
// the moment, a malformed or impossible action does nothing, and a person added from the People view
// is plotted once; the query is saved on every change and a new picture (a reopened panel, a reload) starts from it,
// checked: a broken saved value gives the default, and entities gone from a complete index are left out.
import * as assert from 'node:assert/strict';
import { IndexEngine } from '../../src/core/engine/indexEngine';
import { CorpusIndex } from '../../src/core/index/corpusIndex';
import type { TimelineStrings } from '../../src/core/pictures/timelineMessages';
import type { TimelineQuery } from '../../src/core/pictures/timeline';
import { DEFAULT_QUERY, restoredQuery, TimelinePicture } from '../../src/core/pictures/timelinePicture';
import type { SourceRef } from '../../src/core/types';
import { SAMPLE_FILES } from './engineFixtures';

function samples(): CorpusIndex {
  const engine = new IndexEngine();
  for (const [path, text] of SAMPLE_FILES) engine.setArticle(path, { text });
  return new CorpusIndex(engine.build());
}

describe('timeline picture', () => {
  const index = samples();
  /** A picture over the samples; `state` stands for the workspace state, shared by the pictures made on it. */
  function picture(state: { saved?: unknown } = {}): { picture: TimelinePicture; opened: SourceRef[]; refreshed: () => number; panel: { refresh(): void } } {
    const opened: SourceRef[] = [];
    let refreshes = 0;
    const strings = { day: 'Day' } as TimelineStrings;
    const made = new TimelinePicture({
      index: () => index,
      open: (s) => opened.push(s),
      strings: () => strings,
      locale: () => 'ru',
      savedQuery: () => state.saved,
      saveQuery: (query) => (state.saved = structuredClone(query)),
      indexed: () => true,
    });
    return { picture: made, opened, refreshed: () => refreshes, panel: { refresh: () => refreshes++ } };
  }

  it('gives the words and the timeline at the query\'s zoom, and a changed query after a refresh', async () => {
    const { picture: p, panel, refreshed } = picture();
    assert.equal(p.data(index).strings.day, 'Day');
    assert.equal(p.data(index).locale, 'ru', 'the page is told the editor\'s language for its dates');
    assert.equal(p.data(index).timeline.zoom, 'week');
    assert.equal(await p.act({ type: 'query', query: { zoom: 'day', filter: [], people: [] } }, panel), true);
    assert.equal(refreshed(), 1);
    const data = p.data(index);
    assert.equal(data.timeline.zoom, 'day');
    assert.equal(data.timeline.articles, SAMPLE_FILES.length);
  });

  it('shows a bucket\'s articles or an event\'s sources in the details, and opens only spans inside an indexed article', async () => {
    const { picture: p, panel, opened } = picture();
    const event = index.events[0];
    await p.act({ type: 'event', id: event.id }, panel);
    const shownEvent = p.data(index).details;
    assert.ok(shownEvent?.kind === 'event' && shownEvent.event.sources.length === event.sources.length);
    const day = [...index.articles.values()].find((a) => a.date)!.date!;
    await p.act({ type: 'bucket', day }, panel);
    const shownBucket = p.data(index).details;
    assert.ok(shownBucket?.kind === 'bucket' && shownBucket.bucket.articles.some((a) => a.date === day));
    const source = event.sources[0];
    assert.equal(await p.act({ type: 'open', source }, panel), true);
    assert.deepEqual(opened, [{ doc: source.doc, start: source.start, end: source.end }]);
    assert.equal(await p.act({ type: 'open', source: { doc: '../../etc/passwd', start: 0, end: 0 } }, panel), false);
    assert.equal(await p.act({ type: 'open', source: { doc: source.doc, start: 0, end: 10_000_000 } }, panel), false);
    assert.equal(opened.length, 1);
  });

  it('refuses a malformed action or a plot of a non-person without a refresh', async () => {
    const { picture: p, panel, refreshed } = picture();
    assert.equal(await p.act({ type: 'query', query: { zoom: 'decade' } }, panel), false);
    assert.equal(await p.act({ type: 'plot', id: index.entitiesOfType('LOC')[0].id }, panel), false);
    assert.equal(refreshed(), 0);
    assert.equal(p.data(index).timeline.zoom, 'week');
    assert.deepEqual(p.data(index).timeline.people, []);
  });

  it('plots a person shown from the People view once, and offers names as typed', async () => {
    const { picture: p, panel } = picture();
    const person = index.entitiesOfType('PER')[0];
    await p.act({ type: 'plot', id: person.id }, panel);
    await p.act({ type: 'plot', id: person.id }, panel);
    assert.deepEqual(p.data(index).timeline.people.map((e) => e.id), [person.id]);
    await p.act({ type: 'find', text: person.name.slice(0, 4) }, panel);
    assert.ok(p.data(index).choices?.entities.some((c) => c.id === person.id));
    await p.act({ type: 'find', text: ' ' }, panel);
    assert.equal(p.data(index).choices, undefined);
  });

  it('saves the query on every change, and a new picture on the same state starts with its zoom, filter and people', async () => {
    const state: { saved?: unknown } = {};
    const { picture: first, panel } = picture(state);
    const [place, person] = [index.entitiesOfType('LOC')[0], index.entitiesOfType('PER')[0]];
    await first.act({ type: 'query', query: { zoom: 'month', filter: [place.id], people: [] } }, panel);
    await first.act({ type: 'plot', id: person.id }, panel);
    const expected: TimelineQuery = { zoom: 'month', filter: [place.id], people: [person.id] };
    assert.deepEqual(state.saved, expected);
    const { picture: again } = picture(state);
    assert.deepEqual(again.query, expected);
    const data = again.data(index).timeline;
    assert.equal(data.zoom, 'month');
    assert.deepEqual(data.filter.map((e) => e.id), [place.id]);
    assert.deepEqual(data.people.map((e) => e.id), [person.id]);
    await again.act({ type: 'query', query: { zoom: 'decade' } }, panel);
    assert.deepEqual(state.saved, expected, 'a refused action saves nothing');
  });

  it('restores the default from a broken saved value, and leaves out entities a complete index no longer has', () => {
    const [place, person] = [index.entitiesOfType('LOC')[0], index.entitiesOfType('PER')[0]];
    for (const broken of [undefined, null, 'week', 42, [], { zoom: 'year', filter: [], people: [] }, { zoom: 'day', filter: 'LOC:1', people: [] }, { zoom: 'day', filter: [], people: Array(50).fill(person.id) }]) {
      assert.deepEqual(restoredQuery(broken, index), DEFAULT_QUERY, JSON.stringify(broken));
    }
    const saved = { zoom: 'day', filter: [place.id, 'LOC:gone'], people: ['PER:gone', person.id, place.id], extra: '<script>' };
    assert.deepEqual(restoredQuery(saved, index), { zoom: 'day', filter: [place.id], people: [person.id] });
    // While the index is still being built, an entity it lacks may yet come: kept (the timeline shows only those it has).
    assert.deepEqual(restoredQuery(saved, undefined), { zoom: 'day', filter: [place.id, 'LOC:gone'], people: ['PER:gone', person.id, place.id] });
    assert.deepEqual(picture({ saved: { zoom: 'month', filter: 'x' } }).picture.query, DEFAULT_QUERY);
  });
});
