/*
 * Where the edit API keeps the config: an interface, so that createApp stays free of any
 * runtime's file system. `oppettider serve` uses the file store of nodeConfigStore.ts (a
 * config file, its history in a folder beside it); an edge deployment brings its own (a
 * key-value store), and createMemoryConfigStore keeps one in memory.
 */

/** The config as stored: its bytes and when they were saved (epoch ms). */
export interface StoredConfig {
  readonly bytes: Uint8Array;
  readonly savedAt: number;
}

/** A previous version in the history. */
export interface StoredVersion {
  /** Safe in a URL path, and ordered: a later replacement has a greater id. */
  readonly id: string;
  /** When this version was saved (before it was replaced), epoch ms. */
  readonly savedAt: number;
  /** Its size in bytes. */
  readonly bytes: number;
}

/** What `replace` did. */
export interface Replaced {
  /** When the new config was saved, epoch ms. */
  readonly savedAt: number;
  /** The history id the replaced version got. */
  readonly previous: string;
}

/**
 * The edit API's storage. The API calls `replace` for one save at a time (it queues saves),
 * and only after it has checked that `previous` is what `read` gave.
 *
 * @example
 * const store: ConfigStore = createMemoryConfigStore('{ "name": "Exempla kommun", "hours": {} }');
 */
export interface ConfigStore {
  /** The config now; null when there is none (a file deleted by hand). */
  read(): Promise<StoredConfig | null>;
  /**
   * Puts `next` in place of `previous`, all or nothing: when it throws, the config is as it
   * was. `previous` goes into the history, and the history keeps its newest versions only.
   */
  replace(next: Uint8Array, previous: StoredConfig): Promise<Replaced>;
  /** The previous versions, newest first. */
  history(): Promise<readonly StoredVersion[]>;
  /** A previous version's bytes; null when there is none with this id. */
  version(id: string): Promise<Uint8Array | null>;
}

/** How many previous versions a store keeps unless told otherwise. */
export const HISTORY_LIMIT = 50;

/**
 * A history id from the instant a version was replaced: `2026-12-06T12.00.00.000Z`, with
 * `-1`, `-2`… when that instant has one already. Sorts as it happened, is a file name on
 * every system (no colons) and needs no escaping in a URL.
 *
 * @example
 * historyId(Date.parse("2026-12-06T12:00:00Z"), () => false) // => "2026-12-06T12.00.00.000Z"
 */
export function historyId(replacedAt: number, taken: (id: string) => boolean): string {
  const base = new Date(replacedAt).toISOString().replace(/:/g, ".");
  let id = base;
  for (let n = 1; taken(id); n++) id = `${base}-${n}`;
  return id;
}

/** What a history id looks like; anything else is no version (and no path through a folder). */
export const HISTORY_ID_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}\.\d{2}\.\d{2}\.\d{3}Z(?:-\d{1,6})?$/;

/**
 * A store in memory, for tests, demos and runtimes without files: its edits last as long
 * as the process.
 *
 * @example
 * const app = createApp(state, { edit: { token, store: createMemoryConfigStore(JSON.stringify(config)) } });
 */
export function createMemoryConfigStore(text: string, options: { now?: () => number; historyLimit?: number } = {}): ConfigStore {
  const now = options.now ?? Date.now;
  const limit = options.historyLimit ?? HISTORY_LIMIT;
  let current: StoredConfig = { bytes: new TextEncoder().encode(text), savedAt: now() };
  const versions: (StoredVersion & { content: Uint8Array })[] = []; // newest first
  return {
    read: async () => current,
    async replace(next, previous) {
      const id = historyId(now(), (candidate) => versions.some((version) => version.id === candidate));
      versions.unshift({ id, savedAt: previous.savedAt, bytes: previous.bytes.length, content: previous.bytes.slice() });
      versions.length = Math.min(versions.length, limit);
      current = { bytes: next.slice(), savedAt: now() };
      return { savedAt: current.savedAt, previous: id };
    },
    history: async () => versions.map(({ id, savedAt, bytes }) => ({ id, savedAt, bytes })),
    version: async (id) => versions.find((version) => version.id === id)?.content.slice() ?? null,
  };
}
