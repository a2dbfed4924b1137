import type { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { version } from "../../package.json";
import { callTool, ToolError, type CallToolOptions } from "../chat/callTool";
import { toolsFor } from "../chat/toolDefinitions";
import { importOptionalPeer } from "../cli/optionalPeer";
import { CHAT_TOOL_SCHEMAS } from "../chat/tools";
import type { Organization } from "../contacts/createOrganization";
import type { Schedule } from "../schedule/createSchedule";

/*
 * The chat tools as a Model Context Protocol server (Node only). The tools, their zod/mini
 * argument schemas and their answers are those of src/chat: the MCP SDK takes zod 4
 * schemas (classic or mini) as they are, lists them as JSON Schema, and validates the
 * arguments with them before `callTool` runs.
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
 * @example
 * const server = await createMcpServer(createOrganization(presets.arjeplogKommun));
 * await server.connect(new StdioServerTransport());
 */
export async function createMcpServer(target: Organization | Schedule, options: McpServerOptions = {}): Promise<McpServer> {
  const { McpServer } = await importOptionalPeer("mcp", () => import("@modelcontextprotocol/sdk/server/mcp.js"));
  const server = new McpServer({ name: "oppettider", title: "Öppettider", version }, { instructions: instructionsFor(target, options.name) });
  for (const tool of toolsFor(target)) {
    server.registerTool(
      tool.name,
      {
        title: tool.title,
        description: tool.description,
        inputSchema: CHAT_TOOL_SCHEMAS[tool.name], // the zod/mini schema itself, as the SDK takes it
        annotations: { title: tool.title, readOnlyHint: true, idempotentHint: true, openWorldHint: false },
      },
      (args: unknown) => mcpToolResult(target, tool.name, args, options),
    );
  }
  return server;
}

/**
 * Serves the chat tools over stdio (stdin/stdout; nothing else may write to stdout) until
 * the client closes stdin. Resolves when the connection is closed.
 *
 * @example
 * // `oppettider mcp`, in an MCP client's configuration:
 * // { "command": "npx", "args": ["oppettider", "mcp", "--config", "kommun.json"] }
 * await serveMcpOverStdio(createOrganization(presets.arjeplogKommun));
 */
export async function serveMcpOverStdio(target: Organization | Schedule, options: McpServerOptions = {}): Promise<void> {
  const { StdioServerTransport } = await importOptionalPeer("mcp", () => import("@modelcontextprotocol/sdk/server/stdio.js"));
  const server = await createMcpServer(target, options);
  const closed = new Promise<void>((resolve) => {
    server.server.onclose = () => resolve();
  });
  const close = () => void server.close().catch(() => undefined);
  // The client went away: stdin ends (the SDK's transport does not notice) or stdout breaks.
  process.stdin.once("end", close);
  process.stdout.on("error", close);
  await server.connect(new StdioServerTransport());
  await closed;
  process.stdin.off("end", close);
  process.stdout.off("error", close);
}

function instructionsFor(target: Organization | Schedule, name: string | null | undefined): string {
  const organization = "contacts" in target ? target : null;
  const who = name ?? organization?.name ?? "the organisation";
  return [
    `Opening hours of ${who} (time zone ${target.timeZone}), with Swedish public holidays, eves, days before eves and red days, bridge days and summer weeks.`,
    "Moments are ISO-8601; without an offset they are wall-clock time in that zone. Dates are YYYY-MM-DD.",
    'Every tool takes language "sv" (default) or "en" for its texts; the text and sentence fields can be quoted to a person as they are.',
    organization ? "contacts lists phone numbers and e-mail addresses, and whether each contact can be reached." : "",
  ]
    .filter(Boolean)
    .join(" ");
}
