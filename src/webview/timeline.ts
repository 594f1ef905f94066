// The Timeline panel's page: draws what the extension sends (TimelineMessage) as hand-written SVG and asks for
// more with TimelineRequest. Every text from the corpus goes in as a text node (textContent, SVG <title>), never
// as markup. Buckets and events are focusable with one tab stop each row: arrows move, Enter opens, +/− zoom.
import {
  bucketBounds,
  bucketOrdinal,
  TIMELINE_ZOOMS,
  type TimelineBucket,
  type TimelineBucketDetails,
  type TimelineData,
  type TimelineEntity,
  type TimelineEventDetails,
  type TimelineEventMark,
  type TimelineQuery,
  MAX_FILTERS,
  MAX_PLOTTED_PEOPLE,
} from '../core/pictures/timeline';
import type { TimelineMessage, TimelineRequest, TimelineStrings } from '../core/pictures/timelineMessages';
import { isoDayNumber } from '../core/dates/calendar';

declare function acquireVsCodeApi(): { postMessage(message: unknown): void };
const host = acquireVsCodeApi();
const post = (request: TimelineRequest): void => host.postMessage(request);

const SVG_NS = 'http://www.w3.org/2000/svg';
/** Narrowest and widest bucket on screen, in pixels. */
const MIN_BUCKET_PX = 4;
const MAX_BUCKET_PX = 48;
/** Widest picture: past this, buckets narrow below MIN_BUCKET_PX instead. */
const MAX_WIDTH_PX = 120_000;
/** Event rows: more overlapping events than this share the last row. */
const MAX_LANES = 6;
const LANE_PX = 16;
const BARS_PX = 120;
const VOLUME_PX = 90;
const AXIS_PX = 28;
const GAP_PX = 10;
/** Space between axis labels. */
const LABEL_PX = 84;
/** How long typing pauses before the page asks for matching names. */
const FIND_DELAY_MS = 150;
/** One line color per plotted person (VS Code's chart colors follow the theme). */
const PERSON_COLORS = ['red', 'green', 'purple', 'yellow', 'blue', 'orange'].map((c) => `var(--vscode-charts-${c})`);

let strings: TimelineStrings | undefined;
let query: TimelineQuery = { zoom: 'week', filter: [], people: [] };
let data: TimelineData | undefined;
/** What the details pane shows, asked again when the timeline changes. */
let shown: { kind: 'bucket'; day: string } | { kind: 'event'; id: string } | undefined;

const byId = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

function format(template: string, ...args: (string | number)[]): string {
  return template.replace(/\{(\d)\}/g, (whole, n: string) => String(args[Number(n)] ?? whole));
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, parent: Element, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (className) el.className = className;
  parent.append(el);
  return el;
}

function svgElement<K extends keyof SVGElementTagNameMap>(tag: K, parent: Element, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, String(value));
  parent.append(el);
  return el;
}

/** A tooltip as an SVG <title> text node. */
function tooltip(parent: Element, text: string): void {
  svgElement('title', parent, {}).textContent = text;
}

function setQuery(change: Partial<TimelineQuery>): void {
  query = { ...query, ...change };
  post({ type: 'query', query });
}

function zoomBy(step: number): void {
  const at = TIMELINE_ZOOMS.indexOf(query.zoom) + step;
  if (at >= 0 && at < TIMELINE_ZOOMS.length) setQuery({ zoom: TIMELINE_ZOOMS[at] });
}

// ── toolbar ─────────────────────────────────────────────────────────────────────────────────────────────────────

function renderToolbar(): void {
  if (!strings) return;
  const zooms = byId('zoom');
  zooms.replaceChildren();
  zooms.setAttribute('aria-label', strings.zoomLabel);
  for (const zoom of TIMELINE_ZOOMS) {
    const button = element('button', zooms, strings[zoom]);
    button.dataset.zoom = zoom;
    button.setAttribute('aria-pressed', String(zoom === query.zoom));
    button.addEventListener('click', () => setQuery({ zoom }));
  }
  const find = byId<HTMLInputElement>('find');
  find.placeholder = strings.find;
  find.setAttribute('aria-label', strings.find);
  byId('help').textContent = strings.help;
  renderChips();
}

