import type { DayHours, DayInterval, Schedule } from "./createSchedule";
import { readRuleHours } from "./ruleHours";
import type { Rule } from "./rules";
import { formatMinutes } from "./timeRange";

/** Why a date has the hours it has: the rule the engine picked (SPEC §7) and what it replaces. */
export interface DayExplanation {
  /** The date, `YYYY-MM-DD`. */
  readonly date: string;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  /** The date's open intervals; empty when closed all day. */
  readonly intervals: readonly DayInterval[];
  /** The rule in force: its kind (`"weekly"`, `"period"`, `"publicHoliday"`, `"workFreeEve"`, `"bridgeDay"`, …) and label. */
  readonly rule: Rule;
  /** The regular weekly hours of the weekday (what the date would have under `weekly`). */
  readonly regular: readonly DayInterval[];
  /** The weekly hours the rule replaces; null when the weekly hours are the rule in force. */
  readonly overrides: readonly DayInterval[] | null;
  /** Whether the hours differ from the weekly ones (a rule may match and keep the same hours). */
  readonly differs: boolean;
  /** The whole day, as `schedule.day(date)` (calendar facts included). */
  readonly day: DayHours;
}

/**
 * Says for a date its hours, the rule in force (the one the engine picked, SPEC §7) with its
 * label, and the weekly hours it overrides. Throws `RangeError` for a malformed date or a
 * year outside 1900–2100, like `schedule.day`.
 *
 * @example
 * const why = explainDay(createSchedule(presets.arjeplog), "2026-12-23");
 * why.rule.kind // => "dayBeforeEve"
 * why.intervals // => [{ from: "08:00", to: "12:00" }]
 * why.overrides // => [{ from: "08:00", to: "12:00" }, { from: "13:00", to: "16:00" }]
 */
export function explainDay(schedule: Schedule, date: string): DayExplanation {
  const day = schedule.day(date);
  const regular = weeklyHours(schedule, day.weekday);
  const same = day.intervals.length === regular.length && day.intervals.every((interval, i) => interval.from === regular[i]!.from && interval.to === regular[i]!.to);
  return Object.freeze({
    date: day.date,
    weekday: day.weekday,
    intervals: day.intervals,
    rule: day.rule,
    regular,
    overrides: day.rule.kind === "weekly" ? null : regular,
    differs: !same,
    day,
  });
}

/** The weekly hours of an ISO weekday as the config gives them (validated: hours per weekday). */
function weeklyHours(schedule: Schedule, weekday: number): readonly DayInterval[] {
  const form = readRuleHours(schedule.config.weekly ?? {});
  const ranges = form.form === "week" ? (form.days[weekday - 1] ?? []) : [];
  return Object.freeze(ranges.map((range) => Object.freeze({ from: formatMinutes(range.from), to: formatMinutes(range.to) })));
}
