#!/usr/bin/env node
/**
 * The core in a real browser: runs dist/web/core.js inside a module Web Worker in headless Chromium on the
 * sample corpus and checks that it answers exactly what the CLI answers in Node for the same files. A core
 * that used a Node API fails twice over: the browser build refuses Node built-ins (checked here with a probe),
 * and a Node global (`process`, `Buffer`, …) is a ReferenceError in the worker.
 *
 * The page, the worker (test/fixtures/worker/extract.worker.js), the bundle and the corpus files are served by
 * a throwaway HTTP server on 127.0.0.1: a module worker needs a real origin, and fetching the files as bytes
 * puts the browser's own TextDecoder on the decoding path.
 *
 * Usage (after `node esbuild.mjs`; Chromium from scripts/ensure-vscode-host.mjs):
 *   node test/integration/worker.mjs [--folder samples/paris-2026-01]
 * stdout: one line per check, then `N passed, N failed` last. Exit code 0 only if every check passed.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { BROWSER_OPTIONS } from '../../esbuild.mjs';
import { REPO_ROOT, launchChromium } from './codeServer.mjs';

const CORE_BUNDLE = path.join(REPO_ROOT, 'dist', 'web', 'core.js');
const WEB_EXTENSION = path.join(REPO_ROOT, 'dist', 'web', 'extension.js');
const WORKER_SCRIPT = path.join(REPO_ROOT, 'test', 'fixtures', 'worker', 'extract.worker.js');
const WORKER_TIMEOUT_MS = 30_000;

/**
 * What the worker posts back.
 * @typedef {{ok: true, inWorker: boolean, nodeGlobals: string[], json: string} | {ok: false, error: string}} WorkerReply
 */

/** @param {string} dir @param {string} [prefix] @returns {string[]} corpus-relative paths of every file, sorted */
function listFiles(dir, prefix = '') {
  return fs
    .readdirSync(path.join(dir, prefix), { withFileTypes: true })
    .flatMap((e) => {
      const rel = prefix ? `${prefix}/${e.name}` : e.name;
      return e.isDirectory() ? listFiles(dir, rel) : e.isFile() ? [rel] : [];
    })
    .sort();
}

/**
 * Serves the page, the worker, the bundle and the corpus; nothing else.
 * @param {string} folder @returns {Promise<{url: string, close: () => Promise<void>}>}
 */
async function serve(folder) {
  /** @type {Record<string, [string, string]>} */
  const fixed = {
    '/': ['', 'text/html'],
    '/core.js': [CORE_BUNDLE, 'text/javascript'],
    '/extract.worker.js': [WORKER_SCRIPT, 'text/javascript'],
  };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (/** @type {number} */ status, /** @type {string} */ type, /** @type {string | Buffer} */ body) => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(body);
    };
    const entry = fixed[url.pathname];
    if (entry) return send(200, entry[1], entry[0] ? fs.readFileSync(entry[0]) : '<!doctype html><title>core in a worker</title>');
    if (url.pathname.startsWith('/corpus/')) {
      const file = path.resolve(folder, decodeURIComponent(url.pathname.slice('/corpus/'.length)));
      if (file.startsWith(folder + path.sep) && fs.existsSync(file)) return send(200, 'application/octet-stream', fs.readFileSync(file));
    }
    send(404, 'text/plain', `not found: ${url.pathname}`);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return { url: `http://127.0.0.1:${port}/`, close: () => new Promise((resolve) => server.close(() => resolve(undefined))) };
}

/** @param {string} url @param {string[]} paths @returns {Promise<WorkerReply>} */
async function extractInWorker(url, paths) {
  const browser = await launchChromium();
  try {
    await browser.page.goto(url);
    return await browser.page.evaluate(
      ([files, timeoutMs]) =>
        new Promise((resolve, reject) => {
          const worker = new Worker('extract.worker.js', { type: 'module' });
          const timer = setTimeout(() => reject(new Error(`no answer from the worker in ${timeoutMs} ms`)), timeoutMs);
          worker.onmessage = (e) => {
            clearTimeout(timer);
            worker.terminate();
            resolve(e.data);
          };
          // A module that fails to load or throws at top level reaches the page only as this event.
          worker.onerror = (e) => {
            clearTimeout(timer);
            reject(new Error(`worker error: ${e.message || 'the worker script failed to load'}${e.filename ? ` (${e.filename}:${e.lineno})` : ''}`));
          };
          worker.postMessage({ paths: files });
        }),
      /** @type {[string[], number]} */ ([paths, WORKER_TIMEOUT_MS]),
    );
  } finally {
    await browser.stop();
  }
}

/** @param {string} folder @returns {Promise<{code: number | null, stdout: string, stderr: string}>} */
function extractWithCli(folder) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'dist', 'cli.js'), 'extract', folder, '--format', 'json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', (err) => resolve({ code: null, stdout, stderr: `${stderr}could not run the CLI: ${err.message}` }));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** @param {string} source @returns {Promise<string[]>} the build errors for a browser bundle of `source` */
async function browserBuildErrors(source) {
  try {
    await esbuild.build({ ...BROWSER_OPTIONS, stdin: { contents: source, resolveDir: path.join(REPO_ROOT, 'src') }, bundle: true, write: false, logLevel: 'silent' });
    return [];
  } catch (err) {
    const errors = /** @type {{errors?: {text: string}[]}} */ (err).errors;
    if (!errors) throw err;
    return errors.map((e) => e.text);
  }
}

