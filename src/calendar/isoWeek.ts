import { civilFromDays, daysFromCivil, weekdayOf } from "./plainDate";

/** An ISO-8601 week: the week-numbering year and the week 1–53. */
export interface IsoWeek {
  readonly weekYear: number;
  readonly week: number;
}

/**
 * ISO-8601 week of a day number. Week 1 is the week with the year's first Thursday,
 * so 1–3 January can belong to week 52/53 of the year before, and 29–31 December to
 * week 1 of the next.
 *
 * @example
 * isoWeekOf(daysFromCivil(2026, 6, 18)) // => { weekYear: 2026, week: 25 }
 * isoWeekOf(daysFromCivil(2027, 1, 1)) // => { weekYear: 2026, week: 53 }
 */
export function isoWeekOf(dayNumber: number): IsoWeek {
  // The Thursday of this day's week decides the week-numbering year.
  const thursday = dayNumber - weekdayOf(dayNumber) + 4;
  const weekYear = civilFromDays(thursday).year;
  const week = Math.floor((thursday - daysFromCivil(weekYear, 1, 1)) / 7) + 1;
  return { weekYear, week };
}
