#!/usr/bin/env node
/**
 * UI driver: what a user sees when hovering a name in an article, in a real VS Code — for an end-to-end check
 * of the hover as rendered, and for the README's screenshots. The mocha suites check the hover's *content*
 * through the API; this checks the *pixels*.
 *
 * Opens the workbench on the sample corpus with the extension under development (no tests), clicks the file in
 * the Explorer, finds the on-screen box of the word inside `.view-line` with a DOM Range, moves the mouse there,
 * waits for `.monaco-hover:not(.hidden)` + 500 ms (fade-in), saves a screenshot and returns the hover's text.
 *
 * Standalone (assumes `node esbuild.mjs` ran and the host is installed — scripts/ensure-vscode-host.mjs):
 *   node test/integration/ui.mjs [--out media/screenshots/hover.png] [--file 002_f4c982d170557a16.txt]
 *                                [--word Уиткоффом] [--occurrence 1] [--folder samples/paris-2026-01]
 *                                [--extension <repo root>]
 *   node test/integration/ui.mjs --network [--out media/screenshots/network.png]   (the Network picture)
 * --occurrence N picks the N-th on-screen occurrence of the word (the editor wraps lines, so all are on screen).
 * prints the hover text to stdout (empty if no hover appeared). Exit code 1 if the editor could not be driven
 * (file not in the Explorer, word not on screen, startup failure); an empty hover alone is not an error here.
 * From code: `import { captureHover } from './test/integration/ui.mjs'` → {text, screenshot}.
 * --timeline [--person Мэй,Джонсон] [--zoom in|out|none] [--articles 1000] [--theme 'Default High Contrast'] instead opens the Timeline panel (captureTimeline) and prints what it showed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT, openWorkbench } from './codeServer.mjs';

/** @param {string} msg */
const log = (msg) => process.stderr.write(`[ui] ${msg}\n`);

/**
 * The workbench on `folder` with the extension under development (`o.extensionDevelopmentPath`, else this
 * checkout), at `o.viewport` or 1280×800; code-server's own log goes to stderr with CORPUS_NAV_DEBUG set.
 * @param {string} folder
 * @param {{extensionDevelopmentPath?: string, viewport?: {width: number, height: number}}} o
 * @param {Record<string, unknown>} [settings]
 */
function openUiWorkbench(folder, o, settings) {
  return openWorkbench({
    folder,
    extensionDevelopmentPath: path.resolve(o.extensionDevelopmentPath ?? REPO_ROOT),
    viewport: o.viewport ?? { width: 1280, height: 800 },
    settings,
    onLog: (type, text) => {
      if (process.env.CORPUS_NAV_DEBUG) log(`${type}: ${text}`);
    },
  });
}

/**
 * Shows the Corpus view container from its activity bar icon.
 * @param {import('playwright-core').Page} page
 * @param {number} timeoutMs
 */
const showCorpusViews = (page, timeoutMs) => page.locator('.activitybar .action-item a[aria-label^="Corpus"]').first().click({ timeout: timeoutMs });

/**
 * @param {import('playwright-core').Page} page
 * @param {string} file
 */
async function saveScreenshot(page, file) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ path: file });
  log(`screenshot saved to ${file}`);
}

/**
 * @param {{folder?: string, file?: string, word?: string, screenshot?: string, extensionDevelopmentPath?: string,
 *          occurrence?: number,
 *          hoverTimeoutMs?: number, viewport?: {width: number, height: number}}} [o]
 * @returns {Promise<{text: string, screenshot: string}>}
 */
