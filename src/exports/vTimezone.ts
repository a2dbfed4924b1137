import { MS_PER_DAY } from "../calendar/plainDate";
import { createZone, type Zone } from "../zone/zone";
import { escapeText, icalLocalDateTime, icalUtcOffset } from "./icalText";

/** How far before the window to look for the change that sets its first offset. */
const LOOKBACK_MS = 400 * MS_PER_DAY;

/**
 * The VTIMEZONE component (RFC 5545 §3.6.5) of an IANA zone for the instants
 * [`fromMs`, `toMs`], as content lines. It lists the zone's real offset changes, one
 * STANDARD or DAYLIGHT sub-component per change and no RRULE, so a calendar reads exactly
 * the offsets the tz database gives for those years, including changes of the rules. The
 * first sub-component is the last change before the window (or, for a zone with no change
 * in the 400 days before it, a fixed offset from 1970), so every time in the window is
 * covered.
 *
 * @example
 * vTimezone("Europe/Stockholm", Date.UTC(2026, 11, 1), Date.UTC(2027, 0, 1))
 * // => ["BEGIN:VTIMEZONE", "TZID:Europe/Stockholm",
 * //     "BEGIN:STANDARD", "DTSTART:20261025T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD",
 * //     "END:VTIMEZONE"]
 */
export function vTimezone(zoneName: string, fromMs: number, toMs: number): string[] {
  const zone = createZone(zoneName);
  const changes = zone.offsetChanges(fromMs - LOOKBACK_MS, toMs + MS_PER_DAY);
  const firstInWindow = changes.findIndex((change) => change.at > fromMs);
  const lastBefore = firstInWindow === -1 ? changes.length - 1 : firstInWindow - 1;

  const lines = ["BEGIN:VTIMEZONE", `TZID:${escapeText(zoneName)}`];
  if (lastBefore < 0) {
    const offset = changes[0]?.from ?? zone.offsetAt(fromMs);
    lines.push(...observance("STANDARD", "19700101T000000", offset, offset));
  }
  for (const change of changes.slice(Math.max(lastBefore, 0))) {
    const kind = change.to > standardOffset(zone, change.at) ? "DAYLIGHT" : "STANDARD";
    // DTSTART is the wall-clock time of the change as read before it (RFC 5545 §3.6.5).
    lines.push(...observance(kind, icalLocalDateTime(change.at + change.from * 60_000), change.from, change.to));
  }
  lines.push("END:VTIMEZONE");
  return lines;
}

/** The zone's standard offset around an instant: the smaller of its January and July offsets. */
function standardOffset(zone: Zone, epochMs: number): number {
  const year = new Date(epochMs).getUTCFullYear();
  return Math.min(zone.offsetAt(Date.UTC(year, 0, 1)), zone.offsetAt(Date.UTC(year, 6, 1)));
}

/** One STANDARD or DAYLIGHT sub-component without recurrence. */
function observance(kind: "STANDARD" | "DAYLIGHT", dtstart: string, from: number, to: number): string[] {
  return [`BEGIN:${kind}`, `DTSTART:${dtstart}`, `TZOFFSETFROM:${icalUtcOffset(from)}`, `TZOFFSETTO:${icalUtcOffset(to)}`, `END:${kind}`];
}
