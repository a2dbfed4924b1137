import { civilFromDays, daysFromCivil, formatPlainDate, MS_PER_DAY, parsePlainDate, weekdayOf, describe } from "../calendar/plainDate";
import { assertSupportedYear, LAST_SUPPORTED_YEAR } from "../calendar/supportedYears";
import { calendarDayOf, type CalendarDay } from "../calendar/calendarDay";
import { DEFAULT_CALENDAR, defaultTimeZoneOf, type CalendarCode } from "../calendar/calendars";
import { createZone } from "../zone/zone";
import { toEpochMs, type Instant } from "./instant";
import { compileRules, type Language, type ResolvedDay, type Rule } from "./rules";
import type { ScheduleConfig } from "./schema";
import { formatMinutes, type MinuteRange } from "./timeRange";
import { intervalsBetween, isOpenAt, nextChange, previousChange } from "./timeline";
import { validateScheduleConfig } from "./validateScheduleConfig";
import type { DeepReadonly } from "../validation/deepReadonly";
import { createYearTables } from "./yearTables";
import { checkOptions } from "../validation/checkOptions";

/** Options of `createSchedule`. */
export interface ScheduleOptions {
  /** Language of `rule.label`: `"sv"` (default) or `"en"`. */
  language?: Language;
  /** How far `nextOpening`/`nextClosing` look ahead, in days (default 366). */
  horizonDays?: number;
}

/** Options of a single `nextOpening`/`nextClosing` call. */
export interface SearchOptions {
  /** How far to look ahead, in days (default: the schedule's). */
  horizonDays?: number;
}

/** One interval of a day, wall-clock `"HH:MM"`; an end past midnight reads `"26:00"`. */
export interface DayInterval {
  readonly from: string;
  readonly to: string;
}

/** A date's hours and the rule behind them. */
export interface DayHours {
  /** The date, `YYYY-MM-DD`. */
  readonly date: string;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  readonly weekday: number;
  /** The open intervals in order; empty when closed all day. */
  readonly intervals: readonly DayInterval[];
  /** The rule that decided them. */
  readonly rule: Rule;
  /** The date's calendar facts on the schedule's calendar (as `calendarDay`; `swedishDay` for a Swedish schedule). */
  readonly calendar: CalendarDay;
}

/** Everything a status line needs, from one call. */
export interface ScheduleStatus {
  /** The instant asked about. */
  readonly at: Date;
  readonly open: boolean;
  /** When the current state (open or closed) began; null if not within the horizon. */
  readonly since: Date | null;
  /** When it changes next (the next closing when open, the next opening when closed). */
  readonly until: Date | null;
  readonly nextOpening: Date | null;
  readonly nextClosing: Date | null;
  /** The local date at `at` in the schedule's zone. */
  readonly date: string;
  /** The rule in force: the one behind the interval `at` is in, else today's. */
  readonly rule: Rule;
  /** Today's hours (the local date at `at`). */
  readonly today: DayHours;
  /**
   * The end of what is known — local midnight after 31 December 2100, the last supported
   * year — when the searches' horizon reaches past it; else null. When set, a null
   * `nextOpening`/`nextClosing`/`until` means "not known", not "none".
   */
  readonly unknownAfter: Date | null;
}

/** An absolute open interval, `[start, end)`. */
export interface OpenInterval {
  readonly start: Date;
  readonly end: Date;
}

