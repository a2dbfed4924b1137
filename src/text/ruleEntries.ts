import { WEEKDAYS } from "../schedule/ruleKinds";
import { formatMinutes } from "../schedule/timeRange";
import { DayTable } from "./dayTable";
import type { ReadRuleHours } from "./readConfig";
import type { HoursPhrase, Span } from "./times";
import type { WeekdaySet } from "./weekdays";

/*
 * Stage 5 of the reader (statements → config), its smallest piece: one rule's hours as the
 * statements give them — a list, hours per weekday, a clip, or "as usual" — merged line by
 * line and written out in the config's form.
 */

/** One rule's hours, as read so far. */
export type RuleEntry =
  | { readonly form: "list"; readonly spans: readonly Span[]; readonly line: number; readonly block: number }
  | { readonly form: "days"; readonly table: DayTable }
  | { readonly form: "clip"; readonly opensAt?: number; readonly closesAt?: number; readonly line: number }
  | { readonly form: "asUsual"; readonly line: number };


/**
 * Why `merge` would refuse, or null.
 *
 * @example
 * mergeProblem(null, [1], { kind: "open", spans: [] }, "perioden") // => null
 */
export function mergeProblem(seen: RuleEntry | null, weekdays: WeekdaySet | null, hours: HoursPhrase, what: string): string | null {
  if (seen === null) return null;
  if (seen.form === "days" && hours.kind === "open" && weekdays !== null) return seen.table.conflict(weekdays, hours.spans);
  const line = seen.form === "days" ? null : seen.line;
  return `${what} har redan tider${line ? ` på rad ${line}` : ""}`;
}


/**
 * A rule with the statement's hours added (check `mergeProblem` first).
 *
 * @example
 * merge(null, null, { kind: "open", spans: [{ from: 600, to: 840 }] }, 3, 0, []) // => { form: "list", spans: [{ from: 600, to: 840 }], line: 3, block: 0 }
 */
export function merge(seen: RuleEntry | null, weekdays: WeekdaySet | null, hours: HoursPhrase, line: number, block: number, notes: string[]): RuleEntry {
  if (hours.kind === "asUsual") return { form: "asUsual", line };
  if (hours.kind === "clip") return { form: "clip", line, ...(hours.opensAt !== undefined ? { opensAt: hours.opensAt } : {}), ...(hours.closesAt !== undefined ? { closesAt: hours.closesAt } : {}) };
  if (hours.kind !== "open") throw new Error(`unexpected hours ${hours.kind}`);
  if (weekdays === null) return { form: "list", spans: sortSpans(hours.spans), line, block };
  const rule = seen?.form === "days" ? seen : { form: "days" as const, table: new DayTable() };
  const result = rule.table.set(weekdays, sortSpans(hours.spans), line, block);
  if ("notes" in result) notes.push(...result.notes);
  return rule;
}


/**
 * A note written beside a rule ("(inventering)") as its label.
 *
 * @example
 * labelOf("inventering") // => { label: "Inventering" }
 */
export function labelOf(note: string | null): { label?: string } {
  return note ? { label: capitalizeFirst(note) } : {};
}

/**
 * The first letter in upper case.
 *
 * @example
 * capitalizeFirst("inventering") // => "Inventering"
 */
export function capitalizeFirst(text: string): string {
  return text.charAt(0).toLocaleUpperCase("sv") + text.slice(1);
}

function sortSpans(spans: readonly Span[]): Span[] {
  return [...spans].sort((a, b) => a.from - b.from);
}

/**
 * Spans as the config writes them.
 *
 * @example
 * hoursText([{ from: 480, to: 960 }]) // => ["08:00-16:00"]
 */
export function hoursText(spans: readonly Span[]): string[] {
  // In the order of the day, as the config wants them: "16.00–01.30 och 13–16" is written late first.
  return sortSpans(spans).map((s) => `${formatMinutes(s.from)}-${formatMinutes(s.to)}`);
}

/**
 * A rule's hours in the config's form.
 *
 * @example
 * ruleHours({ form: "clip", closesAt: 720, line: 1 }) // => { closesAt: "12:00" }
 */
export function ruleHours(rule: RuleEntry): ReadRuleHours {
  switch (rule.form) {
    case "list":
      return hoursText(rule.spans);
    case "days":
      return Object.fromEntries(rule.table.days().map(([day, spans]) => [WEEKDAYS[day - 1]!, hoursText(spans)]));
    case "clip":
      return {
        ...(rule.opensAt !== undefined ? { opensAt: formatMinutes(rule.opensAt) } : {}),
        ...(rule.closesAt !== undefined ? { closesAt: formatMinutes(rule.closesAt) } : {}),
      };
    case "asUsual":
      throw new Error("no hours for \"as usual\"");
  }
}

/**
 * `spans` without the parts in `gaps`; the same array when nothing is cut.
 *
 * @example
 * subtract([{ from: 480, to: 960 }], [{ from: 720, to: 780 }]) // => [{ from: 480, to: 720 }, { from: 780, to: 960 }]
 */
export function subtract(spans: readonly Span[], gaps: readonly Span[]): readonly Span[] {
  let result: Span[] = [...spans];
  let changed = false;
  for (const gap of gaps) {
    const next: Span[] = [];
    for (const span of result) {
      if (gap.to <= span.from || gap.from >= span.to) {
        next.push(span);
        continue;
      }
      changed = true;
      if (span.from < gap.from) next.push({ from: span.from, to: gap.from });
      if (gap.to < span.to) next.push({ from: gap.to, to: span.to });
    }
    result = next;
  }
  return changed ? result : spans;
}
