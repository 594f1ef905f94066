// Mocha entry for the run on test/fixtures/plain-repo, a code repository with a README: see notCorpus.spec.ts.
import { runSpecs } from '../index';

export function run(): Promise<void> {
  return runSpecs(__dirname);
}
