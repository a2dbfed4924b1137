import * as z from "zod/mini";
import type { Organization } from "../contacts/createOrganization";
import type { Schedule } from "../schedule/createSchedule";
import { isOrganization } from "../contacts/isOrganization";
import { CHAT_TOOL_SCHEMAS, CHAT_TOOLS, type ChatTool, type ChatToolName } from "./tools";
import { toolDescription } from "./unitArgument";

/**
 * A JSON Schema object (draft 2020-12 keywords; these schemas read the same in draft 7).
 *
 * @example
 * const schema: JsonSchema = toolInputJsonSchema("week"); // { type: "object", properties: {...}, additionalProperties: false }
 */
export type JsonSchema = { readonly [keyword: string]: unknown };

/**
 * A tool as Anthropic's Messages API and most chat APIs take it: `{ name, description, input_schema }`.
 *
 * @example
 * const tools: ToolDefinition[] = toolDefinitions(kommun);
 * await anthropic.messages.create({ model, max_tokens: 1024, messages, tools });
 */
export interface ToolDefinition {
  readonly name: ChatToolName;
  readonly description: string;
  readonly input_schema: JsonSchema;
}

/**
 * A tool as OpenAI-style chat APIs take it: `{ type: "function", function: { name, description, parameters } }`.
 *
 * @example
 * const tools: FunctionToolDefinition[] = functionToolDefinitions(kommun);
 * await openai.chat.completions.create({ model, messages, tools });
 */
export interface FunctionToolDefinition {
  readonly type: "function";
  readonly function: {
    readonly name: ChatToolName;
    readonly description: string;
    readonly parameters: JsonSchema;
  };
}

/**
 * The JSON Schema of a tool's arguments, made from its zod schema: an object with
 * `properties`, `required` and `additionalProperties: false`, without `$schema` (some chat
 * APIs refuse it).
 *
 * @example
 * toolInputJsonSchema("hours_on").required // => ["date"]
 */
export function toolInputJsonSchema(name: ChatToolName): JsonSchema {
  const tool = CHAT_TOOLS.find((t) => t.name === name);
  if (!tool) throw new RangeError(`unknown tool ${JSON.stringify(name)}`);
  return jsonSchemaOf(tool);
}

/**
 * The chat tools as `{ name, description, input_schema }` (Anthropic's Messages API and
 * others). Given an organisation or a schedule, only the tools that can answer for it are
 * listed (a schedule alone has no `contacts` and no `units`), and given an organisation, the
 * descriptions name it and its units.
 *
 * @example
 * const tools = toolDefinitions(createOrganization(presets.arjeplogKommun));
 * tools.map((t) => t.name) // => ["is_open", "next_opening", "hours_on", "week", "deviations", "contacts"]
 * tools[2].input_schema // => { type: "object", properties: { date: {...}, language: {...} }, required: ["date"], additionalProperties: false }
 */
export function toolDefinitions(target?: Organization | Schedule): ToolDefinition[] {
  return toolsFor(target).map((tool) => ({ name: tool.name, description: toolDescription(tool, target), input_schema: jsonSchemaOf(tool) }));
}

/**
 * The chat tools as OpenAI-style function definitions,
 * `{ type: "function", function: { name, description, parameters } }`. Given a schedule
 * alone, `contacts` is left out.
 *
 * @example
 * const response = await openai.chat.completions.create({
 *   model, messages, tools: functionToolDefinitions(createSchedule(presets.arjeplog)),
 * });
 */
export function functionToolDefinitions(target?: Organization | Schedule): FunctionToolDefinition[] {
  return toolsFor(target).map((tool) => ({
    type: "function",
    function: { name: tool.name, description: toolDescription(tool, target), parameters: jsonSchemaOf(tool) },
  }));
}

/**
 * The tools that can answer for a target: all of them for an organisation (or when no
 * target is given), all but `contacts` for a schedule alone.
 *
 * @example
 * toolsFor(createSchedule(presets.arjeplog)).map((t) => t.name).includes("contacts") // => false
 */
export function toolsFor(target?: Organization | Schedule): ChatTool[] {
  const hasContacts = target === undefined || isOrganization(target);
  // A schedule alone has neither contacts nor units.
  return CHAT_TOOLS.filter((tool) => hasContacts || (tool.name !== "contacts" && tool.name !== "units"));
}

function jsonSchemaOf(tool: ChatTool): JsonSchema {
  // The arguments as the caller writes them: `language` is optional there (default "sv").
  const { $schema: _ignored, ...schema } = z.toJSONSchema(CHAT_TOOL_SCHEMAS[tool.name], { io: "input" }) as Record<string, unknown>;
  return schema;
}
