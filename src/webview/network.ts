// The Network picture's page: a toolbar, the graph as SVG, and a side panel with the chosen node's hover card.
// Everything it shows arrives as messages and is written as text (textContent, SVG text nodes), never as markup.
// Keyboard: every node is a tab stop (most mentioned first); arrow keys move to the nearest node that way; Enter or
// Space chooses it (its People entry and card); + and − zoom around it, 0 shows everything.
// The mouse: click a node, wheel to zoom, drag the background to move.
import type { CardRun } from '../core/pictures/markdownCard';
import { DEFAULT_OPTIONS, MAX_NODES, MIN_NODES, type NetworkData, type NetworkNode, type NetworkOptions } from '../core/pictures/network';
import { edgeWidth, layoutNetwork, nodeRadius, type Point } from '../core/pictures/networkLayout';
import type { NetworkAction, NetworkCard, NetworkLabels, NetworkView } from '../core/pictures/networkMessages';
import { fnv1a } from '../core/util/shortHash';
import { el, format, type PictureClient, startPicture, svgEl } from './shared/pictureClient';

/** What the page keeps across a reload (the panel hidden and shown again): the places of the nodes drawn last. */
interface PageState {
  readonly places: Record<string, Point>;
}

/** Names drawn beside their node without focus: the most mentioned. */
const NAMED_NODES = 25;
/** Space around the drawing inside the view box. */
const MARGIN = 40;

let client: PictureClient;
let places = new Map<string, Point>();
let view: NetworkView | undefined;
let drawnKey: number | undefined;
/** A checksum of the places drawn, reported to the extension: tests compare it between openings. */
let layoutSum = 0;
let selected: string | undefined;
const nodeElements = new Map<string, SVGGElement>();

const page = el('div', { class: 'network' });
const toolbar = el('form', { class: 'toolbar' });
const nameInput = el('input', { type: 'search' });
const scopeSelect = el('select');
const orgsInput = el('input', { type: 'checkbox' });
const minWeightInput = el('input', { type: 'number', min: 1 });
const maxNodesInput = el('input', { type: 'number', min: MIN_NODES, max: MAX_NODES, step: 5 });
const status = el('span', { class: 'status muted', role: 'status' });
const body = el('div', { class: 'body' });
const svg = svgEl('svg', { class: 'graph', role: 'group' });
const edgeLayer = svgEl('g');
const edgeLabelLayer = svgEl('g');
const nodeLayer = svgEl('g');
svg.append(edgeLayer, nodeLayer, edgeLabelLayer);
const card = el('aside', { class: 'card details', 'aria-live': 'polite' });
body.append(svg, card);
page.append(toolbar, body);

/** A toolbar field with its label; the labels' words come with the first data. */
function field(control: HTMLElement, className: string): HTMLLabelElement {
  const label = el('label', { class: `field ${className}` });
  label.append(el('span', { class: 'label-text' }), control);
  return label;
}

const fields = {
  name: field(nameInput, 'name'),
  scope: field(scopeSelect, 'scope'),
  orgs: field(orgsInput, 'orgs'),
  minWeight: field(minWeightInput, 'weight'),
  maxNodes: field(maxNodesInput, 'nodes'),
};
toolbar.append(...Object.values(fields), status);
for (const value of ['sentence', 'article'] as const) scopeSelect.append(el('option', { value }));

function setLabel(label: HTMLLabelElement, text: string): void {
  (label.querySelector('.label-text') as HTMLElement).textContent = text;
}

function post(action: NetworkAction): void {
  client.act(action);
}

function optionsFromToolbar(): NetworkOptions {
  return {
    name: nameInput.value,
    scope: scopeSelect.value === 'article' ? 'article' : 'sentence',
    organizations: orgsInput.checked,
    minWeight: Number(minWeightInput.value) || 1,
    maxNodes: Number(maxNodesInput.value) || DEFAULT_OPTIONS.maxNodes,
  };
}

let typing: ReturnType<typeof setTimeout> | undefined;
toolbar.addEventListener('submit', (e) => e.preventDefault());
toolbar.addEventListener('input', (e) => {
  // Typing a name waits for a pause; a switch or a number applies at once.
  clearTimeout(typing);
  typing = setTimeout(() => post({ kind: 'options', options: optionsFromToolbar() }), e.target === nameInput ? 250 : 0);
});

