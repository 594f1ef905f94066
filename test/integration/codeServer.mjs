/**
 * Shared plumbing for running the extension in a real VS Code on machines that cannot download VS Code:
 * code-server 4.99.4 (= VS Code 1.99.3 server + web workbench) plus Debian's Chromium driven by playwright-core.
 * Used by test/integration/run.mjs (tests), ui.mjs (hover screenshots) and scripts/start.mjs (`npm start`).
 * Recipe and pitfalls: /work/shared/notes/vscode-offline.md.
 *
 * Guarantees, because leaked editors eat ~1 GiB each and break later runs:
 *  - code-server runs in its own process group (detached) with fresh temp --user-data-dir, --extensions-dir,
 *    --config and XDG dirs, so it never touches ~/.config/code-server or ~/.local/share.
 *  - stop() ends the whole group (SIGTERM, then SIGKILL) and removes the temp dirs. The same cleanup runs
 *    synchronously on process 'exit', SIGINT, SIGTERM and SIGHUP, so an interrupted run leaves nothing behind.
 *    (Nothing can clean up after a SIGKILL of this Node process itself.)
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import util from 'node:util';
import { CHROMIUM_PATH, CODE_SERVER_ENTRY, REPO_ROOT } from '../../scripts/ensure-vscode-host.mjs';

export { REPO_ROOT };

/** Flags the recipe needs: no login page, no phoning home, no trust prompt, no welcome page stealing focus. */
const CODE_SERVER_FLAGS = [
  '--auth', 'none',
  '--disable-telemetry',
  '--disable-update-check',
  '--disable-workspace-trust',
  '--disable-getting-started-override',
];

/** Chromium flags from the recipe: root in a container needs --no-sandbox; the rest keep it offline and quiet. */
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** @param {string} msg */
function log(msg) {
  process.stderr.write(`[harness] ${msg}\n`);
}

// ---------------------------------------------------------------------------------------------------------
// Cleanup registry: synchronous cleanups that must run however the process ends.
// ---------------------------------------------------------------------------------------------------------

/** @type {Set<() => void>} */
const cleanups = new Set();
let handlersInstalled = false;

function runCleanupsSync() {
  for (const fn of [...cleanups]) {
    cleanups.delete(fn);
    try {
      fn();
    } catch (err) {
      process.stderr.write(`[harness] cleanup error: ${err instanceof Error ? err.message : String(err)}\n`);
    }
  }
}

function installExitHandlers() {
  if (handlersInstalled) return;
  handlersInstalled = true;
  process.on('exit', runCleanupsSync);
  for (const [sig, num] of /** @type {const} */ ([['SIGINT', 2], ['SIGTERM', 15], ['SIGHUP', 1]])) {
    process.on(sig, () => {
      log(`${sig}: stopping code-server and Chromium`);
      runCleanupsSync();
      process.exit(128 + num);
    });
  }
}

/** @param {() => void} fn @returns {() => void} unregister */
function onCleanup(fn) {
  installExitHandlers();
  cleanups.add(fn);
  return () => cleanups.delete(fn);
}

/**
 * Signals a whole process group. ESRCH (group already gone) is the normal end state, not an error.
 * @param {number} pgid @param {NodeJS.Signals | 0} sig @returns {boolean} whether the group still existed
 */
function signalGroup(pgid, sig) {
  try {
    process.kill(-pgid, sig);
    return true;
  } catch (err) {
    if (/** @type {NodeJS.ErrnoException} */ (err).code === 'ESRCH') return false;
    throw err;
  }
}

/** @param {number} pgid @param {number} ms @returns {Promise<boolean>} true when the group is gone */
async function waitGroupGone(pgid, ms) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (!signalGroup(pgid, 0)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return !signalGroup(pgid, 0);
}

/** @param {string} dir */
function removeDirSync(dir) {
  fs.rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
}

// ---------------------------------------------------------------------------------------------------------
// code-server
// ---------------------------------------------------------------------------------------------------------

/** @returns {Promise<number>} a port that was free a moment ago on 127.0.0.1 */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** @param {string} url @returns {Promise<number>} HTTP status, or 0 if nothing answered */
function httpStatus(url) {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    // Connection refused / timeout while the server boots: report "no answer" and let the caller poll again.
    req.on('error', () => resolve(0));
    req.on('timeout', () => {
      req.destroy();
      resolve(0);
    });
  });
}

/**
 * @typedef {object} CodeServer
 * @property {number} port
 * @property {number} pid        process id of code-server = its process group id
 * @property {string} origin     http://127.0.0.1:PORT
 * @property {string} authority  127.0.0.1:PORT, the remote authority of vscode-remote:// URIs
 * @property {string} tempDir    holds user-data, extensions, config; removed by stop()
 * @property {string} extensionsDir
 * @property {() => string} output  the last lines code-server printed (for error messages)
 * @property {Promise<{code: number|null, signal: string|null}>} exited
 * @property {() => Promise<void>} stop
 */

