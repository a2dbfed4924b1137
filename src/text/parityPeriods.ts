import type { DayTable } from "./dayTable";
import type { RuleEntry } from "./ruleEntries";

/** A read period as the builder keeps it: its weeks, and its hours so far. */
interface ParityCandidate {
  readonly definition: { readonly weeks?: { readonly parity?: "odd" | "even"; readonly from?: number; readonly to?: number } };
  rule: RuleEntry | null;
}

const DAY_NAMES = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"];

/**
 * "Måndag–torsdag 8–16 / Fredagar udda veckor 8–12": an odd/even-week period speaks only of
 * the weekdays it names; the rest of those weeks keep the weekly hours. A period replaces the
 * whole week, so the weekly hours of the days it does not name are copied into it (without
 * this, Monday–Thursday would be closed every other week — hours the text never said).
 * Returns a note for the assumptions, or null when nothing was copied.
 *
 * @example
 * fillParityPeriods(periods.values(), weeklyTable) // => "udda veckor: måndag, tisdag … som vanliga veckor"
 */
export function fillParityPeriods(periods: Iterable<ParityCandidate>, weekly: DayTable): string | null {
  const notes: string[] = [];
  for (const period of periods) {
    const weeks = period.definition.weeks;
    if (!weeks?.parity || weeks.from !== undefined || period.rule?.form !== "days") continue;
    const table = period.rule.table;
    const named = new Set(table.days().map(([day]) => day));
    const copied: number[] = [];
    for (const [day, spans] of weekly.days()) {
      if (named.has(day)) continue;
      table.set([day], spans, 0, weekly.blockOf(day) ?? 0);
      copied.push(day);
    }
    if (copied.length > 0) notes.push(`${weeks.parity === "odd" ? "udda" : "jämna"} veckor: ${copied.map((d) => DAY_NAMES[d - 1]).join(", ")} som vanliga veckor`);
  }
  return notes.length > 0 ? notes.join("; ") : null;
}
