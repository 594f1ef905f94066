// corpus.yaml as bytes: read for an edit, written back in the encoding it was read in, and saved so that
// nothing is lost. The file system is passed in (a CorrectionsStore), so this stays free of vscode and Node.
//
// Saving stages the new bytes beside the file and moves them over it in one step, so a crash leaves the
// old file or the new one, never half of one; and just before that it checks the file is still what the
// edit was made on. If someone else changed it meanwhile, the edit is made again on their text.
import { CORRECTIONS_FILE } from './corrections';
import { CorrectionsEditError } from './correctionsEdit';
import { decodeArticleBytes, type TextEncodingName } from './text/decode';
import { ENCODING_LABEL, encodeText, sameBytes, UnencodableError, writesBackAs } from './text/encode';

/** corpus.yaml as it was read: its bytes (none when there is no file yet), its text and its encoding. */
export interface CorrectionsSnapshot {
  bytes: Uint8Array | undefined;
  text: string;
  encoding: TextEncodingName;
}

/** The file, as the host's file system gives it. */
export interface CorrectionsStore {
  /** The bytes of corpus.yaml now; undefined when there is none. */
  read(): Promise<Uint8Array | undefined>;
  /** Writes the bytes to a file beside corpus.yaml, ready to replace it. */
  stage(bytes: Uint8Array): Promise<void>;
  /** Moves the staged file over corpus.yaml in one step. */
  commit(): Promise<void>;
  /** Removes the staged file. */
  discard(): Promise<void>;
}

/** How often an edit is made again on a file that keeps changing under it before giving up. */
const MAX_ATTEMPTS = 5;

/** Reads the bytes as the indexer does; throws when they could not be written back as they are. */
export function correctionsSnapshot(bytes: Uint8Array | undefined): CorrectionsSnapshot {
  if (bytes === undefined) return { bytes, text: '', encoding: 'utf-8' };
  const decoded = decodeArticleBytes(bytes, CORRECTIONS_FILE);
  if (decoded.text === undefined) {
    throw new CorrectionsEditError(decoded.problems.map((p) => p.message).join(' ') || `${CORRECTIONS_FILE} cannot be read as text`);
  }
  const { encoding } = decoded;
  if (encoding === undefined || !writesBackAs(bytes, decoded.text, encoding)) {
    throw new CorrectionsEditError(
      `${CORRECTIONS_FILE} would not be written back as it is: it has bytes that are not text in its encoding. Save it as UTF-8 first.`,
    );
  }
  return { bytes, text: decoded.text, encoding };
}

/** The new text in the snapshot's encoding; refuses a character the encoding has no bytes for. */
export function encodeCorrections(snapshot: CorrectionsSnapshot, text: string): Uint8Array {
  let bytes: Uint8Array;
  try {
    bytes = encodeText(text, snapshot.encoding);
  } catch (error) {
    if (!(error instanceof UnencodableError)) throw error;
    throw new CorrectionsEditError(`${error.message}, the encoding of ${CORRECTIONS_FILE}. Save it as UTF-8 to use such names.`);
  }
  // The indexer must read back exactly this text (a windows-1251 file that happened to look like UTF-8 would not).
  if (decodeArticleBytes(bytes, CORRECTIONS_FILE).text !== text) {
    throw new CorrectionsEditError(`${CORRECTIONS_FILE} in ${ENCODING_LABEL[snapshot.encoding]} would be misread after this change. Save it as UTF-8 first.`);
  }
  return bytes;
}

/**
 * Makes the edit on the snapshot and saves it, unless the file changed since the snapshot was read: then the
 * edit is made again on the file as it is now, so the other change is kept. True when the file changed.
 */
export async function saveCorrectionsEdit(store: CorrectionsStore, read: CorrectionsSnapshot, edit: (text: string) => string): Promise<boolean> {
  let snapshot = read;
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const next = edit(snapshot.text);
    if (next !== snapshot.text) await store.stage(encodeCorrections(snapshot, next));
    const now = await store.read();
    if (!sameBytes(now, snapshot.bytes)) {
      if (next !== snapshot.text) await store.discard();
      snapshot = correctionsSnapshot(now);
      continue;
    }
    if (next === snapshot.text) return false;
    try {
      await store.commit();
    } catch (error) {
      await store.discard();
      throw error;
    }
    return true;
  }
  throw new CorrectionsEditError(`${CORRECTIONS_FILE} kept changing while the edit was saved; try again`);
}
