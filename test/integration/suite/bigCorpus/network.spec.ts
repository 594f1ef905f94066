// The Network picture on 1,000 real articles (BSNLP): the page draws the top people and, at the largest cap, 500
// nodes and the heaviest 2,000 edges; a node's card and People entry open; the options come back to the defaults.
import * as assert from 'node:assert/strict';
import { DEFAULT_OPTIONS, MAX_EDGES, MAX_NODES } from '../../../../src/core/pictures/network';
import { api, sleep } from '../helpers';
import { act, openNetwork } from '../networkPanel';

describe('Network picture on 1,000 articles', function () {
  this.timeout(180_000);

  after(async () => {
    await act(await api(), { kind: 'options', options: DEFAULT_OPTIONS });
  });

  it('draws the 100 most mentioned people and their edges', async () => {
    const corpus = await api();
    assert.ok(corpus.index.articles.size >= 1000, `${corpus.index.articles.size} articles: the big corpus is open`);
    const drawn = await openNetwork(corpus);
    const { network } = drawn.view;
    assert.equal(network.nodes.length, DEFAULT_OPTIONS.maxNodes);
    assert.ok(network.candidates > network.nodes.length, `${network.candidates} people`);
    assert.ok(network.edges.length > 50, `${network.edges.length} edges`);
    assert.equal(drawn.counts.nodes, network.nodes.length);
    assert.equal(drawn.counts.edges, network.edges.length);
    // The most mentioned person of the corpus is there, sized by the index's own count.
    const most = [...corpus.index.entities.values()]
      .filter((e) => e.type === 'PER')
      .reduce((a, b) => (corpus.index.mentionsOf(b.id).length > corpus.index.mentionsOf(a.id).length ? b : a));
    assert.equal(network.nodes[0].mentions, corpus.index.mentionsOf(most.id).length);
  });

  it('at the largest cap, by article and with organizations, draws 500 nodes and at most 2,000 edges', async () => {
    const corpus = await api();
    const drawn = await act(corpus, { kind: 'options', options: { ...DEFAULT_OPTIONS, maxNodes: MAX_NODES, scope: 'article', organizations: true } });
    const { network } = drawn.view;
    assert.equal(network.nodes.length, MAX_NODES);
    assert.equal(network.edges.length, MAX_EDGES);
    assert.ok(network.edgesLeftOut > 0, 'the lightest edges were left out');
    assert.match(drawn.view.status, /lighter links not drawn/);
    assert.equal(drawn.counts.nodes, MAX_NODES);
    assert.equal(drawn.counts.edges, MAX_EDGES);
    assert.ok(network.nodes.some((n) => n.type === 'ORG'));
  });

  it('a node’s hover card shows beside the graph', async () => {
    const corpus = await api();
    const drawn = await act(corpus, { kind: 'options', options: DEFAULT_OPTIONS });
    const top = drawn.view.network.nodes[0];
    const chosen = await act(corpus, { kind: 'select', id: top.id });
    assert.equal(chosen.view.card?.id, top.id);
    assert.ok(chosen.counts.cardLinks >= 2, JSON.stringify(chosen.counts));
    const people = corpus.trees.people?.view;
    let selected: string | undefined;
    for (let i = 0; i < 100 && selected !== top.id; i++, await sleep(50)) {
      const node = people?.selection[0];
      selected = node?.kind === 'entity' ? node.entity.id : undefined;
    }
    assert.equal(selected, top.id, 'revealed in People');
  });
});
