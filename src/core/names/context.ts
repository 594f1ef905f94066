// Words around a capitalized word that tell it is a person's surname (a title
// before it, a speech verb, "по словам"), and words that tell it is not (a
// place or an organization after a title: "президент Франции", "глава
// Минздрава"). Russian and Ukrainian; matched on lowercased tokens.
import { declineWord } from '../extract/placesOrgs';
import { ROLE_NOUNS_RU, ROLE_NOUNS_UK } from '../lexicon/roles';
import { foldCase } from '../text/fold';
import type { Lang } from '../types';

/** An entry of the title list: its nominative, and whether it is shown as a person's role. */
export interface RoleNoun {
  lemma: string;
  /** False for occupations and forms of address (профессор, пан) and for plural forms: they mark a person only. */
  shown: boolean;
  /** False for titles an organization follows as often as a name (начальник Генштаба, член Группы). */
  marksName: boolean;
}


let roleTable: Map<string, RoleNoun> | undefined;

function buildRoleTable(): Map<string, RoleNoun> {
  const table = new Map<string, RoleNoun>();
  const add = (block: string, lang: Lang): void => {
    for (const raw of block.trim().split(/\s+/)) {
      const lemma = raw.replace(/^[~!^]+/, '');
      const adjective = /(?:ий|ый|ій)$/.test(lemma);
      const shown = !raw.includes('~');
      const marksName = !raw.includes('^');
      const singular = declineWord(lemma, lang, adjective, raw.includes('!'));
      const forms: [string, boolean][] = [...singular.map((f): [string, boolean] => [f, shown]), ...pluralForms(lemma, lang, adjective).map((f): [string, boolean] => [f, false])];
      for (const [form, show] of forms) {
        // Folded: apostrophes as one character, so прем’єр and прем'єр are one word.
        const key = foldCase(form);
        // A function word is never a title's form: после (посол's locative).
        if (NOT_TITLE_FORMS.has(key)) continue;
        const known = table.get(key);
        // A shown title wins over an occupation's lookalike form; later entries win among titles.
        if (show || !known) table.set(key, { lemma, shown: show, marksName: marksName || (known?.marksName ?? false) });
      }
    }
  };
  add(ROLE_NOUNS_RU, 'ru');
  add(ROLE_NOUNS_UK, 'uk');
  return table;
}

const NOT_TITLE_FORMS = new Set(['после']);

/** Plural forms of a title (министры, міністрів, лидерам): they too stand before names. */
function pluralForms(lemma: string, lang: Lang, adjective: boolean): string[] {
  if (/[оеиуюіэ]$/.test(lemma)) return [];
  if (adjective) {
    const stem = lemma.slice(0, -2);
    return (lang === 'ru' ? ['ые', 'ие', 'ых', 'их', 'ым', 'им', 'ыми', 'ими'] : ['і', 'их', 'им', 'ими']).map((e) => stem + e);
  }
  const soft = /[ьйя]$/.test(lemma);
  const stem = lemma.replace(/[аяьй]$/, '');
  const velar = /[гкхжшчщ]$/.test(stem);
  const endings = lang === 'ru' ? [velar || soft ? 'и' : 'ы', soft || /[жшчщ]$/.test(stem) ? 'ей' : 'ов', soft ? 'ям' : 'ам', soft ? 'ями' : 'ами', soft ? 'ях' : 'ах'] : [soft ? 'і' : 'и', soft ? 'ів' : 'ів', soft ? 'ям' : 'ам', soft ? 'ями' : 'ами', soft ? 'ях' : 'ах'];
  return endings.map((e) => stem + e);
}

/** Prefixes that make a title of a title: вице-президент, екс-прем'єр, экс-глава. */
const TITLE_PREFIX = /^(?:вице|віце|экс|екс|ex)-/;

/** The title or occupation a word is a form of, if any: президентом → президент, лидерстве → undefined. */
export function roleNounOf(word: string): RoleNoun | undefined {
  // Kept by the word as written: the people rules and the model's hints ask about the same tokens, and most
  // answers are no, which otherwise cost a folded copy, a replacement and a prefix test each time.
  let found = roleCache.get(word);
  if (found === undefined) {
    found = roleNounOfFolded(foldCase(word)) ?? null;
    if (roleCache.size >= MAX_ROLE_CACHE) roleCache.clear();
    roleCache.set(word, found);
  }
  return found ?? undefined;
}

