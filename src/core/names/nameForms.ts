// Russian and Ukrainian personal-name morphology, written as endings tables:
// forward for first names (whose nominatives we know, so every case form can be
// generated) and backward for surnames (whose nominative we must guess from an
// inflected form, narrowed by the case the first name next to it shows).

export type Case = 'nom' | 'gen' | 'dat' | 'acc' | 'ins' | 'loc' | 'voc';
export const ALL_CASES: readonly Case[] = ['nom', 'gen', 'dat', 'acc', 'ins', 'loc', 'voc'];

type Gender = 'm' | 'f';
/** [ending that replaces the stem's tail, cases it expresses]. */
type Paradigm = [string, Case[]][];

const SIBILANT = /[жшчщц]$/;
const VELAR = /[кгхжшчщ]$/;

// First-name paradigms, by what the nominative ends in. Russian and Ukrainian
// forms are merged: a form is looked up, never generated for display.
const hardMasculine = (stem: string): Paradigm => [
  ['а', ['gen', 'acc']],
  ['у', ['dat', 'voc']],
  ['ові', ['dat', 'loc']],
  [SIBILANT.test(stem) ? 'ем' : 'ом', ['ins']],
  ['е', ['loc', 'voc']],
  ['і', ['loc']],
];
const softMasculine = (): Paradigm => [
  ['я', ['gen', 'acc']],
  ['ю', ['dat', 'voc']],
  ['ем', ['ins']],
  ['е', ['loc']],
];
const aStem = (stem: string, soft: boolean): Paradigm => [
  [soft || VELAR.test(stem) ? 'и' : 'ы', ['gen']],
  ['и', ['gen']],
  [soft ? 'і' : 'е', ['dat', 'loc']],
  ['і', soft ? ['gen', 'dat', 'loc'] : ['dat', 'loc']], // Ukrainian Галі is also the genitive
  [soft ? 'ю' : 'у', soft ? ['acc', 'voc'] : ['acc']], // Ukrainian calls Галя «Галю»
  [soft ? 'ей' : 'ой', ['ins']],
  [soft ? 'ею' : 'ою', ['ins']],
  [soft ? 'є' : 'о', ['voc']],
];

// Russian names whose last vowel drops in the other cases (Павел → Павла, Павлом; Лев → Льва; Пётр → Петра).
const FLEETING_VOWEL: Record<string, string> = { Павел: 'Павл', Лев: 'Льв', Пётр: 'Петр' };

/** Ukrainian names in a hard-looking consonant that decline soft: Ігор → Ігоря, Ігорю, Ігорем. */
const SOFT_CONSONANT = new Set(['Ігор']);

/** Ukrainian a-stems in к, г, х soften before the dative and locative ending: Іванка → Іванці, Ольга → Ользі. */
const SOFTENED_VELAR: Record<string, string> = { к: 'ц', г: 'з', х: 'с' };

