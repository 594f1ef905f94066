// The page side of a picture (runs in the webview, not in the extension): asks for data, draws each data message
// with the picture's draw function, reports what it drew, and sends the picture's actions. Article text only
// ever reaches the page through textContent and SVG text nodes (see el/svgEl), never as markup.
import type { DataMessage, ViewMessage } from '../../core/pictures/pictureMessages';

interface VsCodeApi {
  postMessage(message: ViewMessage): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

export interface PictureClient {
  /** Asks the extension for something (open a source, reveal a person, change a setting). */
  act(action: unknown): void;
  /** The page's own settings, kept while the panel is hidden and across reloads of the window. */
  state<S extends object>(fallback: S): S;
  saveState(state: object): void;
}

/**
 * Starts the page: `draw` renders one data message into the root element and returns what it drew, counted
 * (sent back as the `rendered` message the extension's tests wait for).
 */
export function startPicture<Data>(draw: (data: Data, root: HTMLElement, client: PictureClient) => Record<string, number>): PictureClient {
  const vscode = acquireVsCodeApi();
  const root = document.getElementById('picture');
  if (!root) throw new Error('the picture page has no #picture element');
  const client: PictureClient = {
    act: (action) => vscode.postMessage({ type: 'action', action }),
    state: <S extends object>(fallback: S): S => {
      const saved = vscode.getState();
      return typeof saved === 'object' && saved !== null ? { ...fallback, ...saved } : fallback;
    },
    saveState: (state) => vscode.setState(state),
  };
  window.addEventListener('message', (event: MessageEvent<DataMessage<Data>>) => {
    const message = event.data;
    if (message?.type !== 'data') return;
    const counts = draw(message.data, root, client);
    vscode.postMessage({ type: 'rendered', generation: message.generation, counts });
  });
  vscode.postMessage({ type: 'ready' });
  return client;
}

type Attributes = Record<string, string | number | boolean | undefined>;

function setAttributes(node: Element, attributes: Attributes): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
}

/** An HTML element with attributes and text (as text, never markup). */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  setAttributes(node, attributes);
  if (text !== undefined) node.textContent = text;
  return node;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element with attributes and text (as text, never markup). */
export function svgEl<K extends keyof SVGElementTagNameMap>(tag: K, attributes: Attributes = {}, text?: string): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG_NS, tag);
  setAttributes(node, attributes);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** "{0} of {1}" filled with values, as the extension's l10n writes templates (the pages get them translated). */
export function format(template: string, ...values: (string | number)[]): string {
  return template.replace(/\{(\d+)\}/g, (whole, n: string) => (Number(n) < values.length ? String(values[Number(n)]) : whole));
}
