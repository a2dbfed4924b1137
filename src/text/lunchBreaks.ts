import type { DayTable } from "./dayTable";
import { subtract, type RuleEntry } from "./ruleEntries";
import { formatSpan, type Span } from "./times";
import type { WeekdaySet } from "./weekdays";

/*
 * Lunch breaks ("Lunchstängt 12–13") cut out of the hours of their heading block, once
 * every statement of a section is in.
 */

/** A closed gap in the day's hours, as read. */
export interface GapEntry {
  readonly weekdays: WeekdaySet | null;
  /** Periods the gap is limited to (it was written under one), or null for the whole section. */
  readonly periods: readonly string[] | null;
  readonly spans: readonly Span[];
  readonly line: number;
  readonly block: number;
}


/** The rules a lunch break may cut. */
export interface GapTargets {
  readonly weekly: DayTable;
  readonly specials: Iterable<{ rule: RuleEntry }>;
  readonly exceptions: Iterable<{ rule: RuleEntry }>;
  readonly periods: Iterable<[string, { rule: RuleEntry | null }]>;
}

/**
 * Cuts lunch breaks out of the hours they fall in; a break that cuts nothing is returned unread.
 *
 * @example
 * cutLunchBreaks([{ weekdays: null, periods: null, spans: [{ from: 720, to: 780 }], line: 3, block: 0 }], targets) // => [] (it cut the weekly hours)
 */
export function cutLunchBreaks(gaps: readonly GapEntry[], targets: GapTargets): { line: number; reason: string }[] {
  const unread: { line: number; reason: string }[] = [];
  for (const gap of gaps) {
    let cut = false;
    const cutTable = (table: DayTable) => {
      for (const [day, spans] of table.days()) {
        if (gap.weekdays && !gap.weekdays.includes(day)) continue;
        if (table.blockOf(day) !== gap.block) continue;
        const after = subtract(spans, gap.spans);
        if (after !== spans) {
          table.replace(day, after);
          cut = true;
        }
      }
    };
    const cutRule = (rule: RuleEntry | null): RuleEntry | null => {
      if (rule?.form === "days") cutTable(rule.table);
      if (rule?.form === "list" && gap.weekdays === null && rule.block === gap.block) {
        const after = subtract(rule.spans, gap.spans);
        if (after !== rule.spans) {
          cut = true;
          return { ...rule, spans: after };
        }
      }
      return rule;
    };
    if (gap.periods === null) {
      cutTable(targets.weekly);
      for (const entry of targets.specials) entry.rule = cutRule(entry.rule)!;
      for (const exception of targets.exceptions) exception.rule = cutRule(exception.rule)!;
    }
    for (const [key, period] of targets.periods) {
      if (gap.periods === null || gap.periods.includes(key)) period.rule = cutRule(period.rule);
    }
    if (!cut) unread.push({ line: gap.line, reason: `stängt ${gap.spans.map(formatSpan).join(" och ")} ligger utanför öppettiderna` });
  }
  return unread;
}
