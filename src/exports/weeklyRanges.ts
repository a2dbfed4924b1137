import type { ScheduleConfig } from "../schedule/schema";
import { WEEKDAYS } from "../schedule/ruleKinds";
import { parseTimeRange, type MinuteRange } from "../schedule/timeRange";
import { mergeRanges } from "./osmHours";

/**
 * The regular weekly hours of a validated config, Monday first: each weekday's ranges sorted,
 * touching ones joined (as the schedule reads them), a weekday without hours empty.
 *
 * @example
 * weeklyRanges(presets.arjeplog)[4] // => [{ from: 480, to: 720 }, { from: 780, to: 900 }] (Friday 08–12, 13–15)
 */
export function weeklyRanges(config: Readonly<ScheduleConfig>): MinuteRange[][] {
  return WEEKDAYS.map((key) => mergeRanges((config.weekly?.[key] ?? []).map((text) => parseTimeRange(text) as MinuteRange)));
}
