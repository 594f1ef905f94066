#!/usr/bin/env node
/**
 * Makes sure a real VS Code can run on this machine for the integration tests, the UI driver and `npm start`.
 *
 * Why this exists: `@vscode/test-electron` downloads VS Code, which these machines cannot do (no internet but
 * the npm registry and Debian apt). code-server 4.99.4 from npm *is* VS Code 1.99.3 (server + web workbench),
 * and Debian's Chromium is its window. See /work/shared/notes/vscode-offline.md (the verified recipe).
 *
 * What it does, idempotently (a second run takes milliseconds):
 *  1. System packages: /usr/bin/chromium, ripgrep and the Kerberos headers (a code-server native module needs
 *     them). If one is missing and we are root with apt-get, `apt-get update` + install; else fail and say what
 *     to install.
 *  2. The ripgrep cache tarball that @vscode/ripgrep's postinstall looks for before trying to download
 *     (the download would fail offline). Made from the system `rg` BEFORE `npm ci`, because npm 11 runs a root
 *     `preinstall` only after the dependencies' install scripts, which is too late.
 *  3. `npm ci` in test/vscode-host with npm_config_unsafe_perm=true (code-server's postinstall refuses root
 *     otherwise) and npm_config_yes=true (node-pty's postinstall runs `npx node-gyp`; this machine's npmrc says
 *     yes=false). Skipped when a stamp file inside node_modules records the same lockfile hash and Node ABI.
 *
 * Use: `node scripts/ensure-vscode-host.mjs` or `import { ensureVscodeHost } from './ensure-vscode-host.mjs'`.
 * Progress goes to stderr so stdout stays free for callers that parse it.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const HOST_DIR = path.join(REPO_ROOT, 'test', 'vscode-host');
/** code-server's own bin entry; we start it with `process.execPath` so it runs on this Node 20. */
export const CODE_SERVER_ENTRY = path.join(HOST_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const STAMP_FILE = path.join(HOST_DIR, 'node_modules', '.corpus-nav-host-stamp');
const APT_PACKAGES = ['libkrb5-dev', 'ripgrep', 'chromium'];
/**
 * code-server 4.99.4 bundles VS Code 1.99.3, which depends on @vscode/ripgrep 1.15.11; that version fetches
 * ripgrep v13.0.0-10. Its postinstall first looks for this file in os.tmpdir(). If code-server is ever
 * upgraded, check lib/vscode/node_modules/@vscode/ripgrep/lib/postinstall.js for the new names.
 */
const RIPGREP_PKG_VERSION = '1.15.11';
const RIPGREP_RELEASE = 'v13.0.0-10';

/** @param {string} msg */
function log(msg) {
  process.stderr.write(`[vscode-host] ${msg}\n`);
}

/** @param {string} cmd @returns {string | null} absolute path of an executable file on PATH */
function which(cmd) {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    if (!dir) continue;
    const p = path.join(dir, cmd);
    if (fs.existsSync(p) && fs.statSync(p).isFile() && (fs.statSync(p).mode & 0o111) !== 0) return p;
  }
  return null;
}

/** @returns {{pkg: string, why: string}[]} the apt packages whose files are missing */
function missingSystemPackages() {
  /** @type {{pkg: string, why: string}[]} */
  const missing = [];
  if (!fs.existsSync('/usr/include/gssapi/gssapi.h') || !fs.existsSync('/usr/include/krb5.h')) {
    missing.push({ pkg: 'libkrb5-dev', why: 'Kerberos headers (/usr/include/gssapi/gssapi.h) for a code-server native module' });
  }
  if (!which('rg')) missing.push({ pkg: 'ripgrep', why: '`rg` (VS Code search; offline stand-in for the ripgrep download)' });
  if (!fs.existsSync(CHROMIUM_PATH)) missing.push({ pkg: 'chromium', why: `${CHROMIUM_PATH} (the browser window for the workbench)` });
  // Native modules build from source; these are normally present, but say so clearly if not.
  if (!which('make')) missing.push({ pkg: 'make', why: 'building native modules' });
  if (!which('g++')) missing.push({ pkg: 'g++', why: 'building native modules' });
  if (!which('python3')) missing.push({ pkg: 'python3', why: 'node-gyp' });
  return missing;
}

/**
 * Runs a command, streaming its output into a log file (the full output of apt/npm is long; we print only a
 * short line, and the tail of the log if it fails).
 * @param {string} cmd @param {string[]} args @param {{cwd?: string, env?: NodeJS.ProcessEnv, logFile: string}} opts
 * @returns {Promise<void>}
 */
