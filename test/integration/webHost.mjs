#!/usr/bin/env node
/**
 * The web extension in VS Code's web worker extension host: code-server's workbench in Chromium, the extension
 * under development forced into the web worker host (payload `extensionDevelopmentKind=web`), from a copy of
 * the package whose manifest has no `main` and no dist/extension.js — so only the `browser` entry
 * (dist/web/extension.js) can be what fills the sidebar, reading the corpus through vscode.workspace.fs.
 *
 * The extension indexes in a Web Worker of its own (dist/web/indexWorker.js, found among the page's workers by its
 * name); a copy without that script still fills the sidebar, indexing on the extension host's thread.
 *
 * This is VS Code 1.99.3's web worker host on a vscode-remote:// folder, not vscode.dev on a virtual file system.
 *
 * Usage (after `node esbuild.mjs`; host from scripts/ensure-vscode-host.mjs):
 *   node test/integration/webHost.mjs
 * stdout: one line per check, then `N passed, N failed` last. Exit code 0 only if every check passed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT, launchChromium, remoteUri, startCodeServer } from './codeServer.mjs';
import { graphFrame, openTimelineFrame, runFromPalette } from './ui.mjs';

const WEB_EXTENSION = path.join(REPO_ROOT, 'dist', 'web', 'extension.js');
/** What the manifest refers to besides the entry points: strings, grammar, icons. */
const PACKAGE_PARTS = ['l10n', 'media', 'syntaxes', ...fs.readdirSync(REPO_ROOT).filter((f) => /^package\.nls.*\.json$/.test(f))];
const EXPECTED_ROWS = ['Саммит «коалиции желающих»', 'Стив Уиткофф', 'Париж'];
/** The name src/vscode/engineChannel.web.ts gives its worker (VS Code prefixes the name of the host's worker). */
const INDEXING_WORKER = 'Corpus Navigator indexing';

/** @param {string} dir the extension as the web host alone can run it @param {{withWorker: boolean}} o */
function copyWebOnlyExtension(dir, { withWorker }) {
  const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
  delete manifest.main;
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  for (const part of PACKAGE_PARTS) fs.cpSync(path.join(REPO_ROOT, part), path.join(dir, part), { recursive: true });
  fs.mkdirSync(path.join(dir, 'dist', 'web'), { recursive: true });
  fs.copyFileSync(WEB_EXTENSION, path.join(dir, 'dist', 'web', 'extension.js'));
  if (withWorker) fs.copyFileSync(path.join(REPO_ROOT, 'dist', 'web', 'indexWorker.js'), path.join(dir, 'dist', 'web', 'indexWorker.js'));
  // The pictures' pages: the same scripts serve the desktop and the browser build.
  fs.cpSync(path.join(REPO_ROOT, 'dist', 'webview'), path.join(dir, 'dist', 'webview'), { recursive: true });
}

/**
 * Opens the workbench on `folder` with the extension at `extensionDir` and waits for the sidebar to fill.
 * @param {import('playwright-core').Page} page @param {{origin: string}} server
 * @returns {Promise<{rows: string, workerNames: string[]}>} the sidebar's text, and the names of the page's workers
 */
async function openSidebar(page, server, extensionDir, folder) {
  const payload = [['extensionDevelopmentPath', remoteUri(server, extensionDir)], ['extensionDevelopmentKind', 'web']];
  await page.goto(`${server.origin}/?${new URLSearchParams({ folder, payload: JSON.stringify(payload) })}`);
  const icon = page.locator('.activitybar .action-item', { has: page.locator('a[aria-label^="Corpus"]') }).first();
  await icon.waitFor({ state: 'visible', timeout: 60_000 });
  // The trees fill once the extension has indexed the folder. The second check loads the same folder, whose
  // workbench comes back with the Corpus sidebar open, and a click on the icon of the open sidebar closes it: click
  // only while it is not the one shown.
  const row = page.locator('.pane-body .monaco-list-row', { hasText: EXPECTED_ROWS[1] }).first();
  for (const until = Date.now() + 30_000; !(await row.isVisible()); ) {
    if (Date.now() > until) throw new Error(`the Corpus sidebar did not show "${EXPECTED_ROWS[1]}" within 30 s`);
    if (!(await icon.getAttribute('class'))?.split(' ').includes('checked')) await icon.click();
    await page.waitForTimeout(1000);
  }
  const rows = (await page.locator('.pane-body .monaco-list-row').allInnerTexts()).join('\n');
  // A worker may end while it is asked (VS Code starts short-lived ones): it has no name then.
  const workerNames = await Promise.all(page.workers().map((w) => w.evaluate(() => String(self.name)).catch(() => '')));
  return { rows, workerNames };
}

/**
 * Opens Corpus: Network from the palette and checks that its page drew the sample's people.
 * @param {import('playwright-core').Page} page
 * @returns {Promise<string[]>} what went wrong
 */
