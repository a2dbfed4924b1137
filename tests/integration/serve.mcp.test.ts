// `oppettider serve` answers MCP over Streamable HTTP at /mcp: the real built service on
// 127.0.0.1, port 0, talked to with the MCP SDK's own HTTP client. Its tools are those of
// `oppettider mcp` (stdio), listed the same; it follows config edits like /v1 does.
// Expected hours come from the configs and the almanac: 25 December 2026 is Juldagen, a
// public holiday (checked with date-holidays), when Arjeplogs kommun is closed
// (examples/arjeplogs-kommun.json, dayKinds.publicHoliday: no hours); Tuesday 22 December
// is an ordinary winter weekday there, 08.00–12.00 and 13.00–16.00. Monday 30 November 2026
// (week 49) the library of examples/organization.json opens 10.00–19.00.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import Holidays from "date-holidays";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, ROOT } from "../helpers/builtCli";
import { startServe, type Served } from "./helpers/serveProcess";

const dir = mkdtempSync(join(tmpdir(), "oppettider-serve-mcp-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function httpClient(served: Served): Promise<Client> {
  const client = new Client({ name: "oppettider-http-tests", version: "1.0.0" });
  await client.connect(new StreamableHTTPClientTransport(new URL(served.url.replace(/\/v1$/, "/mcp"))));
  return client;
}

async function stdioClient(args: string[]): Promise<Client> {
  const client = new Client({ name: "oppettider-stdio-tests", version: "1.0.0" });
  await client.connect(new StdioClientTransport({ command: process.execPath, args: [CLI, "mcp", ...args], cwd: ROOT, env: { ...(process.env as Record<string, string>) }, stderr: "pipe" }));
  return client;
}

async function hoursOn(client: Client, args: Record<string, unknown>) {
  const result = (await client.callTool({ name: "hours_on", arguments: args })) as CallToolResult;
  expect(result.isError, JSON.stringify(result.content)).toBeFalsy();
  return result.structuredContent as { date: string; open: boolean; intervals: { from: string; to: string }[]; rule: { kind: string; label?: string } };
}

describe("oppettider serve: /mcp (the embedded Arjeplog default)", () => {
  let served: Served;
  let http: Client;
  let stdio: Client;

  beforeAll(async () => {
    served = await startServe([]);
    [http, stdio] = await Promise.all([httpClient(served), stdioClient([])]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([http?.close(), stdio?.close()]);
    expect(await served?.stop()).toBe(0);
  });

  it("says where /mcp is at startup", () => {
    expect(served.stdout()).toMatch(/^oppettider: MCP \(Streamable HTTP\) at http:\/\/127\.0\.0\.1:\d+\/mcp$/m);
  });

  it("initializes as the stdio server does: the same name, version and instructions", () => {
    expect(http.getServerVersion()).toEqual(stdio.getServerVersion());
    expect(http.getInstructions()).toContain("Arjeplogs kommun");
    expect(http.getInstructions()).toBe(stdio.getInstructions());
  });

  it("lists exactly the tools `oppettider mcp` lists", async () => {
    const [overHttp, overStdio] = await Promise.all([http.listTools(), stdio.listTools()]);
    expect(overHttp.tools.map((tool) => tool.name)).toEqual(["is_open", "next_opening", "hours_on", "week", "deviations", "contacts", "units"]);
    expect(overHttp).toEqual(overStdio);
  });

  it("hours_on Juldagen 2026: closed, a public holiday", async () => {
    const holiday = new Holidays("SE").isHoliday(new Date(2026, 11, 25, 12));
    expect(holiday && holiday.some((day) => day.type === "public")).toBe(true);
    const day = await hoursOn(http, { date: "2026-12-25" });
    expect(day).toMatchObject({ date: "2026-12-25", open: false, intervals: [], rule: { kind: "publicHoliday", label: "Juldagen" } });
    expect(day).toEqual(await hoursOn(stdio, { date: "2026-12-25" }));
  });

  it("hours_on Tuesday 22 December 2026: the ordinary 08.00–12.00 and 13.00–16.00", async () => {
    expect(new Holidays("SE").isHoliday(new Date(2026, 11, 22, 12))).toBe(false);
    const day = await hoursOn(http, { date: "2026-12-22", language: "en" });
    expect(day.open).toBe(true);
    expect(day.intervals.map(({ from, to }) => `${from}-${to}`)).toEqual(["08:00-12:00", "13:00-16:00"]);
  });

  it("answers bad arguments with the same tool error as stdio", async () => {
    const [overHttp, overStdio] = await Promise.all([
      http.callTool({ name: "hours_on", arguments: { date: "2026-02-30" } }),
      stdio.callTool({ name: "hours_on", arguments: { date: "2026-02-30" } }),
    ]);
    expect(overHttp.isError).toBe(true);
    expect(JSON.stringify(overHttp.content)).toContain("2026-02 has 28 days");
    expect(overHttp).toEqual(overStdio);
  });
});

describe("oppettider serve --config: /mcp per unit, following config edits", () => {
  let served: Served;
  let http: Client;
  const file = join(dir, "kommun.json");

  beforeAll(async () => {
    copyFileSync(join(ROOT, "examples/organization.json"), file);
    served = await startServe(["--config", file]);
    http = await httpClient(served);
  }, 60_000);

  afterAll(async () => {
    await http?.close();
    expect(await served?.stop()).toBe(0);
  });

  it("lists the same tools as `oppettider mcp --config` for the same file", async () => {
    const stdio = await stdioClient(["--config", file]);
    try {
      expect(await http.listTools()).toEqual(await stdio.listTools());
    } finally {
      await stdio.close();
    }
  });

  it("answers for a unit, and the next request after an edit answers from the edit", async () => {
    const monday = async () => (await hoursOn(http, { unit: "biblioteket", date: "2026-11-30" })).intervals.map(({ from, to }) => `${from}-${to}`);
    expect(await monday()).toEqual(["10:00-19:00"]);
    const edited = JSON.parse(readFileSync(file, "utf8"));
    edited.units.find((unit: { id: string }) => unit.id === "biblioteket").hours.weekly.mon = ["10:00-18:30"];
    writeFileSync(file, JSON.stringify(edited));
    await served.waitFor(/config reloaded \(version 2\)/);
    expect(await monday()).toEqual(["10:00-18:30"]);
  });

  it("names an unknown unit in a tool error", async () => {
    const result = (await http.callTool({ name: "hours_on", arguments: { unit: "simhallen", date: "2026-11-30" } })) as CallToolResult;
    expect(result.isError).toBe(true);
    expect(JSON.stringify(result.content)).toContain("simhallen");
  });
});

describe("oppettider serve --mcp-origin", () => {
  it("lets the named page in, refuses others, and refuses a malformed origin as a usage error", async () => {
    const served = await startServe(["--mcp-origin", "https://chat.example.org", "--mcp-origin", "http://localhost:5173"]);
    try {
      const mcp = served.url.replace(/\/v1$/, "/mcp");
      const preflight = await fetch(mcp, { method: "OPTIONS", headers: { Origin: "http://localhost:5173", "Access-Control-Request-Method": "POST" } });
      expect(preflight.status).toBe(204);
      expect(preflight.headers.get("access-control-allow-origin")).toBe("http://localhost:5173");
      const foreign = await fetch(mcp, { method: "POST", headers: { Origin: "https://evil.example", "Content-Type": "application/json" }, body: "{}" });
      expect(foreign.status).toBe(403);
    } finally {
      expect(await served.stop()).toBe(0);
    }
    await expect(startServe(["--mcp-origin", "chat.example.org"])).rejects.toThrow(/--mcp-origin: an MCP origin must be an origin like https:\/\/chat\.example\.org .*"chat\.example\.org"/);
  });
});
