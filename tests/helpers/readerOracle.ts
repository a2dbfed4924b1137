/*
 * The days of a year as the reader's tests expect them, derived without the library: public
 * holidays and eves from date-holidays (SE, or FI), day kinds from SPEC §1's definitions,
 * weekdays and ISO weeks from luxon. A test block says what hours a text states as a function
 * of such a day, and the reader's config is compared with it on every day of the year.
 */
import Holidays from "date-holidays";
import { DateTime } from "luxon";
import { EVE_NAMES, PUBLIC_HOLIDAY_NAMES, WORK_FREE_EVE_NAMES } from "./dateHolidaysNames";
import { FINNISH_BANK_DAYS_THAT_ARE_EVES, FINNISH_PUBLIC_HOLIDAY_NAMES, FINNISH_WORK_FREE_EVE_NAMES } from "./dateHolidaysFinnishNames";
import { datesBetween, shift } from "./plainDates";

export interface OracleDay {
  readonly date: string;
  /** 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  readonly week: number;
  readonly month: number;
  readonly day: number;
  /** The public holiday's name, lower case ("juldagen"), or null. */
  readonly holiday: string | null;
  /** A work-free eve's name ("julafton"), or null. */
  readonly workFreeEve: string | null;
  /** Any eve's name ("skärtorsdagen", "julafton"), or null. */
  readonly eve: string | null;
  readonly workFree: boolean;
  readonly dayBeforeRedDay: boolean;
  readonly dayBeforeEve: boolean;
  readonly bridgeDay: boolean;
}

const cache = new Map<string, Map<string, OracleDay>>();

/**
 * Every day from `first` to `last` on a calendar.
 *
 * @example
 * oracleDays("2026-01-01", "2026-12-31", "SE").get("2026-12-24")!.workFreeEve // => "julafton"
 */
export function oracleDays(first: string, last: string, calendar: "SE" | "FI" = "SE"): Map<string, OracleDay> {
  const key = `${calendar}:${first}:${last}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const hd = new Holidays(calendar, { languages: ["sv"] });
  const holidays = new Map<string, string>();
  const workFreeEves = new Map<string, string>();
  const eves = new Map<string, string>();
  const publicNames = calendar === "SE" ? PUBLIC_HOLIDAY_NAMES : FINNISH_PUBLIC_HOLIDAY_NAMES;
  const freeEveNames = calendar === "SE" ? WORK_FREE_EVE_NAMES : FINNISH_WORK_FREE_EVE_NAMES;
  const eveNames: Record<string, string> = calendar === "SE" ? EVE_NAMES : { ...FINNISH_WORK_FREE_EVE_NAMES, ...FINNISH_BANK_DAYS_THAT_ARE_EVES };
  for (let year = Number(first.slice(0, 4)) - 1; year <= Number(last.slice(0, 4)) + 1; year++) {
    for (const h of hd.getHolidays(year)) {
      const date = h.date.slice(0, 10);
      if (h.type === "public" && publicNames[h.name]) holidays.set(date, publicNames[h.name]!.toLowerCase());
      if (h.type === "bank" && freeEveNames[h.name]) workFreeEves.set(date, freeEveNames[h.name]!.toLowerCase());
      if (eveNames[h.name]) eves.set(date, eveNames[h.name]!.toLowerCase());
    }
  }
  const weekdayOf = (date: string) => DateTime.fromISO(date, { zone: "UTC" }).weekday;
  const workFree = (date: string) => weekdayOf(date) >= 6 || holidays.has(date) || workFreeEves.has(date);
  const days = new Map<string, OracleDay>();
  for (const date of datesBetween(first, last)) {
    const dt = DateTime.fromISO(date, { zone: "UTC" });
    const working = !workFree(date);
    const next = shift(date, 1);
    days.set(date, {
      date,
      weekday: dt.weekday,
      week: dt.weekNumber,
      month: dt.month,
      day: dt.day,
      holiday: holidays.get(date) ?? null,
      workFreeEve: workFreeEves.get(date) ?? null,
      eve: eves.get(date) ?? null,
      workFree: !working,
      dayBeforeRedDay: working && holidays.has(next),
      dayBeforeEve: working && workFreeEves.has(next),
      bridgeDay: working && workFree(shift(date, -1)) && workFree(next),
    });
  }
  cache.set(key, days);
  return days;
}

/** A weekday → hours table, for expectations: `week({ 1: ["08:00-16:00"] })`. */
export function week(hours: Partial<Record<number, string[]>>): (d: OracleDay) => string[] {
  return (d) => hours[d.weekday] ?? [];
}

/** Weekdays Monday–Friday in one list, for expectations. */
export const MON_FRI = [1, 2, 3, 4, 5];

/**
 * The same hours on the given weekdays.
 *
 * @example
 * on([1, 2, 3], ["10:00-19:00"])
 */
export function on(weekdays: readonly number[], hours: string[]): Partial<Record<number, string[]>> {
  return Object.fromEntries(weekdays.map((d) => [d, hours]));
}
