import type * as z from "zod/mini";
import { describe } from "../calendar/plainDate";
import { checkConfigShape, isPlainObject, type ShapeLimits } from "../validation/checkConfigShape";
import { MAX_TOOL_ARGUMENTS_DEPTH, MAX_TOOL_ARGUMENTS_LENGTH, MAX_TOOL_ARGUMENTS_VALUES } from "../validation/limits";
import { clip } from "../validation/quote";
import { ToolError } from "./toolError";
import { CHAT_TOOL_SCHEMAS, type ChatToolArgs, type ChatToolName } from "./tools";
import { WITHOUT_LOCALE } from "../validation/withoutLocale";

/** A tool's arguments are flat (`{ at, language }`): these bounds refuse anything else at once. */
const ARGUMENT_LIMITS: ShapeLimits = {
  maxDepth: MAX_TOOL_ARGUMENTS_DEPTH,
  maxValues: MAX_TOOL_ARGUMENTS_VALUES,
  maxStringLength: MAX_TOOL_ARGUMENTS_LENGTH,
  maxKeyLength: 100,
  maxListLength: MAX_TOOL_ARGUMENTS_VALUES,
  listLimits: {},
  maxIssues: 10,
  noun: "arguments",
};

/**
 * A tool's arguments checked: the JSON text a chat API gives is parsed, the shape bounded
 * (flat, small, plain JSON) before the tool's zod schema checks and fills in defaults.
 * Throws ToolError with every problem.
 *
 * @example
 * validateToolArgs("hours_on", '{"date":"2026-06-18"}') // => { date: "2026-06-18", language: "sv" }
 * validateToolArgs("hours_on", { date: "2026-02-30" }) // ToolError: invalid arguments for hours_on: date "2026-02-30" does not exist: …
 */
export function validateToolArgs<N extends ChatToolName>(name: N, args: unknown): ChatToolArgs[N] {
  let input = args ?? {};
  if (typeof input === "string") {
    if (input.length > MAX_TOOL_ARGUMENTS_LENGTH) {
      throw new ToolError(name, `invalid arguments for ${name}: ${input.length} characters of JSON; at most ${MAX_TOOL_ARGUMENTS_LENGTH}`, ["too long"]);
    }
    try {
      input = input.trim() === "" ? {} : JSON.parse(input);
    } catch (error) {
      throw new ToolError(name, `invalid arguments for ${name}: not valid JSON (${clip(String((error as Error).message), 200)})`, ["not valid JSON"]);
    }
  }
  // Shape first (plain JSON, flat, small), so the schema and its messages only ever see
  // small plain data: no deep nesting can overflow the stack, no huge text is echoed.
  if (typeof input === "object" && input !== null && !Array.isArray(input)) {
    if (!isPlainObject(input)) {
      throw new ToolError(name, `invalid arguments for ${name}: the arguments must be an object like { "date": "2026-12-24" }, got ${describe(input)}`, ["not an object"]);
    }
    const shape = checkConfigShape(input, ARGUMENT_LIMITS);
    if (shape.count > 0) {
      const issues = shape.issues.map((issue) => `${issue.path || "arguments"}: ${issue.message}`);
      throw new ToolError(name, `invalid arguments for ${name}: ${issues.join("; ")}`, issues);
    }
  }
  const schema = CHAT_TOOL_SCHEMAS[name] as z.ZodMiniType;
  const result = schema.safeParse(input, WITHOUT_LOCALE);
  if (result.success) return result.data as ChatToolArgs[N];
  const issues = result.error.issues.slice(0, 20).map(issueText);
  throw new ToolError(name, `invalid arguments for ${name}: ${issues.join("; ")}`, issues);
}

/** The schemas word every issue themselves; a generic one gets its path and code. */
function issueText(issue: z.core.$ZodIssue): string {
  if (issue.message && issue.message !== "Invalid input") return issue.message;
  const path = issue.path.map(String).join(".");
  return `${path || "arguments"}: invalid (${issue.code})`;
}
