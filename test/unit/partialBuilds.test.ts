// A full build of a large corpus shows the index of the articles read so far on the way (corpusService.showPartial):
// when it looks (PartialBuildPlan), and that looking changes nothing in the index the build ends with.
import * as assert from 'node:assert/strict';
import { openInProcessChannel } from '../../src/core/engine/inProcessChannel';
import { type CorpusChange, IndexEngine } from '../../src/core/engine/indexEngine';
import { PartialBuildPlan } from '../../src/core/engine/partialBuilds';
import { applyInBatches, type BuiltIndex, IndexClient } from '../../src/vscode/indexClient';
import { assertSameAsFull, edited, SAMPLE_FILES, silentLog } from './engineFixtures';
import { seededRandom } from '../../src/core/util/seededRandom';

/** A clock that stands still until moved. */
function manualClock(): { clock: () => number; advance(ms: number): void } {
  let now = 0;
  return { clock: () => now, advance: (ms) => (now += ms) };
}

describe('partial builds while a full build reads', function () {
  this.timeout(60_000);

  it('looks once the first second has passed (until half the corpus is read), then at counts ×8 until a fifth', () => {
    const { clock, advance } = manualClock();
    const plan = new PartialBuildPlan(20_000, clock);
    const small = new PartialBuildPlan(1000, clock);
    assert.equal(plan.due(100), false, 'a corpus read within a second needs no look');
    advance(1000);
    assert.equal(plan.due(300), true);
    assert.equal(plan.due(2000), false, 'less than ×8 the last look');
    assert.equal(plan.due(2400), true);
    assert.equal(plan.due(4100), false, 'past a fifth: the looks would cost more than they show');
    assert.equal(small.due(480), true, 'a first look until half');
    assert.equal(new PartialBuildPlan(10, clock).due(6), false);
  });

  it('shows the articles sent so far, and the full build still gives the index of every article', async () => {
    const random = seededRandom(7);
    const changes = Array.from({ length: 64 }, (_, i): CorpusChange & { path: string } => {
      const [path, text] = SAMPLE_FILES[i % SAMPLE_FILES.length];
      return { kind: 'article', path: `${String(i).padStart(2, '0')}-${path}`, content: { text: edited(random, text) } };
    });
    const client = new IndexClient(openInProcessChannel, silentLog);
    const { clock, advance } = manualClock();
    const partial: Promise<BuiltIndex>[] = [];
    try {
      await client.openNext();
      const plan = new PartialBuildPlan(changes.length, clock);
      advance(1000);
      const byPath = new Map(changes.map((c) => [c.path, c]));
      await applyInBatches(client, [...byPath.keys()], async (path) => byPath.get(path) as CorpusChange, (step) => step, {
        plan,
        show: (building) => partial.push(building),
      });
      assert.equal(partial.length, 1, 'one look: the next would come at 128 articles, past a fifth');
      assert.equal((await partial[0]).index.stats().articles, 16, 'the first batch of files read');
      // The full build then comes as a delta from the partial one the client holds.
      const built = await client.build('next');
      await client.commitNext();
      const full = new IndexEngine();
      for (const change of changes) full.apply(change);
      assertSameAsFull(built, full.build(), 'after a partial build');
    } finally {
      client.dispose();
    }
  });
});
