import { etagOf } from "./caching";
import type { Answer } from "./routes";
import type { Loaded } from "./state";

/*
 * Answers are kept until they can change — exactly the instant their Cache-Control runs
 * to — for the config they were made from, so that a busy status URL is computed once per
 * opening, closing or midnight, not once per request. A config reload makes every kept
 * answer stale at once (they belong to the old `Loaded`). Bounded: URLs with `at` or dates
 * in them are endless, so the oldest answer goes when the memo is full.
 */

/** A kept answer, with its ETag. */
export interface MemoEntry {
  readonly answer: Answer;
  readonly etag: string;
  readonly loaded: Loaded;
}

/** How many answers are kept at most. */
export const MEMO_SIZE = 2_000;

/**
 * A memo of answers by request key (route, unit, query string).
 *
 * @example
 * const memo = createAnswerMemo();
 * memo.get(key, loaded, Date.now()) ?? memo.set(key, loaded, answer);
 */
export function createAnswerMemo(size = MEMO_SIZE) {
  const entries = new Map<string, MemoEntry>();
  return {
    /** The kept answer for a key, while it holds: same config, and its change not yet reached. */
    get(key: string, loaded: Loaded, now: number): MemoEntry | undefined {
      const entry = entries.get(key);
      if (!entry) return undefined;
      if (entry.loaded !== loaded || (entry.answer.changesAt !== null && now >= entry.answer.changesAt)) {
        entries.delete(key);
        return undefined;
      }
      return entry;
    },
    /** Keeps an answer (not one that must never be stored) and returns it with its ETag. */
    set(key: string, loaded: Loaded, answer: Answer): MemoEntry {
      const entry = { answer, etag: etagOf(answer.body), loaded };
      if (answer.noStore) return entry;
      if (entries.size >= size) entries.delete(entries.keys().next().value as string);
      entries.set(key, entry);
      return entry;
    },
  };
}
