import type { MinuteRange } from "../schedule/timeRange";
import { hoursKey, spillPart } from "./osmHours";
import type { OsmRule } from "./osmRule";

/**
 * The regular weekly hours as the base rules of an `opening_hours` value, one rule per set of
 * weekdays with the same hours (`Mo-Th 08:00-12:00,13:00-16:00; Fr 08:00-12:00,13:00-15:00`).
 * Closed weekdays get no rule.
 *
 * A rule replaces a day wholly, the hours that earlier rules carry past midnight into it
 * included: in `Th 22:00-26:00; Fr 10:00-12:00` Thursday night ends at midnight. So a
 * weekday whose hours run past midnight gets its rule after the next weekday's; if the
 * week has no such order (a cycle of night hours), the rules are joined as additional
 * rules (`", "`), which add to a day instead of replacing it.
 *
 * @example
 * weeklyOsmRules([mo, mo, mo, mo, fr, [], []]) // Mo-Th and Fr, in weekday order
 */
export function weeklyOsmRules(week: readonly (readonly MinuteRange[])[]): OsmRule[] {
  // Groups of weekdays with equal, non-empty hours, in the order of their first weekday.
  const groups: { weekdays: number; hours: readonly MinuteRange[] }[] = [];
  const groupOf: (number | undefined)[] = [];
  const byKey = new Map<string, number>();
  week.forEach((hours, w) => {
    if (hours.length === 0) return;
    const key = hoursKey(hours);
    let index = byKey.get(key);
    if (index === undefined) {
      index = groups.length;
      byKey.set(key, index);
      groups.push({ weekdays: 0, hours });
    }
    groups[index]!.weekdays |= 1 << w;
    groupOf[w] = index;
  });

  // before[g]: the groups that must come before group g (the next day's, when g runs past midnight).
  const before = groups.map(() => new Set<number>());
  for (let w = 0; w < 7; w++) {
    const group = groupOf[w];
    const next = groupOf[(w + 1) % 7];
    if (group !== undefined && next !== undefined && next !== group && spillPart(week[w]!).length > 0) before[group]!.add(next);
  }

  const order = orderGroups(before);
  const additional = order === null;
  return (order ?? groups.map((_, i) => i)).map((g, i) => ({
    dates: null,
    weekdays: groups[g]!.weekdays,
    hours: groups[g]!.hours,
    additional: additional && i > 0,
  }));
}

/** The groups in an order where each comes after those in its `before` set, earliest first; null on a cycle. */
function orderGroups(before: readonly Set<number>[]): number[] | null {
  const placed = new Set<number>();
  const order: number[] = [];
  while (order.length < before.length) {
    const ready = before.findIndex((needs, g) => !placed.has(g) && [...needs].every((n) => placed.has(n)));
    if (ready < 0) return null;
    placed.add(ready);
    order.push(ready);
  }
  return order;
}