const roleCache = new Map<string, RoleNoun | null>();
const MAX_ROLE_CACHE = 100_000;

/** roleNounOf of a word already folded (foldCase), without keeping the answer (see lookupFolded in firstNames). */
export function roleNounOfFolded(folded: string): RoleNoun | undefined {
  roleTable ??= buildRoleTable();
  let rest = folded;
  // Every title prefix ends in a hyphen: most words have none, and skip the pattern.
  while (!roleTable.has(rest) && rest.includes('-') && TITLE_PREFIX.test(rest)) rest = rest.replace(TITLE_PREFIX, '');
  return roleTable.get(rest);
}

/** A token that names a title or occupation, in any case form, and so marks the capitalized word after it as a name. */
export function isRoleWord(word: string): boolean {
  return roleNounOf(word)?.marksName ?? false;
}

const SPEECH_STEMS =
  'сказа заяви добави отмети подчеркну поясни рассказа сообщи призна написа уточни заключи констатирова резюмирова ' +
  'ответи продолжи пообеща замети напомни добавля дода зазначи наголоси розпові повідоми зауважи підкресли попереди ' +
  'визна підсумува пообіця відпові продовжи нагада зазнача цитуєм цитируем';
const SPEECH_VERB = new RegExp(`^(?:(?:${SPEECH_STEMS.split(' ').join('|')})(?:л|ла|в)|считает|говорит|полагает|уверен|уверена|вважає|каже|говорить|застеріг|застерегла|пише|пишет|цитирует|цитує|добавляет|отмечает|поясняет|подчеркивает|заявляет|рассказывает|додає|зазначає|пояснює|розповідає|наголошує|вважає)$`);

/** A speech verb that may stand right before its speaker: «…», — сказал Клинсман. */
export const isSpeechVerb = (word: string): boolean => SPEECH_VERB.test(word.toLowerCase());

/** "по словам X", "за словами X", "по мнению X", "на думку X": the next word is a person's. */
export function isAttribution(prev2: string | undefined, prev1: string | undefined): boolean {
  const a = prev2?.toLowerCase();
  const b = prev1?.toLowerCase();
  return (
    ((a === 'по' || a === 'за') && (b === 'словам' || b === 'словами' || b === 'мнению')) ||
    (a === 'на' && b === 'думку') ||
    (a === 'со' && b === 'слов')
  );
}

// Places and organizations that follow titles ("президент России", "мэр Москвы",
// "глава Минздрава") or look like surnames (Киев, Ростов, Берлин), as stems:
// a word is excluded when it begins with one and is at most four letters longer.
const PLACE_STEMS = `
росси російськ україн украин франц франці германи німеччин итали італі польш польщ британ кита япони японі инди
інді турци туреччин израил ізраїл иран іран сири сирі москв киев київ києв европ європ грузи грузі армени вірмен
азербайджан казахстан белорус білорус латви латві литв эстони естоні венгри угорщин австри австрі испани іспані
португал греци греці канад мексик бразил бразил аргентин венесуэл венесуел египт єгипт саудовск саудівськ эмират
емірат катар пакистан афганистан ирак ірак коре вашингтон лондон париж берлин берлін пекин пекін брюссел токио
токі варшав минск мінськ львов львів харьков харків одесс одес донецк донецьк луганск луганськ крым крим днепр
дніпр петербург калифорни каліфорні нью-йорк техас кремл ватикан швейцари швейцарі швеци швеці норвеги норвегі
финлянди фінлянді дани данi нидерланд нідерланд голланд бельги бельгі чехи чехі словак румыни румуні болгари
болгарі серби сербі хорвати хорваті молдов молдав гвине гвіне нигери нігері юар африк америк азии азі австрали
австралі ростов саратов кишинев кишинів псков азов тамбов брянск смоленск курск воронеж самар казан уфы белгород
харьков чернигов чернігів житомир винниц вінниц полтав херсон николаев миколаїв запорож запоріж ташкент бишкек
баку ереван єреван тбилиси тбілісі астан алмат нур-султан дамаск багдад тегеран анкар стамбул минздрав минфин
минобороны кабмин кабмін правительств уряд госдум совфед сенат конгресс конгрес парламент верховн министерств
міністерств минюст мінюст евросоюз євросоюз еврокомисси єврокомісі комисси комісі центробанк бундестаг бундесрат
белого білого роскосмос наса газпром нафтогаз европарламент європарламент словаччин словакі словени словені ирланди ірланді шотланди шотланді центр институт інститут управлен университет університет академи клиник клінік больниц лікарн фонд агентств банк компани корпорац служб совет комитет комітет движени отдел відділ меджлис госдеп департамент республик республік минсвяз гринпис парти партії фронт союз таллин пхеньян женев офис офіс вооруж збройн штат сполучен соединен объединен об'єднан об’єднан
`
  .trim()
  .split(/\s+/);

