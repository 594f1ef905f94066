// An event's title as a reader would write it: what happened and of whom — «Саммит «коалиции желающих»»,
// «Встреча — Дональд Трамп, Тереза Мэй» — in one language, the one most of its sources use. The date and the
// place are not repeated: the Events view lists the event under its day and shows its place beside it.
import { KIND_LABEL, type EventKind } from '../lexicon/eventTriggers';
import type { Entity, Lang } from '../types';

/** Letters only one of the two languages writes: a name spelled with one of the other's is not in this language. */
const FOREIGN_LETTERS: Record<Lang, RegExp> = { ru: /[іїєґІЇЄҐ]/, uk: /[ыэъёЫЭЪЁ]/ };

/** How many names a title lists before it stops; the rest are the event's participants. */
export const MAX_TITLE_NAMES = 3;

/**
 * The entity's name as this language spells it: its fullest spelling with no letter of the other language, one with
 * a letter of its own first (Тереза Мей for Тереза Мэй in a Ukrainian title), else its display name after all.
 */
export function nameIn(entity: Entity, lang: Lang): string {
  const other: Lang = lang === 'ru' ? 'uk' : 'ru';
  const fits = (name: string): boolean => !FOREIGN_LETTERS[lang].test(name);
  // Сергій Кислиця over Сергей Кислица in Ukrainian: a spelling with a letter of its own shows its language.
  const own = (name: string): number => (FOREIGN_LETTERS[other].test(name) ? 1 : 0);
  const words = (name: string): number => name.split(/\s+/).length;
  const spellings = [entity.name, ...entity.aliases].filter(fits);
  let best = spellings[0];
  for (const s of spellings) if (words(s) > words(best) || (words(s) === words(best) && own(s) > own(best))) best = s;
  return best ?? entity.name;
}

/** A signing reported with no declaration named ("подписал закон") is called what it is. */
const LABELS: Record<EventKind | 'signing', { ru: string; uk: string }> = { ...KIND_LABEL, signing: { ru: 'Подписание', uk: 'Підписання' } };

export interface TitleParts {
  kind: EventKind | 'signing';
  lang: Lang;
  /** The organization the gathering is of, as a source of this language writes it ("коалиции желающих"). */
  qualifier?: { text: string; quoted: boolean };
  /** Who takes part, in the title's language, the most reported first. */
  names: readonly string[];
}

export function eventTitle({ kind, lang, qualifier, names }: TitleParts): string {
  const label = LABELS[kind][lang];
  if (qualifier) return `${label} ${qualifier.quoted ? `«${qualifier.text}»` : qualifier.text}`;
  if (names.length === 0) return label;
  const listed = names.slice(0, MAX_TITLE_NAMES).join(', ');
  return `${label} — ${names.length > MAX_TITLE_NAMES ? `${listed}${MORE[lang]}` : listed}`;
}

const MORE: Record<Lang, string> = { ru: ' и др.', uk: ' та ін.' };
