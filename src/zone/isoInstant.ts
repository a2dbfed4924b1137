import { DateTime } from "luxon";

/*
 * Instants as people and chatbots write them, read in a schedule's zone: the chat tools
 * and the CLI's `--at` both read them here (no Node module, so it runs in browsers).
 */

/** An example instant for messages and descriptions. */
const EXAMPLES = `e.g. "2026-12-24T10:00" or "2026-12-24T10:00+01:00"`;

/**
 * Whether a text is an ISO-8601 date or date-time that {@link parseChatInstant} reads.
 *
 * @example
 * isIsoInstant("2026-12-24T10:00") // => true
 * isIsoInstant("tomorrow") // => false
 */
export function isIsoInstant(text: string): boolean {
  return DateTime.fromISO(text, { zone: "UTC", setZone: true }).isValid;
}

/**
 * The message for a text that is not an ISO-8601 instant.
 *
 * @example
 * invalidInstantMessage("at", "tomorrow")
 * // => 'at must be an ISO-8601 date or time (e.g. "2026-12-24T10:00" or "2026-12-24T10:00+01:00"), got "tomorrow"'
 */
export function invalidInstantMessage(what: string, text: unknown): string {
  const got = typeof text === "string" ? JSON.stringify(text) : text === undefined ? "nothing" : `${typeof text} ${String(text)}`;
  return `${what} must be an ISO-8601 date or time (${EXAMPLES}), got ${got}`;
}

/**
 * Reads an ISO-8601 instant. Without an offset it is wall-clock time in `timeZone`
 * (`2026-12-24T10:00` is 10.00 in Stockholm); a date alone is that day's midnight there.
 * Throws `RangeError` for anything else.
 *
 * @example
 * parseChatInstant("2026-12-24T10:00", "Europe/Stockholm").toISOString() // => "2026-12-24T09:00:00.000Z"
 * parseChatInstant("2026-12-24T10:00Z", "Europe/Stockholm").toISOString() // => "2026-12-24T10:00:00.000Z"
 */
export function parseChatInstant(text: string, timeZone: string, what = "at"): Date {
  const parsed = DateTime.fromISO(text, { zone: timeZone, setZone: true });
  if (!parsed.isValid) throw new RangeError(invalidInstantMessage(what, text));
  return parsed.toJSDate();
}

/**
 * An instant as ISO-8601 with the zone's offset, without milliseconds.
 *
 * @example
 * isoInZone(new Date("2026-12-28T07:00:00Z"), "Europe/Stockholm") // => "2026-12-28T08:00:00+01:00"
 * isoInZone(null, "Europe/Stockholm") // => null
 */
export function isoInZone(date: Date | null, timeZone: string): string | null {
  return date === null ? null : DateTime.fromJSDate(date, { zone: timeZone }).toISO({ suppressMilliseconds: true });
}

/**
 * The local date (`YYYY-MM-DD`) of an instant in a zone.
 *
 * @example
 * localDateInZone(new Date("2026-12-23T23:30:00Z"), "Europe/Stockholm") // => "2026-12-24"
 */
export function localDateInZone(date: Date, timeZone: string): string {
  return DateTime.fromJSDate(date, { zone: timeZone }).toISODate()!;
}