function renderChips(): void {
  const chips = byId('chips');
  chips.replaceChildren();
  if (!strings || !data) return;
  const chip = (label: string, remove: () => void, color?: string): void => {
    const item = element('span', chips, undefined, 'chip');
    if (color) element('span', item, undefined, 'swatch').style.background = color;
    element('span', item, label);
    const button = element('button', item, '×', 'remove');
    button.setAttribute('aria-label', `${strings?.remove ?? ''} ${label}`);
    button.addEventListener('click', remove);
  };
  for (const entity of data.filter) chip(format(strings.filterChip, entity.name), () => setQuery({ filter: query.filter.filter((id) => id !== entity.id) }));
  data.people.forEach((person, i) =>
    chip(format(strings?.plotChip ?? '{0}', person.name), () => setQuery({ people: query.people.filter((id) => id !== person.id) }), PERSON_COLORS[i]),
  );
}

function renderChoices(choices: TimelineEntity[]): void {
  const list = byId('choices');
  list.replaceChildren();
  if (!strings) return;
  if (!choices.length && byId<HTMLInputElement>('find').value.trim()) element('li', list, strings.noChoices, 'muted');
  for (const entity of choices) {
    const item = element('li', list);
    element('span', item, `${entity.name} · ${entity.type} · ${entity.mentions}`);
    const filter = element('button', item, strings.filterButton);
    filter.disabled = query.filter.includes(entity.id);
    filter.addEventListener('click', () => setQuery({ filter: [...query.filter, entity.id].slice(-MAX_FILTERS) }));
    if (entity.type !== 'PER') continue;
    const plot = element('button', item, strings.plotButton);
    plot.disabled = query.people.includes(entity.id);
    plot.addEventListener('click', () => setQuery({ people: [...query.people, entity.id].slice(-MAX_PLOTTED_PEOPLE) }));
  }
}

// ── the picture ─────────────────────────────────────────────────────────────────────────────────────────────────

/** The row each event is drawn in: the first row free at its start, else the row that frees first. */
function lanesOf(events: readonly TimelineEventMark[]): number[] {
  const ends: number[] = [];
  return events.map((event) => {
    let lane = ends.findIndex((end) => end < event.from);
    if (lane < 0 && ends.length < MAX_LANES) lane = ends.length;
    if (lane < 0) lane = ends.indexOf(Math.min(...ends));
    ends[lane] = Math.max(ends[lane] ?? -1, event.to);
    return lane;
  });
}

function bucketLabel(offset: number): string {
  if (!data?.first) return '';
  const ordinal = bucketOrdinal(data.zoom, isoDayNumber(data.first.start) as number) + offset;
  return bucketBounds(data.zoom, ordinal).key;
}

function dateRange(start: string, end: string): string {
  return start === end ? start : `${start} – ${end}`;
}

/** A row of focusable marks with one tab stop: arrows move along it, Up/Down to the other row, Enter opens. */
function makeFocusable(el: SVGElement, label: string, open: () => void): void {
  el.setAttribute('tabindex', '-1');
  el.setAttribute('role', 'button');
  el.setAttribute('aria-label', label);
  el.addEventListener('click', () => {
    focusMark(el);
    open();
  });
  el.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      open();
    }
  });
}

function focusMark(el: SVGElement): void {
  for (const other of el.parentElement?.querySelectorAll('[tabindex="0"]') ?? []) other.setAttribute('tabindex', '-1');
  el.setAttribute('tabindex', '0');
  el.focus({ preventScroll: true });
  const scroller = byId('scroller');
  const x = Number(el.dataset.x ?? 0);
  if (x < scroller.scrollLeft + 40 || x > scroller.scrollLeft + scroller.clientWidth - 40) scroller.scrollLeft = x - scroller.clientWidth / 2;
}

