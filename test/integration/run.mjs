#!/usr/bin/env node
/**
 * Integration test runner: runs the mocha suites (test/integration/suite, compiled to out/) inside a real
 * VS Code 1.99.3 extension host — code-server + headless Debian Chromium, because @vscode/test-electron cannot
 * download VS Code on these machines. See test/integration/codeServer.mjs and /work/shared/notes/vscode-offline.md.
 *
 * Usage (after `npx tsc -p .` and `node esbuild.mjs`; scripts/test.mjs does both, and ensures the host):
 *   node test/integration/run.mjs [--folder DIR] [--extension DIR] [--tests FILE] [--timeout SECONDS] [--verbose]
 * Defaults: folder samples/paris-2026-01, extension = repo root, tests out/test/integration/suite/index.js,
 * timeout 180 s (env CORPUS_NAV_TIMEOUT_S). --verbose (or env CORPUS_NAV_DEBUG=1) also shows code-server's
 * output and the workbench's own log lines.
 *
 * stdout: the extension host's console (mocha's spec reporter), then as the very last line `N passed, N failed`.
 * Exit code 0 only when VS Code reported success, the suite printed its CORPUS_NAV_RESULT line, at least one
 * test passed and none failed. A timeout, a harness error or "no test ran" is a failure and counts as one
 * failed test in the last line, so the totals never look green when the run was not.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT, groupMemoryMiB, openWorkbench } from './codeServer.mjs';

export const RESULT_MARKER = 'CORPUS_NAV_RESULT';

/**
 * The relay carries the workbench's own log too. These lines are expected (offline gallery, missing vsda,
 * connection chatter) and only bury the test output; --verbose shows them.
 */
const NOISE = [
  /vsda/i,
  /open-vsx|marketplace|gallery/i,
  /Failed to load resource/i,
  /^Resolv(ing|ed) connection token/,
  /^Creating a socket/,
  /^ChatSessionStore:/,
  /^Updating additional builtin extensions cache/,
  /^\[Service Worker\]/,
];

/**
 * @typedef {object} RunResult
 * @property {number} passed
 * @property {number} failed      includes +1 for a timeout / harness error / no test ran
 * @property {boolean} ok
 * @property {string} [error]     why the run failed, when it was not (only) failing tests
 * @property {number} seconds
 * @property {number} peakMemoryMiB  PSS of code-server + Chromium process groups
 */

/**
 * Runs the integration suites once. Never throws: every problem becomes a failed RunResult.
 * @param {{folder?: string, extensionDevelopmentPath?: string, extensionTestsPath?: string,
 *          timeoutMs?: number, verbose?: boolean, out?: (line: string) => void}} [o]
 * @returns {Promise<RunResult>}
 */
