import type { Schedule } from "../../schedule/createSchedule";
import { weekTable, type DayRow } from "../../texts/weekTable";
import { localDateInZone } from "../../zone/isoInstant";
import { dayResult, type DayResult } from "../dayResult";
import { dayLine } from "../dayText";
import type { ChatToolArgs } from "../tools";

/* The `week` tool: the seven days of an ISO week. */

/**
 * `week`: the seven days of an ISO week.
 *
 * @example
 * const { isoWeek, from, to } = callTool(kommun, "week", { date: "2026-12-23" }); // 52, "2026-12-21", "2026-12-27"
 */
export interface WeekResult {
  readonly isoWeek: number;
  readonly isoWeekYear: number;
  /** The Monday. */
  readonly from: string;
  /** The Sunday. */
  readonly to: string;
  readonly days: readonly DayResult[];
  /** A heading and one line a day. */
  readonly text: string;
}

/**
 * Answers `week` for a schedule: Monday to Sunday of the ISO week of `date` (default: today).
 *
 * @example
 * week(kommun.hours, { date: "2026-12-23", language: "sv" }, () => new Date()).from // => "2026-12-21"
 */
export function week(schedule: Schedule, args: ChatToolArgs["week"], now: () => Date): WeekResult {
  const { language } = args;
  const date = args.date ?? localDateInZone(now(), schedule.timeZone);
  const rows: DayRow[] = weekTable(schedule, date, { language });
  const monday = rows[0]!.day;
  const heading = `${language === "sv" ? "Vecka" : "Week"} ${monday.calendar.isoWeek}:`;
  return {
    isoWeek: monday.calendar.isoWeek,
    isoWeekYear: monday.calendar.isoWeekYear,
    from: rows[0]!.date,
    to: rows[rows.length - 1]!.date,
    days: rows.map((row) => dayResult(row.day, language)),
    text: [heading, ...rows.map((row) => dayLine(row.day, language, false))].join("\n"),
  };
}
