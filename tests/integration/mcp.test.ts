// `oppettider mcp`: the chat tools as a Model Context Protocol server on stdio, talked to
// with the MCP SDK's own client, the way Claude Desktop or any MCP host runs it.
// Expected values come from the almanac: Julafton 2026 is Thursday 24 December, 25–26
// December are public holidays, 27 December is a Sunday, so the doors open again Monday
// 28 December at 08.00 (Europe/Stockholm, CET +01:00).
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callTool } from "../../src/chat/callTool";
import { createOrganization, presets, type ScheduleConfig } from "../../src/index";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const CLI = join(ROOT, "dist/cli.js");
const ALL_TOOLS = ["is_open", "next_opening", "hours_on", "week", "deviations", "contacts", "units"];

/** An MCP client connected to `node dist/cli.js mcp …args`, with the test's TZ passed on. */
async function connect(args: string[] = []): Promise<Client> {
  const client = new Client({ name: "oppettider-tests", version: "1.0.0" });
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [CLI, "mcp", ...args],
    cwd: ROOT,
    env: { ...(process.env as Record<string, string>) }, // TZ included: the answers must not depend on it
    stderr: "pipe",
  });
  await client.connect(transport);
  return client;
}

/** Calls a tool; returns the result and its JSON text parsed. */
async function call(client: Client, name: string, args: Record<string, unknown>) {
  const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
  const text = result.content[0]?.type === "text" ? result.content[0].text : "";
  return { result, text, json: result.isError ? null : JSON.parse(text) };
}

let tempDir: string;

beforeAll(() => {
  tempDir = mkdtempSync(join(tmpdir(), "oppettider-mcp-"));
}, 180_000);

afterAll(() => {
  rmSync(tempDir, { recursive: true, force: true });
});

describe("oppettider mcp (the embedded Arjeplog default)", () => {
  let client: Client;
  const kommun = createOrganization(presets.arjeplogKommun);

  beforeAll(async () => {
    client = await connect();
  }, 30_000);

  afterAll(async () => {
    await client?.close();
  });

  it("introduces itself and names the organisation in its instructions", () => {
    expect(client.getServerVersion()?.name).toBe("oppettider");
    expect(client.getInstructions()).toContain("Arjeplogs kommun");
  });

  it("lists the seven tools, each with a JSON Schema for its arguments", async () => {
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name)).toEqual(ALL_TOOLS);
    for (const tool of tools) {
      expect(tool.description?.length, tool.name).toBeGreaterThan(40);
      expect(tool.inputSchema.type, tool.name).toBe("object");
      expect(Object.keys(tool.inputSchema.properties ?? {}), tool.name).toContain("language");
      expect(tool.annotations?.readOnlyHint, tool.name).toBe(true);
    }
    const hoursOn = tools.find((tool) => tool.name === "hours_on")!;
    expect(hoursOn.inputSchema.required).toEqual(["date"]);
    expect(hoursOn.inputSchema.properties?.date).toMatchObject({ type: "string", pattern: "^\\d{4}-\\d{2}-\\d{2}$" });
  });

  it("is_open at 2026-12-24T10:00 (Stockholm time): closed on Julafton, opens Monday 28 December 08.00", async () => {
    const { result, json } = await call(client, "is_open", { at: "2026-12-24T10:00" });
    expect(result.isError).toBeFalsy();
    expect(json).toMatchObject({
      at: "2026-12-24T10:00:00+01:00",
      open: false,
      text: "Stängt idag, julafton · öppnar måndag 28 december 08.00",
      nextOpening: "2026-12-28T08:00:00+01:00",
      rule: { kind: "workFreeEve", label: "Julafton" },
    });
    expect(typeof json.sentence).toBe("string");
    expect(result.structuredContent).toEqual(json);
  });

  it("is_open at 2026-12-23T10:00+01:00: open (day before eve, until 12.00)", async () => {
    const { json } = await call(client, "is_open", { at: "2026-12-23T10:00+01:00" });
    expect(json).toMatchObject({ open: true, nextClosing: "2026-12-23T12:00:00+01:00", rule: { kind: "dayBeforeEve" } });
  });

  it("answers exactly as callTool does", async () => {
    for (const [name, args] of [
      ["is_open", { at: "2026-12-24T10:00", language: "en" }],
      ["next_opening", { at: "2026-12-23T12:00+01:00" }],
      ["week", { date: "2026-12-23" }],
      ["deviations", { from: "2026-12-21", days: 14 }],
    ] as const) {
      const { json } = await call(client, name, args);
      expect(json, name).toEqual(JSON.parse(JSON.stringify(callTool(kommun, name, args))));
    }
  });

  it("hours_on 2026-06-18 (the day before Midsommarafton): 08:00–12:00, dayBeforeEve", async () => {
    const { json } = await call(client, "hours_on", { date: "2026-06-18" });
    expect(json).toMatchObject({ date: "2026-06-18", intervals: [{ from: "08:00", to: "12:00" }], rule: { kind: "dayBeforeEve" } });
  });

  it("contacts at 2026-12-23T14:00+01:00: only Medborgarservice is reachable, with its phone in every form", async () => {
    const { json } = await call(client, "contacts", { at: "2026-12-23T14:00+01:00" });
    const reachable = json.contacts.filter((c: { reachable: boolean }) => c.reachable);
    expect(reachable.map((c: { id: string }) => c.id)).toEqual(["medborgarservice"]);
    expect(reachable[0].phones[0]).toMatchObject({ display: "0961-144 44", e164: "+4696114444", uri: "tel:+4696114444" });
    expect(json.contacts.find((c: { id: string }) => c.id === "kommunikator").person.name).toBe("Martin Stråmo");
  });

  it("a date that does not exist is a tool error with a clear message, and the server keeps serving", async () => {
    const { result, text } = await call(client, "hours_on", { date: "2026-02-30" });
    expect(result.isError).toBe(true);
    expect(text).toMatch(/2026-02-30.*does not exist/);
    expect((await call(client, "hours_on", { date: "2026-06-18" })).result.isError).toBeFalsy();
  });

  it("a bad instant, a missing date, a date outside 2005–2100 and an unknown tool are tool errors too", async () => {
    const badAt = await call(client, "is_open", { at: "tomorrow" });
    expect(badAt.result.isError).toBe(true);
    expect(badAt.text).toMatch(/ISO-8601.*got "tomorrow"/);
    const missing = await call(client, "hours_on", {});
    expect(missing.result.isError).toBe(true);
    expect(missing.text).toMatch(/YYYY-MM-DD/);
    const outside = await call(client, "hours_on", { date: "2101-01-01" });
    expect(outside.result.isError).toBe(true);
    expect(outside.text).toMatch(/outside the supported years/);
    const unknown = await call(client, "open_now", {});
    expect(unknown.result.isError).toBe(true);
    expect(unknown.text).toMatch(/open_now/);
  });
});

