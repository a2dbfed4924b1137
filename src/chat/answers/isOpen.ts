import type { Schedule } from "../../schedule/createSchedule";
import { statusSentence, statusText } from "../../texts/statusText";
import { isoInZone, readChatInstant } from "../../zone/isoInstant";
import { ruleResult, type RuleResult } from "../dayResult";
import { dayLine, daySentence } from "../dayText";
import type { ChatToolArgs } from "../tools";

/* The `is_open` tool: open or not at a moment, or on a date given alone. */

/**
 * `is_open`: open or not at a moment, and what to tell a person.
 *
 * @example
 * callTool(kommun, "is_open", { at: "2026-12-24T10:00" })
 * // => { at: "2026-12-24T10:00:00+01:00", timeZone: "Europe/Stockholm", open: false,
 * //      text: "Stängt idag, julafton · öppnar måndag 28 december 08.00", sentence: "Idag är det julafton, så vi har stängt. …",
 * //      nextOpening: "2026-12-28T08:00:00+01:00", nextClosing: "2026-12-28T12:00:00+01:00", rule: { kind: "workFreeEve", label: "Julafton" } }
 */
export interface IsOpenResult {
  /** The moment asked about, ISO-8601 with the zone's offset (for a date alone: its midnight). */
  readonly at: string;
  readonly timeZone: string;
  /**
   * Present when `at` was a date alone (`"2026-12-24"`): the answer is then for that
   * whole day — `open` says whether it opens at all that day, `text`, `sentence` and
   * `rule` give the day's hours and the rule behind them.
   */
  readonly date?: string;
  readonly open: boolean;
  /** Short status: `Stängt idag, julafton · öppnar måndag 28 december 08.00`. */
  readonly text: string;
  /** Whole sentences for a chat reply. */
  readonly sentence: string;
  readonly nextOpening: string | null;
  readonly nextClosing: string | null;
  readonly rule: RuleResult;
}

/**
 * Answers `is_open` for a schedule (SPEC §3): the status at `at` (default: now), or for a
 * date alone the whole day.
 *
 * @example
 * isOpen(kommun.hours, { at: "2026-12-24T10:00", language: "sv" }, () => new Date()).open // => false
 */
export function isOpen(schedule: Schedule, args: ChatToolArgs["is_open"], now: () => Date): IsOpenResult {
  const { language } = args;
  const asked = args.at === undefined ? { at: now(), date: null } : readChatInstant(args.at, schedule.timeZone, "at", now().getTime());
  const { at } = asked;
  const status = schedule.status(at);
  if (asked.date !== null) {
    // A date alone ("is it open on Friday?"): the answer is for the day, not its midnight.
    const day = schedule.day(asked.date);
    return {
      at: isoInZone(at, schedule.timeZone)!,
      timeZone: schedule.timeZone,
      date: asked.date,
      open: day.intervals.length > 0,
      text: `${dayLine(day, language, true)}.`,
      sentence: daySentence(day, language),
      nextOpening: isoInZone(status.nextOpening, schedule.timeZone),
      nextClosing: isoInZone(status.nextClosing, schedule.timeZone),
      rule: ruleResult(day.rule, language),
    };
  }
  return {
    at: isoInZone(at, schedule.timeZone)!,
    timeZone: schedule.timeZone,
    open: status.open,
    text: statusText(schedule, at, { language }),
    sentence: statusSentence(schedule, at, { language }),
    nextOpening: isoInZone(status.nextOpening, schedule.timeZone),
    nextClosing: isoInZone(status.nextClosing, schedule.timeZone),
    rule: ruleResult(status.rule, language),
  };
}
