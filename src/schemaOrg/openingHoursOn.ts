import { formatPlainDate, weekdayOf } from "../calendar/plainDate";
import type { MinuteRange } from "../schedule/timeRange";
import { rangeOfOpensCloses } from "./openingHoursTimes";

/** The fields of a schema.org `OpeningHoursSpecification` that this library writes and reads. */
export interface PlainOpeningHours {
  readonly "@type": "OpeningHoursSpecification";
  /** What the hours are for, for people ("Julafton"). */
  readonly name?: string;
  /** `"Monday"`, or as a reader may find it, `"https://schema.org/Monday"`; one or a list. */
  readonly dayOfWeek?: string | readonly string[];
  readonly opens: string;
  readonly closes: string;
  /** First date, `YYYY-MM-DD` (inclusive). */
  readonly validFrom?: string;
  /** Last date, `YYYY-MM-DD` (inclusive). */
  readonly validThrough?: string;
}

const DAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;

/**
 * A date's hours as a reader of the JSON-LD sees them, by Google's documented rules:
 *
 * 1. If a `specialOpeningHoursSpecification` is valid on the date (`validFrom` ≤ date ≤
 *    `validThrough`), those entries alone decide it (schema.org: special hours "override
 *    general opening hours brought in scope by openingHoursSpecification").
 * 2. Otherwise the `openingHoursSpecification` entries for the date's weekday decide it. Where
 *    some of them are dated (`validFrom`/`validThrough` around the date: seasonal hours) and
 *    others are not, the dated ones replace the year-round ones for that date.
 *
 * `"00:00"`–`"00:00"` means closed; `"00:00"`–`"23:59"` the whole day; a `closes` not after
 * `opens` is on the next day (the range then ends past 24:00). Ranges come back in order.
 *
 * @example
 * openingHoursOn(jsonLd.openingHoursSpecification, jsonLd.specialOpeningHoursSpecification, daysFromCivil(2026, 12, 23))
 * // => [{ from: 480, to: 720 }] (08:00–12:00, a day before eve)
 */
export function openingHoursOn(
  regular: readonly PlainOpeningHours[],
  special: readonly PlainOpeningHours[],
  dayNumber: number,
): MinuteRange[] {
  const date = formatPlainDate(dayNumber);
  const weekday = DAY_NAMES[weekdayOf(dayNumber) - 1]!;
  const applies = (spec: PlainOpeningHours) => isValidOn(spec, date) && isForWeekday(spec, weekday);
  const specialToday = special.filter(applies);
  if (specialToday.length > 0) return rangesOf(specialToday);
  const regularToday = regular.filter(applies);
  const dated = regularToday.filter(isDated);
  return rangesOf(dated.length > 0 ? dated : regularToday);
}

function isDated(spec: PlainOpeningHours): boolean {
  return spec.validFrom !== undefined || spec.validThrough !== undefined;
}

function isValidOn(spec: PlainOpeningHours, date: string): boolean {
  return (spec.validFrom === undefined || spec.validFrom.slice(0, 10) <= date) && (spec.validThrough === undefined || date <= spec.validThrough.slice(0, 10));
}

/** Without `dayOfWeek`, an entry is for every day (seasonal or special hours). */
function isForWeekday(spec: PlainOpeningHours, weekday: string): boolean {
  if (spec.dayOfWeek === undefined) return true;
  const days: readonly string[] = typeof spec.dayOfWeek === "string" ? [spec.dayOfWeek] : (spec.dayOfWeek as readonly string[]);
  return days.some((day) => day === weekday || day === `https://schema.org/${weekday}` || day === `http://schema.org/${weekday}`);
}

function rangesOf(specs: readonly PlainOpeningHours[]): MinuteRange[] {
  return specs
    .map((spec) => rangeOfOpensCloses(spec.opens, spec.closes))
    .filter((range): range is MinuteRange => range !== null)
    .sort((a, b) => a.from - b.from || a.to - b.to);
}
