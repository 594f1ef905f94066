// A Timeline panel's session on the samples: what the page asks is answered from the index of the moment, a
// malformed or impossible request does nothing, and a person added from elsewhere is plotted.
import * as assert from 'node:assert/strict';
import { IndexEngine } from '../../src/core/engine/indexEngine';
import { CorpusIndex } from '../../src/core/index/corpusIndex';
import type { TimelineMessage, TimelineStrings } from '../../src/core/pictures/timelineMessages';
import { TimelineSession } from '../../src/core/pictures/timelineSession';
import type { SourceRef } from '../../src/core/types';
import { SAMPLE_FILES } from './engineFixtures';

function samples(): CorpusIndex {
  const engine = new IndexEngine();
  for (const [path, text] of SAMPLE_FILES) engine.setArticle(path, { text });
  return new CorpusIndex(engine.build());
}

describe('timeline session', () => {
  const index = samples();
  function session(): { session: TimelineSession; sent: TimelineMessage[]; opened: SourceRef[] } {
    const sent: TimelineMessage[] = [];
    const opened: SourceRef[] = [];
    const strings = { day: 'Day' } as TimelineStrings;
    return { session: new TimelineSession({ index: () => index, send: (m) => sent.push(m), open: (s) => opened.push(s), strings }), sent, opened };
  }

  it('answers "ready" with its words and the timeline, and a query with the timeline at its zoom', () => {
    const { session: s, sent } = session();
    assert.equal(s.receive({ type: 'ready' }), undefined);
    assert.deepEqual(sent.map((m) => m.type), ['strings', 'timeline']);
    s.receive({ type: 'query', query: { zoom: 'day', filter: [], people: [] } });
    const last = sent[sent.length - 1];
    assert.ok(last.type === 'timeline' && last.data.zoom === 'day' && last.data.articles === SAMPLE_FILES.length);
  });

  it('lists a bucket\'s articles, an event\'s sources, and opens only spans inside an indexed article', () => {
    const { session: s, sent, opened } = session();
    const event = index.events[0];
    s.receive({ type: 'event', id: event.id });
    const details = sent.pop();
    assert.ok(details?.type === 'event' && details.details.sources.length === event.sources.length);
    const day = [...index.articles.values()].find((a) => a.date)!.date!;
    s.receive({ type: 'bucket', day });
    const bucket = sent.pop();
    assert.ok(bucket?.type === 'bucket' && bucket.details.articles.some((a) => a.date === day));
    const source = event.sources[0];
    assert.equal(s.receive({ type: 'open', source }), undefined);
    assert.deepEqual(opened, [{ doc: source.doc, start: source.start, end: source.end }]);
    assert.match(s.receive({ type: 'open', source: { doc: '../../etc/passwd', start: 0, end: 0 } }) ?? '', /no article/);
    assert.match(s.receive({ type: 'open', source: { doc: source.doc, start: 0, end: 10_000_000 } }) ?? '', /past the end/);
    assert.equal(opened.length, 1);
  });

  it('refuses a malformed message without sending anything', () => {
    const { session: s, sent } = session();
    assert.match(s.receive({ type: 'query', query: { zoom: 'decade' } }) ?? '', /zoom/);
    assert.equal(sent.length, 0);
  });

  it('plots a person shown from the People view, each once, and finds names as typed', () => {
    const { session: s, sent } = session();
    const person = index.entitiesOfType('PER')[0];
    s.showPerson(person.id);
    s.showPerson(person.id);
    const last = sent[sent.length - 1];
    assert.ok(last.type === 'timeline');
    assert.deepEqual(last.data.people.map((p) => p.id), [person.id]);
    s.receive({ type: 'find', text: person.name.slice(0, 4) });
    const choices = sent[sent.length - 1];
    assert.ok(choices.type === 'choices' && choices.choices.some((c) => c.id === person.id));
  });
});
