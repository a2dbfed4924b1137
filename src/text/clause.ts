import type { CalendarCode } from "../calendar/calendars";
import { otherPairing } from "./mixedOrder";
import { phrasesAt, type Part } from "./phrases";
import { assemble, type ClauseReading, type ClauseResult } from "./statements";
import { tokensText, type Token } from "./tokens";

/*
 * One clause (a line, or one sentence of it) read into statements: which days, and what
 * about their hours. A clause is read every way its phrases allow (phrases.ts); each way is
 * put together into statements (statements.ts); one reading is kept, two different readings
 * make the clause ambiguous, none makes it unread.
 */

export type { ClauseReading, ClauseResult, Selector, Statement } from "./statements";

const MAX_READINGS = 12;

/** A reading of the tokens from some position to the end: a part, then the rest (null at the end). */
interface PartList {
  readonly part: Part;
  readonly rest: PartList | null;
}

/** Every way to read all of `tokens` as parts (at most MAX_READINGS), and how far any reading got. */
function partSequences(tokens: readonly Token[], calendar: CalendarCode): { sequences: Part[][]; furthest: number } {
  const memo = new Map<number, (PartList | null)[]>();
  let furthest = 0;
  const from = (at: number): (PartList | null)[] => {
    if (at === tokens.length) return [null];
    const cached = memo.get(at);
    if (cached) return cached;
    furthest = Math.max(furthest, at);
    const result: (PartList | null)[] = [];
    for (const part of phrasesAt(tokens, at, calendar)) {
      for (const rest of from(part.next)) {
        if (result.length >= MAX_READINGS) break;
        result.push({ part: part.value, rest });
      }
    }
    memo.set(at, result);
    return result;
  };
  const sequences = from(0).map((list) => {
    const parts: Part[] = [];
    for (let node = list; node; node = node.rest) parts.push(node.part);
    return parts;
  });
  return { sequences, furthest };
}

/**
 * Reads one clause. `describe` words a reading for the reason when there are two.
 *
 * @example
 * readClause(tokenize(normalizeLine("Måndag–torsdag 08.00–12.00 och 13.00–16.00")), describeReading).ok // => true
 */
export function readClause(tokens: readonly Token[], describe: (reading: ClauseReading) => string, calendar: CalendarCode = "SE"): ClauseResult {
  if (tokens.length === 0) return { ok: false, reason: "tom rad" };
  const { sequences, furthest } = partSequences(tokens, calendar);
  const chosen = chooseReading(sequences, describe);
  if (chosen.ok || chosen.readings) return chosen;
  if (sequences.length === 0) {
    const stuck = tokensText(tokens, furthest, Math.min(tokens.length, furthest + 3));
    return { ok: false, reason: `kan inte läsa "${stuck}"` };
  }
  return chosen;
}

/**
 * The one reading of a clause among the ways its phrases can be put together: readings that
 * need no note beat those that do; two different readings are an ambiguity, with both.
 *
 * @example
 * chooseReading([[weekdaysPart, hoursPart]], describeReading) // => { ok: true, reading: … }
 */
export function chooseReading(sequences: readonly (readonly Part[])[], describe: (reading: ClauseReading) => string): ClauseResult {
  return choose(sequences, describe).result;
}

/**
 * chooseReading, and the first of `sequences` that puts together the reading kept (prose.ts
 * reports the words that sequence skipped).
 *
 * @example
 * chooseReadingAndParts([[weekdaysPart, hoursPart]], describeReading).parts // => [weekdaysPart, hoursPart]
 */
export function chooseReadingAndParts(sequences: readonly (readonly Part[])[], describe: (reading: ClauseReading) => string): { result: ClauseResult; parts: readonly Part[] | null } {
  const { result, firstParts } = choose(sequences, describe);
  return { result, parts: result.ok ? (firstParts.get(JSON.stringify(result.reading)) ?? null) : null };
}

function choose(sequences: readonly (readonly Part[])[], describe: (reading: ClauseReading) => string): { result: ClauseResult; firstParts: Map<string, readonly Part[]> } {
  const readings = new Map<string, ClauseReading>();
  // By reading (as JSON), the first sequence that put it together.
  const firstParts = new Map<string, readonly Part[]>();
  const problems: string[] = [];
  let withoutNotes = false;
  for (const parts of sequences) {
    const reading = assemble(parts);
    if (typeof reading === "string") {
      problems.push(reading);
      continue;
    }
    const noNotes = !parts.some((p) => p.kind === "note");
    if (noNotes && !withoutNotes) {
      // A reading that needs no note beats every reading that does.
      readings.clear();
      withoutNotes = true;
    } else if (!noNotes && withoutNotes) continue;
    const key = JSON.stringify(reading);
    readings.set(key, reading);
    if (!firstParts.has(key)) firstParts.set(key, parts);
  }
  return { result: chosen(readings, problems, describe), firstParts };
}

function chosen(readings: Map<string, ClauseReading>, problems: readonly string[], describe: (reading: ClauseReading) => string): ClauseResult {
  if (readings.size === 1) {
    const reading = [...readings.values()][0]!;
    const other = otherPairing(reading);
    if (!other) return { ok: true, reading };
    readings.set(JSON.stringify(other), other);
  }
  if (readings.size > 1) {
    const words = [...new Set([...readings.values()].map(describe))];
    if (words.length === 1) return { ok: true, reading: [...readings.values()][0]! };
    return { ok: false, reason: `kan läsas på ${words.length === 2 ? "två" : "flera"} sätt: ${words.map((w) => `"${w}"`).join(" eller ")}`, readings: words };
  }
  return { ok: false, reason: problems[0] ?? "kan inte läsa raden" };
}
