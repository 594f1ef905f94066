// The Network picture's data: the most mentioned people (and, if asked, organizations) as nodes, joined by how
// often two of them are named in the same sentence or the same article. Computed from the CorpusIndex in bounded
// work: the candidates are ranked in one pass, only the chosen nodes' own mentions are read, and a sentence or
// article naming very many of them counts pairs among its most mentioned few (MAX_NODES_PER_GROUP).
import { foldCase } from '../text/fold';
import { compareCodeUnits } from '../util/compareCodeUnits';
import { drain, sortInSteps } from '../util/steps';
import type { CorpusIndex } from '../index/corpusIndex';
import type { Entity } from '../types';

/** Where two names must both appear to count as mentioned together. */
export type CoMentionScope = 'sentence' | 'article';

export type NetworkNodeType = 'PER' | 'ORG';

/** What the reader chose in the picture's toolbar. */
export interface NetworkOptions {
  readonly organizations: boolean;
  readonly scope: CoMentionScope;
  /** Edges with fewer shared sentences (or articles) are left out. */
  readonly minWeight: number;
  /** How many nodes at most: the most mentioned (MIN_NODES–MAX_NODES). */
  readonly maxNodes: number;
  /** A part of a name or spelling; empty: everyone. */
  readonly name: string;
}

export interface NetworkNode {
  /** The entity id: stable across builds, so the picture keeps a node's place. */
  readonly id: string;
  readonly name: string;
  readonly type: NetworkNodeType;
  readonly mentions: number;
  readonly articles: number;
  /** The name filter matched this node (always false without a filter). */
  readonly matched: boolean;
}

export interface NetworkEdge {
  /** `<source>|<target>`, the two entity ids in code-unit order. */
  readonly id: string;
  readonly source: string;
  readonly target: string;
  /** Sentences (or articles, by the scope) naming both. */
  readonly weight: number;
}

export interface NetworkData {
  readonly options: NetworkOptions;
  /** By mentions, most first (ties by id). */
  readonly nodes: readonly NetworkNode[];
  /** By weight, heaviest first (ties by id); at most MAX_EDGES. */
  readonly edges: readonly NetworkEdge[];
  /** Edges at or above minWeight left out by MAX_EDGES (the lightest). */
  readonly edgesLeftOut: number;
  /** Entities of the chosen types in the index: how many the cap and filters left out is candidates − nodes. */
  readonly candidates: number;
  /** The heaviest edge among the nodes before minWeight applied (0 without edges): the slider's upper end. */
  readonly maxWeight: number;
}

export const MIN_NODES = 5;
export const MAX_NODES = 500;
export const DEFAULT_OPTIONS: NetworkOptions = { organizations: false, scope: 'sentence', minWeight: 1, maxNodes: 100, name: '' };
/** The nodes of one sentence or article that count pairs, at most: C(40, 2) = 780 pairs per group. */
export const MAX_NODES_PER_GROUP = 40;
/** Edges drawn at most: 500 people named together in articles can make 100,000 pairs, more than a picture can show. */
export const MAX_EDGES = 2_000;
/** Longest name filter kept. */
const MAX_NAME_FILTER = 200;
/** Mentions read (or pairs counted) per step of networkSteps: a few milliseconds. */
const WORK_PER_STEP = 5_000;

const clampInt = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, Math.round(value)));

/** Options made sane: integers in range, a trimmed and shortened name filter. */
export function normalizeOptions(options: NetworkOptions): NetworkOptions {
  return {
    organizations: options.organizations === true,
    scope: options.scope === 'article' ? 'article' : 'sentence',
    minWeight: clampInt(Number.isFinite(options.minWeight) ? options.minWeight : 1, 1, Number.MAX_SAFE_INTEGER),
    maxNodes: clampInt(Number.isFinite(options.maxNodes) ? options.maxNodes : DEFAULT_OPTIONS.maxNodes, MIN_NODES, MAX_NODES),
    name: typeof options.name === 'string' ? options.name.trim().slice(0, MAX_NAME_FILTER) : '',
  };
}

/** The network for the index and options, at once (see networkSteps for the same in steps). */
export function networkOf(index: CorpusIndex, options: NetworkOptions = DEFAULT_OPTIONS): NetworkData {
  return drain(networkSteps(index, options));
}

/**
 * The network in steps of about WORK_PER_STEP mentions read or pairs counted, for a caller that runs one step per
 * turn of the editor's event loop (at 10,000 articles the chosen nodes have hundreds of thousands of mentions).
 */
