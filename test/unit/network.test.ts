// The Network picture's data: co-mention weights by sentence and by article, the node cap, the name filter and
// minimum weight, ids that stay the same across builds, and work bounded by the chosen nodes' mentions.
import * as assert from 'node:assert/strict';
import { CorpusIndex } from '../../src/core/index/corpusIndex';
import {
  DEFAULT_OPTIONS,
  MAX_EDGES,
  MAX_NODES,
  MAX_NODES_PER_GROUP,
  MIN_NODES,
  type NetworkOptions,
  networkOf,
  networkSteps,
  normalizeOptions,
} from '../../src/core/pictures/network';
import type { Entity, EntityType, IndexedArticle, Mention } from '../../src/core/types';
import { edgeWidth, layoutNetwork, nodeRadius } from '../../src/core/pictures/networkLayout';
import { parseNetworkAction } from '../../src/core/pictures/networkMessages';
import { sampleIndex } from './samples';

/**
 * An index from articles written as sentences of entity ids: [['a b', 'c'], …] is an article of two sentences, the
 * first naming a and b, the second c. An id starting with "org" is an organization, with "loc" a place.
 */
function indexOf(articles: string[][]): CorpusIndex {
  const docs: IndexedArticle[] = [];
  const mentions: Mention[] = [];
  const ids = new Set<string>();
  articles.forEach((sentences, n) => {
    const path = `a${String(n).padStart(3, '0')}.txt`;
    let text = '';
    const spans: IndexedArticle['sentences'] = [];
    for (const sentence of sentences) {
      const start = text.length;
      for (const id of sentence.split(/\s+/).filter(Boolean)) {
        ids.add(id);
        const type: EntityType = id.startsWith('org') ? 'ORG' : id.startsWith('loc') ? 'LOC' : 'PER';
        mentions.push({ doc: path, start: text.length, end: text.length + id.length, type, text: id, lemma: id, entity: id });
        text += `${id} `;
      }
      text += '. ';
      spans.push({ start, end: text.length, paragraph: 0 });
    }
    docs.push({ path, text, lang: 'ru', title: path, boilerplate: [], paragraphs: [{ start: 0, end: text.length }], sentences: spans });
  });
  const entities: Entity[] = [...ids].map((id) => ({
    id,
    type: id.startsWith('org') ? 'ORG' : id.startsWith('loc') ? 'LOC' : 'PER',
    name: `Name ${id}`,
    aliases: [`Alias ${id}`],
    roles: [],
  }));
  return new CorpusIndex({ articles: docs, mentions, entities, events: [], problems: [], quotes: [] });
}

const options = (o: Partial<NetworkOptions>): NetworkOptions => ({ ...DEFAULT_OPTIONS, ...o });
const weights = (data: ReturnType<typeof networkOf>): Record<string, number> => Object.fromEntries(data.edges.map((e) => [e.id, e.weight]));

