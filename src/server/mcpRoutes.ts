import type { Context, Hono } from "hono";
import { buildMcpServer, messageChecksFor } from "../mcp/mcpTools";
import { JSON_RPC, jsonRpcError, readJsonRpcMessage } from "../mcp/jsonRpcMessage";
import { MAX_MCP_REQUEST_BYTES } from "../validation/limits";
import { isJsonContentType, readBody, utf8Text } from "./editRequest";
import { checkMcpOrigins, checkOrigin } from "./mcpOrigins";
import { loadMcpHttpSdk, type McpHttpSdk } from "./mcpSdk";
import { plainProblem } from "./problems";
import type { ServiceState } from "./state";

/*
 * `/mcp`: the chat tools over MCP's Streamable HTTP transport, stateless. Each POST carries
 * one JSON-RPC message and is answered by a server and transport of its own, made from the
 * config in service at that moment (so an edit reaches the next request), with the tools of
 * `oppettider mcp` (mcpTools.ts). The answer is JSON, or an SSE stream when the client
 * accepts only text/event-stream. No stream is offered: GET and DELETE answer 405.
 * Malformed messages get the JSON-RPC errors stdio gives (jsonRpcMessage.ts): −32700 and
 * −32600 with HTTP 400 (the message could not be taken), −32602 for a request's bad params
 * with 200 (it is that request's answer). No Node modules: it runs on edge runtimes too.
 */

/** Options of `/mcp` (`createApp(state, { mcp })`). */
export interface McpHttpOptions {
  /**
   * The origins of the web pages that may call `/mcp` (`https://chat.example.org`), or
   * `["*"]` for any page. Default none: a request with an Origin header gets 403; one
   * without (a desktop client, curl) is served.
   */
  readonly origins?: readonly string[];
}

const PATH = "/mcp";
const ALLOW = "POST, OPTIONS";
const PREFLIGHT = {
  "Access-Control-Allow-Methods": ALLOW,
  "Access-Control-Allow-Headers": "Content-Type, Accept, Mcp-Session-Id, Mcp-Protocol-Version",
  "Access-Control-Max-Age": "86400",
};
const JSON_TYPE = "application/json; charset=utf-8";

/**
 * Adds `/mcp` to the app, before its catch-alls. `loadSdk` is the SDK's loader (tests
 * pass one that finds nothing, to see the 501).
 *
 * @example
 * mountMcpRoutes(app, state, { origins: ["https://chat.example.org"] });
 */
export function mountMcpRoutes(app: Hono, state: ServiceState, options: McpHttpOptions = {}, loadSdk: () => Promise<McpHttpSdk | null> = loadMcpHttpSdk): void {
  const origins = checkMcpOrigins(options.origins);

  app.all(PATH, async (c) => {
    const origin = checkOrigin(c.req.header("Origin"), origins);
    if (!origin.allowed) {
      const detail = `the Origin ${JSON.stringify(c.req.header("Origin"))} may not call /mcp; allow it with \`oppettider serve --mcp-origin <origin>\` (createApp's mcp.origins)`;
      return plainProblem(403, "Forbidden", detail, PATH);
    }
    if (c.req.method === "OPTIONS") return new Response(null, { status: 204, headers: { ...origin.cors, ...PREFLIGHT } });
    if (c.req.method !== "POST") {
      const detail = `${c.req.method} is not allowed here: /mcp is stateless and offers no stream; send each JSON-RPC message as a POST`;
      return withHeaders(plainProblem(405, "Method Not Allowed", detail, PATH, { Allow: ALLOW }), origin.cors);
    }
    return withHeaders(await post(c), origin.cors);
  });

  async function post(c: Context): Promise<Response> {
    const sdk = await loadSdk();
    if (!sdk) {
      return plainProblem(501, "Not Implemented", "MCP over HTTP needs @modelcontextprotocol/sdk, an optional peer dependency that is not installed: npm install @modelcontextprotocol/sdk", PATH);
    }
    const mode = responseMode(c.req.header("Accept"));
    if (mode === null) {
      return plainProblem(406, "Not Acceptable", `/mcp answers application/json or text/event-stream, got Accept: ${JSON.stringify(c.req.header("Accept"))}`, PATH);
    }
    if (!isJsonContentType(c.req.header("Content-Type"))) {
      return plainProblem(415, "Unsupported Media Type", `a JSON-RPC message must be sent as Content-Type: application/json, got ${JSON.stringify(c.req.header("Content-Type") ?? "none")}`, PATH);
    }
    const body = await readBody(c.req.raw, MAX_MCP_REQUEST_BYTES);
    if ("tooLarge" in body) return plainProblem(413, "Content Too Large", `a message to /mcp can be at most ${MAX_MCP_REQUEST_BYTES} bytes (1 MB)`, PATH);
    const text = utf8Text(body.bytes);
    const { organization } = state.current(); // one config for the whole request
    const read =
      text === null
        ? { error: { id: null, code: JSON_RPC.parseError, message: "Parse error: the body is not UTF-8 text" } }
        : readJsonRpcMessage(text, messageChecksFor(organization, sdk), "send one message per request");
    if ("error" in read) {
      const status = read.error.code === JSON_RPC.invalidParams ? 200 : 400;
      return new Response(JSON.stringify(jsonRpcError(read.error)), { status, headers: { "Content-Type": JSON_TYPE } });
    }

    const server = buildMcpServer(organization, {}, sdk);
    const transport = new sdk.WebStandardStreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: mode === "json" });
    await server.connect(transport);
    // The SDK insists on both types in Accept; which one answers was decided above.
    const headers = new Headers(c.req.raw.headers);
    headers.set("Accept", "application/json, text/event-stream");
    const response = await transport.handleRequest(new Request(c.req.url, { method: "POST", headers }), { parsedBody: read.message });
    // A JSON answer is complete here; an SSE stream ends by itself once it has sent the answer.
    if (mode === "json") await server.close();
    return response;
  }
}

/**
 * How to answer for an Accept header: JSON by default (also for `*\/*` or no Accept), SSE
 * when only text/event-stream is accepted, null when neither is.
 */
function responseMode(accept: string | undefined): "json" | "sse" | null {
  if (accept === undefined || accept.trim() === "") return "json";
  const types = accept.split(",").map((part) => part.split(";")[0]!.trim().toLowerCase());
  if (types.some((type) => type === "application/json" || type === "application/*" || type === "*/*")) return "json";
  if (types.includes("text/event-stream") || types.includes("text/*")) return "sse";
  return null;
}

function withHeaders(response: Response, headers: Record<string, string>): Response {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
