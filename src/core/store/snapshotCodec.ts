// The stored snapshot as binary blocks (storeBlocks.ts), one per SnapshotPart (snapshotParts.ts): what a warm
// start decodes on the editor's thread, a block per step. As JSON in UTF-16 it was 146 MB at 10,000 articles and
// took a second to read and parse; here a mention's text is not written when it is the slice of its article's
// text it always is, its lemma not when it equals the text, and a path, entity id, type or lemma is written once
// and then referred to by number, so the snapshot is under half as large and decoding makes few strings besides
// the articles' texts.
// Entities, events, quotes and problems (a few percent of the snapshot) are a block holding one JSON string. A record
// with a field this codec does not know, or a value of an unexpected kind, is written whole as JSON: the codec
// never loses what a snapshot holds, a new field only costs speed until it is taught here.
import { DATE_FIELDS, MENTION_FIELDS } from '../util/sameData';
import type { IndexSnapshot } from '../engine/indexEngine';
import { type SnapshotPart, splitSnapshot } from '../engine/snapshotParts';
import type { DateDetails, IndexedArticle, Mention, Span } from '../types';
import { type BlockReader, BlockWriter, readBlocks } from './storeBlocks';

const FIELDS = ['articles', 'mentions', 'entities', 'events', 'problems', 'quotes'] as const;
type Field = (typeof FIELDS)[number];

/** A record written as JSON whole (see above), in place of its fields. */
const AS_JSON = -1;

const ARTICLE_KEYS = new Set(['path', 'text', 'lang', 'date', 'dateEvidence', 'title', 'header', 'boilerplate', 'paragraphs', 'sentences']);
const ARTICLE_DATE = 1;
const ARTICLE_HEADER = 2;
const ARTICLE_DATE_EVIDENCE = 4;

const MENTION_KEYS = new Set(MENTION_FIELDS);
const DATE_KEYS = new Set(DATE_FIELDS);
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

  /** The parts of one file, a block per `next()`. */
  *parts(bytes: Uint8Array, name: string): Generator<SnapshotPart> {
    for (const { kind, read } of readBlocks(bytes, name, this.shared)) {
      const field = FIELDS[kind];
      if (!field) throw read.corrupt(`a block of kind ${kind}`);
      yield this.part(field, read);
      read.end();
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
