import { civilFromDays } from "../calendar/plainDate";
import type { MinuteRange } from "../schedule/timeRange";
import type { GoogleDate, GoogleDayOfWeek, GoogleTimeOfDay } from "./googleBusinessTypes";

/** The API's weekday names, Monday first (ISO weekday 1). */
export const GOOGLE_DAYS: readonly GoogleDayOfWeek[] = ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY"];

const MINUTES_PER_DAY = 24 * 60;

/**
 * Where a range's end falls: how many days after its start day (0 or 1) and the `TimeOfDay`
 * there. An end at a midnight is 24:00 of the day before (Google's end of day), so 22:00–24:00
 * closes the same day and 22:00–48:00 closes at 24:00 the next day.
 *
 * @example
 * closeOf({ from: 1320, to: 1560 }) // => { daysLater: 1, time: { hours: 2, minutes: 0 } }
 * closeOf({ from: 0, to: 1440 }) // => { daysLater: 0, time: { hours: 24, minutes: 0 } }
 */
export function closeOf(range: MinuteRange): { daysLater: number; time: GoogleTimeOfDay } {
  const daysLater = Math.ceil(range.to / MINUTES_PER_DAY) - 1;
  return { daysLater, time: timeOfDay(range.to - daysLater * MINUTES_PER_DAY) };
}

/**
 * Minutes (0–1440) as a `TimeOfDay`, with `hours` and `minutes` always written (the API also
 * reads a left-out field as 0; written out, the JSON says what it means).
 *
 * @example
 * timeOfDay(990) // => { hours: 16, minutes: 30 }
 */
export function timeOfDay(minutes: number): GoogleTimeOfDay {
  return { hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}

/**
 * A day number as the API's `Date`.
 *
 * @example
 * googleDate(daysFromCivil(2026, 12, 24)) // => { year: 2026, month: 12, day: 24 }
 */
export function googleDate(dayNumber: number): GoogleDate {
  const { year, month, day } = civilFromDays(dayNumber);
  return { year, month, day };
}
