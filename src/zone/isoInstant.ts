import { DateTime } from "luxon";
import { describe, formatPlainDate, MS_PER_DAY } from "../calendar/plainDate";
import { EARLIEST_SUPPORTED_MS, FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR, LATEST_SUPPORTED_MS } from "../calendar/supportedYears";
import { quote } from "../validation/quote";
import { createZone } from "./zone";

/*
 * Instants as people and chatbots write them, read in a schedule's zone: the chat tools
 * and the CLI's `--at` both read them here (no Node module, so it runs in browsers).
 *
 * A wall-clock time (no offset) follows the same rule as a schedule's hours: a time that
 * happens twice (02.30 on the night the clocks go back) is its first occurrence, a time
 * the clocks skip (02.30 on the night they go forward) is the moment they jump.
 */

/** An example instant for messages and descriptions. */
const EXAMPLES = `e.g. "2026-12-24T10:00" or "2026-12-24T10:00+01:00"`;

/** Longer texts are not instants; they are refused without being parsed. */
const MAX_INSTANT_LENGTH = 64;

/** A time of day alone (`10`, `10:00`, `10:00:00+01:00`): luxon reads it as today. */
const TIME_ONLY = /^\d{2}(?::|$|[zZ+-])/;

/** The offset at the end of a text (before an ignored `[Zone/Name]`), as written. */
const TRAILING_OFFSET = /([+-])(\d{2})(?::?(\d{2}))?(?:\[[^\]]*\])?$/;

/** An instant read from a text, and the date when the text is a date alone. */
export interface ChatInstant {
  readonly at: Date;
  /** The local date `YYYY-MM-DD` when the text gave a date and no time (`"2026-12-24"`), else null. */
  readonly date: string | null;
}

/**
 * Why a text is not an instant {@link parseChatInstant} reads, or null when it is one:
 * not ISO-8601, or with an impossible UTC offset (beyond ±18:00, or minutes past 59).
 *
 * @example
 * instantTextProblem("2026-12-24T10:00", "at") // => null
 * instantTextProblem("2026-12-24T10:00+25:00", "at")
 * // => 'at "2026-12-24T10:00+25:00" has an impossible UTC offset +25:00 (offsets run from -18:00 to +18:00)'
 */
export function instantTextProblem(text: unknown, what: string): string | null {
  if (typeof text !== "string" || text.length > MAX_INSTANT_LENGTH) return invalidInstantMessage(what, text);
  const inUtc = DateTime.fromISO(text, { zone: "UTC", setZone: true });
  if (!inUtc.isValid) return invalidInstantMessage(what, text);
  if (hasOwnOffset(text, inUtc)) {
    const offset = TRAILING_OFFSET.exec(text);
    if (offset) {
      const hours = Number(offset[2]);
      const minutes = Number(offset[3] ?? 0);
      if (minutes > 59 || hours * 60 + minutes > 18 * 60) {
        const written = `${offset[1]}${offset[2]}${offset[3] === undefined ? "" : `:${offset[3]}`}`;
        return `${what} ${quote(text)} has an impossible UTC offset ${written} (offsets run from -18:00 to +18:00${minutes > 59 ? ", minutes 00–59" : ""})`;
      }
    }
  }
  return null;
}

/**
 * The message for a text that is not an ISO-8601 instant.
 *
 * @example
 * invalidInstantMessage("at", "tomorrow")
 * // => 'at must be an ISO-8601 date or time (e.g. "2026-12-24T10:00" or "2026-12-24T10:00+01:00"), got "tomorrow"'
 */
export function invalidInstantMessage(what: string, text: unknown): string {
  const got = text === undefined ? "nothing" : describe(text);
  return `${what} must be an ISO-8601 date or time (${EXAMPLES}), got ${got}`;
}

