#!/usr/bin/env node
/**
 * The integration suites that need a big real corpus (test/integration/suite/bigCorpus/): writes 1,000 BSNLP
 * articles (test/fixtures/bsnlpCorpus.mjs, from ../shared beside the repository) into a temporary folder, opens
 * it in a real VS Code with run.mjs, and removes it afterwards. Without ../shared the run fails (one failed
 * test); it never passes on nothing.
 *
 * Usage (after `npx tsc -p .` and `node esbuild.mjs`): node test/integration/bigCorpus.mjs [--verbose]
 * stdout: as run.mjs, ending with `N passed, N failed`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { writeBsnlpCorpus } from '../fixtures/bsnlpCorpus.mjs';
import { REPO_ROOT } from './codeServer.mjs';
import { runIntegration } from './run.mjs';

export const BIG_CORPUS_ARTICLES = 1000;
const SUITE = path.join(REPO_ROOT, 'out', 'test', 'integration', 'suite', 'bigCorpus', 'index.js');

/**
 * @param {{ verbose?: boolean }} [o]
 * @returns {Promise<import('./run.mjs').RunResult>}
 */
export async function runBigCorpusIntegration(o = {}) {
  const t0 = Date.now();
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'corpus-nav-bsnlp-'));
  try {
    writeBsnlpCorpus(folder, { count: BIG_CORPUS_ARTICLES });
  } catch (err) {
    fs.rmSync(folder, { recursive: true, force: true });
    const error = err instanceof Error ? err.message : String(err);
    process.stderr.write(`[integration] ERROR: ${error}\n`);
    return { passed: 0, failed: 1, ok: false, error, seconds: (Date.now() - t0) / 1000, peakMemoryMiB: 0 };
  }
  try {
    return await runIntegration({ folder, extensionTestsPath: SUITE, verbose: o.verbose });
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(fs.realpathSync(process.argv[1])).href) {
  const { values } = parseArgs({ options: { verbose: { type: 'boolean' } } });
  const r = await runBigCorpusIntegration({ verbose: values.verbose });
  process.stdout.write(`${r.passed} passed, ${r.failed} failed\n`);
  process.exitCode = r.ok ? 0 : 1;
}
