import * as z from "zod/mini";
import { isValidTimeZone } from "../zone/zone";

/** The context a `z.superRefine` check gets. */
export type CheckContext = Parameters<Parameters<typeof z.superRefine>[0]>[1];

/**
 * Adds a problem, with its message and its path below the checked value.
 *
 * @example
 * report(ctx, "ends before it starts", [1]) // an issue at <path>[1]
 */
export function report(ctx: CheckContext, message: string, path: PropertyKey[] = []): void {
  ctx.issues.push({ code: "custom", message, path, input: undefined });
}

/**
 * A strict object: an unknown key (a typo such as `weeky`) is an error that names the
 * keys the object may have.
 *
 * @example
 * strictObject({ name: z.string() }).safeParse({ nmae: "x" }) // unknown key "nmae" (known keys: name)
 */
export function strictObject<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  const known = Object.keys(shape).join(", ");
  return z.strictObject(shape, {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `unknown key${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => JSON.stringify(k)).join(", ")} (known keys: ${known})`
        : undefined,
  });
}

/** A string that must not be empty. */
export const nonEmptyString = z.string().check(z.minLength(1, "must not be empty"));

/** An IANA time zone name. */
export const TimeZoneSchema = z.string().check(
  z.refine((name) => isValidTimeZone(name), { error: (issue) => `unknown time zone ${JSON.stringify(issue.input)}` }),
);
