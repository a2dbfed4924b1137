import * as z from "zod/mini";
import { daysInMonth, parsePlainDate, civilFromDays } from "../calendar/plainDate";
import { FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR } from "../calendar/supportedYears";
import { report, strictObject, TimeZoneSchema } from "../validation/zodHelpers";
import { findOverlaps } from "../validation/overlaps";
import { DAY_KINDS, RULE_KINDS } from "./ruleKinds";
import { LabelSchema, WeekHoursSchema } from "./hoursSchemas";
import { checkNamedDayNames, NamedDaysSchema, RuleEntrySchema, RuleHoursSchema, WeeksSchema } from "./ruleSchemas";
import { isPlainObject } from "../validation/checkConfigShape";
import { calendarProblem, type CalendarCode } from "../calendar/calendars";
import { WITHOUT_LOCALE } from "../validation/withoutLocale";

/*
 * The one source of the configuration types: every type of a schedule config is what
 * these schemas infer (written out in ./configTypes.ts, proven equal). They check
 * everything that can be checked on the config alone, and report every problem with its
 * path at once.
 */

export { HoursSchema, LabelSchema, TimeRangeSchema, WeekHoursSchema } from "./hoursSchemas";

/** A plain date `YYYY-MM-DD` in the supported years. */
export const PlainDateSchema = z.string().check(
  z.superRefine((text, ctx) => {
    try {
      const year = civilFromDays(parsePlainDate(text)).year;
      if (year < FIRST_SUPPORTED_YEAR || year > LAST_SUPPORTED_YEAR) {
        report(ctx, `"${text}" is outside the supported years ${FIRST_SUPPORTED_YEAR}–${LAST_SUPPORTED_YEAR}`);
      }
    } catch (error) {
      report(ctx, (error as Error).message);
    }
  }),
);

const MONTH_DAY = /^(\d{2})-(\d{2})$/;

/** `"MM-DD"` (yearly) or `"YYYY-MM-DD"`. */
const PeriodDateSchema = z.string().check(
  z.superRefine((text, ctx) => {
    const monthDay = MONTH_DAY.exec(text);
    if (monthDay) {
      const month = Number(monthDay[1]);
      const day = Number(monthDay[2]);
      if (month < 1 || month > 12 || day < 1 || day > daysInMonth(2024, month)) report(ctx, `"${text}" is not a day of the year`);
      return;
    }
    const result = PlainDateSchema.safeParse(text, WITHOUT_LOCALE);
    if (!result.success) {
      for (const issue of result.error.issues) report(ctx, issue.message.startsWith("date ") ? `${issue.message} (or a yearly "MM-DD")` : issue.message);
    }
  }),
);

/**
 * A period that replaces the weekly hours: ISO weeks (`{ from, to }`, `{ parity }` or both)
 * or dates; its hours a list (every weekday), hours per weekday (only the weekdays it names)
 * or a clip of the hours below it.
 */
export const PeriodSchema = strictObject({
  weeks: z.optional(WeeksSchema),
  dates: z.optional(strictObject({ from: PeriodDateSchema, to: PeriodDateSchema })),
  hours: RuleHoursSchema,
  label: z.optional(LabelSchema),
}).check(
  z.superRefine((period, ctx) => {
    if ((period.weeks === undefined) === (period.dates === undefined)) {
      report(ctx, "a period needs exactly one of `weeks` ({ from: 25, to: 32 } or { parity: \"odd\" }) or `dates` ({ from: \"06-15\", to: \"08-09\" })");
    }
    if (period.dates) {
      const { from, to } = period.dates;
      if (MONTH_DAY.test(from) !== MONTH_DAY.test(to)) {
        report(ctx, "`from` and `to` must both be yearly (\"MM-DD\") or both full dates (\"YYYY-MM-DD\")", ["dates"]);
      } else if (!MONTH_DAY.test(from) && from > to) {
        report(ctx, `the range "${from}".."${to}" ends before it starts`, ["dates"]);
      }
    }
  }),
);

/** Hours for one kind of Swedish day (`[]` = closed), in any form of `RuleEntrySchema`. */
export const DayKindRuleSchema = RuleEntrySchema;

export const DayKindsSchema = strictObject(
  Object.fromEntries(DAY_KINDS.map((kind) => [kind, z.optional(DayKindRuleSchema)])) as Record<
    (typeof DAY_KINDS)[number],
    z.ZodMiniOptional<typeof DayKindRuleSchema>
  >,
);

/** A one-off: other hours (or closed, or a clip) on a date or an inclusive date range, with a note. */
export const ExceptionSchema = strictObject({
  date: z.optional(PlainDateSchema),
  from: z.optional(PlainDateSchema),
  to: z.optional(PlainDateSchema),
  hours: RuleHoursSchema,
  note: z.optional(LabelSchema),
}).check(
  z.superRefine((exception, ctx) => {
    const single = exception.date !== undefined;
    const range = exception.from !== undefined || exception.to !== undefined;
    if (single === range || (range && (exception.from === undefined || exception.to === undefined))) {
      report(ctx, "an exception needs either `date`, or both `from` and `to`");
    } else if (range && exception.from! > exception.to!) {
      report(ctx, `the range "${exception.from}".."${exception.to}" ends before it starts`, ["to"]);
    }
  }),
);

