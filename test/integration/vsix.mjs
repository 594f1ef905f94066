#!/usr/bin/env node
/**
 * Packaging check: builds the .vsix exactly as a release would, looks inside, and installs it into a real
 * VS Code (code-server) — catching a .vscodeignore that leaks sources or samples, a bloated package, or a
 * manifest VS Code refuses to install.
 *
 * Usage (after `node esbuild.mjs`, and with the host from scripts/ensure-vscode-host.mjs):
 *   node test/integration/vsix.mjs [--keep]        --keep: leave the temp dir with x.vsix and print its path
 * stdout: one line per check, then `N passed, N failed` last. Exit code 0 only if every check passed.
 *
 * The .vsix is a zip. `unzip` is not on every fresh machine, so the entries are read with the small zip
 * central-directory reader below (no dependency).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { CODE_SERVER_ENTRY, REPO_ROOT } from '../../scripts/ensure-vscode-host.mjs';

const MAX_BYTES = 5 * 1024 * 1024;

/**
 * Lists the entry names of a zip file by reading its central directory (no zip64: a .vsix over 4 GB or with
 * 65535+ entries would be absurd here, and is reported as an error rather than misread).
 * @param {string} file @returns {string[]}
 */
export function zipEntries(file) {
  const buf = fs.readFileSync(file);
  // End of central directory record: signature 0x06054b50, within the last 22 + 65535 (comment) bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error(`${file} is not a zip file (no end-of-central-directory record)`);
  const count = buf.readUInt16LE(eocd + 10);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new Error(`${file} is a zip64 archive; not supported`);
  /** @type {string[]} */
  const names = [];
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error(`${file}: bad central directory entry at ${p}`);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    names.push(buf.toString('utf8', p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}

/**
 * @param {string} cmd @param {string[]} args @param {import('node:child_process').SpawnSyncOptions} [opts]
 * @returns {{ok: boolean, out: string}}
 */
function run(cmd, args, opts = {}) {
  // stdin ignored: CI has none, and vsce must never sit waiting on a prompt.
  const r = spawnSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 180_000, ...opts });
  if (r.error) return { ok: false, out: `could not run ${cmd}: ${r.error.message}` };
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}`;
  return { ok: r.status === 0, out: r.signal ? `${out}\n(killed by ${r.signal})` : out };
}

/**
 * Packages, inspects and installs the extension. Never throws for a failed check; returns the counts.
 * @param {{keep?: boolean, out?: (line: string) => void}} [o]
 * @returns {Promise<{passed: number, failed: number, ok: boolean, vsix?: string, seconds: number}>}
 */
export async function checkVsix(o = {}) {
  const t0 = Date.now();
  const out = o.out ?? ((line) => process.stdout.write(`${line}\n`));
  let passed = 0;
  let failed = 0;
  /** @param {string} name @param {boolean} ok @param {string} [detail] */
  const check = (name, ok, detail) => {
    if (ok) passed++;
    else failed++;
    out(`${ok ? '✔' : '✘'} ${name}${!ok && detail ? `\n    ${detail.trim().split('\n').slice(-30).join('\n    ')}` : ''}`);
    return ok;
  };

  const pkg = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
  const extId = `${pkg.publisher}.${pkg.name}`.toLowerCase();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cn-vsix-'));
  const vsix = path.join(tmp, 'x.vsix');
  try {
    // 1. package
    const localVsce = path.join(REPO_ROOT, 'node_modules', '.bin', 'vsce');
    const [cmd, args] = fs.existsSync(localVsce)
      ? [localVsce, ['package', '--no-dependencies', '--no-rewrite-relative-links', '-o', vsix]]
      : ['npx', ['--yes', '@vscode/vsce@3', 'package', '--no-dependencies', '--no-rewrite-relative-links', '-o', vsix]];
    const mainFile = path.resolve(REPO_ROOT, pkg.main ?? 'dist/extension.js');
    if (!fs.existsSync(mainFile)) {
      check('vsce package', false, `${mainFile} is missing; run \`node esbuild.mjs\` first`);
      return { passed, failed, ok: false, seconds: (Date.now() - t0) / 1000 };
    }
    const packaged = run(cmd, args, { cwd: REPO_ROOT });
    if (!check('vsce package --no-dependencies', packaged.ok && fs.existsSync(vsix), packaged.out)) {
      return { passed, failed, ok: false, seconds: (Date.now() - t0) / 1000 };
    }

    // 2. contents. Entries of the extension live under `extension/` inside the zip.
    const entries = zipEntries(vsix).filter((e) => e.startsWith('extension/')).map((e) => e.slice('extension/'.length));
    /** @param {string} what @param {(e: string) => boolean} bad */
    const none = (what, bad) => {
      const hits = entries.filter(bad);
      check(`no ${what} in the vsix`, hits.length === 0, `found: ${hits.slice(0, 20).join(', ')}${hits.length > 20 ? ', …' : ''}`);
    };
    none('src/', (e) => e.startsWith('src/'));
    none('test/', (e) => e.startsWith('test/'));
    none('node_modules/', (e) => e.startsWith('node_modules/') || e.includes('/node_modules/'));
    none('out/', (e) => e.startsWith('out/'));
    none('.map files', (e) => e.endsWith('.map'));
    none('samples/', (e) => e.startsWith('samples/'));
    none('README screenshots', (e) => e.startsWith('media/screenshots/'));
    const mainRel = path.relative(REPO_ROOT, mainFile).split(path.sep).join('/');
    check(`contains package.json and ${mainRel}`, entries.includes('package.json') && entries.includes(mainRel), `entries: ${entries.join(', ')}`);
    // The web entry too: VS Code for the Web loads `browser`, and a vsix without it activates nowhere there.
    const browserRel = pkg.browser?.replace(/^\.\//, '');
    check(`contains the browser entry ${browserRel}`, !!browserRel && entries.includes(browserRel), `browser: ${pkg.browser}; entries: ${entries.join(', ')}`);
    const size = fs.statSync(vsix).size;
    check(`size ${(size / 1024).toFixed(0)} KiB <= 5 MiB`, size <= MAX_BYTES, `${size} bytes`);

    // 3. install into a real VS Code (code-server), in throwaway dirs.
    if (!fs.existsSync(CODE_SERVER_ENTRY)) {
      check('install with code-server --install-extension', false, 'code-server is not installed; run node scripts/ensure-vscode-host.mjs');
      check('--list-extensions shows it', false, 'not installed');
    } else {
      const dirs = ['ext', 'user-data', 'xdg'].map((d) => path.join(tmp, d));
      dirs.forEach((d) => fs.mkdirSync(d));
      const common = ['--extensions-dir', dirs[0], '--user-data-dir', dirs[1], '--config', path.join(tmp, 'config.yaml')];
      const env = { ...process.env, XDG_CONFIG_HOME: dirs[2], XDG_DATA_HOME: dirs[2], XDG_CACHE_HOME: dirs[2], TMPDIR: tmp };
      fs.writeFileSync(path.join(tmp, 'config.yaml'), 'auth: none\n');
      const inst = run(process.execPath, [CODE_SERVER_ENTRY, ...common, '--install-extension', vsix], { env });
      const installed = check('install with code-server --install-extension', inst.ok && /successfully installed/i.test(inst.out), inst.out);
      const list = installed ? run(process.execPath, [CODE_SERVER_ENTRY, ...common, '--list-extensions', '--show-versions'], { env }) : { ok: false, out: 'skipped: install failed' };
      const listed = list.out.toLowerCase().split('\n').some((l) => l.startsWith(`${extId}@${pkg.version}`));
      check(`--list-extensions shows ${extId}@${pkg.version}`, list.ok && listed, list.out);
    }
  } finally {
    if (o.keep) process.stderr.write(`[vsix] kept ${vsix}\n`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  }
  const seconds = (Date.now() - t0) / 1000;
  process.stderr.write(`[vsix] finished in ${seconds.toFixed(1)} s\n`);
  return { passed, failed, ok: failed === 0 && passed > 0, vsix: o.keep ? vsix : undefined, seconds };
}

if (process.argv[1] && import.meta.url === pathToFileURL(fs.realpathSync(process.argv[1])).href) {
  const { values } = parseArgs({ options: { keep: { type: 'boolean' } } });
  const r = await checkVsix({ keep: values.keep });
  process.stdout.write(`${r.passed} passed, ${r.failed} failed\n`);
  process.exitCode = r.ok ? 0 : 1;
}
