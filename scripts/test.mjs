#!/usr/bin/env node
/**
 * `npm test`: everything a change must pass, in one command, with one verdict.
 *
  *   1. compile   `tsc -p .`, `tsc -p src/webview` (type errors fail the run; tsc still emits, so later stages run)
 *   2. build     `node esbuild.mjs`        (dist/extension.js, dist/cli.js, dist/web/; if it fails, worker,
 *                                           integration, ui and vsix are skipped — they would test a stale bundle)
 *   3. unit      mocha on out/test/unit/**\/*.test.js
 *   4. host      scripts/ensure-vscode-host.mjs (code-server + Chromium; idempotent, ~0.1 s when present)
 *   5. worker    test/integration/worker.mjs (the browser core bundle in a Web Worker in Chromium, compared
 *                                           with the CLI's extraction of the same files)
 *   6. integration  test/integration/run.mjs (the suites in a real VS Code extension host, on the samples, then
 *                                           suite/notCorpus on test/fixtures/plain-repo), then
 *                                           test/integration/bigCorpus.mjs (suite/bigCorpus/ on 1,000 BSNLP
 *                                           articles from ../shared; fails without it; ~1 min)
 *   7. ui        test/integration/ui.mjs (hover a name with the mouse, the sidebar, the Network picture, the Timeline;
 *                                           screenshots in .test-artifacts/)
 *   8. web       test/integration/webHost.mjs (the `browser` entry alone fills the sidebar in VS Code's web
 *                                           worker extension host; ~20 s)
 *   9. vsix      test/integration/vsix.mjs (package, inspect, install)
 *
 * compile and build are not tests: they add nothing to "passed" when they succeed.
 * A stage that fails outside its tests (compile error, build error, harness error, skipped because an
 * earlier stage broke) counts as one failed test, and a test stage that ran zero tests fails too, so the
 * last line is never green when the run was not. Exit code 0 only if nothing failed.
 *
 * Usage: npm test [-- --only unit,worker,integration,ui,web,vsix]   (compile and build always run)
 * stdout ends with: `N passed, N failed`.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT, ensureVscodeHost } from './ensure-vscode-host.mjs';

const t0 = Date.now();
const { values } = parseArgs({ options: { only: { type: 'string' } } });
const only = values.only ? new Set(values.only.split(',').map((s) => s.trim())) : null;
const want = (/** @type {string} */ stage) => !only || only.has(stage);

/** @type {{stage: string, passed: number, failed: number, note: string, seconds: number}[]} */
const results = [];

/** @param {string} s */
const say = (s) => process.stdout.write(`${s}\n`);
/** @param {string} s */
const banner = (s) => say(`\n━━ ${s} ${'━'.repeat(Math.max(0, 70 - s.length))}`);

/**
 * Runs a command with inherited stdin-less stdio, also capturing stdout for parsing.
 * @param {string[]} argv @returns {Promise<{code: number, stdout: string}>}
 */
function exec(argv) {
  return new Promise((resolve) => {
    const child = spawn(argv[0], argv.slice(1), { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, FORCE_COLOR: '0' } });
    let stdout = '';
    child.stdout.on('data', (d) => {
      stdout += d;
      process.stdout.write(d);
    });
    child.on('error', (err) => resolve({ code: 127, stdout: `${stdout}\ncould not run ${argv[0]}: ${err.message}` }));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 128 : 1), stdout }));
  });
}

/** @param {string} stage @param {number} passed @param {number} failed @param {string} note @param {number} since */
function record(stage, passed, failed, note, since) {
  results.push({ stage, passed, failed, note, seconds: (Date.now() - since) / 1000 });
}

