// The stored snapshot as binary blocks, one per SnapshotPart (snapshotParts.ts): what a warm start decodes on the
// editor's thread, a block per step. As JSON in UTF-16 it was 146 MB at 10,000 articles and took a second to read
// and parse; here a mention's text is not written when it is the slice of its article's text it always is, its
// lemma not when it equals the text, and a path, entity id, type or lemma is written once and then referred to by
// number, so the snapshot is about a third as large and decoding makes few strings besides the articles' texts.
//
// A block, in 32-bit little-endian words (as every platform VS Code runs on):
//   BLOCK_MAGIC, field code, count of number words N, count of UTF-16 code units C, N words, C code units,
//   zero padding to a multiple of 4 bytes.
// The numbers and the text are read in order, as the encoder wrote them; a string is its length (a number) and
// its code units (in the text). A "shared" string is a number k: k ≥ 0 is the k-th shared string met so far (in
// every block before, across files), k < 0 a new one of -k - 1 code units, shared from then on.
// Entities, events and problems (a few percent of the snapshot) are a block holding one JSON string. A record
// with a field this codec does not know, or a value of an unexpected kind, is written whole as JSON: the codec
// never loses what a snapshot holds, a new field only costs speed until it is taught here.
import type { IndexSnapshot } from '../engine/indexEngine';
import { type SnapshotPart, splitSnapshot } from '../engine/snapshotParts';
import type { DateDetails, IndexedArticle, Mention, Sentence, Span } from '../types';
import { StoreError } from './storeProblem';

/** 'CNB1' read as a little-endian word; a block read at the wrong place, or another layout, does not start so. */
const BLOCK_MAGIC = 0x31424e43;
const HEADER_WORDS = 4;
const FIELDS = ['articles', 'mentions', 'entities', 'events', 'problems'] as const;
type Field = (typeof FIELDS)[number];

/** A record written as JSON whole (see above), in place of its fields. */
const AS_JSON = -1;

const ARTICLE_KEYS = new Set(['path', 'text', 'lang', 'date', 'dateEvidence', 'title', 'header', 'boilerplate', 'paragraphs', 'sentences']);
const ARTICLE_DATE = 1;
const ARTICLE_HEADER = 2;
const ARTICLE_DATE_EVIDENCE = 4;

const MENTION_KEYS = new Set(['doc', 'start', 'end', 'type', 'text', 'lemma', 'entity', 'value', 'date']);
const DATE_KEYS = new Set(['end', 'partOfDay', 'resolution', 'weekdayMismatch']);
const TEXT_IS_SLICE = 1;
const LEMMA_IS_TEXT = 2;
const ENTITY = 4;
const VALUE = 8;
const DATE = 16;
const DATE_END = 32;
const PART_OF_DAY = 64;
const WEEKDAY_MISMATCH = 128;
const WEEKDAY_MISMATCH_TRUE = 256;

/** Encodes a snapshot, a block per part, in the order a decoder must read them. */
export class SnapshotEncoder {
  private readonly out = new BlockWriter();
  private readonly texts: Map<string, string>;

  constructor(private readonly snapshot: IndexSnapshot) {
    this.texts = new Map(snapshot.articles.map((a) => [a.path, a.text]));
  }

  /**
   * One block per part, a few milliseconds each. A block is valid until the next is asked for: all are written
   * in the same memory, since buffers made and dropped by the hundred made the garbage collector stop the thread
   * for a full collection (70 ms and more) while a store was saved.
   */
  *blocks(): Generator<Uint8Array> {
    for (const part of splitSnapshot(this.snapshot)) yield this.block(part);
  }

  private block(part: SnapshotPart): Uint8Array {
    const out = this.out;
    out.reset();
    switch (part.field) {
      case 'articles':
        for (const article of part.items) this.article(out, article);
        break;
      case 'mentions':
        for (const mention of part.items) this.mention(out, mention);
        break;
      default:
        out.string(JSON.stringify(part.items));
    }
    return out.finish(FIELDS.indexOf(part.field));
  }

  private article(out: BlockWriter, a: IndexedArticle): void {
    if (!isPlainArticle(a)) {
      out.int(AS_JSON);
      out.string(JSON.stringify(a));
      return;
    }
    out.int((a.date !== undefined ? ARTICLE_DATE : 0) | (a.header ? ARTICLE_HEADER : 0) | (a.dateEvidence ? ARTICLE_DATE_EVIDENCE : 0));
    out.shared(a.path);
    out.string(a.text);
    out.shared(a.lang);
    out.string(a.title);
    if (a.date !== undefined) out.shared(a.date);
    if (a.header) out.spans([a.header]);
    if (a.dateEvidence) out.string(JSON.stringify(a.dateEvidence));
    out.spans(a.boilerplate);
    out.spans(a.paragraphs);
    out.int(a.sentences.length);
    for (const s of a.sentences) {
      out.int(s.start);
      out.int(s.end);
      out.int(s.paragraph);
    }
  }

