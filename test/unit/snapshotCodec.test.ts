// The stored snapshot's binary codec: what it decodes is what was encoded (the samples' index, and records of
// every shape the codec writes field by field or falls back to JSON for), spread over several files; and damaged
// bytes — truncated, altered at any byte, or outright foreign — give a StoreError, never another exception.
// Also: a findings file crosses threads by hand-over, not by copy, when it fills its buffer.
import * as assert from 'node:assert/strict';
import { IndexEngine, type IndexSnapshot } from '../../src/core/engine/indexEngine';
import { transferables } from '../../src/core/engine/protocol';
import { SnapshotDecoder, SnapshotEncoder } from '../../src/core/store/snapshotCodec';
import { BlockWriter, readBlocks } from '../../src/core/store/storeBlocks';
import { isProblem, loadIndex, saveIndex, snapshotFile } from '../../src/core/store/storedIndex';
import { StoreError } from '../../src/core/store/storeProblem';
import type { IndexedArticle, Mention } from '../../src/core/types';
import { seededRandom } from '../../src/core/util/seededRandom';
import { MemoryStoreFiles, SAMPLE_FILES } from './engineFixtures';

const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const nextTurn = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Every block of a snapshot, as one file (each copied: the encoder writes the next block where it wrote the last). */
function encoded(snapshot: IndexSnapshot): Uint8Array {
  return Buffer.concat(Array.from(new SnapshotEncoder(snapshot).blocks(), (block) => block.slice()));
}

function decoded(bytes: Uint8Array): IndexSnapshot {
  const snapshot: IndexSnapshot = { articles: [], mentions: [], entities: [], events: [], quotes: [], problems: [] };
  for (const part of new SnapshotDecoder().parts(bytes, 'snapshot-0.bin')) (snapshot[part.field] as unknown[]).push(...part.items);
  return snapshot;
}

function samplesSnapshot(): IndexSnapshot {
  const engine = new IndexEngine();
  for (const [path, text] of SAMPLE_FILES) engine.setArticle(path, { text });
  engine.apply({ kind: 'corrections', content: { text: 'rename:\n  Стив Уиткофф: Стивен Уиткофф\n' }, problems: [] });
  return engine.build();
}

const ARTICLE: IndexedArticle = {
  path: 'a.txt',
  text: 'date 2026-01-15\nЙенс Шпан приехал в Берлин 15 января утром.',
  lang: 'ru',
  date: '2026-01-15',
  dateEvidence: { evidence: 'header' },
  title: 'Йенс Шпан приехал в Берлин',
  header: { start: 0, end: 15 },
  boilerplate: [{ start: 55, end: 57 }],
  paragraphs: [{ start: 16, end: 59 }],
  sentences: [{ start: 16, end: 59, paragraph: 0 }],
};

/** Records of each kind the codec writes: sliced text or not, lemma equal or not, every date detail, and the JSON fallbacks. */
function oddSnapshot(): IndexSnapshot {
  const mention = (fields: Partial<Mention>): Mention => ({ doc: 'a.txt', start: 16, end: 25, type: 'PER', text: 'Йенс Шпан', lemma: 'Йенс Шпан', entity: 'per:spahn', ...fields });
  return {
    articles: [
      ARTICLE,
      { ...ARTICLE, path: 'b.txt', date: undefined, dateEvidence: undefined, header: undefined } as IndexedArticle,
      // Fields the codec does not know go whole as JSON.
      { ...ARTICLE, path: 'c.txt', extra: [1, 2] } as IndexedArticle,
      { ...ARTICLE, path: 'd.txt', sentences: [{ start: 16, end: 59, paragraph: 0, extra: true }] } as unknown as IndexedArticle,
      { ...ARTICLE, path: 'e.txt', text: '' },
    ],
    mentions: [
      mention({}),
      mention({ doc: 'b.txt', lemma: 'Шпан' }),
      mention({ text: 'Йенс Шпан?', end: 26 }),
      mention({ doc: 'nowhere.txt' }),
      mention({ type: 'DATE', entity: undefined, start: 42, end: 51, text: '15 января', lemma: '15 января', value: '2026-01-15', date: { resolution: 'explicit' } }),
      mention({
        type: 'DATE',
        entity: undefined,
        start: 42,
        end: 51,
        text: '15 января',
        lemma: '15 января',
        value: '2026-01-15',
        date: { end: '2026-01-16', partOfDay: 'morning', resolution: 'year-from-article', weekdayMismatch: false },
      }),
      mention({ type: 'DATE', entity: undefined, start: 42, end: 51, text: '15 января', lemma: '15 января', value: '2026-01', date: { resolution: 'weekday', weekdayMismatch: true } }),
      mention({ extra: 1 } as Partial<Mention>),
      mention({ date: { resolution: 'explicit', extra: 2 } } as unknown as Partial<Mention>),
      mention({ start: 1.5 }),
    ],
    entities: [{ id: 'per:spahn', type: 'PER', name: 'Йенс Шпан', aliases: ['Шпан'], roles: [{ title: 'министр', sources: [{ doc: 'a.txt', start: 16, end: 59 }] }] }],
    events: [{ id: 'event:1', title: 'Визит', date: '2026-01-15', participants: ['per:spahn'], sources: [] }],
    quotes: [{ speaker: 'per:spahn', doc: 'a.txt', start: 26, end: 40 }],
    problems: [{ path: 'corpus.yaml', message: 'unknown key', severity: 'warning', line: 1, column: 1 }],
  };
}

