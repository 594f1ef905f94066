/**
 * Mocha entry loaded by VS Code's extension host (`extensionTestsPath`): VS Code requires this module and
 * awaits `run()`. The same entry serves both launchers: test/integration/run.mjs (code-server + Chromium, used
 * on machines without internet) and test/integration/electron.mjs (@vscode/test-electron).
 *
 * It runs every `*.spec.js` next to it (tsc compiles test/integration/suite/*.ts to
 * out/test/integration/suite/*.js) and prints one machine-readable line, `CORPUS_NAV_RESULT {...}`, which
 * run.mjs parses from the relayed console. run() rejects when a test failed or when no test ran at all,
 * so a suite that silently lost its tests is a failure too. Suites for another folder than the sample corpus
 * live in a subfolder with an entry of their own that calls runSpecsIn (bigCorpus/: 1,000 real articles;
 * notCorpus/: a code repository that must not be indexed as news).
 */
// `import Mocha = require('mocha')`, not `import * as Mocha`: with esModuleInterop a namespace import of a
// class exported with `export =` is not constructable (TS2351), and would fail at runtime as well.
import Mocha = require('mocha');
import * as fs from 'fs';
import * as path from 'path';

export const RESULT_MARKER = 'CORPUS_NAV_RESULT';

export function run(): Promise<void> {
  return runSpecsIn(__dirname);
}

/** Runs every `*.spec.js` in a folder (not its subfolders). */
export function runSpecsIn(dir: string): Promise<void> {
  const mocha = new Mocha({
    ui: 'bdd',
    // The first test pays for extension activation and indexing the sample corpus.
    timeout: 20_000,
    // The console is relayed as plain text; ANSI colours would only garble it.
    color: false,
    reporter: 'spec',
  });
  // Optional filter for local debugging: CORPUS_NAV_GREP='hover' npm test
  if (process.env.CORPUS_NAV_GREP) mocha.grep(process.env.CORPUS_NAV_GREP);

  const specs = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.spec.js'))
    .sort();
  for (const f of specs) mocha.addFile(path.join(dir, f));
  console.log(`[suite] ${specs.length} spec file(s): ${specs.join(', ')}`);

  return new Promise<void>((resolve, reject) => {
    let runner: Mocha.Runner;
    try {
      runner = mocha.run();
    } catch (err) {
      // A spec that throws while loading (syntax error, missing module) ends up here.
      const msg = err instanceof Error ? err.stack ?? err.message : String(err);
      console.error(`[suite] could not load the specs: ${msg}`);
      console.log(`${RESULT_MARKER} ${JSON.stringify({ passed: 0, failed: 1, pending: 0, error: 'load' })}`);
      reject(err instanceof Error ? err : new Error(msg));
      return;
    }
    runner.on('end', () => {
      const stats = runner.stats ?? { passes: 0, failures: 0, pending: 0 };
      const result = { passed: stats.passes, failed: stats.failures, pending: stats.pending };
      console.log(`${RESULT_MARKER} ${JSON.stringify(result)}`);
      if (result.failed > 0) reject(new Error(`${result.failed} integration test(s) failed`));
      else if (result.passed === 0) reject(new Error('no integration test ran'));
      else resolve();
    });
  });
}
