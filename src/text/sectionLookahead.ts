import type { Selector } from "./clause";
import type { LineReading } from "./readLines";

/* What the section reader looks up around a line: the kind of days, the lines below. */

/**
 * Whether a selector names only weekdays (so a period above it applies).
 *
 * @example
 * isWeekdaysOnly({ ...EMPTY_SELECTOR, weekdays: [1, 2, 3, 4, 5] }) // => true
 */
export function isWeekdaysOnly(selector: Selector): boolean {
  return selector.special === null && selector.weeks === null && selector.season === null && selector.dates === null;
}

/**
 * Whether hours follow a heading before an unread line or another heading that names an
 * owner ("Socialjouren" right above "Telefontid:" is one heading of two lines).
 *
 * @example
 * followedByHours(["Biblioteket", "Mån–fre 10–19"].map((l, i) => readLine(l, i + 1)), 0) // => true
 */
export function followedByHours(readings: readonly LineReading[], index: number): boolean {
  let adjacent = true;
  for (let i = index + 1; i < readings.length; i++) {
    const reading = readings[i]!;
    if (reading.kind === "blank") adjacent = false;
    if (reading.kind === "blank" || reading.kind === "contacts" || reading.kind === "restClosed") continue;
    if (reading.kind === "heading") {
      if (reading.heading.owner === null || adjacent) continue;
      return false;
    }
    return reading.clauses.some((c) => c.result.ok);
  }
  return false;
}