/** Every form of a first name with the cases it can express (nominative included). */
export function firstNameForms(name: string, gender: Gender): Map<string, Case[]> {
  // A name that does not decline (Джо, Нино, Франсуа, Кэтрин) shows no case: any form may stand next to it.
  const indeclinable = /[еэиіоуюыё]$/.test(name) || /[аоуеи]а$/.test(name) || (gender === 'f' && !/[ая]$/.test(name));
  const forms = new Map<string, Case[]>([[name, indeclinable ? [...ALL_CASES] : ['nom']]]);
  const add = (stem: string, paradigm: Paradigm): void => {
    for (const [ending, cases] of paradigm) {
      const form = stem + ending;
      forms.set(form, [...new Set([...(forms.get(form) ?? []), ...cases])]);
    }
  };
  const last = name.slice(-1);
  const stem = name.slice(0, -1);
  if (/ия$|ія$/.test(name)) {
    // Юлия → Юлии/Юлию/Юлией; Юлія → Юлії/Юлію/Юлією.
    const base = name.slice(0, -2);
    add(base, [
      ['ии', ['gen', 'dat', 'loc']],
      ['ії', ['gen', 'dat', 'loc']],
      ['ию', ['acc']],
      ['ію', ['acc']],
      ['ией', ['ins']],
      ['ією', ['ins']],
    ]);
  } else if (last === 'а' || last === 'я') {
    add(stem, aStem(stem, last === 'я'));
    const velar = SOFTENED_VELAR[stem.slice(-1)];
    if (last === 'а' && velar) add(stem.slice(0, -1) + velar, [['і', ['dat', 'loc']]]);
  } else if (/ьо$/.test(name)) add(name.slice(0, -2), [['я', ['gen', 'acc']], ['ю', ['dat', 'voc']], ['ьові', ['dat', 'loc']], ['ьом', ['ins']]]); // Зеньо → Зеня, Зеньом
  else if (gender === 'f') return forms; // Foreign feminine names in a consonant do not decline.
  else if (last === 'й') {
    add(stem, softMasculine());
    add(stem, [['єм', ['ins']], ['ї', ['loc']], ['єві', ['dat', 'loc']], ['и', ['loc']]]);
  } else if (last === 'ь') add(stem, softMasculine());
  else if (last === 'о') add(stem, hardMasculine(stem)); // Петро, Кирило, Михайло decline in Ukrainian.
  else if (FLEETING_VOWEL[name]) add(FLEETING_VOWEL[name], hardMasculine(FLEETING_VOWEL[name]));
  else if (SOFT_CONSONANT.has(name)) add(name, [...softMasculine(), ['еві', ['dat', 'loc']], ['і', ['loc']], ['е', ['voc']]]);
  else if (/[бвгґджзклмнпрстфхцчшщ]$/.test(name)) add(name, hardMasculine(name));
  return forms;
}

/** A backward rule: an inflected ending, the nominative ending(s) it came from, the cases it shows. */
interface SurnameRule {
  ending: string;
  nominative: string[];
  cases: Case[];
  /** Only for stems ending like this (e.g. -ов/-ин surnames). */
  stem?: RegExp;
  gender?: Gender;
}

const OV_IN_STEM = /(?:ов|ев|ёв|єв|ин|ын|ін|їн)$/;
const ADJ_STEM = /(?:ск|цк|зк|ськ|цьк|зьк)$/;
const VOWEL_END = /[аеёиоуыэюяіїє]$/;
const CONSONANT_END = /[бвгґджзклмнпрстфхцчшщ]$/;

