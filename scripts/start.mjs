#!/usr/bin/env node
/**
 * `npm start [-- <folder>]`: try the extension by hand in a real VS Code, in your browser.
 *
 * Builds the bundle, makes sure code-server is installed, and serves VS Code 1.99.3 on 127.0.0.1 with this
 * repository loaded as the extension under development (like F5 in desktop VS Code) and <folder> opened
 * (default samples/paris-2026-01). Prints the URL to open; Ctrl+C stops the server and removes its temp dirs.
 * Port: env PORT, else a free one. From another machine, forward the port (e.g. `ssh -L PORT:127.0.0.1:PORT`).
 * After changing code: run `node esbuild.mjs` (or keep `node esbuild.mjs --watch` running) and reload the
 * browser tab ("Developer: Reload Window").
 * No Chromium is started here: you bring the browser.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, ensureVscodeHost } from './ensure-vscode-host.mjs';
import { startCodeServer, workbenchUrl } from '../test/integration/codeServer.mjs';

/** @param {string} msg @returns {never} */
function fail(msg) {
  process.stderr.write(`[start] ERROR: ${msg}\n`);
  process.exit(1);
}

const arg = process.argv.slice(2).find((a) => !a.startsWith('-'));
const folder = path.resolve(arg ?? path.join(REPO_ROOT, 'samples', 'paris-2026-01'));
if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) fail(`folder to open does not exist or is not a directory: ${folder}`);

const port = process.env.PORT ? Number(process.env.PORT) : undefined;
if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) fail(`PORT must be a TCP port number, got ${process.env.PORT}`);

process.stderr.write('[start] building (node esbuild.mjs)\n');
const build = spawnSync(process.execPath, [path.join(REPO_ROOT, 'esbuild.mjs')], { cwd: REPO_ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
if (build.error) fail(`could not run esbuild: ${build.error.message}`);
if (build.status !== 0) fail('the build failed (see above)');

try {
  await ensureVscodeHost();
} catch (err) {
  fail(err instanceof Error ? err.message : String(err));
}

const server = await startCodeServer({ port, verbose: !!process.env.CORPUS_NAV_DEBUG }).catch((err) =>
  fail(`${err instanceof Error ? err.message : String(err)}${port ? ` (is port ${port} already in use?)` : ''}`),
);
const url = workbenchUrl(server, { folder, extensionDevelopmentPath: REPO_ROOT });
process.stdout.write(
  `\nCorpus Navigator (development build) in VS Code 1.99.3, folder ${folder}\n\n  Open: ${url}\n\n` +
    `Rebuild with \`node esbuild.mjs\` and reload the window to pick up changes. Ctrl+C to stop.\n`,
);
// SIGINT/SIGTERM are handled in codeServer.mjs: they end the server's process group and remove temp dirs.
const { code, signal } = await server.exited;
process.stderr.write(`[start] code-server exited unexpectedly (${signal ?? `exit ${code}`}):\n${server.output()}\n`);
await server.stop();
process.exit(1);
