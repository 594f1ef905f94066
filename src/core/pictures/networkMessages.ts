// What the Network picture's webview and the extension say to each other inside the shared picture messages: the
// data it draws (with the hover card of the node chosen), and the reader's requests. Requests come from a page that shows
// article text, so the host reads each with parseNetworkAction before acting on it.
import type { CardBlock } from './markdownCard';
import { isRecord } from './pictureMessages';
import { type CoMentionScope, type NetworkData, type NetworkOptions, normalizeOptions } from './network';

/** The words the page shows, localized by the extension (the page has no l10n of its own). */
export interface NetworkLabels {
  readonly name: string;
  readonly namePlaceholder: string;
  readonly scope: string;
  readonly sentence: string;
  readonly article: string;
  readonly organizations: string;
  readonly minWeight: string;
  readonly maxNodes: string;
  readonly graph: string;
  readonly empty: string;
  readonly cardHint: string;
  /** "{0}: {1} mentions in {2} articles": a node's accessible name and tooltip. */
  readonly node: string;
  /** "{0} — {1}: together in {2} sentences" (or articles, by the scope): an edge's tooltip. */
  readonly edge: string;
  /** "Named together with: {0}": a node's description for screen readers, its heaviest edges listed. */
  readonly neighbours: string;
}

/** The chosen node's hover card, for the side panel; its links are numbered and kept by the extension. */
export interface NetworkCard {
  readonly id: string;
  readonly blocks: readonly CardBlock[];
}

/** The data of one drawing: the network, a status line, the page's words, and the chosen node's card. */
export interface NetworkView {
  readonly network: NetworkData;
  /** Changes when the network does (another index, other options): the page lays out again only then. */
  readonly networkKey: number;
  readonly status: string;
  readonly labels: NetworkLabels;
  readonly card?: NetworkCard;
}

export type NetworkAction =
  /** The toolbar changed: draw the network for these options. */
  | { readonly kind: 'options'; readonly options: NetworkOptions }
  /** A node was chosen (click, Enter): reveal it in its tree and send its card. */
  | { readonly kind: 'select'; readonly id: string }
  /** A link of the card shown for `id` was followed. */
  | { readonly kind: 'link'; readonly id: string; readonly link: number };

/** Entity ids are short; anything longer is not one of ours. */
const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 500;
const isScope = (v: unknown): v is CoMentionScope => v === 'sentence' || v === 'article';

/** The action if it is one of NetworkAction's shapes (options made sane), else undefined. */
export function parseNetworkAction(action: unknown): NetworkAction | undefined {
  if (!isRecord(action)) return undefined;
  switch (action.kind) {
    case 'options': {
      const o = action.options;
      if (!isRecord(o) || typeof o.organizations !== 'boolean' || !isScope(o.scope) || typeof o.minWeight !== 'number') return undefined;
      if (typeof o.maxNodes !== 'number' || typeof o.name !== 'string') return undefined;
      return { kind: 'options', options: normalizeOptions({ organizations: o.organizations, scope: o.scope, minWeight: o.minWeight, maxNodes: o.maxNodes, name: o.name }) };
    }
    case 'select':
      return isId(action.id) ? { kind: 'select', id: action.id } : undefined;
    case 'link':
      return isId(action.id) && Number.isInteger(action.link) && (action.link as number) >= 0 ? { kind: 'link', id: action.id, link: action.link as number } : undefined;
    default:
      return undefined;
  }
}
