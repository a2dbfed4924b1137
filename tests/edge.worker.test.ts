// The service beyond Node: examples/edge/worker.js (Cloudflare Workers) through the package's
// own `oppettider/server` subpath, called with Request objects; and bundled as Workers bundle
// it (esbuild, browser platform, the "workerd"/"worker" conditions), which fails on any
// Node-only module, then run from that bundle alone.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { afterAll, describe, expect, it } from "vitest";
import worker from "../examples/edge/worker.js";

const dir = mkdtempSync(join(tmpdir(), "oppettider-edge-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Worker = typeof worker;

async function statusOf(handler: Worker) {
  const response = await handler.fetch(new Request("https://oppettider.example.workers.dev/v1/units/socialjouren/status?at=2026-12-24T23:00"), {}, {});
  return { response, body: (await response.json()) as Record<string, unknown> };
}

describe("examples/edge/worker.js", () => {
  it("answers Request objects with the service's answers", async () => {
    const { response, body } = await statusOf(worker);
    expect(response.status).toBe(200);
    expect(response.headers.get("Cache-Control")).toBe("public, max-age=300");
    expect(response.headers.get("ETag")).toMatch(/^"/);
    // Julafton: the socialjour is open 08.00–01.30.
    expect(body).toMatchObject({ open: true, until: "2026-12-25T01:30:00+01:00", rule: { kind: "namedDay", label: "Julafton" } });
    const missing = await worker.fetch(new Request("https://oppettider.example.workers.dev/v1/units/simhallen"));
    expect(missing.status).toBe(404);
    expect(missing.headers.get("Content-Type")).toBe("application/problem+json; charset=utf-8");
  });

  it("bundles for Workers without any Node module, and the bundle alone answers", async () => {
    const outfile = join(dir, "worker.mjs");
    const result = await build({
      entryPoints: [new URL("../examples/edge/worker.js", import.meta.url).pathname],
      bundle: true,
      format: "esm",
      platform: "browser",
      conditions: ["workerd", "worker", "browser"],
      outfile,
      metafile: true,
      logLevel: "silent",
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((input) => input.startsWith("node:") || input.includes("@hono/node-server"))).toBe(false);
    expect(inputs.some((input) => input.includes("node_modules/hono/"))).toBe(true);
    writeFileSync(join(dir, "package.json"), '{ "type": "module" }');
    const bundled = (await import(pathToFileURL(outfile).href)) as { default: Worker };
    const { body } = await statusOf(bundled.default);
    expect(body).toMatchObject({ open: true, until: "2026-12-25T01:30:00+01:00" });
    // /mcp too, with the MCP SDK's web-standard transport bundled in (still no Node module).
    expect(inputs.some((input) => input.includes("@modelcontextprotocol/sdk/dist/esm/server/webStandardStreamableHttp.js"))).toBe(true);
    const mcp = await bundled.default.fetch(
      new Request("https://oppettider.example.workers.dev/mcp", {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/call", params: { name: "is_open", arguments: { unit: "socialjouren", at: "2026-12-24T23:00" } } }),
      }),
      {},
      {},
    );
    const answer = (await mcp.json()) as { result: { structuredContent: Record<string, unknown> } };
    expect(answer.result.structuredContent).toMatchObject({ open: true, nextClosing: "2026-12-25T01:30:00+01:00" });
  });
});
