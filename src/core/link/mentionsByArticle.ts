// The corpus-wide passes that look at neighbouring person mentions (adjacent names, restated names) read each
// article's mentions in text order.
import type { PersonMention } from '../extract/people';

/** Each article's person mentions, in text order. */
export function mentionsByArticle(mentions: readonly PersonMention[]): Map<string, PersonMention[]> {
  const byDoc = new Map<string, PersonMention[]>();
  for (const m of mentions) {
    const inDoc = byDoc.get(m.doc);
    if (inDoc) inDoc.push(m);
    else byDoc.set(m.doc, [m]);
  }
  for (const inDoc of byDoc.values()) inDoc.sort((a, b) => a.start - b.start);
  return byDoc;
}
