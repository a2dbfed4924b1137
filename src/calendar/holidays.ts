import easterSundayModule from "swedish-holidays/dist/dates/easter-sunday.js";
import type { CalendarCode } from "./calendars";
import { cjsDefault } from "./cjsDefault";
import type { HolidayKey } from "./holidayNames";
import { daysFromCivil, weekdayOf } from "./plainDate";

/** How a named day counts in working life. */
export type HolidayKind = "publicHoliday" | "workFreeEve" | "eve";

/** A named day of one year. */
export interface HolidayDate {
  readonly key: HolidayKey;
  readonly dayNumber: number;
  readonly kind: HolidayKind;
}

const EasterSunday = cjsDefault(easterSundayModule);

/**
 * Day number of Påskdagen. Only the `year`/`month`/`day` integers of swedish-holidays'
 * `EasterSunday` are used: they are pure arithmetic, while its `Date` fields move with
 * the host's time zone.
 *
 * @example
 * formatPlainDate(easterSunday(2026)) // => "2026-04-05"
 */
export function easterSunday(year: number): number {
  const easter = new EasterSunday({ year });
  return daysFromCivil(easter.year, easter.month, easter.day);
}

/** The day number of the weekday (1 = Monday … 7 = Sunday) on or after a day. */
function weekdayOnOrAfter(dayNumber: number, weekday: number): number {
  return dayNumber + ((weekday - weekdayOf(dayNumber) + 7) % 7);
}

/**
 * Every public holiday, work-free eve and eve of a year on a calendar, derived on plain dates.
 *
 * - SE: the public holidays of lag (1989:253) as in force since 2005; work-free eves
 *   midsommarafton, julafton, nyårsafton; eves as SPEC §1.
 * - FI: Finland's public holidays (the church holidays, första maj and
 *   självständighetsdagen 6 December; midsommardagen and alla helgons dag on the same
 *   Saturdays as in Sweden); work-free eves midsommarafton and julafton, which the Annual
 *   Holidays Act (semesterlagen 162/2005, 4 §) counts with the holidays; nyårsafton is a
 *   working day in Finland, so it is an eve like skärtorsdagen. No 6 June.
 * - AX: FI and Ålands självstyrelsedag, 9 June (landskapslag 1976:26), a holiday of
 *   Åland's public offices.
 *
 * @example
 * holidaysOfYear(2026).find((h) => h.key === "maundyThursday")
 * // => { key: "maundyThursday", dayNumber: daysFromCivil(2026, 4, 2), kind: "eve" }
 * holidaysOfYear(2026, "FI").find((h) => h.key === "newYearsEve")!.kind // => "eve"
 */
export function holidaysOfYear(year: number, calendar: CalendarCode = "SE"): HolidayDate[] {
  const easter = easterSunday(year);
  const fixed = (month: number, day: number) => daysFromCivil(year, month, day);
  const midsummerDay = weekdayOnOrAfter(fixed(6, 20), 6);
  const allSaintsDay = weekdayOnOrAfter(fixed(10, 31), 6);
  const finnish = calendar !== "SE";
  const entry = (key: HolidayKey, dayNumber: number, kind: HolidayKind): HolidayDate => ({ key, dayNumber, kind });
  return [
    entry("newYearsDay", fixed(1, 1), "publicHoliday"),
    entry("twelfthNight", fixed(1, 5), "eve"),
    entry("epiphany", fixed(1, 6), "publicHoliday"),
    entry("maundyThursday", easter - 3, "eve"),
    entry("goodFriday", easter - 2, "publicHoliday"),
    entry("holySaturday", easter - 1, "eve"),
    entry("easterSunday", easter, "publicHoliday"),
    entry("easterMonday", easter + 1, "publicHoliday"),
    entry("walpurgisNight", fixed(4, 30), "eve"),
    entry("mayFirst", fixed(5, 1), "publicHoliday"),
    entry("ascensionDay", easter + 39, "publicHoliday"),
    entry("pentecostEve", easter + 48, "eve"),
    entry("whitSunday", easter + 49, "publicHoliday"),
    ...(finnish ? [] : [entry("swedishNationalDay", fixed(6, 6), "publicHoliday")]),
    ...(calendar === "AX" ? [entry("alandAutonomyDay", fixed(6, 9), "publicHoliday")] : []),
    entry("midsummerEve", midsummerDay - 1, "workFreeEve"),
    entry("midsummerDay", midsummerDay, "publicHoliday"),
    entry("allSaintsEve", allSaintsDay - 1, "eve"),
    entry("allSaintsDay", allSaintsDay, "publicHoliday"),
    ...(finnish ? [entry("finnishIndependenceDay", fixed(12, 6), "publicHoliday")] : []),
    entry("christmasEve", fixed(12, 24), "workFreeEve"),
    entry("christmasDay", fixed(12, 25), "publicHoliday"),
    entry("boxingDay", fixed(12, 26), "publicHoliday"),
    entry("newYearsEve", fixed(12, 31), finnish ? "eve" : "workFreeEve"),
  ];
}
