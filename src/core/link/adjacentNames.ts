// Two person mentions side by side with only spaces between them are one name:
// a first name the lists do not know is found by context or from the corpus as
// if it were a surname (Асии + Биби), and the pair then shows as two people, one
// named by the first name. Joined after reconciliation, each word keeps the base
// the corpus chose for it: Асии Биби → Асия Биби.
import { mentionsByArticle } from './mentionsByArticle';
import type { PersonMention } from '../extract/people';
import { nameKey } from '../names/nameKey';
import { keptPersons } from './keptPersons';

/** Only spaces (no punctuation, no line break) between two words of one name; invisible marks count as nothing. */
const NAME_GAP = /^[ \t\u00a0\u200b-\u200f\u2060]{1,3}$/;

/** A mention that can open a longer name: one word, a first name or a surname alone, no initials. */
const opensName = (m: PersonMention): boolean => !m.alias && !m.initials && !m.text.includes(' ') && !(m.first && m.surname);

/** A mention that can close one: a surname alone (no first name, no initials). */
const closesName = (m: PersonMention): boolean => !m.alias && !m.initials && !m.first && Boolean(m.surname);

/**
 * The mentions with each adjacent pair (one opening, one closing a name; the opening word no known surname) joined into one mention; the rest
 * unchanged and in order. `textOf` gives an article's text, to check what stands between the two.
 */
export function joinAdjacentNames(mentions: readonly PersonMention[], textOf: (doc: string) => string | undefined): PersonMention[] {
  const byDoc = mentionsByArticle(mentions);
  // A surname some mention names with a first name is a person of its own, not a first name: Мэй Джонсон is two people.
  const surnames = new Set(mentions.filter((m) => m.first && m.surname).map((m) => nameKey(m.surname)));
  const joined = new Map<PersonMention, PersonMention>();
  const absorbed = new Map<PersonMention, PersonMention>();
  for (const [doc, sorted] of byDoc) {
    const text = textOf(doc);
    if (text === undefined) continue;
    for (let n = 0; n + 1 < sorted.length; n++) {
      const [head, tail] = [sorted[n], sorted[n + 1]];
      if (!opensName(head) || !closesName(tail) || (head.surname && surnames.has(nameKey(head.surname))) || head.end > tail.start || !NAME_GAP.test(text.slice(head.end, tail.start))) continue;
      const whole = keptJoined(head, join(head, tail, text));
      joined.set(head, whole);
      absorbed.set(tail, whole);
      n++;
    }
  }
  if (joined.size === 0) return [...mentions];
  // A Latin restatement of either half (Asia Bibi) restates the whole.
  const replacement = (m: PersonMention): PersonMention | undefined => joined.get(m) ?? absorbed.get(m);
  return mentions
    .filter((m) => !absorbed.has(m))
    .map((m) => joined.get(m) ?? (m.alias && replacement(m.alias) ? keptRepointed(m, { ...m, alias: replacement(m.alias) }) : m));
}

const keptJoined = keptPersons();
const keptRepointed = keptPersons();

function join(head: PersonMention, tail: PersonMention, text: string): PersonMention {
  const first = head.first && !head.surname ? head.first.lemma : head.lemma;
  return {
    doc: head.doc,
    start: head.start,
    end: tail.end,
    text: text.slice(head.start, tail.end),
    lemma: `${first} ${tail.lemma}`,
    surname: tail.surname,
    ...(head.first && !head.surname ? { first: head.first } : {}),
  };
}
