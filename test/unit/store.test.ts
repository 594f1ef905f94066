// The persisted index: the content hash, the findings codec (alias identity kept), the stored files' checks
// (a missing, stale, corrupt, truncated or altered store is reported, never thrown nor trusted), and a warm start
// through IndexStore and the engine giving exactly the index a cold build of the same files gives, re-extracting
// only the files that changed.
import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArticle } from '../../src/core/article';
import { openInProcessChannel } from '../../src/core/engine/inProcessChannel';
import { type CorpusChange, IndexEngine, type IndexSnapshot } from '../../src/core/engine/indexEngine';
import { EngineServer } from '../../src/core/engine/engineServer';
import type { EngineMessage, OpenEngineChannel } from '../../src/core/engine/protocol';
import { findInArticle } from '../../src/core/pipeline';
import { ContentHasher, contentHash } from '../../src/core/store/contentHash';
import { decodeFindings, encodeFindings, type FindingsFile } from '../../src/core/store/findingsCodec';
import { FileKeys } from '../../src/core/store/fileKeys';
import { decodeFindingsFile, packFindingsFile, unpackFindingsFile } from '../../src/core/store/findingsFile';
import { isProblem, type LoadedIndex, loadIndex, snapshotFile, type StoreFiles, type StoreIdentity } from '../../src/core/store/storedIndex';
import type { StoreProblem } from '../../src/core/store/storeProblem';
import type { Problem } from '../../src/core/types';
import { seededRandom } from '../../src/core/util/seededRandom';
import { NodeStoreFiles } from '../../src/node/nodeStoreFiles';
import { openWorkerChannel } from '../../src/node/workerChannel';
import { IndexClient } from '../../src/vscode/indexClient';
import { IndexStore, type StoreLog } from '../../src/vscode/indexStore';
import { byArticle, MemoryStoreFiles, SAMPLE_FILES, silentLog } from './engineFixtures';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const article = (path: string, text: string): CorpusChange => ({ kind: 'article', path, content: { bytes: bytes(text) } });
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));
const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
const SPAHN = 'Министр здравоохранения Германии Йенс Шпан (Jens Spahn) заявил в Берлине, что вакцины хватит.';

/** Output lines, by level. */
function recordingLog(): StoreLog & { lines: string[] } {
  const lines: string[] = [];
  return { lines, info: (m) => lines.push(`info: ${m}`), warn: (m) => lines.push(`warn: ${m}`) };
}

/** The indexing worker as the extension runs it (npm test builds dist/ before the unit tests). */
const WORKER: OpenEngineChannel = (events) => openWorkerChannel(join(__dirname, '..', '..', '..', 'dist', 'indexWorker.js'), events);

/** One window's session: an engine (in process, or `open`) and the store over `files`. */
function session(files: StoreFiles, log: StoreLog = recordingLog(), root = 'file:///corpus', open: OpenEngineChannel = openInProcessChannel) {
  const client = new IndexClient(open, silentLog);
  const store = new IndexStore(files, client, () => ({ extension: '1.0.0', root }), log, nextTurn);
  return { client, store, dispose: () => (client.dispose(), store.dispose()) };
}

/** A full build of `changes`, as CorpusService runs one; with `stored`, the warm start's background pass. */
async function fullBuild(s: ReturnType<typeof session>, changes: CorpusChange[], stored?: LoadedIndex) {
  await s.client.openNext();
  s.store.opened();
  const restored = stored !== undefined && (await s.store.restore(stored));
  void s.client.apply('next', s.store.take('next', changes));
  const unchanged = stored !== undefined && restored && s.store.unchangedSince(stored);
  const snapshot = unchanged ? undefined : (await s.client.build('next')).snapshot;
  await s.client.commitNext();
  s.store.committed();
  return { snapshot, unchanged };
}

function filesOf(corpus: Map<string, string>, corrections?: string): CorpusChange[] {
  return [
    { kind: 'listing', problems: [] },
    ...[...corpus].map(([path, text]) => article(path, text)),
    { kind: 'corrections', content: corrections === undefined ? undefined : { bytes: bytes(corrections) }, problems: [] },
  ];
}

