import { civilFromDays, parsePlainDate } from "../calendar/plainDate";
import { isoWeekOf } from "../calendar/isoWeek";
import type { PeriodConfig } from "./schema";

/**
 * Whether a period covers a date: an ISO week range, a yearly MM-DD range or a full date
 * range; week and yearly ranges may wrap the new year (`52`–`2`, `"12-20"`–`"01-06"`).
 *
 * @example
 * const summer = periodCovers({ weeks: { from: 25, to: 32 }, hours: {} });
 * summer(parsePlainDate("2026-06-15")) // => true (week 25)
 * summer(parsePlainDate("2026-08-10")) // => false (week 33)
 */
export function periodCovers(period: PeriodConfig): (dayNumber: number) => boolean {
  if (period.weeks) {
    const { from, to } = period.weeks;
    return (dayNumber) => {
      const week = isoWeekOf(dayNumber).week;
      return from <= to ? week >= from && week <= to : week >= from || week <= to;
    };
  }
  const { from, to } = period.dates!;
  if (from.length === 10) {
    const first = parsePlainDate(from);
    const last = parsePlainDate(to);
    return (dayNumber) => dayNumber >= first && dayNumber <= last;
  }
  const toKey = (text: string) => Number(text.slice(0, 2)) * 100 + Number(text.slice(3, 5));
  const first = toKey(from);
  const last = toKey(to);
  return (dayNumber) => {
    const { month, day } = civilFromDays(dayNumber);
    const key = month * 100 + day;
    return first <= last ? key >= first && key <= last : key >= first || key <= last;
  };
}
