// Surname paradigms across the corpus. Every mention of a surname offers the
// nominatives its form allows (Рааба: Рааб's genitive, or a nominative Рааба),
// narrowed by the first name beside it when that name agrees in case and
// gender. The corpus then weighs all offers: a base is chosen for a mention
// by the support the whole corpus gives it, so one misread phrase cannot turn
// a person's oblique form into a second person. Bases are compared by
// spellingKey, so Russian and Ukrainian spellings (Умеров, Умєров) pool their evidence.
// Cost is linear: each mention adds to the few keys its own form allows.
import type { FirstNameForm } from './firstNames';
import { spellingKey } from './nameKey';
import { type Case, surnameCandidates } from './nameForms';

/**
 * How a mention was found: beside a first name (its case pins the surname's), beside initials, by its
 * context (a title, a speech verb), or alone because the corpus knows the surname (no clue to its case).
 */
export type Evidence = 'firstName' | 'initials' | 'context' | 'bare';

/** What one mention says about its surname. */
export interface SurnameObservation {
  /** The surname as written: Рааба. */
  form: string;
  /** Readings of the first name beside it (all of them, not just the extractor's). */
  firstNames?: readonly FirstNameForm[];
  /** The nominative the per-article rules chose, from clues this stage cannot see (a verb after a subject). */
  chosen: string;
  evidence: Evidence;
}

/** One way to read a mention: a surname nominative and the first-name reading that agrees with it. */
export interface SurnameReading {
  base: string;
  key: string;
  first?: FirstNameForm;
  /** Read as a family's plural (Скрипалей of Скрипаль): the mention names the family, not one person. */
  plural?: boolean;
}

/** How much one mention weighs: a first name pins the case; context guesses it. */
const WEIGHT: Record<Evidence, number> = { firstName: 1, initials: 0.7, context: 0.5, bare: 0.5 };
/** The per-article choice counts twice among its mention's readings when a rule saw the clause; a bare surname's had no clue. */
const CHOSEN_SHARE: Record<Evidence, number> = { firstName: 2, initials: 2, context: 2, bare: 1 };
/** Each further surface form a base explains adds this much: Трамп explains Трампа, Трампу, Трампом. */
const FORM_BONUS = 0.5;

// A family named together (Скрипали, Скрипалей, Скрипалів) uses the plural; its base is the singular.
// Only endings no singular form has, and nominatives ending in a soft consonant, so Берлускони stays whole.
const PLURAL: [RegExp, string[]][] = [
  [/(?<=[бвгджзклмнпрстфхцчшщ])(?:ей|ям|ями|ях)$/, ['ь', 'й']],
  [/(?<=[бвгджзклмнпрстфхцчшщ])(?:ів|ам|ами|ах)$/, ['']],
  [/(?<=[лнр])[иі]$/, ['ь']],
];

/** Singular bases a plural surname form may have, best first. */
export function pluralBases(form: string): string[] {
  const lower = form.toLowerCase();
  const out: string[] = [];
  for (const [ending, nominatives] of PLURAL) {
    const m = ending.exec(lower);
    if (m && m.index >= 3) for (const n of nominatives) out.push(form.slice(0, m.index) + n);
  }
  return out;
}

/**
 * Every reading a mention allows, the per-article choice first. `plural` adds the plural readings, which
 * weigh in the corpus's choice but never make a surname known by themselves.
 */
export function readingsOf(o: SurnameObservation, plural = true): SurnameReading[] {
  const out: SurnameReading[] = [];
  const add = (base: string, first?: FirstNameForm, family = false): void => {
    const key = spellingKey(base);
    if (!out.some((r) => r.key === key && r.first?.group === first?.group)) out.push({ base, key, first, ...(family ? { plural: true } : {}) });
  };
  const plurals = plural ? pluralBases(o.form) : [];
  if (!o.firstNames || o.firstNames.length === 0) {
    add(o.chosen);
    for (const base of surnameCandidates(o.form)) add(base);
    for (const base of plurals) add(base, undefined, true);
    return out;
  }
  for (const first of o.firstNames) {
    const bases = surnameCandidates(o.form, first.cases, first.gender);
    // The per-article choice first, paired with a first-name reading that allows it if one does.
    if (bases.some((b) => spellingKey(b) === spellingKey(o.chosen))) add(o.chosen, first);
  }
  for (const first of o.firstNames) for (const base of surnameCandidates(o.form, first.cases, first.gender)) add(base, first);
  if (!out.some((r) => r.key === spellingKey(o.chosen))) out.unshift({ base: o.chosen, key: spellingKey(o.chosen), first: o.firstNames[0] });
  // Юлия и Сергей Скрипали: a plural surname after a first name.
  for (const base of plurals) add(base, o.firstNames[0], true);
  return out;
}

