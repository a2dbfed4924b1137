import { formatPlainDate, weekdayOf } from "../calendar/plainDate";
import type { Schedule } from "../schedule/createSchedule";
import { rangeOf, sameRanges } from "../schemaOrg/specialOpeningHours";
import { formatMinutes, type MinuteRange } from "../schedule/timeRange";
import { mergeRanges } from "../exports/osmHours";
import type { GoogleSpecialHourPeriod } from "./googleBusinessTypes";
import { closeOf, googleDate, timeOfDay } from "./googleTimes";

const MINUTES_PER_DAY = 24 * 60;
/** Google: a special period closes by 11:59 the day after its start date at the latest. */
const LATEST_CLOSE = MINUTES_PER_DAY + 11 * 60 + 59;

/**
 * `specialHourPeriods` for every date of `first`…`last` whose hours differ from the regular
 * week's for its weekday (`week`, Monday first): red days, eves, named days, periods,
 * exceptions, bridge days. One period per open interval (an interval past midnight has the
 * next day as `endDate`; a whole day is 00:00–24:00), or `closed: true` for a closed date.
 * On such a date Google takes these periods in place of the regular ones.
 *
 * Throws `RangeError` for an interval a special period cannot express: one longer than 24
 * hours, or closing after 11:59 the next day.
 *
 * @example
 * googleSpecialHours(createSchedule(presets.arjeplog), weeklyRanges(presets.arjeplog), daysFromCivil(2026, 12, 23), daysFromCivil(2026, 12, 24))
 * // => [{ startDate: { year: 2026, month: 12, day: 23 }, openTime: { hours: 8, minutes: 0 }, endDate: { year: 2026, month: 12, day: 23 }, closeTime: { hours: 12, minutes: 0 } },
 * //     { startDate: { year: 2026, month: 12, day: 24 }, endDate: { year: 2026, month: 12, day: 24 }, closed: true }]
 */
export function googleSpecialHours(schedule: Schedule, week: readonly (readonly MinuteRange[])[], first: number, last: number): GoogleSpecialHourPeriod[] {
  const periods: GoogleSpecialHourPeriod[] = [];
  for (let dayNumber = first; dayNumber <= last; dayNumber++) {
    const day = schedule.day(formatPlainDate(dayNumber));
    const ranges = mergeRanges(day.intervals.map(rangeOf));
    if (sameRanges(ranges, week[weekdayOf(dayNumber) - 1]!)) continue;
    const date = googleDate(dayNumber);
    if (ranges.length === 0) periods.push({ startDate: date, endDate: date, closed: true });
    for (const range of ranges) {
      checkExpressible(range, day.date);
      const close = closeOf(range);
      periods.push({ startDate: date, openTime: timeOfDay(range.from), endDate: close.daysLater === 0 ? date : googleDate(dayNumber + 1), closeTime: close.time });
    }
  }
  return periods;
}

function checkExpressible(range: MinuteRange, date: string): void {
  const hours = `${formatMinutes(range.from)}–${formatMinutes(range.to)}`;
  if (range.to - range.from > MINUTES_PER_DAY) {
    throw new RangeError(`toGoogleBusinessHours: ${date} is open ${hours}, longer than 24 hours, which a Google special hour period cannot express`);
  }
  if (range.to > LATEST_CLOSE) {
    throw new RangeError(`toGoogleBusinessHours: ${date} is open ${hours}, past 11:59 the next day, which a Google special hour period cannot express`);
  }
}
