// Quick pick labels, descriptions and details render `$(name)` as an icon. Text taken from articles and corpus.yaml
// must show as written: each icon in it is escaped as `\$(name)`, which the quick pick shows as a literal `$(name)`.
// No `vscode` import, so unit tests run it in plain Node; every quick pick built from untrusted text uses it.

/** Where an icon starts, as VS Code's label renderer reads icons: `$(name)` or `$(name~modifier)`. */
const ICON_START = /\$\((?=[A-Za-z0-9-]+(?:~[A-Za-z]+)?\))/g;

/**
 * The text with every icon escaped, for a quick pick label, description or detail. A backslash already before
 * an icon stays visible: `\$(x)` becomes `\\$(x)`, which shows as `\$(x)`.
 */
export function escapeIcons(text: string): string {
  return text.replace(ICON_START, '\\$(');
}