function showToolbar(labels: NetworkLabels, options: NetworkOptions, maxWeight: number): void {
  setLabel(fields.name, labels.name);
  nameInput.placeholder = labels.namePlaceholder;
  setLabel(fields.scope, labels.scope);
  (scopeSelect.options[0] as HTMLOptionElement).textContent = labels.sentence;
  (scopeSelect.options[1] as HTMLOptionElement).textContent = labels.article;
  setLabel(fields.orgs, labels.organizations);
  setLabel(fields.minWeight, labels.minWeight);
  setLabel(fields.maxNodes, labels.maxNodes);
  svg.setAttribute('aria-label', labels.graph);
  // The reader's own typing stays: only values the reader is not editing follow the extension's.
  if (document.activeElement !== nameInput) nameInput.value = options.name;
  scopeSelect.value = options.scope;
  orgsInput.checked = options.organizations;
  if (document.activeElement !== minWeightInput) minWeightInput.value = String(options.minWeight);
  minWeightInput.max = String(Math.max(1, maxWeight));
  if (document.activeElement !== maxNodesInput) maxNodesInput.value = String(options.maxNodes);
}

function svgText(x: number, y: number, text: string, className: string): SVGTextElement {
  return svgEl('text', { x, y, class: className }, text);
}

function tooltip(parent: SVGElement, text: string): void {
  parent.append(svgEl('title', {}, text));
}

function draw(data: NetworkData, labels: NetworkLabels): void {
  const at = layoutNetwork(data.nodes, data.edges, places);
  places = at;
  layoutSum = fnv1a(data.nodes.map((n) => `${n.id}@${at.get(n.id)?.x},${at.get(n.id)?.y}`).join(';'));
  client.saveState({ places: Object.fromEntries(at) } satisfies PageState);
  edgeLayer.replaceChildren();
  edgeLabelLayer.replaceChildren();
  nodeLayer.replaceChildren();
  nodeElements.clear();
  const most = data.nodes.reduce((m, n) => Math.max(m, n.mentions), 1);
  const heaviest = data.edges.reduce((m, e) => Math.max(m, e.weight), 1);
  const names = new Map(data.nodes.map((n) => [n.id, n.name]));
  for (const edge of data.edges) {
    const a = at.get(edge.source);
    const b = at.get(edge.target);
    if (!a || !b) continue;
    const line = svgEl('line', { x1: a.x, y1: a.y, x2: b.x, y2: b.y, 'stroke-width': edgeWidth(edge.weight, heaviest).toFixed(1), class: 'edge' });
    line.dataset.source = edge.source;
    line.dataset.target = edge.target;
    line.dataset.weight = String(edge.weight);
    tooltip(line, format(labels.edge, names.get(edge.source) ?? '', names.get(edge.target) ?? '', edge.weight));
    edgeLayer.append(line);
  }
  data.nodes.forEach((node, rank) => nodeLayer.append(nodeElement(node, rank, at.get(node.id) ?? { x: 0, y: 0 }, nodeRadius(node.mentions, most), labels)));
  describeNeighbours(data, names, labels);
  fitViewBox(data.nodes, at, most);
  if (data.nodes.length === 0) nodeLayer.append(svgText(0, 0, labels.empty, 'empty'));
  if (selected && !nodeElements.has(selected)) selected = undefined;
  highlight(selected);
}

/** Neighbours listed on each node for screen readers: the heaviest few edges, as the picture shows them by thickness. */
const NEIGHBOURS_READ = 5;

function describeNeighbours(data: NetworkData, names: ReadonlyMap<string, string>, labels: NetworkLabels): void {
  // Edges come heaviest first, so each node's list is in weight order.
  const heard = new Map<string, string[]>();
  for (const edge of data.edges) {
    for (const [self, other] of [[edge.source, edge.target], [edge.target, edge.source]]) {
      let list = heard.get(self);
      if (!list) heard.set(self, (list = []));
      if (list.length < NEIGHBOURS_READ) list.push(`${names.get(other) ?? other} (${edge.weight})`);
    }
  }
  for (const [id, list] of heard) nodeElements.get(id)?.setAttribute('aria-description', format(labels.neighbours, list.join(', ')));
}

