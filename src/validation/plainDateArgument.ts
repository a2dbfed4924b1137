import * as z from "zod/mini";
import { civilFromDays, parsePlainDate } from "../calendar/plainDate";
import { FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR } from "../calendar/supportedYears";

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The schema of a date argument, `YYYY-MM-DD`, of a chat tool or a service parameter: a date
 * that exists, within the supported years, each problem worded with the argument's name.
 * `got` words what was given, as the caller's inputs come (JSON values, or query texts).
 *
 * @example
 * plainDateArgument("from", "The first date, YYYY-MM-DD.", describe).safeParse("2026-02-30")
 * // => issue 'from "2026-02-30" does not exist: 2026-02 has 28 days'
 */
export function plainDateArgument(name: string, description: string, got: (input: unknown) => string) {
  const format = `${name} must be a date written YYYY-MM-DD (e.g. "2026-12-24")`;
  return z
    .string({ error: (issue) => `${format}, got ${got(issue.input)}` })
    .check(
      z.regex(DATE_PATTERN, { error: (issue) => `${format}, got ${got(issue.input)}` }),
      z.superRefine((text, ctx) => {
        if (!DATE_PATTERN.test(text)) return; // reported by the pattern
        try {
          const year = civilFromDays(parsePlainDate(text, name)).year;
          if (year < FIRST_SUPPORTED_YEAR || year > LAST_SUPPORTED_YEAR) {
            ctx.issues.push({ code: "custom", message: `${name} "${text}" is outside the supported years ${FIRST_SUPPORTED_YEAR}–${LAST_SUPPORTED_YEAR}`, input: text });
          }
        } catch (error) {
          ctx.issues.push({ code: "custom", message: (error as Error).message, input: text });
        }
      }),
      z.describe(description),
    );
}