const placeCache = new Map<string, boolean>();

/** A capitalized word that is (a form of) a frequent place or organization, not a surname. */
export function isPlaceLike(word: string): boolean {
  // Kept by the word as written: most calls then cost one look-up and no folded copy.
  let hit = placeCache.get(word);
  if (hit === undefined) {
    hit = isPlaceLikeFolded(foldCase(word));
    if (placeCache.size >= MAX_PLACE_CACHE) placeCache.clear();
    placeCache.set(word, hit);
  }
  return hit;
}

const MAX_PLACE_CACHE = 100_000;

let placeStems: Set<string> | undefined;

/**
 * isPlaceLike of a word already folded, without keeping the answer: does it begin with a place stem it is at most
 * four letters longer than? Its last five prefixes are looked up.
 */
export function isPlaceLikeFolded(lower: string): boolean {
  placeStems ??= new Set(PLACE_STEMS);
  for (let k = Math.max(1, lower.length - 4); k <= lower.length; k++) if (placeStems.has(lower.slice(0, k))) return true;
  return false;
}

/** The case a title's form shows (президента → genitive), so the name after it agrees; undefined when unsure. */
export function roleCase(word: string): 'nom' | 'gen' | 'dat' | 'ins' | 'loc' | undefined {
  const lower = word.toLowerCase();
  if (/(?:глава|голова|судья|суддя)$/.test(lower)) return 'nom';
  // Adjectives used as titles: командующим, уповноваженого, командувачу.
  if (/(?:ым|им)$/.test(lower)) return 'ins';
  if (/(?:ого|его)$/.test(lower)) return 'gen';
  if (/(?:ому|ему)$/.test(lower)) return 'dat';
  if (/(?:ом|ем|ой|ою|ею)$/.test(lower)) return 'ins';
  if (/(?:ові|еві|у|ю)$/.test(lower)) return 'dat';
  if (/[бвгджзклмнпрстфхцчшщь]$/.test(lower)) return 'nom';
  if (/(?:а|я|и|ы)$/.test(lower)) return 'gen';
  if (/[еі]$/.test(lower)) return 'loc';
  return undefined;
}

/** Words before a place: город Дацин, района Отрадное, місто Харбін. */
export const PLACE_NOUN = /^(?:город|міст|сел|район|област|деревн|посел|станц|улиц|вулиц|площад|остров|озер|рек|річк)/;

/** Words just before a name that make it part of an organization's name: институт имени Чумакова. */
// Case-sensitive on purpose: with the i flag \p{Lu} also matches lowercase letters, and "имени Гамалеи
// профессор Александр Бутенко" would hide the professor.
// Abbreviation dots may stand after a space, as pre-tokenized text writes them: `им . Гамалеи`, `М . П . Чумакова`.
const NAMED_AFTER_WORD = String.raw`(?:^|[^\p{L}])(?:[Ии]мени|[Ии]м ?\.|[Іі]мені|[Іі]м ?\.)\s*(?:(?:[Аа]кадемика|[Аа]кадеміка|[Пп]рофессора|[Пп]рофесора)\s+)?`;
const STREET_NOUN = String.raw`(?:ул ?\.|улиц[аеыу]?|вул ?\.|вулиц[яіею]|вулиць|проспект[ае]?|просп ?\.|пр-т|шоссе|бульвар[ае]?|б-р|бул ?\.|площад[ьи]|пл ?\.|переул[оке]+|пер ?\.)`;
const STREET_WORD = String.raw`(?:^|[^\p{L}])${STREET_NOUN}`;
const STREET_NOUN_ANYWHERE = new RegExp(STREET_NOUN, 'iu');

