import { describe, formatPlainDate, MS_PER_DAY } from "../calendar/plainDate";
import type { Place } from "../contacts/place";
import { checkDayWindow, checkOptionKeys } from "../exports/checkArguments";
import { weeklyRanges } from "../exports/weeklyRanges";
import type { Schedule } from "../schedule/createSchedule";
import { createZone } from "../zone/zone";
import type { GoogleBusinessHours } from "./googleBusinessTypes";
import { googleRegularHours } from "./googleRegularHours";
import { googleSpecialHours } from "./googleSpecialHours";

/** Options of `toGoogleBusinessHours`. */
export interface GoogleBusinessHoursOptions {
  /** First date whose special hours are written, `YYYY-MM-DD` (default: today in the schedule's zone). */
  from?: string;
  /** How many dates from `from` on get special hours: a whole number 1–1096 (default 365). */
  days?: number;
}

/**
 * The longest window, in days: any three calendar years, a leap day included (as the other exports).
 *
 * @example
 * toGoogleBusinessHours(schedule, { from: "2026-01-01", days: MAX_GOOGLE_BUSINESS_DAYS }) // 2026-01-01 … 2028-12-31
 */
export const MAX_GOOGLE_BUSINESS_DAYS = 3 * 365 + 1;
const DEFAULT_DAYS = 365;
const OPTION_KEYS = ["from", "days"] as const;

/**
 * A schedule's hours as the `regularHours` and `specialHours` of a Google Business Profile
 * location (Business Information API v1, `locations.patch` with
 * `updateMask=regularHours,specialHours`):
 *
 * - `regularHours.periods`: the weekly hours (`weekly`), one `TimePeriod` per interval. A lunch
 *   break is two periods; hours past midnight close on the next day; the end of a day is 24:00.
 *   Google has no seasonal regular hours, so periods (summer weeks) are special hours.
 * - `specialHours.specialHourPeriods`: every date of [`from`, `from` + `days`) whose hours
 *   differ from the weekly hours of its weekday (red days, eves, named days, periods,
 *   exceptions, bridge days): a period per interval (`endDate` the next day past midnight;
 *   a whole day 00:00–24:00), or `closed: true`. On such a date Google shows these periods
 *   in place of the regular ones.
 *
 * Times always carry both `hours` and `minutes` (Google's own JSON leaves zeros out; it reads
 * both). Dates are the schedule's zone's. After the window Google shows the regular week
 * without red days: push the hours again before the window ends.
 *
 * `schedule` may also be an Organization or one of its units (as for `toSchemaOrg`): its hours.
 * Throws `TypeError` for a missing or mistyped argument or an unknown option; `RangeError` for
 * an impossible date, a `days` that is not a whole number 1–1096, a window outside 2005–2100,
 * or a special date open longer than 24 hours or past 11:59 the next day (which Google's
 * special hours cannot say).
 *
 * @example
 * toGoogleBusinessHours(createSchedule(presets.arjeplog), { from: "2026-12-23", days: 2 })
 * // => { regularHours: { periods: [
 * //        { openDay: "MONDAY", openTime: { hours: 8, minutes: 0 }, closeDay: "MONDAY", closeTime: { hours: 12, minutes: 0 } }, …] },
 * //      specialHours: { specialHourPeriods: [
 * //        { startDate: { year: 2026, month: 12, day: 23 }, openTime: { hours: 8, minutes: 0 }, endDate: { year: 2026, month: 12, day: 23 }, closeTime: { hours: 12, minutes: 0 } },
 * //        { startDate: { year: 2026, month: 12, day: 24 }, endDate: { year: 2026, month: 12, day: 24 }, closed: true }] } }
 *
 * @example
 * // A unit of an organisation, for a year from today:
 * const body = toGoogleBusinessHours(kommun.unit("biblioteket"));
 * // PATCH https://mybusinessbusinessinformation.googleapis.com/v1/locations/{id}?updateMask=regularHours,specialHours
 */
export function toGoogleBusinessHours(schedule: Schedule | Place, options: GoogleBusinessHoursOptions = {}): GoogleBusinessHours {
  const hours = scheduleOf(schedule);
  checkOptionKeys(options, OPTION_KEYS, "toGoogleBusinessHours", `{ from?: "YYYY-MM-DD", days?: 1–${MAX_GOOGLE_BUSINESS_DAYS} }`);
  const { from = today(hours.timeZone), days = DEFAULT_DAYS } = options;
  const { first, last } = checkDayWindow(from, days, MAX_GOOGLE_BUSINESS_DAYS, "toGoogleBusinessHours");
  const week = weeklyRanges(hours.config);
  return {
    regularHours: { periods: googleRegularHours(week) },
    specialHours: { specialHourPeriods: googleSpecialHours(hours, week, first, last) },
  };
}

/** Today's date in a zone, `YYYY-MM-DD`. */
function today(timeZone: string): string {
  return formatPlainDate(Math.floor(createZone(timeZone).epochToLocal(Date.now()) / MS_PER_DAY));
}

/** The schedule itself, or a place's (an Organization's or a unit's) hours. */
function scheduleOf(input: unknown): Schedule {
  const candidate = typeof input === "object" && input !== null && "hours" in input ? (input as { hours: unknown }).hours : input;
  const s = candidate as Partial<Schedule> | null;
  if (typeof s !== "object" || s === null || typeof s.day !== "function" || typeof s.config !== "object" || s.config === null || typeof s.timeZone !== "string") {
    throw new TypeError(
      `toGoogleBusinessHours: schedule must be a Schedule from createSchedule(config), or an Organization from createOrganization(config) or one of its units, got ${describe(input)}`,
    );
  }
  return s as Schedule;
}