/** Arrow keys on a row: along it, or to the nearest mark of the other row. */
function onRowKey(e: KeyboardEvent, row: SVGGElement, other: SVGGElement): void {
  const marks = [...row.children] as SVGElement[];
  const at = marks.indexOf(e.target as SVGElement);
  if (at < 0) return;
  const move: Record<string, () => SVGElement | undefined> = {
    ArrowLeft: () => marks[at - 1],
    ArrowRight: () => marks[at + 1],
    Home: () => marks[0],
    End: () => marks[marks.length - 1],
    ArrowUp: () => nearest(other, Number(marks[at].dataset.x)),
    ArrowDown: () => nearest(other, Number(marks[at].dataset.x)),
  };
  const target = move[e.key]?.();
  if (!move[e.key]) return;
  e.preventDefault();
  if (target) focusMark(target);
}

function nearest(row: SVGGElement, x: number): SVGElement | undefined {
  let best: SVGElement | undefined;
  for (const mark of row.children as HTMLCollectionOf<SVGElement>) {
    if (!best || Math.abs(Number(mark.dataset.x) - x) < Math.abs(Number(best.dataset.x) - x)) best = mark;
  }
  return best;
}

function renderPicture(): void {
  const scroller = byId('scroller');
  const summary = byId('summary');
  if (!strings || !data) return;
  const focused = document.activeElement instanceof SVGElement ? document.activeElement.dataset.key : undefined;
  summary.textContent = format(strings.summary, data.articles, data.eventCount) + (data.undated ? ` ${format(strings.undated, data.undated)}` : '');
  scroller.replaceChildren();
  if (!data.length) {
    element('p', scroller, strings.nothingDated, 'muted');
    return;
  }
  const px = Math.min(MAX_BUCKET_PX, Math.max(Math.min(MIN_BUCKET_PX, MAX_WIDTH_PX / data.length), (scroller.clientWidth - 20) / data.length));
  const lanes = lanesOf(data.events);
  const laneCount = Math.max(1, ...lanes.map((l) => l + 1));
  const eventsTop = 4;
  const barsTop = eventsTop + laneCount * LANE_PX + GAP_PX;
  const volumeTop = barsTop + BARS_PX + GAP_PX;
  const axisTop = volumeTop + (data.people.length ? VOLUME_PX + GAP_PX : 0);
  const width = Math.ceil(data.length * px) + 1;
  const picture = svgElement('svg', scroller, { width, height: axisTop + AXIS_PX, role: 'group', 'aria-label': strings.help });

  drawAxis(picture, px, axisTop);
  const eventRow = svgElement('g', picture, { class: 'events', 'aria-label': strings.eventsAxis, role: 'list' });
  const bucketRow = svgElement('g', picture, { class: 'buckets', 'aria-label': strings.articlesAxis, role: 'list' });
  data.events.forEach((event, i) => drawEvent(eventRow, event, px, eventsTop + lanes[i] * LANE_PX));
  const maxArticles = Math.max(1, ...data.buckets.map((b) => b.articles));
  for (const bucket of data.buckets) drawBucket(bucketRow, bucket, px, barsTop, maxArticles);
  if (data.people.length) drawVolume(picture, px, volumeTop);

  eventRow.addEventListener('keydown', (e) => onRowKey(e, eventRow, bucketRow));
  bucketRow.addEventListener('keydown', (e) => onRowKey(e, bucketRow, eventRow));
  for (const row of [eventRow, bucketRow]) row.firstElementChild?.setAttribute('tabindex', '0');
  const again = focused ? picture.querySelector<SVGElement>(`[data-key="${CSS.escape(focused)}"]`) : null;
  if (again) focusMark(again);
}

