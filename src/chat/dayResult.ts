import type { DayHours, DayInterval } from "../schedule/createSchedule";
import type { RuleKind } from "../schedule/ruleKinds";
import type { Language, Rule } from "../schedule/rules";
import { formatIntervals } from "../texts/formatHours";
import { WEEKDAY_NAMES } from "../texts/words";

/*
 * A date's hours and its rule as answers give them, in the answer's language: the chat tools
 * (hours_on, week, deviations) and the service (/days, /deviations, /status) answer alike.
 */

/**
 * The rule that decides a day, with its label in the answer's language.
 *
 * @example
 * callTool(kommun, "hours_on", { date: "2026-12-24" }).rule // => { kind: "workFreeEve", label: "Julafton" }
 */
export interface RuleResult {
  readonly kind: RuleKind;
  readonly label: string;
}

/**
 * One date's hours.
 *
 * @example
 * callTool(kommun, "week", { date: "2026-12-23" }).days[2]
 * // => { date: "2026-12-23", weekday: "onsdag", open: true, intervals: [{ from: "08:00", to: "12:00" }],
 * //      hours: "08.00–12.00", rule: { kind: "dayBeforeEve", label: "Dag före afton" }, note: "Dag före afton" }
 */
export interface DayResult {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** The weekday's name in the answer's language: `torsdag`, `Thursday`. */
  readonly weekday: string;
  readonly open: boolean;
  /** Local wall-clock intervals, `{ from: "08:00", to: "12:00" }`; an end past midnight reads `"26:00"`. */
  readonly intervals: readonly DayInterval[];
  /** `08.00–12.00 och 13.00–16.00`, or `stängt`. */
  readonly hours: string;
  readonly rule: RuleResult;
  /** The rule's label when the day does not follow the regular weekly hours, else null. */
  readonly note: string | null;
}

/**
 * A rule as answers give it: kind and label in the answer's language.
 *
 * @example
 * ruleResult(schedule.day("2026-12-24").rule, "sv") // => { kind: "workFreeEve", label: "Julafton" }
 */
export function ruleResult(rule: Rule, language: Language): RuleResult {
  return { kind: rule.kind, label: rule.labels[language] };
}

/**
 * One date's hours as answers give them: `{ date, weekday, open, intervals, hours, rule, note }`.
 *
 * @example
 * dayResult(schedule.day("2026-12-24"), "sv").hours // => "stängt"
 */
export function dayResult(day: DayHours, language: Language): DayResult {
  return {
    date: day.date,
    weekday: WEEKDAY_NAMES[language][day.weekday - 1]!,
    open: day.intervals.length > 0,
    intervals: day.intervals.map((interval) => ({ from: interval.from, to: interval.to })),
    hours: formatIntervals(day.intervals, language),
    rule: ruleResult(day.rule, language),
    note: day.rule.kind === "weekly" ? null : day.rule.labels[language],
  };
}
