#!/usr/bin/env node
/**
 * `pretest` / `prestart`: makes the main project's node_modules match package-lock.json.
 *
 * Why: after a fresh clone or a `git pull` that changed the lockfile, `npm test` would otherwise fail with
 * confusing "cannot find module" errors. npm itself writes node_modules/.package-lock.json on every install,
 * so "package-lock.json newer than node_modules/.package-lock.json" means the lockfile changed since the last
 * install. When everything is current this costs two stat calls. The VS Code host (code-server) is separate:
 * scripts/ensure-vscode-host.mjs handles it, only when a real editor is needed.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const lock = path.join(root, 'package-lock.json');
const installedLock = path.join(root, 'node_modules', '.package-lock.json');

/** @returns {string | null} why an install is needed, or null when node_modules is current */
function reasonToInstall() {
  if (!fs.existsSync(path.join(root, 'node_modules'))) return 'node_modules is missing';
  if (!fs.existsSync(installedLock)) return 'node_modules/.package-lock.json is missing';
  if (fs.statSync(lock).mtimeMs > fs.statSync(installedLock).mtimeMs) return 'package-lock.json is newer than node_modules';
  return null;
}

const reason = reasonToInstall();
if (reason) {
  process.stderr.write(`[setup] ${reason}: running npm ci\n`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.error) {
    process.stderr.write(`[setup] could not run npm: ${r.error.message}\n`);
    process.exit(1);
  }
  if (r.status !== 0) {
    process.stderr.write(`[setup] npm ci failed (exit ${r.status ?? r.signal})\n`);
    process.exit(r.status || 1);
  }
}