function drawAxis(picture: SVGSVGElement, px: number, top: number): void {
  if (!data) return;
  const axis = svgElement('g', picture, { class: 'axis', 'aria-hidden': 'true' });
  svgElement('line', axis, { x1: 0, x2: data.length * px, y1: top, y2: top });
  const every = Math.max(1, Math.ceil(LABEL_PX / px));
  for (let offset = 0; offset < data.length; offset += every) {
    svgElement('line', axis, { x1: offset * px, x2: offset * px, y1: top, y2: top + 5 });
    svgElement('text', axis, { x: offset * px + 2, y: top + 18 }).textContent = bucketLabel(offset);
  }
}

function drawEvent(row: SVGGElement, event: TimelineEventMark, px: number, y: number): void {
  const x = event.from * px;
  const mark = svgElement('g', row, { class: `event ${event.precision}`, role: 'listitem' });
  mark.dataset.key = `event:${event.id}`;
  mark.dataset.x = String(x);
  svgElement('rect', mark, { x, y, width: Math.max(4, (event.to - event.from + 1) * px - 1), height: LANE_PX - 4, rx: 2 });
  const label = `${event.title} · ${dateRange(event.start, event.end)}${event.place ? ` · ${event.place}` : ''}`;
  tooltip(mark, label);
  makeFocusable(mark, label, () => showEvent(event.id));
}

function drawBucket(row: SVGGElement, bucket: TimelineBucket, px: number, top: number, maxArticles: number): void {
  if (!strings) return;
  const x = bucket.offset * px;
  const height = bucket.articles ? Math.max(2, (bucket.articles / maxArticles) * BARS_PX) : 0;
  const mark = svgElement('g', row, { class: 'bucket', role: 'listitem' });
  mark.dataset.key = `bucket:${bucket.key}`;
  mark.dataset.x = String(x);
  // A hit area the bucket's full height: a thin or short bar is still easy to click.
  svgElement('rect', mark, { class: 'hit', x, y: top, width: Math.max(px, 2), height: BARS_PX });
  svgElement('rect', mark, { class: 'bar', x: x + (px > 3 ? 0.5 : 0), y: top + BARS_PX - height, width: Math.max(1, px - 1), height });
  const label = format(strings.bucketLabel, bucket.articles, bucket.events, bucket.key);
  tooltip(mark, label);
  makeFocusable(mark, label, () => showBucket(bucket.start));
}

function drawVolume(picture: SVGSVGElement, px: number, top: number): void {
  if (!data) return;
  const volume = svgElement('g', picture, { class: 'volume', 'aria-hidden': 'true' });
  const max = Math.max(1, ...data.buckets.flatMap((b) => b.mentions));
  const y = (n: number): number => top + VOLUME_PX - (n / max) * VOLUME_PX;
  data.people.forEach((person, i) => {
    const points: string[] = [];
    let last = -2;
    for (const bucket of data?.buckets ?? []) {
      // Buckets not listed hold no article: the line drops to zero across the gap.
      if (bucket.offset > last + 1) {
        if (last >= 0) points.push(`${(last + 1.5) * px},${y(0)}`);
        points.push(`${(bucket.offset - 0.5) * px},${y(0)}`);
      }
      points.push(`${(bucket.offset + 0.5) * px},${y(bucket.mentions[i])}`);
      last = bucket.offset;
    }
    const line = svgElement('polyline', volume, { points: points.join(' '), stroke: PERSON_COLORS[i] });
    tooltip(line, format(strings?.plotChip ?? '{0}', person.name));
  });
}

// ── details ─────────────────────────────────────────────────────────────────────────────────────────────────────

function showBucket(day: string): void {
  shown = { kind: 'bucket', day };
  post({ type: 'bucket', day });
}

function showEvent(id: string): void {
  shown = { kind: 'event', id };
  post({ type: 'event', id });
}

function listButton(list: HTMLElement, lines: string[], onClick: () => void): void {
  const button = element('button', element('li', list), undefined, 'link');
  lines.forEach((line, i) => element('span', button, line, i ? 'detail' : undefined));
  button.addEventListener('click', onClick);
}