  private mention(out: BlockWriter, m: Mention): void {
    if (!isPlainMention(m)) {
      out.int(AS_JSON);
      out.string(JSON.stringify(m));
      return;
    }
    const text = this.texts.get(m.doc);
    const isSlice = text !== undefined && m.end - m.start === m.text.length && text.startsWith(m.text, m.start);
    const date = m.date;
    out.int(
      (isSlice ? TEXT_IS_SLICE : 0) |
        (m.lemma === m.text ? LEMMA_IS_TEXT : 0) |
        (m.entity !== undefined ? ENTITY : 0) |
        (m.value !== undefined ? VALUE : 0) |
        (date ? DATE : 0) |
        (date?.end !== undefined ? DATE_END : 0) |
        (date?.partOfDay !== undefined ? PART_OF_DAY : 0) |
        (date?.weekdayMismatch !== undefined ? WEEKDAY_MISMATCH : 0) |
        (date?.weekdayMismatch ? WEEKDAY_MISMATCH_TRUE : 0),
    );
    out.shared(m.doc);
    out.int(m.start);
    out.int(m.end);
    out.shared(m.type);
    if (!isSlice) out.string(m.text);
    if (m.lemma !== m.text) out.shared(m.lemma);
    if (m.entity !== undefined) out.shared(m.entity);
    if (m.value !== undefined) out.shared(m.value);
    if (date) {
      out.shared(date.resolution);
      if (date.end !== undefined) out.shared(date.end);
      if (date.partOfDay !== undefined) out.shared(date.partOfDay);
    }
  }
}

/** Decodes the blocks SnapshotEncoder wrote, file after file in their order; StoreError when they are malformed. */
export class SnapshotDecoder {
  private readonly shared: string[] = [];
  private readonly texts = new Map<string, string>();
  private readonly text = new TextDecoder('utf-16le');

  /** The parts of one file, a block per `next()`. */
  *parts(bytes: Uint8Array, name: string): Generator<SnapshotPart> {
    if (bytes.length % 4 !== 0) throw new StoreError('corrupt', `${name} is no list of blocks (${bytes.length} bytes)`);
    // Words need an offset into their buffer that is a multiple of 4; a file read into a shared pool may lack one.
    const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
    const words = new Int32Array(aligned.buffer, aligned.byteOffset, aligned.length / 4);
    for (let at = 0; at < words.length; ) {
      if (words.length - at < HEADER_WORDS || words[at] !== BLOCK_MAGIC) throw new StoreError('corrupt', `${name}: no block at byte ${4 * at}`);
      const field = FIELDS[words[at + 1]];
      const ints = words[at + 2];
      const chars = words[at + 3];
      const intsAt = at + HEADER_WORDS;
      const charsAt = 4 * (intsAt + ints);
      const end = Math.ceil((charsAt + 2 * chars) / 4);
      if (!field || ints < 0 || chars < 0 || end > words.length) throw new StoreError('corrupt', `${name}: a block at byte ${4 * at} that does not fit`);
      const text = this.text.decode(aligned.subarray(charsAt, charsAt + 2 * chars));
      const reader = new BlockReader(words.subarray(intsAt, intsAt + ints), text, this.shared, name);
      yield this.part(field, reader);
      reader.end();
      at = end;
    }
  }

  private part(field: Field, read: BlockReader): SnapshotPart {
    switch (field) {
      case 'articles': {
        const items: IndexedArticle[] = [];
        while (!read.done()) items.push(this.article(read));
        return { field, items };
      }
      case 'mentions': {
        const items: Mention[] = [];
        while (!read.done()) items.push(this.mention(read));
        return { field, items };
      }
      default: {
        const items = read.json();
        if (!Array.isArray(items)) throw read.corrupt(`the ${field} are no list`);
        return { field, items } as SnapshotPart;
      }
    }
  }

  private article(read: BlockReader): IndexedArticle {
    const flags = read.int();
    const article: IndexedArticle =
      flags === AS_JSON
        ? (read.json() as IndexedArticle)
        : {
            path: read.shared(),
            text: read.string(),
            lang: read.shared() as IndexedArticle['lang'],
            title: read.string(),
            ...(flags & ARTICLE_DATE ? { date: read.shared() } : {}),
            ...(flags & ARTICLE_HEADER ? { header: read.spans()[0] } : {}),
            ...(flags & ARTICLE_DATE_EVIDENCE ? { dateEvidence: read.json() as IndexedArticle['dateEvidence'] } : {}),
            boilerplate: read.spans(),
            paragraphs: read.spans(),
            sentences: read.sentences(),
          };
    if (typeof article?.path !== 'string' || typeof article.text !== 'string') throw read.corrupt('an article without its path or text');
    this.texts.set(article.path, article.text);
    return article;
  }

