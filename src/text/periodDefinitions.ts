import type { ReadPeriod } from "./readConfig";
import { resolveDates } from "./resolveDates";
import type { Selector } from "./statements";

/** One period a selector means, with a key: the same period on two lines is one. */
export interface PeriodDefinition {
  readonly key: string;
  readonly definition: Omit<ReadPeriod, "hours">;
}

/**
 * The periods a selector's weeks or dates mean, or why it says no period. `assume` is told
 * what the reader decided where the text left room (an open end's other end).
 *
 * @example
 * periodDefinitions({ ...EMPTY_SELECTOR, weeks: { ranges: [{ from: 25, to: 32 }], parity: null } }, 2026, () => {})
 * // => [{ key: "w:25-32:", definition: { weeks: { from: 25, to: 32 } } }]
 */
export function periodDefinitions(selector: Selector, year: number, assume: (note: string) => void): PeriodDefinition[] | string {
  if (selector.weeks) {
    const { ranges, parity } = selector.weeks;
    if (ranges.length === 0) return [{ key: `w:${parity}`, definition: { weeks: { parity: parity! } } }];
    return ranges.map(({ from, to }) => ({
      key: `w:${from}-${to}:${parity ?? ""}`,
      definition: { weeks: { from, to, ...(parity ? { parity } : {}) } },
    }));
  }
  if (selector.dates) {
    const definitions: PeriodDefinition[] = [];
    for (const item of selector.dates) {
      const resolved = resolveDates(item, year);
      if (typeof resolved === "string") return resolved;
      // Dates written without a year are a yearly period ("27 juni – 21 augusti" every summer).
      // An open end ("Från och med 15 juni") is a change of hours, not a season: it is pinned
      // to the text's year, from 1 January or to 31 December of it.
      const yearly = item.from.year === null && item.to.year === null && item.open === undefined;
      if (item.open === "start") assume(`till och med ${resolved.to}: från ${resolved.from} (texten säger bara var perioden slutar)`);
      if (item.open === "end") assume(`från och med ${resolved.from}: till ${resolved.to} (texten säger bara var perioden börjar)`);
      const from = yearly ? resolved.from.slice(5) : resolved.from;
      const to = yearly ? resolved.to.slice(5) : resolved.to;
      definitions.push({ key: `d:${from}..${to}`, definition: { dates: { from, to } } });
    }
    return definitions;
  }
  const season = selector.season?.season ?? "säsong";
  return `säger inte vilka veckor eller datum ${season}en gäller (skriv t.ex. "vecka 25–32" eller "27 juni – 21 augusti")`;
}
