import { isOrganization } from "../contacts/isOrganization";
import type { Organization } from "../contacts/createOrganization";
import type { Schedule } from "../schedule/createSchedule";
import { toEpochMs, type Instant } from "../schedule/instant";
import { describe } from "../calendar/plainDate";
import { clip, quote } from "../validation/quote";
import { ToolError } from "./toolError";
import { placeForTool } from "./unitArgument";
import { validateToolArgs } from "./validateToolArgs";
import { CHAT_TOOL_NAMES, isChatToolName, type ChatToolArgs, type ChatToolName } from "./tools";
import { contacts, type ContactsResult } from "./answers/contacts";
import { deviations, type DeviationsResult } from "./answers/deviations";
import { hoursOn, type HoursOnResult } from "./answers/hoursOn";
import { isOpen, type IsOpenResult } from "./answers/isOpen";
import { nextOpening, type NextOpeningResult } from "./answers/nextOpening";
import { units, type UnitsResult } from "./answers/units";
import { week, type WeekResult } from "./answers/week";

/*
 * callTool: the chat tools' dispatcher. It checks the tool's name and arguments, finds the
 * place the call is for, and hands over to the tool's own module in ./answers/.
 */

export { ToolError } from "./toolError";
export type { ContactCard } from "./contactCard";
export type { DayResult, RuleResult } from "./dayResult";
export type { ContactResult, ContactsResult } from "./answers/contacts";
export type { DeviationsResult } from "./answers/deviations";
export type { HoursOnResult } from "./answers/hoursOn";
export type { IsOpenResult } from "./answers/isOpen";
export type { NextOpeningResult } from "./answers/nextOpening";
export type { UnitsResult } from "./answers/units";
export type { WeekResult } from "./answers/week";

/**
 * Options of `callTool`.
 *
 * @example
 * callTool(kommun, "is_open", {}, { now: new Date("2026-12-24T09:00:00Z") }).open // => false
 */
export interface CallToolOptions {
  /** "Now", when the arguments give no moment or date (default: the clock's). */
  now?: Instant;
  /** The unit (id or name) a call answers for when its arguments name none (`oppettider mcp --unit`). */
  unit?: string;
}

/**
 * What each tool returns.
 *
 * @example
 * const result: ChatToolResults["hours_on"] = callTool(kommun, "hours_on", { date: "2026-06-18" });
 */
export interface ChatToolResults {
  is_open: IsOpenResult & ForUnit;
  next_opening: NextOpeningResult & ForUnit;
  hours_on: HoursOnResult & ForUnit;
  week: WeekResult & ForUnit;
  deviations: DeviationsResult & ForUnit;
  contacts: ContactsResult & ForUnit;
  units: UnitsResult;
}

/**
 * Which unit an answer is for, when the organisation has several units.
 *
 * @example
 * callTool(exempla, "is_open", { unit: "biblioteket" }).unit // => { id: "biblioteket", name: "Exempla bibliotek" }
 */
export interface ForUnit {
  readonly unit?: { readonly id: string; readonly name: string };
}

/**
 * The result of any tool.
 *
 * @example
 * const result: ChatToolResult = callTool(kommun, toolCall.name, toolCall.input);
 */
export type ChatToolResult = ChatToolResults[ChatToolName];

/**
 * Runs a chat tool for an organisation or a schedule: validates the arguments with the
 * tool's zod schema and returns the same result object the MCP server sends as JSON.
 * `args` may be an object or the JSON text a chat API hands over (OpenAI's
 * `tool_call.function.arguments`). Throws `ToolError` for an unknown tool, bad
 * arguments (every problem listed), or a date outside the supported years.
 *
 * @example
 * const kommun = createOrganization(presets.arjeplogKommun);
 * callTool(kommun, "is_open", { at: "2026-12-24T10:00" }).text
 * // => "Stängt idag, julafton · öppnar måndag 28 december 08.00"
 * callTool(kommun, "hours_on", '{"date":"2026-06-18","language":"en"}').intervals
 * // => [{ from: "08:00", to: "12:00" }]
 */
export function callTool<N extends ChatToolName>(target: Organization | Schedule, name: N, args?: unknown, options?: CallToolOptions): ChatToolResults[N];
export function callTool(target: Organization | Schedule, name: string, args?: unknown, options?: CallToolOptions): ChatToolResult;
export function callTool(target: Organization | Schedule, name: string, args?: unknown, options: CallToolOptions = {}): ChatToolResult {
  if (!isChatToolName(name)) {
    const shown = typeof name === "string" ? quote(name) : describe(name);
    throw new ToolError(typeof name === "string" ? clip(name, 64) : describe(name), `unknown tool ${shown} (tools: ${CHAT_TOOL_NAMES.join(", ")})`);
  }
  if (!isOrganization(target) && typeof (target as Schedule | null)?.status !== "function") {
    throw new TypeError(`callTool: the target must be an organisation (createOrganization) or a schedule (createSchedule), got ${describe(target)}`);
  }
  const valid = validateToolArgs(name, args);
  const organization = isOrganization(target) ? target : null;
  const now = () => new Date(options.now === undefined ? Date.now() : toEpochMs(options.now, "options.now"));
  if (name === "units") {
    if (!organization) throw new ToolError(name, "units: this schedule is the opening hours of one place; it has no units");
    return units(organization, valid as ChatToolArgs["units"], now);
  }
  // The unit the call is for (SPEC §9), named in the answer when the organisation has several.
  const place = placeForTool(target, name, (valid as { unit?: string }).unit, options.unit);
  const schedule = place.schedule;
  const forUnit = <R extends object>(result: R): R => (place.named && place.unit ? { ...result, unit: { id: place.unit.id, name: place.unit.name } } : result);
  try {
    return forUnit(answer());
  } catch (error) {
    // A date the calendar does not answer for (outside 2005–2100) and the like.
    if (error instanceof RangeError || error instanceof TypeError) throw new ToolError(name, `${name}: ${error.message}`, [], { cause: error });
    throw error;
  }

  function answer(): ChatToolResult {
    switch (name) {
      case "is_open":
        return isOpen(schedule, valid as ChatToolArgs["is_open"], now);
      case "next_opening":
        return nextOpening(schedule, valid as ChatToolArgs["next_opening"], now);
      case "hours_on":
        return hoursOn(schedule, valid as ChatToolArgs["hours_on"]);
      case "week":
        return week(schedule, valid as ChatToolArgs["week"], now);
      case "deviations":
        return deviations(schedule, valid as ChatToolArgs["deviations"], now);
      case "contacts":
        if (!organization || !place.unit) throw new ToolError(name, "contacts: this schedule has no contacts (it is opening hours only, not an organisation)");
        return contacts(place.unit, organization.name, valid as ChatToolArgs["contacts"], now);
      default:
        throw new ToolError(name, `unknown tool ${JSON.stringify(name)}`);
    }
  }
}
