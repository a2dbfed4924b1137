import { createZone } from "../zone/zone";

/** ISO-8601 calendar date, optional time and offset, extended (2026-12-24T10:00+01:00) or basic (20261224T1000+0100). */
const ISO = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2})(?::?(\d{2})(?::?(\d{2})(?:[.,](\d{1,9}))?)?)?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

/**
 * Reads an element's `at` attribute (a preview instant) as the CLI reads `--at`: ISO-8601,
 * and without an offset it is wall-clock time in the schedule's zone (`2026-12-24T10:00` is
 * 10.00 in Stockholm wherever the browser is); a date alone is that day's midnight there.
 * A time the clocks skip is moved on by the jump, as luxon (and so the CLI) does. Offsets
 * beyond ±18:00 are refused, and so is anything that is not a calendar date (`"1"`,
 * `"tomorrow"`, `"2026-02-30"`). Returns epoch ms; throws `RangeError`.
 *
 * It is written without luxon so that the one-file browser build can leave luxon out;
 * tests/elements.parseAt.test.ts checks it against the CLI's reader.
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
  // Wall-clock time in the zone, as luxon places it: a first guess from the offset now,
  // then corrected; in a gap the clock time is moved on by the jump.
  const zone = createZone(timeZone);
  const guess = zone.offsetAt(Date.now());
  let utc = local - guess * 60_000;
  const o2 = zone.offsetAt(utc);
  if (o2 === guess) return utc;
  utc -= (o2 - guess) * 60_000;
  const o3 = zone.offsetAt(utc);
  if (o2 === o3) return utc;
  return local - Math.min(o2, o3) * 60_000;
}
