// The Timeline panel's page: draws the data the extension sends (TimelinePanelData) as hand-written SVG and asks
// for more with TimelineAction. Every text from the corpus goes in as a text node (el/svgEl, SVG <title>), never
// as markup. Buckets and events are focusable with one tab stop per row: arrows move, Enter opens, +/− zoom.
import {
  bucketBounds,
  bucketOrdinal,
  MAX_FILTERS,
  MAX_PLOTTED_PEOPLE,
  TIMELINE_ZOOMS,
  type TimelineBucket,
  type TimelineBucketDetails,
  type TimelineData,
  type TimelineEntity,
  type TimelineEventDetails,
  type TimelineEventMark,
  type TimelineQuery,
  type TimelineZoom,
  volumeLine,
} from '../core/pictures/timeline';
import type { TimelineAction, TimelinePanelData, TimelineStrings } from '../core/pictures/timelineMessages';
import { type TimelineDateFormat, timelineDates } from '../core/pictures/timelineDates';
import { isoDayNumber } from '../core/dates/calendar';
import { el, format, type PictureClient, startPicture, svgEl } from './shared/pictureClient';

/** Narrowest and widest bucket on screen, in pixels. */
const MIN_BUCKET_PX = 4;
const MAX_BUCKET_PX = 120;
/** Widest picture: past this, buckets narrow below MIN_BUCKET_PX instead. */
const MAX_WIDTH_PX = 120_000;
/** Event rows: more overlapping events than this share the last row. */
const MAX_LANES = 6;
/** An event row: its title above a bar. */
const LANE_PX = 20;
const EVENT_BAR_PX = 5;
/** What a character of an event's title takes, about, for keeping titles in a row apart. */
const TITLE_CHAR_PX = 7;
const BARS_PX = 120;
const VOLUME_PX = 90;
const AXIS_PX = 28;
const GAP_PX = 10;
/** Buckets at least this wide show their article count above the bar. */
const COUNT_MIN_PX = 24;
/** Least space between axis labels; a language with longer dates (dates.axis) gets more. */
const LABEL_PX = 84;
/** What a character of an axis label takes, about. */
const AXIS_CHAR_PX = 6.5;
/** How long typing (or resizing) pauses before the page acts on it. */
const PAUSE_MS = 150;
/** One line color per plotted person (VS Code's chart colors follow the theme). */
const PERSON_COLORS = ['red', 'green', 'purple', 'yellow', 'blue', 'orange'].map((c) => `var(--vscode-charts-${c})`);

/** The last data drawn, and the page's parts (made once). */
let shown: TimelinePanelData | undefined;
let client: PictureClient | undefined;
let parts: ReturnType<typeof skeleton> | undefined;
/** Dates in the editor's language, remade when it changes. */
let dates: { locale: string; format: TimelineDateFormat } | undefined;

const act = (action: TimelineAction): void => client?.act(action);

/** Appends a new HTML element (its text as text) to a parent. */
function add<K extends keyof HTMLElementTagNameMap>(parent: Element, tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  return parent.appendChild(el(tag, { class: className }, text));
}

function addSvg<K extends keyof SVGElementTagNameMap>(parent: Element, tag: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  return parent.appendChild(svgEl(tag, attributes));
}

function setQuery(change: Partial<TimelineQuery>): void {
  if (shown) act({ type: 'query', query: { ...shown.query, ...change } });
}

function zoomBy(step: number): void {
  const at = TIMELINE_ZOOMS.indexOf(shown?.query.zoom ?? 'week') + step;
  if (at >= 0 && at < TIMELINE_ZOOMS.length) setQuery({ zoom: TIMELINE_ZOOMS[at] });
}

function dateFormat(): TimelineDateFormat {
  const locale = shown?.locale ?? '';
  if (dates?.locale !== locale) dates = { locale, format: timelineDates(locale || undefined) };
  return dates.format;
}

