import { yearCalendar, DayFlag } from "../calendar/yearCalendar";
import { civilFromDays, parsePlainDate, weekdayOf } from "../calendar/plainDate";
import type { Names } from "../calendar/holidayNames";
import { DAY_KINDS, RULE_KINDS, WEEKDAYS, type DayKind, type RuleKind } from "./ruleKinds";
import type { DayKindRule, PeriodConfig, ScheduleConfig, WeekHours } from "./schema";
import { parseTimeRange, type MinuteRange } from "./timeRange";
import { labelNames } from "./labelNames";
import { periodCovers } from "./periodCovers";

/** The rule that decided a date's hours, with its label for people. */
export interface Rule {
  readonly kind: RuleKind;
  /** The label in the schedule's language (Swedish unless chosen otherwise). */
  readonly label: string;
  /** The label in Swedish and English. */
  readonly labels: Names;
}

/** A date's hours and the rule behind them. */
export interface ResolvedDay {
  readonly rule: Rule;
  readonly hours: readonly MinuteRange[];
}

/** Language of the `label` texts. */
export type Language = "sv" | "en";

/** A config's rules, ready to answer "what are the hours on this date?". */
export type DayResolver = (dayNumber: number) => ResolvedDay;

const DEFAULT_LABELS: Record<Exclude<RuleKind, "publicHoliday" | "workFreeEve" | "period">, Names> = {
  exception: { sv: "Avvikande öppettider", en: "Special opening hours" },
  bridgeDay: { sv: "Klämdag", en: "Bridge day" },
  dayBeforeEve: { sv: "Dag före afton", en: "Day before a holiday eve" },
  dayBeforeRedDay: { sv: "Dag före röd dag", en: "Day before a public holiday" },
  weekly: { sv: "Ordinarie öppettider", en: "Regular opening hours" },
};

const DAY_KIND_FLAG: Record<DayKind, number> = {
  publicHoliday: DayFlag.publicHoliday,
  workFreeEve: DayFlag.workFreeEve,
  bridgeDay: DayFlag.bridgeDay,
  dayBeforeEve: DayFlag.dayBeforeEve,
  dayBeforeRedDay: DayFlag.dayBeforeRedDay,
};

type Matcher = (dayNumber: number, flags: number, yearIndex: number, year: number) => ResolvedDay | null;

/**
 * Compiles a validated config into a resolver that applies the rules in precedence order
 * (SPEC §2): the first rule that matches a date decides its hours.
 *
 * @example
 * compileRules(presets.arjeplog, "sv")(parsePlainDate("2026-12-23")).rule.kind // => "dayBeforeEve"
 */
export function compileRules(config: ScheduleConfig, language: Language): DayResolver {
  const makeRule = (kind: RuleKind, labels: Names): Rule => Object.freeze({ kind, label: labels[language], labels: Object.freeze(labels) });
  const hoursOf = (texts: readonly string[]): readonly MinuteRange[] => Object.freeze(texts.map((text) => parseTimeRange(text) as MinuteRange));

  const matchers: Record<RuleKind, Matcher | null> = {
    exception: exceptionMatcher(config, makeRule, hoursOf),
    publicHoliday: null,
    workFreeEve: null,
    bridgeDay: null,
    dayBeforeEve: null,
    dayBeforeRedDay: null,
    period: periodMatcher(config.periods ?? [], makeRule, hoursOf),
    weekly: null,
  };
  for (const kind of DAY_KINDS) {
    const ruleConfig = config.dayKinds?.[kind];
    if (ruleConfig) matchers[kind] = dayKindMatcher(kind, ruleConfig, makeRule, hoursOf);
  }

  const weeklyRule = makeRule("weekly", labelNames(config.weeklyLabel) ?? DEFAULT_LABELS.weekly);
  const weekly = weekdayHours(config.weekly ?? {}, hoursOf).map((hours) => ({ rule: weeklyRule, hours: hours ?? [] }));
  matchers.weekly = (dayNumber) => weekly[weekdayOf(dayNumber) - 1]!;

  const ordered = (config.precedence ?? RULE_KINDS).map((kind) => matchers[kind]).filter((m): m is Matcher => m !== null);
  const closedWeekly: ResolvedDay = { rule: weeklyRule, hours: [] };

  return (dayNumber) => {
    const year = civilFromDays(dayNumber).year;
    const calendar = yearCalendar(year);
    const yearIndex = dayNumber - calendar.firstDay;
    const flags = calendar.flags[yearIndex]!;
    for (const match of ordered) {
      const resolved = match(dayNumber, flags, yearIndex, year);
      if (resolved) return resolved;
    }
    // Only reachable when a custom precedence puts `weekly` after a rule that always matches.
    return closedWeekly;
  };
}

