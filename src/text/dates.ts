import { listMark, rangeMark, words, type Match } from "./match";
import type { Token } from "./tokens";
import { weekdayAt } from "./weekdays";

/** A day of the year as written: the year only when the text gives one, the weekday when it names one. */
export interface DatePoint {
  readonly month: number;
  readonly day: number;
  readonly year: number | null;
  /** "Fredag 23 december": the weekday the text says the date is (1 = Monday). */
  readonly weekday: number | null;
}

/** One date (`from` = `to`) or an inclusive range of dates. */
export interface DateItem {
  readonly from: DatePoint;
  readonly to: DatePoint;
  /**
   * "Från och med 15 juni" (`"end"`: to 31 December) or "Till och med 14 juni" (`"start"`:
   * from 1 January): the text gave only one end; the other is its year's edge.
   */
  readonly open?: "start" | "end";
}

const MONTHS: readonly (readonly string[])[] = [
  ["januari", "jan"],
  ["februari", "feb", "febr"],
  ["mars", "mar"],
  ["april", "apr"],
  ["maj"],
  ["juni", "jun"],
  ["juli", "jul"],
  ["augusti", "aug"],
  ["september", "sep", "sept"],
  ["oktober", "okt"],
  ["november", "nov"],
  ["december", "dec"],
];
const MONTH_BY_WORD = new Map<string, number>(MONTHS.flatMap((names, index) => names.map((name) => [name, index + 1] as const)));

/**
 * A month name or abbreviation at `at` ("december", "dec", "sept"), 1–12, or null.
 *
 * @example
 * monthAt(tokenize("1 sept"), 1) // => 9
 */
export function monthAt(tokens: readonly Token[], at: number): number | null {
  const token = tokens[at];
  return token?.kind === "word" ? (MONTH_BY_WORD.get(token.text) ?? null) : null;
}

/** A year 2000–2199 written as four digits. */
function yearAt(tokens: readonly Token[], at: number): number | null {
  const token = tokens[at];
  if (token?.kind !== "num" || token.parts.length !== 1 || token.digits[0]!.length !== 4) return null;
  const year = token.parts[0]!;
  return year >= 2000 && year < 2200 ? year : null;
}

/** A day of the month written alone: "23". */
function dayNumberAt(tokens: readonly Token[], at: number): number | null {
  const token = tokens[at];
  if (token?.kind !== "num" || token.parts.length !== 1 || token.digits[0]!.length > 2) return null;
  const day = token.parts[0]!;
  return day >= 1 && day <= 31 ? day : null;
}

/** "Fredag", "fredagen den", "fre": a weekday written before a date. */
function weekdayPrefix(tokens: readonly Token[], at: number): Match<number | null> {
  const weekday = weekdayAt(tokens, at);
  if (weekday === null) {
    const den = words(tokens, at, "den");
    return { value: null, next: den > 0 ? den : at };
  }
  let next = at + 1;
  if (tokens[next]?.kind === "comma") next++;
  const den = words(tokens, next, "den");
  return { value: weekday, next: den > 0 ? den : next };
}

/** A date with the month written: "23 december", "23 dec 2026", "23/12", "23.12", "24.12.2026", "2026-12-23". */
function fullDateAt(tokens: readonly Token[], at: number, weekday: number | null): Match<DatePoint> | null {
  const token = tokens[at];
  if (!token) return null;
  if (token.kind === "iso") {
    const [year, month, day] = token.text.split("-").map(Number) as [number, number, number];
    return { value: { year, month, day, weekday }, next: at + 1 };
  }
  if (token.kind !== "num") return null;
  if (token.parts.length === 1) {
    const day = dayNumberAt(tokens, at);
    const month = monthAt(tokens, at + 1);
    if (day === null || month === null) return null;
    const year = yearAt(tokens, at + 2);
    return { value: { day, month, year, weekday }, next: year === null ? at + 2 : at + 3 };
  }
  // "23/12", "23.12", "24.12.2026", "23/12 2026" — but not "24/7" (round the clock), not
  // "10:30", and not "08.10" or "10.05" without a year: a zero in front is a time's (08.10 o'clock).
  if (token.text === "24/7" || token.digits[0]!.length > 2 || token.digits[1]!.length > 2 || token.separators.includes(":")) return null;
  const padded = token.separators[0] === "." && (token.digits[0]!.startsWith("0") || token.digits[1]!.startsWith("0"));
  if (padded && token.parts.length === 2) return null;
  const [day, month] = token.parts as [number, number];
  if (day < 1 || day > 31 || month < 1 || month > 12) return null;
  if (token.parts.length === 3) {
    const yearDigits = token.digits[2]!;
    const year = yearDigits.length === 4 ? token.parts[2]! : yearDigits.length === 2 ? 2000 + token.parts[2]! : null;
    if (year === null) return null;
    return { value: { day, month, year, weekday }, next: at + 1 };
  }
  const year = yearAt(tokens, at + 1);
  return { value: { day, month, year, weekday }, next: year === null ? at + 1 : at + 2 };
}