/**
 * Reads an ISO-8601 instant. Without an offset it is wall-clock time in `timeZone`
 * (`2026-12-24T10:00` is 10.00 in Stockholm), a date alone is that day's midnight there,
 * and a time alone is today's. A wall-clock time that happens twice is its first
 * occurrence; one the clocks skip is the moment they jump (as schedule hours).
 * Throws `RangeError` for anything else, for an impossible offset, and for a moment
 * outside the supported years 2005–2100 (naming the text as written).
 *
 * @example
 * parseChatInstant("2026-12-24T10:00", "Europe/Stockholm").toISOString() // => "2026-12-24T09:00:00.000Z"
 * parseChatInstant("2026-12-24T10:00Z", "Europe/Stockholm").toISOString() // => "2026-12-24T10:00:00.000Z"
 * parseChatInstant("2026-10-25T02:30", "Europe/Stockholm").toISOString() // => "2026-10-25T00:30:00.000Z" (the first 02.30)
 * parseChatInstant("2026-03-29T02:30", "Europe/Stockholm").toISOString() // => "2026-03-29T01:00:00.000Z" (03.00, when the clocks jump)
 */
export function parseChatInstant(text: string, timeZone: string, what = "at", now: number = Date.now()): Date {
  return readChatInstant(text, timeZone, what, now).at;
}

/**
 * {@link parseChatInstant}, also telling whether the text was a date alone (then `date`
 * is that date), so that a question about a day can be answered for the day.
 *
 * @example
 * readChatInstant("2026-12-24", "Europe/Stockholm") // => { at: 2026-12-23T23:00:00.000Z, date: "2026-12-24" }
 * readChatInstant("2026-12-24T10:00", "Europe/Stockholm").date // => null
 */
export function readChatInstant(text: string, timeZone: string, what = "at", now: number = Date.now()): ChatInstant {
  const problem = instantTextProblem(text, what);
  if (problem) throw new RangeError(problem);
  const zone = createZone(timeZone);
  const inUtc = DateTime.fromISO(text, { zone: "UTC", setZone: true });

  if (hasOwnOffset(text, inUtc)) {
    const ms = inUtc.toMillis();
    if (!(ms >= EARLIEST_SUPPORTED_MS && ms < LATEST_SUPPORTED_MS)) throw outside(what, text);
    const localDay = Math.floor(zone.epochToLocal(ms) / MS_PER_DAY);
    const localDate = formatPlainDate(localDay);
    const year = Number(localDate.slice(0, 4));
    if (year < FIRST_SUPPORTED_YEAR || year > LAST_SUPPORTED_YEAR) throw outside(what, text, `${localDate} in ${zone.name}`);
    return { at: new Date(ms), date: null };
  }

  // Wall-clock time: the fields as written (read as if UTC), on today's date in the zone
  // when the text has no date.
  let localMs = inUtc.toMillis();
  if (TIME_ONLY.test(text)) {
    const today = Math.floor(zone.epochToLocal(now) / MS_PER_DAY);
    localMs = today * MS_PER_DAY + (((localMs % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY);
  }
  const year = inUtc.year;
  if (!(year >= FIRST_SUPPORTED_YEAR && year <= LAST_SUPPORTED_YEAR) || !(localMs >= EARLIEST_SUPPORTED_MS && localMs < LATEST_SUPPORTED_MS)) throw outside(what, text);
  const localDay = Math.floor(localMs / MS_PER_DAY);
  const localYear = Number(formatPlainDate(localDay).slice(0, 4));
  if (localYear < FIRST_SUPPORTED_YEAR || localYear > LAST_SUPPORTED_YEAR) throw outside(what, text);
  const dateAlone = !/[Tt]/.test(text) && !TIME_ONLY.test(text);
  return { at: new Date(zone.localToEpoch(localMs)), date: dateAlone ? formatPlainDate(localDay) : null };
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

/** Whether the text carries its own UTC offset (or `Z`): it reads the same in any default zone. */
function hasOwnOffset(text: string, inUtc: DateTime): boolean {
  return DateTime.fromISO(text, { zone: "UTC+5", setZone: true }).offset === inUtc.offset;
}

function outside(what: string, text: string, where?: string): RangeError {
  const place = where ? ` is ${where},` : " is";
  return new RangeError(`${what} ${quote(text)}${place} outside the supported years ${FIRST_SUPPORTED_YEAR}–${LAST_SUPPORTED_YEAR}`);
}