  private mention(read: BlockReader): Mention {
    const flags = read.int();
    if (flags === AS_JSON) {
      const mention = read.json() as Mention;
      if (typeof mention?.doc !== 'string') throw read.corrupt('a mention without its article');
      return mention;
    }
    const doc = read.shared();
    const start = read.int();
    const end = read.int();
    const type = read.shared() as Mention['type'];
    let text: string;
    if (flags & TEXT_IS_SLICE) {
      const of = this.texts.get(doc);
      if (of === undefined || start < 0 || end < start || end > of.length) throw read.corrupt(`a mention of ${JSON.stringify(doc)} outside its article`);
      text = of.slice(start, end);
    } else text = read.string();
    const mention: Mention = { doc, start, end, type, text, lemma: flags & LEMMA_IS_TEXT ? text : read.shared() };
    if (flags & ENTITY) mention.entity = read.shared();
    if (flags & VALUE) mention.value = read.shared();
    if (flags & DATE) {
      const date: DateDetails = { resolution: read.shared() as DateDetails['resolution'] };
      if (flags & DATE_END) date.end = read.shared();
      if (flags & PART_OF_DAY) date.partOfDay = read.shared() as DateDetails['partOfDay'];
      if (flags & WEEKDAY_MISMATCH) date.weekdayMismatch = (flags & WEEKDAY_MISMATCH_TRUE) !== 0;
      mention.date = date;
    }
    return mention;
  }
}

/** A block being written: its numbers and its text, each in a buffer that grows by doubling and is used again. */
class BlockWriter {
  /** Every string written shared so far, with its number. */
  private readonly sharedIndex = new Map<string, number>();
  private ints = new Int32Array(1024);
  private intCount = 0;
  private chars = new Uint16Array(4096);
  private charCount = 0;
  private block = new Uint8Array(65536);

  reset(): void {
    this.intCount = 0;
    this.charCount = 0;
  }

  int(value: number): void {
    if (this.intCount === this.ints.length) this.ints = grown(this.ints, this.intCount + 1);
    this.ints[this.intCount++] = value;
  }

  string(value: string): void {
    this.int(value.length);
    this.units(value);
  }

  shared(value: string): void {
    const known = this.sharedIndex.get(value);
    if (known !== undefined) return this.int(known);
    this.sharedIndex.set(value, this.sharedIndex.size);
    this.int(-1 - value.length);
    this.units(value);
  }

  spans(spans: readonly Span[]): void {
    this.int(spans.length);
    for (const s of spans) {
      this.int(s.start);
      this.int(s.end);
    }
  }

  private units(value: string): void {
    if (this.charCount + value.length > this.chars.length) this.chars = grown(this.chars, this.charCount + value.length);
    const chars = this.chars;
    let at = this.charCount;
    for (let i = 0; i < value.length; i++) chars[at++] = value.charCodeAt(i);
    this.charCount = at;
  }

  /** The block, in memory the next block is written to. */
  finish(field: number): Uint8Array {
    const charsAt = 4 * (HEADER_WORDS + this.intCount);
    const length = 4 * Math.ceil((charsAt + 2 * this.charCount) / 4);
    if (length > this.block.length) this.block = grown(this.block, length);
    const block = this.block;
    const words = new Int32Array(block.buffer, 0, HEADER_WORDS + this.intCount);
    words.set([BLOCK_MAGIC, field, this.intCount, this.charCount]);
    words.set(this.ints.subarray(0, this.intCount), HEADER_WORDS);
    new Uint16Array(block.buffer, charsAt, this.charCount).set(this.chars.subarray(0, this.charCount));
    // The padding, which the block before may have filled.
    block.fill(0, charsAt + 2 * this.charCount, length);
    return block.subarray(0, length);
  }
}

function grown<T extends Int32Array | Uint16Array | Uint8Array>(array: T, needed: number): T {
  const next = new (array.constructor as new (length: number) => T)(Math.max(needed, 2 * array.length));
  next.set(array);
  return next;
}

/** A block being read, in the order it was written; every read is checked against the block's bounds. */
class BlockReader {
  private at = 0;
  private textAt = 0;

  constructor(
    private readonly ints: Int32Array,
    private readonly text: string,
    private readonly sharedStrings: string[],
    private readonly name: string,
  ) {}

