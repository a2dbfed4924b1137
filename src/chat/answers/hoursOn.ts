import type { Schedule } from "../../schedule/createSchedule";
import { dayResult, type DayResult } from "../dayResult";
import { dayLine } from "../dayText";
import type { ChatToolArgs } from "../tools";

/* The `hours_on` tool: one date's hours and its calendar facts. */

/**
 * `hours_on`: one date's hours, its Swedish calendar facts and a text.
 *
 * @example
 * callTool(kommun, "hours_on", { date: "2026-06-18" }).text // => "Torsdag 18 juni 2026: 08.00–12.00 (dag före afton)."
 */
export interface HoursOnResult extends DayResult {
  readonly calendar: {
    readonly isoWeek: number;
    readonly workFree: boolean;
    readonly redDay: boolean;
    /** The public holiday's name in the answer's language, or null. */
    readonly publicHoliday: string | null;
    readonly workFreeEve: string | null;
    readonly eve: string | null;
    readonly bridgeDay: boolean;
    readonly dayBeforeEve: boolean;
    readonly dayBeforeRedDay: boolean;
  };
  /** `Torsdag 24 december 2026: stängt (julafton).` */
  readonly text: string;
}

/**
 * Answers `hours_on` for a schedule: the date's intervals, rule, calendar facts and a text.
 *
 * @example
 * hoursOn(kommun.hours, { date: "2026-06-18", language: "sv" }).text // => "Torsdag 18 juni 2026: 08.00–12.00 (dag före afton)."
 */
export function hoursOn(schedule: Schedule, args: ChatToolArgs["hours_on"]): HoursOnResult {
  const { language } = args;
  const day = schedule.day(args.date);
  const { calendar } = day;
  return {
    ...dayResult(day, language),
    calendar: {
      isoWeek: calendar.isoWeek,
      workFree: calendar.workFree,
      redDay: calendar.redDay,
      publicHoliday: calendar.names.publicHoliday?.[language] ?? null,
      workFreeEve: calendar.names.workFreeEve?.[language] ?? null,
      eve: calendar.names.eve?.[language] ?? null,
      bridgeDay: calendar.bridgeDay,
      dayBeforeEve: calendar.dayBeforeEve,
      dayBeforeRedDay: calendar.dayBeforeRedDay,
    },
    text: `${dayLine(day, language, true)}.`,
  };
}
