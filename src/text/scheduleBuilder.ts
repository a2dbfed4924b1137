import { formatPlainDate } from "../calendar/plainDate";
import { WEEKDAYS, type DayKind } from "../schedule/ruleKinds";
import type { Selector, Statement } from "./clause";
import { DayTable } from "./dayTable";
import type { ReadException, ReadPeriod, ReadScheduleConfig } from "./readConfig";
import { cutLunchBreaks, type GapEntry } from "./lunchBreaks";
import { dateLabelProblem } from "./resolveDates";
import { capitalizeFirst, hoursText, labelOf, merge, mergeProblem, ruleHours, type RuleEntry } from "./ruleEntries";
import type { CalendarCode } from "../calendar/calendars";
import { namedDaysOfKind } from "../calendar/namedDays";
import type { SpecialDay } from "./specialDays";
import { periodDefinitions, type PeriodDefinition } from "./periodDefinitions";
import { selectorProblem } from "./statements";
import { resolveDatesByWeekday } from "./weekdayYear";
import type { HoursPhrase } from "./times";
import type { WeekdaySet } from "./weekdays";

/** Where a statement stands in the text. */
export interface ApplyContext {
  /** A period written on a line of its own ("Vecka 25–32"), for the weekday lines below it. */
  readonly context: Selector | null;
  /** Under "Avvikande öppettider": dated lines are one-offs, also with weekdays. */
  readonly deviations: boolean;
  /** The year of dates written without one. */
  readonly year: number;
  /** Whether `year` is only the options' (no heading gave one): a weekday written with a date may then pick another. */
  readonly yearAssumed?: boolean;
  /** Which heading block the line is in; a lunch break cuts the hours of its own block. */
  readonly block: number;
}

/** How holidays the text does not mention are read (see `ParseHoursOptions.holidays`). */
export type HolidayReading = "auto" | "closed" | "weekly";

interface PeriodEntry {
  readonly definition: Omit<ReadPeriod, "hours">;
  rule: RuleEntry | null;
  label: string | null;
}

interface ExceptionEntry {
  readonly first: number;
  readonly last: number;
  rule: RuleEntry;
  readonly note: string | null;
  readonly line: number;
}

const SPECIAL_KEYS: Record<DayKind, string> = {
  publicHoliday: "helgdagar",
  workFreeEve: "midsommar-, jul- och nyårsafton",
  bridgeDay: "klämdag",
  dayBeforeEve: "dag före afton",
  dayBeforeRedDay: "dag före röd dag",
};

/**
 * Collects the statements of one section (one unit's hours) into a schedule config:
 * weekly hours, periods, special days, one-off dates and lunch breaks, refusing
 * (with a reason) a statement that contradicts one before it.
 *
 * @example
 * const builder = new ScheduleBuilder();
 * builder.apply(statement, 3, { context: null, deviations: false, year: 2026 }); // null, or why not
 * builder.finish("auto").config // => { weekly: { mon: ["08:00-16:00"] }, dayKinds: { … } }
 */
export class ScheduleBuilder {
  private readonly weekly = new DayTable();
  private readonly periods = new Map<string, PeriodEntry>();
  private readonly specials = new Map<string, { readonly day: SpecialDay; rule: RuleEntry; label?: string | null }>();
  private readonly exceptions: ExceptionEntry[] = [];
  private readonly gaps: GapEntry[] = [];
  /** What the reader decided where the text left room, for people to check. */
  readonly assumptions: string[] = [];
  /** How many statements gave hours. */
  statements = 0;

  /** `calendar`: whose red days and named days the text speaks of (SPEC §14). */
  constructor(private readonly calendar: CalendarCode = "SE") {}

