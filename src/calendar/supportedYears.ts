import { daysFromCivil, MS_PER_DAY } from "./plainDate";

/** First year the calendar answers for: the public holidays of lag (1989:253) as amended in 2005. */
export const FIRST_SUPPORTED_YEAR = 2005;
/** Last year the calendar answers for. */
export const LAST_SUPPORTED_YEAR = 2100;

/**
 * Throws a `RangeError` unless `year` is within 2005–2100.
 *
 * @example
 * assertSupportedYear(2026, "2026-12-24") // ok
 * assertSupportedYear(2101, "2101-01-01") // RangeError
 */
export function assertSupportedYear(year: number, what: string): void {
  if (!(year >= FIRST_SUPPORTED_YEAR && year <= LAST_SUPPORTED_YEAR)) {
    throw new RangeError(
      `${what} is outside the supported years ${FIRST_SUPPORTED_YEAR}–${LAST_SUPPORTED_YEAR} (the Swedish holidays of lag 1989:253 since 2005)`,
    );
  }
}

/**
 * Epoch milliseconds certainly before the supported years in every zone (local
 * 2005-01-01 00:00 is at most 18 hours away from UTC midnight; a day's margin).
 */
export const EARLIEST_SUPPORTED_MS = daysFromCivil(FIRST_SUPPORTED_YEAR, 1, 1) * MS_PER_DAY - MS_PER_DAY;

/** Epoch milliseconds certainly after the supported years in every zone (a day's margin). */
export const LATEST_SUPPORTED_MS = daysFromCivil(LAST_SUPPORTED_YEAR + 1, 1, 1) * MS_PER_DAY + MS_PER_DAY;
