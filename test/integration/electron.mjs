#!/usr/bin/env node
/**
 * `npm run test:electron`: the same integration suites (test/integration/suite) in desktop VS Code through
 * @vscode/test-electron, for developer machines that can download VS Code (it cannot on the offline CI
 * machines — there, `npm test` runs them in code-server via test/integration/run.mjs).
 *
 * Builds first (`tsc -p .`, `node esbuild.mjs`), then downloads VS Code into .vscode-test/ (cached) and runs
 * out/test/integration/suite/index.js in its extension host with samples/paris-2026-01 open.
 * VS Code version: env VSCODE_TEST_VERSION (default 1.99.3, the same VS Code as the code-server runner and the
 * minimum in `engines`; use `stable` for the latest). On a Linux box without a display run it under
 * `xvfb-run -a npm run test:electron`.
 * stdout ends with `N passed, N failed` (from the suite's CORPUS_NAV_RESULT line); exit code 0 only on success.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const RESULT_MARKER = 'CORPUS_NAV_RESULT';

/** @param {string} what @param {string[]} argv @returns {number} exit code */
function step(what, argv) {
  process.stderr.write(`[electron] ${what}\n`);
  const r = spawnSync(argv[0], argv.slice(1), { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.error) throw new Error(`could not run ${argv.join(' ')}: ${r.error.message}`);
  return r.status ?? 1;
}

async function main() {
  if (step('tsc -p .', [process.execPath, path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', '.']) !== 0) {
    process.stderr.write('[electron] warning: type errors (tsc still emitted JavaScript; running the suites anyway)\n');
  }
  if (step('node esbuild.mjs', [process.execPath, path.join(root, 'esbuild.mjs')]) !== 0) {
    throw new Error('the build failed');
  }

  // test-electron relays VS Code's output through process.stdout.write: watch it for the suite's result line.
  /** @type {{passed: number, failed: number} | undefined} */
  let result;
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = /** @type {typeof process.stdout.write} */ (
    (/** @type {string | Uint8Array} */ chunk, /** @type {any[]} */ ...rest) => {
      const m = new RegExp(`${RESULT_MARKER} (\\{.*\\})`).exec(String(chunk));
      if (m) {
        try {
          result = JSON.parse(m[1]);
        } catch (err) {
          process.stderr.write(`[electron] unparsable ${RESULT_MARKER} line: ${m[0]} (${err instanceof Error ? err.message : err})\n`);
        }
      }
      return write(chunk, ...rest);
    }
  );

  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  let code = 1;
  try {
    code = await runTests({
      version: process.env.VSCODE_TEST_VERSION || '1.99.3',
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(root, 'out', 'test', 'integration', 'suite', 'index.js'),
      launchArgs: [
        path.join(root, 'samples', 'paris-2026-01'),
        '--disable-extensions', // only the extension under development: no interference from installed ones
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        // Electron refuses to run as root with its sandbox on (containers, CI).
        ...(isRoot ? ['--no-sandbox'] : []),
      ],
    });
  } catch (err) {
    // runTests rejects when VS Code exits non-zero (a failing test) or cannot be downloaded/started.
    process.stderr.write(`[electron] ${err instanceof Error ? err.message : String(err)}\n`);
    code = 1;
  } finally {
    process.stdout.write = write;
  }
  if (!result) process.stderr.write(`[electron] the suite printed no ${RESULT_MARKER} line\n`);
  const passed = result?.passed ?? 0;
  const ok = code === 0 && !!result && result.failed === 0 && result.passed > 0;
  // A run that failed without a failing test (no result, no test ran, VS Code error) still counts as one failure.
  const failed = Math.max(result?.failed ?? 0, ok ? 0 : 1);
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`[electron] ERROR: ${err instanceof Error ? err.message : String(err)}\n`);
    process.stdout.write('0 passed, 1 failed\n');
    process.exit(1);
  },
);
