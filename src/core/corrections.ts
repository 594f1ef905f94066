// corpus.yaml: corrections the user owns, applied after linking on every
// (re)index. A broken or wrong-typed file never stops indexing: each problem
// is reported with its line and column, and every valid entry still applies.
//
//   merge:   [[Стив Уиткофф, Steve Witkoff]]     # one entity; the first named gives the id
//   rename:  { Стив Уиткофф: Стивен Уиткофф }     # new display name
//   ignore:  [Реклама Иванов]                    # not an entity: dropped with its mentions
//   split:   { Джаред Кушнер: [Кушнер] }          # these spellings become an entity of their own
//   aliases: { Владимир Зеленский: [Зеля] }       # more names that find the entity
//   roles:   { Рустем Умеров: [министр обороны] }
//
// An entity is named by its id, display name or any alias, in any letter case.
import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { slug } from './names/nameKey';
import type { Entity, Mention, Problem } from './types';
import { CorrectedEntities, foldName } from './correctionsEntities';
import { ListMap } from './util/listMap';
import { unique } from './util/unique';

export const CORRECTIONS_FILE = 'corpus.yaml';

/** A reference to an entity as written in the file, with where it was written. */
interface Ref {
  name: string;
  line: number;
  column: number;
}

export interface Corrections {
  merge: Ref[][];
  rename: [Ref, string][];
  ignore: Ref[];
  split: [Ref, string[]][];
  aliases: [Ref, string[]][];
  roles: [Ref, string[]][];
}

const SECTIONS = ['merge', 'rename', 'ignore', 'split', 'aliases', 'roles'] as const;

export function emptyCorrections(): Corrections {
  return { merge: [], rename: [], ignore: [], split: [], aliases: [], roles: [] };
}

export function parseCorrections(text: string, problems: Problem[]): Corrections {
  const corrections = emptyCorrections();
  const lines = new LineCounter();
  const source = withLineFeeds(text);
  const doc = parseDocument(source, { lineCounter: lines, uniqueKeys: false });
  const report = (message: string, offset: number, severity: Problem['severity'] = 'error'): void => {
    const { line, col } = lines.linePos(offset);
    problems.push({ path: CORRECTIONS_FILE, severity, message, line, column: col });
  };
  const lineOf = (node: unknown): number => lines.linePos(offsetOf(node)).line;
  // The parser's messages repeat the position and quote the line; the Problem carries both already.
  const firstLine = (message: string): string => message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  for (const error of doc.errors) report(firstLine(error.message), error.pos[0]);
  for (const warning of doc.warnings) report(firstLine(warning.message), warning.pos[0], 'warning');
  if (doc.contents === null) return corrections;
  if (!isMap(doc.contents)) {
    report(`${CORRECTIONS_FILE} must be a mapping with the sections ${SECTIONS.join(', ')}`, offsetOf(doc.contents));
    return corrections;
  }

  const errorOffsets = doc.errors.map((error) => error.pos[0]);
  /**
   * An entry the parser could not read whole (a list or mapping never closed, an error inside it) applies
   * nothing: half of `Стив Уиткофф: [a` would rename the person to "a".
   */
  const applies = (entry: unknown, start: unknown = entry): boolean => {
    const unclosed = unclosedFlow(source, entry);
    const [from, to] = [offsetOf(start), endOf(entry)];
    if (!unclosed && !errorOffsets.some((offset) => offset > from && offset < to)) return true;
    const why = unclosed ? `its ${source[offsetOf(unclosed)]} is never closed` : 'it has a syntax error';
    report(`this entry is not applied: ${why}`, from);
    return false;
  };

  const ref = (node: unknown): Ref | undefined => {
    if (isScalar(node) && (typeof node.value === 'string' || typeof node.value === 'number') && String(node.value).trim()) {
      const { line, col } = lines.linePos(offsetOf(node));
      return { name: String(node.value).trim(), line, column: col };
    }
    report('expected the name or id of an entity', offsetOf(node));
    return undefined;
  };
  const refs = (nodes: unknown[]): Ref[] => nodes.filter((node) => applies(node)).map(ref).filter((r): r is Ref => r !== undefined);
  const names = (node: unknown): string[] => refs(isSeq(node) ? node.items : [node]).map((r) => r.name);
  /** `entity: value` pairs of a mapping section; a key written twice is reported (both pairs are kept). */
  const pairs = (node: unknown, section: string): [Ref, unknown][] => {
    if (!isMap(node)) {
      report(`"${section}" must be a mapping of entity: value`, offsetOf(node));
      return [];
    }
    const seen = new Map<string, number>();
    return node.items.flatMap((pair) => {
      if (!applies(pair.value ?? pair.key, pair.key)) return [];
      const key = ref(pair.key);
      if (!key) return [];
      const first = seen.get(foldName(key.name));
      if (first === undefined) seen.set(foldName(key.name), key.line);
      else {
        const outcome = section === 'rename' ? 'the last one applies' : 'both apply';
        report(`"${key.name}" appears twice in "${section}" (first on line ${first}); ${outcome}`, offsetOf(pair.key), 'warning');
      }
      return [[key, pair.value] as [Ref, unknown]];
    });
  };

  const sectionLines = new Map<string, number>();
  for (const item of doc.contents.items) {
    const section = isScalar(item.key) ? String(item.key.value) : '';
    const first = sectionLines.get(section);
    if (first === undefined) sectionLines.set(section, lineOf(item.key));
    else report(`section "${section}" is written twice (first on line ${first}); the entries of both apply`, offsetOf(item.key), 'warning');
    // A section with nothing in it yet (`ignore:`, as the template's are once uncommented) is no mistake.
    const empty = isScalar(item.value) && item.value.value === null;
    if (empty && (SECTIONS as readonly string[]).includes(section)) continue;
    if (unclosedFlow(source, item.value) === item.value) {
      applies(item.value);
      continue;
    }
    switch (section) {
      case 'merge':
        if (!isSeq(item.value)) report('"merge" must be a list of lists of entities', offsetOf(item.value));
        else
          for (const group of item.value.items) {
            if (!applies(group)) continue;
            if (!isSeq(group) || group.items.length < 2) report('each merge entry must list two or more entities', offsetOf(group));
            else corrections.merge.push(refs(group.items));
          }
        break;
      case 'ignore':
        if (!isSeq(item.value)) report('"ignore" must be a list of entities', offsetOf(item.value));
        else corrections.ignore.push(...refs(item.value.items));
        break;
      case 'rename':
        for (const [entity, value] of pairs(item.value, section)) {
          if (isSeq(value)) {
            report(`a rename gives one name, not a list; "${entity.name}" is not renamed`, offsetOf(value));
            continue;
          }
          const [name] = names(value);
          if (name) corrections.rename.push([entity, name]);
        }
        break;
      case 'split':
      case 'aliases':
      case 'roles':
        for (const [entity, value] of pairs(item.value, section)) corrections[section].push([entity, names(value)]);
        break;
      default:
        report(`unknown section "${section}"; expected one of ${SECTIONS.join(', ')}`, offsetOf(item.key), 'warning');
    }
  }
  return corrections;
}

