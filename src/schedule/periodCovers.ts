import { civilFromDays, parsePlainDate } from "../calendar/plainDate";
import { isoWeekOf } from "../calendar/isoWeek";
import type { PeriodConfig } from "./schema";

/**
 * Whether a period covers a date: an ISO week range, odd or even ISO weeks (or both: the odd
 * weeks of a range), a yearly MM-DD range or a full date range; week and yearly ranges may
 * wrap the new year (`52`–`2`, `"12-20"`–`"01-06"`). Parity is the ISO week number's: week 53
 * is odd, so weeks 53 and 1 are both odd, as Swedish pages mean "udda veckor".
 *
 * @example
 * const summer = periodCovers({ weeks: { from: 25, to: 32 }, hours: {} });
 * summer(parsePlainDate("2026-06-15")) // => true (week 25)
 * summer(parsePlainDate("2026-08-10")) // => false (week 33)
 * periodCovers({ weeks: { parity: "odd" }, hours: {} })(parsePlainDate("2026-01-01")) // => true (week 1)
 */
export function periodCovers(period: Pick<PeriodConfig, "weeks" | "dates">): (dayNumber: number) => boolean {
  if (period.weeks) {
    const { from, to, parity } = period.weeks;
    const remainder = parity === undefined ? -1 : parity === "odd" ? 1 : 0;
    return (dayNumber) => {
      const week = isoWeekOf(dayNumber).week;
      if (remainder >= 0 && week % 2 !== remainder) return false;
      if (from === undefined || to === undefined) return true;
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
