// What the engine and worker tests share: the sample articles as files, and a log that fails on any error.
import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClientLog } from '../../src/vscode/indexClient';
import { SAMPLES } from './samples';

/** [path, text] of every sample article. */
export const SAMPLE_FILES: [string, string][] = readdirSync(SAMPLES)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => [name, readFileSync(join(SAMPLES, name), 'utf8')]);

export const silentLog: ClientLog = { info: () => undefined, error: (message) => assert.fail(`logged an error: ${message}`) };