export async function runIntegration(o = {}) {
  const t0 = Date.now();
  const folder = path.resolve(o.folder ?? path.join(REPO_ROOT, 'samples', 'paris-2026-01'));
  const extensionDevelopmentPath = path.resolve(o.extensionDevelopmentPath ?? REPO_ROOT);
  const extensionTestsPath = path.resolve(o.extensionTestsPath ?? path.join(REPO_ROOT, 'out', 'test', 'integration', 'suite', 'index.js'));
  const timeoutMs = o.timeoutMs ?? Number(process.env.CORPUS_NAV_TIMEOUT_S || 180) * 1000;
  const verbose = o.verbose ?? !!process.env.CORPUS_NAV_DEBUG;
  const out = o.out ?? ((line) => process.stdout.write(`${line}\n`));
  const err = (/** @type {string} */ line) => process.stderr.write(`[integration] ${line}\n`);

  /** @type {{passed: number, failed: number} | undefined} */
  let result;
  /** @type {string | undefined} */
  let error;
  let peakMemoryMiB = 0;

  const missing = [
    [folder, 'folder to open'],
    [path.join(extensionDevelopmentPath, 'package.json'), 'extension manifest'],
    [extensionTestsPath, 'compiled test entry (run `npx tsc -p .`)'],
  ].filter(([p]) => !fs.existsSync(p));
  if (missing.length) {
    error = `missing: ${missing.map(([p, what]) => `${what} ${p}`).join('; ')}`;
    return finish();
  }
  const main = JSON.parse(fs.readFileSync(path.join(extensionDevelopmentPath, 'package.json'), 'utf8')).main;
  if (main && !fs.existsSync(path.resolve(extensionDevelopmentPath, main))) {
    error = `the extension's main ${path.resolve(extensionDevelopmentPath, main)} does not exist (run \`node esbuild.mjs\`)`;
    return finish();
  }

  /** @type {(code: number) => void} */
  let reportExit = () => {};
  /** @type {Promise<number>} */
  const exitCode = new Promise((resolve) => (reportExit = resolve));

  /** @type {import('./codeServer.mjs').Session | undefined} */
  let session;
  /** @type {NodeJS.Timeout | undefined} */
  let memTimer;
  /** @type {NodeJS.Timeout | undefined} */
  let timer;
  try {
    const timedOut = new Promise((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    const started = openWorkbench({
      folder,
      extensionDevelopmentPath,
      extensionTestsPath,
      verbose,
      onExit: (code) => reportExit(code),
      onLog: (type, text) => {
        const m = new RegExp(`${RESULT_MARKER} (\\{.*\\})`).exec(text);
        if (m) {
          try {
            const r = JSON.parse(m[1]);
            result = { passed: Number(r.passed) || 0, failed: Number(r.failed) || 0 };
          } catch (e) {
            err(`unparsable result line: ${text} (${e instanceof Error ? e.message : e})`);
          }
        }
        if (!verbose && NOISE.some((re) => re.test(text))) return;
        for (const line of text.replace(/\s+$/, '').split('\n')) out(type === 'info' || type === 'log' ? line : `[${type}] ${line}`);
      },
    });
    const first = await Promise.race([started, timedOut]);
    if (first === 'timeout') {
      // openWorkbench is still starting: stop whatever it starts.
      started.then((s) => s.stop(), (e) => err(`startup after timeout failed too: ${e.message}`));
      throw new Error(`timed out after ${timeoutMs / 1000} s while starting code-server/Chromium`);
    }
    session = /** @type {import('./codeServer.mjs').Session} */ (first);
    const s = session;
    if (verbose) s.page.on('pageerror', (e) => err(`page error: ${e.message}`));
    memTimer = setInterval(() => {
      peakMemoryMiB = Math.max(peakMemoryMiB, groupMemoryMiB([s.server.pid, s.browser.pid]));
    }, 1000);
    const serverDied = s.server.exited.then(({ code, signal }) => ({ died: `code-server exited (${signal ?? code})` }));
    const ended = await Promise.race([exitCode.then((code) => ({ code })), timedOut, serverDied]);
    if (ended === 'timeout') {
      throw new Error(`timed out after ${timeoutMs / 1000} s waiting for the tests to finish (set CORPUS_NAV_TIMEOUT_S to change)`);
    }
    if ('died' in /** @type {object} */ (ended)) throw new Error(`${/** @type {{died: string}} */ (ended).died}:\n${s.server.output()}`);
    const code = /** @type {{code: number}} */ (ended).code;
    // The result line is logged just before run() settles; give the relay a moment to deliver it.
    for (let i = 0; i < 20 && !result; i++) await new Promise((r) => setTimeout(r, 100));
    if (!result) error = `VS Code reported exit code ${code} but the suite printed no ${RESULT_MARKER} line (did the test entry load?)`;
    else if (result.passed + result.failed === 0) error = 'no test ran';
    else if (code !== 0 && result.failed === 0) error = `VS Code reported exit code ${code} although no test failed`;
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  } finally {
    clearTimeout(timer);
    clearInterval(memTimer);
    if (session) {
      peakMemoryMiB = Math.max(peakMemoryMiB, groupMemoryMiB([session.server.pid, session.browser.pid]));
      await session.stop();
    }
  }
  return finish();

  /** @returns {RunResult} */
  function finish() {
    const passed = result?.passed ?? 0;
    const failed = (result?.failed ?? 0) + (error ? 1 : 0);
    const seconds = (Date.now() - t0) / 1000;
    if (error) err(`ERROR: ${error}`);
    err(`finished in ${seconds.toFixed(1)} s${peakMemoryMiB ? `, peak memory (PSS) of code-server + Chromium ${peakMemoryMiB} MiB` : ''}`);
    return { passed, failed, ok: !error && failed === 0 && passed > 0, error, seconds, peakMemoryMiB };
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(fs.realpathSync(process.argv[1])).href) {
  const { values } = parseArgs({
    options: {
      folder: { type: 'string' },
      extension: { type: 'string' },
      tests: { type: 'string' },
      timeout: { type: 'string' },
      verbose: { type: 'boolean' },
    },
  });
  const r = await runIntegration({
    folder: values.folder,
    extensionDevelopmentPath: values.extension,
    extensionTestsPath: values.tests,
    timeoutMs: values.timeout ? Number(values.timeout) * 1000 : undefined,
    verbose: values.verbose,
  });
  process.stdout.write(`${r.passed} passed, ${r.failed} failed\n`);
  process.exitCode = r.ok ? 0 : 1;
}