/**
 * One date or a range: "Fredag 23 december", "24–26 december", "3–19.6", "27 juni – 21 augusti",
 * "lördag 24 december – måndag 26 december", "31 december – 1 januari 2023",
 * "fr.o.m. 1 juni t.o.m. 31 augusti". Weekdays are written on both ends of a range or on neither.
 */
function itemAt(tokens: readonly Token[], at: number): Match<DateItem> | null {
  let i = at;
  const from = words(tokens, i, ["från", "from"]);
  if (from > 0) i = from;
  const until = from > 0 ? -1 : words(tokens, i, ["tom", "till"]);
  if (until > 0) {
    // "Till och med 14 juni": from the start of that year.
    const prefix = weekdayPrefix(tokens, until);
    const end = fullDateAt(tokens, prefix.next, prefix.value);
    if (!end) return null;
    return { value: { from: { day: 1, month: 1, year: end.value.year, weekday: null }, to: end.value, open: "start" }, next: end.next };
  }
  const prefix = weekdayPrefix(tokens, i);
  // "24–26 december": a day, a range mark, then a full date.
  const firstDay = dayNumberAt(tokens, prefix.next);
  if (firstDay !== null && monthAt(tokens, prefix.next + 1) === null) {
    const mark = rangeMark(tokens, prefix.next + 1);
    if (mark > 0) {
      const endPrefix = weekdayPrefix(tokens, mark);
      const end = fullDateAt(tokens, endPrefix.next, endPrefix.value);
      if (end && (prefix.value === null) === (endPrefix.value === null)) {
        return { value: { from: { day: firstDay, month: end.value.month, year: end.value.year, weekday: prefix.value }, to: end.value }, next: end.next };
      }
    }
  }
  const start = fullDateAt(tokens, prefix.next, prefix.value);
  if (!start) return null;
  const mark = rangeMark(tokens, start.next);
  if (mark > 0) {
    const endPrefix = weekdayPrefix(tokens, mark);
    const end = fullDateAt(tokens, endPrefix.next, endPrefix.value);
    if (end && (prefix.value === null) === (endPrefix.value === null)) return { value: { from: start.value, to: end.value }, next: end.next };
  }
  // "Från 7 januari", "fr.o.m. 1 september": to the end of that year.
  if (from > 0) return { value: { from: start.value, to: { day: 31, month: 12, year: start.value.year, weekday: null }, open: "end" }, next: start.next };
  return { value: { from: start.value, to: start.value }, next: start.next };
}

/**
 * Dates: one, a range, or a list ("24 och 31 december", "Tisdag 10 maj, onsdag 11 maj och
 * torsdag 12 maj", "23/12, 30/12"). Years are filled in later, from the text or the options.
 *
 * @example
 * readDates(tokenize(normalizeLine("24–26 december")), 0)
 * // => [{ value: [{ from: { day: 24, month: 12, … }, to: { day: 26, month: 12, … } }], next: 4 }]
 */
export function readDates(tokens: readonly Token[], at: number): Match<DateItem[]>[] {
  const items: DateItem[] = [];
  // Days waiting for the month written after them: "24 och 31 december".
  const waiting: { day: number; weekday: number | null }[] = [];
  let i = at;
  let next = -1;
  for (;;) {
    const item = itemAt(tokens, i);
    if (item) {
      for (const day of waiting) items.push(single({ ...day, month: item.value.from.month, year: item.value.from.year }));
      waiting.length = 0;
      items.push(item.value);
      next = item.next;
    } else {
      const prefix = weekdayPrefix(tokens, i);
      const day = dayNumberAt(tokens, prefix.next);
      if (day === null || listMark(tokens, prefix.next + 1) < 0) break;
      waiting.push({ day, weekday: prefix.value });
      i = listMark(tokens, prefix.next + 1);
      continue;
    }
    const mark = listMark(tokens, next);
    if (mark < 0) break;
    i = mark;
  }
  if (waiting.length > 0 || items.length === 0) return [];
  return [{ value: items, next }];
}

function single(point: DatePoint): DateItem {
  return { from: point, to: point };
}
