// Where in a sentence an event's word has its say: its clause, and who in it is named as taking part.
// A sentence often reports a happening in one clause and names others in the next ("…, заявил X, что
// переговоры…", "…, но Джонсон решил…", "подъем популистов в Австрии"); only the trigger's own clause says
// who met, where and when.
import type { Mention, Span } from '../types';

/**
 * What ends a clause: a semicolon, a colon (not one between digits: «о 10:00»), a dash after a comma or a closing
 * quote (direct speech: «…», — заявил), or a comma before a word that opens another clause (что, но, который,
 * заявил…). A plain comma does not: names are listed with commas ("встреча Зеленского, Макрона и Стармера", "…, а
 * також Давид Арахамія"), and so are a date's weekday and day ("в четверг, 12 мая"). Quotation marks do not either:
 * news quotes names («Нафтогаз», «коалиции желающих») more often than it nests clauses in them.
 */
// Russian, then Ukrainian; a stem both languages share (заяви-, сказа-, переда-) is listed once.
const OPENERS = [
  'что', 'чтобы', 'но', 'однако', 'хотя', 'если', 'когда', 'пока', 'поскольку', 'потому', 'так как', 'где',
  'котор\\S*', 'говорит', 'считает', 'заяви\\S*', 'сказа\\S*', 'сообщи\\S*', 'сообща\\S*', 'отмети\\S*', 'подчеркну\\S*', 'добави\\S*', 'пиш\\S*', 'переда\\S*',
  'що', 'щоб', 'але', 'проте', 'хоча', 'якщо', 'коли', 'оскільки', 'бо', 'де', 'як[аийіо]\\S*',
  'каже', 'вважає', 'повідоми\\S*', 'повідомля\\S*', 'зазначи\\S*', 'наголоси\\S*', 'пише',
];
const BOUNDARY = new RegExp(`;|(?<!\\d):(?!\\d)|[,»"]\\s*[—–-]\\s|,\\s*(?:${OPENERS.join('|')})(?=[\\s,.]|$)`, 'giu');

/** The clause of the sentence that holds offset `at`, as offsets into the text. */
export function clauseAround(text: string, sentence: Span, at: number): Span {
  let start = sentence.start;
  let end = sentence.end;
  const within = text.slice(sentence.start, sentence.end);
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(within); m; m = BOUNDARY.exec(within)) {
    const [from, to] = [sentence.start + m.index, sentence.start + m.index + m[0].length];
    if (to <= at) start = to;
    else if (from >= at) {
      end = from;
      break;
    }
  }
  return { start, end };
}

const inside = (clause: Span, x: Span): boolean => x.start >= clause.start && x.end <= clause.end;