function renderBucket(details: TimelineBucketDetails): void {
  if (!strings) return;
  const pane = byId('details');
  pane.replaceChildren();
  element('h2', pane, `${format(strings.articlesIn, details.key)} (${details.total})`);
  const articles = element('ul', pane);
  for (const article of details.articles) listButton(articles, [`${article.date ?? ''} ${article.title}`, article.doc], () => post({ type: 'open', source: { doc: article.doc, start: 0, end: 0 } }));
  if (details.total > details.articles.length) element('p', pane, format(strings.more, details.total - details.articles.length), 'muted');
  if (!details.events.length) return;
  element('h2', pane, format(strings.eventsIn, details.key));
  const events = element('ul', pane);
  for (const event of details.events) listButton(events, [event.title, dateRange(event.start, event.end)], () => showEvent(event.id));
}

function renderEvent(details: TimelineEventDetails): void {
  if (!strings) return;
  const pane = byId('details');
  pane.replaceChildren();
  element('h2', pane, details.title);
  element('p', pane, [dateRange(details.start, details.end), details.place].filter(Boolean).join(' · '));
  if (details.participants.length) element('p', pane, `${strings.participants}: ${details.participants.join(', ')}`);
  element('h3', pane, `${strings.sources} (${details.total})`);
  const sources = element('ul', pane);
  for (const source of details.sources) listButton(sources, [source.title, source.text], () => post({ type: 'open', source: { doc: source.doc, start: source.start, end: source.end } }));
  if (details.total > details.sources.length) element('p', pane, format(strings.more, details.total - details.sources.length), 'muted');
}

// ── wiring ──────────────────────────────────────────────────────────────────────────────────────────────────────

/** The page's parts, made here so the HTML shell needs nothing of the timeline's own. */
function skeleton(): void {
  const main = element('main', document.body);
  const toolbar = element('div', main, undefined, 'toolbar');
  element('div', toolbar, undefined, 'zoom').id = 'zoom';
  byId('zoom').setAttribute('role', 'group');
  const finder = element('div', toolbar, undefined, 'finder');
  const find = element('input', finder);
  find.id = 'find';
  find.type = 'search';
  element('ul', finder, undefined, 'choices').id = 'choices';
  element('div', toolbar, undefined, 'chips').id = 'chips';
  element('p', main, undefined, 'summary').id = 'summary';
  byId('summary').setAttribute('aria-live', 'polite');
  element('div', main, undefined, 'scroller').id = 'scroller';
  element('section', main, undefined, 'details').id = 'details';
  byId('details').setAttribute('aria-live', 'polite');
  element('p', main, undefined, 'help muted').id = 'help';
}

skeleton();

function receive(message: TimelineMessage): void {
  switch (message.type) {
    case 'strings':
      strings = message.strings;
      renderToolbar();
      renderPicture();
      break;
    case 'timeline':
      query = message.query;
      data = message.data;
      renderToolbar();
      renderPicture();
      // The details follow the index: ask again for what the pane shows.
      if (shown?.kind === 'bucket') post({ type: 'bucket', day: shown.day });
      else if (shown) post({ type: 'event', id: shown.id });
      break;
    case 'bucket':
      renderBucket(message.details);
      break;
    case 'event':
      renderEvent(message.details);
      break;
    case 'choices':
      if (message.text === byId<HTMLInputElement>('find').value) renderChoices(message.choices);
      break;
  }
}

window.addEventListener('message', (e: MessageEvent<TimelineMessage>) => receive(e.data));
let findTimer: ReturnType<typeof setTimeout> | undefined;
byId<HTMLInputElement>('find').addEventListener('input', (e) => {
  clearTimeout(findTimer);
  const text = (e.target as HTMLInputElement).value;
  findTimer = setTimeout(() => post({ type: 'find', text }), FIND_DELAY_MS);
});
document.addEventListener('keydown', (e) => {
  if (e.target instanceof HTMLInputElement) return;
  if (e.key === '+' || e.key === '=') zoomBy(1);
  else if (e.key === '-' || e.key === '_') zoomBy(-1);
});
let resizeTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('resize', () => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(renderPicture, FIND_DELAY_MS);
});
post({ type: 'ready' });
