// Whether two tokens stand side by side, read off the text between them without cutting it out: the matchers
// ask this hundreds of thousands of times per corpus, and a substring and a regular expression per question cost
// more than the rest of the test.

/** Is text[from, to) one or two spaces, tabs or no-break spaces, so the words around it may belong to one name? */
export function spacesOnly(text: string, from: number, to: number): boolean {
  const n = to - from;
  if (n < 1 || n > 2) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 0x20 && c !== 0x09 && c !== 0xa0) return false;
  }
  return true;
}

/** Does text[from, to) hold a line break (so the token after it opens a line)? */
export function breaksLine(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 0x0a) return true;
  return false;
}