/**
 * Starts code-server on 127.0.0.1 and waits for /healthz.
 * @param {{port?: number, verbose?: boolean, startTimeoutMs?: number, extraArgs?: string[], settings?: Record<string, unknown>}} [opts]
 *   verbose: echo code-server's own output to stderr (also when env CORPUS_NAV_DEBUG is set)
 *   settings: extra VS Code user settings for this throwaway profile
 * @returns {Promise<CodeServer>}
 */
export async function startCodeServer(opts = {}) {
  // freePort() can race with another process taking the port before code-server binds it: retry with a new one.
  for (let attempt = 1; ; attempt++) {
    try {
      return await startCodeServerOnce(opts);
    } catch (err) {
      if (opts.port || attempt >= 3 || !/EADDRINUSE/.test(String(err))) throw err;
      log('port taken before code-server could bind it; retrying on another port');
    }
  }
}

/** @param {Parameters<typeof startCodeServer>[0] & {}} opts @returns {Promise<CodeServer>} */
async function startCodeServerOnce(opts) {
  if (!fs.existsSync(CODE_SERVER_ENTRY)) {
    throw new Error(`code-server is not installed (${CODE_SERVER_ENTRY}); run: node scripts/ensure-vscode-host.mjs`);
  }
  const port = opts.port || (await freePort());
  const verbose = opts.verbose || !!process.env.CORPUS_NAV_DEBUG;
  // Short prefix: unix socket paths inside it must stay under 108 bytes.
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cn-cs-'));
  const userDataDir = path.join(tempDir, 'user-data');
  const extensionsDir = path.join(tempDir, 'extensions');
  const configFile = path.join(tempDir, 'config.yaml');
  const xdg = path.join(tempDir, 'xdg');
  // VS Code leaves vscode-ipc-*.sock / vscode-git-*.sock in the temp dir; keep them inside ours.
  const tmp = path.join(tempDir, 'tmp');
  for (const d of [userDataDir, extensionsDir, xdg, tmp]) fs.mkdirSync(d, { recursive: true });
  fs.writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  // A user setting that keeps the workbench deterministic for tests and screenshots.
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(
    path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'telemetry.telemetryLevel': 'off',
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'update.mode': 'none',
        // The repo's own .git is above the sample folder: without this a toast asks to open it.
        'git.openRepositoryInParentFolders': 'never',
        // As on the desktop: in a browser VS Code saves edits after a second by default, which would write the
        // sample articles a test edits and leaves unsaved.
        'files.autoSave': 'off',
        ...opts.settings,
      },
      null,
      2,
    ),
  );

  const args = [
    CODE_SERVER_ENTRY,
    '--bind-addr', `127.0.0.1:${port}`,
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--config', configFile,
    ...CODE_SERVER_FLAGS,
    ...(opts.extraArgs ?? []),
  ];
  /** @type {NodeJS.ProcessEnv} */
  const env = {
    ...process.env,
    XDG_CONFIG_HOME: path.join(xdg, 'config'),
    XDG_DATA_HOME: path.join(xdg, 'data'),
    XDG_CACHE_HOME: path.join(xdg, 'cache'),
    TMPDIR: tmp,
  };
  // code-server reads these; make sure an outer value does not override our flags.
  delete env.PASSWORD;
  delete env.HASHED_PASSWORD;
  delete env.VSCODE_PROXY_URI;

  const child = spawn(process.execPath, args, { cwd: tempDir, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const pid = child.pid;
  if (pid === undefined) {
    removeDirSync(tempDir);
    throw new Error('could not spawn code-server');
  }
  /** @type {string[]} */
  const tail = [];
  /** @param {Buffer} chunk */
  const collect = (chunk) => {
    const text = chunk.toString();
    if (verbose) process.stderr.write(text.replace(/^/gm, '[code-server] '));
    tail.push(...text.split('\n').filter(Boolean));
    if (tail.length > 200) tail.splice(0, tail.length - 200);
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  /** @type {Promise<{code: number|null, signal: string|null}>} */
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  let hasExited = false;
  exited.then(() => (hasExited = true));

  // Synchronous last-resort cleanup (process exit / signals).
  const unregister = onCleanup(() => {
    signalGroup(pid, 'SIGKILL');
    removeDirSync(tempDir);
  });

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    signalGroup(pid, 'SIGTERM');
    if (!(await waitGroupGone(pid, 5000))) {
      log(`code-server (pgid ${pid}) ignored SIGTERM; sending SIGKILL`);
      signalGroup(pid, 'SIGKILL');
      await waitGroupGone(pid, 5000);
    }
    child.stdout.destroy();
    child.stderr.destroy();
    removeDirSync(tempDir);
    unregister();
  };

  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (opts.startTimeoutMs ?? 60_000);
  for (;;) {
    if (hasExited) {
      await stop();
      throw new Error(`code-server exited during startup:\n${tail.join('\n')}`);
    }
    if ((await httpStatus(`${origin}/healthz`)) === 200) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer ${origin}/healthz within ${opts.startTimeoutMs ?? 60_000} ms:\n${tail.join('\n')}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { port, pid, origin, authority: `127.0.0.1:${port}`, tempDir, extensionsDir, output: () => tail.join('\n'), exited, stop };
}

/**
 * A vscode-remote:// URI for a path on the server machine (= this machine), as the payload expects.
 * @param {{authority: string}} server @param {string} absPath
 */
export function remoteUri(server, absPath) {
  const p = path.resolve(absPath).split(path.sep).map(encodeURIComponent).join('/');
  return `vscode-remote://${server.authority}${p}`;
}

/**
 * The workbench URL that opens `folder` with the extension under development and, optionally, the test
 * module (which exports `run(): Promise<void>`) in the remote Node extension host.
 * @param {{origin: string, authority: string}} server
 * @param {{folder: string, extensionDevelopmentPath?: string, extensionTestsPath?: string}} o
 */
export function workbenchUrl(server, o) {
  /** @type {[string, string][]} */
  const payload = [];
  if (o.extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remoteUri(server, o.extensionDevelopmentPath)]);
  if (o.extensionTestsPath) payload.push(['extensionTestsPath', remoteUri(server, o.extensionTestsPath)]);
  const params = new URLSearchParams({ folder: path.resolve(o.folder) });
  if (payload.length) params.set('payload', JSON.stringify(payload));
  return `${server.origin}/?${params.toString()}`;
}

// ---------------------------------------------------------------------------------------------------------
// Chromium
// ---------------------------------------------------------------------------------------------------------

/**
 * Finds the pid of the Chromium launched with this (unique) user-data-dir, so we can end its process group
 * ourselves even when playwright's own exit hook does not run first.
 * @param {string} userDataDir @returns {number | undefined}
 */
function findChromiumPid(userDataDir) {
  const needle = `--user-data-dir=${userDataDir}`;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let cmdline;
    try {
      cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8');
    } catch (err) {
      // The process ended between readdir and read: expected and harmless.
      if (/** @type {NodeJS.ErrnoException} */ (err).code === 'ENOENT' || /** @type {NodeJS.ErrnoException} */ (err).code === 'ESRCH') continue;
      throw err;
    }
    const argv = cmdline.split('\0');
    if (argv.includes(needle) && !argv.some((a) => a.startsWith('--type='))) return Number(entry);
  }
  return undefined;
}

