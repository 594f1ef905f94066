// What the words around one capitalized word say about it being a person's name, read from that occurrence
// alone: the subject of a past-tense verb whose gender agrees (Дора сказала, Потап пішов), the speaker after a
// speech verb (— пояснив Андрій), a vocative set off by commas (— Галю, ходи), a form of address or kinship word
// before it (пані Смолька, дід Потап). Each is weak; callers decide how many they need.
import { isSpeechVerb } from '../names/context';
import type { Article } from '../types';

export type PersonCue = 'subject' | 'speaker' | 'vocative' | 'addressed';

export type Gender = 'm' | 'f';

/** Lowercase words that stand before a name to address or place a person: пан, тітка, дід, сусідка. */
const ADDRESS_WORDS = new Set(
  `пан пана пану паном пані панна панни панну панове господар господиня
   дід діда дідові дідом дідусь дідуся баба баби бабуся бабусі бабця бабці
   тітка тітки тітці тітку тітонька дядько дядька дядькові дядьком
   брат брата братові братом сестра сестри сестрі сестру сестричка
   мама мами мамі маму тато тата татові син сина синові донька доньки доньці доньку дочка
   друг друга другові подруга подруги подрузі кум кума сусід сусіда сусідка сусідки
   дядя дяди тетя тети бабушка бабушки дедушка дедушки господин госпожа`
    .trim()
    .split(/\s+/),
);

/** A past-tense verb and the gender it shows: сказала (f), пішов, сказал, погоджувався (m); plural and others: none. */
export function pastTenseGender(word: string): Gender | undefined {
  if (word.length < 3 || word !== word.toLowerCase() || !/^[а-яёіїєґ'’]+$/.test(word)) return undefined;
  if (/[аяиеуіоїыё]ла(?:ся|сь)?$/.test(word)) return 'f';
  if (/(?:[аяиеуіоїыё]в|[аяиеуіоыё]л|[аяиеуіоїыё]вся)(?:ся|сь)?$/.test(word)) return 'm';
  return undefined;
}

/** A verb in the present tense, third person singular, as stories tell (Кажан продовжує, Аліна підводить). */
const PRESENT_SINGULAR = /^[а-яіїєґ'’]{3,}(?:[аяуюі]є|[иі]ть|[аяуюі]ється|[иі]ться)$/;

/** Words that may stand between a subject and its verb (Андрій уважно огледів, Андрій усе ще погоджувався). */
const INSERTABLE = /^(?:[а-яіїєґ]{2,}о|[а-яіїєґ]{2,}е|ще|вже|уже|теж|також|й|і|собі|лише|лиш|тільки|аж|ж|же|таки|не|ні|як|усе|все|так|раз|знову|тоді|потім|одразу|відразу|довго|тихо|ледве|ледь|трохи|зовсім|раптом|нарешті|досі|навіть|майже|тут|там|мовчки|нишком|вмить|ніби|наче|мабуть|совсем|вдруг|тоже|снова|даже|молча)$/;

const SEPARATOR_ONLY_SPACE = /^[ \t\u00a0]{1,3}$/;

/**
 * The cues one occurrence of tokens[i] shows, given the gender its form suggests (undefined: either). `gap`
 * lets that many adverbs stand between the word and its verb.
 */
export function personCues(article: Article, i: number, gender: Gender | undefined, gap = 2): PersonCue[] {
  const { tokens, text } = article;
  const cues: PersonCue[] = [];
  const t = tokens[i];
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  for (let k = i + 1, skipped = 0; k < tokens.length && skipped <= gap; k++, skipped++) {
    const w = tokens[k];
    if (w.kind !== 'word' || !SEPARATOR_ONLY_SPACE.test(text.slice(tokens[k - 1].end, w.start))) break;
    const verbGender = pastTenseGender(w.text);
    if (verbGender) {
      if (!gender || verbGender === gender) cues.push('subject');
      break;
    }
    if (PRESENT_SINGULAR.test(w.text)) {
      cues.push('subject');
      break;
    }
    if (!INSERTABLE.test(w.text)) break;
  }
  if (prev?.kind === 'word' && isSpeechVerb(prev.text) && prev.text === prev.text.toLowerCase() && SEPARATOR_ONLY_SPACE.test(text.slice(prev.end, t.start)) && (!next || next.kind !== 'word')) {
    const verbGender = pastTenseGender(prev.text);
    if (!verbGender || !gender || verbGender === gender) cues.push('speaker');
  }
  // Set off by punctuation on both sides, a comma or an exclamation after: — Галю, ходи сюди! ; Дякую, Андрію!
  const openedBy = !prev || prev.kind !== 'word' || /\n/.test(text.slice(prev.end, t.start));
  if (openedBy && next !== undefined && /^[,!]$/.test(next.text) && (!prev || /^[,—–-]$|^["«„“]$/.test(prev.text) || /\n/.test(text.slice(prev.end, t.start)))) cues.push('vocative');
  if (prev?.kind === 'word' && ADDRESS_WORDS.has(prev.text.toLowerCase()) && SEPARATOR_ONLY_SPACE.test(text.slice(prev.end, t.start))) cues.push('addressed');
  return cues;
}
