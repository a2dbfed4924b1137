import { formatPlainDate, parsePlainDate, weekdayOf } from "../calendar/plainDate";
import type { DayHours, Schedule } from "../schedule/createSchedule";
import type { Language, Rule } from "../schedule/rules";
import { WEEKDAYS } from "../schedule/ruleKinds";
import { formatMinutes, parseTimeRange, type MinuteRange } from "../schedule/timeRange";
import { formatIntervals } from "./formatHours";
import { WEEKDAY_NAMES } from "./words";

/** One row of a table of days. */
export interface DayRow {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** The weekday's name: `måndag`. */
  readonly weekday: string;
  /** `08.00–12.00 och 13.00–16.00`, or `stängt`. */
  readonly hours: string;
  /** The rule behind the hours. */
  readonly rule: Rule;
  /** The rule's label when the day does not follow the regular weekly hours, else null. */
  readonly note: string | null;
  /** The day itself, as `schedule.day(date)`. */
  readonly day: DayHours;
}

/**
 * The seven days (Monday–Sunday) of the ISO week that contains a date.
 *
 * @example
 * weekTable(createSchedule(presets.arjeplog), "2026-12-23").map((r) => `${r.weekday} ${r.hours}`)
 * // => ["måndag 08.00–12.00 och 13.00–16.00", …, "onsdag 08.00–12.00", "torsdag stängt", …]
 */
export function weekTable(schedule: Schedule, date: string, options: { language?: Language } = {}): DayRow[] {
  const monday = parsePlainDate(date) - (weekdayOf(parsePlainDate(date)) - 1);
  return daysTable(schedule, formatPlainDate(monday), formatPlainDate(monday + 6), options);
}

/**
 * Every date from `from` to `to` (inclusive) with its hours and rule.
 * Throws `RangeError` for malformed dates or `to` before `from`.
 *
 * @example
 * daysTable(createSchedule(presets.arjeplog), "2026-12-24", "2026-12-24")[0].note // => "Julafton"
 */
export function daysTable(schedule: Schedule, from: string, to: string, options: { language?: Language } = {}): DayRow[] {
  const language = options.language ?? "sv";
  const first = parsePlainDate(from, "from");
  const last = parsePlainDate(to, "to");
  if (last < first) throw new RangeError(`"to" (${to}) is before "from" (${from})`);
  const rows: DayRow[] = [];
  for (let dayNumber = first; dayNumber <= last; dayNumber++) rows.push(dayRow(schedule.day(formatPlainDate(dayNumber)), language));
  return rows;
}

/**
 * The days among the next `days` from `from` whose hours differ from the regular weekly
 * hours of their weekday ("Avvikande öppettider"), each with its reason.
 *
 * @example
 * upcomingDeviations(createSchedule(presets.arjeplog), { from: "2026-12-21", days: 14 }).map((r) => r.date)
 * // => ["2026-12-23", "2026-12-24", "2026-12-25", "2026-12-30", "2026-12-31", "2027-01-01"]
 */
export function upcomingDeviations(schedule: Schedule, options: { from: string; days?: number; language?: Language }): DayRow[] {
  const days = options.days ?? 14;
  if (!Number.isInteger(days) || days < 1 || days > 3660) throw new RangeError(`days must be a whole number 1–3660, got ${String(days)}`);
  const first = parsePlainDate(options.from, "from");
  const weekly = schedule.config.weekly ?? {};
  return daysTable(schedule, options.from, formatPlainDate(first + days - 1), options).filter((row) => {
    if (row.rule.kind === "weekly") return false;
    const regular = weekly[WEEKDAYS[row.day.weekday - 1]!] ?? [];
    return formatIntervals(row.day.intervals, "en") !== formatIntervals(regular.map(toInterval), "en");
  });
}

function toInterval(text: string): { from: string; to: string } {
  const range = parseTimeRange(text) as MinuteRange; // validated config
  return { from: formatMinutes(range.from), to: formatMinutes(range.to) };
}

function dayRow(day: DayHours, language: Language): DayRow {
  return {
    date: day.date,
    weekday: WEEKDAY_NAMES[language][day.weekday - 1]!,
    hours: formatIntervals(day.intervals, language),
    rule: day.rule,
    note: day.rule.kind === "weekly" ? null : day.rule.labels[language],
    day,
  };
}