const dateRange = (start: string, end: string): string => dateFormat().range(start, end);

/** The page's parts, made once: the toolbar keeps the finder's text and focus across redraws. */
function skeleton(root: HTMLElement) {
  const toolbar = add(root, 'div', undefined, 'toolbar');
  const zoom = add(toolbar, 'div', undefined, 'zoom');
  zoom.setAttribute('role', 'group');
  const finder = add(toolbar, 'div', undefined, 'finder');
  const find = add(finder, 'input');
  find.type = 'search';
  const choices = add(finder, 'ul', undefined, 'choices');
  const chips = add(toolbar, 'div', undefined, 'chips');
  const summary = add(root, 'p', undefined, 'summary');
  summary.setAttribute('aria-live', 'polite');
  const scroller = add(root, 'div', undefined, 'scroller');
  const details = add(root, 'section', undefined, 'details');
  details.setAttribute('aria-live', 'polite');
  const help = add(root, 'p', undefined, 'help muted');
  let findTimer: ReturnType<typeof setTimeout> | undefined;
  find.addEventListener('input', () => {
    clearTimeout(findTimer);
    findTimer = setTimeout(() => act({ type: 'find', text: find.value }), PAUSE_MS);
  });
  return { zoom, find, choices, chips, summary, scroller, details, help };
}

// ── toolbar ─────────────────────────────────────────────────────────────────────────────────────────────────────

function drawToolbar(data: TimelinePanelData, strings: TimelineStrings): number {
  if (!parts) return 0;
  const { zoom, find, help, chips, choices } = parts;
  zoom.replaceChildren();
  zoom.setAttribute('aria-label', strings.zoomLabel);
  for (const level of TIMELINE_ZOOMS) {
    const button = add(zoom, 'button', strings[level]);
    button.setAttribute('aria-pressed', String(level === data.query.zoom));
    button.addEventListener('click', () => setQuery({ zoom: level }));
  }
  find.placeholder = strings.find;
  find.setAttribute('aria-label', strings.find);
  help.textContent = strings.help;

  chips.replaceChildren();
  const chip = (label: string, remove: () => void, color?: string): void => {
    const item = add(chips, 'span', undefined, 'chip');
    if (color) add(item, 'span', undefined, 'swatch').style.background = color;
    add(item, 'span', label);
    const button = add(item, 'button', '×', 'remove');
    button.setAttribute('aria-label', `${strings.remove}: ${label}`);
    button.addEventListener('click', remove);
  };
  const { query, timeline } = data;
  for (const entity of timeline.filter) chip(format(strings.filterChip, entity.name), () => setQuery({ filter: query.filter.filter((id) => id !== entity.id) }));
  timeline.people.forEach((person, i) =>
    chip(format(strings.plotChip, person.name), () => setQuery({ people: query.people.filter((id) => id !== person.id) }), PERSON_COLORS[i]),
  );

  choices.replaceChildren();
  // A late answer for text typed over since is dropped: the next one is on its way.
  if (!data.choices || data.choices.text !== find.value) return 0;
  if (!data.choices.entities.length) add(choices, 'li', strings.noChoices, 'muted');
  for (const entity of data.choices.entities) drawChoice(choices, entity, query, strings);
  return data.choices.entities.length;
}

/** A name chosen in the finder: the query changes, and the finder empties for the next. */
function chose(change: Partial<TimelineQuery>): void {
  if (parts) parts.find.value = '';
  act({ type: 'find', text: '' });
  setQuery(change);
}

