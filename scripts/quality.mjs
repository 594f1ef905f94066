#!/usr/bin/env node
/**
 * `npm run quality`: the issue-10 table in one run. Scores `corpus-nav extract` with ../shared/eval/score.mjs on
 * every topic of bsnlp-train.json (each topic its own corpus), factru-dev.json, ner-uk-dev.json and the seeds,
 * and prints one row each: PER/LOC/ORG strict F1 per language, base forms, linking B³ and the people audit.
 * The shipped model was trained on bsnlp-train and factru: their rows are not held out (scripts/loto.mjs is).
 *
 * Usage: node scripts/quality.mjs [--only seeds,factru,ner-uk,brexit,…] [--cmd 'CMD {dir}'] [--json FILE]
 * (build first: `node esbuild.mjs`).
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { COLUMNS, ROOT, SCORER, scoreRow, TOPICS } from './scoreRow.mjs';

const { values } = parseArgs({ options: { only: { type: 'string' }, cmd: { type: 'string' }, json: { type: 'string' } } });
const cmd = values.cmd ?? `node ${path.join(ROOT, 'dist', 'cli.js')} extract {dir} --format json`;
if (!fs.existsSync(SCORER)) {
  process.stderr.write(`quality: the scorer ${SCORER} is missing (shared/ must sit beside the repository)\n`);
  process.exit(2);
}

/** @type {{name: string, gold: string, topic?: string}[]} */
const RUNS = [
  { name: 'seeds', gold: 'seeds.json' },
  ...TOPICS.map((topic) => ({ name: topic, gold: 'bsnlp-train.json', topic })),
  { name: 'factru', gold: 'factru-dev.json' },
  { name: 'ner-uk', gold: 'ner-uk-dev.json' },
];
const only = values.only ? new Set(values.only.split(',')) : null;

const results = [];
process.stdout.write(`${['corpus', ...COLUMNS, 's'].join('\t')}\n`);
for (const run of RUNS) {
  if (only && !only.has(run.name)) continue;
  const { json, cells } = scoreRow({ gold: run.gold, topic: run.topic, cmd });
  results.push({ ...run, result: json });
  process.stdout.write(`${[run.name, ...cells, json.seconds.toFixed(1)].join('\t')}\n`);
}
if (values.json) fs.writeFileSync(values.json, JSON.stringify(results, null, 1));
