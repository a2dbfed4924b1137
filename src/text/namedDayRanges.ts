import { calendarDayOf } from "../calendar/calendarDay";
import type { CalendarCode } from "../calendar/calendars";
import { namedDaysOf, type NamedDay } from "../calendar/namedDays";
import { daysFromCivil } from "../calendar/plainDate";

/** Years the range is checked in: one where Easter is early, one where it is late. */
const CHECK_YEARS = [2024, 2025];

/**
 * The named days from `first` to `last` ("Julafton–annandag jul", "Långfredag–annandag påsk"),
 * or null when the days between them are not all named days: "julafton–nyårsdagen" also
 * covers 27–30 December, which have no names, so the range cannot be written as named days
 * (it is a date range; the text should give dates).
 *
 * @example
 * namedDayRange("julafton", "annandag jul", "SE") // => ["julafton", "juldagen", "annandag jul"]
 * namedDayRange("julafton", "nyårsdagen", "SE") // => null
 */
export function namedDayRange(first: NamedDay, last: NamedDay, calendar: CalendarCode): NamedDay[] | null {
  const order = namedDaysOf(calendar);
  const from = order.indexOf(first);
  const to = order.indexOf(last);
  if (from < 0 || to <= from) return null;
  const days = order.slice(from, to + 1);
  return CHECK_YEARS.every((year) => consecutive(days, year, calendar)) ? days : null;
}

/** Whether the named days fall on days in a row in `year`, each day of the run named. */
function consecutive(days: readonly NamedDay[], year: number, calendar: CalendarCode): boolean {
  const start = daysFromCivil(year, 1, 1);
  const end = daysFromCivil(year + 1, 1, 1);
  let run: number | null = null;
  let seen = 0;
  for (let day = start; day < end && seen < days.length; day++) {
    const names = calendarDayOf(day, calendar).namedDays;
    const inRange = names.some((name) => days.includes(name));
    if (run === null) {
      if (!inRange) continue;
      run = day;
    } else if (!inRange) return false;
    seen += names.filter((name) => days.includes(name)).length;
  }
  return seen === days.length;
}
