// `/mcp` of the service in-process (app.fetch): the HTTP side of MCP's Streamable HTTP
// transport — origins and CORS, methods, body cap, Accept — and the JSON-RPC errors, which
// must be those `oppettider mcp` gives over stdio (tests/integration/mcp.hardening.test.ts).
// Hours: Juldagen (25 December 2026) is a public holiday, closed at Arjeplogs kommun.
import { Hono } from "hono";
import { describe, expect, it } from "vitest";
import { presets } from "../src/index";
import { createApp } from "../src/server/createApp";
import { mountMcpRoutes } from "../src/server/mcpRoutes";
import { createServiceState } from "../src/server/state";

const URL_MCP = "http://localhost/mcp";
const JSON_BOTH = { "Content-Type": "application/json", Accept: "application/json, text/event-stream" };
const INITIALIZE = { jsonrpc: "2.0", id: 1, method: "initialize", params: { protocolVersion: "2025-06-18", capabilities: {}, clientInfo: { name: "t", version: "1" } } };
const JULDAGEN = { jsonrpc: "2.0", id: 2, method: "tools/call", params: { name: "hours_on", arguments: { date: "2026-12-25" } } };

function post(app: { fetch: (request: Request) => Response | Promise<Response> }, body: string, headers: Record<string, string> = {}) {
  return app.fetch(new Request(URL_MCP, { method: "POST", body, headers: { ...JSON_BOTH, ...headers } }));
}

async function rpcError(response: Response) {
  const body = (await response.json()) as { jsonrpc: string; id: unknown; error: { code: number; message: string } };
  expect(body.jsonrpc).toBe("2.0");
  return body;
}

