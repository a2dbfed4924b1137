import { describe } from "./plainDate";
import { quote } from "../validation/quote";

/**
 * The calendars a schedule can follow (SPEC §14): `"SE"` Sweden (the default), `"FI"`
 * Finland, `"AX"` Åland (Finland's days and Ålands självstyrelsedag, 9 June).
 */
export type CalendarCode = "SE" | "FI" | "AX";

/**
 * Every calendar, the default first.
 *
 * @example
 * CALENDARS // => ["SE", "FI", "AX"]
 */
export const CALENDARS: readonly CalendarCode[] = Object.freeze(["SE", "FI", "AX"]);

/** The calendar of a config that names none. */
export const DEFAULT_CALENDAR: CalendarCode = "SE";

const TIME_ZONES: Record<CalendarCode, string> = {
  SE: "Europe/Stockholm",
  // Europe/Mariehamn is another name of the same zone.
  FI: "Europe/Helsinki",
  AX: "Europe/Helsinki",
};

const COUNTRY_NAMES: Record<CalendarCode, { sv: string; en: string }> = {
  SE: { sv: "Sverige", en: "Sweden" },
  FI: { sv: "Finland", en: "Finland" },
  AX: { sv: "Åland", en: "Åland" },
};

const HOLIDAYS_IN_ENGLISH: Record<CalendarCode, string> = {
  SE: "Swedish public holidays",
  FI: "Finnish public holidays",
  AX: "Finnish public holidays and Åland's självstyrelsedag",
};

/**
 * Whose public holidays a calendar has, in English, for descriptions read by people and bots.
 *
 * @example
 * holidaysInEnglish("FI") // => "Finnish public holidays"
 */
export function holidaysInEnglish(calendar: CalendarCode): string {
  return HOLIDAYS_IN_ENGLISH[calendar];
}

/**
 * The time zone of a calendar's schedules when their config names none.
 *
 * @example
 * defaultTimeZoneOf("FI") // => "Europe/Helsinki"
 */
export function defaultTimeZoneOf(calendar: CalendarCode): string {
  return TIME_ZONES[calendar];
}

/**
 * The country or region a calendar is of, in Swedish and English.
 *
 * @example
 * calendarName("AX").sv // => "Åland"
 */
export function calendarName(calendar: CalendarCode): { sv: string; en: string } {
  return COUNTRY_NAMES[calendar];
}

/** "SE (Sweden), FI (Finland), AX (Åland)". */
const LISTED = CALENDARS.map((code) => `${code} (${COUNTRY_NAMES[code].en})`).join(", ");

/**
 * What is wrong with a value given as a calendar, or null when it is one: the message a
 * config check and a function argument share.
 *
 * @example
 * calendarProblem("FI") // => null
 * calendarProblem("NO") // => 'unknown calendar "NO" (calendars: SE (Sweden), FI (Finland), AX (Åland))'
 * calendarProblem("fi") // => 'unknown calendar "fi" (did you mean "FI"? calendars: …)'
 */
export function calendarProblem(value: unknown): string | null {
  if (typeof value !== "string") return `must be a calendar code, one of ${LISTED}; got ${describe(value)}`;
  if ((CALENDARS as readonly string[]).includes(value)) return null;
  const upper = value.trim().toUpperCase();
  const meant = (CALENDARS as readonly string[]).includes(upper) ? `did you mean ${JSON.stringify(upper)}? ` : "";
  return `unknown calendar ${quote(value)} (${meant}calendars: ${LISTED})`;
}

/**
 * A calendar code given to a function: the code itself, `DEFAULT_CALENDAR` for undefined.
 * Throws `TypeError` for a value that is not a string, `RangeError` for an unknown code.
 *
 * @example
 * checkCalendar("AX", "calendarDay") // => "AX"
 * checkCalendar("NO", "calendarDay") // RangeError: calendarDay: calendar: unknown calendar "NO" (…)
 */
export function checkCalendar(value: unknown, what: string): CalendarCode {
  if (value === undefined) return DEFAULT_CALENDAR;
  const problem = calendarProblem(value);
  if (problem === null) return value as CalendarCode;
  throw typeof value === "string" ? new RangeError(`${what}: calendar: ${problem}`) : new TypeError(`${what}: calendar ${problem}`);
}
