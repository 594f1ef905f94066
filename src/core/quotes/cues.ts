// The words that introduce speech in Russian and Ukrainian news. Matched on lowercased tokens.
import { isSpeechVerb } from '../names/context';

/**
 * Past imperfective speech verbs (Как сообщал X, …; X заявлял, что …), which the people rules' list
 * (names/context.ts isSpeechVerb) leaves out: a speaker there is found by the same words.
 */
const REPORTING_VERB = /^(?:сообща|заявля|говори|отмеча|подчеркива|рассказыва|поясня|повідомля|заявля|зазнача|наголошува|розповіда|говори|пояснюва)(?:л|ла|в)$/;

/** A verb of saying that may introduce a quote. */
export const isQuoteVerb = (word: string): boolean => isSpeechVerb(word) || REPORTING_VERB.test(word.toLowerCase());

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

/** Dashes that lead from a direct quote to its author: «…», — заявил он. */
export const DASHES: ReadonlySet<string> = new Set(['—', '–', '-']);

/** Marks that end a clause: the speaker's words never run past them. */
export const CLAUSE_ENDS: ReadonlySet<string> = new Set([',', '.', ';', ':', '!', '?', '…', '(', ')', '—', '–']);
