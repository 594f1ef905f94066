#!/usr/bin/env node
// The per-article extraction's speed on one core: `parseArticle` + `findInArticle` over the first files of the
// bench's 10,000-article corpus (made or found cached by scripts/bench/corpus.mjs), timed in CPU time on one
// thread (--single-threaded: no parallel garbage collection or background compilation). The module's start (its
// lexicons and tables) is timed apart from the articles, as an extraction thread pays it once.
//   node scripts/extractSpeed.mjs [--files N] [--repeat N] [--prof DIR]
//   (default: 2,000 files, 3 runs, the best kept; --prof writes a V8 CPU profile of one run to DIR)
import { execFileSync } from 'node:child_process';
import * as esbuild from 'esbuild';
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchCorpus } from './bench/corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const files = Number(option('--files', 2000));
const repeat = Number(option('--repeat', 3));
const profileDir = option('--prof', undefined);

const corpus = benchCorpus(root, 10000);
if (profileDir) mkdirSync(profileDir, { recursive: true });
const temp = mkdtempSync(join(tmpdir(), 'corpus-extract-speed-'));
// Beside a profile, the probe stays: the profile's lines point into it.
const probe = join(profileDir ?? temp, 'probe.js');
await esbuild.build({
  stdin: {
    resolveDir: root,
    loader: 'ts',
    contents: `
      import { readdirSync, readFileSync } from 'node:fs';
      import { join } from 'node:path';
      const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
      const t0 = cpu();
      const { parseArticle } = require('./src/core/article');
      const { findInArticle } = require('./src/core/pipeline');
      const [dir, count] = [process.argv[2], Number(process.argv[3])];
      const names = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().slice(0, count);
      const texts = names.map((f) => readFileSync(join(dir, f), 'utf8'));
      const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
      const t1 = cpu();
      let found = 0;
      texts.forEach((text, i) => { const f = findInArticle(parseArticle(names[i], text)); found += f.named.length + f.placesOrgs.length; });
      const ms = cpu() - t1;
      console.log(JSON.stringify({ initMs: t1 - t0, ms, articles: texts.length, bytes, found }));`,
  },
  bundle: true,
  platform: 'node',
  target: 'es2022',
  format: 'cjs',
  outfile: probe,
  sourcemap: profileDir !== undefined,
  logLevel: 'warning',
});
const run = (extra) => JSON.parse(execFileSync(process.execPath, ['--single-threaded', ...extra, probe, corpus.dir, String(files)], { encoding: 'utf8' }));
const runs = Array.from({ length: repeat }, () => run([]));
if (profileDir) {
  run(['--cpu-prof', '--cpu-prof-dir', profileDir]);
  console.log(`profile: ${join(profileDir, readdirSync(profileDir).filter((f) => f.endsWith('.cpuprofile')).sort().pop())}`);
}
const best = runs.reduce((a, b) => (a.ms < b.ms ? a : b));
rmSync(temp, { recursive: true, force: true });
const mb = best.bytes / 1e6;
console.log(
  `extraction: ${best.articles} articles, ${mb.toFixed(1)} MB, ${best.found} mentions found: ${best.ms.toFixed(0)} ms CPU ` +
    `(best of ${repeat}: ${runs.map((r) => r.ms.toFixed(0)).join(', ')}), ${(best.ms / mb).toFixed(0)} ms/MB; module start ${best.initMs.toFixed(0)} ms`,
);
