import { daysFromCivil, daysInMonth, formatPlainDate, weekdayOf } from "../calendar/plainDate";
import { calendarDayOf } from "../calendar/calendarDay";
import type { CalendarCode } from "../calendar/calendars";
import { FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR } from "../calendar/supportedYears";
import type { DateItem, DatePoint } from "./dates";
import type { NamedDay, SpecialDay } from "./specialDays";

/*
 * Dates as written ("24–26 december", "Fredag 23 december") given their years and checked:
 * the day exists, and a weekday written with it is the date's.
 */

/**
 * A date range with its years filled in and checked, or why it cannot be.
 *
 * @example
 * resolveDates({ from: { day: 24, month: 12, year: null, weekday: null }, to: { day: 26, month: 12, year: null, weekday: null } }, 2026)
 * // => { first: …, last: …, from: "2026-12-24", to: "2026-12-26" }
 */
export function resolveDates(item: DateItem, defaultYear: number): { first: number; last: number; from: string; to: string } | string {
  const key = (p: DatePoint) => p.month * 100 + p.day;
  let fromYear = item.from.year;
  let toYear = item.to.year;
  const forward = key(item.from) <= key(item.to);
  if (fromYear === null && toYear === null) {
    fromYear = defaultYear;
    toYear = forward ? defaultYear : defaultYear + 1;
  } else if (fromYear === null) fromYear = forward ? toYear! : toYear! - 1;
  else if (toYear === null) toYear = forward ? fromYear : fromYear + 1;
  for (const year of [fromYear, toYear!]) {
    if (year < FIRST_SUPPORTED_YEAR || year > LAST_SUPPORTED_YEAR) return `året ${year} ligger utanför ${FIRST_SUPPORTED_YEAR}–${LAST_SUPPORTED_YEAR}`;
  }
  const first = dayNumberOf(item.from, fromYear!);
  if (typeof first === "string") return first;
  const last = dayNumberOf(item.to, toYear!);
  if (typeof last === "string") return last;
  if (last < first) return `${formatPlainDate(last)} kommer före ${formatPlainDate(first)}`;
  return { first, last, from: formatPlainDate(first), to: formatPlainDate(last) };
}

const WEEKDAY_NAMES = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"];
const MONTH_NAMES = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];

function dayNumberOf(point: DatePoint, year: number): number | string {
  if (point.day > daysInMonth(year, point.month)) return `${point.day} ${MONTH_NAMES[point.month - 1]} ${year} finns inte`;
  const dayNumber = daysFromCivil(year, point.month, point.day);
  if (point.weekday !== null && weekdayOf(dayNumber) !== point.weekday) {
    return `${WEEKDAY_NAMES[point.weekday - 1]} ${point.day} ${MONTH_NAMES[point.month - 1]} stämmer inte med ${year}: då är det en ${WEEKDAY_NAMES[weekdayOf(dayNumber) - 1]} (ange rätt år)`;
  }
  return dayNumber;
}


/**
 * The named days (canonical keys) of a date.
 *
 * @example
 * namedDaysOn(daysFromCivil(2026, 12, 24)) // => ["julafton"]
 */
export function namedDaysOn(dayNumber: number, calendar: CalendarCode = "SE"): readonly NamedDay[] {
  return calendarDayOf(dayNumber, calendar).namedDays;
}

const KIND_WORDS = { publicHoliday: "en helgdag", workFreeEve: "en arbetsfri afton", bridgeDay: "en klämdag", dayBeforeRedDay: "dag före helgdag", dayBeforeEve: "dag före afton" } as const;

/**
 * Why a date cannot carry the special days written beside it ("Söndag 6.12
 * Självständighetsdagen", "Onsdag 23.12 Dag före helg"), or null: the date must be that day.
 * The day before a holiday and the day before an eve are one for this check: Finland's "dag
 * före helg" is written for 23 December, the day before julafton.
 *
 * @example
 * dateLabelProblem(daysFromCivil(2026, 12, 24), [{ kind: "named", name: "julafton" }], "SE") // => null
 */
export function dateLabelProblem(dayNumber: number, labels: readonly SpecialDay[], calendar: CalendarCode): string | null {
  const day = calendarDayOf(dayNumber, calendar);
  for (const label of labels) {
    if (label.kind === "named") {
      if (!day.namedDays.includes(label.name)) return `${day.date} är inte ${label.name}`;
      continue;
    }
    const fits =
      label.dayKind === "publicHoliday" ? day.publicHoliday !== null
      : label.dayKind === "workFreeEve" ? day.workFreeEve !== null
      : label.dayKind === "bridgeDay" ? day.bridgeDay
      : day.dayBeforeRedDay || day.dayBeforeEve;
    if (!fits) return `${day.date} är inte ${KIND_WORDS[label.dayKind]}`;
  }
  return null;
}
