// The indexing engine and its protocol, on this thread: what a snapshot holds, how files, problems and corrections
// go in, and how the server orders requests, drops a cancelled full build, and answers bad requests.
import * as assert from 'node:assert/strict';
import { parseArticle } from '../../src/core/article';
import { EngineServer, PARTS_AHEAD } from '../../src/core/engine/engineServer';
import { openInProcessChannel } from '../../src/core/engine/inProcessChannel';
import { type FileContent, IndexEngine, type IndexSnapshot } from '../../src/core/engine/indexEngine';
import type { EngineMessage, EngineRequest } from '../../src/core/engine/protocol';
import { SnapshotAssembler, type SnapshotPart, splitSnapshot } from '../../src/core/engine/snapshotParts';
import { CorpusIndex } from '../../src/core/index/corpusIndex';
import { buildIndex } from '../../src/core/pipeline';
import { EngineDiscardedError, IndexClient } from '../../src/vscode/indexClient';
import { SAMPLE_FILES, silentLog } from './engineFixtures';

const encode = (text: string): FileContent => ({ bytes: new TextEncoder().encode(text) });
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('IndexEngine', () => {
  it('builds what the pipeline builds, without the tokens, as data a thread can send', () => {
    const engine = new IndexEngine();
    for (const [path, text] of SAMPLE_FILES) engine.setArticle(path, encode(text));
    const snapshot = engine.build();
    const direct = buildIndex(SAMPLE_FILES.map(([path, text]) => parseArticle(path, text)));
    assert.equal(snapshot.articles.length, 5);
    assert.ok(snapshot.articles.every((a) => !('tokens' in a)), 'no article carries its tokens');
    assert.deepEqual(snapshot.articles.map((a) => a.sentences.length), [...direct.articles.values()].map((a) => a.sentences.length));
    const index = new CorpusIndex(snapshot);
    assert.deepEqual(index.stats(), direct.stats());
    assert.deepEqual(plain(index.entitiesOfType('PER')), plain(direct.entitiesOfType('PER')));
    assert.deepEqual(structuredClone(snapshot), snapshot);
  });

  it('takes an open editor’s text and a file’s bytes alike', () => {
    const [path, text] = SAMPLE_FILES[1];
    const fromText = new IndexEngine();
    fromText.setArticle(path, { text });
    const fromBytes = new IndexEngine();
    fromBytes.setArticle(path, encode(text));
    assert.deepEqual(plain(fromText.build()), plain(fromBytes.build()));
  });

  it('keeps a file that is no text out, with its problem, until the file changes', () => {
    const engine = new IndexEngine();
    assert.equal(engine.setArticle('binary.txt', { bytes: new Uint8Array([0, 1, 2, 0, 0, 255, 0, 3]) }), false);
    assert.equal(engine.build().articles.length, 0);
    assert.deepEqual(engine.build().problems.map((p) => p.path), ['binary.txt']);
    engine.setArticle('binary.txt', { text: 'Дональд Туск прибыл в Париж.' });
    assert.deepEqual(engine.build().problems, []);
    assert.equal(engine.build().articles.length, 1);
  });

  it('forgets a deleted article, keeping the problem that says why it could not be read', () => {
    const engine = new IndexEngine();
    engine.setArticle('a.txt', { text: 'Дональд Туск прибыл в Париж.' });
    engine.delete('a.txt', [{ path: 'a.txt', severity: 'error', message: 'Cannot read file: EACCES' }]);
    assert.equal(engine.build().articles.length, 0);
    assert.deepEqual(engine.build().problems.map((p) => p.message), ['Cannot read file: EACCES']);
    engine.delete('a.txt');
    assert.deepEqual(engine.build().problems, []);
  });

  it('applies corpus.yaml from text or bytes, reports its problems, and drops it when it is gone', () => {
    const engine = new IndexEngine();
    for (const [path, text] of SAMPLE_FILES) engine.setArticle(path, { text });
    const names = (): string[] => engine.build().entities.map((e) => e.name);
    assert.ok(names().includes('Стив Уиткофф'));
    engine.setCorrections(encode('rename:\n  Стив Уиткофф: Стивен Уиткофф\nignore: [Никто Никаков]\n'));
    assert.ok(names().includes('Стивен Уиткофф') && !names().includes('Стив Уиткофф'));
    assert.match(engine.build().problems.map((p) => p.message).join('\n'), /Никто Никаков/);
    engine.setCorrections(undefined, [{ path: 'corpus.yaml', severity: 'error', message: 'Cannot read corrections: EACCES' }]);
    assert.ok(names().includes('Стив Уиткофф'));
    assert.deepEqual(engine.build().problems.map((p) => p.message), ['Cannot read corrections: EACCES']);
  });

  it('records a change it cannot apply as a problem of that file instead of throwing', () => {
    const engine = new IndexEngine();
    engine.apply({ kind: 'article', path: 'a.txt', content: { bytes: null } as unknown as FileContent });
    const [problem] = engine.build().problems;
    assert.equal(problem.path, 'a.txt');
    assert.match(problem.message, /^Could not index this file: /);
  });
});

