import { formatMinutes, type MinuteRange } from "../schedule/timeRange";

const MINUTES_PER_DAY = 24 * 60;
const CLOCK = /^(\d{2}):(\d{2})(?::\d{2})?$/;

/** The `opens`/`closes` pair of one schema.org `OpeningHoursSpecification`. */
export interface OpensCloses {
  readonly opens: string;
  readonly closes: string;
}

/**
 * One open interval as schema.org `opens`/`closes`, the way Google documents them: an interval
 * past midnight closes at the next day's time (`closes` earlier than `opens`), and a whole day
 * 00:00–24:00 is `"00:00"`–`"23:59"` (Google's "open 24 hours"; `"00:00"`–`"00:00"` means closed).
 * Throws `RangeError` for an interval longer than 24 hours, which one pair cannot express.
 *
 * @example
 * opensCloses({ from: 480, to: 720 }) // => { opens: "08:00", closes: "12:00" }
 * opensCloses({ from: 1320, to: 1560 }) // => { opens: "22:00", closes: "02:00" }
 * opensCloses({ from: 0, to: 1440 }) // => { opens: "00:00", closes: "23:59" }
 */
export function opensCloses(range: MinuteRange, what = "an interval"): OpensCloses {
  if (range.to - range.from > MINUTES_PER_DAY) {
    throw new RangeError(
      `${what} ${formatMinutes(range.from)}–${formatMinutes(range.to)} is longer than 24 hours, which schema.org opens/closes cannot express`,
    );
  }
  if (range.from === 0 && range.to === MINUTES_PER_DAY) return { opens: "00:00", closes: "23:59" };
  return { opens: formatMinutes(range.from), closes: formatMinutes(range.to % MINUTES_PER_DAY) };
}

/**
 * Reads an `opens`/`closes` pair back as Google does: `"00:00"`–`"00:00"` is closed (`null`),
 * `"00:00"`–`"23:59"` the whole day, and a `closes` not after `opens` is on the next day.
 * Returns `null` too for a pair that is not two `"HH:MM"` (or `"HH:MM:SS"`) times.
 *
 * @example
 * rangeOfOpensCloses("13:00", "16:00") // => { from: 780, to: 960 }
 * rangeOfOpensCloses("22:00", "02:00") // => { from: 1320, to: 1560 }
 * rangeOfOpensCloses("00:00", "00:00") // => null (closed)
 */
export function rangeOfOpensCloses(opens: unknown, closes: unknown): MinuteRange | null {
  const from = clockMinutes(opens);
  const to = clockMinutes(closes);
  if (from === null || to === null) return null;
  if (from === 0 && to === 0) return null;
  if (from === 0 && to === MINUTES_PER_DAY - 1) return { from: 0, to: MINUTES_PER_DAY };
  return { from, to: to <= from ? to + MINUTES_PER_DAY : to };
}

/** Minutes of a `"HH:MM"` clock time (24:00 and later are not clock times), or null. */
function clockMinutes(text: unknown): number | null {
  const parts = typeof text === "string" ? CLOCK.exec(text) : null;
  if (!parts) return null;
  const hours = Number(parts[1]);
  const minutes = Number(parts[2]);
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : null;
}
