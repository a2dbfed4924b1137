import type * as z from "zod/mini";
import { describe } from "../calendar/plainDate";
import { checkConfigShape } from "./checkConfigShape";
import { formatPath } from "./issuePath";
import { MAX_ERROR_MESSAGE_LENGTH, MAX_LISTED_ISSUES } from "./limits";
import { clip, clipQuotedInputs } from "./quote";
import type { ConfigIssue } from "./configIssue";
import { WITHOUT_LOCALE } from "./withoutLocale";

export { formatPath } from "./issuePath";

export type { ConfigIssue } from "./configIssue";

/** The longest path and problem text of one line of a `ConfigError` message. */
const MAX_PATH_LENGTH = 120;
const MAX_ISSUE_LENGTH = 400;

/**
 * A configuration that did not validate. `issues` lists the problems (the first 100 when
 * there are more; `issueCount` says how many there are in all); the message has one line
 * per problem, `path: message`, and ends with how many more there are when it cannot list
 * them all. An input is never echoed back at length: quoted texts are cut to a few dozen
 * characters, and the message stays under 8,000 characters.
 *
 * @example
 * try { createSchedule({ weeky: {} }) } catch (error) {
 *   error.issues // => [{ path: "", message: 'unknown key "weeky" (did you mean "weekly"? known keys: …)' }]
 * }
 */
export class ConfigError extends Error {
  readonly issues: readonly ConfigIssue[];
  /** How many problems were found in all; `issues` holds the first 100 of them. */
  readonly issueCount: number;
  constructor(what: string, issues: readonly ConfigIssue[], issueCount = issues.length) {
    const listed = issues.slice(0, MAX_LISTED_ISSUES).map(tidyIssue);
    const total = Math.max(issueCount, issues.length);
    super(listMessage(what, listed, total));
    this.name = "ConfigError";
    this.issues = Object.freeze(listed);
    this.issueCount = total;
  }
}

function tidyIssue(issue: ConfigIssue): ConfigIssue {
  return Object.freeze({ path: clip(issue.path, MAX_PATH_LENGTH), message: clip(clipQuotedInputs(issue.message), MAX_ISSUE_LENGTH) });
}

function listMessage(what: string, issues: readonly ConfigIssue[], total: number): string {
  let text = `invalid ${what}:`;
  let shown = 0;
  for (const issue of issues) {
    const line = `\n  ${issue.path || "(config)"}: ${issue.message}`;
    if (text.length + line.length > MAX_ERROR_MESSAGE_LENGTH - 100) break;
    text += line;
    shown++;
  }
  const more = total - shown;
  if (more > 0) text += `\n  … and ${more} more problem${more === 1 ? "" : "s"} (${total} in all)`;
  return text;
}

/**
 * Parses with a schema, turning zod's issues into a `ConfigError`. The input's shape and
 * size are checked first (plain JSON data within the limits of src/validation/limits.ts),
 * so the schema only ever sees data it can walk quickly.
 *
 * @example
 * parseWith(ScheduleConfigSchema, { weeky: {} }, "schedule config")
 * // ConfigError: invalid schedule config:
 * //   (config): unknown key "weeky" (did you mean "weekly"? known keys: …)
 */
export function parseWith<T>(schema: z.ZodMiniType<T>, input: unknown, what: string): T {
  const shape = checkConfigShape(input);
  if (shape.count > 0) throw new ConfigError(what, shape.issues, shape.count);
  const result = schema.safeParse(input, { ...WITHOUT_LOCALE, reportInput: true });
  if (result.success) return result.data;
  const issues: ConfigIssue[] = [];
  let count = 0;
  for (const issue of result.error.issues) {
    for (const configIssue of toConfigIssues(issue, [])) {
      count++;
      if (issues.length < MAX_LISTED_ISSUES) issues.push(configIssue);
    }
  }
  throw new ConfigError(what, issues, count);
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
