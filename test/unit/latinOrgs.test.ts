import * as assert from 'node:assert/strict';
import { parseArticle } from '../../src/core/article';
import { findPlacesOrgs } from '../../src/core/extract/placesOrgs';

/** [sentence, the Latin-script ORG mentions expected in it, as "surface|entity"]. */
type Row = [string, string[]];

function latinOrgs(text: string): string[] {
  return findPlacesOrgs(parseArticle('a.txt', text))
    .filter((m) => m.type === 'ORG' && /[A-Za-z]/.test(m.text))
    .map((m) => `${m.text}|${m.entity}`);
}

function table(title: string, rows: Row[]): void {
  describe(title, () => {
    for (const [text, expected] of rows) it(text, () => assert.deepEqual(latinOrgs(text), expected));
  });
}

table('Latin-script names in Cyrillic text are organizations', [
  ['Авиакомпания Ryanair отменила рейсы.', ['Ryanair|org:ryanair']],
  ['Пилоты RyanAir бастуют, сообщает профсоюз Vereinigung Cockpit.', ['RyanAir|org:ryanair', 'Vereinigung Cockpit|org:vereinigung-cockpit']],
  ['Оператором выступает Nord Stream 2 AG, акционер — Gazprom.', ['Nord Stream 2 AG|org:nord-stream-2-ag', 'Gazprom|org:gazprom']],
  ['Проект Nord Stream-2 обсуждали в Берлине.', ['Nord Stream-2|org:nord-stream-2']],
  ['Перевозчик IAG и группа Air France KLM против.', ['IAG|org:iag', 'Air France KLM|org:air-france-klm']],
  ['Компания Johnson & Johnson выпустила отчет.', ['Johnson & Johnson|org:johnson']],
  ['Фирма Harles und Jentzsch и Committee to Protect Journalists заявили.', ['Harles und Jentzsch|org:harles-und-jentzsch', 'Committee to Protect Journalists|org:committee-to-protect-journalists']],
]);

table('Latin-script words that are no organization', [
  ['Самолет Boeing 737 совершил посадку.', []],
  ['Самолеты Boeing-737-800 стоят.', []],
  ['Вакцина Sputnik V и препарат BNT162b2 одобрены.', []],
  ['Вирус SARS-CoV-2 и болезнь COVID-19 изучают.', []],
  ['После Brexit фунт упал.', []],
  ['Нажмите Ctrl и Enter, чтобы отправить.', []],
  ['Людовик XVI и Петр I.', []],
  ['Он сказал: "We are Ryanair and we fly". Потом ушел.', []],
  ['Пишите на @Ryanair или на сайт Ryanair.com.', []],
  ['Газета Kronen Zeitung 2 ноября написала об этом.', ['Kronen Zeitung|org:kronen-zeitung']],
]);

table('a listed Latin name goes on in Latin: widened, keeping its entity', [
  ['Об этом сообщает BBC News со ссылкой на источники.', ['BBC News|org:bbc']],
  ['Компания Moderna Inc. подала заявку.', ['Moderna Inc.|org:moderna']],
  ['Вакцина Pfizer-BioNTech одобрена.', ['Pfizer|org:pfizer', 'BioNTech|org:biontech']],
]);

table('Latin titles, events and products', [
  ['Он выиграл Corus Chess Tournament в прошлом году.', []],
  ['Система Windows обновилась, Linux нет.', []],
  ['Об этом пишет The Guardian.', ['The Guardian|org:guardian']],
]);