describe("/mcp: JSON-RPC over POST", () => {
  const app = createApp(presets.arjeplogKommun);

  it("initializes and answers a tool call in JSON for a plain application/json client", async () => {
    const init = await post(app, JSON.stringify(INITIALIZE), { Accept: "application/json" });
    expect(init.status).toBe(200);
    expect(init.headers.get("Content-Type")).toMatch(/^application\/json/);
    expect(((await init.json()) as { result: { serverInfo: { name: string } } }).result.serverInfo.name).toBe("oppettider");

    const call = await post(app, JSON.stringify(JULDAGEN), { Accept: "application/json" });
    const { result } = (await call.json()) as { result: { structuredContent: { open: boolean; rule: { label: string } } } };
    expect(result.structuredContent).toMatchObject({ open: false, rule: { label: "Juldagen" } });
  });

  it("answers in JSON without Accept or with */*, and 406 for an Accept it cannot give", async () => {
    for (const accept of [undefined, "*/*"]) {
      const headers: Record<string, string> = { "Content-Type": "application/json" };
      if (accept) headers.Accept = accept;
      const response = await app.fetch(new Request(URL_MCP, { method: "POST", body: JSON.stringify(JULDAGEN), headers }));
      expect(response.status, String(accept)).toBe(200);
      expect(response.headers.get("Content-Type"), String(accept)).toMatch(/^application\/json/);
    }
    const html = await post(app, JSON.stringify(JULDAGEN), { Accept: "text/html" });
    expect(html.status).toBe(406);
    expect(((await html.json()) as { detail: string }).detail).toContain("application/json or text/event-stream");
  });

  it("streams the answer as SSE when the client accepts only text/event-stream", async () => {
    const response = await post(app, JSON.stringify(JULDAGEN), { Accept: "text/event-stream" });
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("text/event-stream");
    const text = await response.text(); // the stream ends once the answer is sent
    const data = /^data: (.*)$/m.exec(text)?.[1];
    const message = JSON.parse(data!) as { id: number; result: { structuredContent: { open: boolean; date: string } } };
    expect(message.id).toBe(2);
    expect(message.result.structuredContent).toMatchObject({ date: "2026-12-25", open: false });
  });

  it("answers a notification with 202 and no body", async () => {
    const response = await post(app, JSON.stringify({ jsonrpc: "2.0", method: "notifications/initialized" }));
    expect(response.status).toBe(202);
    expect(await response.text()).toBe("");
  });

  it("bad JSON: −32700, HTTP 400", async () => {
    const response = await post(app, '{"jsonrpc":"2.0",');
    expect(response.status).toBe(400);
    const body = await rpcError(response);
    expect(body).toMatchObject({ id: null, error: { code: -32700 } });
    expect(body.error.message).toMatch(/^Parse error: not valid JSON \(/);
  });

  it("a body that is not UTF-8: −32700", async () => {
    const response = await app.fetch(new Request(URL_MCP, { method: "POST", body: new Uint8Array([0x7b, 0xff, 0x7d]), headers: JSON_BOTH }));
    expect(response.status).toBe(400);
    expect((await rpcError(response)).error).toEqual({ code: -32700, message: "Parse error: the body is not UTF-8 text" });
  });

  it('JSON that is not a message ({"foo":1}, null, a batch): −32600, HTTP 400', async () => {
    const cases: [string, RegExp][] = [
      ['{"foo":1}', /^Invalid Request: "jsonrpc" must be "2.0", got nothing$/],
      ["null", /^Invalid Request: a JSON-RPC message is an object like .*, got null$/],
      [JSON.stringify([JULDAGEN]), /^Invalid Request: batches \(JSON arrays\) are not supported; send one message per request$/],
      ['{"jsonrpc":"2.0","id":5}', /^Invalid Request: a message needs a "method"/],
    ];
    for (const [body, message] of cases) {
      const response = await post(app, body);
      expect(response.status, body).toBe(400);
      const answer = await rpcError(response);
      expect(answer.error.code, body).toBe(-32600);
      expect(answer.error.message, body).toMatch(message);
    }
  });

  it("tools/call with malformed params: −32602 answering that request (its id, HTTP 200)", async () => {
    const noName = await post(app, JSON.stringify({ jsonrpc: "2.0", id: 9, method: "tools/call", params: { arguments: {} } }));
    expect(noName.status).toBe(200);
    expect(await rpcError(noName)).toMatchObject({ id: 9, error: { code: -32602, message: expect.stringMatching(/^Invalid params: tools\/call needs params\.name, the name of a tool \(is_open, .*\), got nothing$/) } });
    const badArguments = await post(app, JSON.stringify({ jsonrpc: "2.0", id: "a", method: "tools/call", params: { name: "hours_on", arguments: [1] } }));
    expect(await rpcError(badArguments)).toMatchObject({ id: "a", error: { code: -32602, message: expect.stringContaining("params.arguments must be an object") } });
  });

  it("bad tool arguments: a tool error (isError), as over stdio", async () => {
    const response = await post(app, JSON.stringify({ jsonrpc: "2.0", id: 3, method: "tools/call", params: { name: "hours_on", arguments: { date: "2026-02-30" } } }));
    const { result } = (await response.json()) as { result: { isError: boolean; content: { text: string }[] } };
    expect(result.isError).toBe(true);
    expect(result.content[0]!.text).toBe('invalid arguments for hours_on: date "2026-02-30" does not exist: 2026-02 has 28 days');
  });

  it("a body over 1 MB: 413, whether it says its length or not", async () => {
    const big = JSON.stringify({ ...JULDAGEN, params: { ...JULDAGEN.params, arguments: { date: "x".repeat(1_048_576) } } });
    const response = await post(app, big);
    expect(response.status).toBe(413);
    expect(((await response.json()) as { detail: string }).detail).toBe("a message to /mcp can be at most 1048576 bytes (1 MB)");
    const chunks = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 5; i++) controller.enqueue(new Uint8Array(300_000).fill(0x20));
        controller.close();
      },
    });
    const streamed = await app.fetch(new Request(URL_MCP, { method: "POST", body: chunks, headers: JSON_BOTH, duplex: "half" } as RequestInit));
    expect(streamed.status).toBe(413);
  });

  it("a body that is not JSON by its type: 415", async () => {
    const response = await post(app, JSON.stringify(JULDAGEN), { "Content-Type": "text/plain" });
    expect(response.status).toBe(415);
    expect(response.headers.get("Content-Type")).toBe("application/problem+json; charset=utf-8");
  });

  it("GET and DELETE: 405 (no stream, no session), with Allow", async () => {
    for (const method of ["GET", "DELETE", "PUT"]) {
      const response = await app.fetch(new Request(URL_MCP, { method, headers: { Accept: "text/event-stream" } }));
      expect(response.status, method).toBe(405);
      expect(response.headers.get("Allow"), method).toBe("POST, OPTIONS");
      expect(((await response.json()) as { detail: string }).detail, method).toContain("stateless");
    }
  });

  it("answers from the config in service at each request", async () => {
    const state = createServiceState(presets.arjeplogKommun);
    const live = createApp(state);
    const instructions = async () => ((await (await post(live, JSON.stringify(INITIALIZE))).json()) as { result: { instructions: string } }).result.instructions;
    expect(await instructions()).toContain("Arjeplogs kommun");
    expect(state.load({ ...presets.arjeplogKommun, name: "Arjeplogs bibliotek" })).toEqual([]);
    expect(await instructions()).toContain("Arjeplogs bibliotek");
  });
});

