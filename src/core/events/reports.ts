// Sentences that report an event: a trigger word (встреча, переговоры,
// саміт…), what it is of (an organization right after it: встреча «коалиции
// желающих»), its date(s), place and the people and organizations named with it.
import { addDays } from '../dates/calendar';
import { declineWord } from '../extract/placesOrgs';
import { DELEGATION_STEMS, type EventKind, SIDE_PHRASES, TRIGGER_NOUNS, TRIGGER_VERB_STEMS } from '../lexicon/eventTriggers';
import type { Article, Lang, Mention, SourceRef, Span, Token } from '../types';
import { clauseAround, mentionsIn, participantsIn } from './clauses';
import { foldedTokens } from '../text/fold';
import { unique } from '../util/unique';

export interface Report {
  doc: string;
  lang: Lang;
  kind: EventKind;
  /** The sentence, which is the event's source. */
  source: SourceRef;
  /** Offset of the trigger word, to tell reports of one sentence apart. */
  at: number;
  /** An organization the event is of (the coalition of a coalition summit). */
  qualifier?: { entity: string; text: string; quoted: boolean };
  /** Day-precise dates given for it in the sentence. */
  date?: string;
  end?: string;
  /** Places it is in: "в Париже", "у Парижі". */
  places: string[];
  /** Places something goes to: "в Париж", "у Францію"; where a visit is, elsewhere only a last resort. */
  destinations: string[];
  participants: string[];
  /** A signing of something other than a declaration: "подписал закон", "підписала договір". */
  signing?: true;
  /** Its sentence dates what else it reports by it: "по итогам встречи … подписали", "після переговорів … заявила". */
  anchors?: true;
  /** Only names who takes part (a delegation's members): it joins talks, never founds an event. */
  joinOnly?: boolean;
  /** Organizations its article quotes as media ("пишет Politico"), in any sentence: they take part in no event. */
  media: readonly string[];
}

/** The trigger nouns' case forms, and the first two letters of every trigger word (a code pair, see twoLetters). */
interface TriggerWords {
  nounForms: Map<string, EventKind>;
  /**
   * The stem the word before must have, for the forms of a two-word trigger: "телефонный разговор" is a call,
   * "в разговоре с РИА Новости" an interview.
   */
  qualifiers: Map<string, string>;
  heads: Set<number>;
}

let triggerWords: TriggerWords | undefined;

/**
 * The trigger kind of an article token, read from its folded form, which the article already has. Most words
 * cannot start a trigger word by their first two letters, and cost one look-up in a small set. Folding differs
 * from lowercasing only in ё and apostrophes, which no trigger word has: a word whose folded form is no trigger is
 * none, and the rare one whose folded form is a trigger is read again as written.
 */
function triggerKind(token: Token, folded: string): EventKind | undefined {
  if (token.kind !== 'word' || folded.length < 2) return undefined;
  triggerWords ??= buildTriggerWords();
  if (!triggerWords.heads.has(twoLetters(folded))) return undefined;
  let kind = triggerKinds.get(folded);
  if (kind === undefined) {
    kind = kindOfWord(triggerWords, folded);
    if (triggerKinds.size >= MAX_TRIGGER_KINDS) triggerKinds.clear();
    triggerKinds.set(folded, kind);
  }
  return kind === null ? undefined : (kindOfWord(triggerWords, token.text.toLowerCase()) ?? undefined);
}

/** A word's first two characters as one number: a set of them is looked up without making a string. */
const twoLetters = (word: string): number => word.charCodeAt(0) * 0x10000 + word.charCodeAt(1);

function kindOfWord({ nounForms }: TriggerWords, word: string): EventKind | null {
  return (
    nounForms.get(word) ??
    TRIGGER_VERB_STEMS.find(([stems, , { reflexive }]) => stems.some((stem) => word.startsWith(stem)) && (!reflexive || REFLEXIVE.test(word)))?.[1] ??
    null
  );
}

const REFLEXIVE = /(?:ся|сь)$/;