/** A compiled schedule: every query of SPEC §3. */
export interface Schedule {
  /** The IANA time zone of the schedule. */
  readonly timeZone: string;
  /** The calendar whose red days it follows: `"SE"`, `"FI"` or `"AX"` (SPEC §14). */
  readonly calendar: CalendarCode;
  /** The validated configuration. */
  readonly config: Readonly<ScheduleConfig>;
  /** Whether it is open at an instant. */
  isOpen(at: Instant): boolean;
  /**
   * The earliest opening strictly after `at` (after the current interval when open); null
   * when none is within the horizon (or before the end of 2100, the last supported year).
   */
  nextOpening(at: Instant, options?: SearchOptions): Date | null;
  /** The earliest closing strictly after `at`; null likewise. */
  nextClosing(at: Instant, options?: SearchOptions): Date | null;
  /** Open or not, since and until when, the next opening and closing, and the rule in force. */
  status(at: Instant): ScheduleStatus;
  /** One date's hours and rule. */
  day(date: string): DayHours;
  /**
   * The rule in force at an instant: the one behind the interval it is in (yesterday's when
   * open past midnight on yesterday's hours), else the local date's.
   */
  ruleAt(at: Instant): Rule;
  /** The open intervals overlapping [from, to), clipped to it. */
  openIntervals(from: Instant, to: Instant): OpenInterval[];
  /** Diagnostics: which years are compiled and the bytes their tables hold. */
  compiledYears(): { years: number[]; bytes: number };
}

const DEFAULT_HORIZON_DAYS = 366;
/** Local midnight after 31 December 2100, as local milliseconds. */
const END_OF_KNOWN_LOCAL = daysFromCivil(LAST_SUPPORTED_YEAR + 1, 1, 1) * MS_PER_DAY;

/**
 * Validates a schedule config and compiles it for queries. Throws `ConfigError` listing
 * every problem of the config with its path.
 *
 * @example
 * const schedule = createSchedule(presets.arjeplog);
 * schedule.isOpen(new Date("2026-12-23T09:00:00+01:00")) // => true (day before eve, 08–12)
 * schedule.nextOpening(new Date("2026-12-23T12:00:00+01:00")) // => 2026-12-28T07:00:00.000Z
 */
