// Article text and file names are untrusted, and a terminal obeys control characters: ESC]0;…BEL sets the
// window title, ESC[2J clears the screen, a newline in a file name forges a line of output. Everything the
// CLI prints passes through here.

/** C0 controls, DEL and C1 controls (U+009B is CSI, the same as ESC[ in terminals that honour C1). */
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/g;
/** DEL and C1 controls: JSON.stringify and the yaml library escape C0 controls but leave these raw. */
const UNESCAPED_BY_FORMATS = /[\u007f-\u009f]/g;

const hex = (char: string): string => char.charCodeAt(0).toString(16).padStart(2, '0');

/**
 * One line of human-readable output with each control character replaced by one visible character, so
 * table columns stay aligned: C0 and DEL by their Unicode control pictures (␛ ␇ ␊ ␡), C1 by U+FFFD.
 */
export function printable(line: string): string {
  return line.replace(CONTROL, (char) => {
    const code = char.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    return code === 0x7f ? '\u2421' : '\ufffd';
  });
}

/** Human-readable lines, each made printable, one per output line; nothing for no lines. */
export function writeLines(stream: NodeJS.WritableStream, lines: readonly string[]): void {
  if (lines.length > 0) stream.write(`${lines.map(printable).join('\n')}\n`);
}

/**
 * JSON.stringify escapes C0 controls but leaves DEL and C1 raw; as \u escapes they parse back to the
 * same strings. They only occur inside strings: JSON's own syntax is ASCII.
 */
export function escapeControlsInJson(json: string): string {
  // Most corpora have none: a search is cheaper than a replacement that copies megabytes of output unchanged.
  if (json.search(UNESCAPED_BY_FORMATS) < 0) return json;
  return json.replace(UNESCAPED_BY_FORMATS, (char) => `\\u00${hex(char)}`);
}

/**
 * The yaml library escapes C0 controls but leaves DEL and C1 raw, inside double quotes: it quotes every
 * string holding them, and \x escapes are valid there and parse back to the same strings.
 */
export function escapeControlsInYaml(yaml: string): string {
  return yaml.replace(UNESCAPED_BY_FORMATS, (char) => `\\x${hex(char)}`);
}