/** The plural nominative a family is named by: Скрипаль → Скрипали (Скрипалі in a Ukrainian form), Клинтон → Клинтоны. */
export function familyName(base: string, form: string): string {
  const ukrainian = /[іїєґ]/i.test(form);
  const lower = base.toLowerCase();
  if (/[ьй]$/.test(lower)) return base.slice(0, -1) + (ukrainian ? (lower.endsWith('й') ? 'ї' : 'і') : 'и');
  return base + (ukrainian || /[гкхжшчщ]$/.test(lower) ? 'и' : 'ы');
}

/**
 * Whether the per-article choice saw the surname's case: not beside a first name that does not decline (Фабио,
 * Джо), whose form fits every case. There "Фабио Панетта" is Панетт's genitive or a nominative Панетта alike, and
 * the rest of the corpus decides (сказал Панетта: a subject; Джо Байден elsewhere).
 */
const pinsCase = (o: SurnameObservation): boolean => o.evidence !== 'firstName' || !o.firstNames || !o.firstNames.every((f) => f.cases.length >= ALL_CASES);
const ALL_CASES = 6;

/** Support per base key, summed over the corpus. */
export class SurnameEvidence {
  private readonly support = new Map<string, number>();
  private readonly forms = new Map<string, Set<string>>();
  /** Support per base spelling, from singular readings: keys drop the soft sign, spellings keep it. */
  private readonly spellings = new Map<string, number>();

  /** Adds one mention's evidence; `readings` are readingsOf(o), passed when the caller has them. */
  add(o: SurnameObservation, readings: readonly SurnameReading[] = readingsOf(o)): void {
    const keys = [...new Set(readings.map((r) => r.key))];
    const chosen = spellingKey(o.chosen);
    const shares = keys.map((k) => (k === chosen && pinsCase(o) ? CHOSEN_SHARE[o.evidence] : 1));
    const total = shares.reduce((a, b) => a + b, 0);
    keys.forEach((key, n) => {
      const weight = (WEIGHT[o.evidence] * shares[n]) / total;
      this.support.set(key, (this.support.get(key) ?? 0) + weight);
      for (const r of readings) if (r.key === key && !r.plural) this.spellings.set(r.base, (this.spellings.get(r.base) ?? 0) + weight);
      const seen = this.forms.get(key) ?? new Set<string>();
      seen.add(spellingKey(o.form));
      this.forms.set(key, seen);
    });
  }

  /** The corpus's support for a base key: mentions that allow it, plus the distinct forms it explains. */
  score(key: string): number {
    const support = this.support.get(key);
    if (support === undefined) return 0;
    return support + FORM_BONUS * (this.forms.get(key)!.size - 1);
  }

  /**
   * A family's singular as the corpus spells it: Скрипалів reads as Скрипал or Скрипаль alike (one key), and
   * the singular mentions (Сергій Скрипаль) tell which.
   */
  singular(base: string): string {
    if (!/[бвгджзклмнпрстфхцчшщ]$/i.test(base)) return base;
    const soft = `${base}ь`;
    return (this.spellings.get(soft) ?? 0) > (this.spellings.get(base) ?? 0) ? soft : base;
  }

  /** The best-supported reading among a mention's own; ties keep the earlier (the per-article choice). */
  best(readings: readonly SurnameReading[]): SurnameReading {
    let best = readings[0];
    let bestScore = this.score(best.key);
    for (const r of readings.slice(1)) {
      const s = this.score(r.key);
      if (s > bestScore + 1e-9) [best, bestScore] = [r, s];
    }
    return best;
  }
}

/** The oblique cases in which `form` is a form of `base` (Уильямсона of Уильямсон: genitive, accusative). */
export function casesOf(form: string, base: string): Case[] {
  if (form === base) return [];
  return (['gen', 'dat', 'acc', 'ins', 'loc'] as const).filter((c) => surnameCandidates(form, [c], 'm').includes(base));
}
