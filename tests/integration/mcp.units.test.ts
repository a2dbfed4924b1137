// One MCP server for every unit of a config (`oppettider mcp --config examples/organization.json`),
// talked to with the MCP SDK's own client: the units tool, the unit argument on every tool,
// instructions and descriptions naming the organisation and its units, `--unit` as the
// default. Hours: Wednesday 2026-12-23 is a day before eve (library 10–14), the 24th julafton.
import { join } from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, ROOT } from "../helpers/builtCli";

const EXAMPLE = join(ROOT, "examples/organization.json");

async function connect(args: string[]): Promise<Client> {
  const client = new Client({ name: "oppettider-tests", version: "1.0.0" });
  await client.connect(new StdioClientTransport({ command: process.execPath, args: [CLI, "mcp", ...args], cwd: ROOT, env: { ...(process.env as Record<string, string>) }, stderr: "pipe" }));
  return client;
}

async function call(client: Client, name: string, args: Record<string, unknown>) {
  const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
  const text = result.content[0]?.type === "text" ? result.content[0].text : "";
  return { result, text, json: result.isError ? null : JSON.parse(text) };
}

describe("oppettider mcp --config examples/organization.json", () => {
  let client: Client;
  beforeAll(async () => {
    client = await connect(["--config", EXAMPLE]);
  }, 30_000);
  afterAll(async () => {
    await client?.close();
  });

  it("names the organisation and every unit in its instructions and tool descriptions", async () => {
    const instructions = client.getInstructions()!;
    expect(instructions).toContain("Exempla kommun");
    for (const unit of ["kommunhuset (Kommunhuset", "biblioteket (Exempla bibliotek", "socialjouren (Socialjouren", "atervinningscentralen (Återvinningscentralen"]) {
      expect(instructions).toContain(unit);
    }
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name)).toEqual(["is_open", "next_opening", "hours_on", "week", "deviations", "contacts", "units"]);
    for (const tool of tools) {
      expect(tool.description, tool.name).toContain("Organisation: Exempla kommun.");
      if (tool.name !== "units") expect(Object.keys(tool.inputSchema.properties ?? {}), tool.name).toContain("unit");
    }
  });

  it("units lists every place with its status", async () => {
    const { json } = await call(client, "units", { at: "2026-12-23T11:00" });
    expect(json.units.map((u: { id: string; open: boolean }) => [u.id, u.open])).toEqual([
      ["kommunhuset", true],
      ["biblioteket", true],
      ["socialjouren", false],
      ["atervinningscentralen", false],
    ]);
  });

  it("every tool answers for the unit it is given, by id or by name", async () => {
    const library = await call(client, "is_open", { unit: "biblioteket", at: "2026-12-23T13:00" });
    expect(library.json).toMatchObject({ open: true, nextClosing: "2026-12-23T14:00:00+01:00", unit: { id: "biblioteket", name: "Exempla bibliotek" } });
    const jour = await call(client, "hours_on", { unit: "socialjouren", date: "2026-12-24" });
    expect(jour.json).toMatchObject({ hours: "08.00–01.30", unit: { id: "socialjouren" } });
    const recycling = await call(client, "next_opening", { unit: "återvinningen", at: "2026-12-23T11:00" });
    expect(recycling.json).toMatchObject({ nextOpening: "2026-12-29T12:00:00+01:00", unit: { id: "atervinningscentralen" } });
  });

  it("an unclear unit, or none, is a tool error listing the units", async () => {
    const unclear = await call(client, "is_open", { unit: "Exempla" });
    expect(unclear.result.isError).toBe(true);
    expect(unclear.text).toMatch(/unclear unit "Exempla": it could be kommunhuset \(Kommunhuset\) or biblioteket \(Exempla bibliotek\)/);
    const none = await call(client, "is_open", {});
    expect(none.result.isError).toBe(true);
    expect(none.text).toMatch(/Exempla kommun has 4 units and no opening hours of its own: give unit, one of kommunhuset/);
  });
});

describe("oppettider mcp --unit", () => {
  it("answers for that unit when a call names none", async () => {
    const client = await connect(["--config", EXAMPLE, "--unit", "Biblioteket"]);
    try {
      expect((await call(client, "is_open", { at: "2026-12-23T13:00" })).json).toMatchObject({ open: true, unit: { id: "biblioteket" } });
      expect((await call(client, "is_open", { at: "2026-12-23T13:00", unit: "kommunhuset" })).json).toMatchObject({ open: false, unit: { id: "kommunhuset" } });
    } finally {
      await client.close();
    }
  }, 30_000);
});
