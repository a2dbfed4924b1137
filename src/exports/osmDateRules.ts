import { weekdayOf } from "../calendar/plainDate";
import type { MinuteRange } from "../schedule/timeRange";
import { hoursKey, spillPart, type WindowHours } from "./osmHours";
import { ALL_WEEKDAYS, type OsmRule } from "./osmRule";

/** A weekday-filtered date range (`2026 Jun 15-2026 Aug 07 Mo-Fr …`) spans at least this many days. */
const MIN_RANGE_DAYS = 14;
/** …and has at least this many dates per weekday it names, */
const MIN_DATES_PER_WEEKDAY = 2;
/** …which are at most this many days apart. */
const MAX_GAP_DAYS = 7;

interface Run {
  readonly first: number;
  readonly last: number;
  readonly weekdays: number;
  readonly key: string;
}

/**
 * The date rules that follow the weekly base rules: one for every date of the window whose
 * hours differ from its weekday's weekly hours (or whose previous night does), grouped.
 *
 * - A stretch of weeks with the same hours on some weekdays becomes one weekday-filtered
 *   range, `2026 Jun 15-2026 Aug 07 Mo-Fr 09:00-12:00,13:00-15:00`. It may pass over dates
 *   with other hours of their own (a holiday in the summer weeks), never over a date that
 *   keeps its weekly hours; those dates get a rule of their own after it.
 * - The other dates become plain date rules, consecutive dates with the same hours joined:
 *   `2026 Dec 24-25 off`. A join may pass over dates that have those hours anyway (Easter's
 *   weekend in `2026 Apr 03-06 off`).
 *
 * Rules are in date order; a date rule comes after every range it overrides.
 *
 * @example
 * dateOsmRules(windowHours, weeklyHours) // [{ dates: { first, last }, weekdays, hours, additional: false }, …]
 */
export function dateOsmRules(window: WindowHours, week: readonly (readonly MinuteRange[])[]): OsmRule[] {
  const { first, last } = window;
  const count = last - first + 1;
  const weekKeys = week.map(hoursKey);
  const weekSpillKeys = week.map((hours) => hoursKey(spillPart(hours)));
  const keys: string[] = [];
  const differs: boolean[] = [];
  for (let i = 0; i < count; i++) {
    const day = first + i;
    keys.push(hoursKey(window.hours(day)));
    const previousSpill = hoursKey(spillPart(window.hours(day - 1)));
    differs.push(keys[i] !== weekKeys[weekdayOf(day) - 1] || previousSpill !== weekSpillKeys[weekdayOf(day - 1) - 1]);
  }
  const bit = (i: number) => 1 << (weekdayOf(first + i) - 1);

  // Weekday-filtered ranges, greedily in date order.
  const runOf: number[] = new Array(count).fill(-1);
  const ranges: Run[] = [];
  for (let start = 0; start < count; start++) {
    if (!differs[start] || runOf[start]! >= 0) continue;
    const key = keys[start]!;
    // A date the range would select must have other hours of its own, or these hours anyway.
    const selectable = (i: number) => differs[i] || keys[i] === key;
    const members = [start];
    let weekdays = bit(start);
    let end = start;
    for (;;) {
      let next = -1;
      for (let i = end + 1; i <= Math.min(end + MAX_GAP_DAYS, count - 1); i++) {
        if (differs[i] && keys[i] === key && runOf[i]! < 0) {
          next = i;
          break;
        }
      }
      if (next < 0) break;
      const wider = weekdays | bit(next);
      let ok = true;
      for (let i = end + 1; i <= next && ok; i++) if (bit(i) & wider) ok = selectable(i);
      if (wider !== weekdays) for (let i = start; i <= end && ok; i++) if (bit(i) & wider & ~weekdays) ok = selectable(i);
      if (!ok) break;
      members.push(next);
      weekdays = wider;
      end = next;
    }
    if (end - start + 1 >= MIN_RANGE_DAYS && members.length >= MIN_DATES_PER_WEEKDAY * bitCount(weekdays)) {
      for (const i of members) runOf[i] = ranges.length;
      ranges.push({ first: start, last: end, weekdays, key });
    }
  }
  // A date that one range selects with other hours gets a date rule, even if another range has it.
  for (const range of ranges) {
    for (let i = range.first; i <= range.last; i++) {
      if (bit(i) & range.weekdays && keys[i] !== range.key) runOf[i] = -1;
    }
  }
  const kept = ranges.filter((_, r) => runOf.includes(r));

  // Plain date rules for the rest, consecutive dates with the same hours joined.
  const plain: Run[] = [];
  for (let start = 0; start < count; start++) {
    if (!differs[start] || runOf[start]! >= 0) continue;
    const key = keys[start]!;
    let end = start;
    for (let i = start + 1; i < count && keys[i] === key; i++) if (differs[i] && runOf[i]! < 0) end = i;
    plain.push({ first: start, last: end, weekdays: ALL_WEEKDAYS, key });
    start = end;
  }

  // Date order; a plain rule after every range that overlaps it (a later rule overrides).
  const sortKey = (run: Run, isRange: boolean) =>
    isRange ? run.first : Math.max(run.first, ...kept.filter((r) => r.first <= run.last && run.first <= r.last).map((r) => r.first));
  const ordered = [...kept.map((run) => ({ run, isRange: true })), ...plain.map((run) => ({ run, isRange: false }))].sort(
    (a, b) => sortKey(a.run, a.isRange) - sortKey(b.run, b.isRange) || Number(a.isRange ? 0 : 1) - Number(b.isRange ? 0 : 1) || a.run.first - b.run.first,
  );
  return ordered.map(({ run }) => ({
    dates: { first: first + run.first, last: first + run.last },
    weekdays: run.weekdays,
    hours: window.hours(first + run.first),
    additional: false,
  }));
}

function bitCount(bits: number): number {
  let n = 0;
  for (let b = bits; b; b &= b - 1) n++;
  return n;
}