  /** Applies one statement; returns why it cannot be read (nothing changes then), or null. */
  apply(statement: Statement, line: number, ctx: ApplyContext): string | null {
    const { selector, hours } = statement;
    const own = selector.special !== null || selector.weeks !== null || selector.season !== null || selector.dates !== null;
    const scoped: Selector = own || ctx.context === null ? selector : { ...ctx.context, weekdays: selector.weekdays };
    if (hours.kind === "gap") {
      let periods: string[] | null = null;
      if (!own && ctx.context !== null) {
        const keys = this.periodDefinitions(ctx.context, ctx);
        if (typeof keys === "string") return keys;
        periods = keys.map((k) => k.key);
      }
      this.gaps.push({ weekdays: selector.weekdays, periods, spans: hours.spans, line, block: ctx.block });
      return null;
    }
    const problem = selectorProblem(scoped, hours);
    if (problem) return problem;
    if (ctx.context !== null && selector.special !== null && selector.dates === null) {
      // "Vecka 19–25 … Torsdag före helgdag 13–16": meant for the period, but a rule for a kind
      // of day holds all year; reading it so would invent hours outside the period.
      return "står under en period, men en regel för helgdagar, aftnar och klämdagar gäller hela året (skriv den utanför perioden)";
    }
    let result: string | null;
    if (scoped.special) result = this.applySpecial(scoped, hours, line, ctx);
    else if (scoped.dates && (!scoped.weekdays || ctx.deviations)) result = this.applyException(scoped, hours, line, ctx);
    else if (scoped.dates || scoped.weeks || scoped.season) result = this.applyPeriod(scoped, hours, line, ctx);
    else if (scoped.weekdays) result = this.applyWeekly(scoped.weekdays, hours, line, ctx.block);
    else result = "tider utan dagar";
    if (result === null) this.statements++;
    return result;
  }

  private applyWeekly(weekdays: WeekdaySet, hours: HoursPhrase, line: number, block: number): string | null {
    if (hours.kind !== "open") return "\"stänger kl.\" utan tider att korta";
    const result = this.weekly.set(weekdays, hours.spans, line, block);
    if ("conflict" in result) return result.conflict;
    this.assumptions.push(...result.notes);
    return null;
  }

  private applySpecial(selector: Selector, hours: HoursPhrase, line: number, ctx: ApplyContext): string | null {
    const phrase = selector.special!;
    if (selector.dates) return this.applyException(selector, hours, line, ctx);
    let days: readonly SpecialDay[] = phrase.days;
    // "Midsommar-, jul- och nyårsafton" (the compound) is the day kind of the three work-free eves.
    const names = days.filter((d): d is Extract<SpecialDay, { kind: "named" }> => d.kind === "named").map((d) => d.name);
    const eves = namedDaysOfKind("workFreeEve", this.calendar);
    if (phrase.compound && names.length === eves.length && eves.every((eve) => names.includes(eve))) days = [{ kind: "dayKind", dayKind: "workFreeEve" }];
    if (hours.kind === "asUsual" && days.some((d) => d.kind !== "dayKind" || (d.dayKind !== "publicHoliday" && d.dayKind !== "workFreeEve"))) {
      return "\"ordinarie öppettider\" gäller bara helgdagar och midsommar-, jul- och nyårsafton";
    }
    const keys = days.map((day) => (day.kind === "dayKind" ? `kind:${day.dayKind}` : `named:${day.name}`));
    if (new Set(keys).size !== keys.length) return "samma dag två gånger";
    for (let i = 0; i < days.length; i++) {
      const problem = mergeProblem(this.specials.get(keys[i]!)?.rule ?? null, selector.weekdays, hours, specialName(days[i]!));
      if (problem) return problem;
    }
    for (let i = 0; i < days.length; i++) {
      const seen = this.specials.get(keys[i]!);
      const rule = merge(seen?.rule ?? null, selector.weekdays, hours, line, ctx.block, this.assumptions);
      const label = selector.note ?? seen?.label ?? null;
      if (seen) Object.assign(seen, { rule, label });
      else this.specials.set(keys[i]!, { day: days[i]!, rule, label });
    }
    return null;
  }

