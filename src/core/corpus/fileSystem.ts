// The corpus is read through this narrow interface so the same loader runs on
// Node's fs (CLI, unit tests), on vscode.workspace.fs (desktop and web), and on
// an in-memory map (tests). Paths are corpus-relative with forward slashes.

export type EntryKind = 'file' | 'directory' | 'other';

/**
 * Where a symbolic link leads. `inside`: somewhere in the corpus folder, which the walk reaches under its own
 * name, so the link is never followed (and no loop can form). `outside`: out of the corpus folder; not followed,
 * since an untrusted workspace could link to any file of the user's. `broken`: to nothing. `unknown`: the file
 * system cannot tell (the web), so it is not followed either.
 */
export type LinkTarget = 'inside' | 'outside' | 'broken' | 'unknown';

/**
 * What readDirectory and linkTarget reject with when the entry is not there (any more): a folder deleted while
 * the corpus is listed is simply no longer part of it, never a problem to report.
 */
export class EntryNotFound extends Error {
  override readonly name = 'EntryNotFound';
}

/** What `work` resolves to; its rejection as EntryNotFound where `notFound` (the file system's own test) says so. */
export async function orEntryNotFound<T>(work: PromiseLike<T>, notFound: (error: unknown) => boolean): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (notFound(error)) throw new EntryNotFound(error instanceof Error ? error.message : String(error));
    throw error;
  }
}

export interface CorpusFileSystem {
  /** Entries of a directory ('' is the corpus root), as [name, kind]; EntryNotFound when there is none. */
  readDirectory(dir: string): Promise<[string, EntryKind][]>;
  /** Size in bytes, so huge files can be refused before they are read. */
  size(path: string): Promise<number>;
  readFile(path: string): Promise<Uint8Array>;
  /** Where the entry leads when it is a symbolic link; undefined when it is none; EntryNotFound when it is gone. */
  linkTarget(path: string): Promise<LinkTarget | undefined>;
}

/** An in-memory corpus: for tests, and for the browser where a text can be indexed without files. */
export class MemoryFileSystem implements CorpusFileSystem {
  private readonly files: Map<string, Uint8Array>;

  constructor(files: Record<string, string | Uint8Array>) {
    const encoder = new TextEncoder();
    this.files = new Map(
      Object.entries(files).map(([path, content]) => [path, typeof content === 'string' ? encoder.encode(content) : content]),
    );
  }

  async readDirectory(dir: string): Promise<[string, EntryKind][]> {
    const prefix = dir === '' ? '' : `${dir}/`;
    const entries = new Map<string, EntryKind>();
    for (const path of this.files.keys()) {
      if (!path.startsWith(prefix)) continue;
      const rest = path.slice(prefix.length);
      const slash = rest.indexOf('/');
      entries.set(slash < 0 ? rest : rest.slice(0, slash), slash < 0 ? 'file' : 'directory');
    }
    // A folder exists here only while a file is in it.
    if (dir !== '' && entries.size === 0) throw new EntryNotFound(`no such folder: ${dir}`);
    return [...entries];
  }

  async size(path: string): Promise<number> {
    return this.get(path).byteLength;
  }

  async readFile(path: string): Promise<Uint8Array> {
    return this.get(path);
  }

  async linkTarget(): Promise<LinkTarget | undefined> {
    return undefined;
  }

  private get(path: string): Uint8Array {
    const content = this.files.get(path);
    if (!content) throw new Error(`no such file: ${path}`);
    return content;
  }
}