// Ordered from the most specific ending to the least; the first matches rank first.
const SURNAME_RULES: SurnameRule[] = [
  // Adjectival surnames: Зеленского, Зеленському, Зеленским, Зеленському.
  { ending: 'ого', nominative: ['ий', 'ой'], cases: ['gen', 'acc'], stem: ADJ_STEM, gender: 'm' },
  { ending: 'ому', nominative: ['ий', 'ой'], cases: ['dat', 'loc'], stem: ADJ_STEM, gender: 'm' },
  { ending: 'им', nominative: ['ий'], cases: ['ins'], stem: ADJ_STEM, gender: 'm' },
  { ending: 'ім', nominative: ['ий'], cases: ['loc'], stem: ADJ_STEM, gender: 'm' },
  { ending: 'ом', nominative: ['ий', 'ой'], cases: ['loc'], stem: ADJ_STEM, gender: 'm' },
  { ending: 'ого', nominative: ['ый', 'ой', 'ий'], cases: ['gen', 'acc'], gender: 'm' },
  { ending: 'ому', nominative: ['ый', 'ой', 'ий'], cases: ['dat'], gender: 'm' },
  // Feminine adjectival and -ова/-ина surnames.
  { ending: 'ой', nominative: ['ая'], cases: ['gen', 'dat', 'ins', 'loc'], stem: ADJ_STEM, gender: 'f' },
  { ending: 'ую', nominative: ['ая'], cases: ['acc'], stem: ADJ_STEM, gender: 'f' },
  { ending: 'ої', nominative: ['а'], cases: ['gen'], stem: ADJ_STEM, gender: 'f' },
  { ending: 'ій', nominative: ['а'], cases: ['dat', 'loc'], stem: ADJ_STEM, gender: 'f' },
  { ending: 'ою', nominative: ['а'], cases: ['ins'], stem: ADJ_STEM, gender: 'f' },
  { ending: 'ой', nominative: ['а'], cases: ['gen', 'dat', 'ins', 'loc'], stem: OV_IN_STEM, gender: 'f' },
  { ending: 'ої', nominative: ['а'], cases: ['gen'], stem: OV_IN_STEM, gender: 'f' },
  { ending: 'ій', nominative: ['а'], cases: ['dat', 'loc'], stem: OV_IN_STEM, gender: 'f' },
  { ending: 'ою', nominative: ['а'], cases: ['ins'], stem: OV_IN_STEM, gender: 'f' },
  // Masculine -ов/-ин: Буданова, Будановым, Будановим.
  { ending: 'ым', nominative: [''], cases: ['ins'], stem: OV_IN_STEM, gender: 'm' },
  { ending: 'им', nominative: [''], cases: ['ins'], stem: OV_IN_STEM, gender: 'm' },
  // Hard consonant stems: Трампа, Уиткоффом, Кушнеру, Туске, Бевзові.
  { ending: 'ові', nominative: [''], cases: ['dat', 'loc'], gender: 'm' },
  { ending: 'еві', nominative: ['ь'], cases: ['dat', 'loc'], gender: 'm' },
  { ending: 'єві', nominative: ['й'], cases: ['dat', 'loc'], gender: 'm' },
  { ending: 'ом', nominative: [''], cases: ['ins'], gender: 'm' },
  { ending: 'ем', nominative: ['', 'ь', 'й'], cases: ['ins'], gender: 'm' },
  { ending: 'єм', nominative: ['й'], cases: ['ins'], gender: 'm' },
  // Feminine -ова/-ина accusative, after the masculine dative (Путину is commoner than Петрову).
  { ending: 'у', nominative: ['а'], cases: ['acc'], stem: OV_IN_STEM, gender: 'f' },
  // a-stems, of either gender: Кислица/Кислиця, Арахамия/Арахамія.
  { ending: 'ии', nominative: ['ия'], cases: ['gen', 'dat', 'loc'] },
  { ending: 'ії', nominative: ['ія'], cases: ['gen', 'dat', 'loc'] },
  { ending: 'ию', nominative: ['ия'], cases: ['acc'] },
  { ending: 'ію', nominative: ['ія'], cases: ['acc'] },
  { ending: 'ией', nominative: ['ия'], cases: ['ins'] },
  { ending: 'ією', nominative: ['ія'], cases: ['ins'] },
  { ending: 'ы', nominative: ['а'], cases: ['gen'] },
  { ending: 'ой', nominative: ['а'], cases: ['ins'] },
  { ending: 'ою', nominative: ['а'], cases: ['ins'] },
  { ending: 'ей', nominative: ['я', 'а'], cases: ['ins'] },
  { ending: 'ею', nominative: ['я', 'а'], cases: ['ins'] },
  { ending: 'а', nominative: [''], cases: ['gen', 'acc'], gender: 'm' },
  { ending: 'у', nominative: [''], cases: ['dat'], gender: 'm' },
  // Цельсія → Цельсій after a vowel; Игоря → Игорь after a consonant.
  { ending: 'я', nominative: ['й'], cases: ['gen', 'acc'], stem: VOWEL_END, gender: 'm' },
  { ending: 'я', nominative: ['ь', 'й'], cases: ['gen', 'acc'], stem: CONSONANT_END, gender: 'm' },
  // Цельсию → Цельсий after a vowel; Игорю → Игорь after a consonant.
  { ending: 'ю', nominative: ['й'], cases: ['dat'], stem: VOWEL_END, gender: 'm' },
  { ending: 'ю', nominative: ['ь'], cases: ['dat'], stem: CONSONANT_END, gender: 'm' },
  { ending: 'ю', nominative: ['я'], cases: ['acc'] },
  { ending: 'у', nominative: ['а'], cases: ['acc'] },
  // Only after a velar, ж/ш/щ or an -ов/-ин stem: Берлускони, Саакашвили, Проди, Фаучи, Бьянки... do not
  // decline (-чи and -ци are Italian nominatives far more often than genitives of -ча/-ца).
  { ending: 'и', nominative: ['а'], cases: ['gen'], stem: /(?:[кгхжшщ]|ов|ев|ин|ын|ін|їн)$/ },
  { ending: 'і', nominative: ['а', 'я'], cases: ['gen', 'dat', 'loc'] },
  { ending: 'е', nominative: [''], cases: ['loc'], gender: 'm' },
  { ending: 'е', nominative: ['а'], cases: ['dat', 'loc'] },
  { ending: 'і', nominative: [''], cases: ['loc'], gender: 'm' },
];

