/*
 * The error of a chat tool call, on its own so that the dispatcher (./callTool.ts), the
 * tools (./answers/) and the unit argument (./unitArgument.ts) can all throw it without
 * importing each other.
 */

/**
 * A tool call that cannot be answered: an unknown tool, bad arguments (each problem in
 * `issues`), or a date outside what the schedule answers for. The message is meant to be
 * handed back to the model as the tool's error result.
 *
 * @example
 * try { callTool(schedule, "hours_on", { date: "2026-02-30" }) }
 * catch (error) { if (error instanceof ToolError) reply({ isError: true, text: error.message }) }
 */
export class ToolError extends Error {
  override name = "ToolError";
  /** The tool asked for (also an unknown name). */
  readonly tool: string;
  /** Every problem found in the arguments; empty for other errors. */
  readonly issues: readonly string[];
  constructor(tool: string, message: string, issues: readonly string[] = [], options?: { cause?: unknown }) {
    super(message);
    this.tool = tool;
    this.issues = issues;
    if (options && "cause" in options) (this as { cause?: unknown }).cause = options.cause;
  }
}
