/**
 * Mocha entry for the suites that need a big real corpus open instead of the samples: 1,000 BSNLP articles
 * written by test/fixtures/bsnlpCorpus.mjs (test/integration/bigCorpus.mjs writes them and runs this entry).
 */
import { runSpecsIn } from '../index';

export function run(): Promise<void> {
  return runSpecsIn(__dirname);
}