function runLogged(cmd, args, { cwd, env, logFile }) {
  return new Promise((resolve, reject) => {
    const out = fs.openSync(logFile, 'a');
    fs.writeSync(out, `\n$ ${cmd} ${args.join(' ')}\n`);
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', out, out] });
    child.on('error', (err) => {
      fs.closeSync(out);
      reject(new Error(`could not start ${cmd}: ${err.message}`));
    });
    child.on('exit', (code, signal) => {
      fs.closeSync(out);
      if (code === 0) return resolve();
      const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
      reject(new Error(`${cmd} ${args.join(' ')} failed (${signal ?? `exit ${code}`}); last lines of ${logFile}:\n${tail}`));
    });
  });
}

/** @param {string} logFile */
async function ensureSystemPackages(logFile) {
  const missing = missingSystemPackages();
  if (missing.length === 0) return;
  // The three the recipe names (already-installed ones are no-ops for apt) plus any build tool found missing.
  const pkgs = [...new Set([...APT_PACKAGES, ...missing.map((m) => m.pkg)])];
  const what = missing.map((m) => `  - ${m.pkg}: ${m.why}`).join('\n');
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !which('apt-get')) {
    throw new Error(
      `missing system packages for the VS Code test host:\n${what}\n` +
        `Install them, e.g. as root: apt-get install -y --no-install-recommends ${pkgs.join(' ')}`,
    );
  }
  log(`installing system packages with apt-get: ${pkgs.join(' ')} (log: ${logFile})`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Lock timeout: if another apt run is in progress (e.g. a provisioning step), wait for it instead of failing.
  const lockOpt = ['-o', 'DPkg::Lock::Timeout=600'];
  await runLogged('apt-get', [...lockOpt, 'update'], { env, logFile });
  await runLogged('apt-get', [...lockOpt, 'install', '-y', '--no-install-recommends', ...pkgs], { env, logFile });
  const still = missingSystemPackages();
  if (still.length) throw new Error(`apt-get finished but these are still missing:\n${still.map((m) => `  - ${m.pkg}: ${m.why}`).join('\n')}`);
}

/** The target triple @vscode/ripgrep asks for on this machine (Linux only: that is what this harness supports). */
function ripgrepTarget() {
  if (process.platform !== 'linux') throw new Error(`the code-server test host is set up for Linux only (this is ${process.platform})`);
  switch (process.arch) {
    case 'x64':
      return 'x86_64-unknown-linux-musl';
    case 'arm64':
      return 'aarch64-unknown-linux-musl';
    case 'arm':
      return 'arm-unknown-linux-gnueabihf';
    default:
      throw new Error(`no ripgrep target known for ${process.arch}`);
  }
}

/**
 * Writes `<tmpdir>/vscode-ripgrep-cache-<ver>/ripgrep-<release>-<target>.tar.gz`, a gzipped tar holding a single
 * `rg` at its top level, from the system rg. os.tmpdir() must match the one npm's child sees: we pass our env on.
 * @returns {string} the tarball path
 */
function ensureRipgrepTarball() {
  const cacheDir = path.join(os.tmpdir(), `vscode-ripgrep-cache-${RIPGREP_PKG_VERSION}`);
  const tarball = path.join(cacheDir, `ripgrep-${RIPGREP_RELEASE}-${ripgrepTarget()}.tar.gz`);
  if (fs.existsSync(tarball) && fs.statSync(tarball).size > 0) return tarball;
  const rg = which('rg');
  if (!rg) throw new Error('ripgrep (`rg`) is not on PATH; install the Debian package `ripgrep`');
  fs.mkdirSync(cacheDir, { recursive: true });
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'rg-stage-'));
  try {
    fs.copyFileSync(fs.realpathSync(rg), path.join(stage, 'rg'));
    fs.chmodSync(path.join(stage, 'rg'), 0o755);
    const tmpTarball = `${tarball}.${process.pid}.tmp`;
    const r = spawnSync('tar', ['-czf', tmpTarball, '-C', stage, 'rg'], { stdio: ['ignore', 'ignore', 'pipe'] });
    if (r.error) throw new Error(`tar could not start: ${r.error.message}`);
    if (r.status !== 0) throw new Error(`tar failed creating ${tarball}: ${r.stderr}`);
    fs.renameSync(tmpTarball, tarball); // atomic, so a concurrent reader never sees half a file
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
  log(`made ripgrep cache ${tarball} from ${rg}`);
  return tarball;
}

/** What must be equal for an existing install to be reused: the lockfile, and the Node ABI the native modules target. */
function wantedStamp() {
  const lock = fs.readFileSync(path.join(HOST_DIR, 'package-lock.json'));
  const h = createHash('sha256').update(lock).digest('hex');
  return `lock-sha256=${h} node-abi=${process.versions.modules} ${process.platform}-${process.arch}\n`;
}

function isInstalled() {
  if (!fs.existsSync(CODE_SERVER_ENTRY)) return false;
  try {
    return fs.readFileSync(STAMP_FILE, 'utf8') === wantedStamp();
  } catch (err) {
    if (/** @type {NodeJS.ErrnoException} */ (err).code === 'ENOENT') return false;
    throw err;
  }
}

