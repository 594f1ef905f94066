// A build sends the host only what changed since the build it holds (a delta, snapshotParts.ts): articles as
// references (KeptArticle) but those changed, the mentions of the articles whose mentions changed, the entities
// changed; and the host's index and snapshot, updated from it, are still the ones a full build gives.
import * as assert from 'node:assert/strict';
import { openInProcessChannel } from '../../src/core/engine/inProcessChannel';
import { type CorpusChange, IndexEngine } from '../../src/core/engine/indexEngine';
import type { EngineMessage } from '../../src/core/engine/protocol';
import { type BuildPart, SnapshotAssembler, sentBuildOf, splitDelta } from '../../src/core/engine/snapshotParts';
import { CorpusIndex } from '../../src/core/index/corpusIndex';
import { tablesOf } from '../../src/core/index/indexTables';
import { IndexClient } from '../../src/vscode/indexClient';
import { assertSameAsFull, byArticle, edited, fullBuild, SAMPLE_FILES, silentLog } from './engineFixtures';
import { seededRandom } from '../../src/core/util/seededRandom';

const article = (path: string, text: string): CorpusChange => ({ kind: 'article', path, content: { text } });
const SAMPLES = SAMPLE_FILES.map(([path, text]) => article(path, text));
/** What a build sent: articles whole and as references, the articles whose mentions changed, the mentions and entities sent. */
interface Sent {
  kept: number;
  whole: number;
  mentionsOf: Set<string>;
  mentions: number;
  entities: Set<string>;
  quotes: number;
}

const nothingSent = (): Sent => ({ kept: 0, whole: 0, mentionsOf: new Set(), mentions: 0, entities: new Set(), quotes: 0 });

/** A client on an in-process engine, with what every part the engine sent carried, by build. */
function recordingClient(): { client: IndexClient; sent: () => Sent } {
  let sent = nothingSent();
  const client = new IndexClient(
    (events) =>
      openInProcessChannel({
        ...events,
        message(message: EngineMessage) {
          if (message.type === 'part') {
            const part = JSON.parse(message.json) as BuildPart;
            if (part.field === 'articles') for (const a of part.items) 'kept' in a ? sent.kept++ : sent.whole++;
            if (part.field === 'delta') for (const change of part.changes) sent.mentionsOf.add(change.doc);
            if (part.field === 'mentions') for (const m of part.items) sent.mentionsOf.add(m.doc), sent.mentions++;
            if (part.field === 'entities') for (const e of part.items) sent.entities.add(e.id);
            if (part.field === 'quotes') sent.quotes += part.items.length;
          }
          events.message(message);
        },
      }),
    silentLog,
  );
  return {
    client,
    sent: () => {
      const was = sent;
      sent = nothingSent();
      return was;
    },
  };
}

const fullBuildOf = (files: Map<string, string>, corrections?: string): ReturnType<IndexEngine['build']> => {
  const full = new IndexEngine();
  for (const [p, t] of files) full.apply(article(p, t));
  full.setCorrections(corrections === undefined ? undefined : { text: corrections });
  return full.build();
};

/** corpus.yaml's contents the random steps choose from (undefined: none). */
const CORRECTIONS = [
  undefined,
  'rename:\n  Стив Уиткофф: Стивен Уиткофф\n',
  'merge:\n  - [Стив Уиткофф, Джаред Кушнер]\nignore: [Париж]\n',
  'aliases:\n  Эммануэль Макрон: [Макрончик]\nroles:\n  Кир Стармер: [премьер]\n',
  'ignore: [Франция]\n',
];

