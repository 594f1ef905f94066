// The Network picture's words and its side panel's card, made on the extension's side: the page has no l10n of its
// own, and the card is the hover card itself (entityCard), read back into runs the page writes as text.
import * as vscode from 'vscode';
import type { CorpusIndex } from '../../core/index/corpusIndex';
import { type CardLink, cardOfMarkdown } from '../../core/pictures/markdownCard';
import type { CoMentionScope, NetworkData } from '../../core/pictures/network';
import type { NetworkCard, NetworkLabels } from '../../core/pictures/networkMessages';
import { HOVER_COMMANDS } from '../commandIds';
import { entityCard } from './hover';

export function networkLabels(scope: CoMentionScope): NetworkLabels {
  return {
    name: vscode.l10n.t('Name'),
    namePlaceholder: vscode.l10n.t('Filter by name'),
    scope: vscode.l10n.t('Together in'),
    sentence: vscode.l10n.t('a sentence'),
    article: vscode.l10n.t('an article'),
    organizations: vscode.l10n.t('Organizations'),
    minWeight: vscode.l10n.t('Minimum weight'),
    maxNodes: vscode.l10n.t('Nodes'),
    graph: vscode.l10n.t('People named together'),
    empty: vscode.l10n.t('No one to show: fewer filters show more.'),
    cardHint: vscode.l10n.t('Choose a node (click, or Tab and Enter) to see its card here.'),
    node: vscode.l10n.t('{0}: {1} mentions in {2} articles'),
    neighbours: vscode.l10n.t('Named together with: {0}'),
    edge: scope === 'article' ? vscode.l10n.t('{0} — {1}: together in {2} articles') : vscode.l10n.t('{0} — {1}: together in {2} sentences'),
  };
}

/** "100 of 673 shown · 117 links", and what the edge cap left out. */
export function networkStatus(network: NetworkData): string {
  const shown = vscode.l10n.t('{0} of {1} shown · {2} links', network.nodes.length, network.candidates, network.edges.length);
  return network.edgesLeftOut > 0 ? `${shown} · ${vscode.l10n.t('{0} lighter links not drawn', network.edgesLeftOut)}` : shown;
}

/** The card of an entity for the side panel, and its links in the order the card numbers them; undefined for an unknown id. */
export function networkCard(index: CorpusIndex, id: string): { card: NetworkCard; links: readonly CardLink[] } | undefined {
  const entity = index.entities.get(id);
  if (!entity) return undefined;
  const card = cardOfMarkdown(entityCard(index, entity, undefined).value, HOVER_COMMANDS);
  return { card: { id, blocks: card.blocks }, links: card.links };
}