export function createSchedule(config: DeepReadonly<ScheduleConfig>, options?: ScheduleOptions): Schedule {
  checkOptions(options, ["language", "horizonDays"], "createSchedule");
  options ??= {};
  const language = checkLanguage(options.language);
  const defaultHorizon = checkHorizon(options.horizonDays ?? DEFAULT_HORIZON_DAYS, "horizonDays");
  const validated = validateScheduleConfig(config);
  const calendar = validated.calendar ?? DEFAULT_CALENDAR;
  const zone = createZone(validated.timeZone ?? defaultTimeZoneOf(calendar));
  // The zone in its canonical spelling, in the config too ("europe/stockholm" → "Europe/Stockholm").
  const valid = validated.timeZone === undefined || validated.timeZone === zone.name ? validated : { ...validated, timeZone: zone.name };
  const resolve = compileRules(valid, language);
  const tables = createYearTables(resolve, zone);

  const horizonOf = (search: SearchOptions | undefined) =>
    search?.horizonDays === undefined ? defaultHorizon : checkHorizon(search.horizonDays, "horizonDays");

  const nextOpeningMs = (ms: number, limit: number): number | null => {
    const change = nextChange(tables, ms, limit);
    if (change === null || !isOpenAt(tables, ms)) return change;
    return nextChange(tables, change, limit);
  };
  const nextClosingMs = (ms: number, limit: number): number | null => {
    const change = nextChange(tables, ms, limit);
    if (change === null || isOpenAt(tables, ms)) return change;
    return nextChange(tables, change, limit);
  };

  const dayHours = (dayNumber: number, resolved: ResolvedDay = resolve(dayNumber)): DayHours =>
    Object.freeze({
      date: formatPlainDate(dayNumber),
      weekday: weekdayOf(dayNumber),
      intervals: Object.freeze(resolved.hours.map(toDayInterval)),
      rule: resolved.rule,
      calendar: calendarDayOf(dayNumber, calendar),
    });

  const ruleAtMs = (ms: number, open: boolean): Rule => {
    const local = zone.epochToLocal(ms);
    const dayNumber = Math.floor(local / MS_PER_DAY);
    const today = resolve(dayNumber);
    if (!open) return today.rule;
    const minute = Math.floor((local - dayNumber * MS_PER_DAY) / 60_000);
    return ruleOfOpenInterval(today, resolve(dayNumber - 1), minute);
  };

  return Object.freeze({
    timeZone: zone.name,
    calendar,
    config: valid,
    isOpen: (at: Instant) => isOpenAt(tables, toEpochMs(at)),
    nextOpening(at: Instant, search?: SearchOptions) {
      const ms = toEpochMs(at);
      const found = nextOpeningMs(ms, ms + horizonOf(search));
      return found === null ? null : new Date(found);
    },
    nextClosing(at: Instant, search?: SearchOptions) {
      const ms = toEpochMs(at);
      const found = nextClosingMs(ms, ms + horizonOf(search));
      return found === null ? null : new Date(found);
    },
    status(at: Instant): ScheduleStatus {
      const ms = toEpochMs(at);
      const limit = ms + defaultHorizon;
      const open = isOpenAt(tables, ms);
      // The next change and the one after it are the next closing and opening, in an order set by `open`.
      const firstChange = nextChange(tables, ms, limit);
      const secondChange = firstChange === null ? null : nextChange(tables, firstChange, limit);
      const nextOpening = open ? secondChange : firstChange;
      const nextClosing = open ? firstChange : secondChange;
      const since = previousChange(tables, ms, ms - defaultHorizon);
      const dayNumber = Math.floor(zone.epochToLocal(ms) / MS_PER_DAY);
      const today = resolve(dayNumber);
      // Local midnight after 2100 is within a day of UTC midnight: only near it is the zone asked.
      const endOfKnown = limit + MS_PER_DAY > END_OF_KNOWN_LOCAL ? zone.localToEpoch(END_OF_KNOWN_LOCAL) : Infinity;
      return Object.freeze({
        at: new Date(ms),
        open,
        since: toDate(since),
        until: toDate(open ? nextClosing : nextOpening),
        nextOpening: toDate(nextOpening),
        nextClosing: toDate(nextClosing),
        date: formatPlainDate(dayNumber),
        rule: ruleAtMs(ms, open),
        today: dayHours(dayNumber, today),
        unknownAfter: limit > endOfKnown ? new Date(endOfKnown) : null,
      });
    },
    day(date: string) {
      const dayNumber = parsePlainDate(date);
      assertSupportedYear(civilFromDays(dayNumber).year, `date "${date}"`);
      return dayHours(dayNumber);
    },
    ruleAt(at: Instant) {
      const ms = toEpochMs(at);
      return ruleAtMs(ms, isOpenAt(tables, ms));
    },
    openIntervals(from: Instant, to: Instant) {
      const fromMs = toEpochMs(from, "from");
      const toMs = toEpochMs(to, "to");
      if (toMs < fromMs) throw new RangeError(`openIntervals: "to" (${new Date(toMs).toISOString()}) is before "from" (${new Date(fromMs).toISOString()})`);
      tables.tableAt(toMs === fromMs ? toMs : toMs - 1); // range check of the far end
      return intervalsBetween(tables, fromMs, toMs).map(([start, end]) => Object.freeze({ start: new Date(start), end: new Date(end) }));
    },
    compiledYears: () => tables.stats(),
  });
}

/** When open past midnight on yesterday's hours, yesterday's rule is the one in force. */
function ruleOfOpenInterval(today: ResolvedDay, yesterday: ResolvedDay, minute: number): Rule {
  const covers = (ranges: readonly MinuteRange[], m: number) => ranges.some((r) => m >= r.from && m < r.to);
  if (!covers(today.hours, minute) && covers(yesterday.hours, minute + 24 * 60)) return yesterday.rule;
  return today.rule;
}

function toDayInterval(range: MinuteRange): DayInterval {
  return Object.freeze({ from: formatMinutes(range.from), to: formatMinutes(range.to) });
}

function toDate(ms: number | null): Date | null {
  return ms === null ? null : new Date(ms);
}

function checkLanguage(language: unknown): Language {
  if (language === undefined) return "sv";
  if (language === "sv" || language === "en") return language;
  throw new RangeError(`language must be "sv" or "en", got ${describe(language)}`);
}

function checkHorizon(days: unknown, what: string): number {
  if (typeof days !== "number" || !(days > 0) || days === Infinity) {
    throw new RangeError(`${what} must be a positive number of days, got ${describe(days)}`);
  }
  return days * MS_PER_DAY;
}