function drawChoice(list: HTMLElement, entity: TimelineEntity, query: TimelineQuery, strings: TimelineStrings): void {
  const item = add(list, 'li');
  add(item, 'span', `${entity.name} · ${entity.type} · ${entity.mentions}`);
  const filter = add(item, 'button', strings.filterButton, 'secondary');
  filter.disabled = query.filter.includes(entity.id);
  filter.addEventListener('click', () => chose({ filter: [...query.filter, entity.id].slice(-MAX_FILTERS) }));
  if (entity.type !== 'PER') return;
  const plot = add(item, 'button', strings.plotButton, 'secondary');
  plot.disabled = query.people.includes(entity.id);
  plot.addEventListener('click', () => chose({ people: [...query.people, entity.id].slice(-MAX_PLOTTED_PEOPLE) }));
}

// ── the picture ─────────────────────────────────────────────────────────────────────────────────────────────────

/**
 * The row each event is drawn in, and whether its title fits: the first row free (title included) at its start,
 * else, without a title, the row that frees first. Events come in order of their first day.
 */
function lanesOf(events: readonly TimelineEventMark[], px: number): { lanes: { lane: number; titled: boolean }[]; right: number } {
  const ends: number[] = [];
  const lanes = events.map((event) => {
    const x = event.from * px;
    const barEnd = (event.to + 1) * px;
    let lane = ends.findIndex((end) => end <= x);
    if (lane < 0 && ends.length < MAX_LANES) lane = ends.length;
    if (lane >= 0) {
      ends[lane] = Math.max(barEnd, x + event.title.length * TITLE_CHAR_PX + 12);
      return { lane, titled: true };
    }
    lane = ends.indexOf(Math.min(...ends));
    ends[lane] = Math.max(ends[lane], barEnd);
    return { lane, titled: false };
  });
  return { lanes, right: Math.max(0, ...ends) };
}

/** The axis label of the bucket at an offset: its first day, written in the editor's language. */
function axisLabel(timeline: TimelineData, offset: number): string {
  const first = timeline.first ? isoDayNumber(timeline.first.start) : undefined;
  return first === undefined ? '' : dateFormat().axis(timeline.zoom, bucketBounds(timeline.zoom, bucketOrdinal(timeline.zoom, first) + offset).start);
}

/** A mark of a row: clicked or Enter opens it; the row's arrows reach it (onRowKey). */
function makeFocusable(mark: SVGElement, label: string, open: () => void): void {
  mark.setAttribute('tabindex', '-1');
  mark.setAttribute('role', 'button');
  mark.setAttribute('aria-label', label);
  mark.addEventListener('click', () => {
    focusMark(mark);
    open();
  });
  mark.addEventListener('keydown', (e) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    e.preventDefault();
    open();
  });
}

/** Moves the row's one tab stop to a mark, focuses it and scrolls it into view. */
function focusMark(mark: SVGElement): void {
  for (const other of mark.parentElement?.querySelectorAll('[tabindex="0"]') ?? []) other.setAttribute('tabindex', '-1');
  mark.setAttribute('tabindex', '0');
  mark.focus({ preventScroll: true });
  const scroller = parts?.scroller;
  const x = Number(mark.dataset.x ?? 0);
  if (scroller && (x < scroller.scrollLeft + 40 || x > scroller.scrollLeft + scroller.clientWidth - 40)) scroller.scrollLeft = x - scroller.clientWidth / 2;
}

function nearest(row: SVGGElement, x: number): SVGElement | undefined {
  let best: SVGElement | undefined;
  for (const mark of row.children as HTMLCollectionOf<SVGElement>) {
    if (!best || Math.abs(Number(mark.dataset.x) - x) < Math.abs(Number(best.dataset.x) - x)) best = mark;
  }
  return best;
}

/** Arrow keys on a row: along it, or Up/Down to the nearest mark of the other row. */
function onRowKey(e: KeyboardEvent, row: SVGGElement, other: SVGGElement): void {
  const marks = [...row.children] as SVGElement[];
  const at = marks.indexOf(e.target as SVGElement);
  const moves: Record<string, () => SVGElement | undefined> = {
    ArrowLeft: () => marks[at - 1],
    ArrowRight: () => marks[at + 1],
    Home: () => marks[0],
    End: () => marks[marks.length - 1],
    ArrowUp: () => nearest(other, Number(marks[at].dataset.x)),
    ArrowDown: () => nearest(other, Number(marks[at].dataset.x)),
  };
  if (at < 0 || !moves[e.key]) return;
  e.preventDefault();
  const target = moves[e.key]();
  if (target) focusMark(target);
}

