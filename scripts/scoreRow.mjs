// One row of the quality tables (scripts/quality.mjs, scripts/loto.mjs): the shared scorer run once, read into
// the columns issue 10 reports. Runs ../shared/eval/score.mjs as it is, so anyone gets the same numbers with it.
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');
export const SHARED = path.resolve(ROOT, '..', 'shared');
export const SCORER = path.join(SHARED, 'eval', 'score.mjs');
export const TOPICS = ['covid-19', 'brexit', 'asia_bibi', 'ryanair', 'nord_stream', 'russia_-_ukraine_war'];
export const COLUMNS = ['PER ru', 'PER uk', 'base', 'link B³', 'audit', 'LOC ru', 'LOC uk', 'ORG ru', 'ORG uk'];

/** @param {any} j @param {string} key */
const f1 = (j, key) => {
  const row = j.rows.find((/** @type {any} */ r) => r.key === key);
  return row && row.gold > 0 ? (100 * row.strict.f).toFixed(1) : '—';
};
const pct = (/** @type {number | undefined} */ x) => (x === undefined || Number.isNaN(x) ? '—' : (100 * x).toFixed(1));

/**
 * Scores `cmd` (with `{dir}`) on a gold file, optionally one topic, with the top-30 people audit.
 * @param {{gold: string, topic?: string, cmd: string}} run
 * @returns {{json: any, cells: string[]}} the scorer's JSON and the row's cells, in COLUMNS order
 */
export function scoreRow({ gold, topic, cmd }) {
  const args = [SCORER, '--gold', path.join(SHARED, 'gold', gold), '--cmd', cmd, '--json', '--audit', '30'];
  if (topic) args.push('--topic', topic);
  const json = JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] }));
  const cells = [
    f1(json, 'ru|PER'),
    f1(json, 'uk|PER'),
    pct(json.lemma?.n ? json.lemma.acc : undefined),
    pct(json.link?.b3?.f),
    json.audit ? String(json.audit.wrong) : '—',
    f1(json, 'ru|LOC'),
    f1(json, 'uk|LOC'),
    f1(json, 'ru|ORG'),
    f1(json, 'uk|ORG'),
  ];
  return { json, cells };
}
