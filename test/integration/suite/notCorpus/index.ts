// Mocha entry for the run on test/fixtures/plain-repo, a code repository with a README: see notCorpus.spec.ts.
import { runSpecsIn } from '../index';

export function run(): Promise<void> {
  return runSpecsIn(__dirname);
}
