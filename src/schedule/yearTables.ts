import { civilFromDays, daysFromCivil, MS_PER_DAY } from "../calendar/plainDate";
import { EARLIEST_SUPPORTED_MS, FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR, LATEST_SUPPORTED_MS } from "../calendar/supportedYears";
import type { Zone } from "../zone/zone";
import type { DayResolver } from "./rules";

/**
 * One year of a schedule, compiled to absolute time: the open intervals that fall within
 * [start, end) — local midnight of 1 January to local midnight of the next 1 January —
 * as a flat sorted list of boundaries `[open₀, close₀, open₁, close₁, …]` in epoch ms.
 * Touching and overlapping intervals are merged; an interval that runs over New Year is
 * cut at `end` and continues in the next year's table.
 */
export interface YearTable {
  readonly year: number;
  readonly start: number;
  readonly end: number;
  readonly boundaries: Float64Array;
  /**
   * For each hour since `start`, how many boundaries come before that hour begins: a
   * query starts there and steps over the few boundaries within the hour, instead of a
   * binary search over the whole year.
   */
  readonly hourIndex: Uint16Array | Uint32Array;
}

/** The bucket width of `YearTable.hourIndex`. */
export const INDEX_BUCKET_MS = 3_600_000;

/** How many years a schedule keeps compiled; the least recently used is dropped past this. */
export const MAX_CACHED_YEARS = 16;

/** The compiled years of one schedule, built on demand and kept within `MAX_CACHED_YEARS`. */
export interface YearTables {
  /** The table of the year an instant falls in (in the schedule's zone). Throws `RangeError` outside 2005–2100. */
  tableAt(epochMs: number): YearTable;
  /** The table of a year. Throws `RangeError` outside 2005–2100. */
  table(year: number): YearTable;
  /** The years compiled now and the bytes their boundaries and hour indexes hold. */
  stats(): { years: number[]; bytes: number };
}

const FIRST_YEAR_START_UTC = daysFromCivil(FIRST_SUPPORTED_YEAR, 1, 1) * MS_PER_DAY;

const AVERAGE_YEAR_MS = 31_556_952_000;

/**
 * Year tables for a schedule's rules in a zone.
 *
 * @example
 * const tables = createYearTables(resolver, createZone("Europe/Stockholm"));
 * tables.table(2026).boundaries.length // => twice the number of open intervals in 2026
 */
export function createYearTables(resolve: DayResolver, zone: Zone): YearTables {
  const slots: (YearTable | undefined)[] = new Array(LAST_SUPPORTED_YEAR - FIRST_SUPPORTED_YEAR + 1);
  // When each compiled year was last asked for: the least recently used one is dropped
  // when a 17th is compiled, so the years a kiosk or a website keeps asking about stay,
  // however many far-off years a caller asks about in between.
  const lastUsed = new Float64Array(slots.length);
  let clock = 0;
  let compiledCount = 0;
  let recent: YearTable | undefined;

  const table = (year: number): YearTable => {
    if (!(year >= FIRST_SUPPORTED_YEAR && year <= LAST_SUPPORTED_YEAR)) {
      throw new RangeError(`the schedule reaches into ${year}, outside the supported years ${FIRST_SUPPORTED_YEAR}–${LAST_SUPPORTED_YEAR}`);
    }
    const slot = year - FIRST_SUPPORTED_YEAR;
    let compiled = slots[slot];
    if (!compiled) {
      if (compiledCount >= MAX_CACHED_YEARS) dropLeastRecentlyUsed();
      compiled = compileYear(year, resolve, zone);
      slots[slot] = compiled;
      compiledCount++;
    }
    lastUsed[slot] = ++clock;
    return compiled;
  };

  const dropLeastRecentlyUsed = () => {
    let oldest = -1;
    for (let slot = 0; slot < slots.length; slot++) {
      // The year of the last query (answered without touching lastUsed) counts as just used.
      if (slots[slot] === undefined || slots[slot] === recent) continue;
      if (oldest < 0 || lastUsed[slot]! < lastUsed[oldest]!) oldest = slot;
    }
    slots[oldest] = undefined;
    compiledCount--;
  };

  const tableAt = (epochMs: number): YearTable => {
    // Most queries land in the year of the last one; check that first, then the year an
    // average year length points at, and only then work it out.
    if (recent !== undefined && epochMs >= recent.start && epochMs < recent.end) return recent;
    const guess = slots[((epochMs - FIRST_YEAR_START_UTC) / AVERAGE_YEAR_MS) | 0];
    if (guess !== undefined && epochMs >= guess.start && epochMs < guess.end) {
      lastUsed[guess.year - FIRST_SUPPORTED_YEAR] = ++clock;
      return (recent = guess);
    }
    // Certainly outside in every zone: refused before the zone is asked, so that no
    // far-off instant makes a zone or a calendar compute, or keep, anything for it.
    if (!(epochMs >= EARLIEST_SUPPORTED_MS && epochMs < LATEST_SUPPORTED_MS)) throw outsideRange(epochMs, zone);
    // The year of the local date, exactly: the tables start at local midnight of 1 January.
    const year = civilFromDays(Math.floor(zone.epochToLocal(epochMs) / MS_PER_DAY)).year;
    if (!(year >= FIRST_SUPPORTED_YEAR && year <= LAST_SUPPORTED_YEAR)) throw outsideRange(epochMs, zone);
    return (recent = table(year));
  };

  const stats = () => {
    const years = slots.flatMap((t) => (t ? [t.year] : []));
    const bytes = slots.reduce((sum, t) => sum + (t ? t.boundaries.byteLength + t.hourIndex.byteLength : 0), 0);
    return { years, bytes };
  };

  return { table, tableAt, stats };
}