  done(): boolean {
    return this.at === this.ints.length;
  }

  int(): number {
    if (this.at >= this.ints.length) throw this.corrupt('a block that ends early');
    return this.ints[this.at++];
  }

  string(): string {
    return this.units(this.int());
  }

  shared(): string {
    const k = this.int();
    if (k >= 0) {
      if (k >= this.sharedStrings.length) throw this.corrupt(`a reference to string ${k} of ${this.sharedStrings.length}`);
      return this.sharedStrings[k];
    }
    const value = this.units(-1 - k);
    this.sharedStrings.push(value);
    return value;
  }

  json(): unknown {
    try {
      return JSON.parse(this.string());
    } catch (error) {
      if (error instanceof StoreError) throw error;
      throw this.corrupt(`a record that is not JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  spans(): Span[] {
    const spans: Span[] = new Array(this.count(2));
    for (let i = 0; i < spans.length; i++) spans[i] = { start: this.int(), end: this.int() };
    return spans;
  }

  sentences(): Sentence[] {
    const sentences: Sentence[] = new Array(this.count(3));
    for (let i = 0; i < sentences.length; i++) sentences[i] = { start: this.int(), end: this.int(), paragraph: this.int() };
    return sentences;
  }

  /** The block's last number and code unit read: anything left over means it was not read as written. */
  end(): void {
    if (this.at !== this.ints.length || this.textAt !== this.text.length) throw this.corrupt('a block with more in it than its records');
  }

  corrupt(what: string): StoreError {
    return new StoreError('corrupt', `${this.name}: ${what}`);
  }

  /** A count of records of `size` numbers each, checked against what is left (a damaged count must not allocate). */
  private count(size: number): number {
    const count = this.int();
    if (count < 0 || count * size > this.ints.length - this.at) throw this.corrupt(`a count of ${count} that does not fit its block`);
    return count;
  }

  private units(length: number): string {
    if (length < 0 || this.textAt + length > this.text.length) throw this.corrupt('a string that does not fit its block');
    const value = this.text.slice(this.textAt, this.textAt + length);
    this.textAt += length;
    return value;
  }
}

/** An article of the fields and kinds this codec writes field by field. */
function isPlainArticle(a: IndexedArticle): boolean {
  for (const key in a) if (!ARTICLE_KEYS.has(key)) return false;
  return (
    typeof a.path === 'string' &&
    typeof a.text === 'string' &&
    typeof a.lang === 'string' &&
    typeof a.title === 'string' &&
    (a.date === undefined || typeof a.date === 'string') &&
    (a.header === undefined || isSpan(a.header)) &&
    (a.dateEvidence === undefined || (typeof a.dateEvidence === 'object' && a.dateEvidence !== null)) &&
    Array.isArray(a.boilerplate) &&
    a.boilerplate.every(isSpan) &&
    Array.isArray(a.paragraphs) &&
    a.paragraphs.every(isSpan) &&
    Array.isArray(a.sentences) &&
    a.sentences.every((s) => isRecord(s) && isInt32(s.start) && isInt32(s.end) && isInt32(s.paragraph) && keyCount(s) === 3)
  );
}

/** A mention of the fields and kinds this codec writes field by field. */
function isPlainMention(m: Mention): boolean {
  for (const key in m) if (!MENTION_KEYS.has(key)) return false;
  const date = m.date;
  if (date !== undefined) {
    if (!isRecord(date)) return false;
    for (const key in date) if (!DATE_KEYS.has(key)) return false;
    if (typeof date.resolution !== 'string' || !optionalString(date.end) || !optionalString(date.partOfDay)) return false;
    if (date.weekdayMismatch !== undefined && typeof date.weekdayMismatch !== 'boolean') return false;
  }
  return (
    typeof m.doc === 'string' &&
    isInt32(m.start) &&
    isInt32(m.end) &&
    typeof m.type === 'string' &&
    typeof m.text === 'string' &&
    typeof m.lemma === 'string' &&
    optionalString(m.entity) &&
    optionalString(m.value)
  );
}

const isSpan = (s: Span): boolean => isRecord(s) && isInt32(s.start) && isInt32(s.end) && keyCount(s) === 2;

const isRecord = (value: unknown): boolean => typeof value === 'object' && value !== null;

const isInt32 = (value: unknown): boolean => typeof value === 'number' && (value | 0) === value;

const optionalString = (value: unknown): boolean => value === undefined || typeof value === 'string';

/** Counted without making the list Object.keys would: spans are hundreds of thousands. */
function keyCount(record: object): number {
  let count = 0;
  for (const _ in record) count++;
  return count;
}
