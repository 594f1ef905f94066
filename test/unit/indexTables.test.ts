// An index taken in from a snapshot's parts, in steps of bounded work (counted in records, never timed), answers
// as an index built from the whole snapshot at once.
import * as assert from 'node:assert/strict';
import { IndexEngine, type IndexSnapshot } from '../../src/core/engine/indexEngine';
import { splitSnapshot } from '../../src/core/engine/snapshotParts';
import { CorpusIndex } from '../../src/core/index/corpusIndex';
import { IndexTablesBuilder, type IndexTables } from '../../src/core/index/indexTables';
import { seededRandom } from '../../src/core/util/seededRandom';
import { SAMPLE_FILES } from './engineFixtures';

/** 8 copies of the samples: 40 articles. */
function bigSnapshot(): IndexSnapshot {
  const engine = new IndexEngine();
  for (let copy = 0; copy < 8; copy++) for (const [path, text] of SAMPLE_FILES) engine.setArticle(`${copy}/${path}`, { text });
  return engine.build();
}

/** Everything an index answers by key, as plain lists. */
function lookups(index: CorpusIndex): unknown {
  return {
    order: index.articleOrder(),
    byDoc: [...index.articles.keys()].map((doc) => index.mentionsIn(doc)),
    byEntity: [...index.entities.keys()].map((id) => index.mentionsOf(id)),
    dates: index.dateMentionsOn('2026'),
    events: index.events,
    problems: index.problems,
    stats: index.stats(),
  };
}

/** Runs the finishing steps, recording how many mentions each sorted. */
function finishCounting(builder: IndexTablesBuilder, budget: number): { tables: IndexTables; steps: number[] } {
  const steps: number[] = [];
  const run = builder.finish(budget);
  for (let step = run.next(); ; step = run.next()) {
    if (step.done) return { tables: step.value, steps };
    steps.push(step.value);
  }
}

describe('index tables in steps', () => {
  let snapshot: IndexSnapshot;
  before(function () {
    this.timeout(30_000);
    snapshot = bigSnapshot();
  });

  it('from the parts, whatever order each field\'s records come in, answer as the whole snapshot does', () => {
    const random = seededRandom(5);
    const shuffled = { ...snapshot, mentions: [...snapshot.mentions].sort(() => random() - 0.5) };
    const builder = new IndexTablesBuilder();
    for (const part of splitSnapshot(shuffled)) builder.add(structuredClone(part));
    const { tables } = finishCounting(builder, 100);
    const whole = new CorpusIndex(snapshot);
    assert.deepEqual(lookups(new CorpusIndex(tables)), lookups(whole));
    assert.deepEqual([...new CorpusIndex(tables).articles.keys()], [...whole.articles.keys()]);
  });

  it('each finishing step sorts at most the budget of mentions, a longer list over several steps', () => {
    const random = seededRandom(6);
    const builder = new IndexTablesBuilder();
    builder.add({ field: 'articles', items: snapshot.articles });
    builder.add({ field: 'mentions', items: [...snapshot.mentions].sort(() => random() - 0.5) });
    const budget = 50;
    const { steps, tables } = finishCounting(builder, budget);
    const whole = new CorpusIndex(snapshot);
    assert.ok(Math.max(...[...whole.entities.keys()].map((id) => whole.mentionsOf(id).length)) > budget, 'some list is longer than a step');
    assert.ok(steps.length > 5, `${steps.length} steps`);
    for (const sorted of steps) assert.ok(sorted <= budget, `${sorted} mentions in one step`);
    for (const doc of whole.articles.keys()) assert.deepEqual(tables.byDoc.get(doc), whole.mentionsIn(doc), doc);
    for (const id of whole.entities.keys()) assert.deepEqual(tables.byEntity.get(id), whole.mentionsOf(id), id);
  });

  it('lists that arrive in order are not sorted again', () => {
    const builder = new IndexTablesBuilder();
    builder.add({ field: 'articles', items: snapshot.articles });
    const inOrder = [...snapshot.mentions].sort((a, b) => a.doc.localeCompare(b.doc) || a.start - b.start || b.end - a.end);
    builder.add({ field: 'mentions', items: inOrder });
    assert.deepEqual(finishCounting(builder, 50).steps, []);
  });
});
