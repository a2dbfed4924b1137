import { isoWeekOf } from "./isoWeek";
import { checkCalendar, type CalendarCode } from "./calendars";
import { civilFromDays, formatPlainDate, parsePlainDate, weekdayOf } from "./plainDate";
import { assertSupportedYear } from "./supportedYears";
import { DayFlag, yearCalendar } from "./yearCalendar";
import type { Names } from "./holidayNames";
import type { NamedDay } from "./namedDays";
import { checkOptions } from "../validation/checkOptions";

/**
 * What a date is on a calendar (SPEC §1, §14): Sweden's, Finland's or Åland's. Names are
 * Swedish; `names` has English too.
 */
export interface CalendarDay {
  /** The date, `YYYY-MM-DD`. */
  readonly date: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  /** ISO-8601 week number, 1–53. */
  readonly isoWeek: number;
  /** The year the ISO week belongs to (differs from the date's year around New Year). */
  readonly isoWeekYear: number;
  /** Saturday, Sunday, public holiday or work-free eve. */
  readonly workFree: boolean;
  /** Sunday or public holiday. */
  readonly redDay: boolean;
  /** The public holiday's Swedish name, e.g. `"Juldagen"`, `"Självständighetsdagen"`, or null. */
  readonly publicHoliday: string | null;
  /** The work-free eve's Swedish name (`"Midsommarafton"`, `"Julafton"`, in Sweden also `"Nyårsafton"`), or null. */
  readonly workFreeEve: string | null;
  /** The eve's Swedish name (work-free or not, e.g. `"Skärtorsdagen"`), or null. */
  readonly eve: string | null;
  /** A working day between two work-free days (klämdag). */
  readonly bridgeDay: boolean;
  /** A working day before a work-free eve (dag före afton). */
  readonly dayBeforeEve: boolean;
  /** A working day before a public holiday (dag före röd dag). */
  readonly dayBeforeRedDay: boolean;
  /**
   * The canonical keys of the date's named days (SPEC §7), as a config's `namedDays` names
   * them: `["julafton"]`, `["skärtorsdagen"]`; two on 2008-05-01 (`["första maj",
   * "kristi himmelsfärdsdag"]`); `[]` on other dates.
   */
  readonly namedDays: readonly NamedDay[];
  /** The same names in Swedish and English. */
  readonly names: {
    readonly publicHoliday: Names | null;
    readonly workFreeEve: Names | null;
    readonly eve: Names | null;
  };
}

const NO_NAMED_DAYS: readonly NamedDay[] = Object.freeze([]);

/** Options of `calendarDay`. */
export interface CalendarDayOptions {
  /** `"SE"` (Sweden, the default), `"FI"` (Finland) or `"AX"` (Åland). */
  calendar?: CalendarCode;
}

/**
 * The calendar facts of a plain date on a calendar, for the years 2005–2100: the fields of
 * `swedishDay`, with the public holidays, eves and day kinds of the calendar asked for.
 * Throws `TypeError` for a non-string date or a calendar that is not a string, `RangeError`
 * for a malformed date, a year outside the supported range or an unknown calendar.
 *
 * @example
 * calendarDay("2026-12-06", { calendar: "FI" }).publicHoliday // => "Självständighetsdagen"
 * calendarDay("2026-06-06", { calendar: "FI" }).workFree // => true (a Saturday), publicHoliday: null
 * calendarDay("2026-06-09", { calendar: "AX" }).namedDays // => ["självstyrelsedagen"]
 * calendarDay("2026-12-31", { calendar: "FI" })
 * // => { …, workFree: false, workFreeEve: null, eve: "Nyårsafton", dayBeforeRedDay: true, … }
 * calendarDay("2026-06-06") // the Swedish calendar: publicHoliday "Sveriges nationaldag"
 */
export function calendarDay(date: string, options?: CalendarDayOptions): CalendarDay {
  const calendar = checkCalendar(checkOptions(options, ["calendar"], "calendarDay").calendar, "calendarDay");
  const dayNumber = parsePlainDate(date);
  assertSupportedYear(civilFromDays(dayNumber).year, `date "${date}"`);
  return calendarDayOf(dayNumber, calendar);
}

/**
 * `calendarDay` for a day number already checked to be in range, on a known calendar.
 *
 * @example
 * calendarDayOf(parsePlainDate("2026-12-24"), "FI").workFreeEve // => "Julafton"
 */
export function calendarDayOf(dayNumber: number, calendar: CalendarCode): CalendarDay {
  const year = yearCalendar(civilFromDays(dayNumber).year, calendar);
  const index = dayNumber - year.firstDay;
  const flags = year.flags[index]!;
  const dayNames = year.names.get(index);
  const week = isoWeekOf(dayNumber);
  return {
    date: formatPlainDate(dayNumber),
    weekday: weekdayOf(dayNumber),
    isoWeek: week.week,
    isoWeekYear: week.weekYear,
    workFree: (flags & DayFlag.workFree) !== 0,
    redDay: (flags & DayFlag.redDay) !== 0,
    publicHoliday: dayNames?.publicHoliday?.sv ?? null,
    workFreeEve: dayNames?.workFreeEve?.sv ?? null,
    eve: dayNames?.eve?.sv ?? null,
    bridgeDay: (flags & DayFlag.bridgeDay) !== 0,
    dayBeforeEve: (flags & DayFlag.dayBeforeEve) !== 0,
    dayBeforeRedDay: (flags & DayFlag.dayBeforeRedDay) !== 0,
    namedDays: year.namedDays.get(index) ?? NO_NAMED_DAYS,
    names: {
      publicHoliday: dayNames?.publicHoliday ?? null,
      workFreeEve: dayNames?.workFreeEve ?? null,
      eve: dayNames?.eve ?? null,
    },
  };
}
