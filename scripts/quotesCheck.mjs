#!/usr/bin/env node
/**
 * Who said what on 100 real articles, against the verdicts given by hand in test/fixtures/bsnlpQuotesCheck.json:
 * writes the first 50 Russian and 50 Ukrainian brexit documents of ../shared/gold/bsnlp-train.json to a temporary
 * folder, runs `corpus-nav extract` on it, and prints the precision of the quotes checked, and every quote found
 * that has no verdict yet (to check by hand and add) or that has one but was not found any more.
 *
 * Usage: node scripts/quotesCheck.mjs   (build first: `node esbuild.mjs`)
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const GOLD = path.join(ROOT, '..', 'shared', 'gold', 'bsnlp-train.json');
const CHECK = path.join(ROOT, 'test', 'fixtures', 'bsnlpQuotesCheck.json');
const PER_LANGUAGE = 50;

if (!fs.existsSync(GOLD)) {
  process.stderr.write(`quotesCheck: ${GOLD} is missing (shared/ must sit beside the repository)\n`);
  process.exit(2);
}
const docs = JSON.parse(fs.readFileSync(GOLD, 'utf8')).docs.filter((d) => d.topic === 'brexit');
const chosen = [...docs.filter((d) => d.lang === 'ru').slice(0, PER_LANGUAGE), ...docs.filter((d) => d.lang === 'uk').slice(0, PER_LANGUAGE)];
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'quotes-check-'));
try {
  for (const d of chosen) fs.writeFileSync(path.join(dir, `${d.id.replace(/[^\p{L}\p{N}._-]/gu, '__')}.txt`), d.text);
  const out = JSON.parse(execFileSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), 'extract', dir, '--format', 'json'], { maxBuffer: 1 << 28, encoding: 'utf8' }));
  const names = new Map(out.entities.map((e) => [e.id, e.name]));
  const checked = JSON.parse(fs.readFileSync(CHECK, 'utf8')).quotes;
  const key = (q) => `${q.doc} ${q.start}-${q.end} ${q.speaker}`;
  const verdicts = new Map(checked.map((q) => [key(q), q.verdict]));
  const found = out.quotes.map((q) => ({ ...q, speaker: names.get(q.speaker) ?? q.speaker }));
  const seen = new Set(found.map(key));
  const judged = found.filter((q) => verdicts.has(key(q)));
  const right = judged.filter((q) => verdicts.get(key(q)).startsWith('right')).length;
  console.log(`${found.length} quotes in ${chosen.length} articles; ${judged.length} with a verdict, ${right} right: precision ${((100 * right) / Math.max(1, judged.length)).toFixed(1)}%`);
  for (const q of found.filter((x) => !verdicts.has(key(x)))) console.log(`  unchecked: ${key(q)}`);
  for (const q of checked.filter((x) => !seen.has(key(x)))) console.log(`  no longer found (${q.verdict}): ${key(q)}`);
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
