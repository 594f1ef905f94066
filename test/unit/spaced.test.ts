import * as assert from 'node:assert/strict';
import { MemoryFileSystem } from '../../src/core/corpus/fileSystem';
import { indexCorpus } from '../../src/core/pipeline';
import { spaceOut, spacedSpan } from './spaced';

describe('spaceOut (the test transform to pre-tokenized text)', () => {
  const cases: { text: string; expected: string }[] = [
    { text: 'В Києві, заявив «Укренерго».', expected: 'В Києві , заявив « Укренерго » .' },
    { text: 'Рост 2.5%, т.е. сайт Lenta.ru (Москва)!', expected: 'Рост 2.5% , т.е . сайт Lenta.ru ( Москва ) !' },
    { text: "Мар'яна з Івано-Франківська — п’ять", expected: "Мар'яна з Івано-Франківська — п’ять" },
  ];
  for (const { text, expected } of cases) it(text, () => assert.equal(spaceOut(text).text, expected));
});

type Found = [type: string, start: number, end: number];

/** The mentions of a one-article corpus, in the article's coordinates. */
async function mentionsOf(text: string): Promise<Found[]> {
  const index = await indexCorpus(new MemoryFileSystem({ 'a.txt': text }));
  return index
    .mentionsIn('a.txt')
    .map((m): Found => [m.type, m.start, m.end])
    .sort((a, b) => a[1] - b[1] || a[2] - b[2] || a[0].localeCompare(b[0]));
}

describe('pre-tokenized text gives the mentions of normal text', () => {
  // Each sentence is read twice, as written and with spaces around every punctuation mark; the mentions must be
  // the same ones, and `expected` must be among them (so the case exercises what it names).
  const cases: { name: string; text: string; expected: [string, string][] }[] = [
    {
      name: 'a quoted company name: the quotes stay outside',
      text: 'Про це в Києві заявив директор компанії «Укренерго» Володимир Кудрицький.',
      expected: [['LOC', 'Києві'], ['ORG', 'Укренерго'], ['PER', 'Володимир Кудрицький']],
    },
    {
      name: 'a Latin restatement in brackets is the same person',
      text: 'По словам министра здравоохранения Йенса Шпана (Jens Spahn), вакцинация начнётся в январе.',
      expected: [['PER', 'Йенса Шпана'], ['PER', 'Jens Spahn']],
    },
    {
      name: 'им. names an institution, not a person',
      text: 'Вакцину разработал центр им. Гамалеи, сообщил его директор Александр Гинцбург.',
      expected: [['PER', 'Александр Гинцбург']],
    },
    {
      name: 'initials before a surname, and a sentence end after it',
      text: 'Указ подписал В. В. Путин. Затем его опубликовали в Москве.',
      expected: [['PER', 'В. В. Путин'], ['LOC', 'Москве']],
    },
    {
      name: 'a genitive chain across a comma',
      text: 'Свидетельство выдано Федеральной службой по надзору в сфере связи, информационных технологий и массовых коммуникаций.',
      expected: [['ORG', 'Федеральной службой по надзору в сфере связи, информационных технологий и массовых коммуникаций']],
    },
    {
      name: 'legal forms keep their dot',
      text: 'Moderna оголосила про партнерство з Lonza Ltd., а CanSino Biological Inc. мовчить.',
      expected: [['ORG', 'Lonza Ltd.'], ['ORG', 'CanSino Biological Inc.']],
    },
    {
      name: 'a quoted title is no date',
      text: 'Об этом сообщило агентство «Россия сегодня» 5 марта 2021 г. Подробности позже.',
      expected: [['DATE', '5 марта 2021 г.']],
    },
    {
      name: 'a quotation closed after its full stop',
      text: '«Мы готовы.» Потом Володимир Зеленський поїхав до Львова.',
      expected: [['PER', 'Володимир Зеленський'], ['LOC', 'Львова']],
    },
  ];
  for (const { name, text, expected } of cases) {
    it(name, async () => {
      const spaced = spaceOut(text);
      const normal = await mentionsOf(text);
      for (const [type, surface] of expected) {
        assert.ok(normal.some(([t, s, e]) => t === type && text.slice(s, e) === surface), `${type} ${surface} in the normal text`);
      }
      const mapped = normal.map(([t, s, e]): Found => {
        const span = spacedSpan(spaced, s, e);
        return [t, span.start, span.end];
      });
      assert.deepEqual(await mentionsOf(spaced.text), mapped);
    });
  }
  it('«сегодня» inside a quoted title is no date, quotes spaced or not', async () => {
    for (const text of ['агентство «Россия сегодня» сообщило', 'агентство « Россия сегодня » сообщило', 'видання " Сегодня " повідомило']) {
      assert.ok(!(await mentionsOf(text)).some(([type]) => type === 'DATE'), text);
    }
  });
  it('a role with a quoted name reads the same', async () => {
    const text = 'Об этом заявил глава фракции «Слуга народа» Давид Арахамия в Киеве.';
    const roles = async (t: string): Promise<string[]> => {
      const index = await indexCorpus(new MemoryFileSystem({ 'a.txt': t }));
      return index.entitiesByName('Арахамия', 'PER').flatMap((e) => e.roles.map((r) => r.title));
    };
    assert.deepEqual(await roles(text), ['глава фракции «Слуга народа»']);
    assert.deepEqual(await roles(spaceOut(text).text), ['глава фракции «Слуга народа»']);
  });
});
