import { daysFromCivil, daysInMonth, weekdayOf } from "../calendar/plainDate";
import { FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR } from "../calendar/supportedYears";
import type { DateItem } from "./dates";
import { resolveDates } from "./resolveDates";

/** How far from the asked year a weekday may move a date: a weekday repeats within 11 years. */
const MAX_DISTANCE = 11;

/**
 * "Lördag 24 december" with no year, where 24 December of `year` is not a Saturday: the year
 * nearest to `year` where every weekday written in the item is right (a page names the
 * weekday of the year it was written for). On a tie the earlier year wins: a page whose
 * weekdays do not fit this year is most often last year's page still online. Null when no
 * year fits, or the item gives a year or no weekday.
 *
 * @example
 * yearOfWeekdays({ from: { day: 24, month: 12, year: null, weekday: 6 }, to: … }, 2026) // => 2022
 */
export function yearOfWeekdays(item: DateItem, year: number): number | null {
  if (item.from.year !== null || item.to.year !== null) return null;
  if (item.from.weekday === null && item.to.weekday === null) return null;
  const wraps = item.to.month * 100 + item.to.day < item.from.month * 100 + item.from.day;
  const fits = (y: number): boolean => {
    if (y < FIRST_SUPPORTED_YEAR || y + (wraps ? 1 : 0) > LAST_SUPPORTED_YEAR) return false;
    const points = [{ ...item.from, y }, { ...item.to, y: wraps ? y + 1 : y }];
    return points.every((p) => p.day <= daysInMonth(p.y, p.month) && (p.weekday === null || weekdayOf(daysFromCivil(p.y, p.month, p.day)) === p.weekday));
  };
  for (let distance = 1; distance <= MAX_DISTANCE; distance++) {
    if (fits(year - distance)) return year - distance;
    if (fits(year + distance)) return year + distance;
  }
  return null;
}

/**
 * `resolveDates`, or, where the year is only assumed (the options', no heading's) and the
 * text's weekday does not fit it, the dates in the nearest year it fits; `assume` is told.
 *
 * @example
 * resolveDatesByWeekday(lördag24December, 2026, true, note) // => { from: "2022-12-24", … }; note("2022-12-24: veckodagen …")
 */
export function resolveDatesByWeekday(item: DateItem, year: number, yearAssumed: boolean, assume: (note: string) => void): ReturnType<typeof resolveDates> {
  const resolved = resolveDates(item, year);
  if (typeof resolved !== "string" || !yearAssumed) return resolved;
  const fitting = yearOfWeekdays(item, year);
  if (fitting === null) return resolved;
  const moved = resolveDates(item, fitting);
  if (typeof moved !== "string") assume(`${moved.from}: veckodagen stämmer inte med ${year}, men med ${fitting} (närmaste år där den stämmer)`);
  return moved;
}
