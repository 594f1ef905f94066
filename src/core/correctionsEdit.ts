// Edits to corpus.yaml made from the editor (Rename, Merge Into, Hide). The file belongs to the user: an
// edit splices one entry into the text and leaves every other byte as it was (comments, blank lines,
// quoting, indentation, line ends). The YAML parse only says where the entry goes; the result is parsed
// again and must mean the old file plus that entry and keep every comment, or the edit is refused.
// Text in, text out: no file system here.
//
// An entity is written by its display name (what the user reads in the sidebar). When the file already has
// an entry for the same entity, under its id, display name or any alias (the name before an earlier rename
// is an alias now), that entry is updated instead of adding a second one.
import { isMap, isScalar, isSeq, parse, parseDocument, Parser, type Document, type Node as YamlNode, type Pair, type YAMLMap, type YAMLSeq } from 'yaml';
import { CORRECTIONS_FILE, withLineFeeds } from './corrections';
import { foldCase } from './text/fold';

/** An entity as the edits need it: its id and every name it is known by. */
export interface EntityRef {
  id: string;
  name: string;
  aliases?: readonly string[];
}

export type EntityName = string | EntityRef;

/** Thrown when the file cannot be edited without losing what the user wrote. */
export class CorrectionsEditError extends Error {}

/** The first lines of a corpus.yaml created by the editor. */
export const CORRECTIONS_HEADER = [
  `# ${CORRECTIONS_FILE}: corrections to the people, places and organizations Corpus Navigator found.`,
  '# Applied on every reindex. Sections: merge, rename, ignore, split, aliases, roles.',
  '# An entity is named by its id, display name or any spelling, in any letter case.',
].join('\n');

/** The file as the edits see it. Offsets into `doc` are offsets into `text`: lone CRs became LFs one for one. */
interface Source {
  /** As the user wrote it. */
  text: string;
  /** `text` with LF line ends, which is what was parsed. */
  parsed: string;
  doc: Document;
  /** The mapping of sections; absent while the file has none. */
  root: YAMLMap | undefined;
  /** The file's own line end, used for every line added. */
  eol: string;
}

/** One change to the text: `remove` characters at `at` give way to `insert`. */
interface Splice {
  at: number;
  remove: number;
  insert: string;
}

type Json = Record<string, unknown>;

const fold = (s: string): string => foldCase(s.trim());

function namesOf(entity: EntityName): Set<string> {
  if (typeof entity === 'string') return new Set([fold(entity)]);
  return new Set([entity.id, entity.name, ...(entity.aliases ?? [])].map(fold));
}

function scalarText(node: unknown): string | undefined {
  return isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number') ? String(node.value) : undefined;
}

const refersTo = (node: unknown, names: Set<string>): boolean => {
  const text = scalarText(node);
  return text !== undefined && names.has(fold(text));
};

function load(text: string): Source {
  const parsed = withLineFeeds(text);
  const doc: Document = parseDocument(parsed, { uniqueKeys: false });
  if (doc.errors.length > 0) {
    const { message } = doc.errors[0];
    throw new CorrectionsEditError(`${CORRECTIONS_FILE} has a syntax error; fix it first: ${message.split('\n')[0]}`);
  }
  const eol = /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
  const contents = doc.contents as YamlNode | null;
  if (contents === null || (isScalar(contents) && contents.value === null && contents.range?.[0] === contents.range?.[1])) {
    // An empty file, or one with only comments: the new section goes below them.
    return { text, parsed, doc, root: undefined, eol };
  }
  if (!isMap(contents) || contents.flow) {
    throw new CorrectionsEditError(`${CORRECTIONS_FILE} must be a mapping with one section per line; fix it first`);
  }
  const seen = new Set<string>();
  for (const pair of contents.items) {
    const name = scalarText(pair.key) ?? '';
    if (seen.has(name)) throw new CorrectionsEditError(`the section "${name}" is written twice in ${CORRECTIONS_FILE}; join them first`);
    seen.add(name);
  }
  return { text, parsed, doc, root: contents, eol };
}

