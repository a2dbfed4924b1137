import * as z from "zod/mini";
import { nonEmptyString, report, strictObject } from "../validation/zodHelpers";
import { WEEKDAYS } from "./ruleKinds";
import { parseTimeRange } from "./timeRange";

/*
 * The schemas of labels, intervals and hours per weekday, shared by the schedule schema
 * (schema.ts) and the schemas of a rule's hours (ruleSchemas.ts).
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

