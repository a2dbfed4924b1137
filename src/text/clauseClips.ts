import type { HoursPhrase, Span } from "./times";
import type { WeekdaySet } from "./weekdays";

/** What this module needs of a statement (statements.ts imports it, so it does not import that). */
interface Stated {
  readonly selector: { readonly weekdays: WeekdaySet | null; readonly special: unknown; readonly weeks: unknown; readonly season: unknown; readonly dates: unknown };
  readonly hours: HoursPhrase;
}

/*
 * "Måndag–fredag mellan 8 och 15, fredagar till kl. 13": a later statement of the same
 * clause cuts the hours an earlier one gave some of its weekdays. The cut is read only when
 * it narrows those hours (a closing inside them, an opening inside them); a time outside
 * them would lengthen the day or say something else, and is not guessed at.
 */

/**
 * The hours a clip gives weekdays that an earlier statement of the clause gave open hours,
 * null when no earlier statement gives all of them hours, or why the clip does not narrow them.
 *
 * @example
 * clipEarlierHours([{ selector: mon–fri, hours: { kind: "open", spans: [{ from: 480, to: 900 }] } }], [5], { kind: "clip", closesAt: 780 })
 * // => { kind: "open", spans: [{ from: 480, to: 780 }] }
 */
export function clipEarlierHours(statements: readonly Stated[], weekdays: WeekdaySet, clip: Extract<HoursPhrase, { kind: "clip" }>): HoursPhrase | string | null {
  let earlier: Stated | undefined;
  for (const statement of statements) {
    const { weekdays: days, special, weeks, season, dates } = statement.selector;
    const open = statement.hours.kind === "open" && statement.hours.spans.length > 0;
    if (days !== null && !special && !weeks && !season && !dates && open && weekdays.every((d) => days.includes(d))) earlier = statement;
  }
  if (!earlier || earlier.hours.kind !== "open") return null;
  let spans: Span[] = [...earlier.hours.spans];
  const { opensAt, closesAt } = clip;
  if (opensAt !== undefined) {
    if (opensAt <= spans[0]!.from || opensAt >= spans.at(-1)!.to) return "öppnar inte inom tiderna före (tiderna skulle bli längre)";
    spans = spans.filter((s) => s.to > opensAt).map((s) => ({ from: Math.max(s.from, opensAt), to: s.to }));
  }
  if (closesAt !== undefined) {
    if (closesAt <= spans[0]!.from || closesAt >= spans.at(-1)!.to) return "stänger inte inom tiderna före (tiderna skulle bli längre)";
    spans = spans.filter((s) => s.from < closesAt).map((s) => ({ from: s.from, to: Math.min(s.to, closesAt) }));
  }
  return { kind: "open", spans };
}
