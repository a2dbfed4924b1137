/**
 * Finds the ranges of a list that overlap another one of the list, in n log n (sort by
 * start, then one sweep), so that a list of thousands is checked in a millisecond.
 * Ranges are inclusive `[first, last]`, as strings (`"2026-12-24"`) or numbers; ranges
 * given as null (invalid ones) are skipped.
 *
 * Every range that overlaps another is reported, once, at its own index, with the index
 * of one range it overlaps; where two ranges would name each other, only the later-listed
 * one is reported. So a list with n ranges gets at most n reports (not n² pairs), and
 * every overlapping range is reported or named in a report.
 *
 * @example
 * findOverlaps([["2026-12-24", "2026-12-26"], ["2026-12-20", "2026-12-24"], ["2027-01-01", "2027-01-01"]])
 * // => [{ index: 1, other: 0 }]
 */
export function findOverlaps<T extends string | number>(ranges: readonly (readonly [T, T] | null)[]): { index: number; other: number }[] {
  const order: number[] = [];
  ranges.forEach((range, i) => {
    if (range) order.push(i);
  });
  const startOf = (i: number) => ranges[i]![0];
  const endOf = (i: number) => ranges[i]![1];
  order.sort((a, b) => (startOf(a) < startOf(b) ? -1 : startOf(a) > startOf(b) ? 1 : a - b));

  // A range overlaps another iff the furthest-reaching range sorted before it reaches its
  // start, or the range sorted right after it starts before its end.
  const partner = new Map<number, number>();
  let furthest = -1;
  for (let k = 0; k < order.length; k++) {
    const i = order[k]!;
    if (furthest >= 0 && endOf(furthest) >= startOf(i)) partner.set(i, furthest);
    else if (k + 1 < order.length && startOf(order[k + 1]!) <= endOf(i)) partner.set(i, order[k + 1]!);
    if (furthest < 0 || endOf(i) > endOf(furthest)) furthest = i;
  }

  const found: { index: number; other: number }[] = [];
  for (const [index, other] of partner) {
    if (index < other && partner.get(other) === index) continue; // the pair is reported at `other`
    found.push({ index, other });
  }
  return found.sort((a, b) => a.index - b.index);
}
