import type { MinuteRange } from "../schedule/timeRange";
import type { GoogleTimePeriod } from "./googleBusinessTypes";
import { closeOf, GOOGLE_DAYS, timeOfDay } from "./googleTimes";

/**
 * The regular week (Monday first, as `weeklyRanges` reads it) as Google `TimePeriod`s, one per
 * interval: a lunch break makes two periods, hours past midnight close on the next day
 * (Sunday's on Monday), and the end of a day is `closeTime` 24:00. A weekday without periods
 * is closed.
 *
 * @example
 * googleRegularHours([[{ from: 480, to: 990 }], [], [], [], [], [], []])
 * // => [{ openDay: "MONDAY", openTime: { hours: 8, minutes: 0 }, closeDay: "MONDAY", closeTime: { hours: 16, minutes: 30 } }]
 */
export function googleRegularHours(week: readonly (readonly MinuteRange[])[]): GoogleTimePeriod[] {
  return week.flatMap((ranges, index) =>
    ranges.map((range) => {
      const close = closeOf(range);
      return { openDay: GOOGLE_DAYS[index]!, openTime: timeOfDay(range.from), closeDay: GOOGLE_DAYS[(index + close.daysLater) % 7]!, closeTime: close.time };
    }),
  );
}
