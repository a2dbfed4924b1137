import type { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { holidaysInEnglish } from "../calendar/calendars";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { version } from "../../package.json";
import { callTool, ToolError, type CallToolOptions } from "../chat/callTool";
import { toolInputJsonSchema, toolsFor } from "../chat/toolDefinitions";
import { placesSentence, toolDescription } from "../chat/unitArgument";
import { describe } from "../calendar/plainDate";
import { isPlainObject } from "../validation/checkConfigShape";
import { clip } from "../validation/quote";
import { LineTransport } from "./lineTransport";
import { importOptionalPeer } from "../cli/optionalPeer";
import { isOrganization } from "../contacts/isOrganization";
import type { Organization } from "../contacts/createOrganization";
import type { Schedule } from "../schedule/createSchedule";

/*
 * The chat tools as a Model Context Protocol server (Node only). The tools, their zod/mini
 * argument schemas and their answers are those of src/chat: `tools/list` gives each
 * schema as JSON Schema and `tools/call` validates with it in `callTool`. Messages travel
 * over src/mcp/lineTransport.ts, which bounds what it reads and answers malformed input.
 *
 * The SDK is imported on demand: it takes most of a second to load, the other CLI commands,
 * bundled with this module into dist/cli.js, have no use for it, and it is an optional peer
 * dependency (a clear message when it is not installed: src/cli/optionalPeer.ts).
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
 * An MCP server with the chat tools for an organisation (`is_open`, `next_opening`,
 * `hours_on`, `week`, `deviations`, `contacts`) or a schedule (all but `contacts`).
 * Connect it to a transport of your choice; `serveMcpOverStdio` does so over stdio.
 *
 * It is the SDK's low-level `Server` with two handlers: `tools/list` lists each tool with
 * the JSON Schema of its zod schema, and `tools/call` hands the arguments to `callTool`,
 * whose checks and messages are the only ones (the SDK's high-level `McpServer` checked
 * them first and worded its own messages, "… got \"x\" at at").
 *
 * @example
 * const server = await createMcpServer(createOrganization(presets.arjeplogKommun));
 * await server.connect(new LineTransport());
 */
export async function createMcpServer(target: Organization | Schedule, options: McpServerOptions = {}): Promise<Server> {
  const [{ Server }, { ListToolsRequestSchema, CallToolRequestSchema }] = await Promise.all([
    importOptionalPeer("mcp", () => import("@modelcontextprotocol/sdk/server/index.js")),
    importOptionalPeer("mcp", () => import("@modelcontextprotocol/sdk/types.js")),
  ]);
  const server = new Server(
    { name: "oppettider", title: "Öppettider", version },
    { capabilities: { tools: {} }, instructions: instructionsFor(target, options.name) },
  );
  const tools = toolsFor(target);
  server.setRequestHandler(ListToolsRequestSchema, () => ({
    tools: tools.map((tool) => ({
      name: tool.name,
      title: tool.title,
      description: toolDescription(tool, target),
      inputSchema: toolInputJsonSchema(tool.name) as { type: "object"; properties?: Record<string, object> },
      annotations: { title: tool.title, readOnlyHint: true, idempotentHint: true, openWorldHint: false },
    })),
  }));
  server.setRequestHandler(CallToolRequestSchema, (request) => mcpToolResult(target, request.params.name, request.params.arguments ?? {}, options));
  return server;
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

/**
 * Serves the chat tools over stdio (stdin/stdout; nothing else may write to stdout) until
 * the client closes stdin; the requests already read are answered first. Resolves when
 * the connection is closed.
 *
 * @example
 * // `oppettider mcp`, in an MCP client's configuration:
 * // { "command": "npx", "args": ["oppettider", "mcp", "--config", "kommun.json"] }
 * await serveMcpOverStdio(createOrganization(presets.arjeplogKommun));
 */
export async function serveMcpOverStdio(target: Organization | Schedule, options: McpServerOptions = {}): Promise<void> {
  const { JSONRPCMessageSchema } = await importOptionalPeer("mcp", () => import("@modelcontextprotocol/sdk/types.js"));
  const server = await createMcpServer(target, options);
  const toolNames = toolsFor(target).map((tool) => tool.name);
  const transport = new LineTransport(process.stdin, process.stdout, {
    checkParams: (method, params) => toolCallParamsProblem(method, params, toolNames),
    checkMessage: (message) => {
      const result = JSONRPCMessageSchema.safeParse(message);
      if (result.success) return null;
      const issue = result.error.issues[0];
      return `not a JSON-RPC 2.0 message${issue ? ` (${issue.path.join(".") || "message"}: ${clip(issue.message, 120)})` : ""}`;
    },
  });
  const closed = new Promise<void>((resolve) => {
    server.onclose = () => resolve();
  });
  await server.connect(transport);
  await closed;
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
