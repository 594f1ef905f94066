// The words that introduce speech in Russian and Ukrainian news. Matched on lowercased tokens.
import { isSpeechVerb } from '../names/context';

/**
 * Past imperfective speech verbs (Как сообщал X, …; X заявлял, что …), which the people rules' list
 * (names/context.ts isSpeechVerb) leaves out: a speaker there is found by the same words.
 */
const REPORTING_VERB = /^(?:сообща|заявля|говори|отмеча|подчеркива|рассказыва|поясня|повідомля|зазнача|наголошува|розповіда|пояснюва)(?:л|ла|в)$/;

/** Verbs of saying and admitting that the people rules' list leaves out: писал, зізналася, признался. */
const MORE_VERBS = /^(?:писал|писала|писав|зізнався|зізналася|признался|призналась|заверил|заверила|запевнив|запевнила)$/;

/**
 * Adverbial participles of speech verbs: "…, подчеркнув, что …", "…, додавши, що …"; the speaker is the subject
 * of the sentence's main verb, before them.
 */
const SPEECH_PARTICIPLE = /^(?:(?:подчеркну|отмети|заяви|добави|сообщи|поясни|уточни|напомни)в|(?:підкресли|наголоси|зазначи|дода|заяви|повідоми|поясни|нагада|уточни)вши)$/;

/** A verb of saying that may introduce a quote. */
export const isQuoteVerb = (word: string): boolean => {
  const lower = word.toLowerCase();
  return isSpeechVerb(word) || REPORTING_VERB.test(lower) || MORE_VERBS.test(lower) || SPEECH_PARTICIPLE.test(lower);
};

/** "выразил надежду, что …", "висловив сподівання, що …": a verb and its noun that introduce reported speech. */
export const EXPRESSED: ReadonlySet<string> = new Set(['выразил', 'выразила', 'висловив', 'висловила']);
export const STANCES: ReadonlySet<string> = new Set(['надежду', 'уверенность', 'сподівання', 'надію', 'впевненість', 'переконання']);

/** Personal pronouns that may stand for the speaker: «…», — сказал он; Він наголосив, що … */
export const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['он', 'она', 'він', 'вона']);

/** The conjunction that opens reported speech after a speech verb: заявил, что …; написав, що … */
export const REPORTED_THAT: ReadonlySet<string> = new Set(['что', 'що']);

/** "по словам X", "за словами X": the preposition, then the noun. */
export const WORDS_OF: Readonly<Record<string, string>> = { по: 'словам', за: 'словами' };

/** "по его словам", "за її словами": the possessive pronoun between the preposition and the noun. */
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(['его', 'ее', 'её', 'його', 'її']);

/** "Как заявил X, …", "Як зазначив X, …": the word before the speech verb. */
export const AS_SAID: ReadonlySet<string> = new Set(['как', 'як']);

/**
 * «…», — говорится в заявлении Зеленского / йдеться у повідомленні: the words are a writing's, and the person is
 * the one named as its writer.
 */
export const IMPERSONAL_SAYING: ReadonlySet<string> = new Set(['говорится', 'сказано', 'йдеться', 'говориться']);
export const WRITINGS: ReadonlySet<string> = new Set([
  'посте', 'сообщении', 'заявлении', 'обращении', 'письме', 'дописі', 'повідомленні', 'заяві', 'зверненні', 'листі',
]);
/**
 * The writings that are a person's own even when the writer is not named with them (a post): the writer is then
 * the subject just before. A statement or a message unnamed is as often a government's, an outlet's or a court's
 * (on 100 news articles, 5 of 6 such were not a person's).
 */
export const PERSONAL_WRITINGS: ReadonlySet<string> = new Set(['посте', 'дописі']);

/** Dashes that lead from a direct quote to its author: «…», — заявил он. */
export const DASHES: ReadonlySet<string> = new Set(['—', '–', '-']);

/** Marks that end a clause: the speaker's words never run past them. */
export const CLAUSE_ENDS: ReadonlySet<string> = new Set([',', '.', ';', ':', '!', '?', '…', '(', ')', '—', '–']);
