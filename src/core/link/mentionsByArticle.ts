// The corpus-wide passes that look at neighbouring person mentions (adjacent names, restated names) read each
// article's mentions in text order.
import type { PersonMention } from '../extract/people';
import { ListMap } from '../util/listMap';

/** Each article's person mentions, in text order. */
export function mentionsByArticle(mentions: readonly PersonMention[]): Map<string, PersonMention[]> {
  const byDoc = new ListMap<string, PersonMention>();
  for (const m of mentions) byDoc.add(m.doc, m);
  for (const inDoc of byDoc.values()) inDoc.sort((a, b) => a.start - b.start);
  return byDoc;
}