  private applyPeriod(selector: Selector, hours: HoursPhrase, line: number, ctx: ApplyContext): string | null {
    const definitions = this.periodDefinitions(selector, ctx);
    if (typeof definitions === "string") return definitions;
    const weekdays = hours.kind === "clip" ? null : selector.weekdays;
    for (const { key } of definitions) {
      const problem = mergeProblem(this.periods.get(key)?.rule ?? null, weekdays, hours, "perioden");
      if (problem) return problem;
    }
    for (const { key, definition } of definitions) {
      const seen = this.periods.get(key);
      const rule = merge(seen?.rule ?? null, weekdays, hours, line, ctx.block, this.assumptions);
      const label = selector.note ?? seen?.label ?? null;
      if (seen) Object.assign(seen, { rule, label });
      else this.periods.set(key, { definition, rule, label });
    }
    return null;
  }

  /** Whether the period(s) a selector means already give hours for any of these weekdays. */
  periodHasAny(selector: Selector, weekdays: WeekdaySet, year: number): boolean {
    const definitions = this.periodDefinitions(selector, { context: null, deviations: false, year, block: 0 });
    if (typeof definitions === "string") return false;
    return definitions.some(({ key }) => {
      const rule = this.periods.get(key)?.rule;
      if (!rule) return false;
      if (rule.form !== "days") return true;
      return rule.table.days().some(([day]) => weekdays.includes(day));
    });
  }

  /** The periods a selector's weeks or dates mean (periodDefinitions.ts). */
  private periodDefinitions(selector: Selector, ctx: ApplyContext): PeriodDefinition[] | string {
    return periodDefinitions(selector, ctx.year, (note) => this.assumeOnce(note));
  }

  private assumeOnce(note: string): void {
    if (!this.assumptions.includes(note)) this.assumptions.push(note);
  }

  private applyException(selector: Selector, hours: HoursPhrase, line: number, ctx: ApplyContext): string | null {
    const labels = selector.special?.days ?? [];
    const spans: { first: number; last: number }[] = [];
    for (const item of selector.dates!) {
      const resolved = resolveDatesByWeekday(item, ctx.year, ctx.yearAssumed === true, (note) => this.assumeOnce(note));
      if (typeof resolved === "string") return resolved;
      if (labels.length > 0) {
        if (resolved.first !== resolved.last) return "en namngiven dag med ett datumintervall";
        const problem = dateLabelProblem(resolved.first, labels, this.calendar);
        if (problem) return problem;
      }
      spans.push(resolved);
    }
    if (hours.kind === "asUsual") return "\"ordinarie öppettider\" på ett datum";
    for (const [i, span] of spans.entries()) {
      const overlapping = this.exceptions.find((e) => span.first <= e.last && e.first <= span.last);
      if (overlapping) return `datumet har redan tider på rad ${overlapping.line}`;
      if (spans.some((other, j) => j < i && span.first <= other.last && other.first <= span.last)) return "samma datum två gånger";
    }
    for (const span of spans) {
      const rule = merge(null, hours.kind === "clip" ? null : selector.weekdays, hours, line, ctx.block, this.assumptions);
      this.exceptions.push({ ...span, rule, note: selector.note, line });
    }
    return null;
  }

  /**
   * The config, after cutting out lunch breaks and adding the holiday closures a Swedish
   * reader takes for granted (see `HolidayReading`). Returns the lunch lines that cut nothing.
   */
  finish(holidays: HolidayReading): { config: ReadScheduleConfig; unread: { line: number; reason: string }[] } {
    const unread = cutLunchBreaks(this.gaps, { weekly: this.weekly, specials: this.specials.values(), exceptions: this.exceptions, periods: this.periods });
    if (holidays !== "weekly" && this.statements > 0) this.assumeHolidays(holidays);
    this.closeOneByOneAroundClips();

    const config: ReadScheduleConfig = {};
    const weekly = this.weekly.days();
    if (weekly.length > 0) config.weekly = Object.fromEntries(weekly.map(([day, spans]) => [WEEKDAYS[day - 1]!, hoursText(spans)]));
    const periods = [...this.periods.values()].filter((p) => p.rule !== null);
    if (periods.length > 0) config.periods = periods.map((p) => ({ ...p.definition, hours: ruleHours(p.rule!), ...labelOf(p.label) }));
    for (const { day, rule, label } of this.specials.values()) {
      if (rule.form === "asUsual") continue;
      const entry = { hours: ruleHours(rule), ...labelOf(label ?? null) };
      if (day.kind === "dayKind") (config.dayKinds ??= {})[day.dayKind] = entry;
      else (config.namedDays ??= {})[day.name] = entry;
    }
    if (this.exceptions.length > 0) {
      config.exceptions = this.exceptions.map((e) => {
        const when: Omit<ReadException, "hours"> = e.first === e.last ? { date: formatPlainDate(e.first) } : { from: formatPlainDate(e.first), to: formatPlainDate(e.last) };
        return { ...when, hours: ruleHours(e.rule), ...(e.note ? { note: capitalizeFirst(e.note) } : {}) };
      });
    }
    return { config, unread };
  }

