// The Network picture (Corpus: Network): people, and organizations if asked, named together in a sentence or an
// article. The panel, its page and live updates are the shared picture infrastructure (../pictures/); this is what
// the picture shows and does: the network for the reader's options (kept in workspace state), the chosen node's
// hover card, and the page's requests — choose a node (reveal it in its tree, show its card) or follow a card link.
import * as vscode from 'vscode';
import type { CorpusIndex } from '../../core/index/corpusIndex';
import type { CardLink } from '../../core/pictures/markdownCard';
import { DEFAULT_OPTIONS, type NetworkData, type NetworkOptions, networkSteps } from '../../core/pictures/network';
import { type NetworkView, parseNetworkAction } from '../../core/pictures/networkMessages';
import type { CorpusService } from '../corpusService';
import { Commands } from '../commandIds';
import { nextTurn } from '../idleSteps';
import type { Picture, PictureKind, PicturePanelHandle } from '../pictures/picturePanel';
import { sidebarTrees } from './entityTree';
import { networkCard, networkLabels, networkStatus } from './networkText';
import { revealEntity } from './treeCommands';

const OPTIONS_KEY = 'corpusNavigator.network.options';

/** The options saved for this workspace, checked as a message from the page is; the defaults when none or broken. */
function savedOptions(corpus: CorpusService): NetworkOptions {
  const parsed = parseNetworkAction({ kind: 'options', options: corpus.workspaceState.get<unknown>(OPTIONS_KEY) });
  return parsed?.kind === 'options' ? parsed.options : DEFAULT_OPTIONS;
}

/** A network counted, and the number the page tells networks apart by (NetworkView.networkKey). */
interface Counted {
  readonly index: CorpusIndex;
  readonly options: NetworkOptions;
  readonly network: NetworkData;
  readonly key: number;
}

class NetworkPicture implements Picture<NetworkView> {
  private options: NetworkOptions;
  private selected: string | undefined;
  /** The links of the card last sent, by number: a `link` request runs one of these, nothing else. */
  private links: readonly CardLink[] = [];
  /** The network last counted, for its index and options: choosing a node sends the card, not a new network. */
  private last: Counted | undefined;

  constructor(private readonly corpus: CorpusService) {
    this.options = savedOptions(corpus);
  }

  /** The latest count started, and its number: a newer one ends the older (live edits come in bursts). */
  private counting: Promise<NetworkView> | undefined;
  private counts = 0;

  /** The view at once when the network is known; else after counting it in steps (see networkSteps). */
  data(index: CorpusIndex): NetworkView | Promise<NetworkView> {
    if (this.last?.index === index && this.last.options === this.options) return this.view(this.last);
    this.counting = this.count(index, this.options, ++this.counts);
    return this.counting;
  }

  /** Counts the network a step per turn of the event loop, so the editor never waits long for it. */
  private async count(index: CorpusIndex, options: NetworkOptions, number: number): Promise<NetworkView> {
    const steps = networkSteps(index, options);
    let step = steps.next();
    while (!step.done) {
      await nextTurn();
      // Superseded: the newer count's answer serves this caller too (the panel sends only the newest anyway).
      if (number !== this.counts && this.counting) return this.counting;
      step = steps.next();
    }
    this.last = { index, options, network: step.value, key: (this.last?.key ?? 0) + 1 };
    return this.view(this.last);
  }

  private view({ index, network, key }: Counted): NetworkView {
    // The card is made anew for each index: its counts and links follow live edits.
    const found = this.selected ? networkCard(index, this.selected) : undefined;
    this.links = found?.links ?? [];
    if (!found) this.selected = undefined;
    const card = found?.card;
    return { network, networkKey: key, status: networkStatus(network), labels: networkLabels(network.options.scope), ...(card ? { card } : {}) };
  }

  async act(raw: unknown, panel: PicturePanelHandle): Promise<boolean> {
    const action = parseNetworkAction(raw);
    if (!action) return false;
    switch (action.kind) {
      case 'options':
        this.options = action.options;
        await this.corpus.workspaceState.update(OPTIONS_KEY, action.options);
        panel.refresh();
        return true;
      case 'select': {
        const entity = this.corpus.index.entities.get(action.id);
        if (!entity) return false;
        this.selected = entity.id;
        panel.refresh();
        // The keyboard stays in the picture: the tree only shows where the person is.
        await revealEntity(sidebarTrees(this.corpus), entity, false);
        return true;
      }
      case 'link': {
        const link = action.id === this.selected ? this.links[action.link] : undefined;
        if (!link) return false;
        await vscode.commands.executeCommand(link.command, ...link.args);
        return true;
      }
    }
  }
}

export const networkPicture: PictureKind<NetworkView> = {
  viewType: 'corpusNavigator.network',
  command: Commands.showNetwork,
  script: 'network',
  title: () => vscode.l10n.t('Corpus: Network'),
  open: (corpus) => new NetworkPicture(corpus),
};
