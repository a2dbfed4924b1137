import type { MinuteRange } from "../schedule/timeRange";
import type { Zone } from "../zone/zone";
import { mismatchedDays } from "./osmEvaluate";
import { mergeRanges, ownPart, spillPart, type WindowHours } from "./osmHours";
import { ALL_WEEKDAYS, type OsmRule } from "./osmRule";

/** Rounds of in-place repairs before the last resort. */
const REPAIR_ROUNDS = 3;

/**
 * The rules, changed so that opening_hours.js reads every date of the window as the schedule
 * has it (see `mismatchedDays`). A date it would read otherwise — typically one that replaces a
 * day and so drops the night of the day before — gets a rule spelling out its whole day, the
 * night before included (`2026 Apr 03 00:00-04:00` after Skärtorsdagen's night to 04:00):
 * in place of its own one-date rule, split off a run of dates, or inserted in date order.
 * Whatever is then still read otherwise (nights looked up 24 hours back around a clock
 * change can reach far) gets, last of all, a rule that ends at midnight, which changes no
 * other day. Throws if even that leaves a difference, which would be a bug.
 *
 * @example
 * repairedOsmRules([...weeklyRules, ...dateRules], windowHours, zone)
 */
export function repairedOsmRules(rules: readonly OsmRule[], window: WindowHours, zone: Zone): OsmRule[] {
  const fullDay = (day: number) => mergeRanges([...spillPart(window.hours(day - 1)), ...window.hours(day)]);
  let repaired = [...rules];
  for (let round = 0; round < REPAIR_ROUNDS; round++) {
    const days = mismatchedDays(repaired, window, zone);
    if (days.length === 0) return repaired;
    for (const day of days) repaired = withDay(repaired, day, fullDay(day));
  }
  const left = mismatchedDays(repaired, window, zone);
  repaired = [...repaired, ...left.map((day) => dateRule(day, day, ownPart(fullDay(day))))];
  const wrong = mismatchedDays(repaired, window, zone);
  if (wrong.length > 0) throw new Error(`toOpeningHoursTag: internal error, the tag is not exact on day number ${wrong[0]}`);
  return repaired;
}

/** The rules with one date's hours spelled out. */
function withDay(rules: readonly OsmRule[], day: number, hours: readonly MinuteRange[]): OsmRule[] {
  const result = [...rules];
  const own = result.findIndex((rule) => rule.dates?.first === day && rule.weekdays === ALL_WEEKDAYS);
  if (own >= 0) {
    const run = result[own]!;
    const rest = dateRule(day + 1, run.dates!.last, run.hours);
    const single = dateRule(day, day, hours);
    if (run.dates!.last === day) result[own] = single;
    // The rest of the run after the date, unless the date's night must reach into the rest.
    else result.splice(own, 1, ...(spillPart(hours).length === 0 ? [single, rest] : [rest, single]));
    return result;
  }
  // After every rule that starts on or before the date, so that none of them overrides it.
  let at = 0;
  result.forEach((rule, i) => {
    if (!rule.dates || rule.dates.first <= day) at = i + 1;
  });
  result.splice(at, 0, dateRule(day, day, hours));
  return result;
}

function dateRule(first: number, last: number, hours: readonly MinuteRange[]): OsmRule {
  return { dates: { first, last }, weekdays: ALL_WEEKDAYS, hours, additional: false };
}
