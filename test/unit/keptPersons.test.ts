// Person mentions remade on every build are handed on as last build's records while equal (src/core/link/keptPersons.ts).
import * as assert from 'node:assert/strict';
import type { PersonMention } from '../../src/core/extract/people';
import { keptPersons, samePersonMention } from '../../src/core/link/keptPersons';

const base: PersonMention = { doc: 'a.txt', start: 10, end: 25, text: 'Доминика Рааба', lemma: 'Доминик Рааб', surname: 'Рааб', first: { lemma: 'Доминик', group: 7 } };

describe('person mentions kept while the same', () => {
  it('are the same with the same fields, a remade first name included', () => {
    assert.ok(samePersonMention(base, { ...base, first: { lemma: 'Доминик', group: 7 } }));
  });

  for (const [field, value] of [
    ['doc', 'b.txt'],
    ['start', 11],
    ['end', 24],
    ['text', 'Доминик Рааб'],
    ['lemma', 'Доминика Рааба'],
    ['surname', 'Рааба'],
    ['first', { lemma: 'Доминика', group: 7 }],
    ['first', { lemma: 'Доминик', group: 8 }],
    ['first', undefined],
    ['alias', { ...base }],
    ['initials', 'Д.'],
    ['local', true],
  ] as const) {
    it(`differ in ${field} = ${JSON.stringify(value)}`, () => {
      assert.ok(!samePersonMention(base, { ...base, [field]: value }));
      assert.ok(!samePersonMention({ ...base, [field]: value }, base));
    });
  }

  it('differ when one has a field the other has not, whatever the count of fields', () => {
    const { first: _first, ...noFirst } = base;
    assert.ok(!samePersonMention({ ...noFirst, initials: 'Д.' }, base));
  });

  it('hand on the record made last time from the same mention while equal, and the new one once it differs', () => {
    const kept = keptPersons();
    const from = { ...base, lemma: 'Доминика Рааба', surname: 'Рааба' };
    const first = kept(from, { ...base });
    assert.equal(kept(from, { ...base }), first);
    const other = { ...base, lemma: 'Доминика Рааб' };
    assert.equal(kept(from, other), other);
    assert.equal(kept(from, { ...other }), other);
    assert.notEqual(kept({ ...from }, { ...base }), first, 'another mention, though equal, has its own records');
  });
});
