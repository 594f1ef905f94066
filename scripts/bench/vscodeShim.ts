// The few `vscode` values the hover cards and editor ranges use, so the benchmark runs the providers' own card and
// range code (src/vscode/features/hover.ts, convert.ts) in plain Node instead of a copy that could drift from it.
// Bundled in place of `vscode` for the benchmark only; anything else of the API is absent on purpose, and a
// provider that starts using it fails the benchmark loudly rather than being measured on a stand-in.

export class MarkdownString {
  isTrusted: unknown;
  supportHtml = false;
  constructor(public value = '') {}

  appendMarkdown(value: string): this {
    this.value += value;
    return this;
  }
}

export class Position {
  constructor(
    readonly line: number,
    readonly character: number,
  ) {}
}

export class Range {
  readonly start: Position;
  readonly end: Position;
  constructor(startLine: number, startCharacter: number, endLine: number, endCharacter: number) {
    this.start = new Position(startLine, startCharacter);
    this.end = new Position(endLine, endCharacter);
  }
}

/** English messages with their `{0}` placeholders filled, as vscode.l10n.t does without a translation bundle. */
export const l10n = {
  t(message: string, ...args: unknown[]): string {
    return message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));
  },
};

export const env = { language: 'en' };
