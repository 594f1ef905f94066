// Bundles the extension host entries (Node and web), the indexing worker, the CLI and the browser core. `--watch` rebuilds on change.
// Imported by test/integration/worker.mjs for BROWSER_OPTIONS, so it builds only when run as a script.
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const NODE_BUILTINS = new Set(builtinModules);

/**
 * esbuild on platform 'browser' already rejects a bare `fs`, but a dependency's "browser" field can map a
 * built-in to an empty stub and the bundle would then fail only at run time, in the browser. This refuses
 * every built-in before any mapping, naming the importer.
 * @type {esbuild.Plugin}
 */
export const noNodeBuiltins = {
  name: 'no-node-builtins',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      const name = args.path.startsWith('node:') ? args.path.slice(5) : args.path.split('/')[0];
      if (!args.path.startsWith('node:') && !NODE_BUILTINS.has(name)) return undefined;
      return { errors: [{ text: `Node built-in "${args.path}" imported by ${args.importer || '(entry)'}; the browser bundles must not use Node APIs` }] };
    });
  },
};

/**
 * A module `X.ts` with an `X.web.ts` next to it is replaced by that file in the browser bundles: the web variant
 * of something the desktop does with Node (e.g. localLinkTarget.ts asks the disk where a symbolic link leads).
 * @type {esbuild.Plugin}
 */
const webVariants = {
  name: 'web-variants',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => {
      const variant = path.join(args.resolveDir, `${args.path}.web.ts`);
      return fs.existsSync(variant) ? { path: variant } : undefined;
    });
  },
};

/** What every browser bundle shares; the worker test builds a probe with it to see the guard refuse a built-in. */
export const BROWSER_OPTIONS = { platform: 'browser', target: 'es2022', plugins: [webVariants, noNodeBuiltins] };

/**
 * The Node bundles target ES2022 (all of it runs on Node 20), not `node20`: for Node targets esbuild rewrites every
 * regular expression with a Unicode property escape (/^\p{Lu}/u) into `new RegExp(…)`, built again at each call of
 * the function holding it, and the extractors ask such patterns per token (measured: 3 such calls left of 72, about
 * 0.2 s less CPU over the 950 bsnlp-train articles).
 * @type {esbuild.BuildOptions[]}
 */
const targets = [
  {
    entryPoints: ['src/vscode/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    target: 'es2022',
    format: 'cjs',
    external: ['vscode'],
  },
  // The indexing worker the extension starts on a worker_threads thread (src/vscode/engineChannel.ts); it starts its
  // extraction threads from this same file.
  {
    entryPoints: ['src/node/indexWorker.ts'],
    outfile: 'dist/indexWorker.js',
    platform: 'node',
    target: 'es2022',
    format: 'cjs',
  },
  {
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    target: 'es2022',
    format: 'cjs',
    banner: { js: '#!/usr/bin/env node' },
  },
  // The web extension host loads `browser` in a Web Worker as CommonJS with `vscode` provided.
  {
    ...BROWSER_OPTIONS,
    entryPoints: ['src/vscode/extension.ts'],
    outfile: 'dist/web/extension.js',
    format: 'cjs',
    external: ['vscode'],
  },
  // The web build's indexing worker (src/vscode/engineChannel.web.ts). A classic script, not a module: VS Code's
  // web extension host starts a worker by importScripts of the URL it is given.
  {
    ...BROWSER_OPTIONS,
    entryPoints: ['src/web/indexWorker.ts'],
    outfile: 'dist/web/indexWorker.js',
    format: 'iife',
  },
  // The pages of the pictures' webviews (src/vscode/pictures/): each src/webview/<name>.ts is one page's script,
  // loaded by <script src> under a nonce (a classic script); src/webview/shared/ holds what they share.
  {
    ...BROWSER_OPTIONS,
    entryPoints: fs
      .readdirSync('src/webview')
      .filter((f) => f.endsWith('.ts'))
      .map((f) => `src/webview/${f}`),
    outdir: 'dist/webview',
    format: 'iife',
  },
  // The core alone, for a page or worker of one's own (and for the worker test); not packaged.
  {
    ...BROWSER_OPTIONS,
    entryPoints: ['src/web/core.ts'],
    outfile: 'dist/web/core.js',
    format: 'esm',
  },
];

const production = process.argv.includes('--production');
const common = { bundle: true, sourcemap: !production, minify: production, logLevel: 'warning' };

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes('--watch')) {
    for (const t of targets) await (await esbuild.context({ ...common, ...t })).watch();
  } else {
    await Promise.all(targets.map((t) => esbuild.build({ ...common, ...t })));
  }
}
