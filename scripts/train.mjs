#!/usr/bin/env node
/**
 * `npm run train`: trains the name tagger (src/core/model/) on ../shared/gold/bsnlp-train.json and
 * factru-dev.json and writes its weights to src/core/model/weights.ts, which the bundles include. Never on
 * ner-uk-dev.json: its licence (CC BY-NC-SA) forbids shipping weights learned from it. Deterministic: the same
 * gold files give byte-identical weights.
 *
 * Usage: node scripts/train.mjs [--exclude-topic T[,T2]] [--exclude-gold FILE] [--out FILE] [--epochs N] [--bits B] [--quiet]
 *   --exclude-topic  leave bsnlp topics out (leave-one-topic-out evaluation); requires --out
 *   --exclude-gold   leave out every document of a gold file (a held-out fold, e.g. half of factru); requires --out
 *   --out FILE       write the encoded weights (base64 text) to FILE instead, for CORPUS_NAV_MODEL=FILE
 * Then: node ../shared/eval/score.mjs --gold ../shared/gold/bsnlp-train.json --topic T \
 *         --cmd 'CORPUS_NAV_MODEL=FILE node dist/cli.js extract {dir} --format json'
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';

const ROOT = path.resolve(import.meta.dirname, '..');
const GOLD = path.resolve(ROOT, '..', 'shared', 'gold');
const TRAINING_FILES = ['bsnlp-train.json', 'factru-dev.json'];
const WEIGHTS_MODULE = path.join(ROOT, 'src', 'core', 'model', 'weights.ts');

const { values } = parseArgs({
  options: {
    'exclude-topic': { type: 'string' },
    'exclude-gold': { type: 'string' },
    out: { type: 'string' },
    epochs: { type: 'string' },
    bits: { type: 'string' },
    quiet: { type: 'boolean' },
  },
});
const excluded = new Set(values['exclude-topic']?.split(',').filter(Boolean) ?? []);
const excludedIds = new Set(values['exclude-gold'] ? JSON.parse(fs.readFileSync(values['exclude-gold'], 'utf8')).docs.map((/** @type {{id: string}} */ d) => d.id) : []);
if ((excluded.size > 0 || excludedIds.size > 0) && !values.out) {
  process.stderr.write('train: a held-out model goes elsewhere; give --out FILE so the shipped weights stay as they are\n');
  process.exit(2);
}

// The trainer is TypeScript in the core: bundle it for Node once, then import it.
// One file per process: leave-one-topic-out runs train several models at once.
const bundle = path.join(ROOT, 'out', `train-${process.pid}.bundle.mjs`);
await esbuild.build({ entryPoints: [path.join(ROOT, 'src', 'core', 'model', 'train.ts')], outfile: bundle, bundle: true, platform: 'node', format: 'esm', logLevel: 'warning' });
const { train, encodeWeights, DEFAULT_TRAINING } = await import(pathToFileURL(bundle).href);
fs.rmSync(bundle);

const documents = [];
for (const file of TRAINING_FILES) {
  const gold = JSON.parse(fs.readFileSync(path.join(GOLD, file), 'utf8'));
  for (const doc of gold.docs) if (!excluded.has(doc.topic) && !excludedIds.has(doc.id)) documents.push({ id: doc.id, text: doc.text, mentions: doc.mentions });
}
// A fixed order, whatever order the files list them in.
documents.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

const options = { ...DEFAULT_TRAINING };
if (values.epochs) options.epochs = Number(values.epochs);
if (values.bits) options.bits = Number(values.bits);
const log = values.quiet ? () => undefined : (/** @type {string} */ line) => process.stderr.write(`train: ${line}\n`);
const t0 = performance.now();
const weights = train(documents, options, log);
const encoded = encodeWeights(weights);
log(`${documents.length} documents${excluded.size ? ` (without ${[...excluded].join(', ')})` : ''}${excludedIds.size ? ` (without ${excludedIds.size} held out)` : ''}, ${((performance.now() - t0) / 1000).toFixed(1)} s, ${(encoded.length / 1024).toFixed(0)} KiB encoded`);

if (values.out) fs.writeFileSync(values.out, encoded);
else {
  fs.writeFileSync(
    WEIGHTS_MODULE,
    `// Written by \`npm run train\` (scripts/train.mjs) from ${TRAINING_FILES.join(' and ')}; do not edit.\n` +
      `export const MODEL_WEIGHTS =\n  '${encoded}';\n`,
  );
  log(`wrote ${path.relative(ROOT, WEIGHTS_MODULE)}`);
}
