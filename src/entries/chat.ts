/**
 * `oppettider/chat`: the chat tools (`is_open`, `next_opening`, `hours_on`, `week`,
 * `deviations`, `contacts`, `units`) as JSON-Schema function definitions and a dispatcher. The same
 * functions as the root `oppettider` exports; importing them from here loads only this part.
 *
 * @example
 * import { callTool, functionToolDefinitions } from "oppettider/chat";
 * import { createOrganization, presets } from "oppettider";
 * const kommun = createOrganization(presets.arjeplogKommun);
 * callTool(kommun, "is_open", { at: "2026-12-24T10:00" }).open; // => false
 */
export { callTool, ToolError } from "../chat/callTool";
export type {
  CallToolOptions,
  ChatToolResult,
  ChatToolResults,
  ContactCard,
  ContactResult,
  ContactsResult,
  DayResult,
  DeviationsResult,
  HoursOnResult,
  IsOpenResult,
  NextOpeningResult,
  ForUnit,
  RuleResult,
  UnitsResult,
  WeekResult,
} from "../chat/callTool";
export { CHAT_TOOLS, CHAT_TOOL_NAMES, isChatToolName, MAX_DEVIATION_DAYS, DEFAULT_DEVIATION_DAYS } from "../chat/tools";
export { CHAT_TOOL_SCHEMAS } from "../public/chatToolSchemas";
export type { ChatTool, ChatToolArgs, ChatToolInput, ChatToolName } from "../chat/tools";
export { toolDefinitions, functionToolDefinitions, toolInputJsonSchema, toolsFor } from "../chat/toolDefinitions";
export type { FunctionToolDefinition, JsonSchema, ToolDefinition } from "../chat/toolDefinitions";
