#!/usr/bin/env node
/**
 * Packaging check: builds the .vsix exactly as a release would — `npm run package` in a clean copy of the
 * checkout (the files git tracks or would add, with the installed node_modules linked in, and no dist/), so
 * its `vscode:prepublish` production build must produce every entry — then looks inside and installs it into
 * a real VS Code (code-server). It catches a package that only works with a stale dist/ left over, a
 * .vscodeignore that leaks sources or samples, bundles that are not minified, a README image or icon that is
 * not in the package, a bloated package, and a manifest VS Code refuses to install.
 *
 * Usage (with the host from scripts/ensure-vscode-host.mjs):
 *   node test/integration/vsix.mjs [--keep]        --keep: leave the temp dir with x.vsix and print its path
 * stdout: one line per check, then `N passed, N failed` last. Exit code 0 only if every check passed.
 *
 * The .vsix is a zip. `unzip` is not on every fresh machine, so entries are read with the small zip reader
 * below (no dependency).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { CODE_SERVER_ENTRY, REPO_ROOT } from '../../scripts/ensure-vscode-host.mjs';

/** The whole .vsix: the bundles, three README screenshots and the icon fit in well under this. */
const MAX_BYTES = 2 * 1024 * 1024;

/**
 * The entries of a zip file, read from its central directory (no zip64: a .vsix over 4 GB or with 65535+
 * entries would be absurd here, and is reported as an error rather than misread), each with a reader of its
 * bytes (stored or deflated, the two methods vsce writes).
 * @param {string} file @returns {Map<string, () => Buffer>}
 */
