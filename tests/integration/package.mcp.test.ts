// `oppettider mcp` from the installed package with its optional peer, the MCP SDK, installed
// beside it: the package's own command finds the SDK in the user's node_modules and serves
// the tools to the SDK's client. (Without the SDK: package.runtime.test.ts.)
//
// The SDK is linked from this repository's node_modules rather than installed from the
// registry, so the test needs no network: it is the same package at the version this
// repository tests with (devDependencies), found where npm puts a peer.
import { mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { installTarball, ROOT } from "../../bench/bundle-size.mjs";

let client: Client;

beforeAll(async () => {
  const project = installTarball(inject("tarball"), join(inject("scratch"), "with-mcp-sdk"));
  mkdirSync(join(project, "node_modules/@modelcontextprotocol"), { recursive: true });
  symlinkSync(join(ROOT, "node_modules/@modelcontextprotocol/sdk"), join(project, "node_modules/@modelcontextprotocol/sdk"), "dir");
  client = new Client({ name: "oppettider-package-tests", version: "1.0.0" });
  await client.connect(
    new StdioClientTransport({
      command: join(project, "node_modules/.bin/oppettider"),
      args: ["mcp"],
      cwd: project,
      env: { ...(process.env as Record<string, string>) },
      stderr: "pipe",
    }),
  );
}, 60_000);

afterAll(async () => {
  await client?.close();
});

describe("oppettider mcp, from the package, with @modelcontextprotocol/sdk installed beside it", () => {
  it("lists the tools", async () => {
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name)).toEqual(["is_open", "next_opening", "hours_on", "week", "deviations", "contacts", "units"]);
    // The argument schemas (zod/mini, bundled in oppettider) reach the client as JSON Schema.
    expect(tools.find((tool) => tool.name === "hours_on")!.inputSchema).toMatchObject({ type: "object", required: ["date"] });
  });

  it("answers a tool call (Julafton 2026: closed, open again Monday 28 December 08.00)", async () => {
    const result = (await client.callTool({ name: "is_open", arguments: { at: "2026-12-24T10:00" } })) as CallToolResult;
    expect(result.isError).toBeFalsy();
    const text = result.content[0]?.type === "text" ? result.content[0].text : "";
    expect(JSON.parse(text)).toMatchObject({ open: false, nextOpening: "2026-12-28T08:00:00+01:00", rule: { kind: "workFreeEve", label: "Julafton" } });
  });

  it("rejects bad arguments with the schema's own message", async () => {
    const result = (await client.callTool({ name: "hours_on", arguments: { date: "2026-02-30" } })) as CallToolResult;
    expect(result.isError).toBe(true);
    const text = result.content[0]?.type === "text" ? result.content[0].text : "";
    expect(text).toContain("2026-02-30");
  });
});
