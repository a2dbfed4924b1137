import { describe } from "../calendar/plainDate";
import type { Schedule } from "../schedule/createSchedule";
import { compileRules } from "../schedule/rules";
import type { MinuteRange } from "../schedule/timeRange";
import { validateScheduleConfig } from "../schedule/validateScheduleConfig";
import { createZone } from "../zone/zone";
import { dateOsmRules } from "./osmDateRules";
import { mergeRanges, type WindowHours } from "./osmHours";
import { repairedOsmRules } from "./osmRepair";
import { joinOsmRules } from "./osmRule";
import { weeklyOsmRules } from "./osmWeeklyRules";
import { checkDateRange, checkOptionKeys } from "./checkArguments";
import { weeklyRanges } from "./weeklyRanges";

/** Options of `toOpeningHoursTag`. */
export interface OpeningHoursTagOptions {
  /** First date the tag must be exact for, `YYYY-MM-DD`. */
  from: string;
  /** Last date the tag must be exact for, `YYYY-MM-DD` (inclusive); at most 1096 days (three years) after `from`, counting both. */
  to: string;
}

/** The longest window, in days: any three calendar years, a leap day included. */
export const MAX_OPENING_HOURS_TAG_DAYS = 3 * 365 + 1;

const OPTION_KEYS = ["from", "to"] as const;

/**
 * A schedule as an OpenStreetMap `opening_hours` value, exact for the dates from `from` to
 * `to`: evaluated by opening_hours.js (the reference evaluator) with the host in the
 * schedule's zone, it is open at exactly the instants of the window where `schedule.isOpen`
 * is — holidays, eves, bridge days, periods and exceptions included. Outside the window it
 * repeats the weekly hours.
 *
 * The value starts with the regular weekly hours (`Mo-Th 08:00-12:00,13:00-16:00; Fr …`), then
 * every date in the window with other hours as a date rule, which replaces that day: weeks of
 * the same hours as one range (`2026 Jun 15-2026 Aug 07 Mo-Fr 09:00-12:00,13:00-15:00`),
 * single dates and runs of them (`2026 Dec 23 08:00-12:00; 2026 Dec 24-25 off`). Hours past
 * midnight are written past 24:00 (`22:00-26:00`).
 *
 * In `opening_hours` a rule replaces a day whole, the night that an earlier rule carries into
 * it included, while replacing a day does not take back that day's night in the next one. So
 * the weekly rules are ordered so that every night survives (`Su …; Sa 12:00-27:00` when
 * Saturday's night runs into Sunday), or joined as additional rules (`, `) when no order does;
 * and a date that would gain or lose a night gets a rule that spells its whole day out
 * (`2026 Apr 03 00:00-04:00`: a closed Långfredagen after Skärtorsdagen open to 04:00). Such
 * rules also cover opening_hours.js looking back 24 hours, not one day, for the night before:
 * on the day after the clocks go forward it finds the night of two days before.
 * The night of the day before `from` is part of the window.
 *
 * `opening_hours` is wall-clock time. A skipped hour (02:00–03:00 on the last Sunday of March
 * in Sweden) needs nothing special: an interval that ends in it ends at the jump in both. An
 * open or close time strictly inside a repeated hour (02:00–03:00 on the last Sunday of
 * October), which the schedule takes at its first occurrence, cannot be written: the tag
 * treats both occurrences alike. Times at the edges of that hour are exact.
 *
 * Throws `TypeError` for a missing or mistyped argument, `RangeError` for an impossible date,
 * `to` before `from`, a window over 1096 days or years outside 2005–2100.
 *
 * @example
 * toOpeningHoursTag(createSchedule(presets.arjeplog), { from: "2026-12-01", to: "2026-12-31" })
 * // => "Mo-Th 08:00-12:00,13:00-16:00; Fr 08:00-12:00,13:00-15:00; 2026 Dec 23 08:00-12:00;
 * //     2026 Dec 24-25 off; 2026 Dec 30 08:00-12:00; 2026 Dec 31 off"   (one line)
 *
 * @example
 * // Check it with opening_hours.js (npm `opening_hours`), the host in the schedule's zone:
 * new opening_hours(tag).getState(new Date("2026-12-24T10:00:00+01:00")) // => false
 */
export function toOpeningHoursTag(schedule: Schedule, options: OpeningHoursTagOptions): string {
  checkSchedule(schedule);
  const { first, last } = checkOptions(options);
  const config = validateScheduleConfig(schedule.config);
  const resolve = compileRules(config, "sv");
  const zone = createZone(schedule.timeZone);

  const table: (readonly MinuteRange[])[] = [];
  for (let day = first - 1; day <= last; day++) table.push(mergeRanges(resolve(day).hours));
  const window: WindowHours = { first, last, hours: (day) => table[day - first + 1]! };
  const week = weeklyRanges(config);

  const rules = [...weeklyOsmRules(week), ...dateOsmRules(window, week)];
  return joinOsmRules(repairedOsmRules(rules, window, zone));
}

function checkSchedule(schedule: unknown): asserts schedule is Schedule {
  const s = schedule as Partial<Schedule> | null;
  if (typeof s !== "object" || s === null || typeof s.config !== "object" || s.config === null || typeof s.timeZone !== "string") {
    throw new TypeError(`toOpeningHoursTag: schedule must be a Schedule from createSchedule(config), got ${describe(schedule)}`);
  }
}

function checkOptions(options: unknown): { first: number; last: number } {
  checkOptionKeys(options, OPTION_KEYS, "toOpeningHoursTag", '{ from: "YYYY-MM-DD", to: "YYYY-MM-DD" }');
  return checkDateRange(options.from, options.to, MAX_OPENING_HOURS_TAG_DAYS, "toOpeningHoursTag");
}
