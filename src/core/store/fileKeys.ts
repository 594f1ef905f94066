// What each file of a corpus was when it was indexed, as one string per path: the key a store compares to tell
// whether anything changed since it was written. The editor's thread reads every file anyway (the worker needs the
// text to rebuild its articles), and hashing the bytes read costs about 50 ms for 43 MB (10,000 articles), less
// than asking the file system for 10,000 sizes and modification times would; so the hash of the bytes, not
// size and mtime, says whether a file changed.
import { CORRECTIONS_FILE } from '../corrections';
import type { CorpusChange, FileContent } from '../engine/indexEngine';
import type { Problem } from '../types';
import { contentHash, textHash } from './contentHash';

/** The key of the folder listing's problems: no file has an empty path. */
const LISTING = '';

export class FileKeys {
  private readonly keys = new Map<string, string>();

  /**
   * Records what `change` read, and returns it with the hash of an article's bytes, under which the worker
   * keeps (and may restore) its findings.
   */
  take(change: CorpusChange): CorpusChange {
    switch (change.kind) {
      case 'article': {
        const key = contentKey(change.content);
        this.keys.set(change.path, key);
        return 'bytes' in change.content ? { ...change, hash: key } : change;
      }
      case 'absent':
        // A deleted file is simply not there; an unreadable one is, with what was wrong with it.
        if (change.problems.length === 0) this.keys.delete(change.path);
        else this.keys.set(change.path, problemsKey(change.problems));
        return change;
      case 'listing':
        // In the order of their paths: a folder listed again after a file event adds its problems at the end.
        this.keys.set(LISTING, problemsKey([...change.problems].sort((a, b) => a.path.localeCompare(b.path, 'en') || a.message.localeCompare(b.message, 'en'))));
        return change;
      case 'corrections':
        this.keys.set(CORRECTIONS_FILE, change.content ? contentKey(change.content) : problemsKey(change.problems));
        return change;
    }
  }

  get entries(): ReadonlyMap<string, string> {
    return this.keys;
  }

  /** The paths read otherwise than when a store was written from them: changed, new or gone (the listing's is ''). */
  differences(stored: Readonly<Record<string, string>>): string[] {
    const differing = Object.keys(stored).filter((path) => this.keys.get(path) !== stored[path]);
    for (const path of this.keys.keys()) if (!Object.hasOwn(stored, path)) differing.push(path);
    return differing;
  }
}

/**
 * Bytes are keyed by their hash alone (it is also the findings' key in the worker); an editor's unsaved text is
 * marked apart, so it never passes for the file on disk.
 */
const contentKey = (content: FileContent): string => ('bytes' in content ? contentHash(content.bytes) : `unsaved:${textHash(content.text)}`);

const problemsKey = (problems: Problem[]): string => `problems:${textHash(JSON.stringify(problems))}`;
