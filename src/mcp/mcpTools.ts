import type { Server } from "@modelcontextprotocol/sdk/server/index.js";
import type { CallToolRequestSchema, CallToolResult, JSONRPCMessageSchema, ListToolsRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { version } from "../../package.json";
import { holidaysInEnglish } from "../calendar/calendars";
import { describe } from "../calendar/plainDate";
import { callTool, ToolError, type CallToolOptions } from "../chat/callTool";
import { toolInputJsonSchema, toolsFor } from "../chat/toolDefinitions";
import { placesSentence, toolDescription } from "../chat/unitArgument";
import type { Organization } from "../contacts/createOrganization";
import { isOrganization } from "../contacts/isOrganization";
import type { Schedule } from "../schedule/createSchedule";
import { isPlainObject } from "../validation/checkConfigShape";
import { clip } from "../validation/quote";
import type { MessageChecks } from "./jsonRpcMessage";

/*
 * The one registration of the chat tools as an MCP server, for every transport: stdio
 * (`oppettider mcp`, server.ts) and Streamable HTTP (`POST /mcp`, server/mcpRoutes.ts).
 * The SDK's parts come in as an argument, already imported: the stdio command loads them
 * as a CLI peer, the HTTP route on demand in any runtime. No Node modules here.
 */

/**
 * Options of the MCP server.
 *
 * @example
 * await serveMcpOverStdio(schedule, { name: "Biblioteket" });
 */
export interface McpServerOptions extends CallToolOptions {
  /** The organisation's name, for the server's instructions to the model (default: the organisation's own). */
  name?: string | null;
}

/** The parts of @modelcontextprotocol/sdk the server is built from. */
export interface McpSdk {
  readonly Server: typeof Server;
  readonly ListToolsRequestSchema: typeof ListToolsRequestSchema;
  readonly CallToolRequestSchema: typeof CallToolRequestSchema;
  readonly JSONRPCMessageSchema: typeof JSONRPCMessageSchema;
}

/**
 * One tool call as an MCP result: the answer as JSON text and as `structuredContent`,
 * or a tool error (`isError: true`) with a message the model can act on.
 *
 * @example
 * mcpToolResult(createSchedule(presets.arjeplog), "hours_on", { date: "2026-02-30" })
 * // => { isError: true, content: [{ type: "text", text: 'invalid arguments for hours_on: date "2026-02-30" does not exist: 2026-02 has 28 days' }] }
 */
export function mcpToolResult(target: Organization | Schedule, name: string, args: unknown, options: CallToolOptions = {}): CallToolResult {
  try {
    const result = callTool(target, name, args, options);
    return {
      content: [{ type: "text", text: JSON.stringify(result) }],
      structuredContent: result as unknown as Record<string, unknown>,
    };
  } catch (error) {
    if (error instanceof ToolError) return { content: [{ type: "text", text: error.message }], isError: true };
    throw error; // a bug: the SDK still answers it as a tool error
  }
}

/**
 * The SDK's low-level `Server` with the chat tools of an organisation or schedule and two
 * handlers: `tools/list` lists each tool with the JSON Schema of its zod schema, and
 * `tools/call` hands the arguments to `callTool`, whose checks and messages are the only
 * ones (the SDK's high-level `McpServer` checked them first and worded its own messages,
 * "… got \"x\" at at"). Connect it to a transport.
 *
 * @example
 * const sdk = { ...(await import("@modelcontextprotocol/sdk/server/index.js")), ...(await import("@modelcontextprotocol/sdk/types.js")) };
 * const server = buildMcpServer(createOrganization(presets.arjeplogKommun), {}, sdk);
 */
export function buildMcpServer(target: Organization | Schedule, options: McpServerOptions, sdk: McpSdk): Server {
  const server = new sdk.Server(
    { name: "oppettider", title: "Öppettider", version },
    { capabilities: { tools: {} }, instructions: instructionsFor(target, options.name) },
  );
  const tools = toolsFor(target);
  server.setRequestHandler(sdk.ListToolsRequestSchema, () => ({
    tools: tools.map((tool) => ({
      name: tool.name,
      title: tool.title,
      description: toolDescription(tool, target),
      inputSchema: toolInputJsonSchema(tool.name) as { type: "object"; properties?: Record<string, object> },
      annotations: { title: tool.title, readOnlyHint: true, idempotentHint: true, openWorldHint: false },
    })),
  }));
  server.setRequestHandler(sdk.CallToolRequestSchema, (request) => mcpToolResult(target, request.params.name, request.params.arguments ?? {}, options));
  return server;
}

/**
 * The checks every transport runs on a message before the SDK sees it (jsonRpcMessage.ts):
 * a `tools/call` with malformed params gets −32602 saying what is wrong, a message the SDK's
 * schema refuses −32600 with its first issue.
 *
 * @example
 * const read = readJsonRpcMessage(text, messageChecksFor(organization, sdk));
 */
export function messageChecksFor(target: Organization | Schedule, sdk: Pick<McpSdk, "JSONRPCMessageSchema">): MessageChecks {
  const toolNames = toolsFor(target).map((tool) => tool.name);
  return {
    checkParams: (method, params) => toolCallParamsProblem(method, params, toolNames),
    checkMessage: (message) => {
      const result = sdk.JSONRPCMessageSchema.safeParse(message);
      if (result.success) return null;
      const issue = result.error.issues[0];
      return `not a JSON-RPC 2.0 message${issue ? ` (${issue.path.join(".") || "message"}: ${clip(issue.message, 120)})` : ""}`;
    },
  };
}

/**
 * Checks the params of the requests the server answers before they reach the SDK, so
 * that a malformed `tools/call` gets a −32602 that says what is wrong, not a schema dump.
 *
 * @example
 * toolCallParamsProblem("tools/call", { arguments: {} }, ["is_open"])
 * // => 'tools/call needs params.name, the name of a tool (is_open), got nothing'
 */
export function toolCallParamsProblem(method: string, params: unknown, toolNames: readonly string[]): string | null {
  if (method !== "tools/call") return null;
  if (params === undefined) return 'tools/call needs params: { "name": "is_open", "arguments": { … } }';
  const { name, arguments: args } = params as { name?: unknown; arguments?: unknown };
  if (typeof name !== "string" || name === "") {
    return `tools/call needs params.name, the name of a tool (${toolNames.join(", ")}), got ${name === undefined ? "nothing" : describe(name)}`;
  }
  if (args !== undefined && !isPlainObject(args)) return `tools/call params.arguments must be an object like { "date": "2026-12-24" }, got ${describe(args)}`;
  return null;
}

function instructionsFor(target: Organization | Schedule, name: string | null | undefined): string {
  const organization = isOrganization(target) ? target : null;
  const who = name ?? organization?.name ?? "the organisation";
  return [
    `Opening hours of ${who} (time zone ${target.timeZone}), with ${holidaysInEnglish(target.calendar)}, eves, days before eves and red days, bridge days and summer weeks.`,
    "Moments are ISO-8601; without an offset they are wall-clock time in that zone. Dates are YYYY-MM-DD.",
    'Every tool takes language "sv" (default) or "en" for its texts; the text and sentence fields can be quoted to a person as they are.',
    organization ? "contacts lists phone numbers and e-mail addresses, and whether each contact can be reached." : "",
    organization && organization.units.length > 1 ? `${placesSentence(organization)} units lists them with their status now.` : "",
  ]
    .filter(Boolean)
    .join(" ");
}