/**
 * The text with each lone CR made a LF. The YAML parser breaks lines only at LF, so a file saved with old
 * Mac line ends would be one long line; one character for another keeps every offset.
 */
export function withLineFeeds(text: string): string {
  return text.replace(/\r(?!\n)/g, '\n');
}

/** The first `[…]` or `{…}` in the node (the node itself first) that the source never closes. */
function unclosedFlow(source: string, node: unknown): YamlNode | undefined {
  if (!isSeq(node) && !isMap(node)) return undefined;
  const closer = isSeq(node) ? ']' : '}';
  if (node.flow && node.range && source[node.range[1] - 1] !== closer) return node;
  for (const item of node.items as unknown[]) {
    const found = isPair(item) ? (unclosedFlow(source, item.key) ?? unclosedFlow(source, item.value)) : unclosedFlow(source, item);
    if (found) return found;
  }
  return undefined;
}

function offsetOf(node: unknown): number {
  return (node as YamlNode | null)?.range?.[0] ?? 0;
}

/** Where the node's value ends (before any comment after it). */
function endOf(node: unknown): number {
  return (node as YamlNode | null)?.range?.[1] ?? offsetOf(node);
}

/** Applies the corrections in a fixed order: ignore, merge, split, rename, aliases, roles. */
export function applyCorrections(
  entities: Entity[],
  mentions: Mention[],
  corrections: Corrections,
  problems: Problem[],
): { entities: Entity[]; mentions: Mention[] } {
  // Nothing to apply: the records as they are (a build reuses them from build to build, and nothing downstream
  // changes them), unless two entities share an id, which the indexing below would make one.
  if (isEmpty(corrections) && new Set(entities.map((e) => e.id)).size === entities.length) return { entities: [...entities], mentions: [...mentions] };
  const byId = new CorrectedEntities(entities.map((e) => ({ ...e, aliases: [...e.aliases], roles: [...e.roles] })));
  // The mentions given are never changed: a moved one is copied with its new entity at the end.
  const movedTo = new Map<Mention, string>();
  let all = [...mentions];
  const find = (r: Ref): Entity | undefined => {
    const entity = byId.find(r.name);
    if (!entity) {
      problems.push({ path: CORRECTIONS_FILE, severity: 'warning', message: `no entity is called "${r.name}"`, line: r.line, column: r.column });
    }
    return entity;
  };

  const ignored = new Set(corrections.ignore.map(find).filter((e): e is Entity => e !== undefined).map((e) => e.id));
  for (const id of ignored) byId.delete(id);
  all = all.filter((m) => !m.entity || !ignored.has(m.entity));
  // Each entry moves the mentions of the entities it names, found here rather than by a scan of every mention.
  const mentionsOf = new ListMap<string, Mention>();
  for (const m of all) if (m.entity) mentionsOf.add(m.entity, m);

  for (const group of corrections.merge) {
    const [target, ...others] = group.map(find).filter((e): e is Entity => e !== undefined);
    if (!target) continue;
    for (const other of others) {
      if (other.id === target.id) continue;
      target.aliases.push(other.name, ...other.aliases);
      for (const alias of [other.name, ...other.aliases]) byId.aliased(target, alias);
      target.roles.push(...other.roles);
      byId.delete(other.id);
      moveMentions(mentionsOf, movedTo, other.id, target.id);
    }
    target.aliases = unique(target.aliases.filter((a) => a !== target.name));
  }

  for (const [r, spellings] of corrections.split) {
    const source = find(r);
    if (!source) continue;
    for (const spelling of spellings) {
      const id = `${source.id}~${slug(spelling) || 'split'}`;
      const [moved, kept] = partition(mentionsOf.get(source.id) ?? [], (m) => foldName(m.lemma) === foldName(spelling));
      if (moved.length === 0 && !source.aliases.some((a) => foldName(a) === foldName(spelling))) {
        problems.push({ path: CORRECTIONS_FILE, severity: 'warning', message: `"${source.name}" is never written "${spelling}"`, line: r.line, column: r.column });
        continue;
      }
      for (const m of moved) movedTo.set(m, id);
      mentionsOf.set(source.id, kept);
      for (const m of moved) mentionsOf.add(id, m);
      source.aliases = source.aliases.filter((a) => foldName(a) !== foldName(spelling));
      byId.set({ id, type: source.type, name: spelling, aliases: [], roles: [] });
    }
  }

  for (const [r, name] of corrections.rename) {
    const entity = find(r);
    if (!entity) continue;
    entity.aliases = unique([...entity.aliases, entity.name].filter((a) => a !== name));
    byId.aliased(entity, entity.name);
    entity.name = name;
    byId.named(entity);
  }
  for (const [r, aliases] of corrections.aliases) {
    const entity = find(r);
    if (!entity) continue;
    entity.aliases = unique([...entity.aliases, ...aliases].filter((a) => a !== entity.name));
    for (const alias of aliases) byId.aliased(entity, alias);
  }
  for (const [r, roles] of corrections.roles) {
    const entity = find(r);
    if (!entity) continue;
    for (const title of roles) if (!entity.roles.some((role) => role.title === title)) entity.roles.push({ title, sources: [] });
  }
  const moved = (m: Mention): Mention => {
    const entity = movedTo.get(m);
    return entity === undefined ? m : { ...m, entity };
  };
  return { entities: [...byId.values()], mentions: movedTo.size > 0 ? all.map(moved) : all };
}

function isEmpty(corrections: Corrections): boolean {
  return SECTIONS.every((section) => corrections[section].length === 0);
}

/** Gives one entity's mentions to another; the shorter list joins the longer, so a chain of merges stays near-linear. */
function moveMentions(mentionsOf: ListMap<string, Mention>, movedTo: Map<Mention, string>, from: string, to: string): void {
  const moved = mentionsOf.get(from) ?? [];
  mentionsOf.delete(from);
  for (const m of moved) movedTo.set(m, to);
  const staying = mentionsOf.get(to) ?? [];
  const [shorter, longer] = moved.length < staying.length ? [moved, staying] : [staying, moved];
  for (const m of shorter) longer.push(m);
  mentionsOf.set(to, longer);
}

function partition<T>(values: readonly T[], test: (value: T) => boolean): [T[], T[]] {
  const [yes, no]: [T[], T[]] = [[], []];
  for (const v of values) (test(v) ? yes : no).push(v);
  return [yes, no];
}
