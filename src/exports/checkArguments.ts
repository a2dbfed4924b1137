import { civilFromDays, describe, formatPlainDate, parsePlainDate } from "../calendar/plainDate";
import { assertSupportedYear } from "../calendar/supportedYears";

/**
 * Checks an options object: an object, with no key but the known ones. Throws `TypeError`
 * naming the function, the unknown keys and the known ones.
 *
 * @example
 * checkOptionKeys({ form: "2026-01-01" }, ["from", "to"], "toICalendar", '{ from: "YYYY-MM-DD", to: "YYYY-MM-DD" }')
 * // TypeError: toICalendar: unknown option "form" (options: from, to)
 */
export function checkOptionKeys(options: unknown, keys: readonly string[], what: string, shape: string): asserts options is Record<string, unknown> {
  if (typeof options !== "object" || options === null) throw new TypeError(`${what}: options must be an object ${shape}, got ${describe(options)}`);
  const unknown = Object.keys(options).filter((key) => !keys.includes(key));
  if (unknown.length > 0) {
    throw new TypeError(`${what}: unknown option${unknown.length > 1 ? "s" : ""} ${unknown.map((k) => JSON.stringify(k)).join(", ")} (options: ${keys.join(", ")})`);
  }
}

/**
 * Checks a window of dates `from`..`to` (inclusive): valid dates, in the supported years,
 * in order and at most `maxDays` long. Returns their day numbers.
 *
 * @example
 * checkDateRange("2026-12-01", "2026-12-31", 1096, "toICalendar") // => { first: 20423, last: 20453 }
 */
export function checkDateRange(from: unknown, to: unknown, maxDays: number, what: string): { first: number; last: number } {
  const first = parsePlainDate(from, `${what}: from`);
  const last = parsePlainDate(to, `${what}: to`);
  assertSupportedYear(civilFromDays(first).year, `${what}: from "${String(from)}"`);
  assertSupportedYear(civilFromDays(last).year, `${what}: to "${String(to)}"`);
  if (last < first) throw new RangeError(`${what}: to "${String(to)}" is before from "${String(from)}"`);
  if (last - first + 1 > maxDays) {
    throw new RangeError(`${what}: ${String(from)}..${String(to)} is ${last - first + 1} days; at most ${maxDays} days (three years)`);
  }
  return { first, last };
}

/**
 * Checks a window of `days` dates from `from` (inclusive): a valid date, a whole number of days
 * 1–`maxDays`, and both ends in the supported years. Returns their day numbers.
 *
 * @example
 * checkDayWindow("2026-12-20", 14, 1096, "toSchemaOrg") // => { first: 20442, last: 20455 }
 * checkDayWindow("2026-12-20", 0, 1096, "toSchemaOrg") // RangeError: toSchemaOrg: days must be a whole number of days 1–1096 (three years), got 0
 */
export function checkDayWindow(from: unknown, days: unknown, maxDays: number, what: string): { first: number; last: number } {
  const first = parsePlainDate(from, `${what}: from`);
  assertSupportedYear(civilFromDays(first).year, `${what}: from "${String(from)}"`);
  if (typeof days !== "number") throw new TypeError(`${what}: days must be a number of days 1–${maxDays}, got ${describe(days)}`);
  if (!Number.isInteger(days) || days < 1 || days > maxDays) {
    throw new RangeError(`${what}: days must be a whole number of days 1–${maxDays} (three years), got ${String(days)}`);
  }
  const last = first + days - 1;
  assertSupportedYear(civilFromDays(last).year, `${what}: the window's last date ${formatPlainDate(last)} (from "${String(from)}", ${days} days)`);
  return { first, last };
}
