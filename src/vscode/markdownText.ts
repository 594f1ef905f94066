// Markdown from untrusted text (article text, titles, names, file names, corpus.yaml), for hover cards and tree
// tooltips. No `vscode` import, so unit tests run it in plain Node: whatever an article says renders as text, never
// as markup, a link or a command. (MarkdownString.appendText is not enough: it leaves `.` and `:`, so GFM turns
// https://…, www.… and e-mail addresses into live links.)

/** Characters with a meaning in CommonMark/GFM inline syntax; each is escaped with a backslash. */
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()<>#+\-.!|~&$:"']/g;

/**
 * The text, escaped for use inside markdown (a link label, a list item): every markdown punctuation
 * character (`[`, `]`, `\` among them) is backslash-escaped, and line breaks become spaces so the text stays
 * on one line. Long texts are cut to `max` characters with an ellipsis. GFM autolinks cannot form either: each
 * needs a bare `.` or `:` (`www.`, `https://`, `mailto:`, `user@host.tld`), and `\.` / `\:` render the same.
 */
export function escapeMarkdown(text: string, max = Infinity): string {
  return oneLine(text, max).replace(MARKDOWN_PUNCTUATION, '\\$&');
}

/** The text on one line (whitespace runs as one space), cut to `max` characters with an ellipsis. */
export function oneLine(text: string, max = Infinity): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, Math.max(0, max - 1)).trimEnd()}…` : t;
}

/** Markdown paragraphs showing each untrusted text as plain text (a tooltip's lines); empty texts are left out. */
export function markdownParagraphs(...texts: string[]): string {
  return texts
    .map((t) => escapeMarkdown(t))
    .filter(Boolean)
    .join('\n\n');
}

/**
 * A `command:` URI running `command` with `args` (a single argument, or an array of arguments).
 * The arguments are JSON, percent-encoded; parentheses are encoded too (encodeURIComponent leaves them) so
 * an argument can never close the markdown link's destination.
 */
export function commandUri(command: string, args?: unknown): string {
  if (args === undefined) return `command:${command}`;
  const query = encodeURIComponent(JSON.stringify(args)).replace(/\(/g, '%28').replace(/\)/g, '%29');
  return `command:${command}?${query}`;
}

/** A markdown link `[label](command:…)` with the label escaped; the title (tooltip) is escaped too. */
export function commandLink(label: string, command: string, args?: unknown, title?: string): string {
  const tooltip = title ? ` "${title.replace(/["\\]/g, '\\$&').replace(/\s+/g, ' ')}"` : '';
  return `[${escapeMarkdown(label)}](${commandUri(command, args)}${tooltip})`;
}
