// A build's delta applied to the index tables the host holds (indexTablesDelta.ts), in steps of bounded work
// (counted in records, never timed): the tables a full build gives, and the held ones left as they were.
import * as assert from 'node:assert/strict';
import { IndexEngine, type IndexSnapshot } from '../../src/core/engine/indexEngine';
import { type BuildPart, SnapshotAssembler, sentBuildOf, splitDelta } from '../../src/core/engine/snapshotParts';
import { CorpusIndex } from '../../src/core/index/corpusIndex';
import { type IndexTables, tablesOf } from '../../src/core/index/indexTables';
import { assertSameAsFull, lookups, SAMPLE_FILES } from './engineFixtures';

/** The held tables with the delta from `before` to `after` applied through the parts a thread receives, step by step. */
function applyCounting(held: IndexTables, before: IndexSnapshot, after: IndexSnapshot, budget: number) {
  const assembler = new SnapshotAssembler(held);
  for (const part of splitDelta(after, sentBuildOf(before))) assembler.add(JSON.parse(JSON.stringify(part)) as BuildPart);
  const steps: number[] = [];
  const run = assembler.finish(budget);
  for (let step = run.next(); ; step = run.next()) {
    if (step.done) return { snapshot: assembler.result, index: new CorpusIndex(step.value), steps };
    steps.push(step.value);
  }
}

describe('index tables updated by a delta', function () {
  this.timeout(60_000);
  const engine = new IndexEngine();
  let original: IndexSnapshot;
  before(() => {
    // 8 copies of the samples: 40 articles.
    for (let copy = 0; copy < 8; copy++) for (const [path, text] of SAMPLE_FILES) engine.setArticle(`${copy}/${path}`, { text });
    original = engine.build();
  });

  it('after an edit, a delete and a correction, answer as a full build does, in bounded steps, leaving the held tables as they were', () => {
    const held = tablesOf(JSON.parse(JSON.stringify(original)) as IndexSnapshot);
    const heldLookups = lookups(new CorpusIndex(held));
    const [path, text] = SAMPLE_FILES[0];
    engine.setArticle(`0/${path}`, { text: `Канцлер Германии Фридрих Мерц прибыл в Париж 3 марта 2026 года.\n\n${text}` });
    engine.delete(`1/${path}`);
    engine.setCorrections({ text: 'ignore: [Париж]\nrename:\n  Стив Уиткофф: Стивен Уиткофф\n' });
    const after = engine.build();
    const budget = 50;
    const built = applyCounting(held, original, after, budget);
    assertSameAsFull(built, after, 'the delta');
    assert.deepEqual(lookups(new CorpusIndex(held)), heldLookups, 'the held tables are unchanged');
    const full = new CorpusIndex(after);
    const longest = Math.max(...[...full.articles.keys()].map((doc) => full.mentionsIn(doc).length), ...[...full.entities.keys()].map((id) => full.mentionsOf(id).length));
    // The first step groups the records received, the last two make the entities' and the articles' tables: one table each.
    const mentionSteps = built.steps.slice(1, -2);
    assert.ok(mentionSteps.length > 5, `${built.steps.length} steps`);
    for (const n of mentionSteps) assert.ok(n <= 2 * budget + 2 * longest, `${n} mentions in one step`);
  });

  it('a build with nothing changed sends no mention, entity, event or problem, and keeps the held tables\' lists', () => {
    engine.setCorrections({ text: 'broken: [\n' });
    const snapshot = engine.build();
    assert.ok(snapshot.problems.length > 0, 'a problem to keep');
    const held = tablesOf(snapshot);
    const parts = splitDelta(engine.build(), sentBuildOf(snapshot));
    assert.ok(parts.every((p) => p.field === 'delta' || p.field === 'articles'), JSON.stringify(parts.map((p) => p.field)));
    const { index } = applyCounting(held, snapshot, engine.build(), 50);
    for (const doc of held.byDoc.keys()) assert.equal(index.mentionsIn(doc), held.byDoc.get(doc), doc);
    for (const id of held.byEntity.keys()) assert.equal(index.mentionsOf(id), held.byEntity.get(id), id);
    assert.deepEqual(index.problems, snapshot.problems);
  });
});
