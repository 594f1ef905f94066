// Edits to corpus.yaml made from the editor (Rename, Merge Into, Hide). The file
// belongs to the user: every edit goes through the YAML Document API, so their
// comments, ordering, quoting and other entries survive; only the one section
// touched changes. Text in, text out: no file system here.
//
// An entity is written by its display name (what the user reads in the sidebar).
// When the file already has an entry for the same entity, under its id, display
// name or any alias (the name before an earlier rename is an alias now), that
// entry is updated instead of adding a second one.
import { isMap, isScalar, isSeq, parseDocument, type Document, type YAMLMap, type YAMLSeq } from 'yaml';
import { CORRECTIONS_FILE } from './corrections';
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

const fold = (s: string): string => foldCase(s.trim());

function namesOf(entity: EntityName): Set<string> {
  if (typeof entity === 'string') return new Set([fold(entity)]);
  return new Set([entity.id, entity.name, ...(entity.aliases ?? [])].map(fold));
}

/**
 * How to write the entity in the file. Renames apply last, so a display name that an earlier rename gave is
 * unknown to merge and ignore: write the name the rename starts from instead.
 */
function nameIn(doc: Document, entity: EntityName): string {
  if (typeof entity === 'string') return entity;
  const renames = (doc.contents as YAMLMap).get('rename', true);
  if (isMap(renames)) {
    const names = namesOf(entity);
    for (const pair of renames.items) {
      const key = scalarText(pair.key);
      if (key !== undefined && names.has(fold(key)) && fold(scalarText(pair.value) ?? '') === fold(entity.name)) return key;
    }
  }
  return entity.name;
}

function scalarText(node: unknown): string | undefined {
  return isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number') ? String(node.value) : undefined;
}

const refersTo = (node: unknown, names: Set<string>): boolean => {
  const text = scalarText(node);
  return text !== undefined && names.has(fold(text));
};

function load(text: string): Document {
  const doc: Document = parseDocument(text, { uniqueKeys: false });
  if (doc.errors.length > 0) {
    const { message } = doc.errors[0];
    throw new CorrectionsEditError(`${CORRECTIONS_FILE} has a syntax error; fix it first: ${message.split('\n')[0]}`);
  }
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null)) {
    // An empty file, or one with only comments: they stay above the new sections.
    const comment = doc.commentBefore ?? doc.comment;
    doc.contents = doc.createNode({});
    doc.commentBefore = comment ?? (text.trim() ? null : CORRECTIONS_HEADER.replace(/^#/gm, ''));
    doc.comment = null;
  }
  if (!isMap(doc.contents)) throw new CorrectionsEditError(`${CORRECTIONS_FILE} must be a mapping of sections; fix it first`);
  return doc;
}

/** The section's collection, created (at the end of the file) when missing or empty. */
function section(doc: Document, name: string, kind: 'map'): YAMLMap;
function section(doc: Document, name: string, kind: 'seq'): YAMLSeq;
function section(doc: Document, name: string, kind: 'map' | 'seq'): YAMLMap | YAMLSeq {
  const root = doc.contents as YAMLMap;
  const existing = root.get(name, true);
  if (kind === 'map' ? isMap(existing) : isSeq(existing)) return existing as unknown as YAMLMap | YAMLSeq;
  if (existing !== undefined && !(isScalar(existing) && existing.value === null)) {
    throw new CorrectionsEditError(`"${name}" in ${CORRECTIONS_FILE} must be a ${kind === 'map' ? 'mapping' : 'list'}; fix it first`);
  }
  const created = doc.createNode(kind === 'map' ? {} : []) as YAMLMap | YAMLSeq;
  root.set(name, created);
  return created;
}

function finish(doc: Document): string {
  const out = doc.toString({ lineWidth: 0, flowCollectionPadding: false });
  return out.endsWith('\n') ? out : `${out}\n`;
}

/** A new corpus.yaml: the header only. */
export function newCorrectionsText(): string {
  return `${CORRECTIONS_HEADER}\n`;
}

/** Gives an entity a new display name (`rename: { entity: name }`), replacing an earlier rename of it. */
export function addRename(text: string, entity: EntityName, name: string): string {
  const newName = name.trim();
  if (!newName) throw new CorrectionsEditError('the new name is empty');
  const doc = load(text);
  const renames = section(doc, 'rename', 'map');
  const names = namesOf(entity);
  const earlier = renames.items.find((pair) => refersTo(pair.key, names));
  if (earlier) {
    // Keep the entry's key (what the user wrote) and its comments; only the name changes.
    if (isScalar(earlier.value)) earlier.value.value = newName;
    else earlier.value = doc.createNode(newName);
  } else {
    renames.items.push(doc.createPair(nameIn(doc, entity), newName) as (typeof renames.items)[number]);
  }
  return finish(doc);
}

/**
 * Merges entities into the first (`merge: [[target, other, …]]`); the target keeps its id. An existing group
 * led by the target grows instead of a new group being added.
 */
export function addMerge(text: string, entities: readonly EntityName[]): string {
  if (entities.length < 2) throw new CorrectionsEditError('a merge needs two or more entities');
  const doc = load(text);
  const merges = section(doc, 'merge', 'seq');
  const [target, ...others] = entities;
  const targetNames = namesOf(target);
  const group = merges.items.find((g): g is YAMLSeq => isSeq(g) && refersTo(g.items[0], targetNames));
  if (group) {
    for (const other of others) {
      const names = namesOf(other);
      if (!group.items.some((item) => refersTo(item, names))) group.items.push(doc.createNode(nameIn(doc, other)));
    }
  } else {
    const created = doc.createNode(entities.map((e) => nameIn(doc, e))) as YAMLSeq;
    created.flow = true;
    merges.items.push(created);
  }
  return finish(doc);
}

/** Hides an entity with all its mentions (`ignore: [entity]`); nothing changes if it is listed already. */
export function addIgnore(text: string, entity: EntityName): string {
  const doc = load(text);
  const ignored = section(doc, 'ignore', 'seq');
  const names = namesOf(entity);
  if (!ignored.items.some((item) => refersTo(item, names))) ignored.items.push(doc.createNode(nameIn(doc, entity)));
  return finish(doc);
}
