import { daysFromCivil } from "../calendar/plainDate";
import { periodCovers } from "../schedule/periodCovers";
import { FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR } from "../calendar/supportedYears";
import type { PeriodConfig } from "../schedule/schema";

/** A run of consecutive dates, as day numbers (both inclusive). */
export interface DateRun {
  readonly first: number;
  readonly last: number;
}

/**
 * The concrete occurrences of a period that overlap the dates `first`…`last`: each a whole run
 * of consecutive dates the period covers, also where it reaches beyond the window (weeks 25–32
 * of 2026 are 2026-06-15…2026-08-09 whichever part of them the window holds). A run is cut at
 * the supported years (2005–2100), so a period that covers every date is one run.
 *
 * @example
 * periodOccurrences({ weeks: { from: 25, to: 32 }, hours: {} }, daysFromCivil(2026, 7, 1), daysFromCivil(2026, 7, 31))
 * // => [{ first: daysFromCivil(2026, 6, 15), last: daysFromCivil(2026, 8, 9) }]
 * periodOccurrences({ dates: { from: "12-20", to: "01-06" }, hours: {} }, daysFromCivil(2026, 1, 1), daysFromCivil(2026, 12, 31))
 * // => [2025-12-20…2026-01-06, 2026-12-20…2027-01-06] (as day numbers)
 */
export function periodOccurrences(period: PeriodConfig, first: number, last: number): DateRun[] {
  const covers = periodCovers(period);
  const firstDay = daysFromCivil(FIRST_SUPPORTED_YEAR, 1, 1);
  const lastDay = daysFromCivil(LAST_SUPPORTED_YEAR, 12, 31);
  const runs: DateRun[] = [];
  for (let day = Math.max(first, firstDay); day <= Math.min(last, lastDay); day++) {
    if (!covers(day)) continue;
    let start = day;
    while (start > firstDay && covers(start - 1)) start--;
    let end = day;
    while (end < lastDay && covers(end + 1)) end++;
    runs.push({ first: start, last: end });
    day = end;
  }
  return runs;
}