function sectionPair(src: Source, name: string): Pair<unknown, unknown> | undefined {
  return src.root?.items.find((pair) => scalarText(pair.key) === name);
}

/**
 * How to write the entity in the file. Renames apply last, so a display name that an earlier rename gave is
 * unknown to merge and ignore: write the name the rename starts from instead.
 */
function nameIn(src: Source, entity: EntityName): string {
  if (typeof entity === 'string') return entity;
  const renames = sectionPair(src, 'rename')?.value;
  if (isMap(renames)) {
    const names = namesOf(entity);
    for (const pair of renames.items) {
      const key = scalarText(pair.key);
      if (key !== undefined && names.has(fold(key)) && fold(scalarText(pair.value) ?? '') === fold(entity.name)) return key;
    }
  }
  return entity.name;
}

/** A name as YAML source: plain when that reads back as the same string in block and flow context, else quoted. */
function yamlScalar(name: string): string {
  const plain = /^[\p{L}\p{N}_(«„][^\n\r\t,[\]{}#:]*$/u.test(name) && parse(name) === name;
  return plain ? name : JSON.stringify(name);
}

// ── Where things are in the text ────────────────────────────────────────────────────────────────────────────

function columnOf(src: Source, offset: number): number {
  return offset - (src.parsed.lastIndexOf('\n', offset - 1) + 1);
}

/** Back from `offset` over white space: the end of what is written (a block value's range takes its newline). */
function contentEnd(src: Source, offset: number): number {
  let at = offset;
  while (at > 0 && /\s/.test(src.parsed[at - 1])) at--;
  return at;
}

/** Where the line holding `offset` ends, before its line break (after any comment on it). */
function lineEnd(src: Source, offset: number): number {
  const lf = src.parsed.indexOf('\n', offset);
  if (lf < 0) return src.parsed.length;
  return src.parsed[lf - 1] === '\r' ? lf - 1 : lf;
}

function endOf(node: unknown): number | undefined {
  return (node as YamlNode | null)?.range?.[1];
}

/** The end of the collection's last entry, before anything written after it. */
function lastEntryEnd(collection: YAMLMap | YAMLSeq): number | undefined {
  const last = collection.items[collection.items.length - 1];
  if (isSeq(collection)) return endOf(last);
  const pair = last as Pair<unknown, unknown> | undefined;
  return pair && (endOf(pair.value) ?? endOf(pair.key));
}

const spaces = (n: number): string => ' '.repeat(n);

// ── Splices ─────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Adds entries to a list or mapping in the style it is written in: `, entry` inside `[…]`/`{…}`, or one line
 * per entry below the last one, at its indentation.
 */
function addToCollection(src: Source, collection: YAMLMap | YAMLSeq, entries: string[]): Splice {
  const [start] = collection.range ?? [0];
  const lastEnd = lastEntryEnd(collection);
  if (collection.flow) {
    if (lastEnd === undefined) return { at: start + 1, remove: 0, insert: entries.join(', ') };
    return { at: lastEnd, remove: 0, insert: entries.map((entry) => `, ${entry}`).join('') };
  }
  const indent = spaces(columnOf(src, start));
  const dash = isSeq(collection) ? '- ' : '';
  const at = lineEnd(src, contentEnd(src, lastEnd ?? start));
  return { at, remove: 0, insert: entries.map((entry) => `${src.eol}${indent}${dash}${entry}`).join('') };
}

/**
 * Adds entries to a section, creating it at the end of the file when missing. An empty section (`ignore:`,
 * maybe with a comment) gets them on new lines below its key; a `~` or `null` gives way to `[…]` or `{…}`.
 */
function addToSection(src: Source, name: string, kind: 'map' | 'seq', entries: string[]): Splice {
  const dash = kind === 'seq' ? '- ' : '';
  const pair = sectionPair(src, name);
  if (!pair) {
    const indent = spaces(src.root?.range ? columnOf(src, src.root.range[0]) : 0);
    const lines = entries.map((entry) => `${indent}  ${dash}${entry}${src.eol}`).join('');
    const separator = src.text === '' || /[\r\n]$/.test(src.text) ? '' : src.eol;
    return { at: src.text.length, remove: 0, insert: `${separator}${indent}${name}:${src.eol}${lines}` };
  }
  const value = pair.value;
  if (kind === 'map' ? isMap(value) : isSeq(value)) return addToCollection(src, value as YAMLMap | YAMLSeq, entries);
  if (!isScalar(value) || value.value !== null || !value.range || !pair.key || !(pair.key as YamlNode).range) {
    throw new CorrectionsEditError(`"${name}" in ${CORRECTIONS_FILE} must be a ${kind === 'map' ? 'mapping' : 'list'}; fix it first`);
  }
  const [from, to] = value.range;
  if (to > from) {
    const [open, close] = kind === 'map' ? ['{', '}'] : ['[', ']'];
    return { at: from, remove: to - from, insert: `${open}${entries.join(', ')}${close}` };
  }
  const keyStart = (pair.key as YamlNode).range![0];
  const indent = spaces(columnOf(src, keyStart) + 2);
  return { at: lineEnd(src, keyStart), remove: 0, insert: entries.map((entry) => `${src.eol}${indent}${dash}${entry}`).join('') };
}

/** Replaces the value of a `key: value` pair (whatever it was: a name, a list, nothing) with a name. */
function replaceValue(src: Source, pair: Pair<unknown, unknown>, name: string): Splice {
  const value = pair.value as YamlNode | null;
  const keyEnd = endOf(pair.key) ?? 0;
  if (!value?.range || value.range[0] === value.range[1]) {
    // `key:` with nothing after it: the name goes after the colon, before any comment.
    const colon = src.parsed.indexOf(':', keyEnd);
    const after = src.parsed[colon + 1] === '#' ? ' ' : '';
    return { at: colon + 1, remove: 0, insert: ` ${name}${after}` };
  }
  const [from] = value.range;
  return { at: from, remove: contentEnd(src, value.range[1]) - from, insert: name };
}

// ── Checking the result ─────────────────────────────────────────────────────────────────────────────────────

/** Every comment in the text, in order (from the parser's token stream, so `#` inside a name is no comment). */
function commentsOf(parsed: string): string[] {
  const found: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const token = value as { type?: unknown; source?: unknown };
      if (token.type === 'comment' && typeof token.source === 'string') found.push(token.source.trim());
      else Object.values(value).forEach(visit);
    }
  };
  for (const token of new Parser().parse(parsed)) visit(token);
  return found;
}

