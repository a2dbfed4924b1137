import { calendarDayOf, type CalendarDay } from "./calendarDay";
import { civilFromDays, parsePlainDate } from "./plainDate";
import { assertSupportedYear } from "./supportedYears";

/** What a date is in the Swedish calendar (SPEC §1): `calendarDay`'s fields, on Sweden's calendar. */
export type SwedishDay = CalendarDay;

/**
 * The Swedish calendar facts of a plain date, for the years 2005–2100 (`calendarDay` gives
 * Finland's and Åland's).
 * Throws `TypeError` for a non-string, `RangeError` for a malformed date or a year outside
 * the supported range.
 *
 * @example
 * swedishDay("2026-01-05")
 * // => { date: "2026-01-05", weekday: 1, isoWeek: 2, workFree: false, redDay: false,
 * //      publicHoliday: null, workFreeEve: null, eve: "Trettondagsafton",
 * //      bridgeDay: true, dayBeforeEve: false, dayBeforeRedDay: true, namedDays: ["trettondagsafton"], … }
 */
export function swedishDay(date: string): SwedishDay {
  const dayNumber = parsePlainDate(date);
  assertSupportedYear(civilFromDays(dayNumber).year, `date "${date}"`);
  return swedishDayOf(dayNumber);
}

/**
 * `swedishDay` for a day number already checked to be in range.
 *
 * @example
 * swedishDayOf(parsePlainDate("2026-12-24")).workFreeEve // => "Julafton"
 */
export function swedishDayOf(dayNumber: number): SwedishDay {
  return calendarDayOf(dayNumber, "SE");
}
