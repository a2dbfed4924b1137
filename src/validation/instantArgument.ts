import * as z from "zod/mini";
import { instantTextProblem, invalidInstantMessage } from "../zone/isoInstant";

/**
 * The schema of an instant argument, ISO-8601, of a chat tool or a service parameter: a text
 * `parseChatInstant` reads (without an offset, wall-clock time in the place's zone), with an
 * offset that exists; each problem worded with the argument's name.
 *
 * @example
 * instantArgument("at", "The moment to ask about.").safeParse("2026-12-24T10:00+25:00")
 * // => issue 'at "2026-12-24T10:00+25:00" has an impossible UTC offset +25:00 (offsets run from -18:00 to +18:00)'
 */
export function instantArgument(name: string, description: string) {
  return z
    .string({ error: (issue) => invalidInstantMessage(name, issue.input) })
    .check(
      z.superRefine((text, ctx) => {
        const problem = instantTextProblem(text, name);
        if (problem) ctx.issues.push({ code: "custom", message: problem, input: text });
      }),
      z.describe(description),
    );
}
