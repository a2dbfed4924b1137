import { describe } from "../calendar/plainDate";

/** An instant: a `Date` or epoch milliseconds. */
export type Instant = Date | number;

/**
 * Epoch milliseconds of an instant. Throws `TypeError` for anything but a `Date` or a
 * number, `RangeError` for an invalid `Date`, `NaN` or an infinite number.
 *
 * @example
 * toEpochMs(new Date("2026-12-23T08:00:00+01:00")) // => 1798009200000
 */
export function toEpochMs(at: Instant, what = "instant"): number {
  if (typeof at === "number") {
    if (at - at === 0) return at; // finite: NaN and ±Infinity fail
    throw new RangeError(`${what} must be a finite number of epoch milliseconds, got ${String(at)}`);
  }
  if (at instanceof Date) {
    const ms = at.getTime();
    if (ms - ms === 0) return ms;
    throw new RangeError(`${what} is an invalid Date`);
  }
  throw new TypeError(`${what} must be a Date or epoch milliseconds, got ${describe(at)}`);
}