/** A server whose messages are collected, and whose yields are counted. */
function collectingServer(): { server: EngineServer; messages: EngineMessage[]; replies: () => string[] } {
  const messages: EngineMessage[] = [];
  const server = new EngineServer(
    (message) => messages.push(message),
    () => new Promise((resolve) => setImmediate(resolve)),
  );
  const replies = (): string[] => messages.filter((m) => m.type !== 'progress' && m.type !== 'part').map((m) => `${m.type} ${'id' in m ? m.id : ''}`);
  return { server, messages, replies };
}

/** The snapshot a build request was answered with, from its parts. */
function snapshotOf(messages: EngineMessage[], id: number): IndexSnapshot {
  const snapshot = new SnapshotAssembler();
  for (const m of messages) if (m.type === 'part' && m.id === id) snapshot.add(JSON.parse(m.json) as SnapshotPart);
  assert.ok(messages.some((m) => m.type === 'built' && m.id === id), `request ${id} was built`);
  return snapshot.result;
}

/** Waits (up to 20 s) until the server has answered the requests, or answered one of them. */
async function answered(replies: () => string[], what: string[]): Promise<void> {
  for (let i = 0; i < 400 && !what.every((reply) => replies().includes(reply)); i++) await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('snapshot parts', () => {
  it('split a big snapshot into bounded parts that join into the same snapshot', function () {
    this.timeout(30_000);
    const engine = new IndexEngine();
    // 20 copies of the samples: 100 articles and 0.6 MB of text.
    for (let copy = 0; copy < 20; copy++) for (const [path, text] of SAMPLE_FILES) engine.setArticle(`${copy}/${path}`, { text });
    const snapshot = engine.build();
    const parts = splitSnapshot(snapshot);
    assert.ok(parts.length > 5, `${parts.length} parts`);
    for (const part of parts) {
      if (part.field === 'articles') assert.ok(part.items.length === 1 || part.items.reduce((n, a) => n + a.text.length, 0) <= 256 * 1024);
      else assert.ok(part.items.length <= 2000);
    }
    const joined = new SnapshotAssembler();
    for (const part of structuredClone(parts)) joined.add(part);
    assert.deepEqual(joined.result, snapshot);
  });
});

describe('EngineServer', () => {
  const article = (path: string, text = 'Дональд Туск прибыл в Париж.'): { kind: 'article'; path: string; content: FileContent } => ({ kind: 'article', path, content: { text } });

  it("sends a build's parts only a few ahead of those the host has taken in", async function () {
    this.timeout(60_000);
    const { server, messages, replies } = collectingServer();
    // Articles of more than a part's text each: a part per article.
    const text = 'Слово за словом идет рассказ о погоде. '.repeat(7000);
    server.receive({ id: 1, type: 'apply', target: 'current', changes: Array.from({ length: PARTS_AHEAD + 6 }, (_, i) => article(`${i}.txt`, text)) });
    server.receive({ id: 2, type: 'build', target: 'current' });
    const parts = (): number => messages.filter((m) => m.type === 'part').length;
    const settled = async (count: number): Promise<void> => {
      for (let i = 0; i < 400 && parts() < count; i++) await new Promise((resolve) => setTimeout(resolve, 50));
      await new Promise((resolve) => setTimeout(resolve, 100));
    };
    await settled(PARTS_AHEAD);
    assert.equal(parts(), PARTS_AHEAD, 'nothing taken: no more than PARTS_AHEAD parts');
    server.receive({ id: 2, type: 'took', parts: 3 });
    await settled(PARTS_AHEAD + 3);
    assert.equal(parts(), PARTS_AHEAD + 3);
    assert.ok(!replies().includes('built 2'));
    server.receive({ id: 2, type: 'took', parts: 1000 });
    await answered(replies, ['built 2']);
    assert.equal(snapshotOf(messages, 2).articles.length, PARTS_AHEAD + 6);
  });

  it('fills `next` beside `current`, counts its files, and makes it current only on commit', async () => {
    const { server, messages, replies } = collectingServer();
    const send = (request: EngineRequest): void => server.receive(request);
    send({ id: 1, type: 'apply', target: 'current', changes: [article('old.txt')] });
    send({ id: 2, type: 'open' });
    send({ id: 3, type: 'apply', target: 'next', changes: [{ kind: 'listing', problems: [] }, article('a.txt'), article('b.txt')] });
    send({ id: 4, type: 'build', target: 'next' });
    send({ id: 5, type: 'build', target: 'current' });
    send({ id: 6, type: 'commit' });
    send({ id: 7, type: 'build', target: 'current' });
    await answered(replies, ['built 7']);
    assert.deepEqual(replies(), ['done 1', 'done 2', 'done 3', 'built 4', 'built 5', 'done 6', 'built 7']);
    assert.deepEqual(messages.flatMap((m) => (m.type === 'progress' ? [m.applied] : [])), [1, 2], 'files counted; the listing is not');
    const paths = (id: number): string[] => snapshotOf(messages, id).articles.map((a) => a.path);
    assert.deepEqual(paths(4), ['a.txt', 'b.txt']);
    assert.deepEqual(paths(5), ['old.txt'], 'current is untouched by the open full build');
    assert.deepEqual(paths(7), ['a.txt', 'b.txt']);
  });

  it('discards at once: queued work for `next` is answered `discarded`, and the current corpus stays', async () => {
    const { server, messages, replies } = collectingServer();
    server.receive({ id: 1, type: 'apply', target: 'current', changes: [article('old.txt')] });
    server.receive({ id: 2, type: 'open' });
    // Enough articles that the apply yields to its messages at least once before it is done.
    const many = Array.from({ length: 400 }, (_, i) => article(`n${i}.txt`, `${SAMPLE_FILES[i % 5][1]}\n\nАбзац ${i}.`));
    server.receive({ id: 3, type: 'apply', target: 'next', changes: many });
    server.receive({ id: 4, type: 'build', target: 'next' });
    server.receive({ id: 5, type: 'commit' });
    await new Promise((resolve) => setImmediate(resolve));
    server.receive({ id: 6, type: 'discard' });
    server.receive({ id: 7, type: 'build', target: 'current' });
    await answered(replies, ['built 7', 'discarded 3']);
    assert.deepEqual(replies().slice(0, 3), ['done 1', 'done 2', 'discarded 4'], 'queued work is dropped at once');
    assert.deepEqual(new Set(replies().slice(3)), new Set(['discarded 5', 'done 6', 'discarded 3', 'built 7']));
    const applied = messages.filter((m) => m.type === 'progress').length;
    assert.ok(applied < many.length, `the apply under way stopped early (${applied} of ${many.length})`);
    assert.deepEqual(snapshotOf(messages, 7).articles.map((a) => a.path), ['old.txt']);
  });

  it('answers work for a `next` never opened with `discarded`, and a malformed request with `failed`', async () => {
    const { server, messages, replies } = collectingServer();
    server.receive({ id: 1, type: 'build', target: 'next' });
    server.receive({ id: 2, type: 'apply', target: 'current', changes: null } as unknown as EngineRequest);
    await answered(replies, ['failed 2']);
    assert.deepEqual(replies(), ['discarded 1', 'failed 2']);
    const failed = messages.find((m) => m.type === 'failed');
    assert.ok(failed?.type === 'failed' && failed.error.message.length > 0);
  });
});

describe('IndexClient', () => {
  it('parses the parts of a snapshot one per turn of the event loop, though they all arrive at once', async () => {
    const engine = new IndexEngine();
    for (let copy = 0; copy < 4; copy++) for (const [path, text] of SAMPLE_FILES) engine.setArticle(`${copy}/${path}`, { text });
    const parts = splitSnapshot(engine.build());
    assert.ok(parts.length >= 4, `${parts.length} parts`);
    // A channel that answers a build as Node delivers a port's queue: every message in one go.
    const client = new IndexClient(
      (events) => ({
        post: (request) => {
          if (request.type !== 'build') return;
          for (const part of parts) events.message({ type: 'part', id: request.id, json: JSON.stringify(part) });
          events.message({ type: 'built', id: request.id, buildMs: 0 });
        },
        terminate: async () => undefined,
      }),
      silentLog,
    );
    let turns = 0;
    let done = false;
    const tick = (): void => {
      if (done) return;
      turns++;
      setImmediate(tick);
    };
    setImmediate(tick);
    const { snapshot } = await client.build('current');
    done = true;
    assert.ok(turns >= parts.length - 1, `${turns} turns of the event loop for ${parts.length} parts`);
    assert.deepEqual(snapshot, plain(engine.build()));
    client.dispose();
  });
});

describe('IndexClient on the in-process channel', () => {
  it('builds, updates, and rejects the calls of a discarded full build', async () => {
    const client = new IndexClient(openInProcessChannel, silentLog);
    try {
      const progress: number[] = [];
      client.onProgress((n) => progress.push(n));
      await client.openNext();
      await client.apply('next', SAMPLE_FILES.map(([path, text]) => ({ kind: 'article', path, content: encode(text) })));
      assert.deepEqual(progress, [1, 2, 3, 4, 5], 'apply resolves once the files are taken');
      assert.equal((await client.build('next')).snapshot.articles.length, 5);
      await client.commitNext();

      client.apply('current', [{ kind: 'absent', path: SAMPLE_FILES[0][0], problems: [] }]);
      assert.equal((await client.build('current')).snapshot.articles.length, 4);

      await client.openNext();
      client.apply('next', [{ kind: 'article', path: 'x.txt', content: { text: 'Туск.' } }]);
      const build = client.build('next');
      await client.discardNext();
      await assert.rejects(build, EngineDiscardedError);
      assert.equal((await client.build('current')).snapshot.articles.length, 4, 'the current corpus is as it was');
    } finally {
      client.dispose();
    }
  });
});