/** "по словам X", "за словами X": the one who comments, not who takes part. */
const SPEAKER_BEFORE = /(?:по словам|по мнению|по оценке|за словами|на думку|як зазначи\S*|как отмети\S*)\s+(?:[\p{L}-]+\s+){0,4}$/iu;
/** A headline signed by who said it: "Канада ведет переговоры с Пакистаном – Трюдо". */
const SIGNED_BY = { before: /\s[—–-]\s+$/, after: /^[\s.!?»"]*$/ };
/**
 * What an event is about is not who takes part in it: "переговоры о деле христианки Азии Биби", "щодо Brexit"; but
 * "рассказал о встрече с Мерцем" names who met.
 */
const ABOUT_BEFORE = /(?:^|\s)(?:[Оо]|[Оо]бо?|[Пп]ро|[Щщ]одо|[Сс]тосовно|[Оо]тносительно|[Кк]асательно|[Пп]о поводу|[Пп]о делу)\s+(?:(?!(?:с|со|з|із|зі|между|між)\s)[\p{Ll}-]+\s+){0,2}$/u;

/**
 * Who a leaving, a membership or relations are of is what the sentence is about, not who takes part: "выход
 * Британии из ЕС", "вихід країни з Європейського Союзу", "членство в ЄС", "отношения между ЕС и Китаем".
 */
const OF_RELATION_BEFORE =
  /(?:^|[\s«"])(?:выход|вихід|виход|выйт|вийт|вийд|выйд|членств|отношени|відносин|взаимоотношени|взаємовідносин)\S*\s+(?:[^\s.;:!?]+\s+){0,2}(?:с|со|з|із|зі|из|между|між|в|у)\s+[«"]?$/iu;

/**
 * Whose resignation, arrest or death a clause names is who that happened to, not who takes part in the trigger's
 * happening: "Отставка Бориса Джонсона не внесет изменений в планы Трампа нанести визит".
 */
const OF_OTHER_HAPPENING_BEFORE =
  /(?:^|[\s«"])(?:отставк|відставк|увольнени|звільненн|арест|арешт|задержани|затриманн|смерт|гибел|загибел|похорон)\S*\s+(?:[\p{Ll}-]+\s+){0,4}$/iu;

/**
 * Who the clause says did not come, or was only to come, takes no part: "на этом саммите Джонсон не появился",
 * "Джонсон должен был принять участие", "Зеленський так і не приїхав", "у якому мав взяти участь Трамп".
 */
const ABSENCE = [
  '(?:так и не|так і не|не)\\s+(?:смог\\S*\\s+|змі\\S*\\s+)?(?:появи|приеха|прибы|приш[её]?л|прилете|участвова|присутствова|посети|принял\\S* участи|з.яви|приї|прибу|прилеті|взя\\S* участ|відвіда|побува)',
  '(?:должен|должна|должны|планировал\\S*|собирал\\S*|мав|мала|мали|планува\\S*|збира\\S*)\\s+(?:был[аи]?\\s+)?(?:принять участие|участвовать|присутствовать|приехать|прилететь|посетить|взяти участь|приїхати|прилетіти|відвідати)',
].join('|');
/** The absence said after the person, a few words on at most. */
const ABSENT_AFTER = new RegExp(`^[\\s»"),]*(?:[\\p{L}-]+\\s+){0,3}?(?:${ABSENCE})`, 'iu');
/** Or before, in a clause that names the person last: "не приехал президент США Дональд Трамп". */
const ABSENT_BEFORE = new RegExp(`(?:^|\\s)(?:${ABSENCE})[\\p{L}'’]*\\s+(?:[^\\s.;:!?]+\\s+){0,3}$`, 'iu');

/**
 * An organization named right before a person is who the person works for: "глава МИД Германии Хайко Маас",
 * "директор ACN Алессандро Монтедуро"; the person takes part, the employer does not.
 */
function isAffiliation(org: Mention, after: readonly Mention[], text: string): boolean {
  // Its abbreviation in brackets may stand between: "головою Європейської Комісії (ЄК) Жан-Клодом Юнкером".
  let end = org.end;
  let i = 0;
  while (after[i]?.type === 'ORG' && /^\s*\(\s*$/.test(text.slice(end, after[i].start))) end = after[i++].end;
  const next = after[i];
  return next !== undefined && next.type === 'PER' && /^[\s«»"]*(?:\)[\s«»"]*)?$/.test(text.slice(end, next.start));
}

/**
 * An organization after a common noun other than one of company or representation completes that noun and does not
 * act: "законодательство Евросоюза", "послов стран ЕС", "выход из ЕС"; but "переговоры с ЕС", "представители ООН".
 */
function isModifier(before: string): boolean {
  const word = /([\p{Ll}-]+)[\s«"]*$/u.exec(before)?.[1];
  return word !== undefined && !ACTING_BEFORE.has(word) && !VERB_ENDING.test(word) && !KIND_OR_MONTH.test(word);
}

/**
 * A kind of organization before its name ("компанией Sinovac", "профсоюзу Forsa", "объединением пилотов Cockpit"),
 * or a date's month ("3 марта Совет ЕС провел").
 */
const KIND_OR_MONTH =
  /^(?:компани|компані|профсоюз|профспілк|парти|парті|агентств|объединени|об'єднанн|пилот|пілот|январ|феврал|март|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр|січн|лют|берез|квітн|травн|червн|липн|серпн|вересн|жовтн|листопад|грудн)/;

/** A verb before an organization has it act or be acted with: "предложила Forsa встретиться", "підписала з Sinovac". */
const VERB_ENDING = /(?:ла|ло|ли|л|ть|ти|ет|ит|ют|ят|ся|сь)$/;

const ACTING_BEFORE = new Set([
  'с', 'со', 'з', 'із', 'зі', 'между', 'між', 'и', 'і', 'та', 'й', 'также', 'також', 'участием', 'участю', 'участі',
  'представители', 'представителей', 'представителями', 'представитель', 'представники', 'представників', 'представник',
  'делегация', 'делегации', 'делегацией', 'делегація', 'делегації', 'делегацією', 'глава', 'главы', 'голова', 'руководство', 'керівництво',
  'члены', 'члени', 'министры', 'міністри', 'лидеры', 'лідери', 'сторона', 'сторони',
]);

/**
 * The people and organizations of a sentence named in the trigger's clause as taking part: not a commentator
 * ("по словам X", "… – Трюдо"), not what it is about ("о деле Асии Биби"), not who did not come ("Джонсон не
 * появился"), not an employer named in a person's role, not what `excluded` rules out (media, quoted sources, what
 * the event is of). `inSentence` is in text order.
 */
export function participantsIn(text: string, clause: Span, inSentence: readonly Mention[], excluded: (x: Mention) => boolean): Mention[] {
  return inSentence.filter((x, i) => {
    if (!x.entity || (x.type !== 'PER' && x.type !== 'ORG') || !inside(clause, x) || excluded(x)) return false;
    if (x.type === 'ORG' && (isAffiliation(x, inSentence.slice(i + 1, i + 3), text) || isModifier(text.slice(Math.max(clause.start, x.start - 40), x.start)))) return false;
    const before = text.slice(Math.max(clause.start, x.start - 60), x.start);
    if (SPEAKER_BEFORE.test(before) || ABOUT_BEFORE.test(before) || OF_RELATION_BEFORE.test(before) || OF_OTHER_HAPPENING_BEFORE.test(before)) return false;
    const after = text.slice(x.end, clause.end);
    if (x.type === 'PER' && (ABSENT_AFTER.test(after) || ABSENT_BEFORE.test(before))) return false;
    return !(SIGNED_BY.before.test(before) && SIGNED_BY.after.test(after));
  });
}

/** Mentions of a type in the clause. */
export function mentionsIn(clause: Span, inSentence: readonly Mention[], type: Mention['type']): Mention[] {
  return inSentence.filter((x) => x.type === type && inside(clause, x));
}
