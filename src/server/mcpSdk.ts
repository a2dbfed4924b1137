import type { WebStandardStreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js";
import type { McpSdk } from "../mcp/mcpTools";

/*
 * The MCP SDK for `/mcp`, imported on the first request that needs it. It is an optional
 * peer dependency: without it the rest of the service works, and `/mcp` says how to
 * install it (501). Each import has its own catch, so that a missing package never
 * becomes an unhandled rejection; the reason is logged once.
 */

/** The SDK's parts the HTTP route uses: the server's and the web-standard HTTP transport. */
export interface McpHttpSdk extends McpSdk {
  readonly WebStandardStreamableHTTPServerTransport: typeof WebStandardStreamableHTTPServerTransport;
}

let loading: Promise<McpHttpSdk | null> | undefined;

/**
 * The SDK, or null when it is not installed (or does not load). Imported once.
 *
 * @example
 * const sdk = await loadMcpHttpSdk();
 * if (!sdk) return notInstalled();
 */
export function loadMcpHttpSdk(): Promise<McpHttpSdk | null> {
  loading ??= Promise.all([
    import("@modelcontextprotocol/sdk/server/index.js").catch(failed),
    import("@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js").catch(failed),
    import("@modelcontextprotocol/sdk/types.js").catch(failed),
  ]).then(([server, http, types]) =>
    server && http && types
      ? {
          Server: server.Server,
          WebStandardStreamableHTTPServerTransport: http.WebStandardStreamableHTTPServerTransport,
          ListToolsRequestSchema: types.ListToolsRequestSchema,
          CallToolRequestSchema: types.CallToolRequestSchema,
          JSONRPCMessageSchema: types.JSONRPCMessageSchema,
        }
      : null,
  );
  return loading;
}

let logged = false;

function failed(error: unknown): null {
  if (!logged) {
    logged = true;
    console.error(`oppettider service: /mcp is off, @modelcontextprotocol/sdk did not load: ${(error as Error)?.message ?? String(error)}`);
  }
  return null;
}
