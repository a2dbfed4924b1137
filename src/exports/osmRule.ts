import { civilFromDays, pad2, weekdayOf } from "../calendar/plainDate";
import type { MinuteRange } from "../schedule/timeRange";
import { formatOsmTimes } from "./osmHours";

/** Every ISO weekday, as a `weekdays` bit set. */
export const ALL_WEEKDAYS = 0b111_1111;

/**
 * One rule of an `opening_hours` value: the dates and weekdays it selects and their hours.
 * A later rule that selects a day replaces what earlier rules said about that day.
 */
export interface OsmRule {
  /** The first and last date (day numbers, inclusive) it selects; `null` for every date. */
  readonly dates: { readonly first: number; readonly last: number } | null;
  /** The ISO weekdays it selects: bit `w − 1` for weekday `w` (Monday = 1). */
  readonly weekdays: number;
  /** The hours, merged; an end past 24:00 spills into the next day; `[]` is `off`. */
  readonly hours: readonly MinuteRange[];
  /** Joined to the rule before by `", "` — an additional rule, which adds instead of replacing. */
  readonly additional: boolean;
}

const WEEKDAY_NAMES = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"] as const;
const MONTH_NAMES = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/**
 * Whether a rule selects a date (its own hours apply that day).
 *
 * @example
 * ruleSelects({ dates: null, weekdays: 0b1, hours: [], additional: false }, 20458) // => true (a Monday)
 */
export function ruleSelects(rule: OsmRule, dayNumber: number): boolean {
  if (rule.dates && (dayNumber < rule.dates.first || dayNumber > rule.dates.last)) return false;
  return (rule.weekdays & (1 << (weekdayOf(dayNumber) - 1))) !== 0;
}

/**
 * The rules as one `opening_hours` value: `"; "` between rules, `", "` before an additional one.
 *
 * @example
 * joinOsmRules(rules) // => "Mo-Th 08:00-12:00,13:00-16:00; Fr 08:00-12:00,13:00-15:00; 2026 Dec 24 off"
 */
export function joinOsmRules(rules: readonly OsmRule[]): string {
  if (rules.length === 0) return "off";
  return rules.map((rule, i) => (i === 0 ? "" : rule.additional ? ", " : "; ") + formatOsmRule(rule)).join("");
}

/**
 * One rule in `opening_hours` syntax. Weekdays are left out of a date rule that selects all of them.
 *
 * @example
 * formatOsmRule({ dates: { first: 20619, last: 20672 }, weekdays: 0b1_1111, hours: [{ from: 540, to: 720 }], additional: false })
 * // => "2026 Jun 15-2026 Aug 07 Mo-Fr 09:00-12:00"
 */
export function formatOsmRule(rule: OsmRule): string {
  const parts: string[] = [];
  if (rule.dates) parts.push(formatOsmDateRange(rule.dates.first, rule.dates.last));
  if (!rule.dates || rule.weekdays !== ALL_WEEKDAYS) parts.push(formatOsmWeekdays(rule.weekdays));
  parts.push(formatOsmTimes(rule.hours));
  return parts.join(" ");
}

/**
 * A date or an inclusive date range: `2026 Dec 24`, `2026 Dec 24-26`, `2026 Jun 15-2026 Aug 07`
 * (opening_hours.js reads no other form of a range across months).
 *
 * @example
 * formatOsmDateRange(20811, 20812) // => "2026 Dec 24-25"
 */
export function formatOsmDateRange(first: number, last: number): string {
  const a = civilFromDays(first);
  const start = `${a.year} ${MONTH_NAMES[a.month - 1]} ${pad2(a.day)}`;
  if (last === first) return start;
  const b = civilFromDays(last);
  if (a.year === b.year && a.month === b.month) return `${start}-${pad2(b.day)}`;
  return `${start}-${b.year} ${MONTH_NAMES[b.month - 1]} ${pad2(b.day)}`;
}

/**
 * Weekdays as `Mo-Fr`, `Sa,Su`, `Mo-We,Fr`: runs of three or more days with a dash.
 *
 * @example
 * formatOsmWeekdays(0b001_0111) // => "Mo-We,Fr"
 */
export function formatOsmWeekdays(weekdays: number): string {
  const parts: string[] = [];
  for (let w = 0; w < 7; w++) {
    if (!(weekdays & (1 << w))) continue;
    let end = w;
    while (end + 1 < 7 && weekdays & (1 << (end + 1))) end++;
    if (end - w >= 2) parts.push(`${WEEKDAY_NAMES[w]}-${WEEKDAY_NAMES[end]}`);
    else for (let d = w; d <= end; d++) parts.push(WEEKDAY_NAMES[d]!);
    w = end;
  }
  return parts.join(",");
}
