#!/usr/bin/env node
/**
 * `npm run quality`: the issue-10 table in one run. Scores `corpus-nav extract` with ../shared/eval/score.mjs on
 * every topic of bsnlp-train.json (each topic its own corpus), factru-dev.json, ner-uk-dev.json and the seeds,
 * and prints one row each: PER/LOC/ORG strict F1 per language, base forms, linking B³ and the people audit.
 *
 * Usage: node scripts/quality.mjs [--only seeds,factru,ner-uk,brexit,…] [--cmd 'CMD {dir}'] [--json FILE]
 * (build first: `node esbuild.mjs`). The scorer is run as it is, so these are the numbers anyone gets with it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(import.meta.dirname, '..');
const SHARED = path.resolve(ROOT, '..', 'shared');
const SCORER = path.join(SHARED, 'eval', 'score.mjs');
const TOPICS = ['covid-19', 'brexit', 'asia_bibi', 'ryanair', 'nord_stream', 'russia_-_ukraine_war'];

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

/** @param {any} j @param {string} key */
const f1 = (j, key) => {
  const row = j.rows.find((/** @type {any} */ r) => r.key === key);
  return row && row.gold > 0 ? (100 * row.strict.f).toFixed(1) : '—';
};
const pct = (/** @type {number | undefined} */ x) => (x === undefined || Number.isNaN(x) ? '—' : (100 * x).toFixed(1));

const results = [];
const header = ['corpus', 'PER ru', 'PER uk', 'base', 'link B³', 'audit', 'LOC ru', 'LOC uk', 'ORG ru', 'ORG uk', 's'];
process.stdout.write(`${header.join('\t')}\n`);
for (const run of RUNS) {
  if (only && !only.has(run.name)) continue;
  const args = [SCORER, '--gold', path.join(SHARED, 'gold', run.gold), '--cmd', cmd, '--json', '--audit', '30'];
  if (run.topic) args.push('--topic', run.topic);
  const j = JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] }));
  results.push({ ...run, result: j });
  const row = [
    run.name,
    f1(j, 'ru|PER'),
    f1(j, 'uk|PER'),
    pct(j.lemma?.n ? j.lemma.acc : undefined),
    pct(j.link?.b3?.f),
    j.audit ? String(j.audit.wrong) : '—',
    f1(j, 'ru|LOC'),
    f1(j, 'uk|LOC'),
    f1(j, 'ru|ORG'),
    f1(j, 'uk|ORG'),
    j.seconds.toFixed(1),
  ];
  process.stdout.write(`${row.join('\t')}\n`);
}
if (values.json) fs.writeFileSync(values.json, JSON.stringify(results, null, 1));
