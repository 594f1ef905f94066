// Where the Network picture draws its nodes: a force layout (d3-force) run to its end before anything is drawn, so
// the same network always gets the same picture (d3-force's jiggle uses its own seeded generator, and nodes without
// a place start on its fixed spiral, in the order of the data: most mentioned first). A node drawn before keeps its
// place as the start of the next layout, so a live update moves the picture little.
import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from 'd3-force';
import type { NetworkEdge, NetworkNode } from './network';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Ticks of a layout from nothing (d3-force's default), and for a large one, which costs more per tick. */
const TICKS_FRESH = 300;
const TICKS_FRESH_LARGE = 150;
/** Nodes from which a layout counts as large: 500 nodes took 1.1–1.4 s in 300 ticks. */
const LARGE = 200;
/** Ticks when most nodes start from their last place: enough to settle the new ones. */
const TICKS_FROM_PLACES = 100;
/** d3-force's alpha at which a layout counts as settled. */
const ALPHA_MIN = 0.001;
const SMALLEST_RADIUS = 4;
const LARGEST_RADIUS = 22;

/** A node's radius: its area grows with its mentions, up to the most mentioned node's. */
export function nodeRadius(mentions: number, mostMentions: number): number {
  return SMALLEST_RADIUS + (LARGEST_RADIUS - SMALLEST_RADIUS) * Math.sqrt(Math.max(0, mentions) / Math.max(1, mostMentions));
}

/** An edge's stroke width: from 1 to 7 by the square root of its share of the heaviest edge's weight. */
export function edgeWidth(weight: number, heaviest: number): number {
  return 1 + 6 * Math.sqrt(Math.max(0, weight) / Math.max(1, heaviest));
}

interface LayoutNode extends SimulationNodeDatum {
  readonly id: string;
  readonly r: number;
}

/**
 * Each node's place, by id. `previous` holds places from the last layout: a node found there starts from it; when
 * most nodes do, the layout runs fewer ticks from a cooler start.
 */
export function layoutNetwork(
  nodes: readonly NetworkNode[],
  edges: readonly NetworkEdge[],
  previous: ReadonlyMap<string, Point> = new Map(),
): Map<string, Point> {
  const most = nodes.reduce((m, n) => Math.max(m, n.mentions), 1);
  const heaviest = edges.reduce((m, e) => Math.max(m, e.weight), 1);
  const placed = nodes.filter((n) => previous.has(n.id)).length;
  const fromPlaces = nodes.length > 0 && placed / nodes.length >= 0.5;
  const simNodes: LayoutNode[] = nodes.map((n) => {
    const at = previous.get(n.id);
    return at ? { id: n.id, r: nodeRadius(n.mentions, most), x: at.x, y: at.y } : { id: n.id, r: nodeRadius(n.mentions, most) };
  });
  const known = new Set(nodes.map((n) => n.id));
  const links = edges.filter((e) => known.has(e.source) && known.has(e.target)).map((e) => ({ source: e.source, target: e.target, weight: e.weight }));
  const simulation = forceSimulation(simNodes)
    .stop()
    .force(
      'link',
      forceLink<LayoutNode, (typeof links)[number]>(links)
        .id((d) => d.id)
        .distance(110)
        // Heavier edges pull harder, so people often named together end up close.
        .strength((l) => 0.03 + 0.3 * Math.sqrt(l.weight / heaviest)),
    )
    .force('charge', forceManyBody<LayoutNode>().strength(-320).distanceMax(700))
    .force('collide', forceCollide<LayoutNode>((d) => d.r + 14))
    // Pulls toward the middle keep unconnected nodes from drifting away.
    .force('x', forceX<LayoutNode>(0).strength(0.04))
    .force('y', forceY<LayoutNode>(0).strength(0.04));
  const ticks = fromPlaces ? TICKS_FROM_PLACES : nodes.length >= LARGE ? TICKS_FRESH_LARGE : TICKS_FRESH;
  const alpha = fromPlaces ? 0.3 : 1;
  // Cooled to ALPHA_MIN in exactly `ticks`, as d3-force's own default does in 300.
  simulation.alpha(alpha).alphaMin(ALPHA_MIN).alphaDecay(1 - Math.pow(ALPHA_MIN / alpha, 1 / ticks));
  simulation.tick(ticks);
  // Rounded: a picture drawn from the same data is the same to the pixel, and the state saved is small.
  return new Map(simNodes.map((n) => [n.id, { x: Math.round((n.x ?? 0) * 10) / 10, y: Math.round((n.y ?? 0) * 10) / 10 }]));
}