function reasonOf(decode: () => unknown): string {
  try {
    decode();
    return 'decoded';
  } catch (error) {
    if (error instanceof StoreError) return error.reason;
    throw error;
  }
}

describe('the stored snapshot codec', function () {
  this.timeout(60_000);

  it('decodes the samples’ index as it was, in a fraction of its size as JSON', () => {
    const snapshot = samplesSnapshot();
    const bytes = encoded(snapshot);
    assert.deepEqual(decoded(bytes), plain(snapshot));
    assert.ok(bytes.length < JSON.stringify(snapshot).length, `${bytes.length} bytes`);
  });

  it('decodes records of every shape as they were, the unknown ones through JSON', () => {
    const snapshot = oddSnapshot();
    assert.deepEqual(decoded(encoded(snapshot)), plain(snapshot));
  });

  it('shares one string for what repeats: a mention’s path is its article’s, its text a slice of the article’s', () => {
    const [a] = decoded(encoded(oddSnapshot())).articles;
    const [m] = decoded(encoded(oddSnapshot())).mentions;
    assert.equal(m.text, a.text.slice(m.start, m.end));
    assert.equal(m.lemma, m.text);
  });

  it('spreads a large snapshot over several files, saved and loaded back whole', async () => {
    const big = (path: string): IndexedArticle => ({ ...ARTICLE, path, text: `${ARTICLE.text}${'Шпан '.repeat(300_000)}` });
    const snapshot = { ...oddSnapshot(), articles: [big('a.txt'), big('b.txt'), big('c.txt')] };
    const files = new MemoryStoreFiles();
    const identity = { extension: '1.0.0', pipeline: 'p', root: 'file:///corpus' };
    const manifest = await saveIndex(files, identity, new Map(), snapshot, new Uint8Array(3), nextTurn);
    assert.ok(manifest.snapshot.length >= 2, `${manifest.snapshot.length} files`);
    const loaded = await loadIndex(files, identity, nextTurn);
    assert.ok(!isProblem(loaded), JSON.stringify(loaded));
    assert.deepEqual(loaded.snapshot, plain(snapshot));
    // A smaller snapshot saved after it leaves none of the larger one's files behind.
    await saveIndex(files, identity, new Map(), oddSnapshot(), new Uint8Array(3), nextTurn);
    assert.deepEqual([...files.files.keys()].filter((name) => name.startsWith('snapshot-')), [snapshotFile(0)]);
  });

  it('calls truncated, foreign or malformed bytes corrupt', () => {
    const bytes = encoded(oddSnapshot());
    const words = (ints: number[], text = ''): Uint8Array => {
      const block = new Uint8Array(4 * Math.ceil((4 * (4 + ints.length) + 2 * text.length) / 4));
      new Int32Array(block.buffer, 0, 4 + ints.length).set([0x31424e43, 1, ints.length, text.length, ...ints]);
      new Uint16Array(block.buffer, 4 * (4 + ints.length), text.length).set(Array.from(text, (c) => c.charCodeAt(0)));
      return block;
    };
    const inField = (field: number, block: Uint8Array): Uint8Array => {
      new Int32Array(block.buffer)[1] = field;
      return block;
    };
    const cases: [string, Uint8Array][] = [
      ['truncated', bytes.subarray(0, bytes.length - 4)],
      ['not a multiple of 4 bytes', bytes.subarray(0, bytes.length - 1)],
      ['text', new TextEncoder().encode('{"field":"articles","items":[]}\n')],
      ['a block longer than the file', words([0]).subarray(0, 16)],
      ['a mention that ends early', words([0])],
      ['a reference to a string not met', words([0, 5])],
      ['a string longer than its block', words([0, -100], 'a.txt')],
      ['a mention outside its article', words([1, -2, 0, 5, -4], 'aPER')],
      ['text left over', words([2, -2, 0, 0, -4, 0], 'aPERxyz')],
      ['a count that does not fit', inField(0, words([0, -2, 0, -1, 0, 999999999], 'a'))],
      ['entities that are no list', inField(2, words([2], '{}'))],
      ['entities that are no JSON', inField(2, words([3], '{"a'))],
    ];
    for (const [what, damaged] of cases) assert.equal(reasonOf(() => decoded(damaged)), 'corrupt', what);
  });

  it('decodes or calls corrupt, never throws otherwise, whatever byte is altered', () => {
    const bytes = encoded(oddSnapshot());
    const random = seededRandom(7);
    for (let run = 0; run < 2000; run++) {
      const damaged = bytes.slice();
      const at = Math.floor(random() * damaged.length);
      damaged[at] = Math.floor(random() * 256);
      assert.ok(['decoded', 'corrupt'].includes(reasonOf(() => decoded(damaged))), `byte ${at}`);
    }
  });

  describe('a value in a block', () => {
    const packed = (value: unknown): Uint8Array => {
      const out = new BlockWriter();
      out.value(value);
      return out.finish(0).slice();
    };
    const unpacked = (bytes: Uint8Array): unknown => {
      const values: unknown[] = [];
      for (const { read } of readBlocks(bytes, 'v', [])) {
        values.push(read.value());
        read.end();
      }
      return values[0];
    };
    const VALUES: unknown = {
      ints: [0, -1, 2147483647, -2147483648, 2147483648, 1.5, -0.25, 1e300, Number.NaN, -Infinity],
      strings: ['', 'Шпан', 'Шпан', 'a\u0000b', '😀'],
      nested: { a: { b: { c: [[], {}, [null, true, false]] } } },
      omitted: undefined,
      holes: [undefined, 1],
      ['__proto__']: { polluted: true },
      keys: [{ 'a\u0000b': 1, ['__proto__']: 3 }, { '': 2 }, {}],
    };

    it('is the value as JSON would give it back', () => {
      const value = JSON.parse(JSON.stringify(VALUES)) as Record<string, unknown>;
      const back = unpacked(packed(VALUES)) as Record<string, unknown>;
      assert.deepEqual(back, value);
      assert.equal(Object.getPrototypeOf(back), Object.prototype, 'an own "__proto__" key, not a prototype');
      assert.ok(Object.hasOwn(back, '__proto__'));
    });

    it('calls any altered byte corrupt or decodes, and a value nested too deep corrupt', () => {
      const bytes = packed(VALUES);
      const random = seededRandom(11);
      for (let run = 0; run < 2000; run++) {
        const damaged = bytes.slice();
        damaged[Math.floor(random() * damaged.length)] = Math.floor(random() * 256);
        assert.ok(['decoded', 'corrupt'].includes(reasonOf(() => unpacked(damaged))));
      }
      let deep: unknown = 1;
      for (let i = 0; i < 100; i++) deep = [deep];
      assert.equal(reasonOf(() => unpacked(packed(deep))), 'corrupt');
    });
  });

  it('hands a findings file that fills its buffer over to the other thread, and copies a view into a larger one', () => {
    const own = new Uint8Array(8);
    assert.deepEqual(transferables({ type: 'findings', id: 1, bytes: own }), [own.buffer]);
    assert.deepEqual(transferables({ id: 1, type: 'restore', target: 'next', findings: own, hash: '' }), [own.buffer]);
    assert.deepEqual(transferables({ type: 'findings', id: 1, bytes: new Uint8Array(16).subarray(4) }), []);
    assert.deepEqual(transferables({ type: 'done', id: 1 }), []);
  });
});
