// Binary blocks, what the store's files are made of (snapshotCodec.ts, findingsFile.ts): numbers and strings
// written in order and read back in the same order, with every read checked, so that damaged bytes give a
// StoreError and never another exception, a huge allocation or a loop without end.
//
// A block, in 32-bit little-endian words (as every platform VS Code runs on):
//   BLOCK_MAGIC, kind, count of number words N, count of UTF-16 code units C, N words, C code units,
//   zero padding to a multiple of 4 bytes.
// A string is its length (a number) and its code units (in the text). A "shared" string is a number k: k ≥ 0 is
// the k-th shared string met so far (in every block before, across files), k < 0 a new one of -k - 1 code
// units, shared from then on. A "value" is any JSON value, tagged (see VALUE), its strings shared and an
// object's keys written once per set of keys: a record as JSON, without repeating its keys and strings.
import type { Sentence, Span } from '../types';
import { StoreError } from './storeProblem';

/** 'CNB1' read as a little-endian word; a block read at the wrong place, or another layout, does not start so. */
const BLOCK_MAGIC = 0x31424e43;
const HEADER_WORDS = 4;

/** The tag of a value's kind. */
const VALUE = { null: 0, false: 1, true: 2, int: 3, number: 4, string: 5, array: 6, object: 7, objectByKey: 8 } as const;
/** Values nest no deeper than this (a findings file: 6). */
const MAX_DEPTH = 32;
/** Joins an object's keys into the one shared string that stands for them. */
const KEYS_SEPARATOR = '\u0000';

/** A block being written: its numbers and its text, each in a buffer that grows by doubling and is used again. */
export class BlockWriter {
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

  /** Any JSON value (undefined in an object is left out, as JSON leaves it). */
  value(value: unknown): void {
    // As JSON writes them: NaN and the infinities as null.
    if (value === null || (typeof value === 'number' && !Number.isFinite(value))) this.int(VALUE.null);
    else if (typeof value === 'boolean') this.int(value ? VALUE.true : VALUE.false);
    else if (typeof value === 'number') {
      if ((value | 0) === value) {
        this.int(VALUE.int);
        this.int(value);
      } else {
        this.int(VALUE.number);
        this.shared(JSON.stringify(value));
      }
    } else if (typeof value === 'string') {
      this.int(VALUE.string);
      this.shared(value);
    } else if (Array.isArray(value)) {
      this.int(VALUE.array);
      this.int(value.length);
      for (const item of value) this.value(item === undefined ? null : item);
    } else if (typeof value === 'object') {
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record).filter((key) => record[key] !== undefined);
      // A key holding the separator, or an empty one (which would make a set of keys read as none), goes key by key.
      if (keys.some((key) => key === '' || key.includes(KEYS_SEPARATOR))) {
        this.int(VALUE.objectByKey);
        this.int(keys.length);
        for (const key of keys) {
          this.shared(key);
          this.value(record[key]);
        }
        return;
      }
      this.int(VALUE.object);
      this.shared(keys.join(KEYS_SEPARATOR));
      for (const key of keys) this.value(record[key]);
    } else throw new Error(`a ${typeof value} cannot be stored`);
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
  finish(kind: number): Uint8Array {
    const charsAt = 4 * (HEADER_WORDS + this.intCount);
    const length = 4 * Math.ceil((charsAt + 2 * this.charCount) / 4);
    if (length > this.block.length) this.block = grown(this.block, length);
    const block = this.block;
    const words = new Int32Array(block.buffer, 0, HEADER_WORDS + this.intCount);
    words.set([BLOCK_MAGIC, kind, this.intCount, this.charCount]);
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
export class BlockReader {
  private at = 0;
  private textAt = 0;
  /** The keys of each set of keys met, split once. */
  private readonly keysOf = new Map<string, string[]>();

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

  /** A value BlockWriter.value wrote, nested at most MAX_DEPTH deep (deeper is damage, not a record). */
  value(depth = 0): unknown {
    if (depth > MAX_DEPTH) throw this.corrupt(`a value nested over ${MAX_DEPTH} deep`);
    const tag = this.int();
    switch (tag) {
      case VALUE.null:
        return null;
      case VALUE.false:
        return false;
      case VALUE.true:
        return true;
      case VALUE.int:
        return this.int();
      case VALUE.number: {
        const text = this.shared();
        const value = Number(text);
        // As JSON.stringify wrote it: a text Number reads otherwise ('', ' 1', '0x1') is damage.
        if (text === '' || JSON.stringify(value) !== text) throw this.corrupt(`a number written ${JSON.stringify(text)}`);
        return value;
      }
      case VALUE.string:
        return this.shared();
      case VALUE.array: {
        const items: unknown[] = new Array(this.count(1));
        for (let i = 0; i < items.length; i++) items[i] = this.value(depth + 1);
        return items;
      }
      case VALUE.object: {
        const shape = this.shared();
        let keys = this.keysOf.get(shape);
        if (!keys) this.keysOf.set(shape, (keys = shape === '' ? [] : shape.split(KEYS_SEPARATOR)));
        const record: Record<string, unknown> = {};
        for (const key of keys) set(record, key, this.value(depth + 1));
        return record;
      }
      case VALUE.objectByKey: {
        const record: Record<string, unknown> = {};
        for (let i = this.count(2); i > 0; i--) set(record, this.shared(), this.value(depth + 1));
        return record;
      }
      default:
        throw this.corrupt(`a value tagged ${tag}`);
    }
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

  /** A count of records of `size` numbers each at least, checked against what is left (a damaged count must not allocate). */
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

/** An own "__proto__", as JSON.parse makes it, not a new prototype. */
function set(record: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(record, key, { value, writable: true, enumerable: true, configurable: true });
  else record[key] = value;
}

/** The blocks of one file's bytes, in order, each to be read whole (BlockReader.end) before the next is asked for. */
export function* readBlocks(bytes: Uint8Array, name: string, shared: string[]): Generator<{ kind: number; read: BlockReader }> {
  if (bytes.length % 4 !== 0) throw new StoreError('corrupt', `${name} is no list of blocks (${bytes.length} bytes)`);
  // Words need an offset into their buffer that is a multiple of 4; a file read into a shared pool may lack one.
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const words = new Int32Array(aligned.buffer, aligned.byteOffset, aligned.length / 4);
  const decoder = new TextDecoder('utf-16le');
  for (let at = 0; at < words.length; ) {
    if (words.length - at < HEADER_WORDS || words[at] !== BLOCK_MAGIC) throw new StoreError('corrupt', `${name}: no block at byte ${4 * at}`);
    const ints = words[at + 2];
    const chars = words[at + 3];
    const intsAt = at + HEADER_WORDS;
    const charsAt = 4 * (intsAt + ints);
    const end = Math.ceil((charsAt + 2 * chars) / 4);
    if (ints < 0 || chars < 0 || end > words.length) throw new StoreError('corrupt', `${name}: a block at byte ${4 * at} that does not fit`);
    const text = decoder.decode(aligned.subarray(charsAt, charsAt + 2 * chars));
    yield { kind: words[at + 1], read: new BlockReader(words.subarray(intsAt, intsAt + ints), text, shared, name) };
    at = end;
  }
}
