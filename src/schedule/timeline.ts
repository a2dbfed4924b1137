import { FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR } from "../calendar/supportedYears";
import { INDEX_BUCKET_MS, type YearTable, type YearTables } from "./yearTables";

/*
 * Questions about the merged open intervals of a schedule, answered from its compiled
 * year tables. Within a table the boundaries alternate open, close; where an interval
 * runs over New Year it is cut at the table's end and the next table opens at its
 * start, and those two boundaries are not real changes.
 */

/**
 * How many of a table's boundaries are ≤ t (t within the table); odd means t is inside
 * an interval. Starts from the hour index and steps over the hour's few boundaries.
 *
 * @example
 * countAtOrBefore(tables.table(2026), Date.parse("2026-12-23T09:00:00+01:00")) % 2 // => 1 (open)
 */
export function countAtOrBefore(table: YearTable, t: number): number {
  const boundaries = table.boundaries;
  let i = table.hourIndex[((t - table.start) / INDEX_BUCKET_MS) | 0]!;
  while (i < boundaries.length && boundaries[i]! <= t) i++;
  return i;
}

/**
 * Whether the schedule is open at an instant (intervals are half-open [open, close)).
 *
 * @example
 * isOpenAt(tables, Date.parse("2026-12-23T13:00:00+01:00")) // => false (day before eve: 08–12)
 */
export function isOpenAt(tables: YearTables, t: number): boolean {
  return (countAtOrBefore(tables.tableAt(t), t) & 1) === 1;
}

/**
 * The first instant after t at which open/closed changes; null if that is after `limit`
 * or cannot be known because it lies after the last supported year.
 *
 * @example
 * new Date(nextChange(tables, Date.parse("2026-12-23T09:00:00+01:00"), Infinity)!) // => 2026-12-23T11:00:00.000Z
 */
export function nextChange(tables: YearTables, t: number, limit: number): number | null {
  let table = tables.tableAt(t);
  let i = countAtOrBefore(table, t);
  for (;;) {
    const boundaries = table.boundaries;
    if (i < boundaries.length) {
      const change = boundaries[i]!;
      if (change > limit) return null;
      if ((i & 1) === 1 && change === table.end) {
        if (table.year === LAST_SUPPORTED_YEAR) return null; // open on into 2101: the end is unknown
        const next = tables.table(table.year + 1);
        if (next.boundaries.length > 0 && next.boundaries[0] === next.start) {
          table = next; // open straight on over New Year: not a change
          i = 1;
          continue;
        }
      }
      return change;
    }
    if (table.end > limit || table.year === LAST_SUPPORTED_YEAR) return null;
    table = tables.table(table.year + 1);
    i = 0;
  }
}

/**
 * The last instant at or before t at which open/closed changed; null if before `limit` or before 2005.
 *
 * @example
 * new Date(previousChange(tables, Date.parse("2026-12-23T09:00:00+01:00"), 0)!) // => 2026-12-23T07:00:00.000Z
 */
export function previousChange(tables: YearTables, t: number, limit: number): number | null {
  let table = tables.tableAt(t);
  let i = countAtOrBefore(table, t);
  for (;;) {
    const boundaries = table.boundaries;
    if (i > 0) {
      const change = boundaries[i - 1]!;
      if (change < limit) return null;
      if (i === 1 && change === table.start) {
        if (table.year === FIRST_SUPPORTED_YEAR) return null; // open since before 2005: the start is unknown
        const previous = tables.table(table.year - 1);
        const last = previous.boundaries.length - 1;
        if (last >= 0 && previous.boundaries[last] === previous.end) {
          table = previous; // open straight on over New Year: not a change
          i = last;
          continue;
        }
      }
      return change;
    }
    if (table.start < limit || table.year === FIRST_SUPPORTED_YEAR) return null;
    table = tables.table(table.year - 1);
    i = table.boundaries.length;
  }
}

/**
 * The merged open intervals overlapping [from, to), clipped to it, as `[start, end]` pairs.
 *
 * @example
 * intervalsBetween(tables, Date.parse("2026-12-23T00:00+01:00"), Date.parse("2026-12-24T00:00+01:00")) // => [[08:00, 12:00] as epoch ms]
 */
export function intervalsBetween(tables: YearTables, from: number, to: number): [number, number][] {
  const result: [number, number][] = [];
  if (to <= from) return result;
  let table = tables.tableAt(from);
  const found = countAtOrBefore(table, from);
  let k = found & 1 ? found - 1 : found;
  for (;;) {
    const boundaries = table.boundaries;
    for (; k < boundaries.length; k += 2) {
      const start = boundaries[k]!;
      if (start >= to) return result;
      const clippedStart = Math.max(start, from);
      const clippedEnd = Math.min(boundaries[k + 1]!, to);
      const last = result[result.length - 1];
      if (last && last[1] === clippedStart) last[1] = clippedEnd;
      else result.push([clippedStart, clippedEnd]);
    }
    if (table.end >= to) return result;
    table = tables.table(table.year + 1);
    k = 0;
  }
}
