// A build sends the host only the articles that changed since the build it holds: the others go as references
// (KeptArticle, snapshotParts.ts), and the host's snapshot is still the one a full build gives.
import * as assert from 'node:assert/strict';
import { openInProcessChannel } from '../../src/core/engine/inProcessChannel';
import { type CorpusChange, IndexEngine } from '../../src/core/engine/indexEngine';
import type { EngineMessage } from '../../src/core/engine/protocol';
import { articlesByPath, SnapshotAssembler, type SnapshotPart, splitSnapshot } from '../../src/core/engine/snapshotParts';
import { IndexClient } from '../../src/vscode/indexClient';
import { edited, fullBuild, SAMPLE_FILES, silentLog } from './engineFixtures';
import { seededRandom } from '../../src/core/util/seededRandom';

const article = (path: string, text: string): CorpusChange => ({ kind: 'article', path, content: { text } });
const SAMPLES = SAMPLE_FILES.map(([path, text]) => article(path, text));
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** A client on an in-process engine, with the articles of every part the engine sent, by build. */
function recordingClient(): { client: IndexClient; articlesSent: () => { kept: number; whole: number } } {
  let kept = 0;
  let whole = 0;
  const client = new IndexClient(
    (events) =>
      openInProcessChannel({
        ...events,
        message(message: EngineMessage) {
          if (message.type === 'part') {
            const part = JSON.parse(message.json) as SnapshotPart;
            if (part.field === 'articles') for (const a of part.items) 'kept' in a ? kept++ : whole++;
          }
          events.message(message);
        },
      }),
    silentLog,
  );
  return {
    client,
    articlesSent: () => {
      const counts = { kept, whole };
      kept = whole = 0;
      return counts;
    },
  };
}

describe('articles kept between builds', function () {
  this.timeout(60_000);

  it('a live edit sends the edited article whole and the others as references, and gives the full build', async () => {
    const { client, articlesSent } = recordingClient();
    try {
      await fullBuild(client, SAMPLES);
      assert.deepEqual(articlesSent(), { kept: 0, whole: SAMPLES.length }, 'nothing held before the first build');
      const [path, text] = SAMPLE_FILES[0];
      const change = article(path, `${text}\n\nЕщё один абзац.`);
      client.apply('current', [change]);
      const { snapshot } = await client.build('current');
      const sent = articlesSent();
      assert.ok(sent.whole >= 1 && sent.whole < SAMPLES.length && sent.kept === SAMPLES.length - sent.whole, JSON.stringify(sent));
      const full = new IndexEngine();
      for (const c of [change, ...SAMPLES.slice(1)]) full.apply(c);
      assert.deepEqual(plain(snapshot), plain(full.build()));
    } finally {
      client.dispose();
    }
  });

  it('random edits, deletes and full builds through kept articles give what a full build gives', async () => {
    const random = seededRandom(7);
    const { client } = recordingClient();
    const files = new Map(SAMPLE_FILES);
    try {
      await fullBuild(client, SAMPLES);
      for (let step = 0; step < 12; step++) {
        const [path, text] = SAMPLE_FILES[Math.floor(random() * SAMPLE_FILES.length)];
        const roll = random();
        let snapshot;
        if (roll < 0.2) {
          files.delete(path);
          client.apply('current', [{ kind: 'absent', path, problems: [] }]);
          snapshot = (await client.build('current')).snapshot;
        } else if (roll < 0.3) {
          snapshot = await fullBuild(client, [...files].map(([p, t]) => article(p, t)));
        } else {
          files.set(path, edited(random, files.get(path) ?? text));
          client.apply('current', [article(path, files.get(path)!)]);
          snapshot = (await client.build('current')).snapshot;
        }
        const full = new IndexEngine();
        for (const [p, t] of files) full.apply(article(p, t));
        assert.deepEqual(plain(snapshot), plain(full.build()), `step ${step}`);
      }
    } finally {
      client.dispose();
    }
  });

  it('refers only to the very records held, and a reference to one not held fails the build loudly', () => {
    const engine = new IndexEngine();
    for (const c of SAMPLES) engine.apply(c);
    const snapshot = engine.build();
    const held = articlesByPath(snapshot);
    const copy = new Map(held);
    copy.set(SAMPLE_FILES[1][0], { ...held.get(SAMPLE_FILES[1][0])! });
    const parts = splitSnapshot(snapshot, copy).map((p) => JSON.parse(JSON.stringify(p)) as SnapshotPart);
    const articles = parts.filter((p) => p.field === 'articles').flatMap((p) => p.items);
    assert.equal(articles.filter((a) => !('kept' in a)).length, 1, 'an equal copy is no reference: only the very record');
    const assembler = new SnapshotAssembler(held);
    for (const part of parts) assembler.add(part);
    assert.deepEqual(plain(assembler.result), plain(snapshot));
    assert.throws(() => new SnapshotAssembler().add(parts[0]), /does not hold/);
  });
});
