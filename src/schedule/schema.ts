import * as z from "zod/mini";
import { daysInMonth, parsePlainDate, civilFromDays } from "../calendar/plainDate";
import { FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR } from "../calendar/supportedYears";
import { nonEmptyString, report, strictObject, TimeZoneSchema } from "../validation/zodHelpers";
import { DAY_KINDS, RULE_KINDS, WEEKDAYS } from "./ruleKinds";
import { parseTimeRange } from "./timeRange";

/*
 * The one source of the configuration types: every type of a schedule config is what
 * these schemas infer (written out in ./configTypes.ts, proven equal). They check
 * everything that can be checked on the config alone, and report every problem with its
 * path at once.
 */

/** A label for people: one text, or Swedish and English. */
export const LabelSchema = z.union([nonEmptyString, strictObject({ sv: nonEmptyString, en: z.optional(nonEmptyString) })]);

/** `"08:00-12:00"`; past midnight as `"22:00-26:00"`. */
export const TimeRangeSchema = z.string().check(
  z.superRefine((text, ctx) => {
    const range = parseTimeRange(text);
    if (typeof range === "string") report(ctx, range);
  }),
);

/** One day's open intervals, in order and not overlapping; `[]` means closed. */
export const HoursSchema = z.array(TimeRangeSchema).check(
  z.superRefine((texts, ctx) => {
    for (let i = 1; i < texts.length; i++) {
      const previous = parseTimeRange(texts[i - 1]!);
      const current = parseTimeRange(texts[i]!);
      if (typeof previous === "string" || typeof current === "string") continue;
      if (current.from < previous.to) {
        const relation = current.from < previous.from ? "comes before" : "overlaps";
        report(ctx, `${JSON.stringify(texts[i])} ${relation} ${JSON.stringify(texts[i - 1])}; list intervals in order without overlaps`, [i]);
      }
    }
  }),
);

/** Hours per weekday (`mon` … `sun`). */
export const WeekHoursSchema = strictObject(
  Object.fromEntries(WEEKDAYS.map((day) => [day, z.optional(HoursSchema)])) as Record<
    (typeof WEEKDAYS)[number],
    z.ZodMiniOptional<typeof HoursSchema>
  >,
);

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
    const result = PlainDateSchema.safeParse(text);
    if (!result.success) {
      for (const issue of result.error.issues) report(ctx, issue.message.startsWith("date ") ? `${issue.message} (or a yearly "MM-DD")` : issue.message);
    }
  }),
);

const weekNumber = z.int("must be a whole week number").check(z.gte(1, "must be a week number 1–53"), z.lte(53, "must be a week number 1–53"));

/** A period that replaces the weekly hours on the weekdays it names. */
export const PeriodSchema = strictObject({
  weeks: z.optional(strictObject({ from: weekNumber, to: weekNumber })),
  dates: z.optional(strictObject({ from: PeriodDateSchema, to: PeriodDateSchema })),
  hours: WeekHoursSchema,
  label: z.optional(LabelSchema),
}).check(
  z.superRefine((period, ctx) => {
    if ((period.weeks === undefined) === (period.dates === undefined)) {
      report(ctx, "a period needs exactly one of `weeks` ({ from: 25, to: 32 }) or `dates` ({ from: \"06-15\", to: \"08-09\" })");
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

/** Hours for one kind of Swedish day (`[]` = closed), with an optional label. */
export const DayKindRuleSchema = strictObject({ hours: HoursSchema, label: z.optional(LabelSchema) });

export const DayKindsSchema = strictObject(
  Object.fromEntries(DAY_KINDS.map((kind) => [kind, z.optional(DayKindRuleSchema)])) as Record<
    (typeof DAY_KINDS)[number],
    z.ZodMiniOptional<typeof DayKindRuleSchema>
  >,
);

/** A one-off: other hours (or closed) on a date or an inclusive date range, with a note. */
export const ExceptionSchema = strictObject({
  date: z.optional(PlainDateSchema),
  from: z.optional(PlainDateSchema),
  to: z.optional(PlainDateSchema),
  hours: HoursSchema,
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

/** A whole schedule (SPEC §2). */
export const ScheduleConfigSchema = strictObject({
  timeZone: z.optional(TimeZoneSchema),
  weekly: z.optional(WeekHoursSchema),
  weeklyLabel: z.optional(LabelSchema),
  periods: z.optional(z.array(PeriodSchema)),
  dayKinds: z.optional(DayKindsSchema),
  exceptions: z.optional(
    z.array(ExceptionSchema).check(
      z.superRefine((exceptions, ctx) => {
        for (let i = 0; i < exceptions.length; i++) {
          const a = exceptionSpan(exceptions[i]!);
          if (!a) continue;
          for (let j = 0; j < i; j++) {
            const b = exceptionSpan(exceptions[j]!);
            if (b && a[0] <= b[1] && b[0] <= a[1]) {
              report(ctx, `covers ${a[0] === a[1] ? a[0] : `${a[0]}..${a[1]}`}, which overlaps exceptions[${j}]; one date can have one exception`, [i]);
            }
          }
        }
      }),
    ),
  ),
  precedence: z.optional(
    z.array(RuleKindSchema).check(
      z.superRefine((kinds, ctx) => {
        const missing = RULE_KINDS.filter((kind) => !kinds.includes(kind));
        const repeated = kinds.filter((kind, i) => kinds.indexOf(kind) !== i);
        if (missing.length > 0 || repeated.length > 0) {
          report(
            ctx,
            `must list every rule kind once${missing.length ? `; missing ${missing.join(", ")}` : ""}${repeated.length ? `; repeated ${repeated.join(", ")}` : ""}`,
          );
        }
      }),
    ),
  ),
});

// The config types, written out for users (the package's .d.ts must not need zod):
// ./configTypes.ts, checked equal to `z.infer` of these schemas in src/public/typeChecks.ts.
export type { DayKindRule, ExceptionConfig, Label, PeriodConfig, ScheduleConfig, WeekHours } from "./configTypes";
