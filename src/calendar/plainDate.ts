/**
 * Plain calendar dates as day numbers: whole days since 1970-01-01 in the proleptic
 * Gregorian calendar. No `Date` object is involved, so the host's time zone can never
 * shift a day. The arithmetic is Howard Hinnant's `days_from_civil` / `civil_from_days`.
 */

import { clip, quote } from "../validation/quote";

/** Milliseconds in a day of plain (zone-free) time. */
export const MS_PER_DAY = 86_400_000;

/** A calendar date split into its parts; `month` is 1–12. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * Day number of a civil date.
 *
 * @example
 * daysFromCivil(1970, 1, 1) // => 0
 * daysFromCivil(2026, 12, 24) // => 20811
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * Civil date of a day number.
 *
 * @example
 * civilFromDays(20811) // => { year: 2026, month: 12, day: 24 }
 */
export function civilFromDays(dayNumber: number): CivilDate {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1;
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * Number of days in a month of a year (Gregorian leap years).
 *
 * @example
 * daysInMonth(2028, 2) // => 29
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Whether a year has 29 February.
 *
 * @example
 * isLeapYear(2100) // => false
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * ISO weekday of a day number: 1 = Monday … 7 = Sunday.
 *
 * @example
 * weekdayOf(daysFromCivil(2026, 1, 5)) // => 1 (a Monday)
 */
export function weekdayOf(dayNumber: number): number {
  // 1970-01-01 was a Thursday (ISO weekday 4).
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads a `YYYY-MM-DD` string as a day number.
 * Throws `TypeError` for a non-string and `RangeError` for a malformed or impossible date
 * such as `2026-02-30`.
 *
 * @example
 * parsePlainDate("2026-01-05") // => 20458
 */
export function parsePlainDate(text: unknown, what = "date"): number {
  if (typeof text !== "string") {
    throw new TypeError(`${what} must be a "YYYY-MM-DD" string, got ${describe(text)}`);
  }
  const parts = PLAIN_DATE.exec(text);
  if (!parts) throw new RangeError(`${what} ${quote(text)} is not a date of the form YYYY-MM-DD`);
  const year = Number(parts[1]);
  const month = Number(parts[2]);
  const day = Number(parts[3]);
  if (month < 1 || month > 12) throw new RangeError(`${what} "${text}" has no month ${month}`);
  if (day < 1 || day > daysInMonth(year, month)) {
    throw new RangeError(`${what} "${text}" does not exist: ${year}-${pad2(month)} has ${daysInMonth(year, month)} days`);
  }
  return daysFromCivil(year, month, day);
}

/**
 * Writes a day number as `YYYY-MM-DD`.
 *
 * @example
 * formatPlainDate(20458) // => "2026-01-05"
 */
export function formatPlainDate(dayNumber: number): string {
  const { year, month, day } = civilFromDays(dayNumber);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/**
 * Two-digit, zero-padded.
 *
 * @example
 * pad2(5) // => "05"
 */
export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/**
 * A short description of a value for error messages; never the whole of a long text or
 * the contents of an object.
 *
 * @example
 * describe(NaN) // => "number NaN"
 * describe([1, 2]) // => "an array"
 */
export function describe(value: unknown): string {
  if (value === null) return "null";
  if (value === undefined) return "undefined";
  if (typeof value === "string") return quote(value);
  if (typeof value === "number" || typeof value === "boolean") return `${typeof value} ${String(value)}`;
  if (typeof value === "bigint") return `a bigint (${clip(String(value), 24)}n)`;
  if (typeof value === "symbol") return "a symbol";
  if (typeof value === "function") return "a function";
  if (Array.isArray(value)) return "an array";
  if (value instanceof Date) return "a Date";
  if (value instanceof Map) return "a Map";
  if (value instanceof Set) return "a Set";
  return "an object";
}
