#!/usr/bin/env node
/**
 * The web extension in VS Code's web worker extension host: code-server's workbench in Chromium, the extension
 * under development forced into the web worker host (payload `extensionDevelopmentKind=web`), from a copy of
 * the package whose manifest has no `main` and no dist/extension.js — so only the `browser` entry
 * (dist/web/extension.js) can be what fills the sidebar, reading the corpus through vscode.workspace.fs.
 *
 * This is VS Code 1.99.3's web worker host on a vscode-remote:// folder, not vscode.dev on a virtual file system.
 *
 * Usage (after `node esbuild.mjs`; host from scripts/ensure-vscode-host.mjs):
 *   node test/integration/webHost.mjs
 * stdout: one line per check, then `N passed, N failed` last. Exit code 0 only if every check passed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT, launchChromium, remoteUri, startCodeServer } from './codeServer.mjs';

const WEB_EXTENSION = path.join(REPO_ROOT, 'dist', 'web', 'extension.js');
/** What the manifest refers to besides the entry points: strings, grammar, icons. */
const PACKAGE_PARTS = ['l10n', 'media', 'syntaxes', ...fs.readdirSync(REPO_ROOT).filter((f) => /^package\.nls.*\.json$/.test(f))];
const EXPECTED_ROWS = ['Саммит «коалиции желающих»', 'Стив Уиткофф', 'Париж'];

/** @param {string} dir the extension as the web host alone can run it */
function copyWebOnlyExtension(dir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8'));
  delete manifest.main;
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  for (const part of PACKAGE_PARTS) fs.cpSync(path.join(REPO_ROOT, part), path.join(dir, part), { recursive: true });
  fs.mkdirSync(path.join(dir, 'dist', 'web'), { recursive: true });
  fs.copyFileSync(WEB_EXTENSION, path.join(dir, 'dist', 'web', 'extension.js'));
}

/**
 * @param {{folder?: string, out?: (line: string) => void}} [o]
 * @returns {Promise<{passed: number, failed: number, ok: boolean, seconds: number}>}
 */
export async function checkWebHost(o = {}) {
  const t0 = Date.now();
  const out = o.out ?? ((line) => process.stdout.write(`${line}\n`));
  const folder = path.resolve(REPO_ROOT, o.folder ?? path.join('samples', 'paris-2026-01'));
  const name = 'the browser entry alone fills the Corpus sidebar in the web worker extension host';
  /** @type {string[]} */
  const problems = [];
  /** @type {string[]} */
  const consoleErrors = [];
  const extensionDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cn-webext-'));
  try {
    if (!fs.existsSync(WEB_EXTENSION)) throw new Error(`${WEB_EXTENSION} is missing; run \`node esbuild.mjs\``);
    copyWebOnlyExtension(extensionDir);
    const server = await startCodeServer();
    try {
      const browser = await launchChromium({ viewport: { width: 1280, height: 800 } });
      try {
        const { page } = browser;
        page.on('console', (m) => {
          if (m.type() === 'error') consoleErrors.push(m.text());
        });
        const payload = [['extensionDevelopmentPath', remoteUri(server, extensionDir)], ['extensionDevelopmentKind', 'web']];
        await page.goto(`${server.origin}/?${new URLSearchParams({ folder, payload: JSON.stringify(payload) })}`);
        await page.locator('.activitybar .action-item a[aria-label^="Corpus"]').first().click({ timeout: 60_000 });
        // The trees fill once the extension has indexed the folder.
        await page.locator('.pane-body .monaco-list-row', { hasText: EXPECTED_ROWS[1] }).first().waitFor({ state: 'visible', timeout: 30_000 });
        const rows = (await page.locator('.pane-body .monaco-list-row').allInnerTexts()).join('\n');
        problems.push(...EXPECTED_ROWS.filter((s) => !rows.includes(s)).map((s) => `sidebar lacks "${s}"`));
      } finally {
        await browser.stop();
      }
    } finally {
      await server.stop();
    }
  } catch (err) {
    problems.push(err instanceof Error ? err.message.split('\n')[0] : String(err));
  } finally {
    fs.rmSync(extensionDir, { recursive: true, force: true });
  }
  const corpusErrors = consoleErrors.filter((e) => /corpus/i.test(e));
  if (problems.length && corpusErrors.length) problems.push(`console errors: ${corpusErrors.slice(0, 5).join(' | ')}`);
  out(`${problems.length ? '✘' : '✔'} ${name}${problems.length ? `\n    ${problems.join('\n    ')}` : ''}`);
  const failed = problems.length ? 1 : 0;
  return { passed: 1 - failed, failed, ok: failed === 0, seconds: (Date.now() - t0) / 1000 };
}

if (process.argv[1] && import.meta.url === pathToFileURL(fs.realpathSync(process.argv[1])).href) {
  const r = await checkWebHost();
  process.stdout.write(`${r.passed} passed, ${r.failed} failed\n`);
  process.exitCode = r.ok ? 0 : 1;
}
