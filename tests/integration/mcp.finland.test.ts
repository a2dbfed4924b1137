/**
 * The MCP server for a Finnish municipality (examples/sjoby-kommun.json), in-process over the
 * SDK's in-memory transport: its instructions say whose holidays it knows, and it answers on
 * them. Almanac: självständighetsdagen Mon 6 December 2027; Helsinki is +02:00 in December.
 * (Here rather than among the library tests: the SDK imports zod, whose locale would then word
 * the library's messages for every later test of the same worker.)
 */
import { readFileSync } from "node:fs";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { InMemoryTransport } from "@modelcontextprotocol/sdk/inMemory.js";
import { describe, expect, it } from "vitest";
import { createOrganization, type OrganizationConfig } from "../../src/index";
import { createMcpServer } from "../../src/mcp/server";

const config = JSON.parse(readFileSync(new URL("../../examples/sjoby-kommun.json", import.meta.url), "utf8")) as OrganizationConfig;

describe("the MCP server", () => {
  it("says it knows Finnish public holidays, and answers on them", async () => {
    const server = await createMcpServer(createOrganization(config), { now: new Date("2027-12-06T10:00:00+02:00") });
    const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
    const client = new Client({ name: "test", version: "1" });
    await Promise.all([server.connect(serverSide), client.connect(clientSide)]);
    try {
      expect(client.getInstructions()).toContain("(time zone Europe/Helsinki), with Finnish public holidays, eves");
      const result = await client.callTool({ name: "is_open", arguments: {} });
      expect(JSON.stringify(result.structuredContent ?? result.content)).toContain("Idag är det självständighetsdagen, så vi har stängt.");
    } finally {
      await client.close();
    }
  });
});
