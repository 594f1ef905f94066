/**
 * Checks the harness itself: the editor was opened on the sample corpus, so a failure elsewhere is about the
 * extension, not about how VS Code was started.
 */
import * as assert from 'assert';
import * as vscode from 'vscode';

describe('integration harness', () => {
  it('opens the sample corpus samples/paris-2026-01 as the only workspace folder', () => {
    const folders = vscode.workspace.workspaceFolders ?? [];
    assert.strictEqual(folders.length, 1, `expected one workspace folder, got ${folders.map((f) => f.uri.toString()).join(', ')}`);
    assert.ok(folders[0].uri.path.endsWith('/samples/paris-2026-01'), `unexpected folder ${folders[0].uri.toString()}`);
    assert.strictEqual(folders[0].uri.scheme, 'file');
  });
});
