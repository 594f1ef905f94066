// The page every picture's webview loads: its script and the shared stylesheet from the extension's own files,
// under a Content Security Policy that allows nothing else (no inline script without the nonce, no remote
// resources, no eval). The page holds no data: that arrives as messages, and the script writes it as text.
import * as vscode from 'vscode';

/** The folders a picture's webview may load from. */
export function pictureRoots(extensionUri: vscode.Uri): vscode.Uri[] {
  return [vscode.Uri.joinPath(extensionUri, 'dist', 'webview'), vscode.Uri.joinPath(extensionUri, 'media')];
}

/** 128 random bits as hex: a fresh nonce for each page. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface PicturePage {
  readonly webview: vscode.Webview;
  readonly extensionUri: vscode.Uri;
  /** The bundle's name: src/webview/<script>.ts, built to dist/webview/<script>.js. */
  readonly script: string;
  /** The page title (for screen readers): already localized, and escaped here. */
  readonly title: string;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);

export function pictureHtml(page: PicturePage): string {
  const { webview, extensionUri, script, title } = page;
  const nonce = newNonce();
  const scriptUri = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview', `${script}.js`));
  const styleUri = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'pictures.css'));
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `img-src ${webview.cspSource} data:`,
    `font-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="${escapeHtml(vscode.env.language)}">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(styleUri.toString())}">
<title>${escapeHtml(title)}</title>
</head>
<body>
<main id="picture" aria-label="${escapeHtml(title)}"></main>
<script nonce="${nonce}" src="${escapeHtml(scriptUri.toString())}"></script>
</body>
</html>`;
}