describe('the stored index', function () {
  this.timeout(60_000);

  describe('contentHash', () => {
    it('is stable, fed whole or in pieces, and tells apart what differs by a byte or a trailing zero', () => {
      const data = bytes(SAMPLE_FILES[0][1]);
      assert.equal(contentHash(data), contentHash(data.slice()));
      assert.equal(new ContentHasher().update(data, 0, 100).update(data, 100).digest(), contentHash(data));
      assert.match(contentHash(data), /^[0-9a-f]{14}$/);
      const changed = data.slice();
      changed[50] ^= 1;
      assert.notEqual(contentHash(changed), contentHash(data));
      assert.notEqual(contentHash(new Uint8Array([1, 0])), contentHash(new Uint8Array([1])));
    });
  });

  describe('saving', () => {
    it('has a flush wait for a save whose timer fired and that still waits for the worker to be idle', async () => {
      const files = new MemoryStoreFiles();
      const s = session(files);
      try {
        const { snapshot } = await fullBuild(s, filesOf(new Map(SAMPLE_FILES)));
        let idle: (() => void) | undefined;
        s.store.scheduleSave(snapshot!, 0, (capture) => new Promise<void>((resolve) => (idle = () => (capture(), resolve()))));
        await new Promise((resolve) => setTimeout(resolve, 10));
        assert.ok(idle, 'the timer fired: the save waits for the worker');
        let flushed = false;
        const flushing = s.store.flush().then(() => (flushed = true));
        await new Promise((resolve) => setTimeout(resolve, 10));
        assert.equal(flushed, false, 'not flushed before the save is even captured');
        idle();
        await flushing;
        assert.ok(files.files.has('manifest.json'), 'written once flushed');
      } finally {
        s.dispose();
      }
    });
  });

  describe('file keys', () => {
    it('name every file read otherwise than the store says: changed, new, gone, unsaved, and a path like a property', () => {
      const bytes = (text: string): { bytes: Uint8Array } => ({ bytes: new TextEncoder().encode(text) });
      const keys = new FileKeys();
      for (const [path, text] of [['same.txt', 'a'], ['changed.txt', 'b'], ['new.txt', 'c'], ['constructor', 'd']]) keys.take({ kind: 'article', path, content: bytes(text) });
      keys.take({ kind: 'article', path: 'unsaved.txt', content: { text: 'e' } });
      const stored = { 'same.txt': contentHash(bytes('a').bytes), 'changed.txt': contentHash(bytes('B').bytes), 'gone.txt': 'x', 'unsaved.txt': contentHash(bytes('e').bytes) };
      assert.deepEqual(keys.differences(stored).sort(), ['changed.txt', 'constructor', 'gone.txt', 'new.txt', 'unsaved.txt']);
      assert.deepEqual(keys.differences(Object.fromEntries(keys.entries)), []);
    });

    it('key the listing problems whatever their order (a folder listed again adds its problems at the end)', () => {
      const problem = (path: string): Problem => ({ path, severity: 'warning', message: 'Not followed: a symbolic link that leads outside the corpus folder.' });
      const walked = new FileKeys();
      walked.take({ kind: 'listing', problems: [problem('a/out'), problem('b/out')] });
      const relisted = new FileKeys();
      relisted.take({ kind: 'listing', problems: [problem('b/out'), problem('a/out')] });
      assert.deepEqual(relisted.differences(Object.fromEntries(walked.entries)), []);
      relisted.take({ kind: 'listing', problems: [problem('b/out')] });
      assert.deepEqual(relisted.differences(Object.fromEntries(walked.entries)), ['']);
    });
  });

  describe('the findings codec', () => {
    it('round-trips an article’s findings through JSON, `alias` pointing at the same object as before', () => {
      for (const text of [SPAHN, ...SAMPLE_FILES.map(([, t]) => t)]) {
        const findings = findInArticle(parseArticle('a.txt', text));
        const decoded = decodeFindings(JSON.parse(JSON.stringify(encodeFindings(findings))), 'a.txt');
        assert.deepEqual(plain(decoded), plain(findings));
        findings.named.forEach((m, i) => {
          if (m.alias) assert.equal(decoded.named[i].alias, decoded.named[findings.named.indexOf(m.alias)], 'the very object, not a copy');
        });
      }
      const spahn = findInArticle(parseArticle('a.txt', SPAHN));
      assert.ok(spahn.named.some((m) => m.alias), 'the test has an alias to keep');
    });

    it('keeps a reference to a mention outside the list as a copy', () => {
      const outside = { doc: 'a.txt', start: 0, end: 4, text: 'Шпан', lemma: 'Шпан', surname: 'Шпан' };
      const findings = { named: [{ ...outside, start: 10, end: 14, alias: outside }], placesOrgs: [], quotes: [] };
      const decoded = decodeFindings(plain(encodeFindings(findings)), 'a.txt');
      assert.deepEqual(decoded.named[0].alias, outside);
    });

    it('rejects records of the wrong shape with a reason, for each thing linking relies on', () => {
      const good = plain(encodeFindings(findInArticle(parseArticle('a.txt', SPAHN)))) as { named: Record<string, unknown>[]; placesOrgs: Record<string, unknown>[] };
      const broken: [string, (f: typeof good) => void][] = [
        ['not a list', (f) => ((f as unknown as Record<string, unknown>).named = 'x')],
        ['a start as text', (f) => (f.named[0].start = '3')],
        ['another article', (f) => (f.named[0].doc = 'b.txt')],
        ['no surname', (f) => delete f.named[0].surname],
        ['a reference out of range', (f) => (f.named[1].alias = 7)],
        ['a place without a type', (f) => (f.placesOrgs[0].type = 'PER')],
      ];
      for (const [what, damage] of broken) {
        const f = structuredClone(good);
        damage(f);
        assert.throws(() => decodeFindings(f, 'a.txt'), (e: Error & { reason?: string }) => e.reason === 'corrupt', what);
      }
    });
  });

  describe('checks of the stored files', () => {
    const identity: StoreIdentity = { extension: '1.0.0', pipeline: '', root: 'file:///corpus' };
    async function written(): Promise<{ files: MemoryStoreFiles; identity: StoreIdentity }> {
      const files = new MemoryStoreFiles();
      const s = session(files);
      try {
        const pipeline = await s.client.describe();
        await fullBuild(s, filesOf(new Map(SAMPLE_FILES)));
        await s.store.save((await s.client.build('current')).snapshot);
        return { files, identity: { ...identity, pipeline } };
      } finally {
        s.dispose();
      }
    }
    const reasonOf = async (files: StoreFiles, id: StoreIdentity): Promise<string> => {
      const loaded = await loadIndex(files, id, nextTurn);
      return isProblem(loaded) ? loaded.reason : 'loaded';
    };
    const edit = (files: MemoryStoreFiles, name: string, change: (data: Uint8Array) => Uint8Array): void => {
      files.files.set(name, change(files.files.get(name) as Uint8Array));
    };

    it('loads what was saved, and tells a missing store', async () => {
      const { files, identity: id } = await written();
      const loaded = await loadIndex(files, id, nextTurn);
      assert.ok(!isProblem(loaded));
      assert.equal(loaded.snapshot.articles.length, SAMPLE_FILES.length);
      assert.equal(await reasonOf(new MemoryStoreFiles(), id), 'missing');
    });

    it('calls a store of another extension version, pipeline, folder or format stale', async () => {
      const { files, identity: id } = await written();
      assert.equal(await reasonOf(files, { ...id, extension: '1.0.1' }), 'stale');
      assert.equal(await reasonOf(files, { ...id, pipeline: 'other' }), 'stale');
      assert.equal(await reasonOf(files, { ...id, root: 'file:///elsewhere' }), 'stale');
      // Format 1: the snapshot as JSON lines.
      edit(files, 'manifest.json', (m) => bytes(new TextDecoder().decode(m).replace('"format":3', '"format":1')));
      assert.equal(await reasonOf(files, id), 'stale');
    });

    it('calls a truncated, altered, unparsable or ill-shaped store so before showing it, and never throws', async () => {
      const cases: [string, string, (d: Uint8Array) => Uint8Array][] = [
        ['checksum', snapshotFile(0), (d) => d.subarray(0, d.length - 12)],
        // A letter in the first article's text (its code units are whole in the file): still an index, not the one stored.
        ['checksum', snapshotFile(0), (d) => {
          const at = 2 * new TextDecoder('utf-16le').decode(d).indexOf(SAMPLE_FILES[0][1].slice(0, 20));
          assert.ok(at >= 0);
          return d.map((b, i) => (i === at ? b ^ 1 : b));
        }],
        ['corrupt', 'manifest.json', (d) => d.subarray(0, 20)],
        ['corrupt', 'manifest.json', () => bytes('{"format":3,"extension":"1.0.0"}')],
        ['corrupt', 'manifest.json', () => bytes('null')],
      ];
      for (const [reason, name, damage] of cases) {
        const { files, identity: id } = await written();
        edit(files, name, damage);
        assert.equal(await reasonOf(files, id), reason, `${name} ${reason}`);
      }
    });

    const AFTER_SHOWN: [string, string, (d: Uint8Array) => Uint8Array, RegExp][] = [
      [
        'a truncated findings file',
        'findings.bin',
        (d) => d.subarray(1),
        /^warn: Stored findings not used: the stored index does not match its checksum \(findings\.bin has \d+ bytes, its manifest says \d+\); every article is extracted again\.$/,
      ],
    ];
    for (const [what, name, damage, line] of AFTER_SHOWN) {
      it(`tells ${what} after the index was shown, and builds from the files`, async () => {
        const { files } = await written();
        edit(files, name, damage);
        const log = recordingLog();
        const s = session(files, log);
        try {
          const stored = await s.store.load();
          assert.ok(stored, 'loaded and shown: the snapshot is read and its length checked before');
          const warm = await fullBuild(s, filesOf(new Map(SAMPLE_FILES)), stored);
          assert.equal(warm.unchanged, false, 'built from the files, though no file changed');
          assert.equal(log.lines.length, 1, log.lines.join('\n'));
          assert.match(log.lines[0], line);
        } finally {
          s.dispose();
        }
      });
    }

    it('calls a snapshot file that is no list of blocks corrupt even with a matching length and hash', async () => {
      const { files, identity: id } = await written();
      const damaged = new Uint8Array(files.files.get(snapshotFile(0)) as Uint8Array);
      damaged[0] ^= 1;
      files.files.set(snapshotFile(0), damaged);
      const manifest = JSON.parse(new TextDecoder().decode(files.files.get('manifest.json'))) as { snapshot: { bytes: number; hash: string }[] };
      manifest.snapshot[0] = { bytes: damaged.length, hash: contentHash(damaged) };
      files.files.set('manifest.json', bytes(JSON.stringify(manifest)));
      const loaded = await loadIndex(files, id, nextTurn);
      assert.ok(isProblem(loaded));
      assert.equal(loaded.reason, 'corrupt');
      assert.match(loaded.detail, /^snapshot-0\.bin: no block at byte 0$/);
    });

    it('decodes a findings file only for its own pipeline and intact, and says why not', async () => {
      const engine = new IndexEngine();
      engine.setArticle('a.txt', { bytes: bytes(SPAHN) }, contentHash(bytes(SPAHN)));
      const file = engine.exportFindings();
      assert.equal(decodeFindingsFile(file, contentHash(file)).get('a.txt')?.findings.named.length, 2);
      const reason = (data: Uint8Array): string => {
        try {
          decodeFindingsFile(data, contentHash(data));
          return 'decoded';
        } catch (error) {
          return (error as { reason: string }).reason;
        }
      };
      const unpacked = unpackFindingsFile(file) as FindingsFile;
      assert.deepEqual(unpacked, JSON.parse(JSON.stringify(unpacked)), 'unpacked as JSON would parse it');
      assert.equal(reason(packFindingsFile({ ...unpacked, pipeline: 'older' })), 'stale');
      assert.equal(reason(packFindingsFile({ ...unpacked, articles: [{ path: 'a.txt' }] } as FindingsFile)), 'corrupt');
      assert.equal(reason(bytes(JSON.stringify(unpacked))), 'stale', 'format 1 was JSON');
      assert.equal(reason(file.subarray(0, 32)), 'corrupt');
      assert.equal(reason(new Uint8Array(0)), 'corrupt');
      assert.equal(reason(Buffer.concat([file, file])), 'corrupt', 'one block only');
      assert.throws(() => decodeFindingsFile(file, '0'), (e: Error & { reason?: string }) => e.reason === 'checksum');
    });

    it('has the engine answer an unusable findings file with its reason, and extract everything instead', async () => {
      const messages: EngineMessage[] = [];
      const server = new EngineServer((m) => messages.push(m), nextTurn);
      server.receive({ id: 1, type: 'open' });
      server.receive({ id: 2, type: 'restore', target: 'next', findings: bytes('no findings'), hash: contentHash(bytes('no findings')) });
      server.receive({ id: 3, type: 'apply', target: 'next', changes: [article('a.txt', SPAHN)] });
      server.receive({ id: 4, type: 'build', target: 'next' });
      while (!messages.some((m) => m.type === 'built')) await nextTurn();
      const unusable = messages.find((m) => m.type === 'unusable') as { problem: StoreProblem };
      assert.equal(unusable.problem.reason, 'corrupt');
      assert.ok(!messages.some((m) => m.type === 'failed'));
    });
  });

  describe('warm start', () => {
    /** An article changed as an edit would: a paragraph dropped, or another article's paragraph added. */
    function edited(random: () => number, text: string): string {
      const paragraphs = text.split(/\n\s*\n/);
      if (paragraphs.length > 1 && random() < 0.5) paragraphs.splice(Math.floor(random() * paragraphs.length), 1);
      else paragraphs.push(SAMPLE_FILES[Math.floor(random() * SAMPLE_FILES.length)][1].split(/\n\s*\n/)[1] ?? SPAHN);
      return paragraphs.join('\n\n');
    }

    /** Random corpora of sample articles under random names, with random paragraphs. */
    function randomCorpus(random: () => number): Map<string, string> {
      const corpus = new Map<string, string>();
      for (let i = 0; i < 4 + Math.floor(random() * 4); i++) corpus.set(`a${i}.txt`, edited(random, SAMPLE_FILES[Math.floor(random() * SAMPLE_FILES.length)][1]));
      return corpus;
    }

    const RUNS: [number, OpenEngineChannel, string][] = [
      [1, openInProcessChannel, 'in process'],
      [2, openInProcessChannel, 'in process'],
      [3, openInProcessChannel, 'in process'],
      [4, WORKER, 'through the worker'],
    ];
    for (const [seed, open, where] of RUNS) {
      it(`seed ${seed}, ${where}: a second session from the store, after random edits, deletes and new files, gives the cold build's index`, async () => {
        const random = seededRandom(seed);
        const files = new MemoryStoreFiles();
        const corpus = randomCorpus(random);
        const first = session(files, recordingLog(), undefined, open);
        const cold = await fullBuild(first, filesOf(corpus));
        await first.store.save(cold.snapshot as IndexSnapshot);
        first.dispose();

        for (const [path, text] of [...corpus]) {
          const roll = random();
          if (roll < 0.2) corpus.delete(path);
          else if (roll < 0.5) corpus.set(path, edited(random, text));
        }
        if (random() < 0.5) corpus.set('new.txt', SPAHN);
        const corrections = random() < 0.3 ? 'rename:\n  Стив Уиткофф: Стивен Уиткофф\n' : undefined;

        const log = recordingLog();
        const second = session(files, log, undefined, open);
        try {
          const stored = await second.store.load();
          assert.ok(stored, log.lines.join('\n'));
          assert.deepEqual(stored.snapshot, plain(cold.snapshot), 'shown at once: the index saved');
          const warm = await fullBuild(second, filesOf(corpus, corrections), stored);
          const fresh = new IndexEngine();
          for (const change of filesOf(corpus, corrections)) fresh.apply(change);
          assert.equal(warm.unchanged, false);
          assert.deepEqual(plain(warm.snapshot), plain(fresh.build()));
          // After a warm start, live edits go on as after a cold one (sent as a delta: mentions article by article).
          second.client.apply('current', second.store.take('current', [article('a0.txt', SPAHN)]));
          fresh.apply(article('a0.txt', SPAHN));
          assert.deepEqual(byArticle((await second.client.build('current')).snapshot), byArticle(fresh.build()));
          assert.deepEqual(log.lines, []);
        } finally {
          second.dispose();
        }
      });
    }

    it('builds nothing when no file changed, and keeps following edits', async () => {
      const files = new MemoryStoreFiles();
      const corpus = new Map(SAMPLE_FILES);
      const first = session(files);
      await first.store.save((await fullBuild(first, filesOf(corpus))).snapshot as IndexSnapshot);
      first.dispose();
      const second = session(files);
      try {
        const stored = (await second.store.load()) as LoadedIndex;
        const warm = await fullBuild(second, filesOf(corpus), stored);
        assert.equal(warm.unchanged, true);
        second.client.apply('current', second.store.take('current', [{ kind: 'absent', path: SAMPLE_FILES[0][0], problems: [] }]));
        assert.equal((await second.client.build('current')).snapshot.articles.length, SAMPLE_FILES.length - 1);
      } finally {
        second.dispose();
      }
    });

    it('takes the stored findings of unchanged files and extracts the changed ones', async () => {
      const files = new MemoryStoreFiles();
      const corpus = new Map([
        ['same.txt', SPAHN],
        ['changed.txt', SPAHN],
      ]);
      const first = session(files);
      await first.store.save((await fullBuild(first, filesOf(corpus))).snapshot as IndexSnapshot);
      first.dispose();
      // Marks the stored findings, keeping the store's checksums right: only a file whose findings were taken
      // from the store shows the mark.
      const findings = unpackFindingsFile(files.files.get('findings.bin') as Uint8Array) as FindingsFile;
      for (const a of findings.articles) for (const m of a.findings.named) m.lemma = `${m.lemma} (stored)`;
      const data = packFindingsFile(findings);
      files.files.set('findings.bin', data);
      const manifest = JSON.parse(new TextDecoder().decode(files.files.get('manifest.json'))) as { findings: { bytes: number; hash: string } };
      manifest.findings = { bytes: data.length, hash: contentHash(data) };
      files.files.set('manifest.json', bytes(JSON.stringify(manifest)));

      corpus.set('changed.txt', `${SPAHN}\n\nЙенс Шпан прибыл в Париж.`);
      const second = session(files);
      try {
        const warm = await fullBuild(second, filesOf(corpus), (await second.store.load()) as LoadedIndex);
        const lemmas = (doc: string): string[] => (warm.snapshot as IndexSnapshot).mentions.filter((m) => m.doc === doc && m.type === 'PER').map((m) => m.lemma);
        assert.ok(lemmas('same.txt').every((l) => l.endsWith('(stored)')), lemmas('same.txt').join());
        assert.ok(lemmas('changed.txt').every((l) => !l.endsWith('(stored)')), lemmas('changed.txt').join());
      } finally {
        second.dispose();
      }
    });

    it('rejects a damaged or stale store with one line in the output, removes it, and indexes cold', async () => {
      const files = new MemoryStoreFiles();
      const first = session(files);
      await first.store.save((await fullBuild(first, filesOf(new Map(SAMPLE_FILES)))).snapshot as IndexSnapshot);
      first.dispose();
      files.files.set(snapshotFile(0), bytes('{"field":'));
      const log = recordingLog();
      const second = session(files, log);
      try {
        assert.equal(await second.store.load(), undefined);
        assert.equal(log.lines.length, 1);
        assert.match(log.lines[0], /^warn: Stored index not used: the stored index does not match its checksum \(snapshot-0\.bin has \d+ bytes, its manifest says \d+\); indexing from the files\.$/);
        assert.equal(files.files.size, 0, 'removed');
        const third = session(files, log, 'file:///another');
        try {
          assert.equal(await third.store.load(), undefined);
        } finally {
          third.dispose();
        }
      } finally {
        second.dispose();
      }
    });
  });

  it('writes, reads and removes its files on disk, replacing each whole', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'corpus-store-'));
    try {
      const files = new NodeStoreFiles(join(folder, 'store'));
      assert.equal(await files.read('a'), undefined);
      await files.write('a', [bytes('one '), bytes('two')]);
      await files.write('a', [bytes('three')]);
      assert.equal(new TextDecoder().decode(await files.read('a')), 'three');
      await files.write('b', [bytes('four')]);
      assert.equal(await files.remove('b'), true);
      assert.equal(await files.remove('b'), false);
      assert.equal(await files.read('b'), undefined);
      await files.clear();
      assert.equal(await files.read('a'), undefined);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
