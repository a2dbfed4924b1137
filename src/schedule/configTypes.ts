import type { CalendarCode } from "../calendar/calendars";
import type { RuleEntry, RuleHours } from "./ruleHours";
import type { DayKind, RuleKind } from "./ruleKinds";

/*
 * The schedule config types, written out. The zod schemas in ./schema.ts are the one
 * source of what is valid; these declarations are what users see (the package's .d.ts
 * must not need zod, which is bundled rather than installed). src/public/typeChecks.ts
 * proves at compile time that each equals `z.infer` of its schema, so the two cannot drift:
 * change a schema, and `npm run typecheck` tells you which declaration to change here.
 */

/**
 * A label for people: one text, or Swedish and English.
 *
 * @example
 * const label: Label = { sv: "Sommartid", en: "Summer hours" };
 */
export type Label = string | { sv: string; en?: string | undefined };

/**
 * Hours per weekday, `mon` … `sun`: intervals `"08:00-12:00"` (past midnight `"22:00-26:00"`),
 * in order; `[]` = closed.
 *
 * @example
 * const week: WeekHours = { mon: ["08:00-12:00", "13:00-16:00"], sat: [] };
 */
export interface WeekHours {
  mon?: string[] | undefined;
  tue?: string[] | undefined;
  wed?: string[] | undefined;
  thu?: string[] | undefined;
  fri?: string[] | undefined;
  sat?: string[] | undefined;
  sun?: string[] | undefined;
}

/**
 * A period's ISO weeks: `{ from, to }` (may wrap, `52`–`2`), `{ parity: "odd" | "even" }`, or both.
 *
 * @example
 * const oddSummerWeeks: PeriodWeeks = { from: 25, to: 32, parity: "odd" };
 */
export interface PeriodWeeks {
  from?: number | undefined;
  to?: number | undefined;
  parity?: "odd" | "even" | undefined;
}

/**
 * A period that replaces the weekly hours: ISO weeks or dates (yearly `"MM-DD"` or full
 * `"YYYY-MM-DD"`); its hours a list (every weekday), hours per weekday (only the weekdays it
 * names) or a clip of the hours below it.
 *
 * @example
 * const summer: PeriodConfig = { weeks: { from: 25, to: 32 }, hours: { mon: ["09:00-15:00"] } };
 */
export interface PeriodConfig {
  weeks?: PeriodWeeks | undefined;
  dates?: { from: string; to: string } | undefined;
  hours: RuleHours;
  label?: Label | undefined;
}

/**
 * Hours for a kind of Swedish day or a named day, in any of the forms people write:
 * `{ hours, label? }`, or the hours alone (a list, hours per weekday or a clip).
 *
 * @example
 * const bridgeDay: DayKindRule = { hours: ["10:00-12:00"], label: { sv: "Klämdag", en: "Bridge day" } };
 * const dayBeforeRedDay: DayKindRule = { closesAt: "12:00" };
 */
export type DayKindRule = RuleEntry;

/**
 * The `namedDays` of a config, keyed by the day's Swedish name (`"julafton"`, `"skärtorsdagen"`, …).
 *
 * @example
 * const namedDays: NamedDaysConfig = { julafton: [], "skärtorsdagen": ["10:00-16:00"] };
 */
export type NamedDaysConfig = Record<string, RuleEntry>;

/**
 * A one-off: other hours (or closed) on a date or an inclusive date range, with a note.
 *
 * @example
 * const stocktaking: ExceptionConfig = { date: "2026-11-30", hours: [], note: "Stängt för inventering" };
 */
export interface ExceptionConfig {
  date?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  hours: RuleHours;
  note?: Label | undefined;
}

/**
 * A schedule configuration (plain, JSON-compatible; SPEC §2). `calendar` is whose red days
 * it follows: `"SE"` (Sweden, the default), `"FI"` (Finland) or `"AX"` (Åland); the time
 * zone defaults to Europe/Stockholm for SE and Europe/Helsinki for FI and AX.
 *
 * @example
 * const config: ScheduleConfig = { timeZone: "Europe/Stockholm", weekly: { mon: ["08:00-16:00"] } };
 * const finnish: ScheduleConfig = { calendar: "FI", weekly: { mon: ["08:00-16:00"] }, dayKinds: { publicHoliday: [] } };
 */
export interface ScheduleConfig {
  timeZone?: string | undefined;
  calendar?: CalendarCode | undefined;
  weekly?: WeekHours | undefined;
  weeklyLabel?: Label | undefined;
  periods?: PeriodConfig[] | undefined;
  dayKinds?: { [K in DayKind]?: DayKindRule | undefined } | undefined;
  namedDays?: NamedDaysConfig | undefined;
  exceptions?: ExceptionConfig[] | undefined;
  precedence?: RuleKind[] | undefined;
}
