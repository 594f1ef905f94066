// One table runner for the place and organization tests: each row is a text and the mentions
// findPlacesOrgs should give for it, written as the chosen fields joined by "|".
import * as assert from 'node:assert/strict';
import { parseArticle } from '../../src/core/article';
import { findPlacesOrgs, type PlaceOrgMention } from '../../src/core/extract/placesOrgs';

/** [text, expected mentions]. */
export type Row = [string, string[]];
type Field = 'text' | 'type' | 'lemma' | 'entity';

/** The mentions found in `text`, only of `type` when given, each as its `fields` joined by "|". */
export function placesOrgsFound(text: string, fields: readonly Field[], type?: PlaceOrgMention['type']): string[] {
  return findPlacesOrgs(parseArticle('a.txt', text))
    .filter((m) => !type || m.type === type)
    .map((m) => fields.map((f) => m[f]).join('|'));
}

/** A `table(title, rows)` that checks each row's text gives its mentions, as `found` writes them. */
export function tableOf(found: (text: string) => string[]): (title: string, rows: Row[]) => void {
  return (title, rows) =>
    describe(title, () => {
      for (const [text, expected] of rows) it(text, () => assert.deepEqual(found(text), expected));
    });
}
