import { MS_PER_DAY } from "../calendar/plainDate";
import { createZone } from "./zone";

/**
 * The first instant of the next local day in a zone — when "idag" becomes "igår" and a day's
 * answers move on (the elements' one timer, the service's Cache-Control): tomorrow's midnight, or, where the
 * clocks skip midnight (America/Santiago, Asunción, Havana, São Paulo …), the moment they
 * jump past it. Always after `now`, also on a night when midnight happens twice.
 *
 * @example
 * new Date(nextDayStart(Date.parse("2026-12-23T15:00:00Z"), "Europe/Stockholm")).toISOString()
 * // => "2026-12-23T23:00:00.000Z"
 * new Date(nextDayStart(Date.parse("2026-09-06T03:30:00Z"), "America/Santiago")).toISOString()
 * // => "2026-09-06T04:00:00.000Z" (00.00 on 6 September does not exist: the clocks jump to 01.00)
 */
export function nextDayStart(now: number, timeZone: string): number {
  const zone = createZone(timeZone);
  const today = Math.floor(zone.epochToLocal(now) / MS_PER_DAY);
  // The zone reaches a skipped wall-clock time at the moment of the jump.
  let start = zone.localToEpoch((today + 1) * MS_PER_DAY);
  // Where a midnight happens twice, the first one may be behind us: take the day after.
  if (start <= now) start = zone.localToEpoch((today + 2) * MS_PER_DAY);
  return start;
}
