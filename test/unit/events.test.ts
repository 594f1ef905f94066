import * as assert from 'node:assert/strict';
import { MemoryFileSystem } from '../../src/core/corpus/fileSystem';
import { indexCorpus } from '../../src/core/pipeline';
import { sampleIndex } from './samples';

async function eventsOf(files: Record<string, string>) {
  const index = await indexCorpus(new MemoryFileSystem(files));
  const name = (id: string) => index.entities.get(id)?.name ?? id;
  return index.events.map((e) => ({ ...e, names: e.participants.map(name) }));
}

describe('events', () => {
  it('one summit reported in Russian and Ukrainian is one event with both sources', async () => {
    const events = await eventsOf({
      'ru.txt': ' date 2026-01-06 Заголовок\nСаммит «коалиции желающих» прошел в Париже 6 января. В нем участвовал Владимир Зеленский.',
      'uk.txt': ' date 2026-01-07 Заголовок\nСаміт «Коаліції охочих» відбувся у Парижі 6 січня, заявив Володимир Зеленський.',
    });
    assert.equal(events.length, 1);
    assert.equal(events[0].date, '2026-01-06');
    assert.deepEqual([...new Set(events[0].sources.map((s) => s.doc))], ['ru.txt', 'uk.txt']);
    // The title says what it was; its day and place are the event's own fields, not repeated in it.
    assert.equal(events[0].title, 'Саммит «коалиции желающих»');
    assert.equal(events[0].place, 'loc:paris');
  });

  it('a date mentioned in passing is not an event', async () => {
    const events = await eventsOf({ 'a.txt': ' date 2026-01-06 Заголовок\nПо данным на 5 января, цены выросли. Дональд Трамп уехал 6 января.' });
    assert.deepEqual(events, []);
  });

  it('talks on two days are one event with a start and an end', async () => {
    const events = await eventsOf({
      'a.txt': ' date 2026-01-06 Заголовок\nСтив Уиткофф провел переговоры с Рустемом Умеровым 6 и 7 января в Париже.',
    });
    assert.equal(events.length, 1);
    assert.equal(events[0].date, '2026-01-06');
    assert.equal(events[0].end, '2026-01-07');
    assert.deepEqual(events[0].names.sort(), ['Рустем Умеров', 'Стив Уиткофф']);
  });

  it('a declaration signed after a meeting takes the meeting’s date', async () => {
    const events = await eventsOf({
      'a.txt': ' date 2026-01-08 Заголовок\nВстреча Владимира Зеленского и Эммануэля Макрона прошла в Париже 6 января. По итогам встречи Владимир Зеленский и Эммануэль Макрон подписали декларацию.',
    });
    const declaration = events.find((e) => e.title.startsWith('Декларация'));
    assert.ok(declaration, events.map((e) => e.title).join('; '));
    assert.equal(declaration.date, '2026-01-06');
  });

  it('a delegation’s members join the talks of their article', async () => {
    const events = await eventsOf({
      'a.txt': ' date 2026-01-06 Заголовок\nСтив Уиткофф продолжит переговоры с Украиной 7 января в Париже. В состав делегации входят Джаред Кушнер и Джош Грюнбаум.',
    });
    assert.equal(events.length, 1);
    assert.deepEqual(events[0].names.sort(), ['Джаред Кушнер', 'Джош Грюнбаум', 'Стив Уиткофф']);
  });

  it('a word that is a trigger only once folded (ё read as е) reports nothing, as written it is none', async () => {
    const text = (verb: string) => ` date 2026-01-06 Заголовок\nДональд Туск и Кир Стармер ${verb} в Париже 6 января.`;
    assert.equal((await eventsOf({ 'a.txt': text('встретились') })).length, 1);
    assert.deepEqual(await eventsOf({ 'a.txt': text('встрётились') }), []);
  });

  it('a medium quoted as the source takes no part', async () => {
    const events = await eventsOf({ 'a.txt': ' date 2026-01-06 Заголовок\nДональд Туск и Кир Стармер встретились в Париже 6 января, сообщает Reuters.' });
    assert.equal(events.length, 1);
    assert.ok(!events[0].names.includes('Reuters'));
  });

  it('the seeds make four events: summit, talks, declaration, and Budanov’s meeting', async () => {
    const index = await sampleIndex();
    const events = index.events.map((e) => [e.title, e.date, e.end ?? e.date, e.place ? index.entities.get(e.place)?.name : undefined]).sort();
    assert.deepEqual(events, [
      ['Декларация — Владимир Зеленский', '2026-01-06', '2026-01-06', 'Париж'],
      ['Зустріч — Кирило Буданов, Жак Ланглад де Монгро', '2026-01-07', '2026-01-07', undefined],
      ['Переговоры — Стив Уиткофф, Джаред Кушнер, Чарльз Кушнер и др.', '2026-01-06', '2026-01-07', 'Франция'],
      ['Саммит «коалиции желающих»', '2026-01-06', '2026-01-06', 'Париж'],
    ]);
    const talks = index.events.find((e) => e.title.startsWith('Переговоры'))!;
    assert.ok(talks.participants.length >= 8);
    for (const source of talks.sources) assert.ok(index.articles.get(source.doc)!.text.slice(source.start, source.end).length > 0);
  });

  // [what, files, the event's title starts with, organizations that must not take part, ones that must]
  const media: [string, Record<string, string>, string, string[], string[]][] = [
    [
      'a medium that writes',
      { 'a.txt': ' date 2026-03-03 Заголовок\nЭммануэль Макрон и Фридрих Мерц встретились в Берлине 3 марта, пишет Politico.' },
      'Встреча',
      ['Politico'],
      [],
    ],
    [
      'a medium a document was seen by',
      { 'a.txt': ' date 2026-03-03 Заголовок\nВстреча Кира Стармера и Марка Рютте пройдет в Лондоне 3 марта, согласно письму, оказавшемуся в распоряжении Bloomberg.' },
      'Встреча',
      ['Bloomberg'],
      [],
    ],
    [
      'a Ukrainian medium that passes news on',
      { 'a.txt': ' date 2026-03-03 Заголовок\nАндрій Сибіга та Кая Каллас зустрілися у Брюсселі 3 березня, передає Укрінформ.' },
      'Зустріч',
      ['Укрінформ'],
      [],
    ],
    [
      'a medium named as one in another article, quoted without a cue here',
      {
        'a.txt': ' date 2026-03-03 Заголовок\nПереговоры Сергея Лаврова и Марко Рубио прошли в Эр-Рияде 3 марта, пишет ТАСС.',
        'b.txt': ' date 2026-03-03 Заголовок\nНа переговорах Сергея Лаврова и Марко Рубио в Эр-Рияде 3 марта работал корреспондент ТАСС.',
      },
      'Переговоры',
      ['ТАСС'],
      [],
    ],
    [
      'an organization quoted "по данным" elsewhere that does take part',
      {
        'a.txt': ' date 2026-03-03 Заголовок\nПредставители ООН встретились с Владимиром Зеленским в Женеве 3 марта. По данным ООН, помощь выросла вдвое.',
      },
      'Встреча',
      [],
      ['ООН'],
    ],
  ];
  for (const [what, files, kind, absent, present] of media) {
    it(`participants: ${what}`, async () => {
      const events = await eventsOf(files);
      const event = events.find((e) => e.title.startsWith(kind));
      assert.ok(event, events.map((e) => e.title).join('; '));
      for (const name of absent) assert.ok(!event.names.includes(name), `${name} in ${event.names.join(', ')}`);
      for (const name of present) assert.ok(event.names.includes(name), `${name} not in ${event.names.join(', ')}`);
    });
  }

  // [what, text, the event's title starts with, its place]
  const places: [string, string, string, string][] = [
    [
      'a declaration signed after a meeting is where the meeting was, not the country it is about',
      'Встреча Эммануэля Макрона и Фридриха Мерца прошла в Берлине 3 марта. По итогам встречи Эммануэль Макрон и Фридрих Мерц подписали декларацию о гарантиях для Молдовы на случай нападения на Молдову.',
      'Декларация',
      'Берлин',
    ],
    [
      'the same in Ukrainian',
      'Зустріч Емманюеля Макрона та Фрідріха Мерца відбулася у Берліні 3 березня. За підсумками зустрічі Емманюель Макрон і Фрідріх Мерц підписали декларацію про підтримку Молдови у разі нападу на Молдову.',
      'Декларація',
      'Берлін',
    ],
    ['a visit is where it goes', 'Визит Эммануэля Макрона в Варшаву состоялся 3 марта.', 'Визит', 'Варшава'],
    ['a Ukrainian visit goes "до"', 'Візит Емманюеля Макрона до Варшави відбувся 3 березня.', 'Візит', 'Варшава'],
    ['"на" with the locative is a venue', 'Встреча Эммануэля Макрона и Кира Стармера прошла на Кипре 3 марта.', 'Встреча', 'Кипр'],
    [
      'a place named where things are beats one things go to',
      'Эммануэль Макрон и Кир Стармер 3 марта встретились в Лондоне и договорились о поставках оружия в Польшу.',
      'Встреча',
      'Лондон',
    ],
  ];
  for (const [what, text, kind, place] of places) {
    it(`place: ${what}`, async () => {
      const index = await indexCorpus(new MemoryFileSystem({ 'a.txt': ` date 2026-03-04 Заголовок\n${text}` }));
      const event = index.events.find((e) => e.title.startsWith(kind));
      assert.ok(event, index.events.map((e) => e.title).join('; '));
      assert.equal(event.place && index.entities.get(event.place)?.name, place, event.title);
    });
  }
});
