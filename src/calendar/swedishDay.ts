import { isoWeekOf } from "./isoWeek";
import { civilFromDays, formatPlainDate, parsePlainDate, weekdayOf } from "./plainDate";
import { assertSupportedYear } from "./supportedYears";
import { DayFlag, yearCalendar } from "./yearCalendar";
import type { Names } from "./holidayNames";
import type { NamedDay } from "./namedDays";

/** What a date is in the Swedish calendar (SPEC §1). Names are Swedish; `names` has English too. */
export interface SwedishDay {
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
  /** The public holiday's Swedish name, e.g. `"Juldagen"`, or null. */
  readonly publicHoliday: string | null;
  /** The work-free eve's Swedish name (`"Midsommarafton"`, `"Julafton"`, `"Nyårsafton"`), or null. */
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

/**
 * The Swedish calendar facts of a plain date, for the years 2005–2100.
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
  const calendar = yearCalendar(civilFromDays(dayNumber).year);
  const index = dayNumber - calendar.firstDay;
  const flags = calendar.flags[index]!;
  const dayNames = calendar.names.get(index);
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
    namedDays: calendar.namedDays.get(index) ?? NO_NAMED_DAYS,
    names: {
      publicHoliday: dayNames?.publicHoliday ?? null,
      workFreeEve: dayNames?.workFreeEve ?? null,
      eve: dayNames?.eve ?? null,
    },
  };
}
