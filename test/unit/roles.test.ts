import * as assert from 'node:assert/strict';
import { MemoryFileSystem } from '../../src/core/corpus/fileSystem';
import { indexCorpus } from '../../src/core/pipeline';

/** The roles of the person whose display name contains `who`, in a one-article corpus. */
async function rolesOf(text: string, who: string): Promise<string[]> {
  const index = await indexCorpus(new MemoryFileSystem({ 'a.txt': text }));
  const person = index.entitiesOfType('PER').find((e) => e.name.includes(who));
  assert.ok(person, `${who} found among ${index.entitiesOfType('PER').map((e) => e.name).join(', ')}`);
  return person.roles.map((r) => r.title);
}

describe('roles next to names', () => {
  const cases: [string, string, string[]][] = [
    ['По словам спецпосланника президента США Стива Уиткоффа, прогресс есть.', 'Уиткофф', ['спецпосланник президента США']],
    ['В переговорах участвовал секретарь СНБО Рустем Умеров.', 'Умеров', ['секретарь СНБО']],
    ['Об этом заявил премьер-министр Польши Дональд Туск.', 'Туск', ['премьер-министр Польши']],
    ['Встречу провел посол США во Франции Чарльз Кушнер.', 'Кушнер', ['посол США во Франции']],
    ['Про це повідомив керівник Офісу президента Кирило Буданов.', 'Буданов', ['керівник Офісу президента']],
    ['Дональд Туск, премьер-министр Польши, прибыл в Киев.', 'Туск', ['премьер-министр Польши']],
    ['Зеленский встретился с командующим Вооруженными силами США в Европе Алексусом Гринкевичем.', 'Гринкевич', ['командующий Вооруженными силами США в Европе']],
  ];
  for (const [text, who, expected] of cases) {
    it(`${who}: ${expected.join(', ')}`, async () => assert.deepEqual(await rolesOf(text, who), expected));
  }

  it('a title governing a name in another case is not that name’s role', async () => {
    const text = 'Он встретился с зятем Дональда Трампа Джаредом Кушнером.';
    assert.deepEqual(await rolesOf(text, 'Трамп'), []);
    assert.deepEqual(await rolesOf(text, 'Кушнер'), ['зять Дональда Трампа']);
  });

  it('in a list, a title after a comma belongs to the next person', async () => {
    const text = 'Приехали Кирилл Буданов, секретарь СНБО Рустем Умеров и другие.';
    assert.deepEqual(await rolesOf(text, 'Буданов'), []);
    assert.deepEqual(await rolesOf(text, 'Умеров'), ['секретарь СНБО']);
  });

  it('keeps every source of a role and counts one title once', async () => {
    const index = await indexCorpus(
      new MemoryFileSystem({
        'a.txt': 'Выступил секретарь СНБО Рустем Умеров.',
        'b.txt': 'Позже секретарь СНБО Рустем Умеров уехал.',
      }),
    );
    const [umerov] = index.entitiesByName('Умеров', 'PER');
    assert.equal(umerov.roles.length, 1);
    assert.deepEqual(umerov.roles[0].sources.map((s) => s.doc), ['a.txt', 'b.txt']);
  });
});