// The verb stems are tried in turn; news repeats its words, so each word's answer is kept by its folded form
// (null: no trigger), up to a bound, and most words that pass the first-letters test cost one look-up.
const triggerKinds = new Map<string, EventKind | null>();
const MAX_TRIGGER_KINDS = 100_000;

function buildTriggerWords(): TriggerWords {
  const { forms: nounForms, qualifiers } = buildNounForms();
  // Every trigger word has at least two letters.
  const heads = new Set([...nounForms.keys(), ...TRIGGER_VERB_STEMS.flatMap(([stems]) => stems)].map(twoLetters));
  return { nounForms, qualifiers, heads };
}

function buildNounForms(): Pick<TriggerWords, 'qualifiers'> & { forms: Map<string, EventKind> } {
  const forms = new Map<string, EventKind>();
  const qualifiers = new Map<string, string>();
  for (const [kind, names] of Object.entries(TRIGGER_NOUNS) as [EventKind, { ru: string[]; uk: string[] }][]) {
    for (const lang of ['ru', 'uk'] as const) {
      for (const name of names[lang]) {
        // Only single words decline here; a two-word trigger is found by its last word, after its first one's stem.
        const words = name.split(' ');
        const word = words.pop()!;
        const caseForms = [...declineWord(word, lang, false)];
        // Plurals of nouns that have them: встречи, встреч, зустрічей, саммиты.
        for (const ending of ['и', 'ы', 'ей', 'ів', 'ам', 'ами', 'ах', 'ям', 'ями', 'ях', 'ей']) caseForms.push(`${word.replace(/[аяь]$/, '')}${ending}`);
        for (const form of caseForms.map((f) => f.toLowerCase())) {
          forms.set(form, kind);
          if (words.length > 0) qualifiers.set(form, words[words.length - 1].toLowerCase().replace(ADJECTIVE_ENDING, ''));
        }
      }
    }
  }
  // Genitive plural of встреча has no ending at all.
  forms.set('встреч', 'meeting');
  return { forms, qualifiers };
}

const ADJECTIVE_ENDING = /(?:ый|ий|ой|ая|яя|ое|ее|а|я)$/;

/** Whether the trigger word at `at` has the word before it that its trigger needs, if it needs one. */
function isQualified(tokens: readonly Token[], folded: readonly string[], at: number): boolean {
  const qualifier = triggerWords?.qualifiers.get(folded[at]);
  if (qualifier === undefined) return true;
  const before = at > 0 && tokens[at - 1].kind === 'word' ? folded[at - 1] : '';
  return before.startsWith(qualifier);
}

const isDay = (value: string | undefined): value is string => value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(value);

