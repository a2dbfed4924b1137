/*
 * How a corpus block says what its text means, independently of the reader: a function from
 * a calendar day (tests/helpers/corpusCalendar.ts) to the hours a person reading the text
 * would give that day, or null where the text states nothing about the day.
 *
 * Hours are "HH:MM-HH:MM" as `schedule.day(date).intervals` gives them, an end past midnight
 * written past 24 ("20:00-26:00" for 20.00–02.00), on the day the interval starts; [] is closed.
 */
import type { CorpusCalendar, Day } from "./corpusCalendar";

export type Hours = readonly string[];
export type Expect = (d: Day) => Hours | null;

export interface CorpusBlock {
  /** Short id, unique: "prose-03". */
  readonly id: string;
  /** Issue 18's phrasing group it belongs to. */
  readonly group: string;
  readonly text: string;
  /** `options.year`; 2026 when left out. The block is compared over that whole year. */
  readonly year?: number;
  /** Other whole years to compare too (a text's "2026/2027", or a weekday that picks 2022). */
  readonly alsoYears?: readonly number[];
  /** One of `assumptions` must match this (a year the reader chose). */
  readonly assumption?: RegExp;
  readonly calendar?: CorpusCalendar;
  /** The section the hours belong to, by heading; the result's `config` when left out. */
  readonly section?: RegExp;
  /** The section's `kind` must match this ("Telefontider" → a phone kind). */
  readonly kind?: RegExp;
  readonly expect: Expect;
  /** Lines (1-based) that must be reported in `unread`. */
  readonly unread?: readonly number[];
  /** Every word is hours, headings or contacts: `unread` must be empty. */
  readonly clean?: boolean;
  /** A text with no hours: no day of the year may get any. Scored apart from the stated days. */
  readonly noHours?: boolean;
  /** What R1's reader still gets wrong (the block runs as `it.fails`): "gap: …". */
  readonly gap?: string;
}

const WEEKDAY = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 } as const;
export type WeekdayName = keyof typeof WEEKDAY;
export type WeekTable = Partial<Record<WeekdayName, Hours>>;

/**
 * A weekday table from "mon-thu" style keys: `days("mon-thu", H, "fri", F)`.
 *
 * @example
 * days("mon-fri", ["08:00-16:00"], "sat", ["10:00-14:00"]).sat // => ["10:00-14:00"]
 */
export function days(...pairs: (string | Hours)[]): WeekTable {
  const table: WeekTable = {};
  for (let i = 0; i < pairs.length; i += 2) {
    const spec = pairs[i] as string;
    const hours = pairs[i + 1] as Hours;
    for (const part of spec.split(",")) {
      const [from, to] = part.split("-") as [WeekdayName, WeekdayName | undefined];
      for (let d = WEEKDAY[from]; d <= WEEKDAY[to ?? from]; d++) table[NAMES[d - 1]!] = hours;
    }
  }
  return table;
}
const NAMES = Object.keys(WEEKDAY) as WeekdayName[];

/**
 * A week's hours: the listed weekdays' hours, the others closed.
 *
 * @example
 * week(days("mon-fri", ["08:00-16:00"]))(saturday) // => []
 */
export function week(table: WeekTable): (d: Day) => Hours {
  return (d) => table[NAMES[d.weekday - 1]!] ?? [];
}

/** A public holiday or a work-free eve (midsommar-, jul-, in Sweden nyårsafton). */
export const redOrFreeEve = (d: Day) => d.holiday !== null || d.freeEve !== null;

/**
 * SPEC §10 for a week that opens on no Sunday: public holidays and work-free eves the text
 * does not mention are closed, the other days have the week's hours.
 *
 * @example
 * officeWeek(days("mon-fri", OFFICE))(julafton) // => []
 */
export function officeWeek(table: WeekTable): (d: Day) => Hours {
  const w = week(table);
  return (d) => (redOrFreeEve(d) ? [] : w(d));
}

/** "MM-DD" of a day. */
const monthDay = (d: Day) => d.date.slice(5);

/**
 * Whether a day lies from `from` to `to` ("MM-DD" or "YYYY-MM-DD", inclusive; "12-20".."01-06" wraps).
 *
 * @example
 * within(day("2026-07-01"), "06-15", "08-09") // => true
 */
export function within(d: Day, from: string, to: string): boolean {
  if (from.length === 10) return d.date >= from && d.date <= to;
  const md = monthDay(d);
  return from <= to ? md >= from && md <= to : md >= from || md <= to;
}

/** Whether a day is one of the dates ("MM-DD" or "YYYY-MM-DD"). */
export const onDate = (d: Day, ...dates: string[]) => dates.some((x) => (x.length === 10 ? d.date === x : monthDay(d) === x));

/** Whether a day's ISO week is from `from` to `to`. */
export const inWeeks = (d: Day, from: number, to: number) => d.isoWeek >= from && d.isoWeek <= to;

export const CLOSED: Hours = [];