/** Draws the axis, events, bars and mention lines; returns how many buckets and events it drew. */
function drawPicture(timeline: TimelineData, strings: TimelineStrings): { buckets: number; events: number } {
  if (!parts) return { buckets: 0, events: 0 };
  const { scroller, summary } = parts;
  const focused = document.activeElement instanceof SVGElement ? document.activeElement.dataset.key : undefined;
  summary.textContent = format(strings.summary, timeline.articles, timeline.eventCount) + (timeline.undated ? ` ${format(strings.undated, timeline.undated)}` : '');
  scroller.replaceChildren();
  if (!timeline.length) {
    add(scroller, 'p', strings.nothingDated, 'muted');
    return { buckets: 0, events: 0 };
  }
  const fit = (scroller.clientWidth - 20) / timeline.length;
  const px = Math.min(MAX_BUCKET_PX, Math.max(fit, Math.min(MIN_BUCKET_PX, MAX_WIDTH_PX / timeline.length)));
  const { lanes, right } = lanesOf(timeline.events, px);
  const laneCount = Math.max(1, ...lanes.map((l) => l.lane + 1));
  const eventsTop = 4;
  const barsTop = eventsTop + laneCount * LANE_PX + GAP_PX;
  const volumeTop = barsTop + BARS_PX + GAP_PX;
  const axisTop = volumeTop + (timeline.people.length ? VOLUME_PX + GAP_PX : 0);
  // Room on the right for the last axis label and event title.
  const picture = addSvg(scroller, 'svg', { width: Math.ceil(Math.max(timeline.length * px + LABEL_PX, right)), height: axisTop + AXIS_PX, role: 'group', 'aria-label': strings.help });

  drawAxis(picture, timeline, px, axisTop);
  const eventRow = addSvg(picture, 'g', { class: 'events', role: 'group', 'aria-label': strings.eventsAxis });
  const bucketRow = addSvg(picture, 'g', { class: 'buckets', role: 'group', 'aria-label': strings.articlesAxis });
  timeline.events.forEach((event, i) => drawEvent(eventRow, event, px, eventsTop + lanes[i].lane * LANE_PX, lanes[i].titled));
  const maxArticles = Math.max(1, ...timeline.buckets.map((b) => b.articles));
  for (const bucket of timeline.buckets) drawBucket(bucketRow, bucket, timeline.zoom, px, barsTop, maxArticles, strings);
  if (timeline.people.length) drawVolume(picture, timeline, px, volumeTop, strings);

  eventRow.addEventListener('keydown', (e) => onRowKey(e, eventRow, bucketRow));
  bucketRow.addEventListener('keydown', (e) => onRowKey(e, bucketRow, eventRow));
  for (const row of [eventRow, bucketRow]) row.firstElementChild?.setAttribute('tabindex', '0');
  // A redraw (a live update, a zoom) keeps the focus on the same bucket or event when it is still there.
  const again = focused ? picture.querySelector<SVGElement>(`[data-key="${CSS.escape(focused)}"]`) : null;
  if (again) focusMark(again);
  return { buckets: timeline.buckets.length, events: timeline.events.length };
}

