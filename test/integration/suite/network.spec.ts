// The Network picture in a real VS Code on the sample corpus: its page draws what it is sent, the toolbar's options
// change the network, a node opens its People entry and its hover card, a card link opens the source, bad requests
// are ignored, and a new article updates the picture live.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { CardBlock } from '../../../src/core/pictures/markdownCard';
import { DEFAULT_OPTIONS } from '../../../src/core/pictures/network';
import type { EntityNode } from '../../../src/vscode/features/entityTree';
import { api, deleteIfPresent, folder, sleep } from './helpers';
import { act, type Drawn, drawnAfter, networkProbe, openNetwork } from './networkPanel';

const weightOf = (drawn: Drawn, a: string, b: string): number =>
  drawn.view.network.edges.find((e) => e.id === (a < b ? `${a}|${b}` : `${b}|${a}`))?.weight ?? 0;

/** Every run's text of a card, lines joined. */
const cardText = (blocks: readonly CardBlock[]): string => blocks.map((b) => ('runs' in b ? b.runs.map((r) => r.text).join('') : '---')).join('\n');

describe('Network picture', function () {
  this.timeout(60_000);
  const added = vscode.Uri.joinPath(folder(), 'zz-network-test.txt');

  after(async () => {
    const corpus = await api();
    await deleteIfPresent(added);
    // The options are kept in workspace state: the next suite starts from the defaults.
    if (networkProbe(corpus).isOpen) await act(corpus, { kind: 'options', options: DEFAULT_OPTIONS });
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens from the palette and draws the people most mentioned, with edges weighted by shared sentences', async () => {
    const corpus = await api();
    const drawn = await openNetwork(corpus);
    const { network } = drawn.view;
    const { index } = corpus;
    assert.ok(network.nodes.length >= 10, `${network.nodes.length} nodes`);
    assert.equal(drawn.counts.nodes, network.nodes.length, 'the page drew every node');
    assert.equal(drawn.counts.edges, network.edges.length, 'and every edge');
    assert.equal(drawn.counts.focusable, network.nodes.length, 'every node is a tab stop');
    assert.ok(network.nodes.every((n) => n.type === 'PER'));
    const [witkoff] = index.entitiesByName('Уиткофф', 'PER');
    assert.ok(network.nodes.some((n) => n.id === witkoff.id && n.mentions === index.mentionsOf(witkoff.id).length));
    // The weights are the hover card's "together in the same sentence" counts.
    for (const c of index.coMentioned(witkoff.id, 5, 'PER')) assert.equal(weightOf(drawn, witkoff.id, c.entity.id), c.sentences, c.entity.name);
    assert.match(drawn.view.status, new RegExp(`^${network.nodes.length} of \\d+ shown · ${network.edges.length} links`));
  });

  it('draws the same picture when opened again (the layout is seeded, not random)', async () => {
    const corpus = await api();
    const first = await openNetwork(corpus);
    assert.ok(first.counts.layout, 'the page reports its layout');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (let i = 0; i < 100 && networkProbe(corpus).isOpen; i++) await sleep(50);
    assert.ok(!networkProbe(corpus).isOpen, 'the panel closed');
    const again = await openNetwork(corpus);
    assert.deepEqual(again.view.network, first.view.network);
    assert.equal(again.counts.layout, first.counts.layout, 'every node in the same place');
  });

  it('counts by article, adds organizations, and keeps to the minimum weight and name filter', async () => {
    const corpus = await api();
    const { index } = corpus;
    const [witkoff] = index.entitiesByName('Уиткофф', 'PER');
    const byArticle = await act(corpus, { kind: 'options', options: { ...DEFAULT_OPTIONS, scope: 'article', organizations: true } });
    assert.ok(byArticle.view.network.nodes.some((n) => n.type === 'ORG'), 'organizations shown');
    for (const c of index.coMentioned(witkoff.id, 5, 'PER')) assert.equal(weightOf(byArticle, witkoff.id, c.entity.id), c.articles, c.entity.name);
    assert.equal(byArticle.counts.edges, byArticle.view.network.edges.length);

    const heavy = await act(corpus, { kind: 'options', options: { ...DEFAULT_OPTIONS, minWeight: 2 } });
    assert.ok(heavy.view.network.edges.length > 0 && heavy.view.network.edges.every((e) => e.weight >= 2));

    const named = await act(corpus, { kind: 'options', options: { ...DEFAULT_OPTIONS, name: 'уиткофф' } });
    const matched = named.view.network.nodes.filter((n) => n.matched);
    assert.deepEqual(matched.map((n) => n.id), [witkoff.id]);
    assert.ok(named.view.network.edges.every((e) => e.source === witkoff.id || e.target === witkoff.id));
    assert.equal(named.counts.nodes, named.view.network.nodes.length);
    await act(corpus, { kind: 'options', options: DEFAULT_OPTIONS });
  });

  it('a chosen node is revealed in People and its hover card shown beside the graph; a card link opens the source', async () => {
    const corpus = await api();
    const { index } = corpus;
    const [witkoff] = index.entitiesByName('Уиткофф', 'PER');
    const chosen = await act(corpus, { kind: 'select', id: witkoff.id });
    const card = chosen.view.card;
    assert.equal(card?.id, witkoff.id);
    assert.match(cardText(card.blocks), /Стив Уиткофф/);
    assert.match(cardText(card.blocks), /спецпосланник президента США/);
    assert.match(cardText(card.blocks), /Often mentioned with:/);
    assert.ok(chosen.counts.cardBlocks >= card.blocks.length - 2 && chosen.counts.cardLinks >= 3, JSON.stringify(chosen.counts));
    assert.equal(chosen.counts.selected, 1);

    const people = corpus.trees.people?.view;
    assert.ok(people, 'the People view exists');
    let selected: EntityNode | undefined;
    for (let i = 0; i < 100 && !selected; i++, await sleep(50)) selected = people.selection[0];
    assert.equal((selected as EntityNode & { kind: 'entity' }).entity.id, witkoff.id, 'revealed in People');

    // "Open first mention": the link numbers count the card's links in order.
    const runs = card.blocks.flatMap((b) => ('runs' in b ? b.runs : []));
    const open = runs.find((r) => r.text === 'Open first mention');
    assert.ok(open?.link !== undefined, 'the card links to the first mention');
    await networkProbe(corpus).receive({ type: 'action', action: { kind: 'link', id: witkoff.id, link: open.link } });
    const first = index.firstMentionInCorpus(witkoff.id)!;
    let editor: vscode.TextEditor | undefined;
    for (let i = 0; i < 100; i++, await sleep(50)) {
      editor = vscode.window.activeTextEditor;
      if (editor?.document.uri.path.endsWith(first.doc)) break;
    }
    assert.ok(editor?.document.uri.path.endsWith(first.doc), `opened ${first.doc}`);
    assert.equal(editor!.document.offsetAt(editor!.selection.start), first.start);
  });

  it('ignores requests that are not the page’s own: unknown ids, link numbers it never sent, other shapes', async () => {
    const corpus = await api();
    const probe = networkProbe(corpus);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await openNetwork(corpus);
    const shown = (): string => JSON.stringify([(probe.lastData?.data as Drawn['view']).card?.id, (probe.lastData?.data as Drawn['view']).network.options]);
    const before = shown();
    for (const action of [
      { kind: 'select', id: 'per:nobody' },
      { kind: 'link', id: 'per:nobody', link: 0 },
      { kind: 'link', id: (probe.lastData?.data as Drawn['view']).card?.id ?? 'x', link: 999 },
      { kind: 'run', command: 'workbench.action.terminal.new' },
      { kind: 'options', options: { organizations: 'yes' } },
    ]) {
      await probe.receive({ type: 'action', action });
    }
    await sleep(300);
    assert.equal(shown(), before, 'the same card and options');
    assert.deepEqual(vscode.window.visibleTextEditors, [], 'nothing opened');
  });

  it('follows the index live: a new article naming two people together adds to their edge', async () => {
    const corpus = await api();
    const drawn = await openNetwork(corpus);
    const { index } = corpus;
    const [witkoff] = index.entitiesByName('Уиткофф', 'PER');
    const [kushner] = index.entitiesByName('Кушнер', 'PER');
    const before = weightOf(drawn, witkoff.id, kushner.id);
    await vscode.workspace.fs.writeFile(added, new TextEncoder().encode(' date 2026-01-08 Переговоры\nСтив Уиткофф и Джаред Кушнер прибыли в Париж. Уиткофф и Кушнер провели встречу.\n'));
    // Each index the update passes through is drawn: wait for the one with the new article.
    let after = drawn;
    for (let i = 0; i < 20 && weightOf(after, witkoff.id, kushner.id) === before; i++) after = await drawnAfter(networkProbe(corpus), after.generation, 30_000);
    assert.equal(weightOf(after, witkoff.id, kushner.id), before + 2);
    assert.equal(after.counts.edges, after.view.network.edges.length);
  });
});
