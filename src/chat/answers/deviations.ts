import { formatPlainDate, parsePlainDate } from "../../calendar/plainDate";
import type { Schedule } from "../../schedule/createSchedule";
import { upcomingDeviations } from "../../texts/weekTable";
import { localDateInZone } from "../../zone/isoInstant";
import { dayResult, type DayResult } from "../dayResult";
import { dayLine } from "../dayText";
import { DEFAULT_DEVIATION_DAYS, type ChatToolArgs } from "../tools";

/* The `deviations` tool: the coming days with other hours than the regular week's. */

/**
 * `deviations`: the coming days with other hours than the regular weekly ones.
 *
 * @example
 * callTool(kommun, "deviations", { from: "2026-12-21", days: 14 }).deviations.map((d) => d.date)
 * // => ["2026-12-23", "2026-12-24", "2026-12-25", "2026-12-30", "2026-12-31", "2027-01-01"]
 */
export interface DeviationsResult {
  readonly from: string;
  readonly to: string;
  /** How many days were looked at. */
  readonly days: number;
  readonly deviations: readonly DayResult[];
  /** One line a day, or that there are none. */
  readonly text: string;
}

/**
 * Answers `deviations` for a schedule: the days from `from` (default: today) on, `days` of
 * them (default 30), whose hours differ from the regular week's.
 *
 * @example
 * deviations(kommun.hours, { from: "2026-12-21", days: 14, language: "sv" }, () => new Date()).deviations.length // => 6
 */
export function deviations(schedule: Schedule, args: ChatToolArgs["deviations"], now: () => Date): DeviationsResult {
  const { language } = args;
  const days = args.days ?? DEFAULT_DEVIATION_DAYS;
  const from = args.from ?? localDateInZone(now(), schedule.timeZone);
  const rows = upcomingDeviations(schedule, { from, days, language });
  const to = formatPlainDate(parsePlainDate(from, "from") + days - 1); // the last day looked at
  const fromYear = from.slice(0, 4);
  const text =
    rows.length === 0
      ? language === "sv"
        ? `Inga avvikande öppettider de närmaste ${days} dagarna.`
        : `No special opening hours in the next ${days} days.`
      : rows.map((row) => dayLine(row.day, language, row.date.slice(0, 4) !== fromYear)).join("\n");
  return { from, to, days, deviations: rows.map((row) => dayResult(row.day, language)), text };
}