function drawAxis(picture: SVGSVGElement, timeline: TimelineData, px: number, top: number): void {
  const axis = addSvg(picture, 'g', { class: 'axis', 'aria-hidden': 'true' });
  addSvg(axis, 'line', { x1: 0, x2: timeline.length * px, y1: top, y2: top });
  // A late September day: about the longest date of the language at this zoom.
  const labelPx = Math.max(LABEL_PX, dateFormat().axis(timeline.zoom, '2000-09-28').length * AXIS_CHAR_PX + 12);
  const every = Math.max(1, Math.ceil(labelPx / px));
  for (let offset = 0; offset < timeline.length; offset += every) {
    addSvg(axis, 'line', { x1: offset * px, x2: offset * px, y1: top, y2: top + 5 });
    axis.appendChild(svgEl('text', { x: offset * px + 2, y: top + 18 }, axisLabel(timeline, offset)));
  }
}

function drawEvent(row: SVGGElement, event: TimelineEventMark, px: number, y: number, titled: boolean): void {
  const x = event.from * px;
  const mark = addSvg(row, 'g', { class: `event ${event.precision}`, 'data-key': `event:${event.id}`, 'data-x': x });
  addSvg(mark, 'rect', { class: 'hit', x, y, width: Math.max(4, (event.to - event.from + 1) * px - 1, titled ? event.title.length * TITLE_CHAR_PX : 0), height: LANE_PX - 2 });
  addSvg(mark, 'rect', { class: 'bar', x, y: y + LANE_PX - 2 - EVENT_BAR_PX, width: Math.max(4, (event.to - event.from + 1) * px - 1), height: EVENT_BAR_PX, rx: 1 });
  if (titled) mark.appendChild(svgEl('text', { x: x + 1, y: y + LANE_PX - EVENT_BAR_PX - 5 }, event.title));
  const label = `${event.title} · ${dateRange(event.start, event.end)}${event.place ? ` · ${event.place}` : ''}`;
  mark.appendChild(svgEl('title', {}, label));
  makeFocusable(mark, label, () => act({ type: 'event', id: event.id }));
}

function drawBucket(row: SVGGElement, bucket: TimelineBucket, zoom: TimelineZoom, px: number, top: number, maxArticles: number, strings: TimelineStrings): void {
  const x = bucket.offset * px;
  const height = bucket.articles ? Math.max(2, (bucket.articles / maxArticles) * BARS_PX) : 0;
  const mark = addSvg(row, 'g', { class: 'bucket', 'data-key': `bucket:${bucket.key}`, 'data-x': x });
  // A hit area the bucket's full height: a thin or short bar is still easy to click.
  addSvg(mark, 'rect', { class: 'hit', x, y: top, width: Math.max(px, 2), height: BARS_PX });
  addSvg(mark, 'rect', { class: 'bar', x: x + (px > 3 ? 0.5 : 0), y: top + BARS_PX - height, width: Math.max(1, px - 1), height });
  // Wide enough, a bar says its count.
  if (px >= COUNT_MIN_PX && bucket.articles) mark.appendChild(svgEl('text', { class: 'count', x: x + px / 2, y: top + BARS_PX - height - 3 }, String(bucket.articles)));
  const label = format(strings.bucketLabel, bucket.articles, bucket.events, dateFormat().bucket(zoom, bucket.start, bucket.end));
  mark.appendChild(svgEl('title', {}, label));
  makeFocusable(mark, label, () => act({ type: 'bucket', day: bucket.start }));
}

function drawVolume(picture: SVGSVGElement, timeline: TimelineData, px: number, top: number, strings: TimelineStrings): void {
  const volume = addSvg(picture, 'g', { class: 'volume', 'aria-hidden': 'true' });
  const max = Math.max(1, ...timeline.buckets.flatMap((b) => b.mentions));
  const y = (n: number): number => top + VOLUME_PX - (n / max) * VOLUME_PX;
  timeline.people.forEach((person, i) => {
    const points = volumeLine(timeline.buckets, i).map(([at, mentions]) => `${at * px},${y(mentions)}`);
    const line = addSvg(volume, 'polyline', { points: points.join(' ') });
    // Through the style, not an attribute: a theme variable is a CSS value.
    line.style.stroke = PERSON_COLORS[i];
    line.appendChild(svgEl('title', {}, format(strings.plotChip, person.name)));
    // A dot on each bucket that has mentions: a line of one bucket is only a dot.
    for (const bucket of timeline.buckets) {
      if (!bucket.mentions[i]) continue;
      const dot = addSvg(volume, 'circle', { cx: (bucket.offset + 0.5) * px, cy: y(bucket.mentions[i]), r: 3 });
      dot.style.fill = PERSON_COLORS[i];
    }
  });
}