export async function captureHover(o = {}) {
  const folder = path.resolve(o.folder ?? path.join(REPO_ROOT, 'samples', 'paris-2026-01'));
  const file = o.file ?? '002_f4c982d170557a16.txt';
  const word = o.word ?? 'Уиткоффом';
  const screenshot = path.resolve(REPO_ROOT, o.screenshot ?? path.join('media', 'screenshots', 'hover.png'));
  const occurrence = o.occurrence ?? 1;
  const hoverTimeoutMs = o.hoverTimeoutMs ?? 20_000;

  // Articles are one paragraph per line: wrap them so the words (and the screenshot) are on screen.
  const session = await openUiWorkbench(folder, o, { 'editor.wordWrap': 'on', 'editor.minimap.enabled': false });
  try {
    const { page } = session;
    // The Explorer row for the file; show the Explorer if another view container is active.
    const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: file }).first();
    try {
      await row.waitFor({ state: 'visible', timeout: 30_000 });
    } catch (err) {
      log(`${file} not visible in the Explorer yet (${err instanceof Error ? err.message.split('\n')[0] : err}); focusing the Explorer`);
      await page.keyboard.press('Control+Shift+E');
      await row.waitFor({ state: 'visible', timeout: 30_000 });
    }
    await row.click();

    // Wait until the word is rendered in the editor, then take the box of exactly that word.
    await page.waitForFunction((w) => [...document.querySelectorAll('.editor-instance .view-line')].some((l) => l.textContent?.includes(w)), word, {
      timeout: 30_000,
    });
    const box = await page.evaluate(([w, nth]) => {
      let seen = 0;
      for (const line of document.querySelectorAll('.editor-instance .view-line')) {
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const i = (n.textContent ?? '').indexOf(w);
          if (i < 0) continue;
          const range = document.createRange();
          range.setStart(n, i);
          range.setEnd(n, i + w.length);
          const r = range.getBoundingClientRect();
          if (r.width > 0 && r.height > 0 && ++seen === nth) return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
        }
      }
      return null;
    }, /** @type {[string, number]} */ ([word, occurrence]));
    if (!box) throw new Error(`occurrence ${occurrence} of the word ${word} is not visible in ${file}`);

    // Hover; the extension may still be activating/indexing, so re-hover until a hover shows or time runs out.
    const hover = page.locator('.monaco-hover:not(.hidden)').first();
    const deadline = Date.now() + hoverTimeoutMs;
    let shown = false;
    while (!shown && Date.now() < deadline) {
      await page.mouse.move(box.x - 40, box.y + 60); // off the word, so the next move is a fresh hover
      await page.waitForTimeout(100);
      await page.mouse.move(box.x, box.y, { steps: 4 });
      shown = await hover.waitFor({ state: 'visible', timeout: 3000 }).then(
        () => true,
        () => false, // not yet: try again until the deadline
      );
    }
    await page.waitForTimeout(500); // fade-in
    const text = shown ? (await hover.innerText()).trim() : '';
    if (!shown) log(`no hover appeared on ${word} within ${hoverTimeoutMs / 1000} s`);
    await saveScreenshot(page, screenshot);
    return { text, screenshot };
  } finally {
    await session.stop();
  }
}

/**
 * Opens the Corpus sidebar with an article beside it, expands the first person and the first day of events,
 * and saves a screenshot: the picture of the trees in the README.
 * @param {{folder?: string, file?: string, screenshot?: string, extensionDevelopmentPath?: string}} [o]
 * @returns {Promise<{rows: string[], screenshot: string}>}
 */
export async function captureSidebar(o = {}) {
  const folder = path.resolve(o.folder ?? path.join(REPO_ROOT, 'samples', 'paris-2026-01'));
  const screenshot = path.resolve(REPO_ROOT, o.screenshot ?? path.join('media', 'screenshots', 'sidebar.png'));
  const session = await openUiWorkbench(folder, o, { 'editor.wordWrap': 'on', 'editor.minimap.enabled': false });
  try {
    const { page } = session;
    await page.locator('.explorer-folders-view .monaco-list-row', { hasText: o.file ?? '002_f4c982d170557a16.txt' }).first().click({ timeout: 30_000 });
    await showCorpusViews(page, 30_000);
    const rows = page.locator('.pane-body .monaco-list-row');
    // The trees fill once the background index is ready.
    await page.locator('.pane-body .monaco-list-row', { hasText: 'Стив Уиткофф' }).first().waitFor({ state: 'visible', timeout: 30_000 });
    // Expand the first day of events and its first event, and the first person.
    for (const label of [/понедельник|вторник|Monday|Tuesday|January/i, /Саммит|Summit/, /Стив Уиткофф/]) {
      const row = page.locator('.pane-body .monaco-list-row[aria-expanded="false"]', { hasText: label }).first();
      if (await row.count()) await row.click();
      await page.waitForTimeout(300);
    }
    const texts = (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean);
    await saveScreenshot(page, screenshot);
    return { rows: texts, screenshot };
  } finally {
    await session.stop();
  }
}

