/*
 * The calendar facts the acceptance corpus (tests/text.corpus.test.ts) writes its expected
 * hours from, derived without the library and without the reader's own test helpers:
 * public holidays and work-free eves from date-holidays (SE, FI; AX adds 9 June, Ålands
 * självstyrelsedag, by landskapslag 1976:26), the day kinds from SPEC §1's definitions, the
 * weekday and ISO week by plain UTC arithmetic. tests/fixtures/corpus/almanac.ts holds the
 * almanac's dates for the corpus years, which the corpus test checks this against.
 */
import Holidays from "date-holidays";
import { PUBLIC_HOLIDAY_NAMES, WORK_FREE_EVE_NAMES, EVE_NAMES } from "./dateHolidaysNames";
import { FINNISH_BANK_DAYS_THAT_ARE_EVES, FINNISH_PUBLIC_HOLIDAY_NAMES, FINNISH_WORK_FREE_EVE_NAMES } from "./dateHolidaysFinnishNames";
import { datesBetween, shift } from "./plainDates";

export type CorpusCalendar = "SE" | "FI" | "AX";

/** One date as a reader of a Swedish (or Finland-Swedish) page understands it. */
export interface Day {
  readonly date: string;
  readonly year: number;
  readonly month: number;
  /** Day of the month. */
  readonly dom: number;
  /** 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  readonly isoWeek: number;
  /** The public holiday's name in lower case ("juldagen"), or null. */
  readonly holiday: string | null;
  /** Midsommarafton, julafton (and in Sweden nyårsafton), lower case, or null. */
  readonly freeEve: string | null;
  /** Any eve's name ("skärtorsdagen", "nyårsafton"), lower case, or null. */
  readonly eve: string | null;
  /** Saturday, Sunday, a public holiday or a work-free eve. */
  readonly workFree: boolean;
  readonly dayBeforeRedDay: boolean;
  readonly dayBeforeEve: boolean;
  readonly bridgeDay: boolean;
}

/** ISO-8601 week of a date: the week of its Thursday, counted from the year's first Thursday. */
export function isoWeekOf(date: string): number {
  const t = Date.parse(`${date}T00:00:00Z`);
  const weekday = ((new Date(t).getUTCDay() + 6) % 7) + 1;
  const thursday = new Date(t + (4 - weekday) * 86_400_000);
  const jan1 = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  return Math.floor((thursday.getTime() - jan1) / 86_400_000 / 7) + 1;
}

const cache = new Map<string, Map<string, Day>>();

function namedDates(calendar: CorpusCalendar, years: number[]) {
  const hd = new Holidays(calendar === "SE" ? "SE" : "FI", { languages: ["sv"] });
  const publicNames = calendar === "SE" ? PUBLIC_HOLIDAY_NAMES : FINNISH_PUBLIC_HOLIDAY_NAMES;
  const freeEveNames = calendar === "SE" ? WORK_FREE_EVE_NAMES : FINNISH_WORK_FREE_EVE_NAMES;
  const eveNames: Record<string, string> = calendar === "SE" ? EVE_NAMES : { ...FINNISH_WORK_FREE_EVE_NAMES, ...FINNISH_BANK_DAYS_THAT_ARE_EVES };
  const holidays = new Map<string, string>();
  const freeEves = new Map<string, string>();
  const eves = new Map<string, string>();
  for (const year of years) {
    for (const h of hd.getHolidays(year)) {
      const date = h.date.slice(0, 10);
      if (h.type === "public" && publicNames[h.name]) holidays.set(date, publicNames[h.name]!.toLowerCase());
      if (h.type === "bank" && freeEveNames[h.name]) freeEves.set(date, freeEveNames[h.name]!.toLowerCase());
      if (eveNames[h.name]) eves.set(date, eveNames[h.name]!.toLowerCase());
    }
    if (calendar === "AX") holidays.set(`${year}-06-09`, "självstyrelsedagen");
  }
  return { holidays, freeEves, eves };
}

/**
 * Every day of `year` on a calendar, by date.
 *
 * @example
 * daysOfYear(2026, "SE").get("2026-12-24")!.freeEve // => "julafton"
 */
export function daysOfYear(year: number, calendar: CorpusCalendar = "SE"): Map<string, Day> {
  const key = `${calendar}${year}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const { holidays, freeEves, eves } = namedDates(calendar, [year - 1, year, year + 1]);
  const weekdayOf = (date: string) => ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
  const workFree = (date: string) => weekdayOf(date) >= 6 || holidays.has(date) || freeEves.has(date);
  const days = new Map<string, Day>();
  for (const date of datesBetween(`${year}-01-01`, `${year}-12-31`)) {
    const working = !workFree(date);
    const next = shift(date, 1);
    days.set(date, {
      date,
      year,
      month: Number(date.slice(5, 7)),
      dom: Number(date.slice(8, 10)),
      weekday: weekdayOf(date),
      isoWeek: isoWeekOf(date),
      holiday: holidays.get(date) ?? null,
      freeEve: freeEves.get(date) ?? null,
      eve: eves.get(date) ?? null,
      workFree: !working,
      dayBeforeRedDay: working && holidays.has(next),
      dayBeforeEve: working && freeEves.has(next),
      bridgeDay: working && workFree(shift(date, -1)) && workFree(next),
    });
  }
  cache.set(key, days);
  return days;
}
