import { DEFAULT_CALENDAR, type CalendarCode } from "./calendars";
import { holidayNames, type Names } from "./holidayNames";
import { holidaysOfYear, type HolidayKind } from "./holidays";
import { namedDayOfHoliday, type NamedDay } from "./namedDays";
import { daysFromCivil, weekdayOf } from "./plainDate";
import { FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR } from "./supportedYears";

/** Bit flags of one day; see SPEC §1 for each term. */
export const DayFlag = {
  workFree: 1,
  redDay: 2,
  publicHoliday: 4,
  workFreeEve: 8,
  eve: 16,
  bridgeDay: 32,
  dayBeforeEve: 64,
  dayBeforeRedDay: 128,
} as const;

/** The day kinds of every date of one year on one calendar, computed once and kept. */
export interface YearCalendar {
  readonly year: number;
  readonly calendar: CalendarCode;
  /** Day number of 1 January. */
  readonly firstDay: number;
  /** `DayFlag` bits per day of the year (index 0 = 1 January). */
  readonly flags: Uint8Array;
  /** Names per day of the year, where the day has any. */
  readonly names: ReadonlyMap<number, DayNames>;
  /** The canonical named-day keys per day of the year, where the day has any (in the order of `holidaysOfYear`). */
  readonly namedDays: ReadonlyMap<number, readonly NamedDay[]>;
}

/** The names of a day's holidays and eves (null where it has none of that kind). */
export interface DayNames {
  publicHoliday: Names | null;
  workFreeEve: Names | null;
  eve: Names | null;
}

/** The kept year calendars of each calendar, by year, and the lookup function of each. */
const calendars = new Map<CalendarCode, Map<number, YearCalendar>>();
const lookups = new Map<CalendarCode, (year: number) => YearCalendar>();

/** The years whose calendars are kept: the supported ones and one on each side (at most 98 per calendar). */
const FIRST_KEPT_YEAR = FIRST_SUPPORTED_YEAR - 1;
const LAST_KEPT_YEAR = LAST_SUPPORTED_YEAR + 1;

/**
 * The calendar of a year (any year the arithmetic covers; range checks are the caller's),
 * Swedish unless another calendar is asked for. Calendars of 2004–2101 are computed once
 * and kept; any other year's is computed when asked and not kept, so the cache is bounded
 * whatever years callers ask about.
 *
 * @example
 * const c = yearCalendar(2026);
 * c.flags[4] & DayFlag.bridgeDay // 2026-01-05 is a bridge day => non-zero
 * yearCalendar(2026, "FI").flags[339] & DayFlag.publicHoliday // 6 December => non-zero
 */
export function yearCalendar(year: number, calendar: CalendarCode = DEFAULT_CALENDAR): YearCalendar {
  return yearCalendarsOf(calendar)(year);
}

/**
 * The year calendars of one calendar, as a function of the year: what a compiled schedule
 * keeps, so that a query looks up its year without naming the calendar again.
 *
 * @example
 * const finnishYear = yearCalendarsOf("FI");
 * finnishYear(2026).calendar // => "FI"
 */
export function yearCalendarsOf(calendar: CalendarCode): (year: number) => YearCalendar {
  let lookup = lookups.get(calendar);
  if (!lookup) {
    const years = new Map<number, YearCalendar>();
    calendars.set(calendar, years);
    lookup = (year) => {
      let found = years.get(year);
      if (!found) {
        found = buildYearCalendar(year, calendar);
        if (year >= FIRST_KEPT_YEAR && year <= LAST_KEPT_YEAR) years.set(year, found);
      }
      return found;
    };
    lookups.set(calendar, lookup);
  }
  return lookup;
}

/**
 * Diagnostics for tests: how many year calendars are kept (at most 98 per calendar).
 *
 * @example
 * keptCalendarCount() // => 3
 */
export function keptCalendarCount(): number {
  let count = 0;
  for (const years of calendars.values()) count += years.size;
  return count;
}

/** 1 January: nyårsdagen, a public holiday on every calendar. */
const NEW_YEARS_DAY_FLAGS = DayFlag.publicHoliday | DayFlag.redDay | DayFlag.workFree;

function buildYearCalendar(year: number, calendar: CalendarCode): YearCalendar {
  const firstDay = daysFromCivil(year, 1, 1);
  const length = daysFromCivil(year + 1, 1, 1) - firstDay;
  const flags = new Uint8Array(length);
  const names = new Map<number, DayNames>();
  const namedDays = new Map<number, NamedDay[]>();

  for (const holiday of holidaysOfYear(year, calendar)) {
    const index = holiday.dayNumber - firstDay;
    flags[index]! |= kindFlag(holiday.kind);
    namedDays.set(index, [...(namedDays.get(index) ?? []), namedDayOfHoliday(holiday.key, calendar)]);
    let dayNames = names.get(index);
    if (!dayNames) {
      dayNames = { publicHoliday: null, workFreeEve: null, eve: null };
      names.set(index, dayNames);
    }
    const name = holidayNames(holiday.key, calendar);
    // A work-free eve is an eve too (SPEC §1 lists it among the eves).
    const kinds: HolidayKind[] = holiday.kind === "workFreeEve" ? ["workFreeEve", "eve"] : [holiday.kind];
    for (const kind of kinds) {
      // Two holidays can share a date (Första maj and Kristi himmelsfärdsdag in 2008): both names are kept.
      const previous = dayNames[kind];
      dayNames[kind] = previous ? { sv: `${previous.sv}, ${name.sv}`, en: `${previous.en}, ${name.en}` } : name;
    }
  }

  for (let i = 0; i < length; i++) {
    const weekday = weekdayOf(firstDay + i);
    let f = flags[i]!;
    if (weekday === 7 || f & DayFlag.publicHoliday) f |= DayFlag.redDay;
    // A work-free eve is a work-free eve (SPEC §1) and also an eve.
    if (f & DayFlag.workFreeEve) f |= DayFlag.eve;
    if (weekday >= 6 || f & (DayFlag.publicHoliday | DayFlag.workFreeEve)) f |= DayFlag.workFree;
    flags[i] = f;
  }

  // 1 January (nyårsdagen) is a public holiday on every calendar, so a year's first day is
  // never a working day, and its last day's next day is known without the next year. (31
  // December is work-free in Sweden only: in Finland it can be a bridge day or a day
  // before a red day.)
  const isWorkFree = (i: number) => i < 0 || i >= length || (flags[i]! & DayFlag.workFree) !== 0;
  for (let i = 0; i < length; i++) {
    if (isWorkFree(i)) continue;
    const next = i + 1 < length ? flags[i + 1]! : NEW_YEARS_DAY_FLAGS;
    if (isWorkFree(i - 1) && isWorkFree(i + 1)) flags[i]! |= DayFlag.bridgeDay;
    if (next & DayFlag.workFreeEve) flags[i]! |= DayFlag.dayBeforeEve;
    if (next & DayFlag.publicHoliday) flags[i]! |= DayFlag.dayBeforeRedDay;
  }

  for (const dayNames of names.values()) Object.freeze(dayNames);
  for (const keys of namedDays.values()) Object.freeze(keys);
  return { year, calendar, firstDay, flags, names, namedDays };
}

function kindFlag(kind: HolidayKind): number {
  return kind === "publicHoliday" ? DayFlag.publicHoliday : kind === "workFreeEve" ? DayFlag.workFreeEve : DayFlag.eve;
}
