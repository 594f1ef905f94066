#!/usr/bin/env node
// The corpus-wide build step by step (scripts/bench/buildSteps.ts), for working on its speed:
//   node scripts/bench/buildSteps.mjs [--size 10000] [--edits 5] [--hashes FILE] [--edits-profile FILE] [-- NODE_OPTIONS…]
// Bundles buildSteps.ts with the build's step functions wrapped in a timer, on the benchmark's corpus of that size
// (scripts/bench/corpus.mjs, cached in the temp folder), and runs it in a child process (extra Node options after
// `--`, e.g. --cpu-prof). The first run on a corpus extracts every article (a minute at 10,000) and caches it.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';
import { benchCorpus } from './corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The steps timed: the functions CorpusModel.link and buildData call, by the module that exports them. */
const TIMED = {
  'extract/dates.ts': ['corpusDatesBy'],
  'link/placeHomographs.ts': ['withoutPlaceFirstNames'],
  'link/reconcileNames.ts': ['surnameLexicon', 'knownFullNames', 'reconcileNames'],
  'link/adjacentNames.ts': ['joinAdjacentNames'],
  'link/restatedNames.ts': ['markRestatedNames'],
  'link/people.ts': ['linkPeople'],
  'extract/placesOrgs.ts': ['linkPlacesOrgs'],
  'extract/roles.ts': ['attachRoles'],
  'corrections.ts': ['applyCorrections'],
  'events/assemble.ts': ['assembleEvents'],
};

const TIMER = `globalThis.__buildSteps = (() => {
  let totals = new Map();
  const wrap = (name, f) => function (...args) {
    const t0 = performance.now();
    try { return f.apply(this, args); } finally { totals.set(name, (totals.get(name) ?? 0) + performance.now() - t0); }
  };
  return {
    wrap,
    wrapMethod(owner, name) { owner[name] = wrap(name, owner[name]); },
    reset() { totals = new Map(); },
    report() { return [...totals].map(([name, ms]) => name + ' ' + ms.toFixed(0)).join(', '); },
  };
})();`;

/** Rebinds each timed function after its module's code: importers see the wrapped one (live bindings). */
const timedSteps = {
  name: 'timed-steps',
  setup(build) {
    build.onLoad({ filter: /src[\\/]core[\\/].*\.ts$/ }, (args) => {
      const names = TIMED[args.path.replace(/\\/g, '/').split('/src/core/')[1]];
      if (!names) return undefined;
      const wraps = names.map((name) => `${name} = (globalThis as any).__buildSteps.wrap('${name}', ${name});`);
      return { contents: `${readFileSync(args.path, 'utf8')}\n${wraps.join('\n')}\n`, loader: 'ts' };
    });
  },
};

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { size: { type: 'string', default: '10000' }, edits: { type: 'string', default: '5' }, hashes: { type: 'string' }, 'edits-profile': { type: 'string' } },
});
const outfile = join(tmpdir(), `corpus-nav-build-steps-${process.pid}.mjs`);
await esbuild.build({
  entryPoints: [join(root, 'scripts', 'bench', 'buildSteps.ts')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile,
  plugins: [timedSteps],
  banner: { js: `${TIMER}\nimport { createRequire } from 'node:module'; const require = createRequire(import.meta.url);` },
  logLevel: 'warning',
});
const corpus = benchCorpus(root, Number(values.size));
const run = spawnSync(
  process.execPath,
  ['--max-old-space-size=8000', ...positionals, outfile, corpus.dir, values.edits, values.hashes ?? '', values['edits-profile'] ?? ''],
  { stdio: 'inherit' },
);
rmSync(outfile, { force: true });
process.exit(run.status ?? 1);