// 1. compile ------------------------------------------------------------------------------------------------
banner('compile: tsc -p . and tsc -p src/webview');
let t = Date.now();
// Compiled tests of deleted specs would still run: start from an empty out/.
fs.rmSync(path.join(REPO_ROOT, 'out'), { recursive: true, force: true });
// Two projects: the extension, core, CLI and tests; and the webview pages (DOM code, src/webview/tsconfig.json).
const TSC = [process.execPath, path.join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc')];
const tsc = await exec([...TSC, '-p', '.']);
const tscPages = await exec([...TSC, '-p', 'src/webview']);
const typed = tsc.code === 0 && tscPages.code === 0;
record('compile', 0, typed ? 0 : 1, typed ? 'ok' : 'type errors (see above)', t);

// 2. build ------------------------------------------------------------------------------------------------
banner('build: node esbuild.mjs');
t = Date.now();
const build = await exec([process.execPath, path.join(REPO_ROOT, 'esbuild.mjs')]);
const built = build.code === 0;
record('build', 0, built ? 0 : 1, built ? 'ok' : 'esbuild failed (see above)', t);

// 3. unit -------------------------------------------------------------------------------------------------
if (want('unit')) {
  banner('unit: mocha out/test/unit/**/*.test.js');
  t = Date.now();
  const mocha = await exec([
    process.execPath,
    path.join(REPO_ROOT, 'node_modules', 'mocha', 'bin', 'mocha.js'),
    '--no-color',
    '--reporter', 'spec',
    'out/test/unit/**/*.test.js',
  ]);
  const passing = Number(/^\s*(\d+) passing/m.exec(mocha.stdout)?.[1] ?? 0);
  const failing = Number(/^\s*(\d+) failing/m.exec(mocha.stdout)?.[1] ?? 0);
  if (passing + failing === 0) record('unit', 0, 1, `no unit test ran (mocha exit ${mocha.code})`, t);
  else if (mocha.code !== 0 && failing === 0) record('unit', passing, 1, `mocha exited ${mocha.code} with no failing test`, t);
  else record('unit', passing, failing, failing ? 'failures' : 'ok', t);
}

// 4-6. host, worker, integration -----------------------------------------------------------------------
/** @type {string | undefined} */
let hostError;
if (want('worker') || want('integration') || want('ui') || want('web') || want('vsix')) {
  banner('host: ensure code-server + Chromium');
  t = Date.now();
  try {
    await ensureVscodeHost();
  } catch (err) {
    hostError = err instanceof Error ? err.message : String(err);
    say(`ERROR: ${hostError}`);
  }
}
/**
 * A stage that runs one check module and records its counts. When what it needs is missing it is skipped and
 * counts as one failure, so the last line is never green for a run that did not happen.
 * @param {string} stage @param {string} title @param {boolean} needsHost
 * @param {() => Promise<{passed: number, failed: number, ok: boolean}>} run
 */
async function checkStage(stage, title, needsHost, run) {
  if (!want(stage)) return;
  banner(title);
  const since = Date.now();
  if (!built) return record(stage, 0, 1, 'skipped: build failed', since);
  if (needsHost && hostError) return record(stage, 0, 1, 'skipped: VS Code host or Chromium not available', since);
  const r = await run();
  record(stage, r.passed, r.failed, r.ok ? 'ok' : 'failures', since);
}

await checkStage('worker', 'worker: the core in a Web Worker in Chromium = the CLI', true, async () => (await import('../test/integration/worker.mjs')).checkWorker());
if (want('integration')) {
  banner('integration: real VS Code (code-server + Chromium)');
  t = Date.now();
  if (!built) record('integration', 0, 1, 'skipped: build failed', t);
  else if (hostError) record('integration', 0, 1, 'skipped: VS Code host not available', t);
  else if (!fs.existsSync(path.join(REPO_ROOT, 'out', 'test', 'integration', 'suite', 'index.js'))) {
    record('integration', 0, 1, 'skipped: out/test/integration/suite/index.js missing (tsc emitted nothing?)', t);
  } else {
    const { runIntegration } = await import('../test/integration/run.mjs');
    const r = await runIntegration();
    // Then on a code repository, which must not be indexed as news unless asked (suite/notCorpus).
    const plain = await runIntegration({
      folder: path.join(REPO_ROOT, 'test', 'fixtures', 'plain-repo'),
      extensionTestsPath: path.join(REPO_ROOT, 'out', 'test', 'integration', 'suite', 'notCorpus', 'index.js'),
    });
    const error = [r.error, plain.error && `plain-repo: ${plain.error}`].filter(Boolean).join('; ');
    record('integration', r.passed + plain.passed, r.failed + plain.failed, error || (r.ok && plain.ok ? `ok, peak ${r.peakMemoryMiB} MiB` : 'failures'), t);
    banner('integration: the views on 1,000 BSNLP articles (../shared/gold/bsnlp-train.json)');
    t = Date.now();
    const { runBigCorpusIntegration } = await import('../test/integration/bigCorpus.mjs');
    const big = await runBigCorpusIntegration();
    record('big corpus', big.passed, big.failed, big.error ?? (big.ok ? `ok, peak ${big.peakMemoryMiB} MiB` : 'failures'), t);
  }
}

// 7. ui: a person's view of it — hover a name with the mouse, look at the sidebar --------------------------------
if (want('ui')) {
  banner('ui: hover a name with the mouse; the sidebar');
  t = Date.now();
  if (!built || hostError) record('ui', 0, 1, 'skipped: build failed or VS Code host not available', t);
  else {
    const { captureHover, captureIndexing, captureNetwork, captureSidebar, captureTimeline, reloadTimeline } = await import('../test/integration/ui.mjs');
    const artifacts = path.join(REPO_ROOT, '.test-artifacts');
    /** @type {[string, () => Promise<string[]>][]} */
    const checks = [
      ['the hover card names the person, counts and spellings', async () => {
        const { text } = await captureHover({ screenshot: path.join(artifacts, 'hover.png'), word: 'Стивеном' });
        return ['Стив Уиткофф', 'mentions in', 'Show All Mentions', 'Стів Віткофф'].filter((s) => !text.includes(s)).map((s) => `hover lacks "${s}": ${text}`);
      }],
      ['the sidebar shows events, people, places', async () => {
        const { rows } = await captureSidebar({ screenshot: path.join(artifacts, 'sidebar.png') });
        const all = rows.join('\n');
        return ['Саммит «коалиции желающих»', 'Стив Уиткофф', 'Париж'].filter((s) => !all.includes(s)).map((s) => `sidebar lacks "${s}"`);
      }],
      ['the Network picture opens from People; a click, or an arrow key and Enter, on a node shows its hover card', async () => {
        const { nodes, card, titleAction, focused, keyboardCard, openedTab } = await captureNetwork({ screenshot: path.join(artifacts, 'network.png') });
        const problems = ['Стив Уиткофф', 'mentions in', 'Often mentioned with:', 'Open first mention'].filter((s) => !card.includes(s)).map((s) => `the card lacks "${s}": ${card}`);
        if (nodes < 10) problems.push(`only ${nodes} nodes drawn`);
        if (!titleAction) problems.push('no Network action in the People view\'s title bar');
        if (!focused.name || focused.name === 'Стив Уиткофф') problems.push(`an arrow key did not move the focus to another node: "${focused.name}"`);
        if (!focused.ring || focused.ring === 'none') problems.push('the focused node shows no focus ring');
        if (!/^Named together with: .+ \(\d+\)/.test(focused.description)) problems.push(`the focused node does not describe its edges: "${focused.description}"`);
        if (!keyboardCard.startsWith(focused.name)) problems.push(`Enter on "${focused.name}" did not show its card: ${keyboardCard.slice(0, 80)}`);
        if (!openedTab) problems.push('the card\'s "Open first mention" link opened no article');
        return problems;
      }],
      ['the Timeline draws, plots a person, zooms and opens a day with the keyboard, an event with a click', async () => {
        const r = await captureTimeline({ screenshot: path.join(artifacts, 'timeline.png') });
        const problems = [];
        if (!/^5 articles, 4 events/.test(r.summary)) problems.push(`summary: "${r.summary}"`);
        // The page writes dates in the editor's language (English here), not as the messages' ISO keys.
        if (!r.bucketDetails.includes('Articles in Jan 6, 2026')) problems.push(`Enter on the first day did not list its articles: "${r.bucketDetails.slice(0, 200)}"`);
        if (r.axis[0] !== 'Jan 6, 2026' || r.axis.some((label) => /^\d{4}-/.test(label))) problems.push(`the axis is not labelled in English dates: ${r.axis.join(', ')}`);
        if (r.movedTo !== 'bucket:2026-01-07') problems.push(`the right arrow moved to "${r.movedTo}", not the next day`);
        if (!r.eventDetails.includes('Sources')) problems.push(`a click on an event did not list its sources: "${r.eventDetails.slice(0, 200)}"`);
        return problems;
      }],
      ['the Timeline comes back after a window reload with the same zoom and plotted person', async () => {
        const { before, after } = await reloadTimeline();
        const problems = [];
        if (before.zoom !== 'Month' || !before.chips.some((c) => c.includes('Стив Уиткофф'))) problems.push(`the query was not set before the reload: ${JSON.stringify(before)}`);
        if (JSON.stringify(after) !== JSON.stringify(before)) problems.push(`after the reload: ${JSON.stringify(after)}, before: ${JSON.stringify(before)}`);
        return problems;
      }],
      ['while 2,000 articles are indexed, the views count them and a notification offers Cancel', async () => {
        const { before, after, toast } = await captureIndexing({ screenshot: path.join(artifacts, 'indexing.png') });
        const count = (/** @type {string} */ s) => Number(/Indexing ([\d,]+) of 2,000 articles/.exec(s)?.[1].replace(/,/g, '') ?? NaN);
        const problems = [];
        if (!(count(after) > count(before))) problems.push(`the views' count did not move: "${before}" then "${after}"`);
        if (/No articles found/.test(before + after)) problems.push(`a view says "No articles found" while indexing: ${before}`);
        if (!/Indexing [\d,]+ of 2,000 articles/.test(toast) || !/Cancel/.test(toast)) problems.push(`no cancellable progress notification: "${toast}"`);
        return problems;
      }],
    ];
    let passed = 0;
    let failed = 0;
    for (const [name, check] of checks) {
      const problems = await check().catch((/** @type {unknown} */ err) => [`${name}: ${err instanceof Error ? err.message : String(err)}`]);
      say(`${problems.length ? '✘' : '✔'} ${name}${problems.length ? `\n    ${problems.join('\n    ')}` : ''}`);
      if (problems.length) failed++;
      else passed++;
    }
    record('ui', passed, failed, failed ? 'failures' : `ok, screenshots in ${path.relative(REPO_ROOT, artifacts)}/`, t);
  }
}

// 8. web: the web extension in VS Code's web worker extension host ---------------------------------------------
await checkStage('web', 'web: the browser entry in the web worker extension host', true, async () => (await import('../test/integration/webHost.mjs')).checkWebHost());

// 9. vsix -------------------------------------------------------------------------------------------------
await checkStage('vsix', 'vsix: package, inspect, install', false, async () => (await import('../test/integration/vsix.mjs')).checkVsix());

// summary -------------------------------------------------------------------------------------------------
banner('summary');
for (const r of results) {
  say(`${r.failed ? '✘' : '✔'} ${r.stage.padEnd(12)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed  ${r.seconds.toFixed(1).padStart(6)} s  ${r.note}`);
}
const passed = results.reduce((s, r) => s + r.passed, 0);
const failed = results.reduce((s, r) => s + r.failed, 0);
say(`total time ${((Date.now() - t0) / 1000).toFixed(1)} s`);
say(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 && passed > 0 ? 0 : 1;