/**
 * @typedef {object} Browser
 * @property {import('playwright-core').BrowserContext} context
 * @property {import('playwright-core').Page} page
 * @property {number | undefined} pid  Chromium's main process (a process group leader)
 * @property {() => Promise<void>} stop
 */

/**
 * Launches Debian's Chromium headless with a fresh profile.
 * @param {{headless?: boolean, viewport?: {width: number, height: number}}} [opts]
 * @returns {Promise<Browser>}
 */
export async function launchChromium(opts = {}) {
  if (!fs.existsSync(CHROMIUM_PATH)) throw new Error(`${CHROMIUM_PATH} is missing; run: node scripts/ensure-vscode-host.mjs`);
  const { chromium } = await import('playwright-core');
  const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cn-chromium-'));
  const userDataDir = path.join(tempDir, 'profile');
  const xdg = path.join(tempDir, 'xdg');
  fs.mkdirSync(userDataDir);
  fs.mkdirSync(xdg);
  /** @type {number | undefined} */
  let pid;
  const unregister = onCleanup(() => {
    if (pid !== undefined) signalGroup(pid, 'SIGKILL');
    removeDirSync(tempDir);
  });
  let context;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_PATH,
      headless: opts.headless ?? true,
      args: CHROMIUM_FLAGS,
      viewport: opts.viewport ?? { width: 1400, height: 900 },
      // Our own handlers above end everything; playwright's would race them.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      timeout: 60_000,
      // Even with --user-data-dir, Debian's Chromium writes ~/.config/chromium/Crash Reports and ~/.cache/dconf.
      // TMPDIR: its org.chromium.Chromium.* singleton dirs stay behind when it is killed; keep them in ours.
      env: { ...process.env, XDG_CONFIG_HOME: path.join(xdg, 'config'), XDG_CACHE_HOME: path.join(xdg, 'cache'), TMPDIR: tempDir },
    });
  } catch (err) {
    removeDirSync(tempDir);
    unregister();
    throw err;
  }
  pid = findChromiumPid(userDataDir);
  const page = context.pages()[0] ?? (await context.newPage());
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    /** @type {NodeJS.Timeout | undefined} */
    let timer;
    const closedInTime = await Promise.race([
      context.close().then(() => true, (err) => (log(`closing Chromium: ${err.message}`), false)),
      new Promise((r) => (timer = setTimeout(() => r(false), 5000))),
    ]);
    clearTimeout(timer);
    if (!closedInTime) log('Chromium did not close within 5 s; killing it');
    if (pid !== undefined) {
      signalGroup(pid, 'SIGKILL');
      await waitGroupGone(pid, 5000);
    }
    removeDirSync(tempDir);
    unregister();
  };
  return { context, page, pid, stop };
}