function outsideRange(epochMs: number, zone: Zone): RangeError {
  // Beyond ±8.64e15 ms a Date is invalid and has no ISO text.
  const instant = Math.abs(epochMs) <= 8.64e15 ? new Date(epochMs).toISOString() : `${epochMs} ms after 1970`;
  return new RangeError(`instant ${instant} is outside the supported years ${FIRST_SUPPORTED_YEAR}–${LAST_SUPPORTED_YEAR} in ${zone.name}`);
}

/** Compiles one year: every day's hours (and the overnight tail of 31 December before it) to epoch ms. */
function compileYear(year: number, resolve: DayResolver, zone: Zone): YearTable {
  const firstDay = daysFromCivil(year, 1, 1);
  const nextFirstDay = daysFromCivil(year + 1, 1, 1);
  const start = zone.localToEpoch(firstDay * MS_PER_DAY);
  const end = zone.localToEpoch(nextFirstDay * MS_PER_DAY);
  const boundaries: number[] = [];
  // Day starts are increasing and each day's intervals are sorted and disjoint, and
  // localToEpoch never runs backwards, so intervals arrive ordered by their start.
  for (let dayNumber = firstDay - 1; dayNumber < nextFirstDay; dayNumber++) {
    const dayStart = dayNumber * MS_PER_DAY;
    for (const range of resolve(dayNumber).hours) {
      const open = Math.max(start, zone.localToEpoch(dayStart + range.from * 60_000));
      const close = Math.min(end, zone.localToEpoch(dayStart + range.to * 60_000));
      if (close <= open) continue; // before this year, or wholly in a skipped hour
      const last = boundaries.length - 1;
      if (last > 0 && open <= boundaries[last]!) {
        if (close > boundaries[last]!) boundaries[last] = close;
      } else {
        boundaries.push(open, close);
      }
    }
  }
  return Object.freeze({ year, start, end, boundaries: Float64Array.from(boundaries), hourIndex: buildHourIndex(boundaries, start, end) });
}

function buildHourIndex(boundaries: readonly number[], start: number, end: number): Uint16Array | Uint32Array {
  const buckets = Math.ceil((end - start) / INDEX_BUCKET_MS) + 1;
  const index = boundaries.length < 0xffff ? new Uint16Array(buckets) : new Uint32Array(buckets);
  let count = 0;
  for (let k = 0; k < buckets; k++) {
    const bucketStart = start + k * INDEX_BUCKET_MS;
    while (count < boundaries.length && boundaries[count]! < bucketStart) count++;
    index[k] = count;
  }
  return index;
}
