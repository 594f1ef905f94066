// Each mechanism that makes an event a happening the articles report, on its own: the trigger's clause, who in it
// takes part, which days it states, how far merging may stretch an event, and the title.
import * as assert from 'node:assert/strict';
import { MemoryFileSystem } from '../../src/core/corpus/fileSystem';
import { fitsDays, personKey } from '../../src/core/events/assemble';
import { clauseAround } from '../../src/core/events/clauses';
import { type Draft, dayNumber } from '../../src/core/events/drafts';
import { eventTitle, nameIn } from '../../src/core/events/titles';
import { indexCorpus } from '../../src/core/pipeline';
import type { Entity } from '../../src/core/types';

async function eventsOf(files: Record<string, string>) {
  const index = await indexCorpus(new MemoryFileSystem(files));
  const name = (id: string) => index.entities.get(id)?.name ?? id;
  return index.events.map((e) => ({ ...e, names: e.participants.map(name), placeName: e.place && name(e.place) }));
}

const article = (text: string, date = '2026-03-04'): Record<string, string> => ({ 'a.txt': ` date ${date} Заголовок\n${text}` });

describe('event mechanisms', () => {
  describe('the trigger’s clause', () => {
    // [sentence, the trigger word, its clause]
    const cases: [string, string, string][] = [
      ['Трамп заявил, что переговоры с Путиным пройдут в Женеве.', 'переговоры', ' переговоры с Путиным пройдут в Женеве.'],
      ['Встреча Зеленского, Макрона и Стармера прошла в Париже.', 'Встреча', 'Встреча Зеленского, Макрона и Стармера прошла в Париже.'],
      ['«Переговоры продолжатся», — добавил Уиткофф.', 'Переговоры', '«Переговоры продолжатся»'],
      ['Мэй достигла компромисса на встрече в пятницу, но Джонсон решил уйти.', 'встрече', 'Мэй достигла компромисса на встрече в пятницу'],
      ['Також Буданов розповів про зустріч із її керівником — генералом Лангладом.', 'зустріч', 'Також Буданов розповів про зустріч із її керівником — генералом Лангладом.'],
      ['Він зустрівся з Умєровим, а також з Арахамією.', 'зустрівся', 'Він зустрівся з Умєровим, а також з Арахамією.'],
      ['В переговорах стран ЕС прорыва нет, говорит Кароблис.', 'переговорах', 'В переговорах стран ЕС прорыва нет'],
      ['Переговори тривають, каже Кулеба.', 'Переговори', 'Переговори тривають'],
      ['Зустріч Зеленського і Макрона почнеться о 10:00 у Єлисейському палаці.', 'Зустріч', 'Зустріч Зеленського і Макрона почнеться о 10:00 у Єлисейському палаці.'],
      ['Мэй сказала журналистам: переговоры продолжатся.', 'переговоры', ' переговоры продолжатся.'],
    ];
    for (const [sentence, word, clause] of cases) {
      it(`${word} in "${sentence}"`, () => {
        const span = clauseAround(sentence, { start: 0, end: sentence.length }, sentence.indexOf(word));
        assert.equal(sentence.slice(span.start, span.end), clause);
      });
    }
  });

  describe('who takes part', () => {
    // [what, text, the event's title starts with, names that must take part, words no participant's name may have]
    const cases: [string, string, string, string[], string[]][] = [
      [
        'not who says what the talks were (another clause)',
        'Дональд Трамп заявил, что 3 марта Эммануэль Макрон и Фридрих Мерц провели переговоры в Берлине.',
        'Переговоры',
        ['Эммануэль Макрон', 'Фридрих Мерц'],
        ['Трамп'],
      ],
      [
        'not a commentator quoted "по словам"',
        'По словам Марко Рубио, 3 марта Эммануэль Макрон и Фридрих Мерц встретились в Берлине.',
        'Встреча',
        ['Эммануэль Макрон', 'Фридрих Мерц'],
        ['Рубио'],
      ],
      [
        'not the one a headline is signed by',
        'Эммануэль Макрон и Фридрих Мерц встретились в Берлине 3 марта – Марко Рубио.',
        'Встреча',
        ['Эммануэль Макрон', 'Фридрих Мерц'],
        ['Рубио'],
      ],
      [
        'not the person the talks are about',
        'Эммануэль Макрон и Фридрих Мерц 3 марта провели переговоры о деле Юлии Тимошенко.',
        'Переговоры',
        ['Эммануэль Макрон', 'Фридрих Мерц'],
        ['Тимошенко'],
      ],
      [
        'not the employer named in a person’s role',
        'Глава МИД Германии Анналена Бербок встретилась с Эммануэлем Макроном 3 марта.',
        'Встреча',
        ['Анналена Бербок', 'Эммануэль Макрон'],
        ['МИД'],
      ],
      [
        'not whose resignation the clause names',
        'Отставка министра Бориса Джонсона не изменит планов Дональда Трампа нанести 3 марта визит к Терезе Мэй.',
        'Визит',
        ['Дональд Трамп'],
        ['Джонсон'],
      ],
      [
        'not the employer named with its abbreviation in brackets',
        'Тереза Мей 3 березня зустрілася з головою Європейської Комісії (ЄК) Жан-Клодом Юнкером.',
        'Зустріч',
        ['Жан-Клод Юнкер'],
        ['Європейськ', 'Еврокомисс', 'ЄК', 'ЕК'],
      ],
      [
        'not an organization that completes another noun',
        'Эммануэль Макрон 3 марта встретился с Фридрихом Мерцем для консультаций по законодательству Евросоюза и выходу Британии из ЕС.',
        'Встреча',
        ['Эммануэль Макрон', 'Фридрих Мерц'],
        ['Евросоюз', 'Европейский'],
      ],
      [
        'not who relations or a leaving are of',
        'Эммануэль Макрон и Фридрих Мерц 3 марта провели переговоры об отношениях между ЕС и Китаем.',
        'Переговоры',
        ['Эммануэль Макрон', 'Фридрих Мерц'],
        ['Евросоюз', 'Европейский', 'ЕС'],
      ],
      [
        'not who a country leaves (Ukrainian "з" is also "from")',
        'Андрій Сибіга і Каю Каллас 3 березня провели переговори про вихід країни з Європейського Союзу.',
        'Переговори',
        ['Андрій Сибіга'],
        ['Європейськ', 'Евросоюз', 'ЄС', 'ЕС'],
      ],
      [
        'not who is named "with" another trigger word of the sentence',
        'Эммануэль Макрон 3 марта на заседании правительства обсудил переговоры с Евросоюзом.',
        'Заседание',
        ['Эммануэль Макрон'],
        ['Евросоюз', 'Европейский', 'ЕС'],
      ],
      [
        'an organization named after a verb or its kind of organization does',
        'Ryanair предложила профсоюзу Forsa встретиться 7 августа.',
        'Встреча',
        ['Forsa'],
        [],
      ],
      [
        'not a medium named in a dateline',
        ', 16:24 REGNUM 3 марта Эммануэль Макрон встретился с Фридрихом Мерцем.',
        'Встреча',
        ['Эммануэль Макрон', 'Фридрих Мерц'],
        ['regnum'],
      ],
      [
        'not who the clause says did not come',
        '3 марта на саммите в Берлине Эммануэль Макрон выступил с речью, а Дональд Трамп так и не появился.',
        'Саммит',
        ['Эммануэль Макрон'],
        ['Трамп'],
      ],
      [
        'not who was only to take part',
        '3 березня в Берліні Емманюель Макрон зустрівся з Фрідріхом Мерцом на саміті, у якому мав взяти участь Дональд Трамп.',
        'Зустріч',
        ['Емманюель Макрон'],
        ['Трамп'],
      ],
      [
        'not the source a sentence is signed off with',
        'Андрій Сибіга зустрівся з Каєю Каллас 3 березня, Українська правда.',
        'Зустріч',
        ['Андрій Сибіга'],
        ['Українська правда'],
      ],
    ];
    for (const [what, text, kind, present, absent] of cases) {
      it(what, async () => {
        const events = await eventsOf(article(text));
        const event = events.find((e) => e.title.startsWith(kind));
        assert.ok(event, events.map((e) => e.title).join('; ') || 'no event');
        for (const name of present) assert.ok(event.names.includes(name), `${name} not in ${event.names.join(', ')}`);
        for (const word of absent) assert.ok(!event.names.some((n) => n.toLowerCase().includes(word.toLowerCase())), `${word} in ${event.names.join(', ')}`);
      });
    }
  });

  describe('which days a report states', () => {
    it('two days named for two things are no range from one to the other', async () => {
      const events = await eventsOf(article('Эммануэль Макрон сегодня встретился с Фридрихом Мерцем, чтобы подготовить саммит ЕС (25 марта).'));
      const meeting = events.find((e) => e.title.startsWith('Встреча'));
      assert.ok(meeting, events.map((e) => e.title).join('; '));
      assert.equal(meeting.date, '2026-03-04');
      assert.equal(meeting.end, undefined);
    });

    it('"6 и 7 января" is a run of two days', async () => {
      const [event] = await eventsOf(article('Эммануэль Макрон и Фридрих Мерц провели переговоры 6 и 7 января.', '2026-01-08'));
      assert.deepEqual([event?.date, event?.end], ['2026-01-06', '2026-01-07']);
    });

    it('two dates run together with nothing between them are no range, nor either day', async () => {
      const events = await eventsOf(article('Эммануэль Макрон и Фридрих Мерц провели переговоры 21 июня 19 октября.', '2026-11-01'));
      for (const e of events) assert.ok(!['2026-06-21', '2026-10-19'].includes(e.date) && e.end === undefined, `${e.title}: ${e.date} – ${e.end}`);
    });

    it('a day scheduled for another noun is not the trigger’s, one scheduled for the trigger is', async () => {
      const strike = await eventsOf(article('Эммануэль Макрон встретился с Фридрихом Мерцем в преддверии намеченной на 28 марта забастовки.', '2026-03-20'));
      assert.ok(strike.every((e) => e.date !== '2026-03-28'), strike.map((e) => `${e.title} ${e.date}`).join('; '));
      const [summit] = await eventsOf(article('Запланированный на 28 марта саммит Эммануэля Макрона и Фридриха Мерца пройдет в Берлине.', '2026-03-20'));
      assert.equal(summit?.date, '2026-03-28');
    });

    it('"вчерашней встречи" is a meeting of the day before, which joins none of the article’s day nor gives it its place', async () => {
      const events = await eventsOf(
        article(
          'Эммануэль Макрон встретился сегодня, 4 марта, с федеральным канцлером Германии и председателем партии Фридрихом Мерцем в Берлине. ' +
            'После вчерашней встречи министров стран Балтии в Риге они обсудили санкции.',
        ),
      );
      const today = events.find((e) => e.date === '2026-03-04');
      assert.ok(today, events.map((e) => `${e.title} ${e.date}`).join('; '));
      assert.equal(today.placeName, 'Берлин', 'the place right after whom the trigger names, however far');
      assert.equal(today.sources.length, 1, 'yesterday’s meeting is not a source of today’s');
    });

    it('the day of a saying is not the day of the talks it is about; a day after the trigger is', async () => {
      const about = await eventsOf(article('В понедельник Эммануэль Макрон отозвался о прогрессе, достигнутом на последних переговорах с Фридрихом Мерцем.'));
      assert.deepEqual(about.map((e) => e.date), []);
      const [told] = await eventsOf(article('Эммануэль Макрон рассказал о переговорах с Фридрихом Мерцем 3 марта.'));
      assert.equal(told?.date, '2026-03-03');
      const [atTen] = await eventsOf(article('3 березня о 10 годині Емманюель Макрон провів переговори з Фрідріхом Мерцом.'));
      assert.equal(atTen?.date, '2026-03-03');
    });

    it('"на прошлой неделе" states no day, and makes no week-long event', async () => {
      assert.deepEqual(await eventsOf(article('На прошлой неделе Эммануэль Макрон и Фридрих Мерц провели переговоры в Берлине.')), []);
    });

    it('a sentence that only names two things dates neither by the other', async () => {
      const events = await eventsOf(article('Эммануэль Макрон и Фридрих Мерц провели переговоры 3 марта. Стороны обсудили ход переговоров и предстоящий саммит НАТО.'));
      assert.deepEqual(
        events.filter((e) => e.title.startsWith('Саммит')),
        [],
      );
    });
  });

  describe('one happening under two words', () => {
    it('a meeting and a session of one day with the same person are one event, called by the more specific word', async () => {
      const events = await eventsOf({
        'a.txt': ' date 2026-03-06 Заголовок\nТереза Мэй 6 марта провела встречу с Дэвидом Дэвисом.',
        'b.txt': ' date 2026-03-06 Заголовок\nЗаседание с участием Терезы Мэй прошло 6 марта в Лондоне.',
      });
      assert.deepEqual(
        events.map((e) => [e.title.split(' — ')[0], e.date, e.placeName, e.sources.length]),
        [['Заседание', '2026-03-06', 'Лондон', 2]],
      );
    });

    it('with nobody and no place in common they stay two', async () => {
      const events = await eventsOf({
        'a.txt': ' date 2026-03-06 Заголовок\nТереза Мэй 6 марта провела встречу с Дэвидом Дэвисом в Лондоне.',
        'b.txt': ' date 2026-03-06 Заголовок\nЗаседание с участием Эммануэля Макрона прошло 6 марта в Париже.',
      });
      assert.equal(events.length, 2, events.map((e) => e.title).join('; '));
    });
  });

  describe('what reports a meeting', () => {
    it('a reflexive verb does, "встретит одобрение" does not', async () => {
      assert.equal((await eventsOf(article('Эммануэль Макрон и Фридрих Мерц встретились в Берлине 3 марта.'))).length, 1);
      assert.deepEqual(await eventsOf(article('План Эммануэля Макрона 3 марта не встретит одобрения Фридриха Мерца.')), []);
    });

    it('talks a plan or a stance is for are none: the day is the plan’s', async () => {
      assert.deepEqual(await eventsOf(article('Стратегию Лондона на переговорах с Евросоюзом опубликуют 3 марта.')), []);
      assert.deepEqual(await eventsOf(article('3 марта кабинет Терезы Мэй согласовал позицию по будущим переговорам с Евросоюзом.')), []);
      assert.deepEqual(await eventsOf(article('3 марта Тереза Мэй рассказала, чего добивается на переговорах с Евросоюзом.')), []);
    });

    it('a trigger in someone’s role is none, nor a stretch of months of talks', async () => {
      assert.deepEqual(await eventsOf(article('Це заявив у понеділок, 3 березня, головний представник ЄС на переговорах щодо Brexit Мішель Барньє.')), []);
      assert.deepEqual(await eventsOf(article('3 березня Емманюель Макрон і Фрідріх Мерц узгодили текст угоди після місяців складних переговорів.')), []);
      const [dated] = await eventsOf(article('19 червня 2017 року переговори Емманюеля Макрона і Фрідріха Мерца почалися у Брюсселі.'));
      assert.equal(dated?.date, '2017-06-19');
    });

    it('a two-word trigger needs both words: "телефонный разговор" is a call, "в разговоре с РИА Новости" none', async () => {
      assert.deepEqual(await eventsOf(article('Вице-премьер Татьяна Голикова в разговоре с эпидемиологами 3 марта подтвердила, что кампания начнется.')), []);
      assert.deepEqual(await eventsOf(article('Директор Александр Гинцбург 3 марта в разговоре с РИА Новости пояснил, что вакцина защищает.')), []);
      const [call] = await eventsOf(article('3 березня відбулася телефонна розмова Володимира Зеленського з Дональдом Трампом.'));
      assert.deepEqual([call?.title, call?.names], ['Телефонна розмова — Володимир Зеленський, Дональд Трамп', ['Володимир Зеленський', 'Дональд Трамп']]);
    });

    it('a field in an office’s name is none', async () => {
      const text = '3 березня керівник Генерального директорату у справах сусідства та переговорів з питань розширення Петер Вагнер сказав у Києві, що Україна отримає допомогу.';
      assert.deepEqual(await eventsOf(article(text)), []);
    });

    it('what did not happen is none', async () => {
      assert.deepEqual(await eventsOf(article('3 марта Эммануэль Макрон и Фридрих Мерц не встретились в Берлине.')), []);
      assert.deepEqual(await eventsOf(article('В воскресенье ушел Дэвид Дэвис, не подписавший пятничное заявление.')), []);
      assert.deepEqual(await eventsOf(article('3 березня Емманюель Макрон скасував позачерговий саміт з Фрідріхом Мерцом.')), []);
      assert.deepEqual(await eventsOf(article('3 марта Эммануэль Макрон отменил встречу с Фридрихом Мерцем.')), []);
      assert.equal((await eventsOf(article('3 марта прошла не менее важная встреча Эммануэля Макрона и Фридриха Мерца.'))).length, 1);
    });

    it('a gathering is of the organization right after its word, not of one a noun later', async () => {
      const [summit] = await eventsOf(article('Саммит НАТО прошел в Вильнюсе 3 марта.'));
      assert.equal(summit?.title, 'Саммит НАТО');
      const events = await eventsOf(article('Эммануэль Макрон 3 марта провел встречу послов стран ЕС.'));
      assert.ok(events.every((e) => !e.title.includes('ЕС')), events.map((e) => e.title).join('; '));
    });
  });

  it('a signing of a law is a signing, one of a declaration a declaration', async () => {
    const [law] = await eventsOf(article('3 марта Дональд Трамп подписал закон о санкциях.'));
    assert.equal(law?.title, 'Подписание — Дональд Трамп');
    const [declaration] = await eventsOf(article('3 марта Эммануэль Макрон и Фридрих Мерц подписали декларацию.'));
    assert.equal(declaration?.title, 'Декларация — Эммануэль Макрон, Фридрих Мерц');
  });

  describe('an undated report', () => {
    it('is news of its article’s day in an article that reports something of that day', async () => {
      const events = await eventsOf(
        article('Сегодня Эммануэль Макрон провел переговоры в Берлине. Также Эммануэль Макрон рассказал о встрече с Фридрихом Мерцем и Олафом Шольцем.'),
      );
      const meeting = events.find((e) => e.title.startsWith('Встреча'));
      assert.equal(meeting?.date, '2026-03-04', events.map((e) => e.title).join('; '));
      // "о встрече с Мерцем" says whom he met, not what the meeting was about.
      assert.deepEqual(meeting.names.sort(), ['Олаф Шольц', 'Фридрих Мерц', 'Эммануэль Макрон']);
    });

    it('is background in an article that tells of other days only', async () => {
      assert.deepEqual(await eventsOf(article('Дэвид Дэвис ушел через несколько дней после закрытой встречи Терезы Мэй и Бориса Джонсона.')), []);
    });
  });

  describe('votes, attacks and statements', () => {
    it('are events on a day their sentence gives', async () => {
      const events = await eventsOf(article('3 марта Совет ЕС провел голосование по газовой директиве.'));
      assert.deepEqual(
        events.map((e) => [e.title, e.date]),
        [['Голосование — Совет ЕС', '2026-03-03']],
      );
    });

    it('are none when named as history, even with people, on no day of their own', async () => {
      assert.deepEqual(await eventsOf(article('Тереза Мэй стала премьером после того, как по итогам референдума в отставку ушел Дэвид Кэмерон.')), []);
    });
  });

  describe('merging', () => {
    const draft = (date: string, end: string, longestStated = dayNumber(end) - dayNumber(date)): Draft => ({
      key: 'summit',
      index: 0,
      date,
      end,
      firstDay: dayNumber(date),
      lastDay: dayNumber(end),
      longestStated,
      reports: [],
      people: new Set(),
      places: new Set(),
      hasPeople: false,
    });
    // [the draft's days, the report's days, fits]
    const cases: [[string, string, number?], [string, string], boolean][] = [
      [['2018-07-09', '2018-07-09'], ['2018-07-09', '2018-07-09'], true],
      [['2018-07-09', '2018-07-09'], ['2018-07-10', '2018-07-10'], true],
      // Reports of two neighbouring days may not take a third: that would chain days into a season.
      [['2018-07-09', '2018-07-10', 0], ['2018-07-11', '2018-07-11'], false],
      [['2018-07-09', '2018-07-10', 1], ['2018-07-11', '2018-07-11'], true],
      [['2018-07-09', '2018-07-09'], ['2018-07-12', '2018-07-12'], false],
      // A report that states three days may join one of them, and the event lasts what it says.
      [['2018-07-10', '2018-07-10'], ['2018-07-09', '2018-07-11'], true],
    ];
    for (const [[date, end, stated], [first, last], fits] of cases) {
      it(`${date}…${end} (one report states ${stated ?? dayNumber(end) - dayNumber(date)} days more than one) ${fits ? 'takes' : 'does not take'} a report of ${first}…${last}`, () => {
        assert.equal(fitsDays(draft(date, end, stated), dayNumber(first), dayNumber(last)), fits);
      });
    }

    it('one meeting of the day with named people does not take in another with other people', async () => {
      const events = await eventsOf({
        'a.txt': ' date 2026-03-03 Заголовок\nЭммануэль Макрон и Фридрих Мерц встретились 3 марта.',
        'b.txt': ' date 2026-03-03 Заголовок\nАндрей Сибига и Кая Каллас встретились 3 марта.',
      });
      assert.equal(events.length, 2, events.map((e) => e.title).join('; '));
    });

    it('one person under two spellings is one participant key', () => {
      assert.equal(personKey('Дэвид Кэмерон'), personKey('Девид Кэмеронм'));
      assert.notEqual(personKey('Джаред Кушнер'), personKey('Чарльз Кушнер'));
    });
  });

  describe('titles', () => {
    const may: Entity = { id: 'per:may', type: 'PER', name: 'Тереза Мэй', aliases: ['Тереза Мей', 'Мей'], roles: [] };
    const kyslytsya: Entity = { id: 'per:k', type: 'PER', name: 'Сергей Кислица', aliases: ['Сергій Кислиця', 'Кислиця'], roles: [] };

    it('names a person as the title’s language spells them', () => {
      assert.equal(nameIn(may, 'ru'), 'Тереза Мэй');
      assert.equal(nameIn(may, 'uk'), 'Тереза Мей');
      assert.equal(nameIn(kyslytsya, 'uk'), 'Сергій Кислиця');
      assert.equal(nameIn(kyslytsya, 'ru'), 'Сергей Кислица');
    });

    // [parts, title]
    const cases: [Parameters<typeof eventTitle>[0], string][] = [
      [{ kind: 'summit', lang: 'ru', qualifier: { text: 'коалиции желающих', quoted: true }, names: ['Владимир Зеленский'] }, 'Саммит «коалиции желающих»'],
      [{ kind: 'summit', lang: 'uk', qualifier: { text: 'НАТО', quoted: false }, names: [] }, 'Саміт НАТО'],
      [{ kind: 'meeting', lang: 'ru', names: ['Дональд Трамп', 'Тереза Мэй'] }, 'Встреча — Дональд Трамп, Тереза Мэй'],
      [{ kind: 'talks', lang: 'uk', names: ['А', 'Б', 'В', 'Г'] }, 'Переговори — А, Б, В та ін.'],
      [{ kind: 'signing', lang: 'ru', names: ['Дональд Трамп'] }, 'Подписание — Дональд Трамп'],
    ];
    for (const [parts, title] of cases) it(`"${title}"`, () => assert.equal(eventTitle(parts), title));
  });
});