function keepsComments(before: string, after: string): boolean {
  const left = commentsOf(after);
  return commentsOf(before).every((comment) => {
    const at = left.indexOf(comment);
    if (at >= 0) left.splice(at, 1);
    return at >= 0;
  });
}

/**
 * Applies the splice and proves it did what was meant: the result parses without errors, means exactly the
 * old file changed by `expected`, and still has every comment.
 */
function spliced(src: Source, splice: Splice, expected: (sections: Json) => void): string {
  const text = src.text.slice(0, splice.at) + splice.insert + src.text.slice(splice.at + splice.remove);
  const meant = structuredCopy((src.doc.toJS() as Json | null) ?? {});
  expected(meant);
  const after = parseDocument(withLineFeeds(text), { uniqueKeys: false });
  const same = after.errors.length === 0 && JSON.stringify(after.toJS() ?? {}) === JSON.stringify(meant);
  if (!same || !keepsComments(src.parsed, withLineFeeds(text))) {
    throw new CorrectionsEditError(`the change cannot be written into ${CORRECTIONS_FILE} without touching other entries; please add it by hand`);
  }
  return text;
}

function structuredCopy(value: Json): Json {
  return JSON.parse(JSON.stringify(value)) as Json;
}

function listIn(sections: Json, name: string): unknown[] {
  const list = Array.isArray(sections[name]) ? (sections[name] as unknown[]) : [];
  sections[name] = list;
  return list;
}