/**
 * Does the text hold a street noun anywhere, even inside a word? Where it does not, no piece of it holds a street
 * word (isNamedAfter's `streets`): most articles name no street, and the test of every name's context is costly.
 */
export const mayNameStreets = (text: string): boolean => STREET_NOUN_ANYWHERE.test(text);
const STREET = String.raw`${STREET_WORD}\s*$`;
/** A street word anywhere in the text: only then can words between it and the name be stripped. */
const STREET_ANYWHERE = new RegExp(`${STREET_WORD}(?![\\p{L}])`, 'iu');
/**
 * A capitalized word or an initial closing the text (В'ячеслава, І., Професора; case-sensitive, see above), or a
 * conjunction joining two streets' names (вул. Леніна та Карла Маркса).
 */
const LAST_CAPITALIZED = /(?:\p{Lu}[\p{L}'’ʼ]*\s?\.?|(?<![\p{L}])(?:та|і|и|й))\s*$/u;
const NAMED_AFTER_ANY = new RegExp(`${NAMED_AFTER_WORD}(?:\\p{Lu}[\\p{L}.]*(?: \\.)?\\s*){0,3}$`, 'u');
const NAMED_AFTER_NEXT = new RegExp(`${NAMED_AFTER_WORD}$`, 'u');
const STREET_BEFORE = new RegExp(STREET, 'iu');

/**
 * True when the text before a name makes the name part of an organization's or a street's name.
 * A full name (a first name or initials first) must follow "имени" directly: after "имени Гамалеи"
 * the institution's name is complete, so "центра им. Гамалеи Александр Гинцбург" names its director.
 * `streets` false says the text `before` is cut from names no street (mayNameStreets).
 */
export function isNamedAfter(before: string, fullName = false, streets = true): boolean {
  // Every form of имени / им. / імені / ім. has a lowercase м: without one the pattern, tried at each offset, cannot match.
  return (streets && afterStreet(before)) || (before.includes('м') && (fullName ? NAMED_AFTER_NEXT : NAMED_AFTER_ANY).test(before));
}

/**
 * A street word before the name, perhaps with initials, first names or a title of the person between, or another
 * street's name and a conjunction: вул. І. Федорова, вулиці В'ячеслава Чорновола, вул. Професора Підвисоцького,
 * вулиць Енгельса та Артема.
 */
function afterStreet(before: string): boolean {
  if (!STREET_ANYWHERE.test(before)) return false;
  let rest = before;
  for (let n = 0; n <= 4; n++) {
    if (STREET_BEFORE.test(rest)) return true;
    const m = LAST_CAPITALIZED.exec(rest);
    if (!m) return false;
    rest = rest.slice(0, m.index);
  }
  return false;
}

/** Nouns of institutions, prizes and buildings that take a person's name in the genitive: Институт Роберта Коха, Общество Макса Планка. */
const INSTITUTION_HEAD = /^(?:институт|інститут|обществ|товариств|университет|університет|академи|академі|госпитал|госпіталь|госпітал|больниц|лікарн|клиник|клінік|фонд|музе|театр|библиотек|бібліотек|консерватори|консерваторі|собор|храм|преми|премі|орден|медал|лаборатори|лабораторі|гимнази|гімназі|лицей|ліцей|колледж|коледж|стадион|стадіон|аэропорт|аеропорт)\p{L}*$/iu;

/**
 * True when a person's name in the genitive follows an institution's noun that no title governs: in
 * "Общества Макса Планка" the name is part of the organization's; in "директора института Ивана Петрова"
 * the title makes the name a person again.
 */
export function isInstitutionName(head: string | undefined, beforeHead: string | undefined, genitiveOnly: boolean): boolean {
  return genitiveOnly && head !== undefined && INSTITUTION_HEAD.test(head) && !(beforeHead !== undefined && isRoleWord(beforeHead));
}
