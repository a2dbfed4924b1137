import type { Token } from "./tokens";

/** One way a phrase reader can read tokens from a position: what it read, and where it stopped. */
export interface Match<T> {
  readonly value: T;
  readonly next: number;
}

/**
 * A phrase reader: every way it can read a phrase starting at `at` (usually none or one;
 * two when the tokens can be read two ways, as "23.12" — a date or 23.12 o'clock).
 */
export type PhraseReader<T> = (tokens: readonly Token[], at: number) => Match<T>[];

/**
 * Reads the given words in order (each position may allow several spellings); returns the
 * position after them, or -1.
 *
 * @example
 * words(tokenize("dag före röd dag"), 0, "dag", ["före", "innan"]) // => 2
 */
export function words(tokens: readonly Token[], at: number, ...expected: (string | readonly string[])[]): number {
  let i = at;
  for (const spelling of expected) {
    const token = tokens[i];
    if (!token || token.kind !== "word") return -1;
    if (typeof spelling === "string" ? token.text !== spelling : !spelling.includes(token.text)) return -1;
    i++;
  }
  return i;
}

/**
 * A range mark between two ends: "-", "till", "tom" ("t.o.m."), "–". Returns the next position or -1.
 *
 * @example
 * rangeMark(tokenize("mån till fre"), 1) // => 2
 */
export function rangeMark(tokens: readonly Token[], at: number): number {
  const token = tokens[at];
  if (!token) return -1;
  if (token.kind === "dash") return at + 1;
  if (token.kind === "word" && (token.text === "till" || token.text === "tom")) return at + 1;
  return -1;
}

/**
 * A list mark between items: ",", "och", "samt", "&", "/" (", och" counts as one). Returns the next position or -1.
 *
 * @example
 * listMark(tokenize("mån, och fre"), 1) // => 3
 */
export function listMark(tokens: readonly Token[], at: number): number {
  const token = tokens[at];
  if (!token) return -1;
  if (token.kind === "comma") {
    // ", och" / ", samt"
    return tokens[at + 1]?.kind === "and" ? at + 2 : at + 1;
  }
  if (token.kind === "and" || token.kind === "slash") return at + 1;
  return -1;
}
