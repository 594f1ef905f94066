import * as assert from 'node:assert/strict';
import { CorrectedEntities } from '../../src/core/correctionsEntities';
import type { Entity } from '../../src/core/types';

const person = (id: string, name: string, aliases: string[] = []): Entity => ({ id, type: 'PER', name, aliases, roles: [] });

describe('CorrectedEntities: the entity an entry of corpus.yaml names', () => {
  it('finds by id, then by display name, then by alias, in any letter case and ё/е', () => {
    const table = new CorrectedEntities([person('per:a', 'Пётр Иванов', ['Иванов']), person('per:b', 'Иванов')]);
    assert.equal(table.find('per:a')?.id, 'per:a');
    assert.equal(table.find('петр иванов')?.id, 'per:a');
    assert.equal(table.find(' ИВАНОВ ')?.id, 'per:b', 'a display name before an alias');
  });

  it('of two entities with one name, finds the one added first, as long as it keeps the name', () => {
    const [first, second] = [person('per:a', 'Кушнер'), person('per:b', 'Кушнер')];
    const table = new CorrectedEntities([first, second]);
    assert.equal(table.find('Кушнер')?.id, 'per:a');
    first.name = 'Джаред Кушнер';
    table.named(first);
    assert.equal(table.find('Кушнер')?.id, 'per:b', 'a name the entity no longer has finds it no more');
    table.delete('per:b');
    assert.equal(table.find('Кушнер'), undefined);
    table.set(person('per:b', 'Кушнер'));
    assert.equal(table.find('кушнер')?.id, 'per:b');
  });

  it('finds by an alias given after it was added, and not by one taken away', () => {
    const entity = person('per:a', 'Владимир Зеленский');
    const table = new CorrectedEntities([entity]);
    entity.aliases.push('Зеля');
    table.aliased(entity, 'Зеля');
    assert.equal(table.find('зеля')?.id, 'per:a');
    entity.aliases = [];
    assert.equal(table.find('Зеля'), undefined);
  });
});
