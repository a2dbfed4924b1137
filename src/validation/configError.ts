import type * as z from "zod/mini";
import { describe } from "../calendar/plainDate";

/** One problem found in a configuration, at a path such as `weekly.mon[1]`. */
export interface ConfigIssue {
  readonly path: string;
  readonly message: string;
}

/**
 * A configuration that did not validate. `issues` lists every problem; the message
 * has one line per problem, `path: message`.
 */
export class ConfigError extends Error {
  readonly issues: readonly ConfigIssue[];
  constructor(what: string, issues: readonly ConfigIssue[]) {
    super(`invalid ${what}:\n${issues.map((issue) => `  ${issue.path || "(config)"}: ${issue.message}`).join("\n")}`);
    this.name = "ConfigError";
    this.issues = issues;
  }
}

/**
 * Parses with a schema, turning zod's issues into a `ConfigError`.
 *
 * @example
 * parseWith(ScheduleConfigSchema, { weeky: {} }, "schedule config")
 * // ConfigError: invalid schedule config:
 * //   (config): unknown key "weeky" (known keys: …)
 */
export function parseWith<T>(schema: z.ZodMiniType<T>, input: unknown, what: string): T {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return result.data;
  throw new ConfigError(what, result.error.issues.flatMap((issue) => toConfigIssues(issue, [])));
}

function toConfigIssues(issue: z.core.$ZodIssue, prefix: readonly PropertyKey[]): ConfigIssue[] {
  const path = [...prefix, ...issue.path];
  if (issue.code === "invalid_union") {
    // A value that is of a branch's shape gets that branch's problems ("12345" is not a
    // valid phone number) rather than a vague "matches no alternative".
    const fitting = issue.errors.filter((branch) => !branch.some((inner) => inner.code === "invalid_type" && inner.path.length === 0));
    if (fitting.length === 1) return fitting[0]!.flatMap((inner) => toConfigIssues(inner, path));
  }
  return [{ path: formatPath(path), message: messageOf(issue) }];
}

/**
 * `["weekly", "mon", 1]` → `weekly.mon[1]`; a key that is not a plain name is quoted:
 * `["namedDays", "trettondedag jul"]` → `namedDays["trettondedag jul"]`.
 *
 * @example
 * formatPath(["weekly", "mon", 1]) // => "weekly.mon[1]"
 * formatPath(["namedDays", "julafton "]) // => 'namedDays["julafton "]'
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "number") text += `[${segment}]`;
    else if (typeof segment === "string" && !PLAIN_KEY.test(segment)) text += `[${JSON.stringify(segment)}]`;
    else text += text ? `.${String(segment)}` : String(segment);
  }
  return text;
}

/** A key written as `.key` in a path: letters (å, ä, ö too), digits, `_` and `$`, not starting with a digit. */
const PLAIN_KEY = /^[\p{L}_$][\p{L}\p{N}_$]*$/u;

// zod/mini carries no message texts (its locales would add weight to every web page),
// so the generic issues are worded here; our own checks bring their own messages.
function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.message && issue.message !== "Invalid input") return issue.message;
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? `is required (${issue.expected})` : `expected ${issue.expected}, got ${describe(issue.input)}`;
    case "unrecognized_keys":
      return `unknown key ${issue.keys.map((k) => JSON.stringify(k)).join(", ")}`;
    case "invalid_union":
      return `is not valid here (got ${describe(issue.input)})`;
    case "too_small":
      return `must be at least ${String(issue.minimum)}`;
    case "too_big":
      return `must be at most ${String(issue.maximum)}`;
    case "invalid_value":
      return `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}`;
    default:
      return `is not valid (${issue.code})`;
  }
}
