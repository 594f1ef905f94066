// A hover card's markdown read back into plain records, for a webview that shows the same card: paragraphs, list
// items and rules of text runs, bold or linked. It reads only what hover.ts writes (escapeMarkdown, commandLink,
// **bold**, `- ` items, `---`), so the webview writes each run with textContent and never parses markup itself.
// Pure, like the rest of the core: unit tests run it in plain Node.

/** A stretch of a card's text: bold, or a link (an index into Card.links). */
export interface CardRun {
  readonly text: string;
  readonly bold?: boolean;
  readonly link?: number;
  /** The link's tooltip. */
  readonly title?: string;
}

export type CardBlock = { readonly kind: 'paragraph' | 'item'; readonly runs: readonly CardRun[] } | { readonly kind: 'rule' };

/** A command link of the card: what runs when the webview asks for link n. */
export interface CardLink {
  readonly command: string;
  readonly args: readonly unknown[];
}

export interface Card {
  readonly blocks: readonly CardBlock[];
  readonly links: readonly CardLink[];
}

/**
 * The card of a markdown text. A link to a command outside `allowed`, or one whose arguments do not parse, stays
 * as its label's text.
 */
export function cardOfMarkdown(markdown: string, allowed: readonly string[]): Card {
  const blocks: CardBlock[] = [];
  const links: CardLink[] = [];
  let paragraph: string[] = [];
  const flush = (): void => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', runs: runsOf(paragraph.join(' '), allowed, links) });
    paragraph = [];
  };
  for (const line of markdown.split('\n')) {
    if (line.trim() === '') flush();
    else if (line.trim() === '---') {
      flush();
      blocks.push({ kind: 'rule' });
    } else if (line.startsWith('- ')) {
      flush();
      blocks.push({ kind: 'item', runs: runsOf(line.slice(2), allowed, links) });
    } else paragraph.push(line);
  }
  flush();
  return { blocks, links };
}

/** The runs of one line: backslash escapes read, `**` toggling bold, `[label](command:… "title")` links. */
function runsOf(line: string, allowed: readonly string[], links: CardLink[]): CardRun[] {
  const runs: CardRun[] = [];
  let text = '';
  let bold = false;
  const push = (run: CardRun): void => {
    const last = runs[runs.length - 1];
    // Neighbouring plain runs of one weight join.
    if (last && last.link === undefined && run.link === undefined && !!last.bold === !!run.bold) runs[runs.length - 1] = { ...last, text: last.text + run.text };
    else if (run.text) runs.push(run);
  };
  const flushText = (): void => {
    if (text) push(bold ? { text, bold: true } : { text });
    text = '';
  };
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '\\' && i + 1 < line.length) text += line[++i];
    else if (c === '*' && line[i + 1] === '*') {
      flushText();
      bold = !bold;
      i++;
    } else if (c === '[') {
      const link = linkAt(line, i);
      if (!link) {
        text += c;
        continue;
      }
      flushText();
      const target = commandOf(link.destination, allowed);
      if (target) {
        links.push(target);
        push({ text: link.label, link: links.length - 1, ...(link.title ? { title: link.title } : {}), ...(bold ? { bold: true } : {}) });
      } else push(bold ? { text: link.label, bold: true } : { text: link.label });
      i = link.end - 1;
    } else text += c;
  }
  flushText();
  return runs;
}

/** The link starting at `[`: its label (escapes read), destination and title, and where it ends. */
function linkAt(line: string, open: number): { label: string; destination: string; title?: string; end: number } | undefined {
  let label = '';
  let i = open + 1;
  for (; i < line.length && line[i] !== ']'; i++) label += line[i] === '\\' && i + 1 < line.length ? line[++i] : line[i];
  if (line[i] !== ']' || line[i + 1] !== '(') return undefined;
  i += 2;
  const destStart = i;
  while (i < line.length && line[i] !== ' ' && line[i] !== ')') i++;
  const destination = line.slice(destStart, i);
  let title: string | undefined;
  if (line[i] === ' ' && line[i + 1] === '"') {
    title = '';
    for (i += 2; i < line.length && line[i] !== '"'; i++) title += line[i] === '\\' && i + 1 < line.length ? line[++i] : line[i];
    i++;
  }
  if (line[i] !== ')') return undefined;
  return { label, destination, ...(title !== undefined ? { title } : {}), end: i + 1 };
}

/** `command:id?<percent-encoded JSON>` → the command and its arguments (an array is the argument list, as VS Code reads it). */
function commandOf(destination: string, allowed: readonly string[]): CardLink | undefined {
  const match = /^command:([\w.-]+)(?:\?(.*))?$/.exec(destination);
  if (!match || !allowed.includes(match[1])) return undefined;
  if (match[2] === undefined) return { command: match[1], args: [] };
  try {
    const parsed: unknown = JSON.parse(decodeURIComponent(match[2]));
    return { command: match[1], args: Array.isArray(parsed) ? parsed : [parsed] };
  } catch {
    // commandUri always writes JSON: anything else is not a link of ours, and its label shows as text.
    return undefined;
  }
}
