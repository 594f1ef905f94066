// Roles stated next to a name: the title before it ("спецпосланника
// президента США Стива Уиткоффа") or an apposition after it ("Туск,
// премьер-министр Польши,"). The head noun is put in the nominative; the words
// that qualify it stay as written, since they are already in the case the
// head governs ("президента США", "Вооруженными силами США в Европе").
import type { Article, Entity, Mention, Role, SourceRef, Token } from '../types';
import { lookupFirstName } from '../names/firstNames';
import { roleCase, roleNounOf } from '../names/context';
import { foldCase } from '../text/fold';
import { displayText } from '../text/segment';
import { indexStartingAt } from '../util/spans';
import { breaksLine } from '../text/gaps';

/** The words allowed between a role's head and the name: qualifiers, never a clause. */
const QUALIFIER = /^(?:[a-zа-яёіїєґ'’-]+|[A-ZА-ЯЁІЇЄҐ][\p{L}'’-]*)$/u;
const MAX_QUALIFIERS = 6;
/** Words that end a role's qualifiers: conjunctions, verbs of saying, pronouns. */
const BREAKERS = new Set(
  'и а но что как который которая которые также и та й і що як який яка які також заявил заявила сообщил сообщила сказал сказала написал написала заявив заявила повідомив повідомила сказав написав он она они він вона вони это це после після со с з із'.split(' '),
);

interface HeadForm {
  lemma: string;
  words: number;
}

function headOf(token: Token | undefined): HeadForm | undefined {
  if (!token || token.kind !== 'word') return undefined;
  const noun = roleNounOf(token.text);
  return noun?.shown ? { lemma: noun.lemma, words: 1 } : undefined;
}

export interface RoleMention extends SourceRef {
  /** The person mention the role belongs to. */
  mention: Mention;
  title: string;
}

/** Roles stated next to the given person mentions of one article. */
export function findRoles(article: Article, people: readonly Mention[]): RoleMention[] {
  const { tokens, text } = article;
  const personStarts = new Set(people.map((m) => m.start));
  const found: RoleMention[] = [];
  for (const mention of people) {
    const first = indexStartingAt(tokens, mention.start);
    if (first === undefined) continue;
    const before = roleBefore(tokens, text, first);
    if (before) found.push({ ...before, doc: article.path, mention });
    let last = first;
    while (last + 1 < tokens.length && tokens[last].end < mention.end) last++;
    const after = roleAfter(tokens, text, last, personStarts);
    if (after) found.push({ ...after, doc: article.path, mention });
  }
  return found;
}

const sameLine = (text: string, a: Token, b: Token): boolean => !breaksLine(text, a.end, b.start);
/** Brackets and quotes may stand inside a role: руководитель Офиса [Президента], лидер партии «Слуга народа». */
const INNER_PUNCT = new Set(['[', ']', '«', '»', '"', '(', ')', '-']);

/**
 * The title before token `first`: the farthest head noun within reach whose case
 * agrees with the name's (so "зятем Дональда Трампа" gives Трамп no role, and
 * "спецпосланника президента США Стива" gives "спецпосланник президента США").
 */
function roleBefore(tokens: Token[], text: string, first: number): { start: number; end: number; title: string } | undefined {
  const nameCases = casesOf(tokens[first].text);
  let best: { index: number; head: HeadForm } | undefined;
  for (let i = first - 1; i >= 0 && first - i <= MAX_QUALIFIERS + 1; i--) {
    const token = tokens[i];
    if (!sameLine(text, token, tokens[i + 1])) break;
    if (INNER_PUNCT.has(token.text)) continue;
    if (token.kind !== 'word' || !QUALIFIER.test(token.text) || BREAKERS.has(token.text.toLowerCase())) break;
    const head = headOf(token);
    const headCase = head && roleCase(token.text);
    if (head && (!headCase || !nameCases || nameCases.includes(headCase))) best = { index: i, head };
  }
  return best && roleFrom(tokens, text, best.index, first - 1, best.head);
}

/** ", премьер-министр Польши," right after the name; not when the words name the next person in a list. */
function roleAfter(tokens: Token[], text: string, last: number, personStarts: Set<number>): { start: number; end: number; title: string } | undefined {
  if (tokens[last + 1]?.text !== ',') return undefined;
  const head = headOf(tokens[last + 2]);
  if (!head) return undefined;
  let end = last + 2;
  while (end + 1 < tokens.length && end - last < MAX_QUALIFIERS + 2) {
    const next = tokens[end + 1];
    if (personStarts.has(next.start)) return undefined;
    if (next.kind !== 'word' || BREAKERS.has(next.text.toLowerCase()) || !sameLine(text, tokens[end], next)) break;
    end++;
  }
  const closed = [',', '.', ')', '—', '–'].includes(tokens[end + 1]?.text ?? '');
  return closed ? roleFrom(tokens, text, last + 2, end, head) : undefined;
}

/** The cases a name's first word can be in; undefined when it does not decline or cannot be told. */
function casesOf(word: string): string[] | undefined {
  const readings = lookupFirstName(word);
  if (readings.length > 0) {
    const cases = readings.flatMap((r) => r.cases);
    // Accusative and genitive look alike on masculine names; a title in either agrees.
    return cases.includes('acc') || cases.includes('gen') ? [...cases, 'gen'] : cases;
  }
  const guess = roleCase(word);
  return guess && /[аяуюеіомиы]$|[еоі]м$/i.test(word) ? [guess] : undefined;
}

function roleFrom(tokens: Token[], text: string, headIndex: number, lastIndex: number, head: HeadForm) {
  const start = tokens[headIndex].start;
  const end = tokens[lastIndex].end;
  const qualifiers = displayText(text.slice(tokens[headIndex].end, end));
  return { start, end, title: qualifiers ? `${head.lemma} ${qualifiers}` : head.lemma };
}

/** Entities with the roles their mentions were given, each role with every source that states it. */
export function attachRoles(entities: Entity[], roles: RoleMention[]): Entity[] {
  const byEntity = new Map<string, Map<string, Role>>();
  for (const r of roles) {
    if (!r.mention.entity) continue;
    const titles = byEntity.get(r.mention.entity) ?? new Map<string, Role>();
    const key = foldCase(r.title);
    const role = titles.get(key) ?? { title: r.title, sources: [] };
    role.sources.push({ doc: r.doc, start: r.start, end: r.end });
    titles.set(key, role);
    byEntity.set(r.mention.entity, titles);
  }
  return entities.map((e) => {
    const found = byEntity.get(e.id);
    // Most often stated first: that is the role a card shows.
    return found ? { ...e, roles: [...e.roles, ...[...found.values()].sort((a, b) => b.sources.length - a.sources.length)] } : e;
  });
}
