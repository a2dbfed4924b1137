import { createZone } from "../zone/zone";

/** ISO-8601 calendar date, optional time and offset, extended (2026-12-24T10:00+01:00) or basic (20261224T1000+0100). */
const ISO = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d{1,9}))?)?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Reads an element's `at` attribute (a preview instant) as the CLI reads `--at`: ISO-8601,
 * and without an offset it is wall-clock time in the schedule's zone (`2026-12-24T10:00` is
 * 10.00 in Stockholm wherever the browser is); a date alone is that day's midnight there.
 * A time that happens twice is its first occurrence, one the clocks skip is the moment they
 * jump (as schedule hours and the CLI). Offsets
 * beyond ±18:00 are refused, and so is anything that is not a calendar date (`"1"`,
 * `"tomorrow"`, `"2026-02-30"`). Returns epoch ms; throws `RangeError`.
 *
 * It reads one fixed form (ISO-8601 calendar date and time) with a regular expression rather
 * than luxon's DateTime, which would bring all of luxon (21 KB gzipped) into the elements'
 * file; the zone arithmetic is the library's own (src/zone/zone.ts, on luxon's IANAZone).
 * tests/elements.time.test.ts checks it against the CLI's reader.
 *
 * @example
 * new Date(parseAtAttribute("2026-12-24T10:00", "Europe/Stockholm")).toISOString() // => "2026-12-24T09:00:00.000Z"
 * new Date(parseAtAttribute("2026-12-24T10:00Z", "Europe/Stockholm")).toISOString() // => "2026-12-24T10:00:00.000Z"
 * parseAtAttribute("1", "Europe/Stockholm") // RangeError
 */
export function parseAtAttribute(text: string, timeZone: string): number {
  const match = ISO.exec(text.trim());
  const fail = () => new RangeError(`at must be an ISO-8601 date and time (e.g. "2026-12-24T10:00" or "2026-12-24T10:00+01:00"), got ${JSON.stringify(text)}`);
  if (!match) throw fail();
  const [, y, mo, d, h = "0", mi = "0", s = "0", fraction = "", offset] = match;
  const [year, month, day, hour, minute, second] = [y, mo, d, h, mi, s].map(Number) as [number, number, number, number, number, number];
  const millisecond = Math.floor(Number(`0.${fraction || "0"}`) * 1000);
  const local = Date.UTC(year, month - 1, day, hour, minute, second, millisecond);
  const check = new Date(local);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) throw fail();
  if (offset !== undefined) {
    if (/^z$/i.test(offset)) return local;
    const [, sign, oh, om = "0"] = /^([+-])(\d{2}):?(\d{2})?$/.exec(offset)!;
    const minutes = Number(oh) * 60 + Number(om);
    if (Number(om) >= 60 || minutes > 18 * 60) throw fail();
    return local - (sign === "-" ? -minutes : minutes) * 60_000;
  }
  // Wall-clock time in the zone, by the rule of schedule hours and of the CLI's --at: a time
  // that happens twice is its first occurrence; one the clocks skip is the moment they jump.
  return createZone(timeZone).localToEpoch(local);
}
