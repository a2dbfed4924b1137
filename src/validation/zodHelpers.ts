import * as z from "zod/mini";
import { canonicalTimeZone } from "../zone/zone";
import { quote } from "./quote";
import { closestMatch } from "./suggest";

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
 * The message for keys an object may not have: each key quoted, with the known key it is
 * probably a typo of, and the known keys.
 *
 * @example
 * unknownKeysMessage(["weeky"], ["timeZone", "weekly"]) // => 'unknown key "weeky" (did you mean "weekly"? known keys: timeZone, weekly)'
 */
export function unknownKeysMessage(keys: readonly string[], known: readonly string[]): string {
  const knownList = `known keys: ${known.join(", ")}`;
  if (keys.length === 1) {
    const match = closestMatch(keys[0]!, known);
    return `unknown key ${quote(keys[0]!)} (${match ? `did you mean ${JSON.stringify(match)}? ` : ""}${knownList})`;
  }
  const listed = keys.slice(0, 5).map((key) => {
    const match = closestMatch(key, known);
    return match ? `${quote(key)} (did you mean ${JSON.stringify(match)}?)` : quote(key);
  });
  const more = keys.length > listed.length ? ` and ${keys.length - listed.length} more` : "";
  return `unknown keys ${listed.join(", ")}${more} (${knownList})`;
}

/**
 * A strict object: an unknown key (a typo such as `weeky`) is an error that names the
 * keys the object may have, and the one it probably meant.
 *
 * @example
 * strictObject({ name: z.string() }).safeParse({ nmae: "x" }) // unknown key "nmae" (did you mean "name"? known keys: name)
 */
export function strictObject<Shape extends z.core.$ZodLooseShape>(shape: Shape) {
  const known = Object.keys(shape);
  return z.strictObject(shape, {
    error: (issue) => (issue.code === "unrecognized_keys" ? unknownKeysMessage(issue.keys, known) : undefined),
  });
}

/** A string that must not be empty. */
export const nonEmptyString = z.string().check(z.minLength(1, "must not be empty"));

/**
 * An IANA time zone name, in any letter case (`"europe/stockholm"`); `createSchedule`
 * reads it in its canonical spelling (`schedule.timeZone`, `schedule.config.timeZone`).
 */
export const TimeZoneSchema = z.string().check(
  z.refine((name) => canonicalTimeZone(name) !== null, { error: (issue) => `unknown time zone ${typeof issue.input === "string" ? quote(issue.input) : String(issue.input)}` }),
);