// ── details ─────────────────────────────────────────────────────────────────────────────────────────────────────

function listButton(list: HTMLElement, lines: string[], onClick: () => void): void {
  const button = add(add(list, 'li'), 'button', undefined, 'link');
  lines.forEach((line, i) => add(button, 'span', line, i ? 'detail' : 'headline'));
  button.addEventListener('click', onClick);
}

function drawBucketDetails(pane: HTMLElement, details: TimelineBucketDetails, zoom: TimelineZoom, strings: TimelineStrings): number {
  const named = dateFormat().bucket(zoom, details.start, details.end);
  add(pane, 'h2', `${format(strings.articlesIn, named)} (${details.total})`);
  const articles = add(pane, 'ul', undefined, 'articles');
  for (const article of details.articles) {
    listButton(articles, [`${article.date ? dateRange(article.date, article.date) : ''} ${article.title}`, article.doc], () => act({ type: 'open', source: { doc: article.doc, start: 0, end: 0 } }));
  }
  if (details.total > details.articles.length) add(pane, 'p', format(strings.more, details.total - details.articles.length), 'muted');
  if (!details.events.length) return details.articles.length;
  add(pane, 'h2', format(strings.eventsIn, named));
  const events = add(pane, 'ul', undefined, 'events');
  for (const event of details.events) listButton(events, [event.title, dateRange(event.start, event.end)], () => act({ type: 'event', id: event.id }));
  return details.articles.length + details.events.length;
}

function drawEventDetails(pane: HTMLElement, details: TimelineEventDetails, strings: TimelineStrings): number {
  add(pane, 'h2', details.title);
  add(pane, 'p', [dateRange(details.start, details.end), details.place].filter(Boolean).join(' · '));
  if (details.participants.length) add(pane, 'p', `${strings.participants}: ${details.participants.join(', ')}`);
  add(pane, 'h3', `${strings.sources} (${details.total})`);
  const sources = add(pane, 'ul', undefined, 'sources');
  for (const { doc, start, end, title, text } of details.sources) listButton(sources, [title, text], () => act({ type: 'open', source: { doc, start, end } }));
  if (details.total > details.sources.length) add(pane, 'p', format(strings.more, details.total - details.sources.length), 'muted');
  return details.sources.length;
}

// ── wiring ──────────────────────────────────────────────────────────────────────────────────────────────────────

function draw(data: TimelinePanelData, root: HTMLElement): Record<string, number> {
  parts ??= skeleton(root);
  shown = data;
  const { strings, timeline, details } = data;
  const choices = drawToolbar(data, strings);
  const drawn = drawPicture(timeline, strings);
  parts.details.replaceChildren();
  const listed = !details ? 0 : details.kind === 'bucket' ? drawBucketDetails(parts.details, details.bucket, data.query.zoom, strings) : drawEventDetails(parts.details, details.event, strings);
  return { ...drawn, articles: timeline.articles, undated: timeline.undated, people: timeline.people.length, filter: timeline.filter.length, listed, choices };
}

client = startPicture(draw);
document.addEventListener('keydown', (e) => {
  if (e.target instanceof HTMLInputElement) return;
  if (e.key === '+' || e.key === '=') zoomBy(1);
  else if (e.key === '-' || e.key === '_') zoomBy(-1);
});
let resizeTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener('resize', () => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => shown && parts && drawPicture(shown.timeline, shown.strings), PAUSE_MS);
});
