import { DateTime } from "luxon";
import { UsageError } from "./loadConfig";

/**
 * Reads `--at`: an ISO-8601 instant. Without an offset it is wall-clock time in the
 * schedule's zone (`2026-12-24T10:00` is 10.00 in Stockholm), and a date alone is that
 * day's midnight there.
 *
 * @example
 * parseAt("2026-12-24T10:00", "Europe/Stockholm").toISOString() // => "2026-12-24T09:00:00.000Z"
 */
export function parseAt(text: string | undefined, timeZone: string): Date {
  if (text === undefined) return new Date();
  const parsed = DateTime.fromISO(text, { zone: timeZone, setZone: true });
  if (!parsed.isValid) throw new UsageError(`--at ${JSON.stringify(text)} is not an ISO-8601 date or time (e.g. 2026-12-24T10:00 or 2026-12-24T10:00+01:00)`);
  return parsed.toJSDate();
}

/** An instant as ISO-8601 with the zone's offset: `2026-12-28T08:00:00+01:00`. */
export function isoInZone(date: Date | null, timeZone: string): string | null {
  return date === null ? null : DateTime.fromJSDate(date, { zone: timeZone }).toISO({ suppressMilliseconds: true });
}

/** The local date (`YYYY-MM-DD`) of an instant in a zone. */
export function localDate(date: Date, timeZone: string): string {
  return DateTime.fromJSDate(date, { zone: timeZone }).toISODate()!;
}
