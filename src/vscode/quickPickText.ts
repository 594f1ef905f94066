// Untrusted text (article words, file names) shown in a quick pick's label, description or detail.
// No `vscode` import, so it is unit-tested in Node.

/**
 * VS Code renders `$(name)` and `$(name~modifier)` in quick pick text as an icon; a backslash before
 * it makes it text. Only that exact syntax is escaped: VS Code shows anything else as it is, so a
 * backslash added there would show. A backslash already before `$(` is article text too: it gets one
 * more, so both show.
 */
export function escapeIcons(text: string): string {
  return text.replace(/\$\([A-Za-z0-9-]+(?:~[A-Za-z]+)?\)/g, '\\$&');
}
