import { IANAZone } from "luxon";
import { MS_PER_DAY } from "../calendar/plainDate";
import { escapeText, icalLocalDateTime, icalUtcOffset } from "./icalText";

/** A change of a zone's UTC offset at an instant. */
export interface OffsetChange {
  /** The first instant (epoch ms) with the new offset. */
  readonly at: number;
  /** Offset before the change, minutes east of UTC. */
  readonly from: number;
  /** Offset from the change on, minutes east of UTC. */
  readonly to: number;
}

/** How far before the window to look for the change that sets its first offset. */
const LOOKBACK_MS = 400 * MS_PER_DAY;
/** Sampling step: no zone changes its offset twice within a day. */
const STEP_MS = MS_PER_DAY;

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
  const zone = IANAZone.create(zoneName);
  if (!zone.isValid) throw new RangeError(`unknown time zone ${JSON.stringify(zoneName)}`);
  const changes = offsetChanges(zone, fromMs - LOOKBACK_MS, toMs + STEP_MS);
  const firstInWindow = changes.findIndex((change) => change.at > fromMs);
  const lastBefore = firstInWindow === -1 ? changes.length - 1 : firstInWindow - 1;

  const lines = ["BEGIN:VTIMEZONE", `TZID:${escapeText(zoneName)}`];
  if (lastBefore < 0) {
    const offset = changes[0]?.from ?? zone.offset(fromMs);
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

/**
 * A zone's offset changes in [fromMs, toMs]: sampled daily, each pinned to its first second.
 *
 * @example
 * offsetChanges(IANAZone.create("Europe/Stockholm"), Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1))
 * // => [{ at: Date.UTC(2026, 2, 29, 1), from: 60, to: 120 }, { at: Date.UTC(2026, 9, 25, 1), from: 120, to: 60 }]
 */
export function offsetChanges(zone: IANAZone, fromMs: number, toMs: number): OffsetChange[] {
  const changes: OffsetChange[] = [];
  let previousTime = fromMs;
  let previousOffset = zone.offset(fromMs);
  for (let t = fromMs + STEP_MS; previousTime < toMs; t += STEP_MS) {
    const time = Math.min(t, toMs);
    const offset = zone.offset(time);
    if (offset !== previousOffset) {
      changes.push({ at: firstSecondWith(zone, previousTime, time, previousOffset), from: previousOffset, to: offset });
      previousOffset = offset;
    }
    previousTime = time;
  }
  return changes;
}

/** Bisects (low, high] in whole seconds for the first second whose offset is not `before`. */
function firstSecondWith(zone: IANAZone, lowMs: number, highMs: number, before: number): number {
  let low = Math.floor(lowMs / 1000);
  let high = Math.ceil(highMs / 1000);
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (zone.offset(middle * 1000) === before) low = middle;
    else high = middle;
  }
  return high * 1000;
}

/** The zone's standard offset around an instant: the smaller of its January and July offsets. */
function standardOffset(zone: IANAZone, epochMs: number): number {
  const year = new Date(epochMs).getUTCFullYear();
  return Math.min(zone.offset(Date.UTC(year, 0, 1)), zone.offset(Date.UTC(year, 6, 1)));
}

/** One STANDARD or DAYLIGHT sub-component without recurrence. */
function observance(kind: "STANDARD" | "DAYLIGHT", dtstart: string, from: number, to: number): string[] {
  return [`BEGIN:${kind}`, `DTSTART:${dtstart}`, `TZOFFSETFROM:${icalUtcOffset(from)}`, `TZOFFSETTO:${icalUtcOffset(to)}`, `END:${kind}`];
}