export function* networkSteps(index: CorpusIndex, requested: NetworkOptions): Generator<void, NetworkData> {
  const options = normalizeOptions(requested);
  const { nodes: chosen, candidates } = chooseNodes(index, options);
  yield;
  const { weights, articles } = yield* countPairs(index, chosen, options.scope);
  const nodes = chosen.map((node, i) => ({ ...node, articles: articles[i] }));
  let maxWeight = 0;
  const edges: NetworkEdge[] = [];
  let work = 0;
  for (const [key, weight] of weights) {
    if (++work === WORK_PER_STEP) {
      work = 0;
      yield;
    }
    maxWeight = Math.max(maxWeight, weight);
    if (weight < options.minWeight) continue;
    const a = nodes[Math.floor(key / nodes.length)];
    const b = nodes[key % nodes.length];
    // Filtered: only the edges of a node the filter matched, so the picture shows the matches and who they are named with.
    if (options.name && !a.matched && !b.matched) continue;
    const [source, target] = a.id < b.id ? [a.id, b.id] : [b.id, a.id];
    edges.push({ id: `${source}|${target}`, source, target, weight });
  }
  // 500 people by article make 50,000 edges and more: sorted in steps too.
  for (const _ of sortInSteps(edges, (x, y) => y.weight - x.weight || compareCodeUnits(x.id, y.id), WORK_PER_STEP)) yield;
  const kept = edges.slice(0, MAX_EDGES);
  const linked = new Set(kept.flatMap((e) => [e.source, e.target]));
  const shown = options.name ? nodes.filter((n) => n.matched || linked.has(n.id)) : nodes;
  return { options, nodes: shown, edges: kept, edgesLeftOut: edges.length - kept.length, candidates, maxWeight };
}

/**
 * The nodes: the entities of the chosen types, those the name filter matches first (so a rarely named match still
 * shows), then by mentions, then by id; at most maxNodes. One pass, then one sort of the candidates.
 */
function chooseNodes(index: CorpusIndex, options: NetworkOptions): { nodes: Omit<NetworkNode, 'articles'>[]; candidates: number } {
  const query = foldCase(options.name);
  const ranked: { entity: Entity; type: NetworkNodeType; mentions: number; matched: boolean }[] = [];
  for (const entity of index.entities.values()) {
    if (entity.type !== 'PER' && !(entity.type === 'ORG' && options.organizations)) continue;
    const matched = query !== '' && [entity.name, ...entity.aliases].some((n) => foldCase(n).includes(query));
    ranked.push({ entity, type: entity.type, mentions: index.mentionsOf(entity.id).length, matched });
  }
  ranked.sort(
    (a, b) => Number(b.matched) - Number(a.matched) || b.mentions - a.mentions || compareCodeUnits(a.entity.id, b.entity.id),
  );
  const nodes = ranked.slice(0, options.maxNodes).map(({ entity, type, mentions, matched }) => ({
    id: entity.id,
    name: entity.name,
    type,
    mentions,
    matched,
  }));
  // Nodes in the order the picture lists them: by mentions (a match outside the top keeps its place by mentions).
  nodes.sort((a, b) => b.mentions - a.mentions || compareCodeUnits(a.id, b.id));
  return { nodes, candidates: ranked.length };
}

/**
 * Pair weights keyed `i × nodes.length + j` (node indexes, i < j): the number of groups (sentences or articles)
 * naming both; and each node's number of articles. Reads only the nodes' own mentions, grouped by article, then by sentence. Mentions outside every
 * sentence share one group per article, as the hover card's co-mention counts have it (CorpusIndex.coMentioned).
 */
function* countPairs(
  index: CorpusIndex,
  nodes: readonly Omit<NetworkNode, 'articles'>[],
  scope: CoMentionScope,
): Generator<void, { weights: Map<number, number>; articles: number[] }> {
  const n = nodes.length;
  /** Each node's articles, counted on the way: an entity's mentions come article by article. */
  const articles = new Array<number>(n).fill(0);
  // Per article, one flat list of codes (group + 1) × n + node: the group is a sentence number (-1 outside sentences) or
  // 0 for the whole article. Numbers, not a set per sentence: 200,000 sentences' sets made the collector pause 40 ms.
  const codes = new Map<string, number[]>();
  let work = 0;
  for (let i = 0; i < n; i++) {
    let lastDoc: string | undefined;
    for (const m of index.mentionsOf(nodes[i].id)) {
      if (m.doc !== lastDoc) [articles[i], lastDoc] = [articles[i] + 1, m.doc];
      const group = scope === 'article' ? 0 : (index.sentenceAt(m.doc, m.start) ?? -1);
      let list = codes.get(m.doc);
      if (!list) codes.set(m.doc, (list = []));
      list.push((group + 1) * n + i);
      if (++work === WORK_PER_STEP) {
        work = 0;
        yield;
      }
    }
  }
  const weights = new Map<number, number>();
  const members: number[] = [];
  for (const list of codes.values()) {
    // Sorted, each group's codes are together, its nodes in rank order (most mentioned first), repeats side by side.
    const sorted = Float64Array.from(list).sort();
    for (let from = 0; from < sorted.length; ) {
      const group = Math.floor(sorted[from] / n);
      members.length = 0;
      let to = from;
      for (; to < sorted.length && Math.floor(sorted[to] / n) === group; to++) {
        const node = sorted[to] - group * n;
        // A crowded group keeps its most mentioned nodes.
        if (members[members.length - 1] !== node && members.length < MAX_NODES_PER_GROUP) members.push(node);
      }
      for (let x = 0; x < members.length; x++) {
        for (let y = x + 1; y < members.length; y++) {
          const key = members[x] * n + members[y];
          weights.set(key, (weights.get(key) ?? 0) + 1);
        }
      }
      work += to - from + members.length * members.length;
      from = to;
      if (work >= WORK_PER_STEP) {
        work = 0;
        yield;
      }
    }
  }
  return { weights, articles };
}