describe('articles kept between builds', function () {
  this.timeout(60_000);

  it('a live edit sends the edited article and its mentions, the others as references, and gives the full build', async () => {
    const { client, sent } = recordingClient();
    try {
      await fullBuild(client, SAMPLES);
      const first = sent();
      assert.deepEqual([first.kept, first.whole], [0, SAMPLES.length], 'nothing held before the first build');
      const [path, text] = SAMPLE_FILES[0];
      const files = new Map(SAMPLE_FILES);
      files.set(path, `Канцлер Германии Фридрих Мерц прибыл в Париж.\n\n${text}`);
      client.apply('current', [article(path, files.get(path)!)]);
      const built = await client.build('current');
      const edit = sent();
      assert.ok(edit.whole >= 1 && edit.kept >= 1 && edit.kept + edit.whole === SAMPLES.length, JSON.stringify(edit));
      assert.ok(edit.mentionsOf.has(path) && edit.mentionsOf.size < SAMPLES.length, `mentions of ${[...edit.mentionsOf].join(', ')} sent`);
      assert.ok(edit.entities.size < first.entities.size / 4, `${edit.entities.size} of ${first.entities.size} entities sent`);
      assertSameAsFull(built, fullBuildOf(files), 'the edit');

      const rename = 'rename:\n  Стив Уиткофф: Стивен Уиткофф\n';
      client.apply('current', [{ kind: 'corrections', content: { text: rename }, problems: [] }]);
      const corrected = await client.build('current');
      const correction = sent();
      assertSameAsFull(corrected, fullBuildOf(files, rename), 'the correction');
      const renamed = [...corrected.index.entities.values()].find((e) => e.name === 'Стивен Уиткофф');
      assert.ok(renamed, 'renamed');
      const mentions = corrected.snapshot.mentions.length;
      assert.ok(correction.mentions <= corrected.index.mentionsOf(renamed.id).length, `${correction.mentions} of ${mentions} mentions sent: those of the renamed entity at most`);
    } finally {
      client.dispose();
    }
  });

  for (const seed of [7, 8, 9]) {
    it(`seed ${seed}: random edits, deletes, corrections and full builds through deltas give what a full build gives, and send only what changed`, async () => {
      const random = seededRandom(seed);
      const { client, sent } = recordingClient();
      const files = new Map(SAMPLE_FILES);
      let corrections: string | undefined;
      try {
        let before = await fullBuild(client, SAMPLES);
        sent();
        let quoteChanges = 0;
        for (let step = 0; step < 24; step++) {
          const [path, text] = SAMPLE_FILES[Math.floor(random() * SAMPLE_FILES.length)];
          const roll = random();
          const wholeBuild = roll >= 0.15 && roll < 0.25;
          if (roll < 0.15) {
            files.delete(path);
            client.apply('current', [{ kind: 'absent', path, problems: [] }]);
          } else if (wholeBuild) {
            await client.openNext();
            client.apply('next', [...files].map(([p, t]) => article(p, t)));
          } else if (roll < 0.5) {
            corrections = CORRECTIONS[Math.floor(random() * CORRECTIONS.length)];
            client.apply('current', [{ kind: 'corrections', content: corrections === undefined ? undefined : { text: corrections }, problems: [] }]);
          } else if (roll < 0.55) {
            // A build with nothing changed.
          } else {
            files.set(path, edited(random, files.get(path) ?? text));
            client.apply('current', [article(path, files.get(path)!)]);
          }
          if (wholeBuild) client.apply('next', [{ kind: 'corrections', content: corrections === undefined ? undefined : { text: corrections }, problems: [] }]);
          const built = await client.build(wholeBuild ? 'next' : 'current');
          if (wholeBuild) await client.commitNext();
          const full = fullBuildOf(files, corrections);
          assertSameAsFull(built, full, `step ${step}`);
          const delta = sent();
          if (!wholeBuild) {
            assert.deepEqual([...delta.mentionsOf].sort(), changedDocs(before, full), `step ${step}: the articles whose mentions were sent`);
            assert.deepEqual([...delta.entities].sort(), changedEntities(before, full), `step ${step}: the entities sent`);
            const quotesChanged = JSON.stringify(before.quotes) !== JSON.stringify(full.quotes);
            assert.equal(delta.quotes, quotesChanged ? full.quotes.length : 0, `step ${step}: every quote sent when they changed, none when not`);
            if (quotesChanged) quoteChanges++;
          }
          before = full;
        }
        assert.ok(quoteChanges > 0, 'some deltas changed the quotes');
      } finally {
        client.dispose();
      }
    });
  }

  it('refers to the records held that are the same, and a delta to a build not held fails loudly', () => {
    const engine = new IndexEngine();
    for (const c of SAMPLES) engine.apply(c);
    const snapshot = engine.build();
    const held = sentBuildOf(snapshot);
    const articles = new Map(held.articles);
    articles.set(SAMPLE_FILES[0][0], { ...held.articles.get(SAMPLE_FILES[0][0])! });
    articles.set(SAMPLE_FILES[1][0], { ...held.articles.get(SAMPLE_FILES[1][0])!, title: 'another title' });
    const parts = splitDelta(snapshot, { ...held, articles }).map((p) => JSON.parse(JSON.stringify(p)) as BuildPart);
    const sentArticles = parts.flatMap((p) => (p.field === 'articles' ? p.items : []));
    assert.deepEqual(sentArticles.filter((a) => !('kept' in a)).map((a) => a.path), [SAMPLE_FILES[1][0]], 'an equal copy is a reference, a changed one is not');
    assert.ok(parts.every((p) => p.field === 'delta' || p.field === 'articles' || p.field === 'problems' || p.items.length === 0), 'nothing else changed');
    const assembler = new SnapshotAssembler(tablesOf(snapshot));
    for (const part of parts) assembler.add(part);
    const steps = assembler.finish();
    let step = steps.next();
    while (!step.done) step = steps.next();
    assertSameAsFull({ snapshot: assembler.result, index: new CorpusIndex(step.value) }, snapshot, 'an unchanged build');
    assert.throws(() => new SnapshotAssembler().add(parts[0]), /does not hold/);
  });
});

/** The articles whose mentions in `after` are not those in `before` (an article gone with mentions, too). */
function changedDocs(before: ReturnType<IndexEngine['build']>, after: ReturnType<IndexEngine['build']>): string[] {
  const mentionsOf = (snapshot: ReturnType<IndexEngine['build']>): Map<string, string> => {
    const { mentions } = byArticle(snapshot) as { mentions: unknown[][] };
    return new Map(snapshot.articles.map((a, i) => [a.path, JSON.stringify(mentions[i])]));
  };
  const was = mentionsOf(before);
  const now = mentionsOf(after);
  return [...new Set([...was.keys(), ...now.keys()])].filter((doc) => (was.get(doc) ?? '[]') !== (now.get(doc) ?? '[]')).sort();
}

/** The entities of `after` that `before` has not, or not the same. */
function changedEntities(before: ReturnType<IndexEngine['build']>, after: ReturnType<IndexEngine['build']>): string[] {
  const was = new Map(before.entities.map((e) => [e.id, JSON.stringify(e)]));
  return after.entities.filter((e) => was.get(e.id) !== JSON.stringify(e)).map((e) => e.id).sort();
}