async function networkProblems(page) {
  await runFromPalette(page, 'Corpus: Network');
  const frame = await graphFrame(page, 30_000);
  await frame.locator('g.node').first().waitFor({ state: 'attached', timeout: 30_000 });
  const nodes = await frame.locator('g.node').count();
  const named = (await frame.locator('g.node text').allTextContents()).join('\n');
  return [...(nodes < 10 ? [`the Network picture drew ${nodes} nodes`] : []), ...(named.includes(EXPECTED_ROWS[1]) ? [] : [`the Network picture lacks "${EXPECTED_ROWS[1]}"`])];
}

/**
 * Opens the Timeline from the palette and returns its summary line once its page has drawn buckets.
 * @param {import('playwright-core').Page} page
 */
async function openTimeline(page) {
  const frame = await openTimelineFrame(page);
  return (await frame.locator('.summary').innerText()).trim();
}

/**
 * @param {{folder?: string, out?: (line: string) => void}} [o]
 * @returns {Promise<{passed: number, failed: number, ok: boolean, seconds: number}>}
 */
export async function checkWebHost(o = {}) {
  const t0 = Date.now();
  const out = o.out ?? ((line) => process.stdout.write(`${line}\n`));
  const folder = path.resolve(REPO_ROOT, o.folder ?? path.join('samples', 'paris-2026-01'));
  const checks = [
    {
      name: 'the browser entry alone fills the Corpus sidebar in the web worker extension host, indexing in its own Web Worker, and draws the Timeline and the Network picture',
      withWorker: true,
      pictures: true,
    },
    { name: 'without dist/web/indexWorker.js it indexes on the extension host\'s thread and still fills the sidebar', withWorker: false },
  ];
  /** @type {string[][]} what went wrong, per check */
  const problems = checks.map(() => []);
  /** @type {string[]} */
  const consoleErrors = [];
  const extensionDirs = checks.map(() => fs.mkdtempSync(path.join(os.tmpdir(), 'cn-webext-')));
  /** Which check is running, so that a harness failure is charged to it. */
  let current = 0;
  try {
    if (!fs.existsSync(WEB_EXTENSION)) throw new Error(`${WEB_EXTENSION} is missing; run \`node esbuild.mjs\``);
    checks.forEach((check, i) => copyWebOnlyExtension(extensionDirs[i], check));
    const server = await startCodeServer();
    try {
      const browser = await launchChromium({ viewport: { width: 1280, height: 800 } });
      try {
        const { page } = browser;
        page.on('console', (m) => {
          if (m.type() === 'error') consoleErrors.push(m.text());
        });
        for (; current < checks.length; current++) {
          const { rows, workerNames } = await openSidebar(page, server, extensionDirs[current], folder);
          problems[current].push(...EXPECTED_ROWS.filter((s) => !rows.includes(s)).map((s) => `sidebar lacks "${s}"`));
          const indexing = workerNames.filter((n) => n.includes(INDEXING_WORKER)).length;
          if (indexing !== (checks[current].withWorker ? 1 : 0)) problems[current].push(`${indexing} workers named "${INDEXING_WORKER}" among: ${workerNames.join(', ')}`);
          if (checks[current].pictures) {
            // The Timeline first: its page is found as the one webview frame there is.
            const summary = await openTimeline(page);
            if (!summary.startsWith('5 articles')) problems[current].push(`the Timeline's summary: "${summary}"`);
            problems[current].push(...(await networkProblems(page)));
          }
        }
      } finally {
        await browser.stop();
      }
    } finally {
      await server.stop();
    }
  } catch (err) {
    problems[Math.min(current, checks.length - 1)].push(err instanceof Error ? err.message.split('\n').slice(0, 3).join(' · ') : String(err));
  } finally {
    for (const dir of extensionDirs) fs.rmSync(dir, { recursive: true, force: true });
  }
  const corpusErrors = consoleErrors.filter((e) => /corpus/i.test(e));
  checks.forEach((check, i) => {
    if (problems[i].length && corpusErrors.length) problems[i].push(`console errors: ${corpusErrors.slice(0, 5).join(' | ')}`);
    out(`${problems[i].length ? '✘' : '✔'} ${check.name}${problems[i].length ? `\n    ${problems[i].join('\n    ')}` : ''}`);
  });
  const failed = problems.filter((p) => p.length > 0).length;
  return { passed: checks.length - failed, failed, ok: failed === 0, seconds: (Date.now() - t0) / 1000 };
}

if (process.argv[1] && import.meta.url === pathToFileURL(fs.realpathSync(process.argv[1])).href) {
  const r = await checkWebHost();
  process.stdout.write(`${r.passed} passed, ${r.failed} failed\n`);
  process.exitCode = r.ok ? 0 : 1;
}