// ---------------------------------------------------------------------------------------------------------
// A whole session: code-server + Chromium on the workbench page
// ---------------------------------------------------------------------------------------------------------

/**
 * @typedef {object} Session
 * @property {CodeServer} server
 * @property {Browser} browser
 * @property {import('playwright-core').Page} page
 * @property {string} url
 * @property {() => Promise<void>} stop  ends Chromium and code-server, removes temp dirs; idempotent
 */

/**
 * @typedef {object} WorkbenchOptions
 * @property {string} folder                       folder to open (absolute or relative to cwd)
 * @property {string} [extensionDevelopmentPath]   extension under development
 * @property {string} [extensionTestsPath]         compiled test entry exporting run(): Promise<void>
 * @property {(type: string, text: string) => void} [onLog]  extension host / workbench console (codeAutomationLog)
 * @property {(code: number) => void} [onExit]     test exit code (codeAutomationExit)
 * @property {boolean} [verbose]                   echo code-server's output
 * @property {{width: number, height: number}} [viewport]
 * @property {Record<string, unknown>} [settings]  extra user settings (e.g. editor.wordWrap for screenshots)
 */

/**
 * Starts code-server and Chromium and opens the workbench.
 * @param {WorkbenchOptions} o
 * @returns {Promise<Session>}
 */
export async function openWorkbench(o) {
  const server = await startCodeServer({ verbose: o.verbose, settings: o.settings });
  /** @type {Browser | undefined} */
  let browser;
  const stop = async () => {
    if (browser) await browser.stop();
    await server.stop();
  };
  try {
    browser = await launchChromium({ viewport: o.viewport });
    const page = browser.page;
    // Must be exposed before navigation: the workbench looks for them on window at startup.
    await page.exposeFunction('codeAutomationLog', (/** @type {string} */ type, /** @type {unknown} */ args) => {
      o.onLog?.(String(type), formatLogArgs(args));
    });
    await page.exposeFunction('codeAutomationExit', (/** @type {number} */ code) => {
      o.onExit?.(Number(code));
    });
    const url = workbenchUrl(server, o);
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
    return { server, browser, page, url, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/**
 * codeAutomationLog receives the logger's arguments: for relayed console calls an array like
 * `['  %d passing (%s)', 1, '22ms']`, so apply printf-style formatting as console.log would.
 */
function formatLogArgs(/** @type {unknown} */ args) {
  if (typeof args === 'string') return args;
  if (Array.isArray(args)) return util.format(...args);
  return util.format(args);
}

/**
 * Proportional memory (PSS, MiB) of every process in the given process groups, read from /proc.
 * Used to report what a run costs; returns 0 where /proc is unavailable.
 * @param {(number | undefined)[]} pgids
 */
export function groupMemoryMiB(pgids) {
  const want = new Set(pgids.filter((p) => p !== undefined));
  if (!fs.existsSync('/proc/self/stat')) return 0;
  let kib = 0;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat, rollup;
    try {
      stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // pgrp is the 3rd field after the ")" that closes the command name
      const pgrp = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
      if (!want.has(pgrp)) continue;
      rollup = fs.readFileSync(`/proc/${entry}/smaps_rollup`, 'utf8');
    } catch (err) {
      // Processes come and go while we scan; a vanished one simply does not count.
      const code = /** @type {NodeJS.ErrnoException} */ (err).code;
      if (code === 'ENOENT' || code === 'ESRCH' || code === 'EACCES') continue;
      throw err;
    }
    const m = /^Pss:\s+(\d+) kB/m.exec(rollup);
    if (m) kib += Number(m[1]);
  }
  return Math.round(kib / 1024);
}
