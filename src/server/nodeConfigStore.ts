import { realpathSync } from "node:fs";
import * as fsPromises from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { HISTORY_ID_PATTERN, HISTORY_LIMIT, historyId, type ConfigStore, type StoredConfig, type StoredVersion } from "./configStore";

/*
 * The edit API's store on Node (`oppettider serve`): the config file itself, and its
 * previous versions in a folder beside it, `<file>.history/<id>.json`. Node-only, so that
 * createApp and the server entry stay free of node: modules.
 *
 * A save never leaves a half-written config: the new text goes to a temporary file in the
 * same folder (`.kommun.json.<pid>-<n>.tmp`), is flushed to disk (fsync), and is renamed
 * over the file, which swaps the two in one step; then the folder is flushed, so that the
 * rename itself survives a power cut. A crash before the rename leaves the old file whole
 * and a temporary file, which the next save removes and everything else ignores.
 */

/** The file operations the store uses: node:fs/promises, unless a test swaps one. */
export type FileOperations = Pick<typeof fsPromises, "open" | "readFile" | "rename" | "unlink" | "readdir" | "stat" | "mkdir">;

/** Options of `createNodeConfigStore`. */
export interface NodeConfigStoreOptions {
  /** How many previous versions to keep (default 50). */
  historyLimit?: number;
  /** The clock, epoch ms: the history ids. */
  now?: () => number;
  /** Replaces some of the file operations (a test makes one fail between the steps of a save). */
  fs?: Partial<FileOperations>;
}

/** The file store, and where it keeps things. */
export interface NodeConfigStore extends ConfigStore {
  /** The config file (symbolic links resolved: the temporary file must be beside the real one). */
  readonly file: string;
  /** The folder of previous versions. */
  readonly historyFolder: string;
}

/**
 * A store on a config file.
 *
 * @example
 * const store = createNodeConfigStore("kommun.json"); // history in kommun.json.history/
 * const app = createApp(state, { edit: { token, store } });
 */
export function createNodeConfigStore(path: string, options: NodeConfigStoreOptions = {}): NodeConfigStore {
  const fs: FileOperations = { ...fsPromises, ...options.fs };
  const now = options.now ?? Date.now;
  const limit = options.historyLimit ?? HISTORY_LIMIT;
  const file = resolved(path);
  const folder = dirname(file);
  const name = basename(file);
  const historyFolder = `${file}.history`;
  const isTemporary = (entry: string) => entry.startsWith(`.${name}.`) && entry.endsWith(".tmp");
  let counter = 0;
  // What a crash left behind is removed before the first save writes anything.
  const leftovers = removeLeftovers().catch(() => undefined);

  async function removeLeftovers(): Promise<void> {
    const inFolder = (await listFolder(folder)).filter(isTemporary).map((entry) => join(folder, entry));
    const inHistory = (await listFolder(historyFolder)).filter((entry) => entry.startsWith(".") && entry.endsWith(".tmp")).map((entry) => join(historyFolder, entry));
    await Promise.all([...inFolder, ...inHistory].map((temporary) => fs.unlink(temporary).catch(() => undefined)));
  }

  async function listFolder(path: string): Promise<string[]> {
    try {
      return await fs.readdir(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
      throw error;
    }
  }

  /** Writes bytes to a new file and flushes them; returns its modification time (floored to ms). */
  async function writeFlushed(path: string, bytes: Uint8Array, mode: number, mtime?: number): Promise<number> {
    const handle = await fs.open(path, "wx", mode);
    try {
      await handle.chmod(mode); // exactly the config's permissions, whatever the umask
      await handle.writeFile(bytes);
      if (mtime !== undefined) await handle.utimes(mtime / 1000, mtime / 1000);
      await handle.sync();
      return Math.floor((await handle.stat()).mtimeMs);
    } finally {
      await handle.close();
    }
  }

  async function storedVersions(): Promise<StoredVersion[]> {
    const ids = (await listFolder(historyFolder))
      .filter((entry) => entry.endsWith(".json") && HISTORY_ID_PATTERN.test(entry.slice(0, -".json".length)))
      .map((entry) => entry.slice(0, -".json".length))
      .sort()
      .reverse();
    const versions: StoredVersion[] = [];
    for (const id of ids) {
      const stats = await fs.stat(join(historyFolder, `${id}.json`)).catch(() => null);
      if (stats) versions.push({ id, savedAt: Math.floor(stats.mtimeMs), bytes: stats.size });
    }
    return versions;
  }

  return {
    file,
    historyFolder,

    async read(): Promise<StoredConfig | null> {
      let handle: fsPromises.FileHandle;
      try {
        handle = await fs.open(file, "r");
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
      try {
        const stats = await handle.stat();
        return { bytes: new Uint8Array(await handle.readFile()), savedAt: Math.floor(stats.mtimeMs) };
      } finally {
        await handle.close();
      }
    },

    async replace(next, previous) {
      await leftovers;
      await removeLeftovers();
      const mode = (await fs.stat(file)).mode & 0o7777;

      // 1. The version being replaced goes into the history, with the time it was saved.
      await fs.mkdir(historyFolder, { recursive: true });
      const taken = new Set(await listFolder(historyFolder));
      const id = historyId(now(), (candidate) => taken.has(`${candidate}.json`));
      const kept = join(historyFolder, `${id}.json`);
      const keptTemporary = join(historyFolder, `.${id}.tmp`);
      const temporary = join(folder, `.${name}.${process.pid}-${++counter}.tmp`);
      let savedAt: number;
      try {
        await writeFlushed(keptTemporary, previous.bytes, mode, previous.savedAt);
        await fs.rename(keptTemporary, kept);
        await syncFolder(fs, historyFolder);
        // 2. The new config, whole and on disk, beside the file.
        savedAt = await writeFlushed(temporary, next, mode);
        // 3. Swapped in one step.
        await fs.rename(temporary, file);
      } catch (error) {
        // Not renamed: the config is as it was. Nothing of this save stays.
        await Promise.all([temporary, keptTemporary, kept].map((path) => fs.unlink(path).catch(() => undefined)));
        throw error;
      }
      // Renamed: the save is done. What follows cannot undo it, so its failures do not fail it.
      await syncFolder(fs, folder).catch(() => undefined);
      const versions = await storedVersions().catch(() => []);
      await Promise.all(versions.slice(limit).map((version) => fs.unlink(join(historyFolder, `${version.id}.json`)).catch(() => undefined)));
      return { savedAt, previous: id };
    },

    history: async () => (await storedVersions()).slice(0, limit),

    async version(id) {
      if (!HISTORY_ID_PATTERN.test(id)) return null;
      try {
        return new Uint8Array(await fs.readFile(join(historyFolder, `${id}.json`)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
  };
}

/** Flushes a folder's entries (a rename in it) to disk; where a system cannot (Windows), nothing. */
async function syncFolder(fs: FileOperations, path: string): Promise<void> {
  let handle: fsPromises.FileHandle;
  try {
    handle = await fs.open(path, "r");
  } catch (error) {
    if (process.platform === "win32") return;
    throw error;
  }
  try {
    await handle.sync();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!(process.platform === "win32" || code === "EINVAL" || code === "EISDIR" || code === "EPERM")) throw error;
  } finally {
    await handle.close();
  }
}

function resolved(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path; // not there (yet): saves will say so
  }
}