/**
 * The first place two JSON values differ, as a path and both sides, so a failure says what changed.
 * @param {unknown} a @param {unknown} b @param {string} at @returns {string | undefined}
 */
function firstDifference(a, b, at) {
  if (JSON.stringify(a) === JSON.stringify(b)) return undefined;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
    for (const k of keys) {
      const d = firstDifference(/** @type {Record<string, unknown>} */ (a)[k], /** @type {Record<string, unknown>} */ (b)[k], `${at}.${k}`);
      if (d) return d;
    }
  }
  return `${at}: worker ${JSON.stringify(a)?.slice(0, 300)} ≠ CLI ${JSON.stringify(b)?.slice(0, 300)}`;
}

/**
 * @param {{folder?: string, out?: (line: string) => void}} [o]
 * @returns {Promise<{passed: number, failed: number, ok: boolean, seconds: number}>}
 */
export async function checkWorker(o = {}) {
  const t0 = Date.now();
  const out = o.out ?? ((line) => process.stdout.write(`${line}\n`));
  const folder = path.resolve(REPO_ROOT, o.folder ?? path.join('samples', 'paris-2026-01'));
  let passed = 0;
  let failed = 0;
  /** @param {string} name @param {boolean} ok @param {string} [detail] */
  const check = (name, ok, detail) => {
    if (ok) passed++;
    else failed++;
    out(`${ok ? '✔' : '✘'} ${name}${!ok && detail ? `\n    ${detail.trim().split('\n').slice(0, 30).join('\n    ')}` : ''}`);
    return ok;
  };
  const done = () => ({ passed, failed, ok: failed === 0 && passed > 0, seconds: (Date.now() - t0) / 1000 });

  // The guard must bite, or a clean build proves nothing.
  const refused = await Promise.all(["import 'node:fs';", "import { join } from 'path'; export const j = join;"].map(browserBuildErrors));
  check('the browser build refuses Node built-ins (node:fs, path)', refused.every((errors) => errors.some((e) => e.includes('Node built-in'))), JSON.stringify(refused));
  const webExtension = fs.existsSync(WEB_EXTENSION) ? fs.readFileSync(WEB_EXTENSION, 'utf8') : '';
  const required = [...new Set([...webExtension.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]))];
  check('dist/web/extension.js requires nothing but vscode', webExtension !== '' && required.join() === 'vscode', webExtension ? `requires: ${required.join(', ')}` : `${WEB_EXTENSION} is missing; run \`node esbuild.mjs\``);

  if (!check('dist/web/core.js is built', fs.existsSync(CORE_BUNDLE), `${CORE_BUNDLE} is missing; run \`node esbuild.mjs\``)) return done();
  const paths = listFiles(folder);
  const server = await serve(folder);
  const cliRun = extractWithCli(folder);
  /** @type {WorkerReply} */
  let reply;
  try {
    reply = await extractInWorker(server.url, paths);
  } catch (err) {
    reply = { ok: false, error: err instanceof Error ? err.message : String(err) };
  } finally {
    await server.close();
  }
  const cli = await cliRun;
  const inWorker = reply.ok && reply.inWorker && reply.nodeGlobals.length === 0;
  check(
    `the core extracts ${paths.length} files inside a Web Worker with no Node globals`,
    inWorker,
    reply.ok ? `inWorker=${reply.inWorker}, Node globals present: ${reply.nodeGlobals.join(', ') || 'none'}` : reply.error,
  );
  if (!check('corpus-nav extract --format json runs', cli.code === 0 && cli.stdout.length > 0, `exit ${cli.code}\n${cli.stderr}`) || !reply.ok) {
    check('the worker and the CLI agree', false, 'skipped: nothing to compare');
    return done();
  }

  /** @type {import('../../src/core/export').ExtractionJson} */
  const browserJson = JSON.parse(reply.json);
  /** @type {import('../../src/core/export').ExtractionJson} */
  const cliJson = JSON.parse(cli.stdout);
  const documentsOf = (/** @type {typeof cliJson} */ j) => j.documents.map(({ mentions, ...doc }) => doc);
  const mentionsOf = (/** @type {typeof cliJson} */ j) => Object.fromEntries(j.documents.map((d) => [d.file, d.mentions]));
  /** @type {[string, (j: typeof cliJson) => unknown, string][]} */
  const sections = [
    ['documents (files, languages, dates, titles)', documentsOf, 'documents'],
    [`mentions (${cliJson.documents.reduce((n, d) => n + d.mentions.length, 0)})`, mentionsOf, 'mentions'],
    [`entities (${cliJson.entities.length})`, (j) => j.entities, 'entities'],
    [`events (${cliJson.events.length})`, (j) => j.events, 'events'],
  ];
  for (const [name, pick, at] of sections) {
    const difference = firstDifference(pick(browserJson), pick(cliJson), at);
    check(`the same ${name} as the CLI`, difference === undefined, difference);
  }
  check('byte-identical to the CLI, problems included', reply.json === cli.stdout, firstDifference(browserJson, cliJson, 'json') ?? 'the same values, different bytes');
  return done();
}

if (process.argv[1] && import.meta.url === pathToFileURL(fs.realpathSync(process.argv[1])).href) {
  const { values } = parseArgs({ options: { folder: { type: 'string' } } });
  const r = await checkWorker({ folder: values.folder });
  process.stdout.write(`${r.passed} passed, ${r.failed} failed\n`);
  process.exitCode = r.ok ? 0 : 1;
}
