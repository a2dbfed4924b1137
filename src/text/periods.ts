import { listMark, rangeMark, words, type Match } from "./match";
import type { Token } from "./tokens";

/** ISO week ranges (may wrap the new year: 52–2), and/or odd or even weeks. */
export interface WeeksPhrase {
  readonly ranges: readonly { readonly from: number; readonly to: number }[];
  readonly parity: "odd" | "even" | null;
}

/** A season word: "Sommartid", "Sommaröppet", "Vintertid"; "Sommarstängt" also says closed. */
export interface SeasonPhrase {
  readonly season: "sommar" | "vinter" | "vår" | "höst";
  readonly closed: boolean;
}

const WEEK_WORDS = ["vecka", "veckor", "veckorna", "v", "veckan", "veckonummer"];

function weekNumberAt(tokens: readonly Token[], at: number): number | null {
  const token = tokens[at];
  if (token?.kind !== "num" || token.parts.length !== 1 || token.digits[0]!.length > 2) return null;
  const week = token.parts[0]!;
  return week >= 1 && week <= 53 ? week : null;
}

/** "25", "25-32", "v. 28 – v. 31", "vecka 28 till vecka 31". */
function weekRangeAt(tokens: readonly Token[], at: number): Match<{ from: number; to: number }> | null {
  const from = weekNumberAt(tokens, at);
  if (from === null) return null;
  const mark = rangeMark(tokens, at + 1);
  if (mark > 0) {
    const again = words(tokens, mark, WEEK_WORDS);
    const toAt = again > 0 ? again : mark;
    const to = weekNumberAt(tokens, toAt);
    if (to !== null) return { value: { from, to }, next: toAt + 1 };
  }
  return { value: { from, to: from }, next: at + 1 };
}

/**
 * "Från och med vecka 35" (to the year's last week, 53 where it has one) or "till och med
 * vecka 20" (from week 1): a week period with one end written.
 */
function openWeekAt(tokens: readonly Token[], at: number): Match<{ from: number; to: number }> | null {
  const from = words(tokens, at, ["från", "from"]);
  const until = from > 0 ? -1 : words(tokens, at, ["tom", "till"]);
  const start = from > 0 ? from : until;
  if (start < 0) return null;
  const word = words(tokens, start, WEEK_WORDS);
  if (word < 0) return null;
  const week = weekNumberAt(tokens, word);
  if (week === null || rangeMark(tokens, word + 1) > 0) return null;
  return { value: from > 0 ? { from: week, to: 53 } : { from: 1, to: week }, next: word + 1 };
}

/** "udda veckor", "jämna veckor", "ojämna veckor", "udda veckonummer". */
function parityAt(tokens: readonly Token[], at: number): Match<"odd" | "even"> | null {
  const next = words(tokens, at, ["udda", "ojämna", "jämna"], ["veckor", "vecka", "veckonummer", "veckorna"]);
  if (next < 0) return null;
  return { value: (tokens[at] as { text: string }).text === "jämna" ? "even" : "odd", next };
}

/**
 * ISO weeks: "Vecka 25-32", "v. 28 – v. 31", "Vecka 19–25 samt 34–39", "udda veckor",
 * "jämna veckor", "vecka 10–20, udda veckor".
 *
 * @example
 * readWeeks(tokenize(normalizeLine("Vecka 19–25 samt 34–39")), 0)
 * // => [{ value: { ranges: [{ from: 19, to: 25 }, { from: 34, to: 39 }], parity: null }, next: 8 }]
 */
export function readWeeks(tokens: readonly Token[], at: number): Match<WeeksPhrase>[] {
  let parity: "odd" | "even" | null = null;
  let i = at;
  const leading = parityAt(tokens, i);
  if (leading) {
    parity = leading.value;
    i = leading.next;
  }
  const ranges: { from: number; to: number }[] = [];
  const openEnded = parity === null ? openWeekAt(tokens, i) : null;
  if (openEnded) return [{ value: { ranges: [openEnded.value], parity: null }, next: openEnded.next }];
  const word = words(tokens, i, WEEK_WORDS);
  if (word > 0) {
    const first = weekRangeAt(tokens, word);
    if (first) {
      ranges.push(first.value);
      i = first.next;
      for (;;) {
        const mark = listMark(tokens, i);
        if (mark < 0) break;
        const again = words(tokens, mark, WEEK_WORDS);
        const range = weekRangeAt(tokens, again > 0 ? again : mark);
        if (!range) break;
        ranges.push(range.value);
        i = range.next;
      }
    }
  }
  if (parity === null && ranges.length > 0) {
    // "vecka 10–20, udda veckor" / "vecka 10-20 udda veckor"
    const comma = tokens[i]?.kind === "comma" ? i + 1 : i;
    const trailing = parityAt(tokens, comma);
    if (trailing) {
      parity = trailing.value;
      i = trailing.next;
    }
  }
  if (ranges.length === 0 && parity === null) return [];
  return [{ value: { ranges, parity }, next: i }];
}

// A Map, not an object: a word like "constructor" or "__proto__" must not find a season.
const SEASONS = new Map<string, SeasonPhrase>();
for (const [stem, season] of [
  ["sommar", "sommar"],
  ["vinter", "vinter"],
  ["vår", "vår"],
  ["höst", "höst"],
] as const) {
  for (const ending of ["", "en", "tid", "tider", "tiden", "öppet", "öppettider", "öppettid", "halvåret", "säsong", "säsongen", "schema"]) {
    SEASONS.set(stem + ending, { season, closed: false });
  }
  SEASONS.set(`${stem}stängt`, { season, closed: true });
}

/**
 * A season word: "Sommartid", "sommaröppet", "Under sommaren", "Vintertid", "Sommarstängt".
 * Seasons only say when together with weeks or dates.
 *
 * @example
 * readSeason(tokenize("sommaröppettider"), 0) // => [{ value: { season: "sommar", closed: false }, next: 1 }]
 */
export function readSeason(tokens: readonly Token[], at: number): Match<SeasonPhrase>[] {
  const under = words(tokens, at, ["under", "i"]);
  const i = under > 0 ? under : at;
  const token = tokens[i];
  const season = token?.kind === "word" ? SEASONS.get(token.text) : undefined;
  return season ? [{ value: season, next: i + 1 }] : [];
}