/**
 * Opens Corpus: Network from the People view's title bar, clicks a person's node with the mouse, and saves a
 * screenshot: the graph, the person's hover card beside it, and the person selected in People. The page lives in
 * the webview's nested frames, found by its graph.
 * @param {{folder?: string, person?: string, screenshot?: string, extensionDevelopmentPath?: string, theme?: string}} [o]
 *   theme: a color theme's name (e.g. "Default High Contrast"), to see the picture in it
 * @returns {Promise<{nodes: number, card: string, titleAction: boolean, focused: {name: string, ring: string, description: string},
 *                    keyboardCard: string, openedTab: string, screenshot: string}>}
 *   focused: the node an arrow key moved to from the chosen one, its focus ring's stroke and what a screen reader
 *   hears of its edges; keyboardCard: the card
 *   after Enter on it; openedTab: the editor tab its "Open first mention" link opened
 */
export async function captureNetwork(o = {}) {
  const folder = path.resolve(o.folder ?? path.join(REPO_ROOT, 'samples', 'paris-2026-01'));
  const person = o.person ?? 'Стив Уиткофф';
  const screenshot = path.resolve(REPO_ROOT, o.screenshot ?? path.join('media', 'screenshots', 'network.png'));
  const session = await openUiWorkbench(folder, o, { 'editor.minimap.enabled': false, 'workbench.startupEditor': 'none', ...(o.theme ? { 'workbench.colorTheme': o.theme } : {}) });
  try {
    const { page } = session;
    await showCorpusViews(page, 30_000);
    await page.locator('.pane-body .monaco-list-row', { hasText: person }).first().waitFor({ state: 'visible', timeout: 30_000 });
    // The People view's title bar shows its actions while the pointer is over the view.
    const peopleHeader = page.locator('.pane-header', { hasText: /People|Люди/ }).first();
    await peopleHeader.hover();
    const action = peopleHeader.locator('.action-label[aria-label="Network"]').first();
    const titleAction = (await action.count()) > 0;
    if (titleAction) await action.click();
    else {
      log('no Network action in the People title bar; opening it from the palette');
      await runFromPalette(page, 'Corpus: Network');
    }
    const frame = await graphFrame(page, 30_000);
    await frame.locator('g.node').first().waitFor({ state: 'attached', timeout: 30_000 });
    const node = frame.locator('g.node', { has: frame.locator('text', { hasText: person }) }).first();
    await node.locator('circle.dot').click();
    await frame.locator('.card a.link').first().waitFor({ state: 'visible', timeout: 30_000 });
    await page.waitForTimeout(400);
    const nodes = await frame.locator('g.node').count();
    const card = (await frame.locator('.card').innerText()).trim();
    await saveScreenshot(page, screenshot);
    // The keyboard: from the chosen node an arrow key moves the focus (with its ring) to another, Enter chooses it.
    await page.keyboard.press('ArrowDown');
    const focused = await frame.evaluate(() => {
      const node = document.activeElement?.closest('g.node');
      const ring = node?.querySelector('.ring');
      return {
        name: node?.querySelector('text.name')?.textContent ?? '',
        ring: ring ? getComputedStyle(ring).stroke : '',
        description: node?.getAttribute('aria-description') ?? '',
      };
    });
    await page.keyboard.press('Enter');
    await frame.locator('.card strong', { hasText: focused.name }).first().waitFor({ state: 'visible', timeout: 30_000 }).catch(() => undefined);
    const keyboardCard = (await frame.locator('.card').innerText()).trim();
    // The card's last link (Open first mention) clicked with the mouse opens the article in an editor.
    await frame.locator('.card a.link').last().click();
    const openedTab = await page
      .locator('.tabs-container .tab', { hasText: /\.txt$/ })
      .first()
      .innerText({ timeout: 30_000 })
      .catch(() => '');
    return { nodes, card, titleAction, focused, keyboardCard, openedTab: openedTab.trim(), screenshot };
  } finally {
    await session.stop();
  }
}