/** Hours per ISO weekday (index 0 = Monday); undefined where the config names no hours. */
function weekdayHours(week: WeekHours, hoursOf: (texts: readonly string[]) => readonly MinuteRange[]): (readonly MinuteRange[] | undefined)[] {
  return WEEKDAYS.map((day) => (week[day] ? hoursOf(week[day]!) : undefined));
}

function dayKindMatcher(
  kind: DayKind,
  config: DayKindRule,
  makeRule: (kind: RuleKind, labels: Names) => Rule,
  hoursOf: (texts: readonly string[]) => readonly MinuteRange[],
): Matcher {
  const flag = DAY_KIND_FLAG[kind];
  const hours = hoursOf(config.hours);
  const configured = labelNames(config.label);
  if (kind === "publicHoliday" || kind === "workFreeEve") {
    // Without a label of its own, the rule is named after the day: "Juldagen", "Julafton".
    const byName = new Map<string, ResolvedDay>();
    return (_dayNumber, flags, yearIndex, year) => {
      if (!(flags & flag)) return null;
      const names = configured ?? yearCalendar(year).names.get(yearIndex)![kind]!;
      let resolved = byName.get(names.sv);
      if (!resolved) {
        resolved = Object.freeze({ rule: makeRule(kind, names), hours });
        byName.set(names.sv, resolved);
      }
      return resolved;
    };
  }
  const resolved: ResolvedDay = Object.freeze({ rule: makeRule(kind, configured ?? DEFAULT_LABELS[kind]), hours });
  return (_dayNumber, flags) => (flags & flag ? resolved : null);
}

function periodMatcher(
  periods: readonly PeriodConfig[],
  makeRule: (kind: RuleKind, labels: Names) => Rule,
  hoursOf: (texts: readonly string[]) => readonly MinuteRange[],
): Matcher | null {
  if (periods.length === 0) return null;
  const compiled = periods.map((period) => {
    const rule = makeRule("period", labelNames(period.label) ?? defaultPeriodLabel(period));
    const days = weekdayHours(period.hours, hoursOf).map((hours) => (hours ? Object.freeze({ rule, hours }) : null));
    return { covers: periodCovers(period), days };
  });
  return (dayNumber) => {
    const weekdayIndex = weekdayOf(dayNumber) - 1;
    // First listed period wins (SPEC §2); a period only speaks for the weekdays it names.
    for (const period of compiled) {
      const resolved = period.days[weekdayIndex];
      if (resolved && period.covers(dayNumber)) return resolved;
    }
    return null;
  };
}

function defaultPeriodLabel(period: PeriodConfig): Names {
  if (period.weeks) return { sv: `Vecka ${period.weeks.from}–${period.weeks.to}`, en: `Weeks ${period.weeks.from}–${period.weeks.to}` };
  const { from, to } = period.dates!;
  return { sv: `${from} – ${to}`, en: `${from} – ${to}` };
}

function exceptionMatcher(
  config: ScheduleConfig,
  makeRule: (kind: RuleKind, labels: Names) => Rule,
  hoursOf: (texts: readonly string[]) => readonly MinuteRange[],
): Matcher | null {
  const exceptions = (config.exceptions ?? []).map((exception) => ({
    first: parsePlainDate(exception.date ?? exception.from),
    last: parsePlainDate(exception.date ?? exception.to),
    resolved: Object.freeze({
      rule: makeRule("exception", labelNames(exception.note) ?? DEFAULT_LABELS.exception),
      hours: hoursOf(exception.hours),
    }),
  }));
  if (exceptions.length === 0) return null;
  return (dayNumber) => {
    for (const exception of exceptions) {
      if (dayNumber >= exception.first && dayNumber <= exception.last) return exception.resolved;
    }
    return null;
  };
}
