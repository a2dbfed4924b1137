import type { DayHours } from "../schedule/createSchedule";
import type { Language } from "../schedule/rules";
import { describeDate } from "../texts/describeWhen";
import { formatIntervals } from "../texts/formatHours";
import { capitalize, inRunningText } from "../texts/words";

/*
 * A day's hours as the chat tools word them (is_open for a date, hours_on, week, deviations).
 */

/**
 * One day on a line: `Torsdag 24 december 2026: stängt (julafton)` — the reason only for
 * days off the regular hours; the year only when asked for.
 *
 * @example
 * dayLine(schedule.day("2026-12-24"), "sv", true) // => "Torsdag 24 december 2026: stängt (julafton)"
 */
export function dayLine(day: DayHours, language: Language, withYear: boolean): string {
  return `${capitalize(dayDate(day, language, withYear))}: ${formatIntervals(day.intervals, language)}${dayReason(day, language)}`;
}

/**
 * A whole day as a sentence: `Torsdag 24 december 2026 har vi stängt (julafton).`
 *
 * @example
 * daySentence(schedule.day("2026-12-24"), "en") // => "On Thursday 24 December 2026 we are closed (Christmas Eve)."
 */
export function daySentence(day: DayHours, language: Language): string {
  const when = dayDate(day, language, true);
  const open = day.intervals.length > 0;
  const hours = formatIntervals(day.intervals, language);
  if (language === "sv") return `${capitalize(when)} har vi ${open ? `öppet ${hours}` : "stängt"}${dayReason(day, language)}.`;
  return `On ${when} we are ${open ? `open ${hours}` : "closed"}${dayReason(day, language)}.`;
}

function dayDate(day: DayHours, language: Language, withYear: boolean): string {
  const [year, month, dayOfMonth] = day.date.split("-").map(Number) as [number, number, number];
  return describeDate({ year, month, day: dayOfMonth, weekday: day.weekday }, language, withYear);
}

function dayReason(day: DayHours, language: Language): string {
  if (day.rule.kind === "weekly") return "";
  const label = day.rule.labels[language];
  return ` (${day.rule.kind === "exception" ? label : inRunningText(label, language)})`;
}
