// Plain-text tables for terminal reports; widths count characters, not bytes.
// Rows come back as separate lines so each is made printable (terminalText.ts) without shifting a column.

export interface TableOptions {
  header?: boolean;
  alignRight?: number[];
}

export function table(rows: string[][], options: TableOptions = {}): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  const render = (row: string[]): string =>
    row
      .map((cell, i) => {
        const pad = ' '.repeat(widths[i] - [...cell].length);
        if (i === row.length - 1 && !options.alignRight?.includes(i)) return cell;
        return options.alignRight?.includes(i) ? pad + cell : cell + pad;
      })
      .join('  ');
  const lines = rows.map(render);
  if (options.header && lines.length > 0) lines.splice(1, 0, widths.map((w) => '─'.repeat(w)).join('  '));
  return lines;
}
