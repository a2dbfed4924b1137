import { IANAZone } from "luxon";
import { civilFromDays, daysFromCivil, describe, MS_PER_DAY } from "../calendar/plainDate";
import { FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR } from "../calendar/supportedYears";
import { quote } from "../validation/quote";

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
export interface OffsetTimeline {
  readonly from: number;
  readonly to: number;
  readonly starts: number[];
  readonly offsets: number[];
}

/**
 * The offset is sampled once a day and each change pinned to the millisecond by
 * bisection: two changes less than a day apart would be missed. The tz database has
 * changes 6 days 23 hours apart (Asia/Gaza in 2040, 2054 and 2072), none less than a
 * day apart in 2005–2100 (tests/zone.transitions.test.ts checks the known close ones
 * against luxon, and with OPPETTIDER_LONG_FUZZ=1 every zone).
 */
const SAMPLE_STEP_MS = MS_PER_DAY;
const MARGIN_MS = 2 * MS_PER_DAY;
/** The UTC years whose timelines a zone keeps: the supported years and one on each side. */
const FIRST_CACHED_YEAR = FIRST_SUPPORTED_YEAR - 1;
const LAST_CACHED_YEAR = LAST_SUPPORTED_YEAR + 1;

/**
 * Whether a string names an IANA time zone this runtime knows (in any spelling of
 * letter case: `"europe/stockholm"` too).
 *
 * @example
 * isValidTimeZone("Europe/Stockholm") // => true
 * isValidTimeZone("Europe/Stokholm") // => false
 */
export function isValidTimeZone(name: unknown): name is string {
  return canonicalTimeZone(name) !== null;
}

/**
 * The canonical spelling of an IANA time zone name, as the runtime's `Intl` gives it
 * (`"europe/stockholm"` → `"Europe/Stockholm"`), or null when it names no zone.
 *
 * @example
 * canonicalTimeZone("europe/STOCKHOLM") // => "Europe/Stockholm"
 * canonicalTimeZone("Europe/Stokholm") // => null
 */
export function canonicalTimeZone(name: unknown): string | null {
  if (typeof name !== "string" || name.length === 0 || name.length > 64) return null;
  if (zones.has(name)) return name;
  const known = spellings.get(name);
  if (known !== undefined) return known;
  let canonical: string | null;
  try {
    canonical = new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    canonical = null;
  }
  // Asking Intl takes a fraction of a millisecond; remember recent answers, within a bound.
  if (spellings.size >= MAX_REMEMBERED_SPELLINGS) spellings.clear();
  spellings.set(name, canonical);
  return canonical;
}

const MAX_REMEMBERED_SPELLINGS = 256;
const spellings = new Map<string, string | null>();

// Zones are immutable and their offset timelines never change, so every schedule in a
// zone shares one. The cache is keyed by canonical names only, so it holds at most one
// entry per zone of the tz database (a few hundred), whatever spellings callers use.
const zones = new Map<string, Zone>();

/**
 * A `Zone` for an IANA name, in any letter case; its `name` is the canonical spelling.
 * Throws `RangeError` for an unknown zone.
 *
 * @example
 * const zone = createZone("Europe/Stockholm");
 * zone.offsetAt(Date.UTC(2026, 6, 1)) // => 120
 * createZone("europe/stockholm").name // => "Europe/Stockholm"
 */
export function createZone(name: string): Zone {
  let zone = zones.get(name);
  if (!zone) {
    const canonical = canonicalTimeZone(name);
    if (canonical === null) throw new RangeError(`unknown time zone ${typeof name === "string" ? quote(name) : describe(name)}`);
    zone = zones.get(canonical);
    if (!zone) {
      zone = buildZone(canonical);
      zones.set(canonical, zone);
    }
  }
  return zone;
}

/**
 * Diagnostics for tests: how many zones are cached and how many year timelines they hold
 * in all (bounded: one zone per canonical name, at most 98 years each).
 *
 * @example
 * zoneCacheStats() // => { zones: 1, timelines: 3 }
 */
export function zoneCacheStats(): { zones: number; timelines: number } {
  let timelines = 0;
  for (const count of timelineCounts.values()) timelines += count();
  return { zones: zones.size, timelines };
}

const timelineCounts = new Map<string, () => number>();

function buildZone(name: string): Zone {
  const ianaZone = IANAZone.create(name);
  const timelines = new Map<number, OffsetTimeline>();
  timelineCounts.set(name, () => timelines.size);

  // One timeline per UTC year, with a margin so that any local time of the year
  // (offsets are at most ±18 h) lands inside it. Only the years around the supported
  // ones are kept (2004–2101: at most 98 per zone); any other year is worked out when
  // asked and not kept, so no caller can grow the cache by asking about far-off times.
  const timelineFor = (ms: number): OffsetTimeline => {
    const year = civilFromDays(Math.floor(ms / MS_PER_DAY)).year;
    const cached = timelines.get(year);
    if (cached) return cached;
    const timeline = buildTimeline(ianaZone, daysFromCivil(year, 1, 1) * MS_PER_DAY - MARGIN_MS, daysFromCivil(year + 1, 1, 1) * MS_PER_DAY + MARGIN_MS);
    if (year >= FIRST_CACHED_YEAR && year <= LAST_CACHED_YEAR) timelines.set(year, timeline);
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
 * Samples the zone's offset daily over [from, to] and pins each change to the
 * millisecond (the first millisecond with the new offset). Exported for tests, which
 * run it on grids starting at every hour of a week.
 *
 * @example
 * buildTimeline(IANAZone.create("Asia/Gaza"), Date.UTC(2040, 9, 1), Date.UTC(2040, 10, 1)).starts.length // => 3 (the start and two changes)
 */
export function buildTimeline(zone: IANAZone, from: number, to: number): OffsetTimeline {
  const starts = [from];
  const offsets = [zone.offset(from)];
  // Invariant: the offset at previousTime is previousOffset.
  let previousTime = from;
  let previousOffset = offsets[0]!;
  let next = Math.min(from + SAMPLE_STEP_MS, to);
  for (;;) {
    const offset = zone.offset(next);
    if (offset !== previousOffset) {
      // Bisect for the first millisecond with a different offset.
      let low = previousTime;
      let high = next;
      while (high - low > 1) {
        const middle = Math.floor((low + high) / 2);
        if (zone.offset(middle) === previousOffset) low = middle;
        else high = middle;
      }
      const found = zone.offset(high);
      starts.push(high);
      offsets.push(found);
      previousTime = high;
      previousOffset = found;
      // A second change between this one and the sample: look at the rest of the day again.
      if (found !== offset) continue;
    }
    previousTime = next;
    if (next >= to) break;
    next = Math.min(next + SAMPLE_STEP_MS, to);
  }
  return { from, to, starts, offsets };
}
