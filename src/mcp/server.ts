import type { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { importOptionalPeer } from "../cli/optionalPeer";
import type { Organization } from "../contacts/createOrganization";
import type { Schedule } from "../schedule/createSchedule";
import { LineTransport } from "./lineTransport";
import { buildMcpServer, messageChecksFor, type McpSdk, type McpServerOptions } from "./mcpTools";

export { mcpToolResult, toolCallParamsProblem } from "./mcpTools";
export type { McpServerOptions } from "./mcpTools";

/*
 * The chat tools as a Model Context Protocol server over stdio (Node only). The tools and
 * their answers are registered once, in mcpTools.ts (the HTTP route `/mcp` uses the same);
 * messages travel over src/mcp/lineTransport.ts, which bounds what it reads and answers
 * malformed input.
 *
 * The SDK is imported on demand: it takes most of a second to load, the other CLI commands,
 * bundled with this module into dist/cli.js, have no use for it, and it is an optional peer
 * dependency (a clear message when it is not installed: src/cli/optionalPeer.ts).
 */

/** The SDK's parts, or a MissingPeerError saying how to install it. */
async function loadSdk(): Promise<McpSdk> {
  const [{ Server }, { ListToolsRequestSchema, CallToolRequestSchema, JSONRPCMessageSchema }] = await Promise.all([
    importOptionalPeer("mcp", () => import("@modelcontextprotocol/sdk/server/index.js")),
    importOptionalPeer("mcp", () => import("@modelcontextprotocol/sdk/types.js")),
  ]);
  return { Server, ListToolsRequestSchema, CallToolRequestSchema, JSONRPCMessageSchema };
}

/**
 * An MCP server with the chat tools for an organisation (`is_open`, `next_opening`,
 * `hours_on`, `week`, `deviations`, `contacts`) or a schedule (all but `contacts`).
 * Connect it to a transport of your choice; `serveMcpOverStdio` does so over stdio.
 *
 * @example
 * const server = await createMcpServer(createOrganization(presets.arjeplogKommun));
 * await server.connect(new LineTransport());
 */
export async function createMcpServer(target: Organization | Schedule, options: McpServerOptions = {}): Promise<Server> {
  return buildMcpServer(target, options, await loadSdk());
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
  const sdk = await loadSdk();
  const server = buildMcpServer(target, options, sdk);
  const transport = new LineTransport(process.stdin, process.stdout, messageChecksFor(target, sdk));
  const closed = new Promise<void>((resolve) => {
    server.onclose = () => resolve();
  });
  await server.connect(transport);
  await closed;
}
