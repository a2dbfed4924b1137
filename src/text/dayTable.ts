import type { Span } from "./times";
import { formatSpan } from "./times";

const DAY_NAMES = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"];

interface Entry {
  readonly spans: readonly Span[];
  readonly line: number;
  /** How many weekdays the line named: the line naming fewer days is the more specific. */
  readonly size: number;
  /** The heading block the line is in (a lunch break applies to its own block). */
  readonly block: number;
}

/**
 * Hours per weekday for one rule (the weekly hours, a period, a special day), filled line by
 * line. When two lines give a weekday, the one naming fewer days wins ("Måndag–fredag 8–16"
 * then "Fredag 8–15": Friday is 8–15), as a reader of the page would take it; two lines
 * naming as many days with different hours are a conflict.
 */
export class DayTable {
  private readonly entries = new Map<number, Entry>();

  /** Whether no weekday has hours yet. */
  get isEmpty(): boolean {
    return this.entries.size === 0;
  }

  /**
   * Gives `days` the spans. Returns a conflict reason (and changes nothing), or the notes
   * about weekdays where a more specific line decided.
   */
  set(days: readonly number[], spans: readonly Span[], line: number, block: number): { conflict: string } | { notes: string[] } {
    const conflict = this.conflict(days, spans);
    if (conflict) return { conflict };
    const notes: string[] = [];
    for (const day of days) {
      const seen = this.entries.get(day);
      if (seen && !sameSpans(seen.spans, spans)) {
        const [winner, loser] = seen.size < days.length ? [seen, { line, size: days.length }] : [{ spans, line, size: days.length }, seen];
        notes.push(`${DAY_NAMES[day - 1]}: rad ${winner.line} (${describe(winner.spans)}) gäller före rad ${loser.line}, som nämner fler dagar`);
        if (seen.size < days.length) continue;
      }
      this.entries.set(day, { spans, line, size: days.length, block });
    }
    return { notes };
  }

  /** Why `set` would refuse these days, or null. */
  conflict(days: readonly number[], spans: readonly Span[]): string | null {
    for (const day of days) {
      const seen = this.entries.get(day);
      if (seen && !sameSpans(seen.spans, spans) && seen.size === days.length) {
        return `${DAY_NAMES[day - 1]} har redan andra tider på rad ${seen.line}`;
      }
    }
    return null;
  }

  /** The hours of each weekday that has any (1 = Monday). */
  days(): [number, readonly Span[]][] {
    return [...this.entries.entries()].sort((a, b) => a[0] - b[0]).map(([day, entry]) => [day, entry.spans]);
  }

  /** The heading block each weekday's hours came from. */
  blockOf(day: number): number | undefined {
    return this.entries.get(day)?.block;
  }

  /** Replaces a weekday's spans (after a lunch break is cut out). */
  replace(day: number, spans: readonly Span[]): void {
    const entry = this.entries.get(day);
    if (entry) this.entries.set(day, { ...entry, spans });
  }
}

function sameSpans(a: readonly Span[], b: readonly Span[]): boolean {
  return a.length === b.length && a.every((span, i) => span.from === b[i]!.from && span.to === b[i]!.to);
}

function describe(spans: readonly Span[]): string {
  return spans.length === 0 ? "stängt" : spans.map(formatSpan).join(" och ");
}
