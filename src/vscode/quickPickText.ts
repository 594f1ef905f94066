// Quick pick labels, descriptions and details render `$(name)` as an icon; input box prompts render icons and
// `[label](command:…)` links, notifications render such links. Text taken from articles and corpus.yaml must show
// as written there too: icons are escaped as `\$(name)` (shown as a literal `$(name)`), links are broken.
// No `vscode` import, so unit tests run it in plain Node; every quick input or message built from untrusted text uses it.

/** Where an icon starts, as VS Code's label renderer reads icons: `$(name)` or `$(name~modifier)`. */
const ICON_START = /\$\((?=[A-Za-z0-9-]+(?:~[A-Za-z]+)?\))/g;

/**
 * The text with every icon escaped, for a quick pick label, description or detail. A backslash already before
 * an icon stays visible: `\$(x)` becomes `\\$(x)`, which shows as `\$(x)`.
 */
export function escapeIcons(text: string): string {
  return text.replace(ICON_START, '\\$(');
}

/**
 * The text with every markdown-style link `[label](target)` broken, for a notification or an input box prompt:
 * there VS Code turns `[label](https:…|command:…|file:…)` into a live link, and a command link runs its command.
 * A zero-width space between `]` and `(` shows nothing and makes no link.
 */
export function breakLinks(text: string): string {
  return text.replace(/\]\(/g, ']\u200B(');
}