  /**
   * Whether any weekday line (weekly or a period) opens on a Sunday. Red days are like Sundays
   * (and the work-free eves are treated as Sundays in Swedish working life): a place closed on
   * Sundays is taken to be closed on them too, unless the text says otherwise.
   */
  private opensOnSundays(): boolean {
    if (this.weekly.days().some(([day, spans]) => day === 7 && spans.length > 0)) return true;
    for (const { rule } of this.periods.values()) {
      if (rule?.form === "list" && rule.spans.length > 0) return true;
      if (rule?.form === "days" && rule.table.days().some(([day, spans]) => day === 7 && spans.length > 0)) return true;
    }
    return false;
  }

  private assumeHolidays(holidays: HolidayReading): void {
    if (holidays === "auto" && this.opensOnSundays()) return;
    const added: string[] = [];
    for (const kind of ["publicHoliday", "workFreeEve"] as const) {
      if (this.specials.has(`kind:${kind}`)) continue;
      this.specials.set(`kind:${kind}`, { day: { kind: "dayKind", dayKind: kind }, rule: { form: "list", spans: [], line: 0, block: -1 } });
      added.push(kind === "workFreeEve" ? evesName(this.calendar) : SPECIAL_KEYS[kind]);
    }
    if (added.length === 0) return;
    const why = holidays === "closed" ? "enligt inställningen holidays: \"closed\"" : "texten nämner dem inte, och inga söndagar är öppna";
    this.assumptions.push(`${added.join(" och ")} stängt: ${why}`);
  }

  /**
   * "Helgdagar stängt" (or taken for granted) with "Nyårsafton stänger kl. 12.00": the clip
   * means the usual hours until 12, but a clip cuts the hours the day would have without it,
   * which the closure would make nothing. So the closure is written day by day for the other
   * days of its kind, and the clipped day cuts its usual hours.
   */
  private closeOneByOneAroundClips(): void {
    for (const kind of ["publicHoliday", "workFreeEve"] as const) {
      const closure = this.specials.get(`kind:${kind}`);
      if (closure?.rule.form !== "list" || closure.rule.spans.length > 0) continue;
      const members = namedDaysOfKind(kind, this.calendar);
      const clipped = members.filter((name) => this.specials.get(`named:${name}`)?.rule.form === "clip");
      if (clipped.length === 0) continue;
      this.specials.delete(`kind:${kind}`);
      for (const name of members) {
        if (!this.specials.has(`named:${name}`)) this.specials.set(`named:${name}`, { day: { kind: "named", name }, rule: { form: "list", spans: [], line: 0, block: -1 } });
      }
      this.assumptions.push(`${SPECIAL_KEYS[kind]} stängt dag för dag, så att ${clipped.join(" och ")} får de vanliga tiderna fram till eller från klockslaget`);
    }
  }

}

/** The work-free eves by name: Finland has no work-free nyårsafton. */
function evesName(calendar: CalendarCode): string {
  return calendar === "SE" ? SPECIAL_KEYS.workFreeEve : "midsommar- och julafton";
}

function specialName(day: SpecialDay): string {
  return day.kind === "named" ? day.name : SPECIAL_KEYS[day.dayKind];
}
