import { yearCalendarsOf, DayFlag, type YearCalendar } from "../calendar/yearCalendar";
import { DEFAULT_CALENDAR } from "../calendar/calendars";
import { civilFromDays, parsePlainDate, weekdayOf } from "../calendar/plainDate";
import type { Names } from "../calendar/holidayNames";
import { namedDayKey, namedDayNames, type NamedDay } from "../calendar/namedDays";
import { DAY_KINDS, effectivePrecedence, type DayKind, type RuleKind } from "./ruleKinds";
import type { PeriodConfig, ScheduleConfig } from "./schema";
import type { MinuteRange } from "./timeRange";
import { labelNames } from "./labelNames";
import { periodCovers } from "./periodCovers";
import { clipRanges, readRuleHours, ruleEntryParts, type HoursForm, type RuleHours } from "./ruleHours";

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

const DEFAULT_LABELS: Record<Exclude<RuleKind, "publicHoliday" | "workFreeEve" | "namedDay" | "period">, Names> = {
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

/** Every day that has a named day has one of these flags. */
const NAMED_FLAGS = DayFlag.publicHoliday | DayFlag.workFreeEve | DayFlag.eve;
const NO_NAMED_DAYS: readonly NamedDay[] = [];

/** What the rules look at to decide whether they match a date. */
interface DayFacts {
  readonly dayNumber: number;
  /** ISO weekday − 1 (0 = Monday). */
  readonly weekdayIndex: number;
  readonly flags: number;
  readonly yearIndex: number;
  readonly year: number;
  readonly namedDays: readonly NamedDay[];
}

/**
 * A rule that matched with a clip: its hours are those of the rules below it, cut to
 * `[opensAt, closesAt)`. The cut days are kept per day below (a handful of distinct ones).
 */
interface ClipHit {
  readonly rule: Rule;
  readonly opensAt: number;
  readonly closesAt: number;
  readonly cut: Map<ResolvedDay, ResolvedDay>;
}

type Hit = ResolvedDay | ClipHit;
type Matcher = (day: DayFacts) => Hit | null;

const isClipHit = (hit: Hit): hit is ClipHit => "cut" in hit;

/**
 * Compiles a validated config into a resolver that applies the rules in precedence order
 * (SPEC §7), on the config's calendar (SPEC §14): the first rule that matches a date decides its hours. A rule with hours per
 * weekday matches only on the weekdays it names; a clip matches and takes the hours of the
 * next matching rule below it, cut to its window. Within a kind, exceptions, named days and
 * periods go in config order.
 *
 * @example
 * compileRules(presets.arjeplog, "sv")(parsePlainDate("2026-12-23")).rule.kind // => "dayBeforeEve"
 */
export function compileRules(config: ScheduleConfig, language: Language): DayResolver {
  const makeRule = (kind: RuleKind, labels: Names): Rule => Object.freeze({ kind, label: labels[language], labels: Object.freeze(labels) });
  const yearOf = yearCalendarsOf(config.calendar ?? DEFAULT_CALENDAR);

  const matchers: Record<RuleKind, Matcher[]> = {
    exception: exceptionMatchers(config, makeRule),
    namedDay: namedDayMatchers(config, makeRule),
    publicHoliday: [],
    workFreeEve: [],
    bridgeDay: [],
    dayBeforeEve: [],
    dayBeforeRedDay: [],
    period: (config.periods ?? []).map((period) => periodMatcher(period, makeRule)),
    weekly: [],
  };
  for (const kind of DAY_KINDS) {
    const entry = config.dayKinds?.[kind];
    if (entry) matchers[kind] = [dayKindMatcher(kind, entry, makeRule, yearOf)];
  }

  const weeklyRule = makeRule("weekly", labelNames(config.weeklyLabel) ?? DEFAULT_LABELS.weekly);
  const weekly = readRuleHours(config.weekly ?? {});
  const weeklyDays = weekly.form === "week" ? weekly.days.map((hours) => Object.freeze({ rule: weeklyRule, hours: Object.freeze(hours ?? []) })) : [];
  matchers.weekly = [(day) => weeklyDays[day.weekdayIndex]!];

  const ordered = effectivePrecedence(config.precedence).flatMap((kind) => matchers[kind]);
  // Only reachable when a custom precedence puts `weekly` before rules that never get a say.
  const closedWeekly: ResolvedDay = Object.freeze({ rule: weeklyRule, hours: Object.freeze([]) });

  const resolveFrom = (start: number, day: DayFacts): ResolvedDay => {
    for (let i = start; i < ordered.length; i++) {
      const hit = ordered[i]!(day);
      if (hit === null) continue;
      if (!isClipHit(hit)) return hit;
      const below = resolveFrom(i + 1, day);
      let cut = hit.cut.get(below);
      if (!cut) {
        cut = Object.freeze({ rule: hit.rule, hours: Object.freeze(clipRanges(below.hours, hit.opensAt, hit.closesAt)) });
        hit.cut.set(below, cut);
      }
      return cut;
    }
    return closedWeekly;
  };

  return (dayNumber) => {
    const year = civilFromDays(dayNumber).year;
    const calendar = yearOf(year);
    const yearIndex = dayNumber - calendar.firstDay;
    const flags = calendar.flags[yearIndex]!;
    const namedDays = flags & NAMED_FLAGS ? (calendar.namedDays.get(yearIndex) ?? NO_NAMED_DAYS) : NO_NAMED_DAYS;
    return resolveFrom(0, { dayNumber, weekdayIndex: weekdayOf(dayNumber) - 1, flags, yearIndex, year, namedDays });
  };
}

/**
 * The hit of a rule per ISO weekday (index 0 = Monday): the same for every weekday for a list
 * or a clip, and null on the weekdays hours per weekday do not name.
 */
function hitsByWeekday(hours: RuleHours, rule: Rule): readonly (Hit | null)[] {
  const form: HoursForm = readRuleHours(hours);
  if (form.form === "list") {
    const resolved: ResolvedDay = Object.freeze({ rule, hours: Object.freeze(form.ranges) });
    return new Array<Hit>(7).fill(resolved);
  }
  if (form.form === "clip") {
    const clip: ClipHit = { rule, opensAt: form.opensAt, closesAt: form.closesAt, cut: new Map() };
    return new Array<Hit>(7).fill(clip);
  }
  return form.days.map((ranges) => (ranges ? Object.freeze({ rule, hours: Object.freeze(ranges) }) : null));
}

type MakeRule = (kind: RuleKind, labels: Names) => Rule;

function dayKindMatcher(kind: DayKind, entry: NonNullable<ScheduleConfig["dayKinds"]>[DayKind], makeRule: MakeRule, yearOf: (year: number) => YearCalendar): Matcher {
  const flag = DAY_KIND_FLAG[kind];
  const { hours, label } = ruleEntryParts(entry!);
  const configured = labelNames(label);
  if (kind === "publicHoliday" || kind === "workFreeEve") {
    // Without a label of its own, the rule is named after the day: "Juldagen", "Julafton".
    const byName = new Map<string, readonly (Hit | null)[]>();
    return (day) => {
      if (!(day.flags & flag)) return null;
      const names = configured ?? yearOf(day.year).names.get(day.yearIndex)![kind]!;
      let hits = byName.get(names.sv);
      if (!hits) {
        hits = hitsByWeekday(hours, makeRule(kind, names));
        byName.set(names.sv, hits);
      }
      return hits[day.weekdayIndex]!;
    };
  }
  const hits = hitsByWeekday(hours, makeRule(kind, configured ?? DEFAULT_LABELS[kind]));
  return (day) => (day.flags & flag ? hits[day.weekdayIndex]! : null);
}

/** One matcher per `namedDays` entry, in config order (the first listed decides a date with two). */
function namedDayMatchers(config: ScheduleConfig, makeRule: MakeRule): Matcher[] {
  const calendar = config.calendar ?? DEFAULT_CALENDAR;
  return Object.entries(config.namedDays ?? {}).map(([name, entry]) => {
    const key = namedDayKey(name, calendar)!; // validated
    const { hours, label } = ruleEntryParts(entry);
    // Without a label of its own, the rule is named after the day: { sv: "Julafton", en: "Christmas Eve" }.
    const hits = hitsByWeekday(hours, makeRule("namedDay", labelNames(label) ?? namedDayNames(key)));
    return (day: DayFacts) => (day.namedDays.includes(key) ? hits[day.weekdayIndex]! : null);
  });
}

function periodMatcher(period: PeriodConfig, makeRule: MakeRule): Matcher {
  const hits = hitsByWeekday(period.hours, makeRule("period", labelNames(period.label) ?? defaultPeriodLabel(period)));
  const covers = periodCovers(period);
  // A period only speaks for the weekdays it names (checked first: it is the cheaper test).
  return (day) => {
    const hit = hits[day.weekdayIndex]!;
    return hit !== null && covers(day.dayNumber) ? hit : null;
  };
}

/**
 * "Vecka 25–32", "Udda veckor", "Vecka 10–20, jämna veckor", "2026-06-15 – 2026-08-09".
 *
 * @example
 * defaultPeriodLabel({ weeks: { parity: "odd" }, hours: [] }) // => { sv: "Udda veckor", en: "Odd weeks" }
 */
export function defaultPeriodLabel(period: Pick<PeriodConfig, "weeks" | "dates">): Names {
  if (period.weeks) {
    const { from, to, parity } = period.weeks;
    const range = from === undefined ? null : { sv: `Vecka ${from}–${to}`, en: `Weeks ${from}–${to}` };
    if (parity === undefined) return range!;
    const weeks = parity === "odd" ? { sv: "udda veckor", en: "odd weeks" } : { sv: "jämna veckor", en: "even weeks" };
    if (!range) return { sv: capitalize(weeks.sv), en: capitalize(weeks.en) };
    return { sv: `${range.sv}, ${weeks.sv}`, en: `${range.en}, ${weeks.en}` };
  }
  const { from, to } = period.dates!;
  return { sv: `${from} – ${to}`, en: `${from} – ${to}` };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Exceptions never overlap (the schema checks it), so one matcher finds a date's only one. */
function exceptionMatchers(config: ScheduleConfig, makeRule: MakeRule): Matcher[] {
  const exceptions = (config.exceptions ?? []).map((exception) => ({
    first: parsePlainDate(exception.date ?? exception.from),
    last: parsePlainDate(exception.date ?? exception.to),
    hits: hitsByWeekday(exception.hours, makeRule("exception", labelNames(exception.note) ?? DEFAULT_LABELS.exception)),
  }));
  if (exceptions.length === 0) return [];
  return [
    (day) => {
      for (const exception of exceptions) {
        if (day.dayNumber >= exception.first && day.dayNumber <= exception.last) return exception.hits[day.weekdayIndex]!;
      }
      return null;
    },
  ];
}