/**
 * Ensures system packages, the ripgrep cache and the code-server install. Safe to call every time.
 * @param {{force?: boolean}} [opts] force: reinstall code-server even if the stamp matches
 * @returns {Promise<{codeServerEntry: string, chromiumPath: string, hostDir: string, installedNow: boolean, seconds: number}>}
 */
export async function ensureVscodeHost(opts = {}) {
  const t0 = Date.now();
  const logFile = path.join(os.tmpdir(), 'corpus-nav-vscode-host-install.log');
  await ensureSystemPackages(logFile);
  let installedNow = false;
  if (opts.force || !isInstalled()) {
    const release = await acquireInstallLock();
    try {
      // Another process may have finished the install while we waited for the lock.
      if (opts.force || !isInstalled()) {
        await installCodeServer(logFile);
        installedNow = true;
      }
    } finally {
      release();
    }
  }
  const seconds = (Date.now() - t0) / 1000;
  log(installedNow ? `code-server installed in ${seconds.toFixed(1)} s` : 'code-server already installed');
  return { codeServerEntry: CODE_SERVER_ENTRY, chromiumPath: CHROMIUM_PATH, hostDir: HOST_DIR, installedNow, seconds };
}

/**
 * Two `npm test`s started at once on a fresh clone would run two `npm ci`s into the same folder and corrupt
 * it. A lock directory (atomic mkdir) holding the owner's pid serialises them; a lock whose owner is dead is
 * stale and taken over.
 * @returns {Promise<() => void>} release
 */
async function acquireInstallLock() {
  const id = createHash('sha256').update(HOST_DIR).digest('hex').slice(0, 12);
  const lockDir = path.join(os.tmpdir(), `corpus-nav-vscode-host-${id}.lock`);
  const pidFile = path.join(lockDir, 'pid');
  const deadline = Date.now() + 15 * 60_000;
  let announced = false;
  for (;;) {
    try {
      fs.mkdirSync(lockDir);
      fs.writeFileSync(pidFile, String(process.pid));
      return () => fs.rmSync(lockDir, { recursive: true, force: true });
    } catch (err) {
      if (/** @type {NodeJS.ErrnoException} */ (err).code !== 'EEXIST') throw err;
    }
    const owner = fs.existsSync(pidFile) ? Number(fs.readFileSync(pidFile, 'utf8')) : NaN;
    if (Number.isInteger(owner) && !isAlive(owner)) {
      log(`removing stale install lock of dead process ${owner}`);
      fs.rmSync(lockDir, { recursive: true, force: true });
      continue;
    }
    if (!announced) log(`another process${Number.isInteger(owner) ? ` (pid ${owner})` : ''} is installing code-server; waiting (lock ${lockDir})`);
    announced = true;
    if (Date.now() > deadline) throw new Error(`gave up waiting for the install lock ${lockDir}; remove it if no install is running`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/** @param {number} pid */
function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else — alive.
    return /** @type {NodeJS.ErrnoException} */ (err).code === 'EPERM';
  }
}

/** @param {string} logFile */
async function installCodeServer(logFile) {
  ensureRipgrepTarball();
  const major = Number(process.versions.node.split('.')[0]);
  if (major !== 20) log(`warning: code-server 4.99.4 is verified with Node 20; this is Node ${process.versions.node}`);
  log(`npm ci in ${path.relative(REPO_ROOT, HOST_DIR)} (code-server 4.99.4, builds native modules; ~1-2 min; log: ${logFile})`);
  fs.appendFileSync(logFile, `\n=== npm ci ${new Date().toISOString()}\n`);
  const env = {
    ...process.env,
    npm_config_unsafe_perm: 'true',
    npm_config_yes: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    npm_config_update_notifier: 'false',
  };
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  await runLogged(npm, ['ci', '--no-progress'], { cwd: HOST_DIR, env, logFile });
  if (!fs.existsSync(CODE_SERVER_ENTRY)) throw new Error(`npm ci succeeded but ${CODE_SERVER_ENTRY} is missing (see ${logFile})`);
  const rgBin = path.join(HOST_DIR, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules', '@vscode', 'ripgrep', 'bin', 'rg');
  if (!fs.existsSync(rgBin)) throw new Error(`code-server installed without its ripgrep (${rgBin}); see ${logFile}`);
  fs.writeFileSync(STAMP_FILE, wantedStamp());
}

if (process.argv[1] && import.meta.url === pathToFileURL(fs.realpathSync(process.argv[1])).href) {
  ensureVscodeHost({ force: process.argv.includes('--force') }).then(
    () => process.exit(0),
    (err) => {
      log(`ERROR: ${err instanceof Error ? err.message : String(err)}`);
      process.exit(1);
    },
  );
}