function mapIn(sections: Json, name: string): Json {
  const map = sections[name] && typeof sections[name] === 'object' ? (sections[name] as Json) : {};
  sections[name] = map;
  return map;
}

// ── The edits ───────────────────────────────────────────────────────────────────────────────────────────────

/** A new corpus.yaml: the header only. */
export function newCorrectionsText(): string {
  return `${CORRECTIONS_HEADER}\n`;
}

/** Parses the file as an edit would, so a file no edit can change is reported before the user is asked anything. */
export function checkEditable(text: string): void {
  load(text);
}

/** Gives an entity a new display name (`rename: { entity: name }`), replacing an earlier rename of it. */
export function addRename(text: string, entity: EntityName, name: string): string {
  const newName = name.trim();
  if (!newName) throw new CorrectionsEditError('the new name is empty');
  const src = load(text || newCorrectionsText());
  const renames = sectionPair(src, 'rename')?.value;
  const names = namesOf(entity);
  // The last rename of the entity is the one that applies, so that is the one to change.
  const earlier = isMap(renames) ? [...renames.items].reverse().find((pair) => refersTo(pair.key, names)) : undefined;
  if (earlier) {
    // Keep the entry's key (what the user wrote) and its comments; only the name changes.
    if (scalarText(earlier.value) === newName) return text;
    const key = String((earlier.key as { value: unknown }).value);
    return spliced(src, replaceValue(src, earlier, yamlScalar(newName)), (sections) => {
      mapIn(sections, 'rename')[key] = newName;
    });
  }
  const key = nameIn(src, entity);
  return spliced(src, addToSection(src, 'rename', 'map', [`${yamlScalar(key)}: ${yamlScalar(newName)}`]), (sections) => {
    mapIn(sections, 'rename')[key] = newName;
  });
}

/**
 * Merges entities into the first (`merge: [[target, other, …]]`); the target keeps its id. An existing group
 * led by the target grows instead of a new group being added.
 */
export function addMerge(text: string, entities: readonly EntityName[]): string {
  if (entities.length < 2) throw new CorrectionsEditError('a merge needs two or more entities');
  const src = load(text || newCorrectionsText());
  const merges = sectionPair(src, 'merge')?.value;
  const [target, ...others] = entities;
  const targetNames = namesOf(target);
  const groups = isSeq(merges) ? merges.items : [];
  const index = groups.findIndex((g) => isSeq(g) && refersTo(g.items[0], targetNames));
  if (index >= 0) {
    const group = groups[index] as YAMLSeq;
    const added = others.filter((other) => !group.items.some((item) => refersTo(item, namesOf(other)))).map((other) => nameIn(src, other));
    if (added.length === 0) return text;
    return spliced(src, addToCollection(src, group, added.map(yamlScalar)), (sections) => {
      (listIn(sections, 'merge')[index] as unknown[]).push(...added);
    });
  }
  const group = entities.map((e) => nameIn(src, e));
  return spliced(src, addToSection(src, 'merge', 'seq', [`[${group.map(yamlScalar).join(', ')}]`]), (sections) => {
    listIn(sections, 'merge').push(group);
  });
}

/** Hides an entity with all its mentions (`ignore: [entity]`); nothing changes if it is listed already. */
export function addIgnore(text: string, entity: EntityName): string {
  const src = load(text || newCorrectionsText());
  const ignored = sectionPair(src, 'ignore')?.value;
  const names = namesOf(entity);
  if (isSeq(ignored) && ignored.items.some((item) => refersTo(item, names))) return text;
  const name = nameIn(src, entity);
  return spliced(src, addToSection(src, 'ignore', 'seq', [yamlScalar(name)]), (sections) => {
    listIn(sections, 'ignore').push(name);
  });
}
