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

const ROOT = path.resolve(import.meta.dirname, '..');
const SCORER = path.resolve(ROOT, '..', 'shared', 'eval', 'score.mjs');
const GOLD = path.resolve(ROOT, '..', 'shared', 'gold', 'bsnlp-train.json');
const TOPICS = ['covid-19', 'brexit', 'asia_bibi', 'ryanair', 'nord_stream', 'russia_-_ukraine_war'];

const { values } = parseArgs({ options: { only: { type: 'string' }, dir: { type: 'string', default: path.join(ROOT, 'out', 'loto') } } });
const topics = values.only ? values.only.split(',') : TOPICS;
fs.mkdirSync(values.dir, { recursive: true });

/** @param {any} j @param {string} key */
const f1 = (j, key) => {
  const row = j.rows.find((/** @type {any} */ r) => r.key === key);
  return row && row.gold > 0 ? (100 * row.strict.f).toFixed(1) : '—';
};
const pct = (/** @type {number | undefined} */ x) => (x === undefined || Number.isNaN(x) ? '—' : (100 * x).toFixed(1));

process.stdout.write(`${['topic', 'run', 'PER ru', 'PER uk', 'base', 'link B³', 'audit', 'LOC ru', 'LOC uk', 'ORG ru', 'ORG uk'].join('\t')}\n`);
for (const topic of topics) {
  const model = path.join(values.dir, `without-${topic}.b64`);
  execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'train.mjs'), '--exclude-topic', topic, '--out', model, '--quiet'], { stdio: 'inherit' });
  for (const [run, choice] of [['rules', 'none'], ['rules+model', model]]) {
    const cmd = `CORPUS_NAV_MODEL=${choice} node ${path.join(ROOT, 'dist', 'cli.js')} extract {dir} --format json`;
    const out = execFileSync(process.execPath, [SCORER, '--gold', GOLD, '--topic', topic, '--cmd', cmd, '--json', '--audit', '30'], { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] });
    const j = JSON.parse(out);
    const row = [topic, run, f1(j, 'ru|PER'), f1(j, 'uk|PER'), pct(j.lemma?.n ? j.lemma.acc : undefined), pct(j.link?.b3?.f), j.audit ? String(j.audit.wrong) : '—', f1(j, 'ru|LOC'), f1(j, 'uk|LOC'), f1(j, 'ru|ORG'), f1(j, 'uk|ORG')];
    process.stdout.write(`${row.join('\t')}\n`);
  }
}
