// `oppettider serve` from the installed package with hono and its Node adapter beside it but
// not the MCP SDK (an optional peer): the service runs, and /mcp says how to install the SDK
// (501) instead of failing. Hono is linked from this repository's node_modules (no network).
import { spawn } from "node:child_process";
import { mkdirSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { installTarball, ROOT } from "../../bench/bundle-size.mjs";

let child: ReturnType<typeof spawn>;
let base: string;
let output = "";

beforeAll(async () => {
  const project = installTarball(inject("tarball"), join(inject("scratch"), "serve-without-mcp-sdk"));
  mkdirSync(join(project, "node_modules/@hono"), { recursive: true });
  symlinkSync(join(ROOT, "node_modules/hono"), join(project, "node_modules/hono"), "dir");
  symlinkSync(join(ROOT, "node_modules/@hono/node-server"), join(project, "node_modules/@hono/node-server"), "dir");
  child = spawn(join(project, "node_modules/.bin/oppettider"), ["serve", "--host", "127.0.0.1", "--port", "0"], { cwd: project, stdio: ["ignore", "pipe", "pipe"] });
  base = await new Promise<string>((resolve, reject) => {
    const seen = (chunk: Buffer) => {
      output += chunk.toString("utf8");
      const match = /at (http:\/\/127\.0\.0\.1:\d+)\/v1/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout!.on("data", seen);
    child.stderr!.on("data", seen);
    child.once("exit", (code) => reject(new Error(`serve exited with ${code}:\n${output}`)));
  });
}, 120_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  }
});

describe("oppettider serve from the package, without @modelcontextprotocol/sdk", () => {
  it("serves /v1, and answers /mcp with 501 saying to install the SDK", async () => {
    expect((await fetch(`${base}/v1/health`)).status).toBe(200);
    const response = await fetch(`${base}/mcp`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method: "tools/list" }),
    });
    expect(response.status).toBe(501);
    expect(response.headers.get("content-type")).toBe("application/problem+json; charset=utf-8");
    expect(((await response.json()) as { detail: string }).detail).toContain("npm install @modelcontextprotocol/sdk");
    // The reason is logged on stderr, which may arrive after the answer.
    for (let waited = 0; !output.includes("/mcp is off") && waited < 10_000; waited += 20) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(output).toContain("/mcp is off, @modelcontextprotocol/sdk did not load");
  });
});
