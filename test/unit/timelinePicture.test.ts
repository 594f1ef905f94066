// The Timeline panel's side in the extension, on the samples: the page's data follows its actions and the index of
// the moment, a malformed or impossible action does nothing, and a person added from the People view
// is plotted once.
import * as assert from 'node:assert/strict';
import { IndexEngine } from '../../src/core/engine/indexEngine';
import { CorpusIndex } from '../../src/core/index/corpusIndex';
import type { TimelineStrings } from '../../src/core/pictures/timelineMessages';
import { TimelinePicture } from '../../src/core/pictures/timelinePicture';
import type { SourceRef } from '../../src/core/types';
import { SAMPLE_FILES } from './engineFixtures';

function samples(): CorpusIndex {
  const engine = new IndexEngine();
  for (const [path, text] of SAMPLE_FILES) engine.setArticle(path, { text });
  return new CorpusIndex(engine.build());
}

describe('timeline picture', () => {
  const index = samples();
  function picture(): { picture: TimelinePicture; opened: SourceRef[]; refreshed: () => number; panel: { refresh(): void } } {
    const opened: SourceRef[] = [];
    let refreshes = 0;
    const strings = { day: 'Day' } as TimelineStrings;
    const made = new TimelinePicture({ index: () => index, open: (s) => opened.push(s), strings: () => strings });
    return { picture: made, opened, refreshed: () => refreshes, panel: { refresh: () => refreshes++ } };
  }

  it('gives the words and the timeline at the query\'s zoom, and a changed query after a refresh', async () => {
    const { picture: p, panel, refreshed } = picture();
    assert.equal(p.data(index).strings.day, 'Day');
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
});
