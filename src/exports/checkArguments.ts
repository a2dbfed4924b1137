import { civilFromDays, describe, parsePlainDate } from "../calendar/plainDate";
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