export function zipContents(file) {
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
  /** @type {Map<string, () => Buffer>} */
  const entries = new Map();
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error(`${file}: bad central directory entry at ${p}`);
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const localHeader = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen);
    entries.set(name, () => {
      if (buf.readUInt32LE(localHeader) !== 0x04034b50) throw new Error(`${file}: bad local header of ${name}`);
      const start = localHeader + 30 + buf.readUInt16LE(localHeader + 26) + buf.readUInt16LE(localHeader + 28);
      const data = buf.subarray(start, start + compressedSize);
      if (method === 0) return data;
      if (method === 8) return inflateRawSync(data);
      throw new Error(`${file}: ${name} uses zip method ${method}`);
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** @param {string} file @returns {string[]} */
export function zipEntries(file) {
  return [...zipContents(file).keys()];
}

/** Width and height of a PNG, from its IHDR chunk; undefined when it is not a PNG. @param {Buffer} data */
export function pngSize(data) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (data.length < 24 || !data.subarray(0, 8).equals(signature) || data.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

/** Every image a Markdown file shows: `![alt](src "title")` and `<img src="…">`. @param {string} markdown */
export function markdownImages(markdown) {
  const images = [...markdown.matchAll(/!\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+["'][^)]*["'])?\s*\)/g)].map((m) => m[1]);
  for (const m of markdown.matchAll(/<img\b[^>]*?\bsrc\s*=\s*["']([^"']+)["']/gi)) images.push(m[1]);
  return images;
}

/**
 * A copy of the checkout as a fresh clone would have it: the files git tracks or would add (so no dist/, out/
 * or anything ignored), with the installed node_modules linked in as `npm ci` would have put them.
 * @param {string} to @returns {string | undefined} why it could not be made
 */
function cleanCheckout(to) {
  const listed = run('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: REPO_ROOT });
  if (!listed.ok) return `git could not list the checkout's files: ${listed.out}`;
  for (const file of listed.out.split('\0')) {
    // A symlinked node_modules is not a folder to .gitignore's `node_modules/`; a deleted file is listed until committed.
    if (!file || file.split('/').includes('node_modules') || !fs.existsSync(path.join(REPO_ROOT, file))) continue;
    fs.mkdirSync(path.dirname(path.join(to, file)), { recursive: true });
    fs.copyFileSync(path.join(REPO_ROOT, file), path.join(to, file));
  }
  fs.symlinkSync(fs.realpathSync(path.join(REPO_ROOT, 'node_modules')), path.join(to, 'node_modules'), 'dir');
  return undefined;
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
    // 1. package, as `npm run package` on a fresh clone after `npm ci`: vsce runs `vscode:prepublish` first.
    const checkout = path.join(tmp, 'checkout');
    const notCopied = cleanCheckout(checkout);
    if (!check('a clean copy of the checkout (no dist/)', !notCopied, notCopied)) {
      return { passed, failed, ok: false, seconds: (Date.now() - t0) / 1000 };
    }
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const packaged = run(npm, ['run', '--silent', 'package', '--', '-o', vsix], { cwd: checkout });
    if (!check('npm run package on a fresh checkout (vscode:prepublish builds dist/)', packaged.ok && fs.existsSync(vsix), packaged.out)) {
      return { passed, failed, ok: false, seconds: (Date.now() - t0) / 1000 };
    }

    // 2. contents. Entries of the extension live under `extension/` inside the zip.
    const zip = zipContents(vsix);
    /** @type {Map<string, () => Buffer>} */
    const files = new Map([...zip].filter(([e]) => e.startsWith('extension/')).map(([e, read]) => [e.slice('extension/'.length), read]));
    const entries = [...files.keys()];
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
    none('.ts sources', (e) => e.endsWith('.ts'));
    none('samples/', (e) => e.startsWith('samples/'));
    none('the browser core for pages of one\'s own (dist/web/core.js)', (e) => e === 'dist/web/core.js');

    const mainRel = path.posix.normalize(pkg.main ?? 'dist/extension.js');
    check(`contains package.json and ${mainRel}`, entries.includes('package.json') && entries.includes(mainRel), `entries: ${entries.join(', ')}`);
    // The web entry too: VS Code for the Web loads `browser`, and a vsix without it activates nowhere there.
    const browserRel = pkg.browser && path.posix.normalize(pkg.browser);
    check(`contains the browser entry ${browserRel}`, !!browserRel && entries.includes(browserRel), `browser: ${pkg.browser}; entries: ${entries.join(', ')}`);
    // The desktop extension starts its indexing on a worker thread from this file, beside `main`.
    const workerRel = path.posix.join(path.posix.dirname(mainRel), 'indexWorker.js');
    check(`contains the indexing worker ${workerRel}`, entries.includes(workerRel), `entries: ${entries.join(', ')}`);
    // The web build's indexing worker, beside `browser`.
    const webWorkerRel = browserRel && path.posix.join(path.posix.dirname(browserRel), 'indexWorker.js');
    check(`contains the web indexing worker ${webWorkerRel}`, !!webWorkerRel && entries.includes(webWorkerRel), `entries: ${entries.join(', ')}`);
    // The pictures' pages and their stylesheet: a webview loads them from the package (src/vscode/pictures/).
    const pages = fs.readdirSync(path.join(REPO_ROOT, 'src', 'webview')).filter((f) => f.endsWith('.ts')).map((f) => `dist/webview/${f.replace(/\.ts$/, '.js')}`);
    for (const needed of [...pages, 'media/pictures.css']) check(`contains the picture file ${needed}`, entries.includes(needed), `entries: ${entries.join(', ')}`);
    // The production build. Line length says little (minifying turns "\n" in the word lists into real line breaks),
    // but esbuild names each module in a `// src/…` comment and indents nested code only when it does not minify.
    for (const bundle of [mainRel, workerRel, browserRel, webWorkerRel, ...pages, ...Object.values(pkg.bin ?? {}).map((b) => path.posix.normalize(String(b)))]) {
      if (!bundle || !files.has(bundle)) continue;
      const lines = files.get(bundle)().toString('utf8').split('\n');
      const moduleComments = lines.filter((l) => /^\s*\/\/ (src|node_modules)\//.test(l)).length;
      const indented = lines.filter((l) => /^ {2}/.test(l)).length;
      const sourceMap = lines.some((l) => l.includes('sourceMappingURL'));
      check(
        `${bundle} is a minified production build without a source map`,
        moduleComments === 0 && indented < lines.length * 0.05 && !sourceMap,
        `${moduleComments} module comments, ${indented} of ${lines.length} lines indented${sourceMap ? ', a sourceMappingURL' : ''}`,
      );
    }

    // Marketplace listing: a PNG icon of 128×128, a CHANGELOG, the README's images in the package.
    const icon = pkg.icon && path.posix.normalize(pkg.icon);
    const iconSize = icon && files.has(icon) ? pngSize(files.get(icon)()) : undefined;
    check(`icon ${icon} is a 128×128 PNG in the vsix`, iconSize?.width === 128 && iconSize?.height === 128, `icon: ${pkg.icon}; ${iconSize ? `${iconSize.width}×${iconSize.height}` : 'missing or not a PNG'}`);
    check('contains CHANGELOG.md', entries.some((e) => e.toLowerCase() === 'changelog.md'), `entries: ${entries.join(', ')}`);
    const readme = entries.find((e) => e.toLowerCase() === 'readme.md');
    const images = readme ? markdownImages(files.get(readme)().toString('utf8')) : [];
    const broken = images.filter((src) => {
      if (/^https:\/\//i.test(src)) return false;
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) return true;
      return !files.has(path.posix.normalize(decodeURIComponent(src.replace(/[?#].*$/, ''))));
    });
    check(`every README image (${images.length}) is in the vsix or an https URL`, !!readme && images.length > 0 && broken.length === 0, readme ? `not in the package: ${broken.join(', ')}` : 'no README.md');
    const placeholder = /example\.(invalid|com|org)/i;
    check('manifest: real categories, no placeholder repository', !(pkg.categories ?? []).every((c) => c === 'Other') && !placeholder.test(JSON.stringify(pkg.repository ?? '')), `categories: ${JSON.stringify(pkg.categories)}; repository: ${JSON.stringify(pkg.repository)}`);

    const size = fs.statSync(vsix).size;
    check(`size ${(size / 1024).toFixed(0)} KiB <= ${MAX_BYTES / 1024 / 1024} MiB`, size <= MAX_BYTES, `${size} bytes`);

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