describe("oppettider mcp --config", () => {
  it("serves a schedule from a file: its own hours, and no contacts tool", async () => {
    // Weekdays 10–14 with no day-kind rules (so Julafton is an ordinary Thursday), and a
    // closure for stocktaking on Monday 28 December.
    const schedule: ScheduleConfig = {
      timeZone: "Europe/Stockholm",
      weekly: { mon: ["10:00-14:00"], tue: ["10:00-14:00"], wed: ["10:00-14:00"], thu: ["10:00-14:00"], fri: ["10:00-14:00"] },
      exceptions: [{ date: "2026-12-28", hours: [], note: { sv: "Stängt för inventering", en: "Closed for stocktaking" } }],
    };
    const file = join(tempDir, "mcp-schedule.json");
    writeFileSync(file, JSON.stringify(schedule));
    const client = await connect(["--config", file]);
    try {
      const { tools } = await client.listTools();
      expect(tools.map((tool) => tool.name)).toEqual(ALL_TOOLS.filter((name) => name !== "contacts" && name !== "units"));
      expect((await call(client, "is_open", { at: "2026-12-24T10:00" })).json).toMatchObject({ open: true, rule: { kind: "weekly" }, nextClosing: "2026-12-24T14:00:00+01:00" });
      expect((await call(client, "hours_on", { date: "2026-12-28", language: "en" })).json).toMatchObject({
        open: false,
        rule: { kind: "exception", label: "Closed for stocktaking" },
      });
      // Julafton 14.00 → Friday 25 December 10.00 (Juldagen, but this schedule has no holiday closures).
      expect((await call(client, "next_opening", { at: "2026-12-24T14:00" })).json.nextOpening).toBe("2026-12-25T10:00:00+01:00");
    } finally {
      await client.close();
    }
  }, 30_000);

  it("a bad config file: the server exits with status 2 and says why on stderr, with nothing on stdout", () => {
    const typo = join(tempDir, "mcp-typo.json");
    writeFileSync(typo, JSON.stringify({ weeky: { mon: ["08:00-16:00"] } }));
    const notJson = join(tempDir, "mcp-not-json.json");
    writeFileSync(notJson, "{ weekly: ");
    const cases: [string, RegExp][] = [
      [typo, /oppettider: invalid schedule config:[\s\S]*weeky/],
      [notJson, /oppettider: .*mcp-not-json\.json is not valid JSON/],
      [join(tempDir, "mcp-missing.json"), /oppettider: cannot read .*mcp-missing\.json: ENOENT/],
    ];
    for (const [file, message] of cases) {
      const run = spawnSync(process.execPath, [CLI, "mcp", "--config", file], { cwd: ROOT, input: "", encoding: "utf8", timeout: 20_000 });
      expect(run.status, file).toBe(2);
      expect(run.stderr, file).toMatch(message);
      expect(run.stderr, file).not.toMatch(/\n\s+at /); // no stack trace
      expect(run.stdout, file).toBe("");
    }
  }, 60_000);

  it("exits with status 0 when the client closes stdin", async () => {
    const child = spawn(process.execPath, [CLI, "mcp"], { cwd: ROOT, stdio: ["pipe", "pipe", "pipe"] });
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    child.stdin.end();
    expect(await exited).toBe(0);
  }, 20_000);
});