/** The days an exception covers, as `[first, last]` strings (for the overlap check). */
function exceptionSpan(exception: { date?: string | undefined; from?: string | undefined; to?: string | undefined }): [string, string] | null {
  if (exception.date !== undefined) return [exception.date, exception.date];
  if (exception.from !== undefined && exception.to !== undefined && exception.from <= exception.to) return [exception.from, exception.to];
  return null;
}

export const RuleKindSchema = z.enum(RULE_KINDS, { error: (issue) => `unknown rule kind ${JSON.stringify(issue.input)} (kinds: ${RULE_KINDS.join(", ")})` });

/** `"SE"`, `"FI"` or `"AX"` (SPEC §14). */
export const CalendarSchema = z.custom<CalendarCode>().check(
  z.superRefine((value, ctx) => {
    const problem = calendarProblem(value);
    if (problem !== null) report(ctx, problem);
  }),
);

/** The keys of a schedule, checked each on its own. */
const ScheduleShapeSchema = strictObject({
  timeZone: z.optional(TimeZoneSchema),
  weekly: z.optional(WeekHoursSchema),
  weeklyLabel: z.optional(LabelSchema),
  periods: z.optional(z.array(PeriodSchema)),
  dayKinds: z.optional(DayKindsSchema),
  namedDays: z.optional(NamedDaysSchema),
  exceptions: z.optional(
    z.array(ExceptionSchema).check(
      z.superRefine((exceptions, ctx) => {
        // n log n (src/validation/overlaps.ts): one problem per overlapping exception.
        const spans = exceptions.map(exceptionSpan);
        for (const { index, other } of findOverlaps(spans)) {
          const [first, last] = spans[index]!;
          report(ctx, `covers ${first === last ? first : `${first}..${last}`}, which overlaps exceptions[${other}]; one date can have one exception`, [index]);
        }
      }),
    ),
  ),
  precedence: z.optional(
    z.array(RuleKindSchema).check(
      z.superRefine((kinds, ctx) => {
        // A list written before named days existed may leave `namedDay` out (see effectivePrecedence).
        const missing = RULE_KINDS.filter((kind) => kind !== "namedDay" && !kinds.includes(kind));
        const repeated = kinds.filter((kind, i) => kinds.indexOf(kind) !== i);
        if (missing.length > 0 || repeated.length > 0) {
          report(
            ctx,
            `must list every rule kind once (namedDay may be left out)${missing.length ? `; missing ${missing.join(", ")}` : ""}${repeated.length ? `; repeated ${repeated.join(", ")}` : ""}`,
          );
        }
      }),
    ),
  ),
  calendar: z.optional(CalendarSchema),
});

/**
 * Checks the names of `namedDays` against a schedule's calendar, also when other parts of
 * the config have problems of their own (every problem is listed at once). `inherits`: the
 * hours of an organisation, whose calendar the organisation gives when the hours name
 * none; the organisation checks those (src/contacts/schema.ts).
 */
const namedDayNamesCheck = (inherits: boolean) =>
  z.superRefine<Record<string, unknown>>(
    (config, ctx) => {
      const { namedDays, calendar } = config as { namedDays?: unknown; calendar?: unknown };
      if (!isPlainObject(namedDays) || (inherits && calendar === undefined)) return;
      checkNamedDayNames(namedDays, scheduleCalendar(calendar), ctx, ["namedDays"]);
    },
    { when: (payload) => isPlainObject(payload.value) },
  );

/**
 * A config's calendar as far as it is valid: its code, SE when it names none, null for an
 * invalid one (which has its own problem).
 *
 * @example
 * scheduleCalendar(undefined) // => "SE"
 * scheduleCalendar("NO") // => null
 */
export function scheduleCalendar(calendar: unknown): CalendarCode | null {
  if (calendar === undefined) return "SE";
  return calendarProblem(calendar) === null ? (calendar as CalendarCode) : null;
}

/** A whole schedule (SPEC §2, §7, §8, §14). */
export const ScheduleConfigSchema = ScheduleShapeSchema.check(namedDayNamesCheck(false));

/** The hours of an organisation, a unit or a contact point: a schedule whose calendar may come from the organisation. */
export const PlaceHoursSchema = ScheduleShapeSchema.check(namedDayNamesCheck(true));

// The config types, written out for users (the package's .d.ts must not need zod):
// ./configTypes.ts, checked equal to `z.infer` of these schemas in src/public/typeChecks.ts.
export type { DayKindRule, ExceptionConfig, Label, NamedDaysConfig, PeriodConfig, ScheduleConfig, WeekHours } from "./configTypes";