describe('network picture data', () => {
  const corpus = indexOf([
    ['a b', 'a c', 'b c d'],
    ['a b', 'a b a', 'd'],
    ['c', 'd', 'orgx a'],
  ]);

  it('weighs an edge by the sentences naming both, each sentence once', () => {
    assert.deepEqual(weights(networkOf(corpus)), { 'a|b': 3, 'a|c': 1, 'b|c': 1, 'b|d': 1, 'c|d': 1 });
  });

  it('weighs an edge by the articles naming both in article scope', () => {
    assert.deepEqual(weights(networkOf(corpus, options({ scope: 'article' }))), {
      'a|b': 2,
      'a|c': 2,
      'a|d': 3,
      'b|c': 1,
      'b|d': 2,
      'c|d': 2,
    });
  });

  it('sizes nodes by mentions and lists them most mentioned first', () => {
    const data = networkOf(corpus);
    assert.deepEqual(
      data.nodes.map((n) => [n.id, n.mentions, n.articles]),
      [
        ['a', 6, 3],
        ['b', 4, 2],
        ['c', 3, 2],
        ['d', 3, 3],
      ],
    );
    assert.equal(data.candidates, 4);
    assert.equal(data.maxWeight, 3);
  });

  it('adds organizations only when asked', () => {
    const data = networkOf(corpus, options({ organizations: true }));
    assert.ok(data.nodes.some((n) => n.id === 'orgx' && n.type === 'ORG'));
    assert.equal(weights(data)['a|orgx'], 1);
    assert.ok(!networkOf(corpus).nodes.some((n) => n.id === 'orgx'));
  });

  it('leaves out edges lighter than the minimum weight, but reports the heaviest', () => {
    const data = networkOf(corpus, options({ minWeight: 2 }));
    assert.deepEqual(weights(data), { 'a|b': 3 });
    assert.equal(data.maxWeight, 3);
  });

  it('keeps the most mentioned nodes up to the cap, ties by id', () => {
    const big = indexOf(Array.from({ length: 30 }, (_, i) => [Array.from({ length: i + 1 }, (_, j) => `p${String(j).padStart(2, '0')}`).join(' ')]));
    const data = networkOf(big, options({ maxNodes: 7 }));
    assert.deepEqual(
      data.nodes.map((n) => n.id),
      ['p00', 'p01', 'p02', 'p03', 'p04', 'p05', 'p06'],
    );
    assert.equal(data.candidates, 30);
    assert.ok(data.edges.every((e) => data.nodes.some((n) => n.id === e.source) && data.nodes.some((n) => n.id === e.target)));
  });

  it('shows a name filter’s matches, even rarely mentioned ones, with the nodes they are named with', () => {
    const data = networkOf(corpus, options({ name: 'name D', maxNodes: 5 }));
    assert.deepEqual(data.nodes.map((n) => [n.id, n.matched]).sort(), [
      ['b', false],
      ['c', false],
      ['d', true],
    ]);
    assert.deepEqual(weights(data), { 'b|d': 1, 'c|d': 1 });
    // A spelling matches too; a rare match outside the cap still shows.
    const capped = networkOf(corpus, options({ name: 'alias d', maxNodes: MIN_NODES }));
    assert.ok(capped.nodes.some((n) => n.id === 'd' && n.matched));
  });

  it('gives the same ids and order for the same index, and an entity keeps its id when others change', () => {
    const first = networkOf(corpus);
    assert.deepEqual(networkOf(corpus), first);
    const grown = networkOf(indexOf([['a b', 'a c', 'b c d'], ['a b', 'a b a', 'd'], ['c', 'd', 'orgx a'], ['e a']]));
    for (const node of first.nodes) assert.ok(grown.nodes.some((n) => n.id === node.id && n.name === node.name));
    for (const edge of first.edges) assert.ok(grown.edges.some((e) => e.id === edge.id));
  });

  it('agrees with the hover card’s co-mention counts on the samples', async () => {
    const index = await sampleIndex();
    const bySentence = weights(networkOf(index, options({ maxNodes: MAX_NODES })));
    const byArticle = weights(networkOf(index, options({ maxNodes: MAX_NODES, scope: 'article' })));
    let compared = 0;
    for (const node of networkOf(index, options({ maxNodes: MAX_NODES })).nodes) {
      for (const c of index.coMentioned(node.id, 1_000, 'PER')) {
        const id = node.id < c.entity.id ? `${node.id}|${c.entity.id}` : `${c.entity.id}|${node.id}`;
        assert.equal(bySentence[id] ?? 0, c.sentences, id);
        assert.equal(byArticle[id] ?? 0, c.articles, id);
        compared++;
      }
    }
    assert.ok(compared > 20, `${compared} pairs compared`);
  });

  it('counts pairs among a crowded sentence’s most mentioned nodes only', () => {
    const crowd = Array.from({ length: MAX_NODES_PER_GROUP + 10 }, (_, i) => `q${String(i).padStart(2, '0')}`);
    // Each node is mentioned once more than the next, so the rank is q00, q01, …
    const articles = [[crowd.join(' ')], ...crowd.map((id, i) => [Array(crowd.length - i).fill(id).join(' ')])];
    const data = networkOf(indexOf(articles), options({ maxNodes: MAX_NODES }));
    const heads = (id: string): boolean => Number(id.slice(1)) < MAX_NODES_PER_GROUP;
    assert.equal(data.edges.length, (MAX_NODES_PER_GROUP * (MAX_NODES_PER_GROUP - 1)) / 2);
    assert.ok(data.edges.every((e) => heads(e.source) && heads(e.target)));
  });

  it('keeps the heaviest MAX_EDGES edges and counts the rest', () => {
    // 120 people, each article naming 30 in a row: the pairs up to 29 apart, 3,045 of them, weighing 30 − their distance.
    const people = Array.from({ length: 120 }, (_, i) => `r${String(i).padStart(3, '0')}`);
    const articles = Array.from({ length: 91 }, (_, k) => [people.slice(k, k + 30).join(' ')]);
    const data = networkOf(indexOf(articles), options({ scope: 'article', maxNodes: MAX_NODES }));
    assert.equal(data.edges.length, MAX_EDGES);
    assert.equal(data.edgesLeftOut, 3_045 - MAX_EDGES);
    const weightsInOrder = data.edges.map((e) => e.weight);
    assert.deepEqual(weightsInOrder, [...weightsInOrder].sort((a, b) => b - a));
    assert.equal(data.maxWeight, 29);
  });

  it('works in steps bounded by the nodes’ mentions, not the corpus', () => {
    // 200 articles where the top five people are named once each, among 20,000 mentions of others.
    const articles = Array.from({ length: 200 }, (_, n) => [`top${n % 5} top${(n + 1) % 5}`, Array.from({ length: 100 }, (_, i) => `x${n}_${i}`).join(' ')]);
    const index = indexOf(articles);
    let steps = 0;
    const run = networkSteps(index, options({ maxNodes: MIN_NODES }));
    for (let step = run.next(); !step.done; step = run.next()) steps++;
    // One step to choose nodes, then one per 5,000 mentions or pairs: 400 mentions of the five need no more.
    assert.ok(steps <= 3, `${steps} steps`);
  });

  it('yields at least once per 5,000 mentions of its nodes, so no step reads them all', () => {
    // Five people named 4,000 times each, 20 to a sentence.
    const articles = Array.from({ length: 200 }, () => Array.from({ length: 5 }, () => Array.from({ length: 20 }, (_, i) => `s${i % 5}`).join(' ')));
    let steps = 0;
    const run = networkSteps(indexOf(articles), options({ maxNodes: MIN_NODES }));
    for (let step = run.next(); !step.done; step = run.next()) steps++;
    // 20,000 mentions read (4 steps), then 1,000 sentences of 20 codes and 5 nodes (45,000 more: 9 steps).
    assert.ok(steps >= 13, `${steps} steps`);
  });

  it('makes bad options sane', () => {
    assert.deepEqual(normalizeOptions({ organizations: 'yes' as never, scope: 'paragraph' as never, minWeight: -3, maxNodes: 1e9, name: 42 as never }), {
      organizations: false,
      scope: 'sentence',
      minWeight: 1,
      maxNodes: MAX_NODES,
      name: '',
    });
    assert.equal(normalizeOptions(options({ maxNodes: Number.NaN })).maxNodes, DEFAULT_OPTIONS.maxNodes);
    assert.equal(normalizeOptions(options({ name: `  ${'я'.repeat(500)} ` })).name.length, 200);
  });
});

