import * as assert from 'node:assert/strict';
import { addIgnore } from '../../src/core/correctionsEdit';
import { type CorrectionsStore, correctionsSnapshot, saveCorrectionsEdit } from '../../src/core/correctionsFile';
import { decodeArticleBytes } from '../../src/core/text/decode';
import type { TextEncodingName } from '../../src/core/text/decode';
import { encodeText, writesBackAs } from '../../src/core/text/encode';

const USER_TEXT = '# Поправки — мои, не трогать\nignore:\n  - США  # «не лицо»\n';
const hide = (name: string) => (text: string) => addIgnore(text, name);

/** corpus.yaml in memory; `meanwhile` runs once, just before the first read after an edit was staged. */
class MemoryStore implements CorrectionsStore {
  readonly log: string[] = [];
  private staged: Uint8Array | undefined;
  constructor(
    public file: Uint8Array | undefined,
    private meanwhile?: (store: MemoryStore) => void,
  ) {}
  async read(): Promise<Uint8Array | undefined> {
    if (this.staged && this.meanwhile) {
      this.meanwhile(this);
      this.meanwhile = undefined;
    }
    return this.file;
  }
  async stage(bytes: Uint8Array): Promise<void> {
    this.log.push('stage');
    this.staged = bytes;
  }
  async commit(): Promise<void> {
    this.log.push('commit');
    this.file = this.staged;
    this.staged = undefined;
  }
  async discard(): Promise<void> {
    this.log.push('discard');
    this.staged = undefined;
  }
  get text(): string | undefined {
    return this.file && decodeArticleBytes(this.file, 'corpus.yaml').text;
  }
}

describe('corpus.yaml bytes', () => {
  const ENCODINGS: TextEncodingName[] = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1251', 'koi8-r'];
  for (const encoding of ENCODINGS) {
    it(`a ${encoding} corpus.yaml is edited and written back in ${encoding}, every other byte as it was`, async () => {
      // KOI8 has no dash or guillemets: the user's text there is what KOI8 can hold.
      const userText = encoding === 'koi8-r' ? USER_TEXT.replace(/—/g, '-').replace(/[«»]/g, '"') : USER_TEXT;
      const bytes = encodeText(userText, encoding);
      assert.equal(decodeArticleBytes(bytes, 'corpus.yaml').text, userText, 'the loader reads the file');
      const snapshot = correctionsSnapshot(bytes);
      assert.equal(snapshot.encoding, encoding);
      const store = new MemoryStore(bytes);
      assert.equal(await saveCorrectionsEdit(store, snapshot, hide('Россия')), true);
      const expected = `${userText}  - Россия\n`;
      assert.deepEqual(store.file, encodeText(expected, encoding));
      assert.equal(store.text, expected);
      assert.ok(!store.text?.includes('\uFFFD'));
    });
  }

  it('finds the encoding a text was read in, or none when the read lost bytes', () => {
    assert.ok(writesBackAs(new Uint8Array([0x61]), 'a', 'utf-8'));
    const lossy = new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xff, 0x0a]);
    const decoded = decodeArticleBytes(lossy, 'corpus.yaml').text!;
    assert.ok(decoded.includes('\uFFFD'));
    assert.ok(!writesBackAs(lossy, decoded, 'utf-8-bom'));
    assert.throws(() => correctionsSnapshot(lossy), /Save it as UTF-8 first/);
  });

  it('refuses a name that the file’s encoding cannot hold, and writes nothing', async () => {
    const bytes = encodeText(USER_TEXT, 'windows-1251');
    const store = new MemoryStore(bytes);
    await assert.rejects(saveCorrectionsEdit(store, correctionsSnapshot(bytes), hide('Đoković')), /"Đ" \(U\+0110\) cannot be written in windows-1251/);
    assert.deepEqual(store.file, bytes);
    assert.deepEqual(store.log, []);
  });

  it('creates a missing file in UTF-8', async () => {
    const store = new MemoryStore(undefined);
    assert.equal(await saveCorrectionsEdit(store, correctionsSnapshot(undefined), hide('США')), true);
    assert.match(store.text ?? '', /^# corpus\.yaml[^]*ignore:\n {2}- США\n$/);
  });

  it('stages the new bytes and moves them over the file', async () => {
    const store = new MemoryStore(encodeText(USER_TEXT, 'utf-8'));
    await saveCorrectionsEdit(store, correctionsSnapshot(store.file), hide('Россия'));
    assert.deepEqual(store.log, ['stage', 'commit']);
  });

  it('keeps a change made to the file between read and write, making the edit again on it', async () => {
    const read = encodeText(USER_TEXT, 'utf-8');
    const theirs = `${USER_TEXT}rename:\n  США: Соединённые Штаты  # added elsewhere\n`;
    const store = new MemoryStore(read, (s) => (s.file = encodeText(theirs, 'utf-8')));
    assert.equal(await saveCorrectionsEdit(store, correctionsSnapshot(read), hide('Россия')), true);
    assert.equal(store.text, `${USER_TEXT}  - Россия\nrename:\n  США: Соединённые Штаты  # added elsewhere\n`);
    assert.deepEqual(store.log, ['stage', 'discard', 'stage', 'commit']);
  });

  it('writes nothing when the entry is there already', async () => {
    const bytes = encodeText(USER_TEXT, 'utf-8');
    const store = new MemoryStore(bytes);
    assert.equal(await saveCorrectionsEdit(store, correctionsSnapshot(bytes), hide('сша')), false);
    assert.deepEqual(store.log, []);
  });
});
