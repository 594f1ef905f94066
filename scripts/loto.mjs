#!/usr/bin/env node
/**
 * Leave-one-topic-out evaluation of the name tagger: for each bsnlp-train topic T, trains without T
 * (`scripts/train.mjs --exclude-topic T`), then scores T with the rules alone (CORPUS_NAV_MODEL=none) and with
 * rules + that model, and prints both rows. Build first (`node esbuild.mjs`).
 *
 * Usage: node scripts/loto.mjs [--only brexit,asia_bibi] [--dir /tmp/loto]
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { COLUMNS, ROOT, scoreRow, TOPICS } from './scoreRow.mjs';

const { values } = parseArgs({ options: { only: { type: 'string' }, dir: { type: 'string', default: path.join(ROOT, 'out', 'loto') } } });
const topics = values.only ? values.only.split(',') : TOPICS;
fs.mkdirSync(values.dir, { recursive: true });

process.stdout.write(`${['topic', 'run', ...COLUMNS].join('\t')}\n`);
for (const topic of topics) {
  const model = path.join(values.dir, `without-${topic}.b64`);
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'train.mjs'), '--exclude-topic', topic, '--out', model, '--quiet'], { stdio: 'inherit' });
  for (const [run, choice] of [['rules', 'none'], ['rules+model', model]]) {
    const cmd = `CORPUS_NAV_MODEL=${choice} node ${path.join(ROOT, 'dist', 'cli.js')} extract {dir} --format json`;
    const { cells } = scoreRow({ gold: 'bsnlp-train.json', topic, cmd });
    const row = [topic, run, ...cells];
    process.stdout.write(`${row.join('\t')}\n`);
  }
}
