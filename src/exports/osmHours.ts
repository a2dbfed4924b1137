import { formatMinutes, type MinuteRange } from "../schedule/timeRange";

/*
 * One day's hours as the `opening_hours` export handles them: minute ranges from the day's
 * midnight, sorted, where an end past 24:00 (up to 48:00) spills into the next day.
 */

/** Minutes in a day of wall-clock time. */
export const MINUTES_PER_DAY = 24 * 60;

/**
 * Sorts ranges and joins those that touch or overlap.
 *
 * @example
 * mergeRanges([{ from: 780, to: 960 }, { from: 480, to: 720 }, { from: 720, to: 780 }])
 * // => [{ from: 480, to: 960 }]
 */
export function mergeRanges(ranges: readonly MinuteRange[]): MinuteRange[] {
  const sorted = [...ranges].sort((a, b) => a.from - b.from || a.to - b.to);
  const merged: MinuteRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.from <= last.to) {
      if (range.to > last.to) merged[merged.length - 1] = { from: last.from, to: range.to };
    } else {
      merged.push({ from: range.from, to: range.to });
    }
  }
  return merged;
}

/**
 * The part of a day's ranges before its midnight.
 *
 * @example
 * ownPart([{ from: 1320, to: 1560 }]) // => [{ from: 1320, to: 1440 }]   (22:00-26:00 → 22:00-24:00)
 */
export function ownPart(ranges: readonly MinuteRange[]): MinuteRange[] {
  return ranges.filter((r) => r.from < MINUTES_PER_DAY).map((r) => ({ from: r.from, to: Math.min(r.to, MINUTES_PER_DAY) }));
}

/**
 * The part of a day's ranges past its midnight, as minutes of the next day.
 *
 * @example
 * spillPart([{ from: 1320, to: 1560 }]) // => [{ from: 0, to: 120 }]   (22:00-26:00 → 00:00-02:00)
 */
export function spillPart(ranges: readonly MinuteRange[]): MinuteRange[] {
  return ranges
    .filter((r) => r.to > MINUTES_PER_DAY)
    .map((r) => ({ from: Math.max(r.from, MINUTES_PER_DAY) - MINUTES_PER_DAY, to: r.to - MINUTES_PER_DAY }));
}

/**
 * A key that is equal for equal (merged) hours.
 *
 * @example
 * hoursKey([{ from: 480, to: 720 }]) // => "480-720"
 */
export function hoursKey(ranges: readonly MinuteRange[]): string {
  return ranges.map((r) => `${r.from}-${r.to}`).join(",");
}

/**
 * Hours in `opening_hours` syntax; `off` when closed.
 *
 * @example
 * formatOsmTimes([{ from: 480, to: 720 }, { from: 1320, to: 1560 }]) // => "08:00-12:00,22:00-26:00"
 * formatOsmTimes([]) // => "off"
 */
export function formatOsmTimes(ranges: readonly MinuteRange[]): string {
  if (ranges.length === 0) return "off";
  return ranges.map((r) => `${formatMinutes(r.from)}-${formatMinutes(r.to)}`).join(",");
}

/** The hours of every date of an export window, and of the day before it (whose night may reach into it). */
export interface WindowHours {
  /** First date of the window (day number). */
  readonly first: number;
  /** Last date of the window (day number, inclusive). */
  readonly last: number;
  /** A date's merged hours, for dates from `first − 1` to `last`. */
  hours(dayNumber: number): readonly MinuteRange[];
}