/** Surnames in these endings do not decline (Шевченко, Монгро, Черных, Розански), so the form is the nominative. */
const INDECLINABLE = /(?:о|ых|их|дзе|швили|швілі|[сц]ки)$/;
/** Endings of one vowel, which replace a consonant stem's nominative ending (the я/ю of -й stems are not among them). */
const ONE_VOWEL_ENDING = /^[аеиуыі]$/;
/** Russian spelling writes и, not ы, after к, г, х and sibilants: Долгорукому → Долгорукий. */
const NO_Y_AFTER = /[кгхжшчщ]$/;
const MIN_STEM = 2;

const candidateCache = new Map<string, readonly string[]>();

/**
 * Nominative candidates for a surname form, best first. `cases` narrows the
 * rules (from an adjacent first name). Without corpus evidence a stripped
 * ending beats the form itself: Трампа is more often Трамп's genitive than a
 * nominative in -а. The answer is the cached list itself, not a copy (every capitalized word asks): frozen, so
 * no caller changes the cache.
 */
export function surnameCandidates(form: string, cases: readonly Case[] = ALL_CASES, gender?: Gender): readonly string[] {
  const key = cases === ALL_CASES && !gender ? form : `${form}|${cases.join(',')}|${gender ?? ''}`;
  let out = candidateCache.get(key);
  if (!out) {
    out = Object.freeze(computeCandidates(form, cases, gender));
    candidateCache.set(key, out);
  }
  return out;
}

function computeCandidates(form: string, cases: readonly Case[], gender?: Gender): string[] {
  const lower = form.toLowerCase();
  if ((cases.length === 1 && cases[0] === 'nom') || (INDECLINABLE.test(lower) && !/ого$/.test(lower))) return [form];
  const out: string[] = [];
  for (const rule of SURNAME_RULES) {
    if (!lower.endsWith(rule.ending)) continue;
    if (rule.gender && gender && rule.gender !== gender) continue;
    if (!rule.cases.some((c) => cases.includes(c))) continue;
    const stem = form.slice(0, form.length - rule.ending.length);
    if (stem.length < MIN_STEM) continue;
    if (rule.stem && !rule.stem.test(stem.toLowerCase())) continue;
    // A case ending follows a consonant: after a vowel the word is a foreign name that does not decline (Беллоу, Шоу).
    if (ONE_VOWEL_ENDING.test(rule.ending) && VOWEL_END.test(stem.toLowerCase())) continue;
    for (const nominative of rule.nominative) out.push(stem + (NO_Y_AFTER.test(stem.toLowerCase()) ? nominative.replace(/^ы/, 'и') : nominative));
  }
  // Kept last even when no nominative reading fits: foreign surnames in -у/-е do not decline.
  out.push(form);
  return [...new Set(out)];
}

const PATRONYMIC = /^(.+(?:ович|евич|євич|ич|овн|евн|івн|ївн|ичн|ічн))(?:а|у|ем|ом|е|і|ой|ою|ы|и|ї|ій|ої)?$/i;

/** The nominative of a patronymic form (Владимировича → Владимирович), or undefined. */
export function patronymicLemma(form: string): string | undefined {
  const match = PATRONYMIC.exec(form);
  if (!match) return undefined;
  const base = match[1];
  // Feminine patronymics end in -на; their oblique forms lose the final а.
  return /(?:овн|евн|івн|ївн|ичн|ічн)$/i.test(base) ? `${base}а` : base;
}
