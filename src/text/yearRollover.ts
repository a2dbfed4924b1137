import type { DateItem } from "./dates";

/**
 * Dates written without a year, read line by line under one heading: "Torsdag 31 december
 * 9–12" then "1 januari stängt" — the January after a December is the next year's, as
 * on every "jul och nyår" page. A jump back of six months or more moves the year on by one.
 *
 * @example
 * const years = new YearRollover(() => 2026);
 * years.next([{ from: { day: 31, month: 12, … }, to: … }]) // => null (the base year)
 * years.next([{ from: { day: 1, month: 1, … }, to: … }]) // => 2027
 */
export class YearRollover {
  private lastMonth: number | null = null;
  private offset = 0;
  /** What was decided, once, for the assumptions. */
  note: string | null = null;

  constructor(private readonly base: () => number) {}

  /** The year for these dates, or null when it is the base year. */
  next(dates: readonly DateItem[]): number | null {
    const first = dates[0];
    if (!first) return this.current();
    if (first.from.year === null && this.lastMonth !== null && this.lastMonth - first.from.month >= 6) {
      this.offset++;
      this.note = `${first.from.day}/${first.from.month} efter december: år ${this.base() + this.offset}`;
    }
    const last = dates[dates.length - 1]!;
    const wraps = last.to.month * 100 + last.to.day < last.from.month * 100 + last.from.day;
    if (first.from.year === null) this.lastMonth = wraps ? 12 : last.to.month;
    return this.current();
  }

  /** The year dates are in now, or null when it is the base year. */
  current(): number | null {
    return this.offset > 0 ? this.base() + this.offset : null;
  }

  /** The note, once. */
  takeNote(): string | null {
    const note = this.note;
    this.note = null;
    return note;
  }

  /** A new heading: its dates start again. */
  reset(): void {
    this.lastMonth = null;
    this.offset = 0;
    this.note = null;
  }
}
