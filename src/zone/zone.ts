import { IntlZone as IANAZone } from "./intlZone"; // luxon's IANAZone without the rest of luxon
import { civilFromDays, daysFromCivil, MS_PER_DAY } from "../calendar/plainDate";

/**
 * A time zone as the schedule engine needs it. All zone knowledge sits behind this
 * interface; luxon's `IANAZone` answers the offsets, asked only while a year's offset
 * timeline is built, never per query.
 *
 * "Local milliseconds" are the wall-clock time written as if it were UTC:
 * `daysFromCivil(y, m, d) * 86_400_000 + minutes * 60_000`.
 */
export interface Zone {
  /** The IANA name, e.g. `"Europe/Stockholm"`. */
  readonly name: string;
  /** Offset from UTC in minutes at an instant (`+60` for CET). */
  offsetAt(epochMs: number): number;
  /** Local wall-clock milliseconds of an instant. */
  epochToLocal(epochMs: number): number;
  /**
   * The instant a wall-clock time is reached. A time that the clocks skip (02:30 on the
   * spring-forward night) is reached at the moment of the jump; a time that happens twice
   * (02:30 on the fall-back night) is taken at its first occurrence.
   */
  localToEpoch(localMs: number): number;
  /** The zone's offset changes in [fromMs, toMs], in order. */
  offsetChanges(fromMs: number, toMs: number): OffsetChange[];
}

/** A change of a zone's UTC offset. */
export interface OffsetChange {
  /** The first instant (epoch ms) with the new offset. */
  readonly at: number;
  /** Offset before the change, minutes east of UTC. */
  readonly from: number;
  /** Offset from the change on, minutes east of UTC. */
  readonly to: number;
}

/** Offsets of one stretch of time: `offsets[i]` holds from `starts[i]` until `starts[i + 1]`. */
interface OffsetTimeline {
  readonly from: number;
  readonly to: number;
  readonly starts: number[];
  readonly offsets: number[];
}

const SAMPLE_STEP_MS = 7 * MS_PER_DAY;
const MARGIN_MS = 2 * MS_PER_DAY;

/**
 * Whether a string names an IANA time zone this runtime knows.
 *
 * @example
 * isValidTimeZone("Europe/Stockholm") // => true
 * isValidTimeZone("Europe/Stokholm") // => false
 */
export function isValidTimeZone(name: unknown): name is string {
  if (typeof name !== "string" || name.length === 0) return false;
  if (zones.has(name)) return true;
  return IANAZone.isValidZone(name);
}

// Zones are immutable and their offset timelines never change, so every schedule in a
// zone shares one (the tz database has a few hundred names: the cache stays small).
const zones = new Map<string, Zone>();

/**
 * A `Zone` for an IANA name. Throws `RangeError` for an unknown zone.
 *
 * @example
 * const zone = createZone("Europe/Stockholm");
 * zone.offsetAt(Date.UTC(2026, 6, 1)) // => 120
 */
export function createZone(name: string): Zone {
  let zone = zones.get(name);
  if (!zone) {
    if (!isValidTimeZone(name)) throw new RangeError(`unknown time zone ${JSON.stringify(name)}`);
    zone = buildZone(name);
    zones.set(name, zone);
  }
  return zone;
}

function buildZone(name: string): Zone {
  const ianaZone = IANAZone.create(name);
  const timelines = new Map<number, OffsetTimeline>();

  // One timeline per UTC year, with a margin so that any local time of the year
  // (offsets are at most ±14 h) lands inside it.
  const timelineFor = (ms: number): OffsetTimeline => {
    const year = civilFromDays(Math.floor(ms / MS_PER_DAY)).year;
    let timeline = timelines.get(year);
    if (!timeline) {
      timeline = buildTimeline(ianaZone, daysFromCivil(year, 1, 1) * MS_PER_DAY - MARGIN_MS, daysFromCivil(year + 1, 1, 1) * MS_PER_DAY + MARGIN_MS);
      timelines.set(year, timeline);
    }
    return timeline;
  };

  const offsetAt = (epochMs: number): number => {
    const { starts, offsets } = timelineFor(epochMs);
    let i = starts.length - 1;
    while (i > 0 && epochMs < starts[i]!) i--;
    return offsets[i]!;
  };

  const localToEpoch = (localMs: number): number => {
    const { starts, offsets } = timelineFor(localMs);
    for (let i = 0; i < starts.length; i++) {
      const candidate = localMs - offsets[i]! * 60_000;
      const segmentEnd = i + 1 < starts.length ? starts[i + 1]! : Infinity;
      if ((i === 0 || candidate >= starts[i]!) && candidate < segmentEnd) return candidate;
      // Skipped by a forward jump: before the jump the time is still ahead, after it already past.
      if (i + 1 < starts.length && candidate >= segmentEnd && localMs - offsets[i + 1]! * 60_000 < segmentEnd) {
        return segmentEnd;
      }
    }
    // Unreachable for a timeline that covers the time; kept as a plain answer.
    return localMs - offsets[offsets.length - 1]! * 60_000;
  };

  const offsetChanges = (fromMs: number, toMs: number): OffsetChange[] => {
    const changes: OffsetChange[] = [];
    // Timelines overlap by their margins: walk them in order and keep each change once.
    for (let ms = fromMs; ; ms += 300 * MS_PER_DAY) {
      const { starts, offsets } = timelineFor(Math.min(ms, toMs));
      for (let i = 1; i < starts.length; i++) {
        const at = starts[i]!;
        const last = changes[changes.length - 1];
        if (at >= fromMs && at <= toMs && (!last || at > last.at)) changes.push({ at, from: offsets[i - 1]!, to: offsets[i]! });
      }
      if (ms >= toMs) return changes;
    }
  };

  return Object.freeze({
    name,
    offsetAt,
    epochToLocal: (epochMs: number) => epochMs + offsetAt(epochMs) * 60_000,
    localToEpoch,
    offsetChanges,
  });
}

/**
 * Samples the zone's offset weekly over [from, to] and pins each change to the second.
 * Two changes less than a week apart would be missed; the tz database has none such
 * in 2005–2100.
 */
function buildTimeline(zone: IANAZone, from: number, to: number): OffsetTimeline {
  const starts = [from];
  const offsets = [zone.offset(from)];
  let previousTime = from;
  let previousOffset = offsets[0]!;
  for (let t = Math.min(from + SAMPLE_STEP_MS, to); ; t = Math.min(t + SAMPLE_STEP_MS, to)) {
    const offset = zone.offset(t);
    if (offset !== previousOffset) {
      // Bisect in whole seconds for the first second with the new offset.
      let low = previousTime / 1000;
      let high = t / 1000;
      while (high - low > 1) {
        const middle = Math.floor((low + high) / 2);
        if (zone.offset(middle * 1000) === previousOffset) low = middle;
        else high = middle;
      }
      starts.push(high * 1000);
      offsets.push(offset);
      previousOffset = offset;
    }
    previousTime = t;
    if (t >= to) break;
  }
  return { from, to, starts, offsets };
}