function nodeElement(node: NetworkNode, rank: number, p: Point, r: number, labels: NetworkLabels): SVGGElement {
  const accessible = format(labels.node, node.name, node.mentions, node.articles);
  const g = svgEl('g', {
    class: `node ${node.type === 'ORG' ? 'org' : 'person'}${node.matched ? ' matched' : ''}`,
    transform: `translate(${p.x} ${p.y})`,
    tabindex: 0,
    role: 'button',
    'aria-label': accessible,
  });
  g.dataset.id = node.id;
  const circle = svgEl('circle', { r: r.toFixed(1), class: 'dot' });
  const ring = svgEl('circle', { r: (r + 4).toFixed(1), class: 'ring' });
  const name = svgText(r + 3, 4, node.name, 'name');
  if (rank >= NAMED_NODES) name.classList.add('minor');
  tooltip(g, accessible);
  g.append(ring, circle, name);
  g.addEventListener('click', () => choose(node.id));
  g.addEventListener('focus', () => {
    keepInView(node.id);
    highlight(node.id);
  });
  nodeElements.set(node.id, g);
  return g;
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** The whole drawing's box, and the part of it shown (zoomed with the wheel or + and −, moved by dragging). */
let whole: Box = { x: -100, y: -100, w: 200, h: 200 };
let shown: Box = { ...whole };

/** Names and weights in screen pixels, whatever the zoom and the panel's size. */
const TEXT_PX = 11;

function showBox(box: Box): void {
  shown = box;
  svg.setAttribute('viewBox', `${box.x} ${box.y} ${box.w} ${box.h}`);
  // The drawing is scaled to fit (meet): one screen pixel is the larger of the two ratios in drawing units.
  const unitsPerPixel = Math.max(box.w / Math.max(1, svg.clientWidth), box.h / Math.max(1, svg.clientHeight));
  svg.setAttribute('font-size', (TEXT_PX * unitsPerPixel).toFixed(2));
}

window.addEventListener('resize', () => showBox(shown));

/** The view box around every node and its name, so the whole network shows at any panel size. */
function fitViewBox(nodes: readonly NetworkNode[], at: ReadonlyMap<string, Point>, most: number): void {
  let [x0, y0, x1, y1] = [-100, -100, 100, 100];
  for (const n of nodes) {
    const p = at.get(n.id);
    if (!p) continue;
    const r = nodeRadius(n.mentions, most);
    [x0, y0, x1, y1] = [Math.min(x0, p.x - r), Math.min(y0, p.y - r), Math.max(x1, p.x + r + 90), Math.max(y1, p.y + r)];
  }
  whole = { x: x0 - MARGIN, y: y0 - MARGIN, w: x1 - x0 + 2 * MARGIN, h: y1 - y0 + 2 * MARGIN };
  svg.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  showBox({ ...whole });
}

/** Zooms by `factor` (< 1: in) around a point of the drawing; never out beyond the whole drawing. */
function zoom(factor: number, cx = shown.x + shown.w / 2, cy = shown.y + shown.h / 2): void {
  const w = Math.min(whole.w, Math.max(whole.w / 20, shown.w * factor));
  const h = (shown.h * w) / shown.w;
  showBox({ x: cx - ((cx - shown.x) * w) / shown.w, y: cy - ((cy - shown.y) * h) / shown.h, w, h });
}

/** The drawing's coordinates under a point of the screen. */
function drawingPoint(clientX: number, clientY: number): Point {
  const matrix = svg.getScreenCTM();
  if (!matrix) return { x: shown.x + shown.w / 2, y: shown.y + shown.h / 2 };
  const p = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
  return { x: p.x, y: p.y };
}

svg.addEventListener(
  'wheel',
  (e) => {
    const p = drawingPoint(e.clientX, e.clientY);
    zoom(e.deltaY > 0 ? 1.2 : 1 / 1.2, p.x, p.y);
    e.preventDefault();
  },
  { passive: false },
);

let dragFrom: Point | undefined;
svg.addEventListener('pointerdown', (e) => {
  if ((e.target as Element).closest('g.node')) return;
  dragFrom = drawingPoint(e.clientX, e.clientY);
  svg.setPointerCapture(e.pointerId);
});
svg.addEventListener('pointermove', (e) => {
  if (!dragFrom) return;
  const p = drawingPoint(e.clientX, e.clientY);
  showBox({ ...shown, x: shown.x - (p.x - dragFrom.x), y: shown.y - (p.y - dragFrom.y) });
});
svg.addEventListener('pointerup', () => (dragFrom = undefined));

/** A node moved to by keyboard comes into view when zoomed in. */
function keepInView(id: string): void {
  const p = places.get(id);
  if (!p || (p.x > shown.x && p.x < shown.x + shown.w && p.y > shown.y && p.y < shown.y + shown.h)) return;
  showBox({ ...shown, x: p.x - shown.w / 2, y: p.y - shown.h / 2 });
}

/** Shows a node's edges, with their weights written at their middles, and its neighbours' names. */
function highlight(id: string | undefined): void {
  edgeLabelLayer.replaceChildren();
  for (const g of nodeElements.values()) g.classList.remove('near', 'selected');
  for (const line of edgeLayer.querySelectorAll<SVGLineElement>('line')) {
    const on = id !== undefined && (line.dataset.source === id || line.dataset.target === id);
    line.classList.toggle('near', on);
    if (!on) continue;
    const other = line.dataset.source === id ? line.dataset.target : line.dataset.source;
    if (other) nodeElements.get(other)?.classList.add('near');
    const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((a) => Number(line.getAttribute(a)));
    edgeLabelLayer.append(svgText((x1 + x2) / 2, (y1 + y2) / 2, line.dataset.weight ?? '', 'weight'));
  }
  if (selected) nodeElements.get(selected)?.classList.add('selected');
  const g = id ? nodeElements.get(id) : undefined;
  const p = id ? places.get(id) : undefined;
  if (!g || !p) return;
  g.classList.add('near');
  // Its name again above every edge and weight, so no line crosses it.
  const r = Number(g.querySelector('circle.dot')?.getAttribute('r') ?? 0);
  edgeLabelLayer.append(svgText(p.x + r + 3, p.y + 4, g.querySelector('text.name')?.textContent ?? '', 'top-name'));
}

function choose(id: string): void {
  selected = id;
  nodeElements.get(id)?.focus();
  highlight(id);
  post({ kind: 'select', id });
}

/** The node nearest the focused one in an arrow's direction: within 45° of it, the closest (the angle costs extra). */
function nearestToward(from: string, dx: number, dy: number): string | undefined {
  const a = places.get(from);
  if (!a) return undefined;
  let best: string | undefined;
  let bestCost = Infinity;
  for (const id of nodeElements.keys()) {
    const b = places.get(id);
    if (!b || id === from) continue;
    const along = (b.x - a.x) * dx + (b.y - a.y) * dy;
    const across = Math.abs((b.x - a.x) * dy - (b.y - a.y) * dx);
    if (along <= 0 || across > along) continue;
    const cost = along + 2 * across;
    if (cost < bestCost) [best, bestCost] = [id, cost];
  }
  return best;
}

const ARROWS: Record<string, [number, number]> = { ArrowRight: [1, 0], ArrowLeft: [-1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };

nodeLayer.addEventListener('keydown', (e) => {
  const id = (e.target as Element).closest<SVGGElement>('g.node')?.dataset.id;
  if (!id) return;
  const arrow = ARROWS[e.key];
  if (arrow) {
    const next = nearestToward(id, arrow[0], arrow[1]);
    if (next) nodeElements.get(next)?.focus();
    e.preventDefault();
  } else if (e.key === 'Enter' || e.key === ' ') {
    choose(id);
    e.preventDefault();
  } else if (e.key === '+' || e.key === '=' || e.key === '-') {
    const p = places.get(id);
    zoom(e.key === '-' ? 1.25 : 0.8, p?.x, p?.y);
    e.preventDefault();
  } else if (e.key === '0') {
    showBox({ ...whole });
  }
});

function showCardHint(): void {
  card.replaceChildren(el('p', { class: 'hint' }, view?.labels.cardHint ?? ''));
}

function runElement(run: CardRun, id: string): HTMLElement {
  if (run.link === undefined) return el(run.bold ? 'strong' : 'span', {}, run.text);
  // The link runs through the extension, which looks it up by number: the page never navigates.
  const link = el('a', { href: '#', class: 'link', title: run.title }, run.text);
  const number = run.link;
  link.addEventListener('click', (e) => {
    e.preventDefault();
    post({ kind: 'link', id, link: number });
  });
  return link;
}

function showCard(shown: NetworkCard): void {
  card.replaceChildren();
  let list: HTMLUListElement | undefined;
  for (const block of shown.blocks) {
    if (block.kind === 'rule') {
      list = undefined;
      card.append(el('hr'));
      continue;
    }
    const line = el(block.kind === 'item' ? 'li' : 'p');
    line.append(...block.runs.map((run) => runElement(run, shown.id)));
    if (block.kind === 'item') {
      if (!list) {
        list = el('ul');
        card.append(list);
      }
      list.append(line);
    } else {
      list = undefined;
      card.append(line);
    }
  }
}

/** Draws one data message: the graph only when the network changed (not when only the card did). */
function drawView(shown: NetworkView, root: HTMLElement, pictureClient: PictureClient): Record<string, number> {
  if (!page.isConnected) {
    client = pictureClient;
    places = new Map(Object.entries(client.state<PageState>({ places: {} }).places));
    root.append(page);
  }
  view = shown;
  showToolbar(shown.labels, shown.network.options, shown.network.maxWeight);
  status.textContent = shown.status;
  if (shown.networkKey !== drawnKey) {
    drawnKey = shown.networkKey;
    draw(shown.network, shown.labels);
  }
  if (shown.card) {
    selected = shown.card.id;
    showCard(shown.card);
  } else showCardHint();
  highlight(selected);
  return {
    nodes: nodeElements.size,
    edges: edgeLayer.childElementCount,
    named: nodeLayer.querySelectorAll('text.name:not(.minor)').length,
    layout: layoutSum,
    focusable: nodeLayer.querySelectorAll('g.node[tabindex="0"]').length,
    selected: selected ? 1 : 0,
    cardBlocks: card.querySelectorAll('p:not(.hint), li, hr').length,
    cardLinks: card.querySelectorAll('a.link').length,
  };
}

startPicture<NetworkView>(drawView);
