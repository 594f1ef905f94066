#!/usr/bin/env node
// The model stage's speed on one core: the rules run first (untimed, as in the pipeline, where they warm the
// shared word caches), then the tagger stage over every article, timed in CPU time, on one thread
// (--single-threaded: no parallel garbage collection or background compilation).
//   node scripts/modelSpeed.mjs [--gold PATH] [--repeat N]     (default: ../shared/gold/bsnlp-train.json, 3 runs, best kept)
import { execFileSync } from 'node:child_process';
import * as esbuild from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const gold = option('--gold', join(root, '..', 'shared', 'gold', 'bsnlp-train.json'));
const repeat = Number(option('--repeat', 3));

const temp = mkdtempSync(join(tmpdir(), 'corpus-model-speed-'));
const docs = JSON.parse(readFileSync(gold, 'utf8')).docs;
writeFileSync(join(temp, 'texts.json'), JSON.stringify(docs.map((d) => d.text)));
const probe = join(temp, 'probe.js');
await esbuild.build({
  stdin: {
    resolveDir: root,
    loader: 'ts',
    contents: `
      import { readFileSync } from 'node:fs';
      import { parseArticle } from './src/core/article';
      import { findNamedPeople } from './src/core/extract/people';
      import { findPlacesOrgs } from './src/core/extract/placesOrgs';
      import { resolveOverlaps } from './src/core/extract/overlaps';
      import { activeModel } from './src/core/model/active';
      import { withModelMentions } from './src/core/model/stage';
      const articles = JSON.parse(readFileSync(process.argv[2], 'utf8')).map((text, i) => parseArticle(i + '.txt', text));
      const rules = articles.map((a) => resolveOverlaps(findNamedPeople(a), findPlacesOrgs(a)));
      const cpu = () => process.cpuUsage().user / 1000;
      const t0 = cpu();
      const weights = activeModel();
      articles.forEach((a, i) => withModelMentions(a, rules[i], weights));
      const ms = cpu() - t0;
      console.log(JSON.stringify({ ms, articles: articles.length, tokens: articles.reduce((n, a) => n + a.tokens.length, 0) }));`,
  },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile: probe,
  logLevel: 'warning',
});
const runs = Array.from({ length: repeat }, () => JSON.parse(execFileSync(process.execPath, ['--single-threaded', probe, join(temp, 'texts.json')], { encoding: 'utf8' })));
const best = runs.reduce((a, b) => (a.ms < b.ms ? a : b));
rmSync(temp, { recursive: true, force: true });
console.log(`model stage: ${best.articles} articles, ${best.tokens} tokens, ${best.ms.toFixed(0)} ms CPU (best of ${repeat}): ${Math.round(best.tokens / (best.ms / 1000))} tokens/s, ${Math.round(best.articles / (best.ms / 1000))} articles/s on one core`);