describe("/mcp: origins (DNS rebinding) and CORS", () => {
  const app = createApp(presets.arjeplogKommun, { mcp: { origins: ["https://chat.example.org"] } });

  it("serves a request without Origin (not a browser page)", async () => {
    expect((await post(app, JSON.stringify(JULDAGEN))).status).toBe(200);
  });

  it("refuses a foreign Origin with 403, on every method, and by default any Origin", async () => {
    for (const method of ["POST", "OPTIONS", "GET"]) {
      const response = await app.fetch(new Request(URL_MCP, { method, headers: { ...JSON_BOTH, Origin: "https://evil.example" }, body: method === "POST" ? JSON.stringify(JULDAGEN) : null }));
      expect(response.status, method).toBe(403);
      expect(((await response.json()) as { detail: string }).detail).toContain("--mcp-origin");
    }
    const closed = createApp(presets.arjeplogKommun);
    expect((await post(closed, JSON.stringify(JULDAGEN), { Origin: "https://chat.example.org" })).status).toBe(403);
  });

  it("answers an allowed page's preflight with the MCP headers, and its POST with its origin", async () => {
    const preflight = await app.fetch(
      new Request(URL_MCP, { method: "OPTIONS", headers: { Origin: "https://chat.example.org", "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type, mcp-protocol-version" } }),
    );
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("Access-Control-Allow-Origin")).toBe("https://chat.example.org");
    expect(preflight.headers.get("Access-Control-Allow-Methods")).toBe("POST, OPTIONS");
    const allowed = preflight.headers.get("Access-Control-Allow-Headers")!.split(",").map((name) => name.trim().toLowerCase());
    expect(allowed).toEqual(expect.arrayContaining(["mcp-session-id", "mcp-protocol-version", "content-type", "accept"]));

    const response = await post(app, JSON.stringify(JULDAGEN), { Origin: "https://chat.example.org" });
    expect(response.status).toBe(200);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("https://chat.example.org");
    expect(response.headers.get("Vary")).toBe("Origin");
  });

  it('lets every page in only with an explicit "*"', async () => {
    const open = createApp(presets.arjeplogKommun, { mcp: { origins: ["*"] } });
    const response = await post(open, JSON.stringify(JULDAGEN), { Origin: "https://anyone.example" });
    expect(response.status).toBe(200);
    expect(response.headers.get("Access-Control-Allow-Origin")).toBe("*");
  });

  it("refuses a malformed allow-list when the app is made", () => {
    for (const origin of ["chat.example.org", "https://chat.example.org/", "https://chat.example.org/path", "ftp://chat.example.org", ""]) {
      expect(() => createApp(presets.arjeplogKommun, { mcp: { origins: [origin] } }), origin).toThrow(
        `an MCP origin must be an origin like https://chat.example.org (http or https, host and port, no path or trailing slash) or "*", got ${JSON.stringify(origin)}`,
      );
    }
    expect(() => createApp(presets.arjeplogKommun, { mcp: { origins: "https://chat.example.org" as never } })).toThrow("mcp.origins must be a list of origins, got string");
  });
});

describe("/mcp without @modelcontextprotocol/sdk", () => {
  it("answers 501 problem+json, saying to install it", async () => {
    const app = new Hono();
    mountMcpRoutes(app, createServiceState(presets.arjeplogKommun), {}, async () => null);
    const response = await post(app, JSON.stringify(JULDAGEN));
    expect(response.status).toBe(501);
    expect(response.headers.get("Content-Type")).toBe("application/problem+json; charset=utf-8");
    expect(((await response.json()) as { detail: string }).detail).toContain("npm install @modelcontextprotocol/sdk");
  });
});
