import { MS_PER_DAY } from "../calendar/plainDate";
import type { MinuteRange } from "../schedule/timeRange";
import type { Zone } from "../zone/zone";
import { MINUTES_PER_DAY, ownPart, spillPart, type WindowHours } from "./osmHours";
import { ruleSelects, type OsmRule } from "./osmRule";

/*
 * How opening_hours.js (OpenStreetMap's reference evaluator) reads a list of rules, minute by
 * wall-clock minute, so that the export can check its own output and repair it:
 *
 * - A rule "selects" a day by its dates and weekdays. The last normal (not additional) rule
 *   that selects a day replaces whatever the rules before it said about that day — the
 *   hours that earlier rules carry past midnight into it included.
 * - A rule whose hours run past 24:00 adds those hours to the next day, as long as no later
 *   rule replaces that day. Replacing the day the hours belong to does not take them back:
 *   in `Fr 22:00-26:00; 2026 Jun 19 off` Saturday 00:00-02:00 stays open.
 * - Whether a rule's night reaches into the instant `t` is decided by the date of `t − 24 h`
 *   (opening_hours.js shifts by 86 400 000 ms, not by one calendar day). On the day after the
 *   clocks go forward, the first hour after midnight therefore looks two days back; on the
 *   day the clocks go back, the last hour before midnight looks at the same day.
 */

/** A day's wall-clock minutes that happen, and the date whose night reaches into each. */
interface DayClock {
  /** Whether the minute exists (not skipped by a clock change). */
  readonly exists: (minute: number) => boolean;
  /** The date whose hours past midnight opening_hours.js applies at this minute. */
  readonly nightOf: (minute: number) => number;
}

/**
 * The dates of the window on which opening_hours.js, evaluating `rules` with the host in the
 * schedule's zone, would not give the schedule's hours (compared minute by minute).
 *
 * @example
 * mismatchedDays(rules, windowHours, createZone("Europe/Stockholm")) // => [] for an exact tag
 */
export function mismatchedDays(rules: readonly OsmRule[], window: WindowHours, zone: Zone): number[] {
  const parts = rules.map((rule) => ({ own: ownPart(rule.hours), spill: spillPart(rule.hours) }));
  const mismatched: number[] = [];
  for (let day = window.first; day <= window.last; day++) {
    const clock = dayClock(zone, day);
    const expected = new Uint8Array(MINUTES_PER_DAY);
    mark(expected, ownPart(window.hours(day)));
    mark(expected, spillPart(window.hours(day - 1)));

    const evaluated = new Uint8Array(MINUTES_PER_DAY);
    let from = 0;
    rules.forEach((rule, i) => {
      if (!rule.additional && ruleSelects(rule, day)) from = i;
    });
    for (let i = from; i < rules.length; i++) {
      const rule = rules[i]!;
      if (ruleSelects(rule, day)) mark(evaluated, parts[i]!.own);
      for (const range of parts[i]!.spill) {
        for (let m = range.from; m < range.to; m++) if (ruleSelects(rule, clock.nightOf(m))) evaluated[m] = 1;
      }
    }
    for (let m = 0; m < MINUTES_PER_DAY; m++) {
      if (expected[m] !== evaluated[m] && clock.exists(m)) {
        mismatched.push(day);
        break;
      }
    }
  }
  return mismatched;
}

function mark(minutes: Uint8Array, ranges: readonly MinuteRange[]): void {
  for (const range of ranges) minutes.fill(1, range.from, range.to);
}

/** The clock of a local date; a plain one unless the zone's offset changes within a day before or on it. */
function dayClock(zone: Zone, day: number): DayClock {
  const start = zone.localToEpoch(day * MS_PER_DAY);
  const end = zone.localToEpoch((day + 1) * MS_PER_DAY);
  if (zone.offsetAt(start - MS_PER_DAY) === zone.offsetAt(end)) return { exists: () => true, nightOf: () => day - 1 };
  const local = (minute: number) => day * MS_PER_DAY + minute * 60_000;
  return {
    exists: (minute) => zone.epochToLocal(zone.localToEpoch(local(minute))) === local(minute),
    nightOf: (minute) => Math.floor(zone.epochToLocal(zone.localToEpoch(local(minute)) - MS_PER_DAY) / MS_PER_DAY),
  };
}