/**
 * Runs a command from the palette once the list's first row is that command: a recently used command stands first
 * until the typed words have filtered the list, and an Enter before that runs it instead.
 * @param {import('playwright-core').Page} page
 * @param {string} title the command as the palette shows it
 */
export async function runFromPalette(page, title) {
  // The title is written into the palette's own box once it shows: typed at once, the first keys could still
  // reach a webview that had the focus (its F1 goes to the workbench by a message, and the palette opens later).
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await page.keyboard.press('F1');
  await input.waitFor({ state: 'visible', timeout: 30_000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row').first().filter({ hasText: title }).waitFor({ state: 'visible', timeout: 30_000 });
  await page.keyboard.press('Enter');
}

/**
 * Opens the Timeline from the palette; its page's frame once it has drawn buckets.
 * @param {import('playwright-core').Page} page
 */
export async function openTimelineFrame(page) {
  await runFromPalette(page, 'Corpus: Show Timeline');
  // A webview is an iframe holding the page's iframe.
  const frame = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
  await frame.locator('.scroller svg .buckets > g').first().waitFor({ state: 'visible', timeout: 30_000 });
  return frame;
}

/**
 * The frame holding a picture's graph: VS Code puts a webview's page two frames deep.
 * @param {import('playwright-core').Page} page
 * @param {number} timeoutMs
 */
export async function graphFrame(page, timeoutMs) {
  for (const until = Date.now() + timeoutMs; Date.now() < until; await page.waitForTimeout(200)) {
    for (const frame of page.frames()) {
      if (await frame.locator('svg.graph').count().catch(() => 0)) return frame;
    }
  }
  throw new Error(`no webview frame with a graph appeared within ${timeoutMs / 1000} s`);
}

/**
 * The first index of a corpus large enough to take a while (the samples copied `copies` times into a temp
 * folder), as the sidebar shows it: reads the views' text twice, `intervalMs` apart, while the index runs.
 * @param {{copies?: number, intervalMs?: number, screenshot?: string, extensionDevelopmentPath?: string}} [o]
 * @returns {Promise<{before: string, after: string, toast: string, screenshot: string}>}
 */
export async function captureIndexing(o = {}) {
  const samples = path.join(REPO_ROOT, 'samples', 'paris-2026-01');
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cn-large-corpus-'));
  const screenshot = path.resolve(REPO_ROOT, o.screenshot ?? path.join('.test-artifacts', 'indexing.png'));
  try {
    for (let i = 0; i < (o.copies ?? 400); i++) {
      for (const name of fs.readdirSync(samples)) fs.copyFileSync(path.join(samples, name), path.join(folder, `${String(i).padStart(3, '0')}_${name}`));
    }
    const session = await openUiWorkbench(folder, o);
    try {
      const { page } = session;
      await showCorpusViews(page, 60_000);
      const sidebar = page.locator('.sidebar');
      await sidebar.getByText(/Indexing [\d,]+ of [\d,]+ articles/).first().waitFor({ state: 'visible', timeout: 60_000 });
      const before = (await sidebar.innerText()).replace(/\s+/g, ' ');
      // The count is read again until it moves (indexing in the worker is quick), and the notification is read at
      // that moment, while the build still runs.
      const toasts = page.locator('.notifications-toasts');
      let after = before;
      let toast = '';
      for (const until = Date.now() + (o.intervalMs ?? 5000); after === before && Date.now() < until; ) {
        await page.waitForTimeout(100);
        after = (await sidebar.innerText()).replace(/\s+/g, ' ');
        toast = (await toasts.count()) ? (await toasts.innerText()).replace(/\s+/g, ' ') : '';
      }
      await saveScreenshot(page, screenshot);
      return { before, after, toast, screenshot };
    } finally {
      await session.stop();
    }
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * Opens the Timeline on the samples, plots a person and zooms out to months, reloads the window (the browser page:
 * the panel comes back through its serializer, a new picture on the workspace state) and reads what the restored
 * page shows: the pressed zoom button and the chips.
 * @param {{extensionDevelopmentPath?: string}} [o]
 * @returns {Promise<{before: {zoom: string, chips: string[]}, after: {zoom: string, chips: string[]}}>}
 */
export async function reloadTimeline(o = {}) {
  const session = await openUiWorkbench(path.join(REPO_ROOT, 'samples', 'paris-2026-01'), o);
  /** @param {import('playwright-core').FrameLocator} frame */
  const shown = async (frame) => ({
    zoom: (await frame.locator('.zoom button[aria-pressed="true"]').innerText()).trim(),
    chips: (await frame.locator('.chips .chip').allInnerTexts()).map((c) => c.replace(/\s*×\s*$/, '').trim()),
  });
  try {
    const { page } = session;
    await showCorpusViews(page, 60_000);
    await page.locator('.pane-body .monaco-list-row').first().waitFor({ state: 'visible', timeout: 120_000 });
    const frame = await openTimelineFrame(page);
    await frame.locator('.finder input').fill('Уиткофф');
    await frame.locator('.choices li button', { hasText: /Plot|Показать|Показати/ }).first().click({ timeout: 10_000 });
    await frame.locator('.scroller svg .volume polyline').first().waitFor({ state: 'attached', timeout: 10_000 });
    await page.keyboard.press('-');
    await frame.locator('.zoom button[aria-pressed="true"]', { hasText: /Month/ }).waitFor({ timeout: 10_000 });
    const before = await shown(frame);
    // Developer: Reload Window, as a reader would: the workbench saves its editors (the panel's state) first.
    await runFromPalette(page, 'Developer: Reload Window');
    const restored = page.frameLocator('iframe.webview.ready').frameLocator('#active-frame');
    await restored.locator('.scroller svg .buckets > g').first().waitFor({ state: 'visible', timeout: 120_000 });
    return { before, after: await shown(restored) };
  } finally {
    await session.stop();
  }
}

/**
 * Opens the Timeline (Corpus: Show Timeline from the palette), plots a person's mentions with the page's own
 * finder, zooms in with + (or out with −, or not: `zoom`), opens a bucket with the keyboard (focus, Enter) and moves to
 * the next with an arrow, then opens the
 * first event with a click and saves a screenshot: the picture of the Timeline in the README.
 * @param {{folder?: string, articles?: number, people?: string[], theme?: string, zoom?: 'in' | 'out' | 'none', screenshot?: string, extensionDevelopmentPath?: string, viewport?: {width: number, height: number}}} [o]
 * @returns {Promise<{bucketDetails: string, movedTo: string, eventDetails: string, summary: string, axis: string[], screenshot: string}>}
 */
export async function captureTimeline(o = {}) {
  const folder = path.resolve(o.folder ?? path.join(REPO_ROOT, 'samples', 'paris-2026-01'));
  const screenshot = path.resolve(REPO_ROOT, o.screenshot ?? path.join('media', 'screenshots', 'timeline.png'));
  const session = await openUiWorkbench(folder, o, o.theme ? { 'workbench.colorTheme': o.theme } : undefined);
  try {
    const { page } = session;
    // The Corpus views fill once the index is ready: then the Timeline has something to draw.
    await showCorpusViews(page, 60_000);
    await page.locator('.pane-body .monaco-list-row').first().waitFor({ state: 'visible', timeout: 120_000 });
    const frame = await openTimelineFrame(page);
    // A big corpus shows partial indexes first: wait for the whole (the picture follows the index).
    if (o.articles) await frame.locator('.summary', { hasText: new RegExp(`^${o.articles} `) }).waitFor({ timeout: 300_000 });
    // The page's finder: type a name, plot the first match; for each person.
    const people = o.people ?? ['Уиткофф'];
    for (const [i, person] of people.entries()) {
      await frame.locator('.finder input').fill(person);
      await frame.locator('.choices li button', { hasText: /Plot|Показать|Показати/ }).first().click({ timeout: 10_000 });
      await frame.locator('.scroller svg .volume polyline').nth(i).waitFor({ state: 'attached', timeout: 10_000 });
    }
    // The keyboard: + zooms in (week → day), − out (week → month); a bucket's Enter lists its articles, an arrow
    // moves to the next bucket.
    const zoom = o.zoom ?? 'in';
    if (zoom !== 'none') await page.keyboard.press(zoom === 'in' ? '+' : '-');
    const zoomedTo = { in: /Day|День/, out: /Month|Месяц|Місяць/, none: /Week|Неделя|Тиждень/ }[zoom];
    await frame.locator('.zoom button[aria-pressed="true"]', { hasText: zoomedTo }).waitFor({ timeout: 10_000 });
    await frame.locator('.scroller svg .buckets > g').first().focus();
    await page.keyboard.press('Enter');
    await frame.locator('.details h2').first().waitFor({ state: 'visible', timeout: 10_000 });
    const bucketDetails = (await frame.locator('.details').innerText()).replace(/\s+/g, ' ').trim();
    await page.keyboard.press('ArrowRight');
    const movedTo = await frame.locator(':focus').first().getAttribute('data-key').catch(() => '');
    // A click on the first event lists its sources.
    await frame.locator('.scroller svg .events > g').first().click();
    await frame.locator('.details ul.sources').waitFor({ state: 'visible', timeout: 10_000 });
    const eventDetails = (await frame.locator('.details').innerText()).replace(/\s+/g, ' ').trim();
    const summary = (await frame.locator('.summary').innerText()).trim();
    const axis = await frame.locator('.scroller .axis text').allTextContents();
    await page.waitForTimeout(300);
    await saveScreenshot(page, screenshot);
    return { bucketDetails, movedTo: movedTo ?? '', eventDetails, summary, axis, screenshot };
  } finally {
    await session.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(fs.realpathSync(process.argv[1])).href) {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      file: { type: 'string' },
      word: { type: 'string' },
      folder: { type: 'string' },
      extension: { type: 'string' },
      occurrence: { type: 'string' },
      sidebar: { type: 'boolean' },
      network: { type: 'boolean' },
      timeline: { type: 'boolean' },
      person: { type: 'string' },
      zoom: { type: 'string' },
      articles: { type: 'string' },
      theme: { type: 'string' },
    },
  });
  try {
    if (values.network) {
      const r = await captureNetwork({ screenshot: values.out, folder: values.folder, extensionDevelopmentPath: values.extension, theme: values.theme });
      process.stdout.write(`${r.nodes} nodes; title-bar action: ${r.titleAction}; arrow → ${r.focused.name} (ring ${r.focused.ring})\n${r.card}\n\n${r.keyboardCard}\n`);
    } else if (values.timeline) {
      const r = await captureTimeline({ screenshot: values.out, folder: values.folder, people: values.person?.split(','), articles: values.articles ? Number(values.articles) : undefined, theme: values.theme,
        zoom: /** @type {'in' | 'out' | 'none' | undefined} */ (values.zoom), extensionDevelopmentPath: values.extension });
      process.stdout.write(`${JSON.stringify(r, null, 2)}\n`);
    } else if (values.sidebar) {
      const r = await captureSidebar({ screenshot: values.out, file: values.file, folder: values.folder, extensionDevelopmentPath: values.extension });
      process.stdout.write(`${r.rows.join('\n')}\n`);
    } else {
    const r = await captureHover({ screenshot: values.out, file: values.file, word: values.word, folder: values.folder, extensionDevelopmentPath: values.extension,
      occurrence: values.occurrence ? Number(values.occurrence) : undefined,
    });
    process.stdout.write(`${r.text}\n`);
    }
  } catch (err) {
    log(`ERROR: ${err instanceof Error ? err.message : String(err)}`);
    process.exitCode = 1;
  }
}