const ANCHOR_BEFORE = /(?:^|[\s,(])(?:по итогам|по результатам|после|в ходе|во время|за підсумками|за результатами|після|під час|у ході|в ході)\s+$/i;

const DECLARATION = /деклар/i;

const QUOTE_BEFORE = /[«"“„]\s*$/;

/**
 * What may stand between a gathering's word and the organization it is of: a quotation mark or an adjective
 * ("саммит «коалиции желающих»", "конференции правящей Консервативной партии"), not another noun ("встречи
 * послов стран ЕС" is no meeting of the EU, "в переговорах взяли участь секретар РНБО" none of the council).
 */
const OF_GAP = /^\s*(?:[«"“„]\s*|[\p{Ll}-]+(?:ого|его|ой|ей|ых|их|ої|ьої|ого|их)\s+)?$/u;

const distance = (at: number, span: Span): number => (at < span.start ? span.start - at : at >= span.end ? at - span.end : 0);

/** Day dates written together as one stretch of days: "6 и 7 января", "сегодня и завтра", "з 1 по 5 березня". */
interface DateRun extends Span {
  first: string;
  last: string;
}

/**
 * The sentence's day dates, those joined by "и", a comma or a dash taken as one run. Two dates with nothing
 * between them ("21 червня 19 жовтня", text run together) are two, and a week or a month said as such ("на прошлой
 * неделе") dates nothing: it does not say which days.
 */
function dateRuns(text: string, inSentence: readonly Mention[]): DateRun[] {
  const runs: DateRun[] = [];
  let previousDate: Mention | undefined;
  for (const x of inSentence) {
    if (x.type !== 'DATE' || !isDay(x.value) || (x.date?.resolution === 'relative' && x.date.end)) continue;
    const last = isDay(x.date?.end) ? x.date!.end! : x.value;
    const previous = runs[runs.length - 1];
    // Dates run together with nothing between them ("21 червня 19 жовтня") are text pasted badly: none of them is
    // sure to be the day of what the sentence reports.
    const runTogether = previousDate !== undefined && /^\s+$/.test(text.slice(previousDate.end, x.start));
    if (runTogether && previous?.end === previousDate!.end) runs.pop();
    previousDate = x;
    if (runTogether) continue;
    if (previous && /^\s*(?:[,–—-]|(?:[,–—-]\s*)?(?:и|і|та|й|по|до)\s)\s*$/.test(text.slice(previous.end, x.start))) {
      previous.end = x.end;
      if (x.value < previous.first) previous.first = x.value;
      if (last > previous.last) previous.last = last;
    } else runs.push({ start: x.start, end: x.end, first: x.value, last });
  }
  return runs;
}

/** The reports of one article; `mentions` are its mentions in text order. */
export function findReports(article: Article, mentions: readonly Mention[]): Report[] {
  const reports: Report[] = [];
  // How the article quotes each organization it quotes, asked once: every trigger's clause asks again.
  const attributions = new Map<Mention, 'medium' | 'source'>();
  for (const x of mentions) {
    const attribution = x.type === 'ORG' && x.entity ? attributionOf(article.text, x) : undefined;
    if (attribution) attributions.set(x, attribution);
  }
  const media = unique([...attributions].filter(([, a]) => a === 'medium').map(([x]) => x.entity!));
  const folded = foldedTokens(article.tokens);
  let t = 0;
  let m = 0;
  for (const sentence of article.sentences) {
    const triggers: { token: Token; kind: EventKind }[] = [];
    // Every trigger word of the sentence, reported or not: each claims who it is "with" (see claimedByOther).
    const words: { token: Token; kind: EventKind }[] = [];
    while (t < article.tokens.length && article.tokens[t].start < sentence.start) t++;
    for (let i = t; i < article.tokens.length && article.tokens[i].end <= sentence.end; i++) {
      const kind = triggerKind(article.tokens[i], folded[i]);
      if (!kind || !isQualified(article.tokens, folded, i)) continue;
      words.push({ token: article.tokens[i], kind });
      if (isNegated(article.tokens, folded, i) || namesNoHappening(article.text, sentence.start, article.tokens[i].start)) continue;
      if (!hasKind(triggers, kind)) triggers.push({ token: article.tokens[i], kind });
    }
    while (m < mentions.length && mentions[m].start < sentence.start) m++;
    const inSentence: Mention[] = [];
    for (let j = m; j < mentions.length && mentions[j].start < sentence.end; j++) inSentence.push(mentions[j]);
    if (triggers.length === 0) {
      const delegation = delegationReport(article, sentence, t, inSentence, media);
      if (delegation) reports.push(delegation);
      continue;
    }

    const source: SourceRef = { doc: article.path, start: sentence.start, end: sentence.end };
    const qualifierOf = (token: Token): Mention | undefined => {
      const next = inSentence.find((x) => x.start >= token.end);
      return next?.type === 'ORG' && next.entity && OF_GAP.test(article.text.slice(token.end, next.start)) ? next : undefined;
    };
    // What an event is of takes part in none of the sentence's events: "после встречи коалиции … продолжит переговоры".
    const qualifiers = new Set(triggers.map(({ token }) => qualifierOf(token)));
    const excluded = (x: Mention): boolean => x.type === 'ORG' && (qualifiers.has(x) || attributions.has(x) || media.includes(x.entity!));
    const claimedByOther = (x: Mention, kind: EventKind): boolean => {
      if (!WITH_BEFORE.test(article.text.slice(Math.max(sentence.start, x.start - 6), x.start))) return false;
      let nearest: EventKind | undefined;
      for (const w of words) if (w.token.end <= x.start) nearest = w.kind;
      return nearest !== undefined && nearest !== kind;
    };
    const clauseOf = new Map<Report, Span>();
    const made = triggers.map(({ token, kind }): Report => {
      const qualifier = qualifierOf(token);
      const clause = clauseAround(article.text, sentence, token.start);
      const places = mentionsIn(clause, inSentence, 'LOC');
      const named = [...mentionsIn(clause, inSentence, 'PER'), ...mentionsIn(clause, inSentence, 'ORG')];
      const report: Report = {
        doc: article.path,
        lang: article.lang,
        kind,
        source,
        at: token.start,
        qualifier: qualifier && { entity: qualifier.entity!, text: qualifier.text, quoted: QUOTE_BEFORE.test(article.text.slice(Math.max(0, qualifier.start - 2), qualifier.start)) },
        places: placesOf(article, places, 'in', token.start, named),
        destinations: placesOf(article, places, 'to', token.start, named),
        participants: unique(participantsIn(article.text, clause, inSentence, (x) => excluded(x) || claimedByOther(x, kind)).map((x) => x.entity!)),
        ...(kind === 'declaration' && !DECLARATION.test(article.text.slice(sentence.start, sentence.end)) ? { signing: true as const } : {}),
        ...(ANCHOR_BEFORE.test(article.text.slice(Math.max(sentence.start, token.start - 20), token.start)) ? { anchors: true as const } : {}),
        media,
      };
      clauseOf.set(report, clause);
      return report;
    });
    // Each stated day or range belongs to the trigger nearest to it in its clause ("после встречи коалиции … 7 января
    // продолжит переговоры"), and a trigger takes the one nearest to it: a sentence that names two days for two
    // things ("сегодня обговорюємо… до засідання (25 листопада)") states no range from one to the other.
    const nearestOf = new Map<Report, { gap: number; first: string; last: string }>();
    for (const run of dateRuns(article.text, inSentence)) {
      if (datesAnotherNoun(article.text, run, words)) continue;
      const holders = made.filter((r) => run.start >= clauseOf.get(r)!.start && run.end <= clauseOf.get(r)!.end && !saidAbout(article.text, run, r.at));
      if (holders.length === 0) continue;
      const nearest = holders.reduce((a, b) => (distance(b.at, run) < distance(a.at, run) ? b : a));
      const kept = nearestOf.get(nearest);
      const gap = distance(nearest.at, run);
      if (!kept || gap < kept.gap) nearestOf.set(nearest, { gap, first: run.first, last: run.last });
    }
    for (const [r, { first, last }] of nearestOf) {
      r.date = first;
      if (last !== first) r.end = last;
    }
    for (const r of made) r.date ??= dayOfAdjective(article, r.at);
    reports.push(...made);
  }
  return reports;
}

/**
 * A day said by an adjective of the trigger's noun: "после вчерашней встречи", "на сегодняшней встрече", "вчорашні
 * переговори" — a meeting of another day than the one the sentence's neighbours report, which joins none of theirs.
 */
const DAY_ADJECTIVE = /(?:^|[\s«"(])(позавчерашн|позавчорашн|вчерашн|вчорашн|сегодняшн|сьогоднішн|завтрашн)\S*\s+$/iu;
const ADJECTIVE_DAYS: Record<string, number> = { позавчерашн: -2, позавчорашн: -2, вчерашн: -1, вчорашн: -1, сегодняшн: 0, сьогоднішн: 0, завтрашн: 1 };

function dayOfAdjective(article: Article, at: number): string | undefined {
  const stem = DAY_ADJECTIVE.exec(article.text.slice(Math.max(0, at - 20), at))?.[1].toLowerCase();
  return stem === undefined || !article.date ? undefined : addDays(article.date, ADJECTIVE_DAYS[stem]);
}

/**
 * A day a thing is scheduled for, written before that thing's noun, dates that thing: "в преддверии намеченной на
 * 28 сентября забастовки" is no day of the meeting; "запланированный на 25 ноября саммит" is the summit's.
 */
const SCHEDULED_FOR = /(?:намечен|запланирован|назначен|призначен|заплановн|запланован|перенесен)\S*\s+(?:на\s+)?$/iu;

function datesAnotherNoun(text: string, run: Span, triggers: readonly { token: Token }[]): boolean {
  if (!SCHEDULED_FOR.test(text.slice(Math.max(0, run.start - 30), run.start))) return false;
  const next = /^\s+(\p{Ll}{3,})/u.exec(text.slice(run.end, run.end + 40));
  return next !== null && !triggers.some(({ token }) => token.start === run.end + next[0].length - next[1].length);
}

/**
 * The day of a saying is not the day of what it is about: "в понедельник фон дер Ляйен отозвалась о прогрессе,
 * достигнутом на последних переговорах" dates the words, not the talks; "рассказал о встрече 3 марта" does date it.
 */
function saidAbout(text: string, run: Span, at: number): boolean {
  // Ukrainian "о 10 годині" is a time of day, not "about".
  return run.end <= at && /(?:^|\s)(?:о|об|обо|про)\s+(?!\d)/iu.test(text.slice(run.end, at));
}

/** How many words before a trigger a "не" denies it: "не встретились", "не подписавший пятничное заявление". */
const NEGATION_REACH = 3;

/** What did not happen is no event. */
function isNegated(tokens: readonly Token[], folded: readonly string[], at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - NEGATION_REACH); i--) {
    if (tokens[i].kind !== 'word') return false;
    if (folded[i] === 'не') return !NOT_DENYING.has(folded[i + 1]);
    if (CANCELLED.test(folded[i])) return true;
  }
  return false;
}

/** What was called off did not happen either: "отменил встречу", "скасував позачерговий саміт". */
const CANCELLED = /^(?:отмен|скасува|скасов)/;

/** "не" before these denies nothing: "не менее опасная встреча", "не только переговоры", "не раз встречался". */
const NOT_DENYING = new Set(['менее', 'более', 'только', 'раз', 'позднее', 'ранее', 'менш', 'більш', 'лише', 'тільки', 'пізніше', 'раніше']);

/**
 * Who is named "with" a trigger word takes part in that one: "позицию по переговорам с Евросоюзом в ходе заседания"
 * names the EU as a side of the talks, not of the session.
 */
const WITH_BEFORE = /(?:^|\s)(?:с|со|з|із|зі|между|між)\s+[«"]?$/u;

/**
 * A trigger that says what a plan or a stance is for reports no happening: "стратегию Лондона на переговорах по
 * Brexit опубликуют в четверг", "позицию по будущим переговорам" (the day is the plan's, the talks are ongoing), "чего
 * добивается на переговорах".
 */
const PURPOSE_BEFORE =
  /(?:^|[\s«"])(?:стратеги|позици|позиці|мандат|тактик|добива|добить|домага)\S*\s+(?:[^\s.;:!?]+\s+){0,3}(?:на|по|в|у|щодо|для|о|об|про)\s+(?:[\p{L}-]+(?:им|ым|ій|их|ых|ому|ему)\s+)?$/iu;

/**
 * A trigger among the fields of an office's name is no happening: "Генеральний директорат у справах сусідства та
 * переговорів з питань розширення", "министр по делам переговоров".
 */
const OFFICE_FIELD_BEFORE = /(?:^|\s)(?:[ув] справах|по делам|по вопросам)\s+(?:[\p{Ll}-]+,?\s+){0,3}(?:(?:и|і|та|й)\s+)?$/iu;

/** Nor does a trigger in someone's role: "головний представник ЄС на переговорах щодо Brexit", "координатор Євросоюзу на переговорах". */
const ROLE_BEFORE = /(?:^|[\s«"])(?:представител|представник|координатор|переговорщик|переговорник|уполномоченн|уповноважен|посланник|посланец)\S*\s+(?:[^\s.;:!?]+\s+){0,2}(?:на|по|у|в)\s+$/iu;

/**
 * Nor a stretch of them: "після місяців складних переговорів", "после многих лет переговоров" (days may be one
 * event: "двух дней переговоров"; and "2017 року переговори" is a date).
 */
const STRETCH_BEFORE = /(?:^|\s)(?:месяцев|месяцы|місяців|місяці|недель|недели|тижнів|тижні|лет|років|годы)\s+(?:[\p{Ll}-]+\s+)?$/iu;

/** Does the trigger at `at` name what a plan is for, an office's field, a role or a stretch of time rather than a happening? */
function namesNoHappening(text: string, sentenceStart: number, at: number): boolean {
  const before = text.slice(Math.max(sentenceStart, at - 80), at);
  return PURPOSE_BEFORE.test(before) || OFFICE_FIELD_BEFORE.test(before) || ROLE_BEFORE.test(before) || STRETCH_BEFORE.test(before);
}

/** Is a trigger of this kind among those found? Not a callback in findReports's loop, which would allocate for every word. */
const hasKind = (triggers: readonly { kind: EventKind }[], kind: EventKind): boolean => triggers.some((x) => x.kind === kind);

/** A sentence that lists a delegation's people: a join-only talks report. */
function delegationReport(
  article: Article,
  sentence: SourceRef | { start: number; end: number },
  firstToken: number,
  inSentence: Mention[],
  media: readonly string[],
): Report | undefined {
  const people = unique(inSentence.filter((x) => x.type === 'PER' && x.entity).map((x) => x.entity!));
  if (people.length < 2) return undefined;
  let mentionsDelegation = SIDE_PHRASES.test(` ${article.text.slice(sentence.start, sentence.end)} `);
  for (let i = firstToken; !mentionsDelegation && i < article.tokens.length && article.tokens[i].end <= sentence.end; i++) {
    mentionsDelegation = DELEGATION_STEMS.test(article.tokens[i].text.toLowerCase());
  }
  if (!mentionsDelegation) return undefined;
  return {
    doc: article.path,
    lang: article.lang,
    kind: 'talks',
    source: { doc: article.path, start: sentence.start, end: sentence.end },
    at: sentence.start,
    places: [],
    destinations: [],
    participants: people,
    joinOnly: true,
    media,
  };
}

/** How far from its trigger a venue is written, at most, in characters: "встреча Зеленского и Макрона прошла в Париже". */
const MAX_PLACE_DISTANCE = 80;

/**
 * The place of this relation nearest to the trigger at `at`, if its clause names one near it or right after someone
 * it names (`named`): a clause may also name places things are about or come from ("саммит НАТО …, подъем
 * популистов в Австрии").
 */
function placesOf(article: Article, inClause: readonly Mention[], relation: 'in' | 'to', at: number, named: readonly Mention[]): string[] {
  const near = (x: Mention): boolean => distance(at, x) <= MAX_PLACE_DISTANCE || afterWhoMet(article.text, x, at, named);
  const places = inClause.filter((x) => x.entity && near(x) && placeRelation(article, x) === relation);
  if (places.length === 0) return [];
  return [places.reduce((a, b) => (distance(at, b) < distance(at, a) ? b : a)).entity!];
}

/**
 * A place right after someone named after the trigger is where they met, however long the words between: "встретилась
 * сегодня, 21 апреля, с министром иностранных дел Германии Анналеной Бербок в Таллинне".
 */
function afterWhoMet(text: string, place: Mention, at: number, named: readonly Mention[]): boolean {
  return named.some((p) => p.start > at && p.end <= place.start && /^\s+(?:в|во|у|на)\s+$/.test(text.slice(p.end, place.start)));
}

/**
 * How a place after a preposition relates to the sentence: "в Париже", "у Парижі", "в столице Франции"
 * is where things are; "в Париж", "у Францію", "до Парижа" is where they go; "на Украину" is what they
 * are aimed at (нападение на Украину), as a venue is always "на" with the locative (на Кипре).
 * Without a preposition a place is no venue: "президент Франции", "гарантии для Украины".
 */
function placeRelation(article: Article, place: Mention): 'in' | 'to' | undefined {
  const before = article.text.slice(Math.max(0, place.start - 24), place.start).toLowerCase();
  // Russian "до Парижа" is "as far as Paris", Ukrainian "to Paris".
  if (article.lang === 'uk' && /(?:^|[\s«"(])до\s+$/.test(before)) return 'to';
  const preposition = /(?:^|[\s«"(])(в|во|у|на)\s+(?:(?:столице|столиці)\s+)?$/.exec(before)?.[1];
  if (!preposition) return undefined;
  if (!isAccusative(place)) return 'in';
  return preposition === 'на' ? undefined : 'to';
}

/** Францию, Україну, Москву (a feminine name's accusative); Париж, Київ (a masculine name unchanged). */
function isAccusative(place: Mention): boolean {
  const form = place.text.toLowerCase().split(/\s+/).pop()!;
  const base = place.lemma.toLowerCase().split(/\s+/).pop()!;
  if (/[ую]$/.test(form) && /[ая]$/.test(base)) return true;
  // Indeclinable names end in a vowel (в США, в Осло, в Сочи) and stay places where things are.
  return form === base && /[бвгджзйклмнпрстфхцчшщьы]$/.test(base);
}

/**
 * Words next to an organization that quote it. Media-only cues name a medium for
 * the whole corpus: only a medium writes, passes on, gives interviews, has a
 * document "seen by" it or reports citing others. Other cues (сообщает, по
 * данным) also quote ministries and the UN, who do take part elsewhere, so they
 * only keep the organization out of its own sentence.
 */
const WRITES = '(?:пиш\\S*|пише|переда[еєё]\\S*|цитиру\\S*|цитує)';
const SAYS = `(?:${WRITES}|сообща\\S*|отмеча\\S*|повідом\\S*|інформу\\S*)`;
const MEDIUM_CUES = [
  WRITES,
  // A dateline: ", 16:24 REGNUM 8 ноября …".
  '\\d{1,2}:\\d{2}',
  // A document "seen by Reuters": пересмотренной Reuters, которую видел, в распоряжении.
  '(?:видел\\S*|бачил\\S*|бачив|просмотрен\\S*|пересмотрен\\S*|переглянут\\S*|в распоряжени[еи]|[ву] розпорядженн[ія])',
  '(?:со ссылкой на|з посиланням на)[^.;:]{1,60}?(?:сообща\\S*|повідом\\S*)',
  '(?:интервью|інтерв[\'’]ю|эфир\\S*|ефір\\S*|издани\\S*|видання|телеканал\\S*|газет\\S*|информагентств\\S*|інформагенці\\S*|(?:информационн|новостн)\\S* агентств\\S*|інформаційн\\S* агенці\\S*)',
];
const MEDIUM_BEFORE = new RegExp(`(?:^|[\\s,(«"])(?:${MEDIUM_CUES.join('|')})\\s*[«"]?\\s*$`);
const SOURCE_BEFORE = new RegExp(`(?:${SAYS}|по данным|по информации|согласно|со ссылкой на|за даними|за інформацією|згідно з|з посиланням на)\\s*[«"]?\\s*$`);
const MEDIUM_AFTER = new RegExp(`^\\s*[»"]?\\s+${WRITES}`);
const SOURCE_AFTER = new RegExp(`^\\s*[»"]?\\s*,?\\s*${SAYS}`);
/** A sentence signed off with its source after a comma: "…18 листопада, Українська правда." (\u0000 marks the organization). */
const SIGNED_OFF = /,\s*\u0000[»"]?\.(?:\s|$)/;

/** How a sentence quotes an organization, if it does: as a medium or as some other source. */
function attributionOf(text: string, org: Mention): 'medium' | 'source' | undefined {
  const before = text.slice(Math.max(0, org.start - 80), org.start).toLowerCase();
  const after = text.slice(org.end, org.end + 30).toLowerCase();
  if (MEDIUM_BEFORE.test(before) || MEDIUM_AFTER.test(after)) return 'medium';
  if (SOURCE_BEFORE.test(before) || SOURCE_AFTER.test(after) || SIGNED_OFF.test(`${before.slice(-2)}\u0000${after}`)) return 'source';
  return undefined;
}
