// Words that report an event, by kind, in the nominative (nouns) or as verb
// stems. Noun case forms are generated; verbs are matched by stem.

export type EventKind = 'summit' | 'meeting' | 'talks' | 'declaration' | 'visit' | 'call' | 'session' | 'conference' | 'vote' | 'attack' | 'statement';

export const TRIGGER_NOUNS: Record<EventKind, { ru: string[]; uk: string[] }> = {
  summit: { ru: ['саммит'], uk: ['саміт'] },
  meeting: { ru: ['встреча'], uk: ['зустріч'] },
  talks: { ru: ['переговоры'], uk: ['перемовини', 'переговори'] },
  declaration: { ru: ['декларация', 'подписание'], uk: ['декларація', 'підписання'] },
  visit: { ru: ['визит'], uk: ['візит'] },
  call: { ru: ['звонок', 'телефонный разговор'], uk: ['дзвінок', 'телефонна розмова'] },
  session: { ru: ['заседание'], uk: ['засідання'] },
  conference: { ru: ['конференция'], uk: ['конференція'] },
  vote: { ru: ['голосование', 'референдум'], uk: ['голосування', 'референдум'] },
  attack: { ru: ['нападение', 'атака', 'обстрел', 'теракт'], uk: ['напад', 'атака', 'обстріл', 'теракт'] },
  statement: { ru: ['заявление'], uk: ['заява'] },
};

/**
 * Verb stems that report the same kinds: встретились, зустрівся, провели переговоры. A meeting verb reports a
 * meeting only in its reflexive form: "встретился с", "зустрілися", but "встретит одобрение", "зустрів підтримку".
 */
export const TRIGGER_VERB_STEMS: [string[], EventKind, { reflexive?: true }][] = [
  [['встрет', 'встреча', 'зустріл', 'зустрів', 'зустріч'], 'meeting', { reflexive: true }],
  [['подписа', 'підписа'], 'declaration', {}],
  [['созвонил', 'созвонят', 'поговорил', 'провели телефон'], 'call', {}],
  [['проголосова', 'проголосува'], 'vote', {}],
  [['атаковал', 'атакова', 'атакува', 'обстреля', 'обстріля'], 'attack', {}],
];

/**
 * Words that list who takes part in talks without reporting the talks
 * themselves: "в состав делегации входили …", "со стороны Украины будут
 * работать …", "з боку України … взяли участь". Stems, lowercase.
 */
export const DELEGATION_STEMS = /^(?:делегаци|делегаці|переговорщик|переговірник)/;
export const SIDE_PHRASES = /(?:^|\s)(?:со стороны|с американской стороны|с украинской стороны|з боку|з американського боку|з українського боку)\s/i;

/**
 * Kinds that are news only on a day their own sentence gives: a referendum, an attack or a statement is named as
 * often as history or as a case ("в случае нападения", "после референдума"), never on its article's day by default.
 */
export const STATED_DAY_ONLY: ReadonlySet<EventKind> = new Set(['vote', 'attack', 'statement']);

/** Kinds that gather many parties: a named organization after them makes one event of them all. */
export const GATHERINGS: ReadonlySet<EventKind> = new Set(['summit', 'meeting', 'session', 'conference']);

/** How a title names each kind. */
export const KIND_LABEL: Record<EventKind, { ru: string; uk: string }> = {
  summit: { ru: 'Саммит', uk: 'Саміт' },
  meeting: { ru: 'Встреча', uk: 'Зустріч' },
  talks: { ru: 'Переговоры', uk: 'Переговори' },
  declaration: { ru: 'Декларация', uk: 'Декларація' },
  visit: { ru: 'Визит', uk: 'Візит' },
  call: { ru: 'Телефонный разговор', uk: 'Телефонна розмова' },
  session: { ru: 'Заседание', uk: 'Засідання' },
  conference: { ru: 'Конференция', uk: 'Конференція' },
  vote: { ru: 'Голосование', uk: 'Голосування' },
  attack: { ru: 'Нападение', uk: 'Напад' },
  statement: { ru: 'Заявление', uk: 'Заява' },
};
