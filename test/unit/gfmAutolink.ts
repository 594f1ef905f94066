// Where GFM starts an autolink in plain text (VS Code renders MarkdownStrings with marked, gfm on): extended www,
// URL and e-mail autolinks, the mailto:/xmpp: protocols, and <scheme:…> autolinks. Markdown that matches none of
// these shows no link a reader did not write as one; an escaped `\.` or `\:` matches none.
// Shared by the unit tests of markdownText and the integration tests of the tooltips.
const GFM_AUTOLINK: readonly RegExp[] = [
  /www\./i,
  /(?:https?|ftp):\/\//i,
  /(?:mailto|xmpp):/i,
  /[\w.+-]+@[\w-]+\.[\w-]/,
  /<[a-z][\w+.-]*:/i,
];

/** The first autolinkable text in the markdown, if any. */
export function autolinkIn(markdown: string): string | undefined {
  for (const pattern of GFM_AUTOLINK) {
    const match = pattern.exec(markdown);
    if (match) return match[0];
  }
  return undefined;
}
