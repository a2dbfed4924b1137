import { holidayNames, type Names } from "./holidayNames";
import { holidaysOfYear, type HolidayKind } from "./holidays";
import { namedDayOfHoliday, type NamedDay } from "./namedDays";
import { daysFromCivil, weekdayOf } from "./plainDate";

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

/** The Swedish day kinds of every date of one year, computed once and kept. */
export interface YearCalendar {
  readonly year: number;
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

const calendars = new Map<number, YearCalendar>();

/**
 * The calendar of a year (any year the arithmetic covers; range checks are the caller's).
 *
 * @example
 * const c = yearCalendar(2026);
 * c.flags[4] & DayFlag.bridgeDay // 2026-01-05 is a bridge day => non-zero
 */
export function yearCalendar(year: number): YearCalendar {
  let calendar = calendars.get(year);
  if (!calendar) {
    calendar = buildYearCalendar(year);
    calendars.set(year, calendar);
  }
  return calendar;
}

function buildYearCalendar(year: number): YearCalendar {
  const firstDay = daysFromCivil(year, 1, 1);
  const length = daysFromCivil(year + 1, 1, 1) - firstDay;
  const flags = new Uint8Array(length);
  const names = new Map<number, DayNames>();
  const namedDays = new Map<number, NamedDay[]>();

  for (const holiday of holidaysOfYear(year)) {
    const index = holiday.dayNumber - firstDay;
    flags[index]! |= kindFlag(holiday.kind);
    namedDays.set(index, [...(namedDays.get(index) ?? []), namedDayOfHoliday(holiday.key)]);
    let dayNames = names.get(index);
    if (!dayNames) {
      dayNames = { publicHoliday: null, workFreeEve: null, eve: null };
      names.set(index, dayNames);
    }
    const name = holidayNames(holiday.key);
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

  // 31 December (Nyårsafton) and 1 January (Nyårsdagen) are always work-free, so the
  // neighbours of a year's first and last days need no look into another year.
  const isWorkFree = (i: number) => i < 0 || i >= length || (flags[i]! & DayFlag.workFree) !== 0;
  for (let i = 0; i < length; i++) {
    if (isWorkFree(i)) continue;
    const next = flags[i + 1] ?? 0;
    if (isWorkFree(i - 1) && isWorkFree(i + 1)) flags[i]! |= DayFlag.bridgeDay;
    if (next & DayFlag.workFreeEve) flags[i]! |= DayFlag.dayBeforeEve;
    if (next & DayFlag.publicHoliday) flags[i]! |= DayFlag.dayBeforeRedDay;
  }

  for (const dayNames of names.values()) Object.freeze(dayNames);
  for (const keys of namedDays.values()) Object.freeze(keys);
  return { year, firstDay, flags, names, namedDays };
}

function kindFlag(kind: HolidayKind): number {
  return kind === "publicHoliday" ? DayFlag.publicHoliday : kind === "workFreeEve" ? DayFlag.workFreeEve : DayFlag.eve;
}