describe('network layout', () => {
  const corpus = indexOf([['a b', 'a c', 'b c d'], ['a b', 'a b a', 'd'], ['c', 'd', 'orgx a'], ['e f', 'g']]);

  it('places the same network the same way every time', () => {
    const data = networkOf(corpus);
    const first = layoutNetwork(data.nodes, data.edges);
    assert.deepEqual(layoutNetwork(data.nodes, data.edges), first);
    assert.equal(first.size, data.nodes.length);
    for (const p of first.values()) assert.ok(Number.isFinite(p.x) && Number.isFinite(p.y));
  });

  it('puts the most connected pair closer than unconnected nodes', () => {
    const data = networkOf(corpus);
    const at = layoutNetwork(data.nodes, data.edges);
    const distance = (a: string, b: string): number => Math.hypot(at.get(a)!.x - at.get(b)!.x, at.get(a)!.y - at.get(b)!.y);
    assert.ok(distance('a', 'b') < distance('a', 'g'), `${distance('a', 'b')} vs ${distance('a', 'g')}`);
  });

  it('starts from the places of the last layout, so a new node moves the others little', () => {
    const before = networkOf(corpus);
    const places = layoutNetwork(before.nodes, before.edges);
    const after = networkOf(indexOf([['a b', 'a c', 'b c d'], ['a b', 'a b a', 'd'], ['c', 'd', 'orgx a'], ['e f', 'g'], ['h a']]));
    const moved = layoutNetwork(after.nodes, after.edges, places);
    for (const [id, p] of places) {
      const q = moved.get(id)!;
      assert.ok(Math.hypot(p.x - q.x, p.y - q.y) < 40, `${id} moved ${Math.hypot(p.x - q.x, p.y - q.y)}`);
    }
  });

  it('sizes nodes and edges within bounds', () => {
    assert.equal(nodeRadius(0, 10), 4);
    assert.equal(nodeRadius(10, 10), 22);
    assert.equal(edgeWidth(5, 5), 7);
    assert.ok(edgeWidth(1, 100) < 2);
  });
});

describe('network picture messages from the webview', () => {
  it('accepts the three requests, options made sane', () => {
    assert.deepEqual(parseNetworkAction({ kind: 'select', id: 'per:1' }), { kind: 'select', id: 'per:1' });
    assert.deepEqual(parseNetworkAction({ kind: 'link', id: 'per:1', link: 2 }), { kind: 'link', id: 'per:1', link: 2 });
    assert.deepEqual(
      parseNetworkAction({ kind: 'options', options: { organizations: true, scope: 'article', minWeight: 0, maxNodes: 9999, name: ' x ' } }),
      { kind: 'options', options: { organizations: true, scope: 'article', minWeight: 1, maxNodes: MAX_NODES, name: 'x' } },
    );
  });

  const bad: unknown[] = [
    null,
    'select',
    [],
    { kind: 'select' },
    { kind: 'select', id: 42 },
    { kind: 'select', id: 'x'.repeat(501) },
    { kind: 'link', id: 'per:1', link: -1 },
    { kind: 'link', id: 'per:1', link: 1.5 },
    { kind: 'options', options: { organizations: 'no', scope: 'sentence', minWeight: 1, maxNodes: 10, name: '' } },
    { kind: 'options', options: { organizations: false, scope: 'paragraph', minWeight: 1, maxNodes: 10, name: '' } },
    { kind: 'options', options: { organizations: false, scope: 'sentence', minWeight: '1', maxNodes: 10, name: '' } },
    { kind: 'run', command: 'workbench.action.terminal.new' },
  ];
  for (const message of bad) it(`refuses ${JSON.stringify(message)?.slice(0, 60)}`, () => assert.equal(parseNetworkAction(message), undefined));
});
